<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddLinkCommand</name>
    <message>
        <source>Link nodes</source>
        <translation>关联节点</translation>
    </message>
</context>
<context>
    <name>AddNodeCommand</name>
    <message>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
</context>
<context>
    <name>AddZoneCommand</name>
    <message>
        <source>Add zone %1</source>
        <translation>添加区域 %1</translation>
    </message>
</context>
<context>
    <name>ChangeNodeCommand</name>
    <message>
        <source>Change %1</source>
        <translation>修改 %1</translation>
    </message>
</context>
<context>
    <name>ChangeZoneCommand</name>
    <message>
        <source>Change zone %1</source>
        <translation>修改区域 %1</translation>
    </message>
</context>
<context>
    <name>Clipboard</name>
    <message>
        <source>The clipboard holds no Portolan items.</source>
        <translation>剪贴板中没有 Portolan 对象。</translation>
    </message>
    <message>
        <source>The clipboard content is too large to paste.</source>
        <translation>剪贴板内容过大，无法粘贴。</translation>
    </message>
    <message>
        <source>clipboard</source>
        <translation>剪贴板</translation>
    </message>
    <message>
        <source>The clipboard content is not a Portolan design.</source>
        <translation>剪贴板内容不是 Portolan 设计。</translation>
    </message>
    <message>
        <source>Too many items on the clipboard (at most %1).</source>
        <translation>剪贴板中的对象过多（最多 %1 个）。</translation>
    </message>
    <message>
        <source>The clipboard holds no nodes or zones.</source>
        <translation>剪贴板中没有节点或区域。</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n items</source>
        <translation>
            <numerusform>删除 %n 个对象</numerusform>
        </translation>
    </message>
    <message>
        <source>Add zone %1</source>
        <translation>添加区域 %1</translation>
    </message>
    <message numerus="yes">
        <source>Move %n items</source>
        <translation>
            <numerusform>移动 %n 个对象</numerusform>
        </translation>
    </message>
    <message>
        <source>Resize zone</source>
        <translation>调整区域大小</translation>
    </message>
