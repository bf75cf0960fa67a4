<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CaseForm</name>
    <message>
        <source>At most two decimal places (yuan and fen), e.g. 1234.50</source>
        <translation>最多两位小数（元、角、分），如 1234.50</translation>
    </message>
    <message>
        <source>At most 10,000,000,000 yuan</source>
        <translation>金额最多 100 亿元（10,000,000,000 元）</translation>
    </message>
    <message>
        <source>%1 (province-wide)</source>
        <translation>%1（全省通用）</translation>
    </message>
    <message>
        <source>%1 — policy file has errors</source>
        <translation>%1 — 政策文件有错误</translation>
    </message>
    <message>
        <source>— choose the disease —</source>
        <translation>— 请选择病种 —</translation>
    </message>
    <message>
        <source>The list comes from the policy of the chosen region.</source>
        <translation>病种目录取自所选地区的政策。</translation>
    </message>
    <message>
        <source>No limit of its own: shares the annual cap of hospital stays.</source>
        <translation>该病种不单设限额，与住院共用年度最高支付限额。</translation>
    </message>
    <message>
        <source>Annual limit for this disease: %1 yuan</source>
        <translation>该病种年度支付限额：%1 元</translation>
    </message>
    <message>
        <source>Chronic or special disease</source>
        <translation>门诊慢特病</translation>
    </message>
    <message>
        <source>Hypertension / diabetes medication</source>
        <translation>“两病”门诊用药</translation>
    </message>
    <message>
        <source>Childbirth</source>
        <translation>生育</translation>
    </message>
    <message>
        <source>So far this year (optional)</source>
        <translation>本年度已发生（选填）</translation>
    </message>
    <message>
        <source>Patient and visit</source>
        <translation>参保人和就医情况</translation>
    </message>
    <message>
        <source>The bill</source>
        <translation>医疗费用</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>参保地区(&amp;R)：</translation>
    </message>
    <message>
        <source>Visit &amp;date:</source>
        <translation>就医日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Insurance:</source>
        <translation>参保类型(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Kind of care:</source>
        <translation>就医类别(&amp;K)：</translation>
    </message>
    <message>
        <source>Hospital &amp;level:</source>
        <translation>医院级别(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>就医地(&amp;W)：</translation>
    </message>
    <message>
        <source>Assistance &amp;group:</source>
        <translation>救助身份(&amp;G)：</translation>
    </message>
    <message>
        <source>Fully &amp;self-paid:</source>
        <translation>全自费(&amp;S)：</translation>
    </message>
    <message>
        <source>Medication for:</source>
        <translation>用药病种：</translation>
    </message>
    <message>
        <source>Average monthly &amp;wage:</source>
        <translation>月平均工资(&amp;W)：</translation>
    </message>
    <message>
        <source>Treated in a da&amp;y ward</source>
        <translation>日间病房治疗(&amp;Y)</translation>
    </message>
    <message>
        <source>I &amp;only know the total</source>
        <translation>只知道总额(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Caesarean section</source>
        <translation>剖宫产(&amp;C)</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>child no. %1</source>
        <translation>第 %1 孩</translation>
    </message>
    <message>
        <source>Day-ward care is settled as a hospital stay where the local policy says so.</source>
        <translation>当地政策规定日间病房按住院结算的，勾选此项。</translation>
    </message>
    <message>
        <source>Out-of-area care may be reimbursed at a lower rate.</source>
        <translation>异地就医的报销比例可能降低。</translation>
    </message>
    <message numerus="yes">
        <source>%n filled in</source>
        <translation>
            <numerusform>已填 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>So far this year (optional, %1)</source>
        <translation>本年度已发生（选填，%1）</translation>
    </message>
    <message>
        <source>Total &amp;bill:</source>
        <translation>医疗费总额(&amp;B)：</translation>
    </message>
    <message>
        <source>Category-B first sh&amp;are:</source>
        <translation>乙类先行自付(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Chronic disease:</source>
        <translation>病种(&amp;C)：</translation>
    </message>
    <message>
        <source>Which &amp;child:</source>
        <translation>生育孩次(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Number of babies:</source>
        <translation>本次生育婴儿数(&amp;N)：</translation>
    </message>
    <message>
        <source>R&amp;etired</source>
        <translation>退休人员(&amp;E)</translation>
    </message>
    <message>
        <source>Diffic&amp;ult birth</source>
        <translation>难产(&amp;U)</translation>
    </message>
    <message>
        <source>Only for people entitled to medical assistance.</source>
        <translation>仅适用于享受医疗救助的困难群众。</translation>
    </message>
    <message>
        <source>The whole bill, as on the invoice or settlement slip.</source>
        <translation>发票或结算单上的全部医疗费用。</translation>
    </message>
    <message>
        <source>Self-paid and Category-B first share are taken as 0: the whole bill counts as in-policy, so the estimate may come out too high.</source>
        <translation>全自费和乙类先行自付按 0 计算，全部费用都算作政策范围内费用，估算的报销金额可能偏高。</translation>
    </message>
    <message>
        <source>Items outside the insurance lists and amounts above price limits: no fund pays them.</source>
        <translation>医保目录外的项目和超过限价的部分，医保基金不支付。</translation>
    </message>
    <message>
        <source>The share of Category-B drugs and items the patient pays first.</source>
        <translation>乙类药品和诊疗项目中需由个人先行负担的部分。</translation>
    </message>
    <message>
        <source>The fund&apos;s amount for a birth depends on which child it is.</source>
        <translation>居民生育的医保支付额度按第几孩确定。</translation>
    </message>
    <message>
        <source>The employer&apos;s average monthly wage last year, for the maternity allowance.</source>
        <translation>用人单位上年度职工月平均工资，用于计算生育津贴。</translation>
    </message>
    <message>
        <source>Hospital stays and chronic-disease care together.</source>
        <translation>住院和门诊慢特病合计。</translation>
    </message>
    <message>
        <source>This year&apos;s in-policy cost minus what the basic fund paid, added up over earlier bills.</source>
        <translation>本年此前各次政策范围内费用减去统筹基金支付后的累计金额。</translation>
    </message>
    <message>
        <source>If there is a hospital settlement slip: its basic fund payment. The later layers are computed from it.</source>
        <translation>如已有医院结算单，填写单上的统筹基金支付金额，大病保险、医疗救助等按此计算。</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Fill these in only if the patient already had care paid for this calendar year; empty means 0.</source>
        <translation>本年度已经看过病、报过销的才需要填写；不填按 0 计算。</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong inside the program. Your input is still there; you can go on working.</source>
        <translation>程序内部出了问题。您输入的内容还在，可以继续使用。</translation>
    </message>
    <message>
        <source>If it happens again, please send the log file to whoever looks after this computer.</source>
        <translation>如果再次出现，请把日志文件交给负责这台电脑的技术人员。</translation>
    </message>
    <message>
        <source>Log file: %1</source>
        <translation>日志文件：%1</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Sorry, an unexpected error occurred.</source>
        <translation>抱歉，程序出现了意外错误。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open case</source>
        <translation>打开案例</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>Start again with an empty form</source>
        <translation>清空表单，重新开始</translation>
    </message>
    <message>
        <source>&amp;Open case…</source>
        <translation>打开案例(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a saved case file (.toml)</source>
        <translation>打开保存的案例文件（.toml）</translation>
    </message>
    <message>
        <source>&amp;Save case…</source>
        <translation>保存案例(&amp;S)…</translation>
    </message>
    <message>
        <source>Save this case to a file</source>
        <translation>把本案例保存为文件</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the estimate sheet for the patient</source>
        <translation>打印给参保人的估算单</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Save the estimate sheet as a PDF file</source>
        <translation>把估算单保存为 PDF 文件</translation>
    </message>
    <message>
        <source>The service station&apos;s name, printed on the sheet</source>
        <translation>医保工作站名称，打印在估算单上</translation>
    </message>
    <message>
        <source>S&amp;tation name…</source>
        <translation>工作站名称(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>放大文字(&amp;L)</translation>
    </message>
    <message>
        <source>Make all text larger (Ctrl +)</source>
        <translation>放大全部文字（Ctrl +）</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>缩小文字(&amp;S)</translation>
    </message>
    <message>
        <source>Make all text smaller (Ctrl −)</source>
        <translation>缩小全部文字（Ctrl −）</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>正常文字大小(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Policy browser…</source>
        <translation>政策浏览(&amp;P)…</translation>
    </message>
    <message>
        <source>See every parameter of a region&apos;s policy and its source</source>
        <translation>查看各地区政策的全部参数及其来源</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the policy files: see the policy browser</source>
        <translation>
            <numerusform>政策文件有 %n 个问题，详见“政策浏览”</numerusform>
        </translation>
    </message>
    <message>
        <source>Medical insurance estimate</source>
        <translation>医保报销估算</translation>
    </message>
    <message>
        <source>Enter the total bill on the left; the estimate appears here.</source>
        <translation>请在左侧填写医疗费总额，估算结果会显示在这里。</translation>
    </message>
    <message>
        <source>Loading the policies…</source>
        <translation>正在载入政策…</translation>
    </message>
    <message>
        <source>Case files (*.toml);;All files (*)</source>
        <translation>案例文件 (*.toml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The case has mistakes or is incomplete; correct the marked fields first.</source>
        <translation>案例有错误或未填完整，请先改正标红的项目。</translation>
    </message>
    <message>
        <source>Could not save the file: %1</source>
        <translation>无法保存文件：%1</translation>
    </message>
    <message>
        <source>Save case</source>
        <translation>保存案例</translation>
    </message>
    <message>
        <source>Case files (*.toml)</source>
        <translation>案例文件 (*.toml)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <source>There is no estimate yet: fill in the form first.</source>
        <translation>还没有估算结果，请先填写表单。</translation>
    </message>
    <message>
        <source>This part of the program is not installed yet.</source>
        <translation>本程序的这一部分尚未安装。</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Policy browser</source>
        <translation>政策浏览</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>工作站名称</translation>
    </message>
    <message>
        <source>Name of this service station, printed on every estimate sheet:</source>
        <translation>本医保工作站的名称（打印在每张估算单上）：</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>Estimates what Shandong medical insurance pays on a bill, layer by layer, and explains every number.</source>
        <translation>估算山东医保对一笔医疗费用逐层报销多少，并说明每个数字的来历。</translation>
    </message>
    <message>
        <source>Log file: %1</source>
        <translation>日志文件：%1</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>Enter the total bill on the left; the estimate appears here.</source>
        <translation>请在左侧填写医疗费总额，估算结果会显示在这里。</translation>
    </message>
    <message>
        <source>Not part of the bill</source>
        <translation>不计入医疗费</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>No estimate yet. Please check:</source>
        <translation>暂时无法估算，请检查：</translation>
    </message>
</context>
</TS>
