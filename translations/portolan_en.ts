<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AddLinkCommand</name>
    <message>
        <source>Link nodes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddNodeCommand</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddZoneCommand</name>
    <message>
        <source>Add zone %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeNodeCommand</name>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeZoneCommand</name>
    <message>
        <source>Change zone %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clipboard</name>
    <message>
        <source>The clipboard holds no Portolan items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard content is not a Portolan design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no nodes or zones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard content is too large to paste (at most %1 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more problems)</source>
        <translation>
            <numerusform>%1 (and %n more problem)</numerusform>
            <numerusform>%1 (and %n more problems)</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many items on the clipboard (at most %1 nodes and zones, %2 links).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n items</source>
        <translation>
            <numerusform>Delete %n item</numerusform>
            <numerusform>Delete %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Add zone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n items</source>
        <translation>
            <numerusform>Move %n item</numerusform>
            <numerusform>Move %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Resize zone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkItem</name>
    <message>
        <source>Link: narrows which peers the rules pair</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadError</name>
    <message>
        <source>option %1 expects true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option %1 expects one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option %1 expects an array of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option %1 expects values from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option %1 expects a port number 1-65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option %1 expects one of the ports %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option %1 expects an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option %1 expects an integer between %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing (expected {&quot;en&quot;: ..., &quot;zh_CN&quot;: ...})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English text is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese text is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing (every entry cites its vendor document)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cited file name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id (expected &quot;%2.name&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id &quot;%1&quot; must start with &quot;%2.&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>condition nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at least one condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;source&quot; or &quot;target&quot;, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected exactly one operator of equals, notEquals, in, contains, atLeast, below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array of values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;product&quot; or &quot;node&quot;, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one of bool, enum, set, port, int; found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing (an enum or set option lists its values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate value &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choices are only for port options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a port number 1-65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only node options name components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing (every option has a default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty item in port list &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offset %1 is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;portolan-catalog&quot;, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog format version %1 is newer than this Portolan understands (%2); update Portolan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version must be 1 or later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing (expected the product object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid product id (lower-case letters, digits, -)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one of %1; found &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected tcp, udp, icmp or tcp+udp; found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;network&quot; or &quot;host&quot;, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>icmp has no ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing (tcp and udp services need ports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rule names at least one service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected error, warning or note; found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;crossing&quot; or &quot;always&quot;, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog directory does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many catalog files (%1, at most %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no component type has tag &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown component type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a service condition reads the listening node; &quot;node&quot; is only for rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use &quot;contains&quot; with set option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;contains&quot; needs a set option; %1 is not one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a version string or a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown port parameter &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot; is not a port option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1 is outside 1-65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate component id &quot;%1&quot; (also in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown service &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target type &quot;%1&quot; listens on none of the rule&apos;s services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bidirectional rule: source type &quot;%1&quot; listens on none of the rule&apos;s services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown advisory &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array of %1 numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number between -10000000 and 10000000, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>design format version %1 is not a known Portolan version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>width and height must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a port list such as &quot;8080&quot; or &quot;9000-9010&quot;, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty port list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;portolan-design&quot;, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>design format version %1 is newer than this Portolan supports (version %2); open it with a newer Portolan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone id is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate zone id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown parent zone &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone &quot;%1&quot; is its own ancestor (parent cycle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node id is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate node id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown zone &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component type %1 has no option &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component type %1 does not listen on service &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown node &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a link joins two different nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected tcp, udp or icmp, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcp and udp flows need ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown product &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product %1 has no option &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>string is too long (%1 bytes, at most %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many elements (%1, at most %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file is too large (%1 bytes, at most %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a directory, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing (expected a string)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing (expected true or false)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing (expected an integer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an integer, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing (expected a string or an array of strings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string or an array of strings, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unsupported value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port or port range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>range %1 is backwards (first port above last)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flow crosses a firewall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings, %3 notes; %4 flows, %5 crossing a firewall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>firewalls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port conflict on host %1: %2 and %3 both listen on %4 %5 (%6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no %2 to connect to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a port parameter pushes a port beyond 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewalls crossed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advisories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(same host)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewalled zone (tag: firewall)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone without firewall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow through a firewall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall boundary crossed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow inside a zone or between open zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network zones, components and flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall change request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 flows derived, %2 cross a firewall, %3 stay on one host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics: %1 errors, %2 warnings, %3 notes (see Advisories and conflicts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design has errors: resolve them before submitting this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flows to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zones behind it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design has no drawing geometry; the diagram was laid out automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 flows to open. Zones behind this firewall: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advisories and conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No advisories, conflicts or missing peers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix A — All flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every derived flow, including the flows inside a zone and between components on one host, which need no firewall change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design has no flows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix B — Zone-to-zone matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows are source zones, columns target zones; each cell lists the protocols and ports to open from the row&apos;s zone to the column&apos;s zone (flows crossing a firewall), with the flows it comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix C — Components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(outside every zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source zone \ Target zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flow removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ports changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>firewalls crossed changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes: %1 added, %2 removed, %3 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flows: %1 added, %2 removed, %3 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown product &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component type &quot;%1&quot; is ambiguous (%2); add a product column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown component type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the header needs a component type column (type, component type) and a host or name column; found: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is longer than 4096 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no host or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no component type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate of line %1 (same host and component type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the imported design does not validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delta firewall change request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No firewall rule changes: nothing to open or close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the changes since the compared revision: %1 rules to open and %2 rules to close. Rules of flows that did not change are not listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules to close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NodeItem</name>
    <message>
        <source>Host: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveLinkCommand</name>
    <message>
        <source>Remove link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveNodeCommand</name>
    <message>
        <source>Delete node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveZoneCommand</name>
    <message>
        <source>Delete zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete zone %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetProductOptionsCommand</name>
    <message>
        <source>Change product options</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZoneItem</name>
    <message>
        <source>%1
Firewalled by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Not firewalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>firewall</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Topology planner for firewall requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A design (*.portolan) to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::gui::Autosave</name>
    <message>
        <source>cannot create the autosave folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot lock an autosave folder in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::gui::CompareActions</name>
    <message>
        <source>Compare &amp;With...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what changed since an older revision of this design, on the canvas and in the port matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Delta Request...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write only the firewall rules to open and to close since the compared revision (PDF or CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Inventory...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new design from an inventory (CMDB) CSV: host, address, zone, component type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comparison. Use File &gt; Compare With... to see what changed since an older revision of this design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no comparison: use File &gt; Compare With... first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large (%1 MB; at most 64 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inventory &quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 nodes from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare With Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revision &quot;%1&quot; could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delta request PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delta request CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delta-request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Delta Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delta request written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delta request could not be written to &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory CSV (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::gui::CompareBanner</name>
    <message>
        <source>Nodes: %1 added, %2 removed, %3 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flows: %1 added, %2 removed, %3 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall rules: %1 to open, %2 to close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::gui::CompareSession</name>
    <message>
        <source>current design</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::gui::DesignScene</name>
    <message>
        <source>Protocol / ports: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same host: never on a firewall request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewalls: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crosses no firewall</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::gui::DiffOverlay</name>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed since %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed since %1: %2 → %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::gui::Document</name>
    <message>
        <source>Untitled design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::gui::ExportActions</name>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Firewall Request (PDF)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagram as &amp;SVG...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagram as &amp;PNG...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port Matrix as &amp;CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workbook (XLSX)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build of Portolan cannot write XLSX (built without libxlsxwriter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verification Scripts...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A script per source host that checks the ports its flows need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall &amp;Rule Snippets...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept rules per firewall for nftables, iptables and Cisco ASA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone to Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What must be open from each zone (rows) to each zone (columns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing could be produced for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flow leaves a host: there is nothing to verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flow crosses a firewall: there is no rule to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported with Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written; check these points before using it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Preview: Firewall Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed %1 pages to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::gui::ExportDialog</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Firewall Request as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Diagram as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Diagram as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Port Matrix as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Workbook (XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Verification Scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Firewall Rule Snippets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both (%1 + %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Complete: the firewall sections and an appendix with all flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall c&amp;rossings only (no appendix of all flows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the network &amp;diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whole design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visible area of the canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolution (dpi):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Only flows that cross a firewall on the sheet of all flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Only flows that cross a firewall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeout per check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::gui::Inspector</name>
    <message>
        <source>Select a node or a zone to edit it.

Drag components from the palette onto the canvas; draw zones with the zone tool (Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>machine name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to use the catalog&apos;s ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boundary is firewalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>named after the zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n items selected.</source>
        <translation>
            <numerusform>%n item selected.</numerusform>
            <numerusform>%n items selected.</numerusform>
        </translation>
    </message>
    <message>
        <source>(outside every zone)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::gui::InventoryDialog</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Inventory - %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rows imported: %3 nodes in %4 zones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows skipped (below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open as New Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped rows and other problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes to create:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::gui::MainWindow</name>
    <message>
        <source>Some catalogs could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product &amp;Options...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Local Flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;Crossing Flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only flows that cross a firewall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw &amp;Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Portolan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no examples found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the flows of one product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the flows that touch one zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;opened design&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall crossings only (the firewall request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] - Portolan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 nodes  |  %2 flows  |  %3 crossing  |  %4 errors, %5 warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port Matrix (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portolan designs (*.portolan);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design &quot;%1&quot; could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1
The current design is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Save Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design could not be saved to &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>design.portolan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Design As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design &quot;%1&quot; has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paste %n items</source>
        <translation>
            <numerusform>Paste %n item</numerusform>
            <numerusform>Paste %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n items</source>
        <translation>
            <numerusform>Duplicate %n item</numerusform>
            <numerusform>Duplicate %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Align</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Portolan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Portolan %1&lt;/h3&gt;&lt;p&gt;A topology planner for firewall requests.&lt;/p&gt;&lt;p&gt;Place the components of your monitoring products into network zones; Portolan derives every flow they need and marks the ones that cross a firewall.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Recover Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The autosaved design &quot;%1&quot; could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder: %1
The folder is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered &quot;%1&quot; - save it to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Opened %1; the other %n dropped files were not opened.</source>
        <translation>
            <numerusform>Opened %1; the other %n dropped file was not opened.</numerusform>
            <numerusform>Opened %1; the other %n dropped files were not opened.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portolan::gui::MatrixModel</name>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::gui::PaletteWidget</name>
    <message>
        <source>Search components (English or 中文)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::gui::ProblemsModel</name>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::gui::ProductOptionsDialog</name>
    <message>
        <source>Product Options</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::gui::RecoveryDialog</name>
    <message>
        <source>Recover Designs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portolan did not close normally. These designs have changes that were never saved. Recover them to continue where you left off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosaved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(never saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Designs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Discard the unsaved changes of %n design(s)? They cannot be recovered later.</source>
        <translation>
            <numerusform>Discard the unsaved changes of %n design? They cannot be recovered later.</numerusform>
            <numerusform>Discard the unsaved changes of %n designs? They cannot be recovered later.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portolan::gui::ZoneMatrixModel</name>
    <message>
        <source>Nothing to open from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::gui::ZoneMatrixPanel</name>
    <message>
        <source>Firewall crossings only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count only flows that cross a firewall, as the firewall request does; otherwise every flow between different hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flow crosses a firewall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flows between hosts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