</context>
<context>
    <name>LinkItem</name>
    <message>
        <source>Link: narrows which peers the rules pair</source>
        <translation>关联：限定规则与哪些对端节点配对</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Source document</source>
        <translation>来源文档</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Vendor reference</source>
        <translation>厂商文档出处</translation>
    </message>
    <message>
        <source>No flow crosses a firewall.</source>
        <translation>没有穿越防火墙的连接。</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>防火墙</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings, %3 notes; %4 flows, %5 crossing a firewall</source>
        <translation>%1 个错误，%2 个警告，%3 个提示；%4 条连接，其中 %5 条穿越防火墙</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>ports</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>services</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>firewalls</source>
        <translation>防火墙</translation>
    </message>
    <message>
        <source>same host</source>
        <translation>同一主机</translation>
    </message>
    <message>
        <source>source address</source>
        <translation>源地址</translation>
    </message>
    <message>
        <source>target address</source>
        <translation>目标地址</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Port conflict on host %1: %2 and %3 both listen on %4 %5 (%6)</source>
        <translation>主机 %1 上端口冲突：%2 和 %3 都监听 %4 %5（%6）</translation>
    </message>
    <message>
        <source>%1 has no %2 to connect to</source>
        <translation>%1 没有可连接的%2</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>%1: a port parameter pushes a port beyond 65535</source>
        <translation>%1：端口参数使端口超出 65535</translation>
    </message>
    <message>
        <source>manual flow</source>
        <translation>手工添加的连接</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Source zone</source>
        <translation>源区域</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>源节点</translation>
    </message>
    <message>
        <source>Source host</source>
        <translation>源主机</translation>
    </message>
    <message>
        <source>Source address</source>
        <translation>源地址</translation>
    </message>
    <message>
        <source>Target zone</source>
        <translation>目标区域</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标节点</translation>
    </message>
    <message>
        <source>Target host</source>
        <translation>目标主机</translation>
    </message>
    <message>
        <source>Target address</source>
        <translation>目标地址</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Firewalls crossed</source>
        <translation>穿越的防火墙</translation>
    </message>
    <message>
        <source>Advisories</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>(same host)</source>
        <translation>（同一主机）</translation>
    </message>
    <message>
        <source>Firewalled zone (tag: firewall)</source>
        <translation>有防火墙的区域（标签：防火墙）</translation>
    </message>
    <message>
        <source>Zone without firewall</source>
        <translation>无防火墙的区域</translation>
    </message>
    <message>
        <source>Flow through a firewall</source>
        <translation>穿越防火墙的连接</translation>
    </message>
    <message>
        <source>Firewall boundary crossed</source>
        <translation>穿越的防火墙边界</translation>
    </message>
    <message>
        <source>Flow inside a zone or between open zones</source>
        <translation>区域内或开放区域之间的连接</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>Network zones, components and flows</source>
        <translation>网络区域、组件与连接</translation>
    </message>
    <message>
        <source>Untitled design</source>
        <translation>未命名设计</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>(continued)</source>
        <translation>（续）</translation>
    </message>
    <message>
        <source>Firewall change request</source>
        <translation>防火墙开通申请</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>%1 flows derived, %2 cross a firewall, %3 stay on one host.</source>
        <translation>共推导出 %1 条连接，其中 %2 条穿越防火墙，%3 条在同一主机内。</translation>
    </message>
    <message>
        <source>Diagnostics: %1 errors, %2 warnings, %3 notes (see Advisories and conflicts).</source>
        <translation>诊断：%1 个错误，%2 个警告，%3 个提示（见“建议与冲突”）。</translation>
    </message>
    <message>
        <source>The design has errors: resolve them before submitting this request.</source>
        <translation>设计中存在错误：请先解决，再提交本申请。</translation>
    </message>
    <message>
        <source>Flows to open</source>
        <translation>需开通的连接</translation>
    </message>
    <message>
        <source>Zones behind it</source>
        <translation>其后的区域</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Network diagram</source>
        <translation>网络拓扑图</translation>
    </message>
    <message>
        <source>The design has no drawing geometry; the diagram was laid out automatically.</source>
        <translation>设计中没有绘图坐标，拓扑图已自动布局。</translation>
    </message>
    <message>
        <source>Firewall requests</source>
        <translation>防火墙开通申请</translation>
    </message>
    <message>
        <source>Firewall %1</source>
        <translation>防火墙 %1</translation>
    </message>
    <message>
        <source>%1 flows to open. Zones behind this firewall: %2.</source>
        <translation>需开通 %1 条连接。该防火墙后的区域：%2。</translation>
    </message>
    <message>
        <source>Advisories and conflicts</source>
        <translation>建议与冲突</translation>
    </message>
    <message>
        <source>No advisories, conflicts or missing peers.</source>
        <translation>没有建议、冲突或缺失的对端。</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Components concerned</source>
        <translation>涉及的组件</translation>
    </message>
    <message>
        <source>Appendix A — All flows</source>
        <translation>附录 A — 全部连接</translation>
    </message>
    <message>
        <source>Every derived flow, including the flows inside a zone and between components on one host, which need no firewall change.</source>
        <translation>推导出的全部连接，包括区域内部以及同一主机上组件之间的连接（这些连接无需变更防火墙）。</translation>
    </message>
    <message>
        <source>The design has no flows.</source>
        <translation>该设计没有连接。</translation>
    </message>
    <message>
        <source>Appendix B — Zone-to-zone matrix</source>
        <translation>附录 B — 区域间矩阵</translation>
    </message>
    <message>
        <source>Rows are source zones, columns target zones; each cell lists the protocols and ports to open from the row&apos;s zone to the column&apos;s zone (flows crossing a firewall), with the flows it comes from.</source>
        <translation>行为源区域，列为目标区域；每个单元格列出从该行区域到该列区域需开通的协议和端口（穿越防火墙的连接），并注明其来源连接。</translation>
    </message>
    <message>
        <source>Appendix C — Components</source>
        <translation>附录 C — 组件</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>(outside every zone)</source>
        <translation>（不在任何区域内）</translation>
    </message>
    <message>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Firewall request</source>
        <translation>防火墙开通申请</translation>
    </message>
    <message>
        <source>All flows</source>
        <translation>全部连接</translation>
    </message>
    <message>
        <source>Zone matrix</source>
        <translation>区域矩阵</translation>
    </message>
    <message>
        <source>Source zone \ Target zone</source>
        <translation>源区域 \ 目标区域</translation>
    </message>
    <message>
        <source>(no zone)</source>
        <translation>（无区域）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>new flow</source>
        <translation>新增连接</translation>
    </message>
    <message>
        <source>flow removed</source>
        <translation>连接已删除</translation>
    </message>
    <message>
        <source>ports changed</source>
        <translation>端口已变更</translation>
    </message>
    <message>
        <source>firewalls crossed changed</source>
        <translation>穿越的防火墙已变更</translation>
    </message>
    <message>
        <source>address changed</source>
        <translation>地址已变更</translation>
    </message>
    <message>
        <source>protocol changed</source>
        <translation>协议已变更</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Comparing %1 with %2</source>
        <translation>比较 %1 与 %2</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>没有差异。</translation>
    </message>
    <message>
        <source>Nodes: %1 added, %2 removed, %3 changed</source>
        <translation>节点：新增 %1 个，删除 %2 个，变更 %3 个</translation>
    </message>
    <message>
        <source>Flows: %1 added, %2 removed, %3 changed</source>
        <translation>连接：新增 %1 条，删除 %2 条，变更 %3 条</translation>
    </message>
    <message>
        <source>Firewall changes:</source>
        <translation>防火墙变更：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>open</source>
        <translation>开通</translation>
    </message>
    <message>
        <source>close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Old id</source>
        <translation>原编号</translation>
    </message>
    <message>
        <source>New id</source>
        <translation>新编号</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>flow</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>NodeItem</name>
    <message>
        <source>Host: %1</source>
        <translation>主机：%1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>地址：%1</translation>
    </message>
