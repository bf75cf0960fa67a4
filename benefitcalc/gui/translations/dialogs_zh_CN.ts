<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Params</name>
    <message>
        <source>annual cap, hospital stays and chronic diseases</source>
        <translation>住院和门诊慢特病年度最高支付限额</translation>
    </message>
    <message>
        <source>critical illness insurance</source>
        <translation>大病保险</translation>
    </message>
    <message>
        <source>large-expense subsidy</source>
        <translation>大额医疗费用补助</translation>
    </message>
    <message>
        <source>medical assistance</source>
        <translation>医疗救助</translation>
    </message>
    <message>
        <source>care outside the insured area</source>
        <translation>异地就医</translation>
    </message>
    <message>
        <source>local guarantees</source>
        <translation>托底保障</translation>
    </message>
    <message>
        <source>day ward</source>
        <translation>日间病房</translation>
    </message>
    <message>
        <source>chronic and special diseases</source>
        <translation>门诊慢特病病种</translation>
    </message>
    <message>
        <source>deductible</source>
        <translation>起付线</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>报销比例</translation>
    </message>
    <message>
        <source>annual cap</source>
        <translation>年度最高支付限额</translation>
    </message>
    <message>
        <source>annual limit</source>
        <translation>年度支付限额</translation>
    </message>
    <message>
        <source>deductible factor by admission (1st, 2nd, 3rd…)</source>
        <translation>多次住院起付线系数（第1、2、3次…）</translation>
    </message>
    <message>
        <source>extra rate for retirees</source>
        <translation>退休人员提高比例</translation>
    </message>
    <message>
        <source>yearly medication cost counted</source>
        <translation>年度计入药品费用限额</translation>
    </message>
    <message>
        <source>amount paid</source>
        <translation>支付额度</translation>
    </message>
    <message>
        <source>maternity leave days</source>
        <translation>产假天数</translation>
    </message>
    <message>
        <source>days per month for the allowance</source>
        <translation>津贴计算每月天数</translation>
    </message>
    <message>
        <source>extra days, difficult birth or caesarean</source>
        <translation>难产或剖宫产增加天数</translation>
    </message>
    <message>
        <source>extra days per extra baby</source>
        <translation>多胞胎每多一婴增加天数</translation>
    </message>
    <message>
        <source>bands</source>
        <translation>分段</translation>
    </message>
    <message>
        <source>up to</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>tilted terms</source>
        <translation>倾斜政策</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>适用人群</translation>
    </message>
    <message>
        <source>deductible factor</source>
        <translation>起付线系数</translation>
    </message>
    <message>
        <source>extra rate</source>
        <translation>比例提高</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>不设封顶线</translation>
    </message>
    <message>
        <source>levels not covered</source>
        <translation>不予支付的医疗机构级别</translation>
    </message>
    <message>
        <source>benefit exists</source>
        <translation>是否设立该待遇</translation>
    </message>
    <message>
        <source>rate reduction</source>
        <translation>报销比例降低</translation>
    </message>
    <message>
        <source>ceiling on what the patient pays</source>
        <translation>个人负担上限</translation>
    </message>
    <message>
        <source>guaranteed rate</source>
        <translation>保底报销比例</translation>
    </message>
    <message>
        <source>share of the bill</source>
        <translation>占医疗费总额比例</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>起算金额</translation>
    </message>
    <message>
        <source>categories</source>
        <translation>适用类别</translation>
    </message>
    <message>
        <source>where the care happens</source>
        <translation>就医地</translation>
    </message>
    <message>
        <source>settled as a hospital stay</source>
        <translation>按住院结算</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>in service</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>退休</translation>
    </message>
    <message>
        <source>one of the two diseases</source>
        <translation>患一种病</translation>
    </message>
    <message>
        <source>both diseases</source>
        <translation>两种病均患</translation>
    </message>
    <message>
        <source>same as a hospital stay</source>
        <translation>同住院报销比例</translation>
    </message>
    <message>
        <source>shares the annual cap of hospital stays</source>
        <translation>与住院共用年度限额</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>band %1</source>
        <translation>第%1段</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
