#include "snippets.h"

#include <map>
#include <set>
#include <tuple>

namespace portolan::beyond {

using namespace portolan::core;

namespace {

QString prefixed(const QString &text, const QString &prefix)
{
    QString out;
    QString body = text;
    while (body.endsWith(QLatin1Char('\n')))
        body.chop(1);
    for (const QString &line : body.split(QLatin1Char('\n'))) {
        if (line.isEmpty())
            out += prefix.trimmed() + QLatin1Char('\n');
        else
            out += prefix + line + QLatin1Char('\n');
    }
    return out;
}

QString englishPurpose(const Flow &f)
{
    if (!f.rule)
        return oneLine(f.manualPurpose);
    return oneLine(f.rule->purpose.en.isEmpty() ? f.rule->purpose.zh : f.rule->purpose.en);
}

// "10.1.0.5" -> nft/iptables operand; placeholders become "$ADDR_x".
QString operand(const Endpoint &e)
{
    return e.isPlaceholder() ? QLatin1Char('$') + e.placeholder : e.address;
}

QString iptAddress(const Endpoint &e)
{
    if (e.isPlaceholder())
        return QLatin1Char('$') + e.placeholder;
    return e.base() + QLatin1Char('/') + QString::number(e.prefix());
}

QString nftPorts(const PortSet &ports)
{
    QStringList items;
    for (const PortSet::Range &r : ports.ranges())
        items << (r.first == r.second ? QString::number(r.first)
                                      : QStringLiteral("%1-%2").arg(r.first).arg(r.second));
    return items.size() == 1
                   ? items.first()
                   : QStringLiteral("{ ") + items.join(QStringLiteral(", ")) + QStringLiteral(" }");
}

// multiport takes at most 15 ports, a range counting as two.
std::vector<QStringList> multiportChunks(const PortSet &ports)
{
    std::vector<QStringList> chunks(1);
    int used = 0;
    for (const PortSet::Range &r : ports.ranges()) {
        const int cost = r.first == r.second ? 1 : 2;
        if (used + cost > 15) {
            chunks.emplace_back();
            used = 0;
        }
        chunks.back() << (r.first == r.second ? QString::number(r.first)
                                              : QStringLiteral("%1:%2").arg(r.first).arg(r.second));
        used += cost;
    }
    return chunks;
}

QString ipv4Mask(int prefix)
{
    const quint32 mask = prefix == 0 ? 0 : ~quint32(0) << (32 - prefix);
    return QStringLiteral("%1.%2.%3.%4")
            .arg(mask >> 24)
            .arg((mask >> 16) & 0xff)
            .arg((mask >> 8) & 0xff)
            .arg(mask & 0xff);
}

// Unique identifiers: "a-b" and "a.b" both become "a_b", so later ones get "_2", "_3", ...
class Identifiers
{
public:
    QString operator()(const QString &id)
    {
        auto it = m_map.find(id);
        if (it != m_map.end())
            return it->second;
        const QString base = identifier(id).left(48);
        QString name = base;
        for (int i = 2; m_used.count(name); ++i)
            name = base + QLatin1Char('_') + QString::number(i);
        m_used.insert(name);
        return m_map.emplace(id, name).first->second;
    }

private:
    std::map<QString, QString> m_map;
    std::set<QString> m_used;
};

QString ruleLabel(const FirewallSnippets::Rule &r)
{
    QString label = QStringLiteral("%1 %2 -> %3").arg(r.flow->id, r.sourceName, r.targetName);
    if (!r.purpose.isEmpty())
        label += QStringLiteral(": ") + r.purpose;
    return label;
}

} // namespace

int FirewallSnippets::parseFormats(const QString &list, QString *unknown)
{
    int formats = 0;
    for (const QString &raw : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString f = raw.trimmed().toLower();
        if (f == QLatin1String("nft") || f == QLatin1String("nftables"))
            formats |= Nftables;
        else if (f == QLatin1String("iptables") || f == QLatin1String("iptables-restore"))
            formats |= Iptables;
        else if (f == QLatin1String("asa") || f == QLatin1String("cisco-asa"))
            formats |= CiscoAsa;
        else if (f == QLatin1String("all"))
            formats |= AllSnippetFormats;
        else {
            if (unknown)
                *unknown = raw.trimmed();
            return 0;
        }
    }
    return formats;
}

SnippetResult FirewallSnippets::generate(const Design &design, const FlowSet &flows, int formats)
{
    SnippetResult result;
    QStringList order;
    std::map<QString, std::vector<Rule>> byFirewall;
    std::map<QString, Endpoint> endpoints;           // node id -> endpoint, resolved once
    std::map<QString, QStringList> placeholderFlows; // node id -> flows using a placeholder
    std::map<QString, QStringList> skipped;          // firewall -> flows without a rule
    Identifiers nodeIds, zoneIds;
    for (const Node &n : design.nodes)
        nodeIds(n.id);
    for (const Zone &z : design.zones)
        zoneIds(z.id);
    auto endpoint = [&](const Node &n) -> const Endpoint & {
        auto it = endpoints.find(n.id);
        if (it == endpoints.end()) {
            Endpoint e = endpointFor(design, n);
            if (e.isPlaceholder())
                e.placeholder = QStringLiteral("ADDR_") + nodeIds(n.id);
            it = endpoints.emplace(n.id, e).first;
        }
        return it->second;
    };
    auto objectName = [&](const Endpoint &e, const Node &n) {
        if (e.isPlaceholder())
            return QStringLiteral("PLACEHOLDER_") + nodeIds(n.id);
        if (!e.zone.isEmpty())
            return QStringLiteral("PORTOLAN_NET_") + zoneIds(e.zone);
        return QStringLiteral("PORTOLAN_") + nodeIds(n.id);
    };

    for (const Flow &f : flows.flows) {
        if (!f.crossesFirewall || f.local)
            continue;
        const Node &s = design.nodes[size_t(f.source)];
        const Node &t = design.nodes[size_t(f.target)];
        Rule r;
        r.flow = &f;
        r.source = endpoint(s);
        r.target = endpoint(t);
        r.sourceObject = objectName(r.source, s);
        r.targetObject = objectName(r.target, t);
        r.sourceName = nodeName(s);
        r.targetName = nodeName(t);
        // Inside a quoted device comment: no quotes (asciiOnly), no backslashes.
        r.comment
                = asciiOnly(f.id + QLatin1Char(' ') + f.ruleId).remove(QLatin1Char('\\')).left(120);
        r.purpose = englishPurpose(f);
        r.reference = f.rule ? oneLine(f.rule->reference.toString()) : QString();
        const int fs = r.source.family, ft = r.target.family;
        auto skip = [&](const QString &why) {
            result.warnings << QStringLiteral("%1: %2; no rule written").arg(f.id, why);
            for (const QString &fw : f.firewalls)
                skipped[fw] << QStringLiteral("%1 %2 -> %3: %4")
                                       .arg(f.id, r.sourceName, r.targetName, why);
        };
        if (fs && ft && fs != ft) {
            skip(QStringLiteral("%1 is IPv%2 and %3 IPv%4")
                         .arg(r.sourceName, QString::number(fs), r.targetName,
                              QString::number(ft)));
            continue;
        }
        r.family = fs ? fs : (ft ? ft : 4);
        if (f.protocol != Protocol::Icmp && f.ports.isEmpty()) {
            skip(QStringLiteral("%1 flow without ports").arg(protocolName(f.protocol).toUpper()));
            continue;
        }
        for (const Node *n : {&s, &t}) {
            if (endpoint(*n).isPlaceholder() && !placeholderFlows[n->id].contains(f.id))
                placeholderFlows[n->id] << f.id;
        }
        for (const QString &fw : f.firewalls) {
            if (!byFirewall.count(fw))
                order << fw;
            byFirewall[fw].push_back(r);
        }
    }
    for (const auto &entry : placeholderFlows) {
        const Node &n = design.nodes[size_t(design.nodeIndex(entry.first))];
        const Endpoint &e = endpoints.at(entry.first);
        result.warnings << QStringLiteral("node %1 (%2): %3; the rules use the placeholder %4 "
                                          "(ASA: object %5) for flows %6")
                                   .arg(n.id, nodeName(n), e.problem, e.placeholder,
                                        objectName(e, n), entry.second.join(QStringLiteral(", ")));
    }

    QString designLine
            = oneLine(design.title.isEmpty() ? QStringLiteral("(untitled)") : design.title);
    if (!design.meta.revision.isEmpty())
        designLine += QStringLiteral(", revision ") + oneLine(design.meta.revision);
    std::set<QString> usedNames;
    for (const QString &fw : order) {
        const std::vector<Rule> &rules = byFirewall.at(fw);
        QString header = QStringLiteral("Portolan firewall rules for %1\nDesign: %2\n")
                                 .arg(oneLine(fw), designLine);
        header += QStringLiteral("One accept rule per flow crossing this firewall (%1 flows). "
                                 "Review before loading.\n")
                          .arg(rules.size());
        std::map<QString, QString> placeholders, subnets;
        for (const Rule &r : rules) {
            for (const auto &[e, idx] : {std::make_pair(r.source, r.flow->source),
                                         std::make_pair(r.target, r.flow->target)}) {
                const Node &n = design.nodes[size_t(idx)];
                if (e.isPlaceholder())
                    placeholders[e.placeholder]
                            = QStringLiteral("%1 (%2): %3").arg(n.id, nodeName(n), e.problem);
                else if (!e.zone.isEmpty())
                    subnets[n.id]
                            = QStringLiteral("%1 (%2): no address, using the subnet %3 of zone %4")
                                      .arg(n.id, nodeName(n), e.address, zoneName(design, e.zone));
            }
        }
        if (!placeholders.empty()) {
            header += QStringLiteral(
                    "\nPLACEHOLDERS: the design has no usable IP address for these "
                    "nodes; set them before loading:\n");
            for (const auto &p : placeholders)
                header += QStringLiteral("  %1  %2\n").arg(p.first, p.second);
        }
        if (skipped.count(fw)) {
            header += QStringLiteral("\nNOT WRITTEN (request these by hand):\n");
            for (const QString &line : skipped.at(fw))
                header += QStringLiteral("  ") + line + QLatin1Char('\n');
        }
        if (!subnets.empty()) {
            header += QStringLiteral("\nZone subnets used for nodes without an address:\n");
            for (const auto &p : subnets)
                header += QStringLiteral("  ") + p.second + QLatin1Char('\n');
        }

        QString base = slug(fw);
        if (base.isEmpty())
            base = QStringLiteral("firewall");
        QString name = base;
        for (int i = 2; usedNames.count(name); ++i)
            name = QStringLiteral("%1-%2").arg(base).arg(i);
        usedNames.insert(name);

        if (formats & Nftables)
            result.files.push_back({fw, QStringLiteral("nftables"), name + QStringLiteral(".nft"),
                                    nftables(fw, rules, header)});
        if (formats & Iptables) {
            bool v4 = false, v6 = false;
            for (const Rule &r : rules)
                (r.family == 6 ? v6 : v4) = true;
            if (v4 || !v6)
                result.files.push_back({fw, QStringLiteral("iptables"),
                                        name + QStringLiteral(".iptables"),
                                        iptables(fw, rules, header, 4)});
            if (v6)
                result.files.push_back({fw, QStringLiteral("ip6tables"),
                                        name + QStringLiteral(".ip6tables"),
                                        iptables(fw, rules, header, 6)});
        }
        if (formats & CiscoAsa)
            result.files.push_back({fw, QStringLiteral("asa"), name + QStringLiteral(".asa"),
                                    asa(fw, rules, header)});
    }
    return result;
}

QByteArray FirewallSnippets::nftables(const QString &firewall, const std::vector<Rule> &rules,
                                      const QString &header)
{
    QString s = QStringLiteral("#!/usr/sbin/nft -f\n");
    s += prefixed(header, QStringLiteral("# "));
    s += QStringLiteral(
            "#\n"
            "# Check with: nft -c -f FILE. The chain accepts the listed flows and leaves everything\n"
            "# else to the policy of your ruleset; uncomment the last rule to drop the rest here.\n");
    std::set<QString> defined;
    for (const Rule &r : rules) {
        for (const Endpoint *e : {&r.source, &r.target}) {
            if (e->isPlaceholder() && defined.insert(e->placeholder).second)
                s += QStringLiteral("# define %1 = <IP address>\n").arg(e->placeholder);
        }
    }
    const QString chain = QStringLiteral("portolan_") + identifier(firewall).toLower();
    s += QStringLiteral("\ntable inet portolan {\n    chain %1 {\n").arg(chain);
    s += QStringLiteral("        type filter hook forward priority filter; policy accept;\n"
                        "        ct state established,related accept\n");
    for (const Rule &r : rules) {
        const QString ip = r.family == 6 ? QStringLiteral("ip6") : QStringLiteral("ip");
        s += QStringLiteral("        # %1\n").arg(ruleLabel(r));
        if (!r.reference.isEmpty())
            s += QStringLiteral("        #   %1, %2\n").arg(r.flow->ruleId, r.reference);
        QString match = QStringLiteral("%1 saddr %2 %1 daddr %3 ")
                                .arg(ip, operand(r.source), operand(r.target));
        if (r.flow->protocol == Protocol::Icmp)
            match += r.family == 6 ? QStringLiteral("meta l4proto ipv6-icmp")
                                   : QStringLiteral("meta l4proto icmp");
        else
            match += protocolName(r.flow->protocol) + QStringLiteral(" dport ")
                     + nftPorts(r.flow->ports);
        s += QStringLiteral("        %1 accept comment \"%2\"\n").arg(match, r.comment);
    }
    s += QStringLiteral("        # counter drop comment \"not requested\"\n    }\n}\n");
    return s.toUtf8();
}

QByteArray FirewallSnippets::iptables(const QString &firewall, const std::vector<Rule> &rules,
                                      const QString &header, int family)
{
    const QString tool = family == 6 ? QStringLiteral("ip6tables") : QStringLiteral("iptables");
    // iptables chain names: at most 28 characters; letters, digits, '-' and '_' are safe.
    QString name = identifier(firewall).toUpper();
    for (int i = 0; i < name.size(); ++i) {
        if (name[i] == QLatin1Char('_') && i < firewall.size()
            && firewall.at(i) == QLatin1Char('-'))
            name[i] = QLatin1Char('-');
    }
    const QString chain = (QStringLiteral("PORTOLAN-") + name).left(28);
    QString s = prefixed(header, QStringLiteral("# "));
    s += QStringLiteral(
                 "#\n"
                 "# %1-restore format, IPv%2 flows only. Load without touching other rules:\n"
                 "#   %1-restore --noflush FILE        (re-loading replaces the chain's rules)\n"
                 "# and send forwarded traffic through the chain, once:\n"
                 "#   %1 -I FORWARD -j %3\n")
                 .arg(tool, QString::number(family), chain);
    s += QStringLiteral("*filter\n:%1 - [0:0]\n").arg(chain);
    s += QStringLiteral("-A %1 -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT\n").arg(chain);
    int written = 0;
    for (const Rule &r : rules) {
        if (r.family != family)
            continue;
        ++written;
        s += QStringLiteral("# %1\n").arg(ruleLabel(r));
        const QString ends = QStringLiteral("-A %1 -s %2 -d %3")
                                     .arg(chain, iptAddress(r.source), iptAddress(r.target));
        const QString tail
                = QStringLiteral(" -m comment --comment \"%1\" -j ACCEPT\n").arg(r.comment);
        if (r.flow->protocol == Protocol::Icmp) {
            s += ends + (family == 6 ? QStringLiteral(" -p ipv6-icmp") : QStringLiteral(" -p icmp"))
                 + tail;
            continue;
        }
        const QString proto = protocolName(r.flow->protocol);
        const auto &ranges = r.flow->ports.ranges();
        if (ranges.size() == 1) {
            const auto &p = ranges.front();
            const QString port = p.first == p.second
                                         ? QString::number(p.first)
                                         : QStringLiteral("%1:%2").arg(p.first).arg(p.second);
            s += ends + QStringLiteral(" -p %1 -m %1 --dport %2").arg(proto, port) + tail;
            continue;
        }
        for (const QStringList &chunk : multiportChunks(r.flow->ports))
            s += ends
                 + QStringLiteral(" -p %1 -m multiport --dports %2")
                           .arg(proto, chunk.join(QLatin1Char(',')))
                 + tail;
    }
    if (!written)
        s += QStringLiteral("# (no IPv%1 flows)\n").arg(family);
    s += QStringLiteral("COMMIT\n");
    return s.toUtf8();
}

QByteArray FirewallSnippets::asa(const QString &firewall, const std::vector<Rule> &rules,
                                 const QString &header)
{
    const QString acl = (QStringLiteral("PORTOLAN_") + identifier(firewall).toUpper()).left(64);
    QString s = prefixed(header, QStringLiteral("! "));
    s += QStringLiteral(
                 "!\n! Cisco ASA: network objects, one service object-group per flow and the "
                 "access-list %1.\n! Bind it to the interface the traffic enters, e.g.\n"
                 "!   access-group %1 in interface inside\n")
                 .arg(acl);
    // Network objects, each once, in order of first use.
    std::set<QString> defined;
    for (const Rule &r : rules) {
        for (const auto &[e, object, name] :
             {std::make_tuple(r.source, r.sourceObject, r.sourceName),
              std::make_tuple(r.target, r.targetObject, r.targetName)}) {
            if (!defined.insert(object).second)
                continue;
            s += QStringLiteral("object network %1\n").arg(object);
            if (e.isPlaceholder()) {
                s += QStringLiteral(" description SET ADDRESS: %1 - %2\n")
                             .arg(asciiOnly(name), asciiOnly(e.problem))
                             .left(210);
                s += QStringLiteral(" ! host <IP address>\n");
            } else if (e.kind == Endpoint::Kind::Host) {
                s += QStringLiteral(" host %1\n description %2\n")
                             .arg(e.address, asciiOnly(name).left(180));
            } else {
                const QString net = e.family == 4
                                            ? e.base() + QLatin1Char(' ') + ipv4Mask(e.prefix())
                                            : e.address;
                const QString what
                        = e.zone.isEmpty() ? asciiOnly(name)
                                           : QStringLiteral("subnet of zone ") + asciiOnly(e.zone);
                s += QStringLiteral(" subnet %1\n description %2\n").arg(net, what.left(180));
            }
        }
    }
    for (const Rule &r : rules) {
        if (r.flow->protocol == Protocol::Icmp)
            continue;
        s += QStringLiteral("object-group service PORTOLAN_SVC_%1\n").arg(identifier(r.flow->id));
        const QString proto = protocolName(r.flow->protocol);
        for (const PortSet::Range &p : r.flow->ports.ranges()) {
            if (p.first == p.second)
                s += QStringLiteral(" service-object %1 destination eq %2\n")
                             .arg(proto)
                             .arg(p.first);
            else
                s += QStringLiteral(" service-object %1 destination range %2 %3\n")
                             .arg(proto)
                             .arg(p.first)
                             .arg(p.second);
        }
    }
    for (const Rule &r : rules) {
        s += QStringLiteral("access-list %1 remark %2\n")
                     .arg(acl, asciiOnly(ruleLabel(r)).left(100));
        const QString &src = r.sourceObject;
        const QString &dst = r.targetObject;
        if (r.flow->protocol == Protocol::Icmp)
            s += QStringLiteral("access-list %1 extended permit %2 object %3 object %4\n")
                         .arg(acl, r.family == 6 ? QStringLiteral("icmp6") : QStringLiteral("icmp"),
                              src, dst);
        else
            s += QStringLiteral("access-list %1 extended permit object-group PORTOLAN_SVC_%2 "
                                "object %3 object %4\n")
                         .arg(acl, identifier(r.flow->id), src, dst);
    }
    return s.toUtf8();
}

} // namespace portolan::beyond
