<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>Policy files (*.toml)</source>
        <translation>政策文件 (*.toml)</translation>
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
</TS>