</context>
<context>
    <name>PolicyBrowser</name>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Source kind</source>
        <translation>来源类型</translation>
    </message>
    <message>
        <source>Document and quote, or note</source>
        <translation>出处（文件与原文，或说明）</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Policy parameters</source>
        <translation>政策参数</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source> (has problems)</source>
        <translation>（有错误）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>地区(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Filter: type part of a key, a word, a value or a file name</source>
        <translation>筛选：输入键名、文字、数值或文件名的一部分</translation>
    </message>
    <message>
        <source>Only &amp;unverified values</source>
        <translation>只看未核实的值(&amp;U)</translation>
    </message>
    <message>
        <source>Parameters in force</source>
        <translation>现行参数</translation>
    </message>
    <message>
        <source>Problems in policy files</source>
        <translation>政策文件问题</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1, in force from %2</source>
        <translation>%1，%2 起施行</translation>
    </message>
    <message>
        <source>%1, in force %2 to %3</source>
        <translation>%1，施行期 %2 至 %3</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>%1 of %2 values are unverified placeholders (未核实), highlighted below.</source>
        <translation>%2 个参数中有 %1 个是未核实的占位值，已在下表中标出。</translation>
    </message>
    <message>
        <source>Files of this region that could not be used:</source>
        <translation>本地区以下政策文件有错误，未被使用：</translation>
    </message>
    <message>
        <source>Each broken file is left out; every other region can still be used.</source>
        <translation>有错误的文件未被使用，其他地区不受影响。</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>没有问题。</translation>
    </message>
    <message>
        <source>Folders read:</source>
        <translation>已读取的政策文件夹：</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>显示 %1 / 共 %2 项</translation>
    </message>
</context>
<context>
    <name>Sheet</name>
    <message>
        <source>Earlier hospital stays this year</source>
        <translation>本年此前住院次数</translation>
    </message>
    <message>
        <source>Basic fund paid this year (stays, chronic)</source>
        <translation>本年统筹基金已支付（住院、慢特病）</translation>
    </message>
    <message>
        <source>Outpatient benefit paid this year</source>
        <translation>本年普通门诊已报销</translation>
    </message>
    <message>
        <source>Outpatient deductible met this year</source>
        <translation>本年普通门诊已付起付线</translation>
    </message>
    <message>
        <source>Chronic-disease deductible met this year</source>
        <translation>本年慢特病已付起付线</translation>
    </message>
    <message>
        <source>Paid for this disease this year</source>
        <translation>本年该病种已支付</translation>
    </message>
    <message>
        <source>Two-disease medication counted this year</source>
        <translation>本年“两病”已计入药费</translation>
    </message>
    <message>
        <source>Two-disease deductible met this year</source>
        <translation>本年“两病”已付起付线</translation>
    </message>
    <message>
        <source>In-policy burden so far this year</source>
        <translation>本年已累计政策范围内个人负担</translation>
    </message>
    <message>
        <source>Critical illness insurance paid this year</source>
        <translation>本年大病保险已支付</translation>
    </message>
    <message>
        <source>Large-expense subsidy paid this year</source>
        <translation>本年大额补助已支付</translation>
    </message>
    <message>
        <source>Medical assistance paid this year</source>
        <translation>本年医疗救助已支付</translation>
    </message>
    <message>
        <source>Assistance deductible met this year</source>
        <translation>本年医疗救助已付起付线</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Date of care</source>
        <translation>就医日期</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>参保险种</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>退休</translation>
    </message>
    <message>
        <source>in service</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>Employment status</source>
        <translation>在职/退休</translation>
    </message>
    <message>
        <source> (day ward)</source>
        <translation>（日间病房）</translation>
    </message>
    <message>
        <source>Kind of care</source>
        <translation>就医类别</translation>
    </message>
    <message>
        <source>Hospital level</source>
        <translation>医疗机构级别</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>就医地</translation>
    </message>
    <message>
        <source>Assistance group</source>
        <translation>救助对象类别</translation>
    </message>
    <message>
        <source>Disease</source>
        <translation>病种</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>所患疾病</translation>
    </message>
    <message>
        <source>Which child</source>
        <translation>胎次</translation>
    </message>
    <message>
        <source>child no. %1</source>
        <translation>第 %1 孩</translation>
    </message>
    <message>
        <source>caesarean</source>
        <translation>剖宫产</translation>
    </message>
    <message>
        <source>difficult birth</source>
        <translation>难产</translation>
    </message>
    <message>
        <source>Birth</source>
        <translation>分娩方式</translation>
    </message>
    <message>
        <source>Babies</source>
        <translation>婴儿数</translation>
    </message>
    <message>
        <source>Employer&apos;s average monthly wage</source>
        <translation>单位上年度职工月平均工资</translation>
    </message>
    <message>
        <source>Total bill</source>
        <translation>医疗费总额</translation>
    </message>
    <message>
        <source>Basic fund on the settlement slip</source>
        <translation>结算单统筹基金支付</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>What is computed</source>
        <translation>计算说明</translation>
    </message>
    <message>
        <source>With your numbers</source>
        <translation>代入本次数字</translation>
    </message>
    <message>
        <source>[unverified]</source>
        <translation>【未核实】</translation>
    </message>
    <message>
        <source>UNVERIFIED</source>
        <translation>未核实</translation>
    </message>
    <message>
        <source>, valid until %1</source>
        <translation>，有效期至 %1</translation>
    </message>
    <message>
        <source>Medical insurance reimbursement estimate</source>
        <translation>医保报销估算单</translation>
    </message>
    <message>
        <source>Service station:</source>
        <translation>服务站：</translation>
    </message>
    <message>
        <source>Printed on:</source>
        <translation>打印日期：</translation>
    </message>
    <message>
        <source>The case</source>
        <translation>就医情况</translation>
    </message>
    <message>
        <source>Who pays what</source>
        <translation>报销结果</translation>
    </message>
    <message>
        <source>Print the estimate sheet</source>
        <translation>打印估算单</translation>
    </message>
    <message>
        <source>Estimate sheet: print preview</source>
        <translation>估算单打印预览</translation>
    </message>
</context>
</TS>
