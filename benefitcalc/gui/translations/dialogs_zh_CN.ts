<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>Close</source>
        <translation>关闭</translation>
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
</TS>
