<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>YearDialog</name>
    <message>
        <source>This year</source>
        <translation>本年度</translation>
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
        <source>Annual limit</source>
        <translation>年度限额</translation>
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
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
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
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;F)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
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
        <source>Delete</source>
        <translation>删除</translation>
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
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
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
        <source>This year</source>
        <translation>本年度</translation>
    </message>
    <message>
        <source>The case on the form has mistakes or is incomplete; correct the marked fields first.</source>
        <translation>表单上的案例有错误或未填完整，请先改正标出的项目。</translation>
    </message>
    <message>
        <source>Could not save the file: %1</source>
        <translation>无法保存文件：%1</translation>
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
        <source>Medical costs this year: an estimate</source>
        <translation>本年度医疗费用报销估算</translation>
    </message>
    <message>
        <source>This year: print preview</source>
        <translation>本年度：打印预览</translation>
    </message>
</context>
</TS>
