// The reports of a design diff: text for a terminal, CSV change list, JSON, delta request CSV.
#include "diff.h"

#include "support.h"

#include "engine/messages.h"
#include "export/csvwriter.h"

namespace portolan::beyond {

using namespace portolan::core;
using ojson = nlohmann::ordered_json;

namespace {

QString msg(const char *source, Language lang)
{
    return Messages::text(source, lang);
}

QString none(Language lang)
{
    return msg(QT_TRANSLATE_NOOP("Messages", "(none)"), lang);
}

QString orNone(const QString &s, Language lang)
{
    return s.isEmpty() ? none(lang) : s;
}

QString fieldLabel(const QString &field, Language lang)
{
    static const std::map<QString, const char *> labels = {
            {QStringLiteral("name"), QT_TRANSLATE_NOOP("Messages", "name")},
            {QStringLiteral("type"), QT_TRANSLATE_NOOP("Messages", "type")},
            {QStringLiteral("zone"), QT_TRANSLATE_NOOP("Messages", "zone")},
            {QStringLiteral("host"), QT_TRANSLATE_NOOP("Messages", "host")},
            {QStringLiteral("address"), QT_TRANSLATE_NOOP("Messages", "address")},
            {QStringLiteral("options"), QT_TRANSLATE_NOOP("Messages", "options")},
            {QStringLiteral("protocol"), QT_TRANSLATE_NOOP("Messages", "protocol")},
            {QStringLiteral("ports"), QT_TRANSLATE_NOOP("Messages", "ports")},
            {QStringLiteral("services"), QT_TRANSLATE_NOOP("Messages", "services")},
            {QStringLiteral("firewalls"), QT_TRANSLATE_NOOP("Messages", "firewalls")},
            {QStringLiteral("local"), QT_TRANSLATE_NOOP("Messages", "same host")},
            {QStringLiteral("source-address"), QT_TRANSLATE_NOOP("Messages", "source address")},
            {QStringLiteral("target-address"), QT_TRANSLATE_NOOP("Messages", "target address")},
            {QStringLiteral("purpose"), QT_TRANSLATE_NOOP("Messages", "purpose")},
    };
    const auto it = labels.find(field);
    return it == labels.end() ? field : msg(it->second, lang);
}

QString changeName(int kind) // NodeChange::Kind and FlowChange::Kind share their order
{
    static const char *names[] = {"added", "removed", "changed"};
    return QString::fromLatin1(names[kind]);
}

QString actionName(DeltaRule::Action a)
{
    return a == DeltaRule::Action::Open ? QStringLiteral("open") : QStringLiteral("close");
}

QString reasonName(DeltaRule::Reason r)
{
    static const char *names[] = {"added", "removed", "ports", "route", "address", "protocol"};
    return QString::fromLatin1(names[int(r)]);
}

QString portOverrides(const Node &n)
{
    QStringList items;
    for (const auto &[service, ports] : n.ports)
        items << service + QLatin1Char('=') + ports;
    return items.join(QStringLiteral(", "));
}

QString protoPorts(Protocol p, const PortSet &ports)
{
    const QString proto = protocolName(p).toUpper();
    return ports.isEmpty() ? proto : proto + QLatin1Char(' ') + ports.toString();
}

} // namespace

DiffReport::DiffReport(const Revision &older, const Revision &newer, const DesignDiff &diff,
                       const CatalogSet &catalogs, Language lang)
    : m_old(older)
    , m_new(newer)
    , m_diff(diff)
    , m_catalogs(catalogs)
    , m_lang(lang)
{
}

QString DiffReport::reasonText(DeltaRule::Reason reason, Language lang)
{
    switch (reason) {
    case DeltaRule::Reason::Added:
        return msg(QT_TRANSLATE_NOOP("Messages", "new flow"), lang);
    case DeltaRule::Reason::Removed:
        return msg(QT_TRANSLATE_NOOP("Messages", "flow removed"), lang);
    case DeltaRule::Reason::Ports:
        return msg(QT_TRANSLATE_NOOP("Messages", "ports changed"), lang);
    case DeltaRule::Reason::Route:
        return msg(QT_TRANSLATE_NOOP("Messages", "firewalls crossed changed"), lang);
    case DeltaRule::Reason::Address:
        return msg(QT_TRANSLATE_NOOP("Messages", "address changed"), lang);
    case DeltaRule::Reason::Protocol:
        return msg(QT_TRANSLATE_NOOP("Messages", "protocol changed"), lang);
    }
    return QString();
}

QString DiffReport::fieldText(const QString &field, Language lang)
{
    return fieldLabel(field, lang);
}

QString DiffReport::flowField(const Revision &rev, const Flow &f, const QString &field) const
{
    if (field == QLatin1String("protocol"))
        return protocolName(f.protocol).toUpper();
    if (field == QLatin1String("ports"))
        return orNone(f.ports.toString(), m_lang);
    if (field == QLatin1String("services"))
        return Messages::flowServices(f, m_catalogs, m_lang);
    if (field == QLatin1String("firewalls"))
        return orNone(f.firewalls.join(QStringLiteral(", ")), m_lang); // "→" means old → new
    if (field == QLatin1String("local"))
        return f.local ? msg(QT_TRANSLATE_NOOP("Messages", "yes"), m_lang)
                       : msg(QT_TRANSLATE_NOOP("Messages", "no"), m_lang);
    if (field == QLatin1String("source-address"))
        return orNone(oneLine(rev.node(f.source).address), m_lang);
    if (field == QLatin1String("target-address"))
        return orNone(oneLine(rev.node(f.target).address), m_lang);
    if (field == QLatin1String("purpose"))
        return oneLine(Messages::flowPurpose(f, m_catalogs, m_lang));
    return QString();
}

QString DiffReport::nodeField(const Revision &rev, int node, const QString &field) const
{
    const Node &n = rev.node(node);
    if (field == QLatin1String("name"))
        return nodeName(n);
    if (field == QLatin1String("type"))
        return n.type;
    if (field == QLatin1String("zone")) {
        const QString z = zoneName(*rev.design, n.zone);
        return z.isEmpty() ? msg(QT_TRANSLATE_NOOP("Messages", "(no zone)"), m_lang) : z;
    }
    if (field == QLatin1String("host"))
        return orNone(oneLine(n.host), m_lang);
    if (field == QLatin1String("address"))
        return orNone(oneLine(n.address), m_lang);
    if (field == QLatin1String("ports"))
        return orNone(portOverrides(n), m_lang);
    if (field == QLatin1String("options"))
        return n.options.empty() ? none(m_lang) : QString::fromStdString(n.options.dump());
    return QString();
}

QString DiffReport::flowLine(const Revision &rev, const Flow &f) const
{
    const Node &s = rev.node(f.source);
    const Node &t = rev.node(f.target);
    QString line = QStringLiteral("%1 \u2192 %2  %3")
                           .arg(nodeName(s), nodeName(t), protoPorts(f.protocol, f.ports));
    if (f.local)
        line += QStringLiteral("  ") + msg(QT_TRANSLATE_NOOP("Messages", "(same host)"), m_lang);
    else if (!f.firewalls.isEmpty())
        line += QStringLiteral("  [") + f.firewalls.join(QStringLiteral(" \u2192 "))
                + QLatin1Char(']');
    const QString purpose = oneLine(Messages::flowPurpose(f, m_catalogs, m_lang));
    if (!purpose.isEmpty())
        line += QStringLiteral("  ") + purpose;
    return line;
}

QString DiffReport::text() const
{
    QString out;
    out += msg(QT_TRANSLATE_NOOP("Messages", "Comparing %1 with %2"), m_lang)
                   .arg(m_old.label, m_new.label)
           + QLatin1Char('\n');
    if (m_diff.isEmpty() && m_diff.delta.empty())
        return out + msg(QT_TRANSLATE_NOOP("Messages", "No differences."), m_lang)
               + QLatin1Char('\n');

    out += QLatin1Char('\n')
           + msg(QT_TRANSLATE_NOOP("Messages", "Nodes: %1 added, %2 removed, %3 changed"), m_lang)
                     .arg(m_diff.count(NodeChange::Kind::Added))
                     .arg(m_diff.count(NodeChange::Kind::Removed))
                     .arg(m_diff.count(NodeChange::Kind::Changed))
           + QLatin1Char('\n');
    for (const NodeChange &c : m_diff.nodes) {
        if (c.kind == NodeChange::Kind::Changed) {
            QStringList parts;
            for (const QString &f : c.fields)
                parts << QStringLiteral("%1 %2 \u2192 %3")
                                 .arg(fieldLabel(f, m_lang), nodeField(m_old, c.oldNode, f),
                                      nodeField(m_new, c.newNode, f));
            out += QStringLiteral("  ~ %1  %2: %3\n")
                           .arg(m_new.node(c.newNode).id, nodeName(m_new.node(c.newNode)),
                                parts.join(QStringLiteral("; ")));
            continue;
        }
        const bool added = c.kind == NodeChange::Kind::Added;
        const Revision &rev = added ? m_new : m_old;
        const int idx = added ? c.newNode : c.oldNode;
        out += QStringLiteral("  %1 %2  %3  [%4]  %5\n")
                       .arg(added ? QLatin1Char('+') : QLatin1Char('-'))
                       .arg(rev.node(idx).id, nodeName(rev.node(idx)), rev.node(idx).type,
                            nodeField(rev, idx, QStringLiteral("zone")));
    }

    out += QLatin1Char('\n')
           + msg(QT_TRANSLATE_NOOP("Messages", "Flows: %1 added, %2 removed, %3 changed"), m_lang)
                     .arg(m_diff.count(FlowChange::Kind::Added))
                     .arg(m_diff.count(FlowChange::Kind::Removed))
                     .arg(m_diff.count(FlowChange::Kind::Changed))
           + QLatin1Char('\n');
    for (const FlowChange &c : m_diff.flows) {
        if (c.kind == FlowChange::Kind::Added) {
            out += QStringLiteral("  + %1  %2\n").arg(c.newFlow->id, flowLine(m_new, *c.newFlow));
        } else if (c.kind == FlowChange::Kind::Removed) {
            out += QStringLiteral("  - %1  %2\n").arg(c.oldFlow->id, flowLine(m_old, *c.oldFlow));
        } else {
            QStringList parts;
            for (const QString &f : c.fields)
                parts << QStringLiteral("%1 %2 \u2192 %3")
                                 .arg(fieldLabel(f, m_lang), flowField(m_old, *c.oldFlow, f),
                                      flowField(m_new, *c.newFlow, f));
            out += QStringLiteral("  ~ %1 \u2192 %2  %3\n      %4\n")
                           .arg(c.oldFlow->id, c.newFlow->id, flowLine(m_new, *c.newFlow),
                                parts.join(QStringLiteral("; ")));
        }
    }

    out += QLatin1Char('\n') + msg(QT_TRANSLATE_NOOP("Messages", "Firewall changes:"), m_lang)
           + QLatin1Char('\n');
    if (m_diff.delta.empty())
        out += QStringLiteral("  ") + msg(QT_TRANSLATE_NOOP("Messages", "none"), m_lang)
               + QLatin1Char('\n');
    QString current;
    for (const DeltaRule &r : m_diff.delta) {
        if (r.firewall != current) {
            current = r.firewall;
            out += QStringLiteral("  ") + current + QLatin1Char('\n');
        }
        const Revision &rev = r.action == DeltaRule::Action::Open ? m_new : m_old;
        const Node &s = rev.node(r.flow->source);
        const Node &t = rev.node(r.flow->target);
        const QString action = r.action == DeltaRule::Action::Open
                                       ? msg(QT_TRANSLATE_NOOP("Messages", "open"), m_lang)
                                       : msg(QT_TRANSLATE_NOOP("Messages", "close"), m_lang);
        out += QStringLiteral("    %1  %2  %3 (%4) \u2192 %5 (%6)  [%7, %8]\n")
                       .arg(action.leftJustified(5), protoPorts(r.flow->protocol, r.ports),
                            nodeName(s), orNone(oneLine(s.address), m_lang), nodeName(t),
                            orNone(oneLine(t.address), m_lang), r.flow->id,
                            reasonText(r.reason, m_lang));
    }
    return out;
}

QByteArray DiffReport::changesCsv(bool bom) const
{
    const QStringList headers = {msg(QT_TRANSLATE_NOOP("Messages", "Change"), m_lang),
                                 msg(QT_TRANSLATE_NOOP("Messages", "Item"), m_lang),
                                 msg(QT_TRANSLATE_NOOP("Messages", "Old id"), m_lang),
                                 msg(QT_TRANSLATE_NOOP("Messages", "New id"), m_lang),
                                 msg(QT_TRANSLATE_NOOP("Messages", "Source"), m_lang),
                                 msg(QT_TRANSLATE_NOOP("Messages", "Target"), m_lang),
                                 msg(QT_TRANSLATE_NOOP("Messages", "Protocol"), m_lang),
                                 msg(QT_TRANSLATE_NOOP("Messages", "Ports"), m_lang),
                                 msg(QT_TRANSLATE_NOOP("Messages", "Firewalls crossed"), m_lang),
                                 msg(QT_TRANSLATE_NOOP("Messages", "Field"), m_lang),
                                 msg(QT_TRANSLATE_NOOP("Messages", "Old value"), m_lang),
                                 msg(QT_TRANSLATE_NOOP("Messages", "New value"), m_lang)};
    std::vector<QStringList> rows;
    for (const NodeChange &c : m_diff.nodes) {
        const QString kind = changeName(int(c.kind));
        const QString node = msg(QT_TRANSLATE_NOOP("Messages", "node"), m_lang);
        const QString oldId = c.oldNode >= 0 ? m_old.node(c.oldNode).id : QString();
        const QString newId = c.newNode >= 0 ? m_new.node(c.newNode).id : QString();
        const QString name = c.newNode >= 0 ? nodeName(m_new.node(c.newNode))
                                            : nodeName(m_old.node(c.oldNode));
        if (c.kind != NodeChange::Kind::Changed) {
            rows.push_back({kind, node, oldId, newId, name, {}, {}, {}, {}, {}, {}, {}});
            continue;
        }
        for (const QString &f : c.fields)
            rows.push_back({kind,
                            node,
                            oldId,
                            newId,
                            name,
                            {},
                            {},
                            {},
                            {},
                            f,
                            nodeField(m_old, c.oldNode, f),
                            nodeField(m_new, c.newNode, f)});
    }
    for (const FlowChange &c : m_diff.flows) {
        const Revision &rev = c.newFlow ? m_new : m_old;
        const Flow &f = c.newFlow ? *c.newFlow : *c.oldFlow;
        const QStringList base = {changeName(int(c.kind)),
                                  msg(QT_TRANSLATE_NOOP("Messages", "flow"), m_lang),
                                  c.oldFlow ? c.oldFlow->id : QString(),
                                  c.newFlow ? c.newFlow->id : QString(),
                                  nodeName(rev.node(f.source)),
                                  nodeName(rev.node(f.target)),
                                  protocolName(f.protocol).toUpper(),
                                  f.ports.toString(),
                                  f.firewalls.join(QStringLiteral(" \u2192 "))};
        if (c.kind != FlowChange::Kind::Changed) {
            rows.push_back(base + QStringList{{}, {}, {}});
            continue;
        }
        for (const QString &field : c.fields)
            rows.push_back(base
                           + QStringList{field, flowField(m_old, *c.oldFlow, field),
                                         flowField(m_new, *c.newFlow, field)});
    }
    return CsvWriter::write(headers, rows, {bom, true});
}

QByteArray DiffReport::deltaCsv(bool bom) const
{
    const QStringList headers = {msg(QT_TRANSLATE_NOOP("Messages", "Action"), m_lang),
                                 msg(QT_TRANSLATE_NOOP("Messages", "Firewall"), m_lang),
                                 msg(QT_TRANSLATE_NOOP("Messages", "Flow"), m_lang),
                                 msg(QT_TRANSLATE_NOOP("Messages", "Source zone"), m_lang),
                                 msg(QT_TRANSLATE_NOOP("Messages", "Source"), m_lang),
                                 msg(QT_TRANSLATE_NOOP("Messages", "Source address"), m_lang),
                                 msg(QT_TRANSLATE_NOOP("Messages", "Target zone"), m_lang),
                                 msg(QT_TRANSLATE_NOOP("Messages", "Target"), m_lang),
                                 msg(QT_TRANSLATE_NOOP("Messages", "Target address"), m_lang),
                                 msg(QT_TRANSLATE_NOOP("Messages", "Protocol"), m_lang),
                                 msg(QT_TRANSLATE_NOOP("Messages", "Ports"), m_lang),
                                 msg(QT_TRANSLATE_NOOP("Messages", "Service"), m_lang),
                                 msg(QT_TRANSLATE_NOOP("Messages", "Purpose"), m_lang),
                                 msg(QT_TRANSLATE_NOOP("Messages", "Reason"), m_lang),
                                 msg(QT_TRANSLATE_NOOP("Messages", "Vendor reference"), m_lang)};
    std::vector<QStringList> rows;
    for (const DeltaRow &r : deltaRows())
        rows.push_back({r.actionText, r.firewall, r.flow, r.sourceZone, r.source, r.sourceAddress,
                        r.targetZone, r.target, r.targetAddress, r.protocol, r.ports, r.service,
                        r.purpose, r.reason, r.reference});
    return CsvWriter::write(headers, rows, {bom, true});
}

std::vector<DeltaRow> DiffReport::deltaRows() const
{
    std::vector<DeltaRow> rows;
    rows.reserve(m_diff.delta.size());
    for (const DeltaRule &r : m_diff.delta) {
        const Revision &rev = r.action == DeltaRule::Action::Open ? m_new : m_old;
        const Node &s = rev.node(r.flow->source);
        const Node &t = rev.node(r.flow->target);
        DeltaRow row;
        row.action = r.action;
        row.actionText = r.action == DeltaRule::Action::Open
                ? msg(QT_TRANSLATE_NOOP("Messages", "open"), m_lang)
                : msg(QT_TRANSLATE_NOOP("Messages", "close"), m_lang);
        row.firewall = r.firewall;
        row.flow = r.flow->id;
        row.sourceZone = zoneName(*rev.design, s.zone);
        row.source = nodeName(s);
        row.sourceHost = oneLine(s.host);
        row.sourceAddress = oneLine(s.address);
        row.targetZone = zoneName(*rev.design, t.zone);
        row.target = nodeName(t);
        row.targetHost = oneLine(t.host);
        row.targetAddress = oneLine(t.address);
        row.protocol = protocolName(r.flow->protocol).toUpper();
        row.ports = r.ports.toString();
        row.service = Messages::flowServices(*r.flow, m_catalogs, m_lang);
        row.purpose = oneLine(Messages::flowPurpose(*r.flow, m_catalogs, m_lang));
        row.reason = reasonText(r.reason, m_lang);
        row.reference = Messages::flowReference(*r.flow);
        rows.push_back(std::move(row));
    }
    return rows;
}

ojson DiffReport::flowJson(const Revision &rev, const Flow &f) const
{
    ojson o = ojson::object();
    o["id"] = f.id.toStdString();
    o["source"] = rev.node(f.source).id.toStdString();
    o["sourceName"] = nodeName(rev.node(f.source)).toStdString();
    o["target"] = rev.node(f.target).id.toStdString();
    o["targetName"] = nodeName(rev.node(f.target)).toStdString();
    o["protocol"] = protocolName(f.protocol).toStdString();
    o["ports"] = f.ports.toString().toStdString();
    o["rule"] = f.ruleId.toStdString();
    ojson services = ojson::array();
    for (const QString &s : f.services)
        services.push_back(s.toStdString());
    o["services"] = services;
    o["local"] = f.local;
    o["crossesFirewall"] = f.crossesFirewall;
    ojson fws = ojson::array();
    for (const QString &fw : f.firewalls)
        fws.push_back(fw.toStdString());
    o["firewalls"] = fws;
    return o;
}

ojson DiffReport::json() const
{
    auto revision = [](const Revision &r) {
        ojson o = ojson::object();
        o["label"] = r.label.toStdString();
        o["title"] = r.design->title.toStdString();
        o["revision"] = r.design->meta.revision.toStdString();
        o["flows"] = r.flows->flows.size();
        o["crossing"] = r.flows->crossingCount();
        return o;
    };
    ojson doc = ojson::object();
    doc["old"] = revision(m_old);
    doc["new"] = revision(m_new);
    ojson summary = ojson::object();
    summary["nodesAdded"] = m_diff.count(NodeChange::Kind::Added);
    summary["nodesRemoved"] = m_diff.count(NodeChange::Kind::Removed);
    summary["nodesChanged"] = m_diff.count(NodeChange::Kind::Changed);
    summary["flowsAdded"] = m_diff.count(FlowChange::Kind::Added);
    summary["flowsRemoved"] = m_diff.count(FlowChange::Kind::Removed);
    summary["flowsChanged"] = m_diff.count(FlowChange::Kind::Changed);
    summary["rulesToOpen"]
            = std::count_if(m_diff.delta.begin(), m_diff.delta.end(),
                            [](const DeltaRule &r) { return r.action == DeltaRule::Action::Open; });
    summary["rulesToClose"] = m_diff.delta.size() - summary["rulesToOpen"].get<size_t>();
    doc["summary"] = summary;

    ojson nodes = ojson::array();
    for (const NodeChange &c : m_diff.nodes) {
        const Revision &rev = c.newNode >= 0 ? m_new : m_old;
        const Node &n = rev.node(c.newNode >= 0 ? c.newNode : c.oldNode);
        ojson o = ojson::object();
        o["change"] = changeName(int(c.kind)).toStdString();
        o["node"] = n.id.toStdString();
        o["name"] = n.name.toStdString();
        o["type"] = n.type.toStdString();
        o["zone"] = n.zone.toStdString();
        o["host"] = n.host.toStdString();
        o["address"] = n.address.toStdString();
        if (c.kind == NodeChange::Kind::Changed) {
            const Node &old = m_old.node(c.oldNode);
            const std::map<QString, std::pair<QString, QString>> values
                    = {{QStringLiteral("name"), {old.name, n.name}},
                       {QStringLiteral("type"), {old.type, n.type}},
                       {QStringLiteral("zone"), {old.zone, n.zone}},
                       {QStringLiteral("host"), {old.host, n.host}},
                       {QStringLiteral("address"), {old.address, n.address}},
                       {QStringLiteral("ports"), {portOverrides(old), portOverrides(n)}},
                       {QStringLiteral("options"),
                        {QString::fromStdString(old.options.dump()),
                         QString::fromStdString(n.options.dump())}}};
            ojson changes = ojson::object();
            for (const QString &f : c.fields) {
                const auto &v = values.at(f);
                changes[f.toStdString()]
                        = {{"old", v.first.toStdString()}, {"new", v.second.toStdString()}};
            }
            o["changes"] = changes;
        }
        nodes.push_back(o);
    }
    doc["nodes"] = nodes;

    ojson flows = ojson::array();
    for (const FlowChange &c : m_diff.flows) {
        ojson o = ojson::object();
        o["change"] = changeName(int(c.kind)).toStdString();
        if (c.oldFlow)
            o["old"] = flowJson(m_old, *c.oldFlow);
        if (c.newFlow)
            o["new"] = flowJson(m_new, *c.newFlow);
        if (c.kind == FlowChange::Kind::Changed) {
            ojson changes = ojson::object();
            for (const QString &f : c.fields)
                changes[f.toStdString()] = {{"old", flowField(m_old, *c.oldFlow, f).toStdString()},
                                            {"new", flowField(m_new, *c.newFlow, f).toStdString()}};
            o["changes"] = changes;
        }
        flows.push_back(o);
    }
    doc["flows"] = flows;

    ojson delta = ojson::array();
    for (const DeltaRule &r : m_diff.delta) {
        const Revision &rev = r.action == DeltaRule::Action::Open ? m_new : m_old;
        auto end = [&](int idx) {
            const Node &n = rev.node(idx);
            return ojson{{"node", n.id.toStdString()},
                         {"name", n.name.toStdString()},
                         {"zone", n.zone.toStdString()},
                         {"address", n.address.toStdString()}};
        };
        ojson o = ojson::object();
        o["action"] = actionName(r.action).toStdString();
        o["firewall"] = r.firewall.toStdString();
        o["flow"] = r.flow->id.toStdString();
        o["source"] = end(r.flow->source);
        o["target"] = end(r.flow->target);
        o["protocol"] = protocolName(r.flow->protocol).toStdString();
        o["ports"] = r.ports.toString().toStdString();
        o["reason"] = reasonName(r.reason).toStdString();
        delta.push_back(o);
    }
    doc["delta"] = delta;
    return doc;
}

} // namespace portolan::beyond
