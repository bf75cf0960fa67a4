<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>Hospital level</source>
        <translation>医院级别</translation>
    </message>
    <message>
        <source>Place of care</source>
        <translation>就医地</translation>
    </message>
    <message>
        <source>Insurance scheme</source>
        <translation>险种</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The case on the form has mistakes or is incomplete; correct the marked fields first.</source>
        <translation>表单上的案例有错误或未填完整，请先改正标出的项目。</translation>
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
</TS>
