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
        <source>So far this year (optional)</source>
        <translation>本年度已发生（选填）</translation>
    </message>
    <message>
        <source>Patient and visit</source>
        <translation>参保人和就医情况</translation>
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
        <source>&amp;Number of babies:</source>
        <translation>本次生育婴儿数(&amp;N)：</translation>
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
        <source>Fill these in only if the patient already had care paid for this calendar year; empty means 0.</source>
        <translation>本年度已经看过病、报过销的才需要填写；不填按 0 计算。</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare choices</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation>比较：</translation>
    </message>
    <message>
        <source>Choose at least one thing to compare.</source>
        <translation>请至少选择一项进行比较。</translation>
    </message>
    <message>
        <source>As entered: %1; the patient pays %2</source>
        <translation>所填情形：%1，个人支付 %2 元</translation>
    </message>
    <message>
        <source>Compare choices: print preview</source>
        <translation>比较：打印预览</translation>
    </message>
</context>
<context>
    <name>CompareFeature</name>
    <message>
        <source>&amp;Compare choices…</source>
        <translation>比较(&amp;C)…</translation>
    </message>
    <message>
        <source>The case at other hospital levels, places and schemes</source>
        <translation>同一案例在不同医院级别、就医地和险种下的估算</translation>
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
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Sorry, an unexpected error occurred.</source>
        <translation>抱歉，程序出现了意外错误。</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Person:</source>
        <translation>人员：</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Print again…</source>
        <translation>重新打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <source>(no person)</source>
        <translation>（未指定人员）</translation>
    </message>
    <message>
        <source>Delete this entry from the history?</source>
        <translation>从历史记录中删除这一条？</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>导出历史记录</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