</context>
<context>
    <name>RemoveLinkCommand</name>
    <message>
        <source>Remove link</source>
        <translation>删除关联</translation>
    </message>
</context>
<context>
    <name>RemoveNodeCommand</name>
    <message>
        <source>Delete node</source>
        <translation>删除节点</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
</context>
<context>
    <name>RemoveZoneCommand</name>
    <message>
        <source>Delete zone</source>
        <translation>删除区域</translation>
    </message>
    <message>
        <source>Delete zone %1</source>
        <translation>删除区域 %1</translation>
    </message>
</context>
<context>
    <name>SetProductOptionsCommand</name>
    <message>
        <source>Change product options</source>
        <translation>修改产品选项</translation>
    </message>
</context>
<context>
    <name>ZoneItem</name>
    <message>
        <source>%1
Firewalled by %2</source>
        <translation>%1
由防火墙 %2 防护</translation>
    </message>
    <message>
        <source>%1
Not firewalled</source>
        <translation>%1
无防火墙</translation>
    </message>
    <message>
        <source>firewall</source>
        <translation>防火墙</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Topology planner for firewall requests</source>
        <translation>防火墙开通申请的拓扑规划工具</translation>
    </message>
    <message>
        <source>A design (*.portolan) to open.</source>
        <translation>要打开的设计文件（*.portolan）。</translation>
    </message>
</context>
<context>
    <name>portolan::gui::Autosave</name>
    <message>
        <source>cannot create the autosave folder %1</source>
        <translation>无法创建自动保存文件夹 %1</translation>
    </message>
    <message>
        <source>cannot lock an autosave folder in %1</source>
        <translation>无法锁定 %1 中的自动保存文件夹</translation>
    </message>
</context>
<context>
    <name>portolan::gui::DesignScene</name>
    <message>
        <source>Protocol / ports: %1</source>
        <translation>协议/端口：%1</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>服务：%1</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>用途：%1</translation>
    </message>
    <message>
        <source>Same host: never on a firewall request</source>
        <translation>同一主机：不会出现在防火墙开通申请中</translation>
    </message>
    <message>
        <source>Firewalls: %1</source>
        <translation>防火墙：%1</translation>
    </message>
    <message>
        <source>Crosses no firewall</source>
        <translation>不穿越防火墙</translation>
    </message>
</context>
<context>
    <name>portolan::gui::Document</name>
    <message>
        <source>Untitled design</source>
        <translation>未命名设计</translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1：无法读取</translation>
    </message>
    <message>
        <source>Zone %1</source>
        <translation>区域 %1</translation>
    </message>
