<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Params</name>
    <message>
        <location filename="../sheet.py" line="93"/>
        <source>annual cap, hospital stays and chronic diseases</source>
        <translation>住院和门诊慢特病年度最高支付限额</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="94"/>
        <source>critical illness insurance</source>
        <translation>大病保险</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="95"/>
        <source>large-expense subsidy</source>
        <translation>大额医疗费用补助</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="96"/>
        <source>medical assistance</source>
        <translation>医疗救助</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="97"/>
        <source>care outside the insured area</source>
        <translation>异地就医</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="98"/>
        <source>local guarantees</source>
        <translation>托底保障</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="99"/>
        <source>day ward</source>
        <translation>日间病房</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="100"/>
        <source>chronic and special diseases</source>
        <translation>门诊慢特病病种</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="101"/>
        <source>deductible</source>
        <translation>起付线</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="102"/>
        <source>rate</source>
        <translation>报销比例</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="103"/>
        <source>annual cap</source>
        <translation>年度最高支付限额</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="104"/>
        <source>annual limit</source>
        <translation>年度支付限额</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="105"/>
        <source>deductible factor by admission (1st, 2nd, 3rd…)</source>
        <translation>多次住院起付线系数（第1、2、3次…）</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="106"/>
        <source>extra rate for retirees</source>
        <translation>退休人员提高比例</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="107"/>
        <source>yearly medication cost counted</source>
        <translation>年度计入药品费用限额</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="108"/>
        <source>amount paid</source>
        <translation>支付额度</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="109"/>
        <source>maternity leave days</source>
        <translation>产假天数</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="110"/>
        <source>days per month for the allowance</source>
        <translation>津贴计算每月天数</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="111"/>
        <source>extra days, difficult birth or caesarean</source>
        <translation>难产或剖宫产增加天数</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="112"/>
        <source>extra days per extra baby</source>
        <translation>多胞胎每多一婴增加天数</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="113"/>
        <source>bands</source>
        <translation>分段</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="114"/>
        <source>up to</source>
        <translation>上限</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="115"/>
        <source>tilted terms</source>
        <translation>倾斜政策</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="116"/>
        <source>groups</source>
        <translation>适用人群</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="117"/>
        <source>deductible factor</source>
        <translation>起付线系数</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="118"/>
        <source>extra rate</source>
        <translation>比例提高</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="119"/>
        <location filename="../sheet.py" line="140"/>
        <source>no cap</source>
        <translation>不设封顶线</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="120"/>
        <source>levels not covered</source>
        <translation>不予支付的医疗机构级别</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="121"/>
        <source>benefit exists</source>
        <translation>是否设立该待遇</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="122"/>
        <source>rate reduction</source>
        <translation>报销比例降低</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="123"/>
        <source>ceiling on what the patient pays</source>
        <translation>个人负担上限</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="124"/>
        <source>guaranteed rate</source>
        <translation>保底报销比例</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="125"/>
        <source>share of the bill</source>
        <translation>占医疗费总额比例</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="126"/>
        <source>threshold</source>
        <translation>起算金额</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="127"/>
        <source>categories</source>
        <translation>适用类别</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="128"/>
        <source>where the care happens</source>
        <translation>就医地</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="129"/>
        <source>settled as a hospital stay</source>
        <translation>按住院结算</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="130"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="131"/>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="132"/>
        <source>in service</source>
        <translation>在职</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="133"/>
        <source>retired</source>
        <translation>退休</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="134"/>
        <source>one of the two diseases</source>
        <translation>患一种病</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="135"/>
        <source>both diseases</source>
        <translation>两种病均患</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="138"/>
        <source>same as a hospital stay</source>
        <translation>同住院报销比例</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="139"/>
        <source>shares the annual cap of hospital stays</source>
        <translation>与住院共用年度限额</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="141"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="142"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="143"/>
        <source>band %1</source>
        <translation>第%1段</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="144"/>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="145"/>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
