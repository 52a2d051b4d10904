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
        <source>clipboard</source>
        <translation>剪贴板</translation>
    </message>
    <message>
        <source>The clipboard content is not a Portolan design.</source>
        <translation>剪贴板内容不是 Portolan 设计。</translation>
    </message>
    <message>
        <source>The clipboard holds no nodes or zones.</source>
        <translation>剪贴板中没有节点或区域。</translation>
    </message>
    <message>
        <source>The clipboard content is too large to paste (at most %1 MB).</source>
        <translation>剪贴板内容过大，无法粘贴（最多 %1 MB）。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more problems)</source>
        <translation>
            <numerusform>%1（另有 %n 个问题）</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many items on the clipboard (at most %1 nodes and zones, %2 links).</source>
        <translation>剪贴板中的项目过多（节点和区域最多 %1 个，关联最多 %2 个）。</translation>
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
    <name>LoadError</name>
    <message>
        <source>option %1 expects true or false</source>
        <translation>选项 %1 应为 true 或 false</translation>
    </message>
    <message>
        <source>option %1 expects one of %2</source>
        <translation>选项 %1 应为以下之一：%2</translation>
    </message>
    <message>
        <source>option %1 expects an array of %2</source>
        <translation>选项 %1 应为由 %2 组成的数组</translation>
    </message>
    <message>
        <source>option %1 expects values from %2</source>
        <translation>选项 %1 的值应取自 %2</translation>
    </message>
    <message>
        <source>option %1 expects a port number 1-65535</source>
        <translation>选项 %1 应为 1-65535 的端口号</translation>
    </message>
    <message>
        <source>option %1 expects one of the ports %2</source>
        <translation>选项 %1 应为以下端口之一：%2</translation>
    </message>
    <message>
        <source>option %1 expects an integer</source>
        <translation>选项 %1 应为整数</translation>
    </message>
    <message>
        <source>option %1 expects an integer between %2 and %3</source>
        <translation>选项 %1 应为 %2 到 %3 之间的整数</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>未知的键</translation>
    </message>
    <message>
        <source>missing (expected {&quot;en&quot;: ..., &quot;zh_CN&quot;: ...})</source>
        <translation>缺少（应为 {&quot;en&quot;: ..., &quot;zh_CN&quot;: ...}）</translation>
    </message>
    <message>
        <source>English text is empty</source>
        <translation>英文文本为空</translation>
    </message>
    <message>
        <source>Chinese text is empty</source>
        <translation>中文文本为空</translation>
    </message>
    <message>
        <source>missing (every entry cites its vendor document)</source>
        <translation>缺少（每个条目都须引用厂商文档）</translation>
    </message>
    <message>
        <source>the cited file name is empty</source>
        <translation>引用的文件名为空</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id (expected &quot;%2.name&quot;)</source>
        <translation>&quot;%1&quot; 不是有效的 ID（应为 &quot;%2.name&quot;）</translation>
    </message>
    <message>
        <source>id &quot;%1&quot; must start with &quot;%2.&quot;</source>
        <translation>ID &quot;%1&quot; 必须以 &quot;%2.&quot; 开头</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot;</source>
        <translation>ID &quot;%1&quot; 重复</translation>
    </message>
    <message>
        <source>condition nested too deeply</source>
        <translation>条件嵌套过深</translation>
    </message>
    <message>
        <source>expected at least one condition</source>
        <translation>至少需要一个条件</translation>
    </message>
    <message>
        <source>expected &quot;source&quot; or &quot;target&quot;, found &quot;%1&quot;</source>
        <translation>应为 &quot;source&quot; 或 &quot;target&quot;，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected exactly one operator of equals, notEquals, in, contains, atLeast, below</source>
        <translation>应恰好有一个运算符：equals、notEquals、in、contains、atLeast、below</translation>
    </message>
    <message>
        <source>expected an array of values</source>
        <translation>应为值的数组</translation>
    </message>
    <message>
        <source>expected &quot;product&quot; or &quot;node&quot;, found &quot;%1&quot;</source>
        <translation>应为 &quot;product&quot;（产品）或 &quot;node&quot;（节点），实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected one of bool, enum, set, port, int; found &quot;%1&quot;</source>
        <translation>应为 bool、enum、set、port（端口）、int 之一；实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>missing (an enum or set option lists its values)</source>
        <translation>缺少（enum 或 set 选项须列出其取值）</translation>
    </message>
    <message>
        <source>duplicate value &quot;%1&quot;</source>
        <translation>值 &quot;%1&quot; 重复</translation>
    </message>
    <message>
        <source>choices are only for port options</source>
        <translation>choices 仅用于端口选项</translation>
    </message>
    <message>
        <source>expected a port number 1-65535</source>
        <translation>应为 1-65535 的端口号</translation>
    </message>
    <message>
        <source>only node options name components</source>
        <translation>只有节点选项才能指定组件</translation>
    </message>
    <message>
        <source>missing (every option has a default)</source>
        <translation>缺少（每个选项都须有默认值）</translation>
    </message>
    <message>
        <source>empty item in port list &quot;%1&quot;</source>
        <translation>端口列表 &quot;%1&quot; 中有空项</translation>
    </message>
    <message>
        <source>offset %1 is too large</source>
        <translation>偏移量 %1 过大</translation>
    </message>
    <message>
        <source>expected &quot;portolan-catalog&quot;, found &quot;%1&quot;</source>
        <translation>应为 &quot;portolan-catalog&quot;，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>catalog format version %1 is newer than this Portolan understands (%2); update Portolan</source>
        <translation>产品目录格式版本 %1 高于此 Portolan 能识别的版本（%2）；请更新 Portolan</translation>
    </message>
    <message>
        <source>version must be 1 or later</source>
        <translation>版本必须为 1 或更高</translation>
    </message>
    <message>
        <source>missing (expected the product object)</source>
        <translation>缺少（应为产品对象）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid product id (lower-case letters, digits, -)</source>
        <translation>&quot;%1&quot; 不是有效的产品 ID（小写字母、数字、-）</translation>
    </message>
    <message>
        <source>expected one of %1; found &quot;%2&quot;</source>
        <translation>应为以下之一：%1；实际为 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>expected tcp, udp, icmp or tcp+udp; found &quot;%1&quot;</source>
        <translation>应为 tcp、udp、icmp 或 tcp+udp；实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected &quot;network&quot; or &quot;host&quot;, found &quot;%1&quot;</source>
        <translation>应为 &quot;network&quot; 或 &quot;host&quot;，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>icmp has no ports</source>
        <translation>icmp 没有端口</translation>
    </message>
    <message>
        <source>missing (tcp and udp services need ports)</source>
        <translation>缺少（tcp 和 udp 服务需要端口）</translation>
    </message>
    <message>
        <source>a rule names at least one service</source>
        <translation>规则至少须指定一个服务</translation>
    </message>
    <message>
        <source>expected error, warning or note; found &quot;%1&quot;</source>
        <translation>应为 error、warning 或 note；实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected &quot;crossing&quot; or &quot;always&quot;, found &quot;%1&quot;</source>
        <translation>应为 &quot;crossing&quot; 或 &quot;always&quot;，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>catalog directory does not exist</source>
        <translation>产品目录文件夹不存在</translation>
    </message>
    <message>
        <source>too many catalog files (%1, at most %2)</source>
        <translation>产品目录文件过多（%1 个，最多 %2 个）</translation>
    </message>
    <message>
        <source>no component type has tag &quot;%1&quot;</source>
        <translation>没有组件类型带有标签 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown component type &quot;%1&quot;</source>
        <translation>未知组件类型 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>未知选项 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a service condition reads the listening node; &quot;node&quot; is only for rules</source>
        <translation>服务条件读取的是监听节点；&quot;node&quot; 仅用于规则</translation>
    </message>
    <message>
        <source>use &quot;contains&quot; with set option %1</source>
        <translation>对 set 选项 %1 请使用 &quot;contains&quot;</translation>
    </message>
    <message>
        <source>&quot;contains&quot; needs a set option; %1 is not one</source>
        <translation>&quot;contains&quot; 需要 set 选项；%1 不是</translation>
    </message>
    <message>
        <source>expected a version string or a number</source>
        <translation>应为版本字符串或数字</translation>
    </message>
    <message>
        <source>unknown port parameter &quot;%1&quot;</source>
        <translation>未知端口参数 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot; is not a port option</source>
        <translation>参数 &quot;%1&quot; 不是端口选项</translation>
    </message>
    <message>
        <source>port %1 is outside 1-65535</source>
        <translation>端口 %1 超出 1-65535 范围</translation>
    </message>
    <message>
        <source>duplicate component id &quot;%1&quot; (also in %2)</source>
        <translation>组件 ID &quot;%1&quot; 重复（%2 中也有）</translation>
    </message>
    <message>
        <source>unknown service &quot;%1&quot;</source>
        <translation>未知服务 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>target type &quot;%1&quot; listens on none of the rule&apos;s services</source>
        <translation>目标类型 &quot;%1&quot; 不监听该规则的任何服务</translation>
    </message>
    <message>
        <source>bidirectional rule: source type &quot;%1&quot; listens on none of the rule&apos;s services</source>
        <translation>双向规则：源类型 &quot;%1&quot; 不监听该规则的任何服务</translation>
    </message>
    <message>
        <source>unknown advisory &quot;%1&quot;</source>
        <translation>未知建议 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected an array of %1 numbers</source>
        <translation>应为包含 %1 个数字的数组</translation>
    </message>
    <message>
        <source>expected a number between -10000000 and 10000000, found %1</source>
        <translation>应为 -10000000 到 10000000 之间的数字，实际为%1</translation>
    </message>
    <message>
        <source>design format version %1 is not a known Portolan version</source>
        <translation>设计格式版本 %1 不是已知的 Portolan 版本</translation>
    </message>
    <message>
        <source>width and height must not be negative</source>
        <translation>宽度和高度不能为负数</translation>
    </message>
    <message>
        <source>expected a port list such as &quot;8080&quot; or &quot;9000-9010&quot;, found %1</source>
        <translation>应为端口列表，例如 &quot;8080&quot; 或 &quot;9000-9010&quot;，实际为%1</translation>
    </message>
    <message>
        <source>empty port list</source>
        <translation>端口列表为空</translation>
    </message>
    <message>
        <source>expected &quot;portolan-design&quot;, found &quot;%1&quot;</source>
        <translation>应为 &quot;portolan-design&quot;，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>design format version %1 is newer than this Portolan supports (version %2); open it with a newer Portolan</source>
        <translation>设计格式版本 %1 高于此 Portolan 支持的版本（版本 %2）；请用更新版本的 Portolan 打开</translation>
    </message>
    <message>
        <source>zone id is empty</source>
        <translation>区域 ID 为空</translation>
    </message>
    <message>
        <source>duplicate zone id &quot;%1&quot;</source>
        <translation>区域 ID &quot;%1&quot; 重复</translation>
    </message>
    <message>
        <source>unknown parent zone &quot;%1&quot;</source>
        <translation>未知父区域 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>zone &quot;%1&quot; is its own ancestor (parent cycle)</source>
        <translation>区域 &quot;%1&quot; 是它自己的上级（父区域循环）</translation>
    </message>
    <message>
        <source>node id is empty</source>
        <translation>节点 ID 为空</translation>
    </message>
    <message>
        <source>duplicate node id &quot;%1&quot;</source>
        <translation>节点 ID &quot;%1&quot; 重复</translation>
    </message>
    <message>
        <source>unknown zone &quot;%1&quot;</source>
        <translation>未知区域 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>component type %1 has no option &quot;%2&quot;</source>
        <translation>组件类型 %1 没有选项 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>component type %1 does not listen on service &quot;%2&quot;</source>
        <translation>组件类型 %1 不监听服务 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>unknown node &quot;%1&quot;</source>
        <translation>未知节点 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a link joins two different nodes</source>
        <translation>关联必须连接两个不同的节点</translation>
    </message>
    <message>
        <source>expected tcp, udp or icmp, found &quot;%1&quot;</source>
        <translation>应为 tcp、udp 或 icmp，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>tcp and udp flows need ports</source>
        <translation>tcp 和 udp 连接需要端口</translation>
    </message>
    <message>
        <source>unknown product &quot;%1&quot;</source>
        <translation>未知产品 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>product %1 has no option &quot;%2&quot;</source>
        <translation>产品 %1 没有选项 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>string is too long (%1 bytes, at most %2)</source>
        <translation>字符串过长（%1 字节，最多 %2）</translation>
    </message>
    <message>
        <source>too many elements (%1, at most %2)</source>
        <translation>元素过多（%1 个，最多 %2 个）</translation>
    </message>
    <message>
        <source>file is too large (%1 bytes, at most %2)</source>
        <translation>文件过大（%1 字节，最多 %2）</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>无效的 JSON：%1</translation>
    </message>
    <message>
        <source>is a directory, not a file</source>
        <translation>是目录，不是文件</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>应为对象，实际为%1</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>应为数组，实际为%1</translation>
    </message>
    <message>
        <source>missing (expected a string)</source>
        <translation>缺少（应为字符串）</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>应为字符串，实际为%1</translation>
    </message>
    <message>
        <source>missing (expected true or false)</source>
        <translation>缺少（应为 true 或 false）</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>应为 true 或 false，实际为%1</translation>
    </message>
    <message>
        <source>missing (expected an integer)</source>
        <translation>缺少（应为整数）</translation>
    </message>
    <message>
        <source>expected an integer, found %1</source>
        <translation>应为整数，实际为%1</translation>
    </message>
    <message>
        <source>missing (expected a string or an array of strings)</source>
        <translation>缺少（应为字符串或字符串数组）</translation>
    </message>
    <message>
        <source>expected a string or an array of strings, found %1</source>
        <translation>应为字符串或字符串数组，实际为%1</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>an unsupported value</source>
        <translation>不支持的值</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port or port range</source>
        <translation>&quot;%1&quot; 不是端口或端口范围</translation>
    </message>
    <message>
        <source>range %1 is backwards (first port above last)</source>
        <translation>范围 %1 顺序颠倒（起始端口大于结束端口）</translation>
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
    <message>
        <source>unknown product &quot;%1&quot;</source>
        <translation>未知产品“%1”</translation>
    </message>
    <message>
        <source>component type &quot;%1&quot; is ambiguous (%2); add a product column</source>
        <translation>组件类型“%1”有歧义（%2）；请添加产品列</translation>
    </message>
    <message>
        <source>unknown component type &quot;%1&quot;</source>
        <translation>未知组件类型“%1”</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>line %1: the header needs a component type column (type, component type) and a host or name column; found: %2</source>
        <translation>第 %1 行：表头需要一个组件类型列（type、component type）和一个主机或名称列；实际为：%2</translation>
    </message>
    <message>
        <source>a value is longer than 4096 bytes</source>
        <translation>某个值超过 4096 字节</translation>
    </message>
    <message>
        <source>no host or name</source>
        <translation>缺少主机或名称</translation>
    </message>
    <message>
        <source>no component type</source>
        <translation>缺少组件类型</translation>
    </message>
    <message>
        <source>duplicate of line %1 (same host and component type)</source>
        <translation>与第 %1 行重复（主机和组件类型相同）</translation>
    </message>
    <message>
        <source>the imported design does not validate</source>
        <translation>导入的设计未通过校验</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>比较基准</translation>
    </message>
    <message>
        <source>Delta firewall change request</source>
        <translation>防火墙变更申请（增量）</translation>
    </message>
    <message>
        <source>No firewall rule changes: nothing to open or close.</source>
        <translation>防火墙规则无变更：无需开通或关闭。</translation>
    </message>
    <message>
        <source>Only the changes since the compared revision: %1 rules to open and %2 rules to close. Rules of flows that did not change are not listed.</source>
        <translation>仅列出自比较版本以来的变更：需开通 %1 条规则，需关闭 %2 条规则。未变更的连接的规则不在此列出。</translation>
    </message>
    <message>
        <source>Rules to open</source>
        <translation>需开通的规则</translation>
    </message>
    <message>
        <source>Rules to close</source>
        <translation>需关闭的规则</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
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
    <name>portolan::gui::CompareActions</name>
    <message>
        <source>Compare &amp;With...</source>
        <translation>与版本比较(&amp;W)...</translation>
    </message>
    <message>
        <source>Show what changed since an older revision of this design, on the canvas and in the port matrix</source>
        <translation>在画布和端口矩阵中显示自本设计旧版本以来的变更</translation>
    </message>
    <message>
        <source>C&amp;lear Comparison</source>
        <translation>清除比较(&amp;L)</translation>
    </message>
    <message>
        <source>Export &amp;Delta Request...</source>
        <translation>导出增量申请(&amp;D)...</translation>
    </message>
    <message>
        <source>Write only the firewall rules to open and to close since the compared revision (PDF or CSV)</source>
        <translation>仅导出自比较版本以来需开通和需关闭的防火墙规则（PDF 或 CSV）</translation>
    </message>
    <message>
        <source>Import &amp;Inventory...</source>
        <translation>导入资产清单(&amp;I)...</translation>
    </message>
    <message>
        <source>Make a new design from an inventory (CMDB) CSV: host, address, zone, component type</source>
        <translation>从资产清单（CMDB）CSV 新建设计：主机、地址、区域、组件类型</translation>
    </message>
    <message>
        <source>Comparing with %1</source>
        <translation>正在与 %1 比较</translation>
    </message>
    <message>
        <source>No comparison. Use File &gt; Compare With... to see what changed since an older revision of this design.</source>
        <translation>当前没有比较。使用“文件 &gt; 与版本比较...”查看自本设计旧版本以来的变更。</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation>变更（%1）</translation>
    </message>
    <message>
        <source>There is no comparison: use File &gt; Compare With... first.</source>
        <translation>当前没有比较：请先使用“文件 &gt; 与版本比较...”。</translation>
    </message>
    <message>
        <source>The file is too large (%1 MB; at most 64 MB).</source>
        <translation>文件过大（%1 MB；最大 64 MB）。</translation>
    </message>
    <message>
        <source>Import Inventory</source>
        <translation>导入资产清单</translation>
    </message>
    <message>
        <source>The inventory &quot;%1&quot; cannot be read: %2</source>
        <translation>无法读取资产清单“%1”：%2</translation>
    </message>
    <message>
        <source>Imported %1 nodes from %2</source>
        <translation>已从 %2 导入 %1 个节点</translation>
    </message>
    <message>
        <source>Compare With Revision</source>
        <translation>与版本比较</translation>
    </message>
    <message>
        <source>The revision &quot;%1&quot; could not be read.</source>
        <translation>无法读取版本“%1”。</translation>
    </message>
    <message>
        <source>Delta request PDF (*.pdf)</source>
        <translation>增量申请 PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Delta request CSV (*.csv)</source>
        <translation>增量申请 CSV (*.csv)</translation>
    </message>
    <message>
        <source>delta-request</source>
        <translation>增量申请</translation>
    </message>
    <message>
        <source>Export Delta Request</source>
        <translation>导出增量申请</translation>
    </message>
    <message>
        <source>Delta request written to %1</source>
        <translation>增量申请已写入 %1</translation>
    </message>
    <message>
        <source>The delta request could not be written to &quot;%1&quot;: %2</source>
        <translation>无法将增量申请写入“%1”：%2</translation>
    </message>
    <message>
        <source>Inventory CSV (*.csv *.txt);;All files (*)</source>
        <translation>资产清单 CSV (*.csv *.txt);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>portolan::gui::CompareBanner</name>
    <message>
        <source>Nodes: %1 added, %2 removed, %3 changed</source>
        <translation>节点：新增 %1 个，删除 %2 个，变更 %3 个</translation>
    </message>
    <message>
        <source>Flows: %1 added, %2 removed, %3 changed</source>
        <translation>连接：新增 %1 条，删除 %2 条，变更 %3 条</translation>
    </message>
    <message>
        <source>Firewall rules: %1 to open, %2 to close</source>
        <translation>防火墙规则：需开通 %1 条，需关闭 %2 条</translation>
    </message>
    <message>
        <source>Compared with %1</source>
        <translation>与 %1 比较</translation>
    </message>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已变更</translation>
    </message>
