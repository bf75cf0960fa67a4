<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
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
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
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
        <source>Delete</source>
        <translation>删除</translation>
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
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>There is no estimate yet: fill in the form first.</source>
        <translation>还没有估算结果：请先填写表格。</translation>
    </message>
    <message>
        <source>Kept in the history.</source>
        <translation>已记入历史。</translation>
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
</TS>