</context>
<context>
    <name>portolan::gui::Inspector</name>
    <message>
        <source>Select a node or a zone to edit it.

Drag components from the palette onto the canvas; draw zones with the zone tool (Z).</source>
        <translation>选择一个节点或区域即可编辑。

从组件面板把组件拖到画布上；用区域工具（Z）绘制区域。</translation>
    </message>
    <message>
        <source>machine name</source>
        <translation>机器名</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Zone:</source>
        <translation>区域：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>主机：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Port overrides</source>
        <translation>自定义端口</translation>
    </message>
    <message>
        <source>Leave empty to use the catalog&apos;s ports</source>
        <translation>留空则使用产品目录中的端口</translation>
    </message>
    <message>
        <source>Boundary is firewalled</source>
        <translation>边界有防火墙</translation>
    </message>
    <message>
        <source>named after the zone</source>
        <translation>默认使用区域名称</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>选择...</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Firewall:</source>
        <translation>防火墙：</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>颜色：</translation>
    </message>
    <message>
        <source>Zone colour</source>
        <translation>区域颜色</translation>
    </message>
    <message numerus="yes">
        <source>%n items selected.</source>
        <translation>
            <numerusform>已选择 %n 个对象。</numerusform>
        </translation>
    </message>
    <message>
        <source>(outside every zone)</source>
        <translation>（不在任何区域内）</translation>
    </message>