</context>
<context>
    <name>portolan::gui::CompareSession</name>
    <message>
        <source>current design</source>
        <translation>当前设计</translation>
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
    <name>portolan::gui::DiffOverlay</name>
    <message>
        <source>Removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Removed since %1: %2 (%3)</source>
        <translation>自 %1 以来已删除：%2（%3）</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>变更：%1</translation>
    </message>
    <message>
        <source>Removed since %1: %2 → %3, %4</source>
        <translation>自 %1 以来已删除：%2 → %3，%4</translation>
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
    <name>portolan::gui::ExportActions</name>
    <message>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Firewall Request (PDF)...</source>
        <translation>防火墙开通申请（PDF）(&amp;F)...</translation>
    </message>
    <message>
        <source>Diagram as &amp;SVG...</source>
        <translation>拓扑图为 SVG(&amp;S)...</translation>
    </message>
    <message>
        <source>Diagram as &amp;PNG...</source>
        <translation>拓扑图为 PNG(&amp;P)...</translation>
    </message>
    <message>
        <source>Port Matrix as &amp;CSV...</source>
        <translation>端口矩阵为 CSV(&amp;C)...</translation>
    </message>
    <message>
        <source>&amp;Workbook (XLSX)...</source>
        <translation>工作簿（XLSX）(&amp;W)...</translation>
    </message>
    <message>
        <source>This build of Portolan cannot write XLSX (built without libxlsxwriter).</source>
        <translation>此版本的 Portolan 无法写入 XLSX（构建时未包含 libxlsxwriter）。</translation>
    </message>
    <message>
        <source>&amp;Verification Scripts...</source>
        <translation>连通性验证脚本(&amp;V)...</translation>
    </message>
    <message>
        <source>A script per source host that checks the ports its flows need</source>
        <translation>为每台源主机生成一个脚本，检查其连接所需的端口是否可达</translation>
    </message>
    <message>
        <source>Firewall &amp;Rule Snippets...</source>
        <translation>防火墙规则片段(&amp;R)...</translation>
    </message>
    <message>
        <source>Accept rules per firewall for nftables, iptables and Cisco ASA</source>
        <translation>按防火墙生成 nftables、iptables 和 Cisco ASA 的放行规则</translation>
    </message>
    <message>
        <source>Print Pre&amp;view...</source>
        <translation>打印预览(&amp;V)...</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>打印(&amp;P)...</translation>
    </message>
    <message>
        <source>Zone to Zone</source>
        <translation>区域间矩阵</translation>
    </message>
    <message>
        <source>What must be open from each zone (rows) to each zone (columns)</source>
        <translation>从各区域（行）到各区域（列）需要开放的协议和端口</translation>
    </message>
    <message>
        <source>No file name was given.</source>
        <translation>未指定文件名。</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1 是一个文件夹，请选择文件名。</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 页</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 像素</translation>
    </message>
    <message>
        <source>Nothing could be produced for %1.</source>
        <translation>无法为 %1 生成任何内容。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>No flow leaves a host: there is nothing to verify.</source>
        <translation>没有离开主机的连接，无需验证。</translation>
    </message>
    <message>
        <source>No flow crosses a firewall: there is no rule to write.</source>
        <translation>没有穿越防火墙的连接，无需生成规则。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation>%1 个文件</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>Exported %1 (%2)</source>
        <translation>已导出 %1（%2）</translation>
    </message>
    <message>
        <source>Exported with Warnings</source>
        <translation>已导出（有警告）</translation>
    </message>
    <message>
        <source>%1 was written; check these points before using it.</source>
        <translation>已写入 %1；使用前请检查以下各项。</translation>
    </message>
    <message>
        <source>The design is unchanged.</source>
        <translation>设计未做任何更改。</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
    <message>
        <source>Print Preview: Firewall Request</source>
        <translation>打印预览：防火墙开通申请</translation>
    </message>
    <message>
        <source>Printing Failed</source>
        <translation>打印失败</translation>
    </message>
    <message>
        <source>Printed %1 pages to %2</source>
        <translation>已打印 %1 页到 %2</translation>
    </message>
