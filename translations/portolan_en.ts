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
        <source>The clipboard content is too large to paste.</source>
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
        <source>Too many items on the clipboard (at most %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no nodes or zones.</source>
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
</TS>