</context>
<context>
    <name>PolicyBrowser</name>
    <message>
        <location filename="../policy_browser.py" line="137"/>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../policy_browser.py" line="138"/>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <location filename="../policy_browser.py" line="139"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../policy_browser.py" line="140"/>
        <source>Source kind</source>
        <translation>来源类型</translation>
    </message>
    <message>
        <location filename="../policy_browser.py" line="141"/>
        <source>Document and quote, or note</source>
        <translation>出处（文件与原文，或说明）</translation>
    </message>
    <message>
        <location filename="../policy_browser.py" line="142"/>
        <location filename="../policy_browser.py" line="470"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../policy_browser.py" line="143"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../policy_browser.py" line="293"/>
        <location filename="../policy_browser.py" line="445"/>
        <source>Policy parameters</source>
        <translation>政策参数</translation>
    </message>
    <message>
        <location filename="../policy_browser.py" line="298"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../policy_browser.py" line="300"/>
        <source> (has problems)</source>
        <translation>（有错误）</translation>
    </message>
    <message>
        <location filename="../policy_browser.py" line="310"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../policy_browser.py" line="313"/>
        <source>&amp;Region:</source>
        <translation>地区(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../policy_browser.py" line="315"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../policy_browser.py" line="337"/>
        <source>Filter: type part of a key, a word, a value or a file name</source>
        <translation>筛选：输入键名、文字、数值或文件名的一部分</translation>
    </message>
    <message>
        <location filename="../policy_browser.py" line="339"/>
        <source>Only &amp;unverified values</source>
        <translation>只看未核实的值(&amp;U)</translation>
    </message>
    <message>
        <location filename="../policy_browser.py" line="388"/>
        <source>Parameters in force</source>
        <translation>现行参数</translation>
    </message>
    <message>
        <location filename="../policy_browser.py" line="389"/>
        <source>Problems in policy files</source>
        <translation>政策文件问题</translation>
    </message>
    <message>
        <location filename="../policy_browser.py" line="398"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../policy_browser.py" line="465"/>
        <source>%1, in force from %2</source>
        <translation>%1，%2 起施行</translation>
    </message>
    <message>
        <location filename="../policy_browser.py" line="467"/>
        <source>%1, in force %2 to %3</source>
        <translation>%1，施行期 %2 至 %3</translation>
    </message>
    <message>
        <location filename="../policy_browser.py" line="471"/>
        <source>folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../policy_browser.py" line="481"/>
        <source>Notes</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../policy_browser.py" line="486"/>
        <source>%1 of %2 values are unverified placeholders (未核实), highlighted below.</source>
        <translation>%2 个参数中有 %1 个是未核实的占位值，已在下表中标出。</translation>
    </message>
    <message>
        <location filename="../policy_browser.py" line="490"/>
        <source>Files of this region that could not be used:</source>
        <translation>本地区以下政策文件有错误，未被使用：</translation>
    </message>
    <message>
        <location filename="../policy_browser.py" line="501"/>
        <source>Each broken file is left out; every other region can still be used.</source>
        <translation>有错误的文件未被使用，其他地区不受影响。</translation>
    </message>
    <message>
        <location filename="../policy_browser.py" line="504"/>
        <source>No problems.</source>
        <translation>没有问题。</translation>
    </message>
    <message>
        <location filename="../policy_browser.py" line="509"/>
        <source>Folders read:</source>
        <translation>已读取的政策文件夹：</translation>
    </message>
    <message>
        <location filename="../policy_browser.py" line="516"/>
        <source>%1 of %2 shown</source>
        <translation>显示 %1 / 共 %2 项</translation>
    </message>
</context>
<context>
    <name>Sheet</name>
    <message>
        <location filename="../sheet.py" line="272"/>
        <source>Earlier hospital stays this year</source>
        <translation>本年此前住院次数</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="273"/>
        <source>Basic fund paid this year (stays, chronic)</source>
        <translation>本年统筹基金已支付（住院、慢特病）</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="274"/>
        <source>Outpatient benefit paid this year</source>
        <translation>本年普通门诊已报销</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="275"/>
        <source>Outpatient deductible met this year</source>
        <translation>本年普通门诊已付起付线</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="276"/>
        <source>Chronic-disease deductible met this year</source>
        <translation>本年慢特病已付起付线</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="277"/>
        <source>Paid for this disease this year</source>
        <translation>本年该病种已支付</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="278"/>
        <source>Two-disease medication counted this year</source>
        <translation>本年“两病”已计入药费</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="279"/>
        <source>Two-disease deductible met this year</source>
        <translation>本年“两病”已付起付线</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="280"/>
        <source>In-policy burden so far this year</source>
        <translation>本年已累计政策范围内个人负担</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="281"/>
        <source>Critical illness insurance paid this year</source>
        <translation>本年大病保险已支付</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="282"/>
        <source>Large-expense subsidy paid this year</source>
        <translation>本年大额补助已支付</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="283"/>
        <source>Medical assistance paid this year</source>
        <translation>本年医疗救助已支付</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="284"/>
        <source>Assistance deductible met this year</source>
        <translation>本年医疗救助已付起付线</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="294"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="295"/>
        <source>Date of care</source>
        <translation>就医日期</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="296"/>
        <source>Insurance</source>
        <translation>参保险种</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="299"/>
        <source>retired</source>
        <translation>退休</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="299"/>
        <source>in service</source>
        <translation>在职</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="300"/>
        <source>Employment status</source>
        <translation>在职/退休</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="303"/>
        <source> (day ward)</source>
        <translation>（日间病房）</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="305"/>
        <source>Kind of care</source>
        <translation>就医类别</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="306"/>
        <source>Hospital level</source>
        <translation>医疗机构级别</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="307"/>
        <source>Where</source>
        <translation>就医地</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="308"/>
        <source>Assistance group</source>
        <translation>救助对象类别</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="313"/>
        <source>Disease</source>
        <translation>病种</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="315"/>
        <source>Conditions</source>
        <translation>所患疾病</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="320"/>
        <source>Which child</source>
        <translation>胎次</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="321"/>
        <source>child no. %1</source>
        <translation>第 %1 孩</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="324"/>
        <source>caesarean</source>
        <translation>剖宫产</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="326"/>
        <source>difficult birth</source>
        <translation>难产</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="328"/>
        <source>Birth</source>
        <translation>分娩方式</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="330"/>
        <source>Babies</source>
        <translation>婴儿数</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="332"/>
        <source>Employer&apos;s average monthly wage</source>
        <translation>单位上年度职工月平均工资</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="334"/>
        <source>Total bill</source>
        <translation>医疗费总额</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="343"/>
        <source>Basic fund on the settlement slip</source>
        <translation>结算单统筹基金支付</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="359"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="360"/>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="392"/>
        <source>What is computed</source>
        <translation>计算说明</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="393"/>
        <source>With your numbers</source>
        <translation>代入本次数字</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="394"/>
        <source>[unverified]</source>
        <translation>【未核实】</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="423"/>
        <source>UNVERIFIED</source>
        <translation>未核实</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="437"/>
        <source>, valid until %1</source>
        <translation>，有效期至 %1</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="446"/>
        <location filename="../sheet.py" line="527"/>
        <source>Medical insurance reimbursement estimate</source>
        <translation>医保报销估算单</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="447"/>
        <source>Service station:</source>
        <translation>服务站：</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="448"/>
        <source>Printed on:</source>
        <translation>打印日期：</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="449"/>
        <source>The case</source>
        <translation>就医情况</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="450"/>
        <source>Who pays what</source>
        <translation>报销结果</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="598"/>
        <source>Print the estimate sheet</source>
        <translation>打印估算单</translation>
    </message>
    <message>
        <location filename="../sheet.py" line="613"/>
        <source>Estimate sheet: print preview</source>
        <translation>估算单打印预览</translation>
    </message>
</context>
</TS>
