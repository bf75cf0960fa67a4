<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>Loading the policies…</source>
        <translation>正在载入政策…</translation>
    </message>
    <message>
        <source>Type or paste slips into the table.</source>
        <translation>请在上方表格中输入或粘贴结算单。</translation>
    </message>
    <message>
        <source>Save the fit as a correction</source>
        <translation>保存为政策更正</translation>
    </message>
    <message>
        <source>Policy files (*.toml)</source>
        <translation>政策文件 (*.toml)</translation>
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
</TS>