</context>
<context>
    <name>portolan::gui::ExportDialog</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 像素</translation>
    </message>
    <message>
        <source>Export Firewall Request as PDF</source>
        <translation>导出防火墙开通申请（PDF）</translation>
    </message>
    <message>
        <source>Export Diagram as SVG</source>
        <translation>导出拓扑图为 SVG</translation>
    </message>
    <message>
        <source>Export Diagram as PNG</source>
        <translation>导出拓扑图为 PNG</translation>
    </message>
    <message>
        <source>Export Port Matrix as CSV</source>
        <translation>导出端口矩阵为 CSV</translation>
    </message>
    <message>
        <source>Export Workbook (XLSX)</source>
        <translation>导出工作簿（XLSX）</translation>
    </message>
    <message>
        <source>Export Verification Scripts</source>
        <translation>导出连通性验证脚本</translation>
    </message>
    <message>
        <source>Export Firewall Rule Snippets</source>
        <translation>导出防火墙规则片段</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>文件夹(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>浏览(&amp;B)...</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Both (%1 + %2)</source>
        <translation>双语（%1 + %2）</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>纸张(&amp;P)：</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>美国信纸（Letter）</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>方向(&amp;O)：</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <source>&amp;Complete: the firewall sections and an appendix with all flows</source>
        <translation>完整(&amp;C)：各防火墙章节及包含全部连接的附录</translation>
    </message>
    <message>
        <source>Firewall c&amp;rossings only (no appendix of all flows)</source>
        <translation>仅穿越防火墙的连接(&amp;R)（不含全部连接附录）</translation>
    </message>
    <message>
        <source>Include the network &amp;diagram</source>
        <translation>包含网络拓扑图(&amp;D)</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <source>&amp;Whole design</source>
        <translation>整个设计(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Visible area of the canvas</source>
        <translation>画布的可见区域(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>宽度(&amp;W)：</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>&amp;Resolution (dpi):</source>
        <translation>分辨率 (dpi)(&amp;R)：</translation>
    </message>
    <message>
        <source>Flows:</source>
        <translation>连接：</translation>
    </message>
    <message>
        <source>&amp;Only flows that cross a firewall on the sheet of all flows</source>
        <translation>“全部连接”工作表中仅列出穿越防火墙的连接(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Only flows that cross a firewall</source>
        <translation>仅穿越防火墙的连接(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Timeout per check:</source>
        <translation>每项检查超时(&amp;T)：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
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
    <name>portolan::gui::InventoryDialog</name>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组件</translation>
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
        <source>Import Inventory - %1</source>
        <translation>导入资产清单 - %1</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>无法导入该文件：%1</translation>
    </message>
    <message>
        <source>%1 of %2 rows imported: %3 nodes in %4 zones.</source>
        <translation>已导入 %2 行中的 %1 行：%4 个区域中的 %3 个节点。</translation>
    </message>
    <message>
        <source>%1 rows skipped (below).</source>
        <translation>跳过 %1 行（见下）。</translation>
    </message>
    <message>
        <source>Nothing to open.</source>
        <translation>没有可打开的内容。</translation>
    </message>
    <message>
        <source>Open as New Design</source>
        <translation>作为新设计打开</translation>
    </message>
    <message>
        <source>Skipped rows and other problems:</source>
        <translation>跳过的行及其他问题：</translation>
    </message>
    <message>
        <source>Nodes to create:</source>
        <translation>将创建的节点：</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
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
    <message numerus="yes">
        <source>Opened %1; the other %n dropped files were not opened.</source>
        <translation>
            <numerusform>已打开 %1；拖入的其余 %n 个文件未打开。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portolan::gui::MatrixModel</name>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>变更：%1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
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
<context>
    <name>portolan::gui::ZoneMatrixModel</name>
    <message>
        <source>Nothing to open from %1 to %2</source>
        <translation>从 %1 到 %2 无需开放任何端口</translation>
    </message>
    <message>
        <source>From %1 to %2:</source>
        <translation>从 %1 到 %2：</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>到 %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>从 %1</translation>
    </message>
</context>
<context>
    <name>portolan::gui::ZoneMatrixPanel</name>
    <message>
        <source>Firewall crossings only</source>
        <translation>仅穿越防火墙的连接</translation>
    </message>
    <message>
        <source>Count only flows that cross a firewall, as the firewall request does; otherwise every flow between different hosts</source>
        <translation>与防火墙开通申请一样，只统计穿越防火墙的连接；否则统计不同主机之间的全部连接</translation>
    </message>
    <message>
        <source>No flow crosses a firewall.</source>
        <translation>没有穿越防火墙的连接。</translation>
    </message>
    <message>
        <source>No flows between hosts.</source>
        <translation>主机之间没有连接。</translation>
    </message>
</context>
</TS>
