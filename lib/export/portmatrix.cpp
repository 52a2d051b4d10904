#include "portmatrix.h"

#include "engine/messages.h"

namespace portolan::core {

QString PortMatrix::header(MatrixColumn c, Language lang)
{
    switch (c) {
    case MatrixColumn::Flow: return Messages::text(QT_TRANSLATE_NOOP("Messages", "Flow"), lang);
    case MatrixColumn::Firewall: return Messages::text(QT_TRANSLATE_NOOP("Messages", "Firewall"), lang);
    case MatrixColumn::SourceZone: return Messages::text(QT_TRANSLATE_NOOP("Messages", "Source zone"), lang);
    case MatrixColumn::SourceName: return Messages::text(QT_TRANSLATE_NOOP("Messages", "Source"), lang);
    case MatrixColumn::SourceHost: return Messages::text(QT_TRANSLATE_NOOP("Messages", "Source host"), lang);
    case MatrixColumn::SourceAddress: return Messages::text(QT_TRANSLATE_NOOP("Messages", "Source address"), lang);
    case MatrixColumn::TargetZone: return Messages::text(QT_TRANSLATE_NOOP("Messages", "Target zone"), lang);
    case MatrixColumn::TargetName: return Messages::text(QT_TRANSLATE_NOOP("Messages", "Target"), lang);
    case MatrixColumn::TargetHost: return Messages::text(QT_TRANSLATE_NOOP("Messages", "Target host"), lang);
    case MatrixColumn::TargetAddress: return Messages::text(QT_TRANSLATE_NOOP("Messages", "Target address"), lang);
    case MatrixColumn::Protocol: return Messages::text(QT_TRANSLATE_NOOP("Messages", "Protocol"), lang);
    case MatrixColumn::Ports: return Messages::text(QT_TRANSLATE_NOOP("Messages", "Ports"), lang);
    case MatrixColumn::Service: return Messages::text(QT_TRANSLATE_NOOP("Messages", "Service"), lang);
    case MatrixColumn::Purpose: return Messages::text(QT_TRANSLATE_NOOP("Messages", "Purpose"), lang);
    case MatrixColumn::FirewallsCrossed: return Messages::text(QT_TRANSLATE_NOOP("Messages", "Firewalls crossed"), lang);
    case MatrixColumn::Product: return Messages::text(QT_TRANSLATE_NOOP("Messages", "Product"), lang);
    case MatrixColumn::Reference: return Messages::text(QT_TRANSLATE_NOOP("Messages", "Vendor reference"), lang);
    case MatrixColumn::Advisories: return Messages::text(QT_TRANSLATE_NOOP("Messages", "Advisories"), lang);
    case MatrixColumn::Count: break;
    }
    return QString();
}

PortMatrix PortMatrix::build(const Design &design, const FlowSet &flows, const CatalogSet &catalogs,
                             Language lang, bool crossingOnly)
{
    PortMatrix m;
    for (int c = 0; c < int(MatrixColumn::Count); ++c)
        m.headers << header(MatrixColumn(c), lang);

    QHash<QString, QString> zoneNames;
    for (const Zone &z : design.zones)
        zoneNames.insert(z.id, z.name.isEmpty() ? z.id : z.name);
    const QString arrow = QStringLiteral(" \u2192 ");
    // Texts that depend only on the rule or the protocol are made once, not once per flow.
    QHash<const Rule *, QStringList> ruleTexts; // reference, product name, purpose
    QHash<QString, QString> serviceNames;       // one service id -> its name
    const QString protocols[] = {protocolName(Protocol::Tcp).toUpper(),
                                 protocolName(Protocol::Udp).toUpper(),
                                 protocolName(Protocol::Icmp).toUpper()};
    auto productName = [&](const Flow &f) {
        const Catalog *cat = catalogs.catalog(f.product);
        return cat ? cat->name.get(lang) : f.product;
    };

    auto ruleText = [&](const Flow &f, int i) {
        auto it = ruleTexts.constFind(f.rule);
        if (it == ruleTexts.constEnd()) {
            it = ruleTexts.insert(f.rule, {Messages::flowReference(f), productName(f),
                                           Messages::flowPurpose(f, catalogs, lang)});
        }
        return it->at(i);
    };
    auto services = [&](const Flow &f) {
        if (!f.rule || f.services.size() != 1)
            return Messages::flowServices(f, catalogs, lang);
        auto it = serviceNames.constFind(f.services.front());
        if (it == serviceNames.constEnd())
            it = serviceNames.insert(f.services.front(), Messages::flowServices(f, catalogs, lang));
        return *it;
    };

    // Most flows have one port or one range, and few distinct ones: make each text once.
    QHash<quint64, QString> singleRangeTexts;
    auto portsText = [&](const PortSet &ports) {
        if (ports.ranges().size() != 1)
            return ports.toString();
        const auto &r = ports.ranges().front();
        const quint64 key = (quint64(quint32(r.first)) << 32) | quint32(r.second);
        auto it = singleRangeTexts.constFind(key);
        if (it == singleRangeTexts.constEnd())
            it = singleRangeTexts.insert(key, ports.toString());
        return *it;
    };

    // `firewalls` is the group (crossing only) or every firewall crossed, joined.
    auto makeRow = [&](const Flow &f, const QString &firewall, const QString &firewalls) {
        const Node &s = design.nodes[size_t(f.source)];
        const Node &t = design.nodes[size_t(f.target)];
        Row row;
        row.flow = &f;
        row.firewall = firewall;
        const bool known = size_t(f.protocol) < std::size(protocols);
        row.cells = QStringList{
            f.id,
            firewall,
            zoneNames.value(s.zone),
            s.name.isEmpty() ? s.id : s.name,
            s.host,
            s.address,
            zoneNames.value(t.zone),
            t.name.isEmpty() ? t.id : t.name,
            t.host,
            t.address,
            known ? protocols[size_t(f.protocol)] : protocolName(f.protocol).toUpper(),
            portsText(f.ports),
            services(f),
            f.rule ? ruleText(f, 2) : Messages::flowPurpose(f, catalogs, lang),
            f.local ? Messages::text(QT_TRANSLATE_NOOP("Messages", "(same host)"), lang)
                    : firewalls,
            f.rule ? ruleText(f, 1) : productName(f),
            f.rule ? ruleText(f, 0) : Messages::flowReference(f),
            Messages::flowAdvisories(f, catalogs, lang),
        };
        return row;
    };

    if (!crossingOnly) {
        m.rows.reserve(flows.flows.size());
        for (const Flow &f : flows.flows) {
            const QString firewalls = f.firewalls.join(arrow);
            m.rows.push_back(makeRow(f, firewalls, firewalls));
        }
        return m;
    }
    // Group by firewall in order of first appearance; a flow crossing two firewalls is
    // requested from both.
    QStringList order;
    for (const Flow &f : flows.flows) {
        if (!f.crossesFirewall)
            continue;
        for (const QString &fw : f.firewalls) {
            if (!order.contains(fw))
                order << fw;
        }
    }
    for (const QString &fw : order) {
        for (const Flow &f : flows.flows) {
            if (f.crossesFirewall && f.firewalls.contains(fw))
                m.rows.push_back(makeRow(f, fw, f.firewalls.join(arrow)));
        }
    }
    return m;
}

QStringList PortMatrix::firewalls() const
{
    QStringList out;
    for (const Row &r : rows) {
        if (!r.firewall.isEmpty() && !out.contains(r.firewall))
            out << r.firewall;
    }
    return out;
}

} // namespace portolan::core
