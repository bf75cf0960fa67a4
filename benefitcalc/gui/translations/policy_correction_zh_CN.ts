<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
</TS>