</context>
<context>
    <name>HistoryFeature</name>
    <message>
        <source>&amp;History…</source>
        <translation>历史记录(&amp;H)…</translation>
    </message>
    <message>
        <source>Every saved or printed estimate, per person</source>
        <translation>每一次保存或打印的估算，按人员查看</translation>
    </message>
    <message>
        <source>&amp;Keep in history…</source>
        <translation>记入历史(&amp;K)…</translation>
    </message>
    <message>
        <source>Keep this estimate in the history under a person&apos;s label</source>
        <translation>把这次估算记入历史，记在某位人员的称呼下</translation>
    </message>
    <message>
        <source>Kept in the history.</source>
        <translation>已记入历史。</translation>
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
        <source>Print the estimate sheet for the patient</source>
        <translation>打印给参保人的估算单</translation>
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
        <source>Case files (*.toml);;All files (*)</source>
        <translation>案例文件 (*.toml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The case has mistakes or is incomplete; correct the marked fields first.</source>
        <translation>案例有错误或未填完整，请先改正标红的项目。</translation>
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
        <source>This part of the program is not installed yet.</source>
        <translation>本程序的这一部分尚未安装。</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
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
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Keep in history</source>
        <translation>记入历史</translation>
    </message>
    <message>
        <source>e.g. Mr Zhang, bed 3</source>
        <translation>例如：张大爷、3号床</translation>
    </message>
    <message>
        <source>Who is this estimate for? Give a name or your own number, never an ID-card number.</source>
        <translation>这次估算是为谁做的？填写称呼或自编号即可，请勿填写身份证号。</translation>
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
        <source>Where it comes from</source>
        <translation>出处</translation>
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
        <source>From your own policy files</source>
        <translation>来自您自己的政策文件</translation>
    </message>
    <message>
        <source>Policy parameters</source>
        <translation>政策参数</translation>
    </message>
    <message>
        <source> (has problems)</source>
        <translation>（有错误）</translation>
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
        <source>Show &amp;keys</source>
        <translation>显示键名(&amp;K)</translation>
    </message>
    <message>
        <source>The dotted key of each value, as written in the policy files</source>
        <translation>每个参数在政策文件中的键名</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>更正(&amp;C)…</translation>
    </message>
    <message>
        <source>Correct the selected value from a date, with its source (saved in your own policy folder)</source>
        <translation>从某一日期起更正所选参数，并写明依据（保存在您自己的政策文件夹中）</translation>
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
        <source>Correction written to %1. “policies undo” takes it back.</source>
        <translation>更正已写入 %1。用“policies undo”可以撤销。</translation>
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
        <source>%1 values come from your own policy files (marked ✎).</source>
        <translation>有 %1 个参数取自您自己的政策文件（标有 ✎）。</translation>
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
    <name>PolicyCorrection</name>
    <message>
        <source>Correct a policy value</source>
        <translation>更正政策参数</translation>
    </message>
    <message>
        <source>%1: now %2</source>
        <translation>%1：现为 %2</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新的数值</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>数值(&amp;V)：</translation>
    </message>
    <message>
        <source>Holds &amp;from:</source>
        <translation>起始日期(&amp;F)：</translation>
    </message>
    <message>
        <source>Source (as a person can look it up)</source>
        <translation>依据（写明可查找的文件）</translation>
    </message>
    <message>
        <source>The document&apos;s full title</source>
        <translation>文件的完整标题</translation>
    </message>
    <message>
        <source>The document number, if it has one</source>
        <translation>文号（如有）</translation>
    </message>
    <message>
        <source>The sentence of the document that states the value</source>
        <translation>文件中写明该数值的原句</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation>发文机关(&amp;I)：</translation>
    </message>
    <message>
        <source>Document &amp;number:</source>
        <translation>文号(&amp;N)：</translation>
    </message>
    <message>
        <source>Date &amp;issued:</source>
        <translation>发布日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>网址(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Quoted sentence:</source>
        <translation>原文引述(&amp;Q)：</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>更正后的变化</translation>
    </message>
    <message>
        <source>Press “Show the change” to see what the correction changes.</source>
        <translation>点击“预览更改”，查看这次更正会改变什么。</translation>
    </message>
    <message>
        <source>&amp;Show the change</source>
        <translation>预览更改(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Write the correction</source>
        <translation>写入更正(&amp;W)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>New value: %1</source>
        <translation>新的数值：%1</translation>
    </message>
    <message>
        <source>Source: give the title of the document.</source>
        <translation>依据：请填写文件标题。</translation>
    </message>
    <message>
        <source>Source: quote the sentence that states the value.</source>
        <translation>依据：请引述文件中写明该数值的原句。</translation>
    </message>
    <message>
        <source>Source: the date issued is written YYYY-MM-DD.</source>
        <translation>依据：发布日期请按 YYYY-MM-DD 填写。</translation>
    </message>
    <message>
        <source>%1 on %2:</source>
        <translation>%1，%2：</translation>
    </message>
    <message>
        <source>This correction changes no value in force.</source>
        <translation>这次更正没有改变任何现行数值。</translation>
    </message>
</context>
<context>
    <name>PolicyImport</name>
    <message>
        <source>&amp;Import policy files…</source>
        <translation>导入政策文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Install a correction or a new policy version from a file</source>
        <translation>从文件安装政策更正或新的政策版本</translation>
    </message>
    <message>
        <source>Undo the last policy import</source>
        <translation>撤销上一次导入政策文件</translation>
    </message>
    <message>
        <source>Import policy files</source>
        <translation>导入政策文件</translation>
    </message>
    <message>
        <source>Nothing was installed: %1</source>
        <translation>没有安装任何文件：%1</translation>
    </message>
    <message>
        <source>Installed: %1</source>
        <translation>已安装：%1</translation>
    </message>
    <message>
        <source>These files cannot be imported. Nothing was changed.</source>
        <translation>这些文件不能导入，没有作任何更改。</translation>
    </message>
    <message>
        <source>These files are already installed as they are.</source>
        <translation>这些文件已经安装过，内容相同。</translation>
    </message>
    <message>
        <source>Install %1 into your policy folder %2? This is what changes. You can undo it later from the File menu.</source>
        <translation>将 %1 安装到您的政策文件夹 %2？下面是它带来的变化。以后可以在“文件”菜单中撤销。</translation>
    </message>
    <message>
        <source>&amp;Install</source>
        <translation>安装(&amp;I)</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
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
<context>
    <name>Sheet</name>
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
        <source>Print the estimate sheet</source>
        <translation>打印估算单</translation>
    </message>
    <message>
        <source>Estimate sheet: print preview</source>
        <translation>估算单打印预览</translation>
    </message>
</context>
<context>
    <name>SlipsDialog</name>
    <message>
        <source>Check against settlement slips</source>
        <translation>用结算单核对</translation>
    </message>
    <message>
        <source>&amp;Open spreadsheet…</source>
        <translation>打开表格(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>添加行(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove rows</source>
        <translation>删除行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save the fit as a correction…</source>
        <translation>把拟合结果保存为政策更正(&amp;S)…</translation>
    </message>
    <message>
        <source>Each slip beside the estimate</source>
        <translation>逐张结算单与测算对照</translation>
    </message>
    <message>
        <source>Deductible and rate fitted from the slips</source>
        <translation>由结算单拟合的起付线和报销比例</translation>
    </message>
    <message>
        <source>Open a spreadsheet of slips</source>
        <translation>打开结算单表格</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>表格文件 (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Type or paste slips into the table.</source>
        <translation>请在上方表格中输入或粘贴结算单。</translation>
    </message>
    <message>
        <source>Save the fit as a correction</source>
        <translation>保存为政策更正</translation>
    </message>
</context>
<context>
    <name>SlipsFeature</name>
    <message>
        <source>Check against settlement &amp;slips…</source>
        <translation>用结算单核对(&amp;S)…</translation>
    </message>
    <message>
        <source>Compare slips with the estimate and fit the deductible and rate</source>
        <translation>把结算单与测算逐项对照，并拟合起付线和报销比例</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
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
        <source>Policy files (*.toml)</source>
        <translation>政策文件 (*.toml)</translation>
    </message>
    <message>
        <source>Could not save the file: %1</source>
        <translation>无法保存文件：%1</translation>
    </message>
    <message>
        <source>Log file: %1</source>
        <translation>日志文件：%1</translation>
    </message>
    <message>
        <source>Loading the policies…</source>
        <translation>正在载入政策…</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>就诊</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>限额</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>已用</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>本年度</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Enter the total bill on the left; the estimate appears here.</source>
        <translation>请在左侧填写医疗费总额，估算结果会显示在这里。</translation>
    </message>
    <message>
        <source>There is no estimate yet: fill in the form first.</source>
        <translation>还没有估算结果，请先填写表单。</translation>
    </message>
    <message>
        <source>The case on the form has mistakes or is incomplete; correct the marked fields first.</source>
        <translation>表单上的案例有错误或未填完整，请先改正标出的项目。</translation>
    </message>
</context>
<context>
    <name>YearDialog</name>
    <message>
        <source>Annual limit</source>
        <translation>年度限额</translation>
    </message>
    <message>
        <source>What is left of each annual limit</source>
        <translation>各项年度限额剩余</translation>
    </message>
    <message>
        <source>&amp;Edit on the form</source>
        <translation>在表单中编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Stop editing</source>
        <translation>取消编辑</translation>
    </message>
    <message>
        <source>&amp;New year</source>
        <translation>新建年度(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Add the case on the form</source>
        <translation>加入表单上的案例(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Replace visit %1 with the form</source>
        <translation>用表单替换第 %1 条就诊(&amp;R)</translation>
    </message>
    <message>
        <source>No visits yet: fill in a case on the form and add it.</source>
        <translation>还没有就诊记录：在表单中填好案例后点“加入表单上的案例”。</translation>
    </message>
    <message>
        <source>Delete visit %1 and its repeats?</source>
        <translation>删除第 %1 条就诊及其全部重复？</translation>
    </message>
    <message>
        <source>Delete visit %1?</source>
        <translation>删除第 %1 条就诊？</translation>
    </message>
    <message>
        <source>The year has changes that are not saved. Discard them?</source>
        <translation>本年度有未保存的修改，放弃这些修改吗？</translation>
    </message>
    <message>
        <source>Open a year</source>
        <translation>打开年度文件</translation>
    </message>
    <message>
        <source>Year files (*.toml);;All files (*)</source>
        <translation>年度文件 (*.toml);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>YearFeature</name>
    <message>
        <source>This &amp;year…</source>
        <translation>本年度(&amp;Y)…</translation>
    </message>
    <message>
        <source>A patient&apos;s visits this year: running totals and what is left of each limit</source>
        <translation>参保人本年度的多次就诊：累计金额和各项年度限额的剩余</translation>
    </message>
    <message>
        <source>Save the year</source>
        <translation>保存年度文件</translation>
    </message>
    <message>
        <source>Year files (*.toml)</source>
        <translation>年度文件 (*.toml)</translation>
    </message>
    <message>
        <source>The year has changes that are not saved. Save them before closing?</source>
        <translation>本年度有未保存的修改，关闭前保存吗？</translation>
    </message>
</context>
<context>
    <name>YearSheet</name>
    <message>
        <source>Printed on %1</source>
        <translation>打印日期 %1</translation>
    </message>
    <message>
        <source>Medical costs this year: an estimate</source>
        <translation>本年度医疗费用报销估算</translation>
    </message>
    <message>
        <source>This year: print preview</source>
        <translation>本年度：打印预览</translation>
    </message>
</context>
</TS>