</context>
<context>
    <name>portolan::gui::MainWindow</name>
    <message>
        <source>Some catalogs could not be loaded: %1</source>
        <translation>部分产品目录无法加载：%1</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>打开(&amp;O)...</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>另存为(&amp;A)...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>创建副本(&amp;U)</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>Align &amp;Left</source>
        <translation>左对齐(&amp;L)</translation>
    </message>
    <message>
        <source>Align &amp;Top</source>
        <translation>顶端对齐(&amp;T)</translation>
    </message>
    <message>
        <source>Product &amp;Options...</source>
        <translation>产品选项(&amp;O)...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Show &amp;Local Flows</source>
        <translation>显示本机连接(&amp;L)</translation>
    </message>
    <message>
        <source>Only &amp;Crossing Flows</source>
        <translation>仅显示穿越防火墙的连接(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Show only flows that cross a firewall</source>
        <translation>只显示穿越防火墙的连接</translation>
    </message>
    <message>
        <source>&amp;Port Labels</source>
        <translation>端口标签(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation>对齐网格(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Select</source>
        <translation>选择(&amp;S)</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Draw &amp;Zone</source>
        <translation>绘制区域(&amp;Z)</translation>
    </message>
    <message>
        <source>Z</source>
        <translation>Z</translation>
    </message>
    <message>
        <source>&amp;Link Nodes</source>
        <translation>关联节点(&amp;L)</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>&amp;About Portolan</source>
        <translation>关于 Portolan(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Example</source>
        <translation>打开示例(&amp;E)</translation>
    </message>
    <message>
        <source>(no examples found)</source>
        <translation>（未找到示例）</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
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
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Show the flows of one product</source>
        <translation>只显示某个产品的连接</translation>
    </message>
    <message>
        <source>Show the flows that touch one zone</source>
        <translation>只显示涉及某个区域的连接</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>&lt;opened design&gt;</source>
        <translation>&lt;打开的设计&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Firewall crossings only (the firewall request)</source>
        <translation>仅穿越防火墙的连接（即防火墙开通申请）</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>%1[*] - Portolan</source>
        <translation>%1[*] - Portolan</translation>
    </message>
    <message>
        <source>%1 nodes  |  %2 flows  |  %3 crossing  |  %4 errors, %5 warnings</source>
        <translation>%1 个节点  |  %2 条连接  |  %3 条穿越防火墙  |  %4 个错误，%5 个警告</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>问题（%1）</translation>
    </message>
    <message>
        <source>Port Matrix (%1)</source>
        <translation>端口矩阵（%1）</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>全部产品</translation>
    </message>
    <message>
        <source>All zones</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <source>Portolan designs (*.portolan);;All files (*)</source>
        <translation>Portolan 设计 (*.portolan);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot Open Design</source>
        <translation>无法打开设计</translation>
    </message>
    <message>
        <source>The design &quot;%1&quot; could not be opened.</source>
        <translation>无法打开设计“%1”。</translation>
    </message>
    <message>
        <source>File: %1
The current design is unchanged.</source>
        <translation>文件：%1
当前设计保持不变。</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Cannot Save Design</source>
        <translation>无法保存设计</translation>
    </message>
    <message>
        <source>The design could not be saved to &quot;%1&quot;.</source>
        <translation>无法将设计保存到“%1”。</translation>
    </message>
    <message>
        <source>File: %1
%2</source>
        <translation>文件：%1
%2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>design.portolan</source>
        <translation>设计.portolan</translation>
    </message>
    <message>
        <source>Save Design As</source>
        <translation>设计另存为</translation>
    </message>
    <message>
        <source>Open Design</source>
        <translation>打开设计</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The design &quot;%1&quot; has unsaved changes. Save them?</source>
        <translation>设计“%1”有未保存的更改。是否保存？</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n items</source>
        <translation>
            <numerusform>粘贴 %n 个对象</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n items</source>
        <translation>
            <numerusform>为 %n 个对象创建副本</numerusform>
        </translation>
    </message>
    <message>
        <source>Align</source>
        <translation>对齐</translation>
    </message>
    <message>
        <source>About Portolan</source>
        <translation>关于 Portolan</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Portolan %1&lt;/h3&gt;&lt;p&gt;A topology planner for firewall requests.&lt;/p&gt;&lt;p&gt;Place the components of your monitoring products into network zones; Portolan derives every flow they need and marks the ones that cross a firewall.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Portolan %1&lt;/h3&gt;&lt;p&gt;防火墙开通申请的拓扑规划工具。&lt;/p&gt;&lt;p&gt;把监控产品的组件放入网络区域，Portolan 会推导出它们所需的全部连接，并标出穿越防火墙的连接。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销“%1”(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做“%1”(&amp;R)</translation>
    </message>
    <message>
        <source>Cannot Recover Design</source>
        <translation>无法恢复设计</translation>
    </message>
    <message>
        <source>The autosaved design &quot;%1&quot; could not be read.</source>
        <translation>无法读取自动保存的设计“%1”。</translation>
    </message>
    <message>
        <source>Folder: %1
The folder is kept.</source>
        <translation>文件夹：%1
该文件夹已保留。</translation>
    </message>
    <message>
        <source>Recovered &quot;%1&quot; - save it to keep it</source>
        <translation>已恢复“%1”——请保存以保留</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>连接</translation>
    </message>
</context>
<context>
    <name>portolan::gui::PaletteWidget</name>
    <message>
        <source>Search components (English or 中文)</source>
        <translation>搜索组件（中文或 English）</translation>
    </message>
</context>
<context>
    <name>portolan::gui::ProblemsModel</name>
    <message>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>portolan::gui::ProductOptionsDialog</name>
    <message>
        <source>Product Options</source>
        <translation>产品选项</translation>
    </message>
</context>
<context>
    <name>portolan::gui::RecoveryDialog</name>
    <message>
        <source>Recover Designs</source>
        <translation>恢复设计</translation>
    </message>
    <message>
        <source>Portolan did not close normally. These designs have changes that were never saved. Recover them to continue where you left off.</source>
        <translation>Portolan 上次没有正常关闭。以下设计有从未保存的更改。恢复后即可从中断处继续。</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>设计</translation>
    </message>
    <message>
        <source>Autosaved</source>
        <translation>自动保存时间</translation>
    </message>
    <message>
        <source>Original file</source>
        <translation>原始文件</translation>
    </message>
    <message>
        <source>(never saved)</source>
        <translation>（从未保存）</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>丢弃(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
    <message>
        <source>Discard Designs</source>
        <translation>丢弃设计</translation>
    </message>
    <message numerus="yes">
        <source>Discard the unsaved changes of %n design(s)? They cannot be recovered later.</source>
        <translation>
            <numerusform>要丢弃 %n 个设计中未保存的更改吗？丢弃后将无法恢复。</numerusform>
        </translation>
    </message>
</context>
</TS>
