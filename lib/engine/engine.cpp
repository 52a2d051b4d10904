#include "engine.h"

#include "engine/options.h"
#include "engine/zonetree.h"

#include <QSet>

#include <algorithm>
#include <map>
#include <tuple>

namespace portolan::core {

int FlowSet::count(Severity s) const
{
    return int(std::count_if(diagnostics.begin(), diagnostics.end(),
                             [s](const Diagnostic &d) { return d.severity == s; }));
}

int FlowSet::crossingCount() const
{
    return int(std::count_if(flows.begin(), flows.end(),
                             [](const Flow &f) { return f.crossesFirewall; }));
}

namespace {

// Merge key: source, target, protocol, rule id.
using FlowKey = std::tuple<int, int, int, QString>;

class Derivation
{
public:
    Derivation(const Design &d, const CatalogSet &c)
        : m_design(d), m_catalogs(c), m_options(d, c), m_zones(d)
    {
        const int n = int(d.nodes.size());
        QHash<QString, int> byId;
        byId.reserve(n);
        for (int i = 0; i < n; ++i) {
            byId.insert(d.nodes[size_t(i)].id, i);
            m_byType[d.nodes[size_t(i)].type].push_back(i);
        }
        m_links.resize(size_t(n));
        for (const Link &l : d.links) {
            const int a = byId.value(l.from, -1);
            const int b = byId.value(l.to, -1);
            if (a < 0 || b < 0 || a == b)
                continue;
            m_links[size_t(a)].push_back(b);
            m_links[size_t(b)].push_back(a);
        }
        m_nodeById = byId;
    }

    FlowSet run();

private:
    const Node &node(int i) const { return m_design.nodes[size_t(i)]; }
    bool sameHost(int a, int b) const
    {
        return !node(a).host.isEmpty() && node(a).host == node(b).host;
    }
    void deriveRule(const Rule &rule);
    void emitFlows(const Rule &rule, int s, int t);
    void addManualFlows();
    void finishFlows(FlowSet &out);
    void raiseAdvisories(FlowSet &out);
    void findPortConflicts(FlowSet &out);

    const Design &m_design;
    const CatalogSet &m_catalogs;
    OptionResolver m_options;
    ZoneTree m_zones;
    QHash<QString, std::vector<int>> m_byType;
    QHash<QString, int> m_nodeById;
    std::vector<std::vector<int>> m_links;
    std::map<FlowKey, size_t> m_merge;
    std::vector<Flow> m_flows;
    std::vector<Diagnostic> m_diagnostics;
    QSet<QString> m_rangeNodes;
    QSet<QString> m_missingReported;
};

void Derivation::emitFlows(const Rule &rule, int s, int t)
{
    const Node &target = node(t);
    for (const QString &sid : rule.services) {
        const Service *svc = m_catalogs.service(sid);
        if (!svc || !svc->on.contains(target.type) || !m_options.serviceActive(*svc, target))
            continue;
        if (svc->scope == Service::Scope::Host && !sameHost(s, t))
            continue; // host-only services never leave the host
        bool outOfRange = false;
        const PortSet ports = m_options.servicePorts(*svc, target, true, &outOfRange);
        if (outOfRange)
            m_rangeNodes.insert(target.id);
        for (Protocol proto : svc->protocols) {
            if (proto != Protocol::Icmp && ports.isEmpty())
                continue;
            const FlowKey key{s, t, int(proto), rule.id};
            auto it = m_merge.find(key);
            if (it == m_merge.end()) {
                Flow f;
                f.source = s;
                f.target = t;
                f.protocol = proto;
                f.ports = ports;
                f.services << svc->id;
                f.rule = &rule;
                f.ruleId = rule.id;
                f.product = rule.product;
                m_merge.emplace(key, m_flows.size());
                m_flows.push_back(std::move(f));
            } else {
                Flow &f = m_flows[it->second];
                f.ports.unite(ports);
                if (!f.services.contains(svc->id))
                    f.services << svc->id;
            }
        }
    }
}

void Derivation::deriveRule(const Rule &rule)
{
    const bool perPair = rule.when && OptionResolver::dependsOnNodes(*rule.when);
    if (rule.when && !perPair && !m_options.evaluate(*rule.when, nullptr, nullptr, nullptr))
        return;

    std::vector<int> allTargets;
    for (const QString &type : rule.to) {
        const auto it = m_byType.constFind(type);
        if (it != m_byType.constEnd())
            allTargets.insert(allTargets.end(), it->begin(), it->end());
    }
    std::sort(allTargets.begin(), allTargets.end());
    const QSet<QString> toTypes(rule.to.begin(), rule.to.end());
    const QSet<QString> fromTypes(rule.from.begin(), rule.from.end());
    // Peers of one type (DMA<->DMA): without `bidirectional`, one flow per unordered pair.
    QSet<quint64> seenPairs;
    std::vector<int> linked;

    std::vector<int> sources;
    for (const QString &type : rule.from) {
        const auto it = m_byType.constFind(type);
        if (it != m_byType.constEnd())
            sources.insert(sources.end(), it->begin(), it->end());
    }
    std::sort(sources.begin(), sources.end());
    sources.erase(std::unique(sources.begin(), sources.end()), sources.end());

    for (int s : sources) {
        const Node &src = node(s);
        linked.clear();
        for (int t : m_links[size_t(s)]) {
            if (toTypes.contains(node(t).type))
                linked.push_back(t);
        }
        std::sort(linked.begin(), linked.end());
        linked.erase(std::unique(linked.begin(), linked.end()), linked.end());
        const std::vector<int> &candidates = linked.empty() ? allTargets : linked;

        if (rule.required) {
            const bool applies = !rule.when || m_options.evaluate(*rule.when, &src, &src, nullptr);
            const bool hasPeer = candidates.size() > 1
                                 || (candidates.size() == 1 && candidates.front() != s);
            const QString once = src.id + QLatin1Char('|') + rule.to.join(QLatin1Char(','));
            if (applies && !hasPeer && !m_missingReported.contains(once)) {
                m_missingReported.insert(once);
                Diagnostic d;
                d.severity = Severity::Warning;
                d.code = QStringLiteral("missing-peer");
                d.args << rule.id << rule.to.join(QLatin1Char(','));
                d.nodes << src.id;
                m_diagnostics.push_back(d);
            }
        }
        for (int t : candidates) {
            if (t == s)
                continue;
            const Node &tgt = node(t);
            const bool peers = !rule.bidirectional && fromTypes.contains(tgt.type)
                               && toTypes.contains(src.type);
            const quint64 pairKey = (quint64(quint32(std::min(s, t))) << 32)
                                    | quint32(std::max(s, t));
            if (peers && seenPairs.contains(pairKey))
                continue;
            // A pair whose condition fails in this direction may still hold the other way
            // round (slave -> master), so it is only marked once it produced flows.
            if (perPair && !m_options.evaluate(*rule.when, nullptr, &src, &tgt))
                continue;
            if (peers)
                seenPairs.insert(pairKey);
            emitFlows(rule, s, t);
            if (rule.bidirectional)
                emitFlows(rule, t, s);
        }
    }
}

void Derivation::addManualFlows()
{
    for (const ManualFlow &mf : m_design.flows) {
        const int s = m_nodeById.value(mf.from, -1);
        const int t = m_nodeById.value(mf.to, -1);
        Protocol proto;
        PortSet ports;
        QString err;
        if (s < 0 || t < 0 || !parseProtocol(mf.protocol, &proto) || !PortSet::parse(mf.ports, &ports, &err))
            continue; // the reader reports these; an in-memory design must not crash us
        const FlowKey key{s, t, int(proto), QStringLiteral("manual")};
        auto it = m_merge.find(key);
        if (it != m_merge.end()) {
            Flow &f = m_flows[it->second];
            f.ports.unite(ports);
            if (!mf.purpose.isEmpty() && !f.manualPurpose.contains(mf.purpose))
                f.manualPurpose += (f.manualPurpose.isEmpty() ? QString() : QStringLiteral("; ")) + mf.purpose;
            continue;
        }
        Flow f;
        f.source = s;
        f.target = t;
        f.protocol = proto;
        f.ports = ports;
        f.ruleId = QStringLiteral("manual");
        f.manualPurpose = mf.purpose;
        m_merge.emplace(key, m_flows.size());
        m_flows.push_back(std::move(f));
    }
}

void Derivation::finishFlows(FlowSet &out)
{
    for (Flow &f : m_flows) {
        f.local = sameHost(f.source, f.target);
        if (!f.local) {
            f.firewalls = m_zones.crossing(m_zones.indexOf(node(f.source).zone),
                                           m_zones.indexOf(node(f.target).zone));
            f.crossesFirewall = !f.firewalls.isEmpty();
        }
    }
    std::sort(m_flows.begin(), m_flows.end(), [this](const Flow &a, const Flow &b) {
        const Node &as = node(a.source), &bs = node(b.source);
        if (as.id != bs.id)
            return as.id < bs.id;
        const Node &at = node(a.target), &bt = node(b.target);
        if (at.id != bt.id)
            return at.id < bt.id;
        if (a.protocol != b.protocol)
            return int(a.protocol) < int(b.protocol);
        if (a.ports.first() != b.ports.first())
            return a.ports.first() < b.ports.first();
        return a.ruleId < b.ruleId;
    });
    for (size_t i = 0; i < m_flows.size(); ++i)
        m_flows[i].id = QLatin1Char('F') + QString::number(i + 1);
    out.flows = std::move(m_flows);
}

void Derivation::raiseAdvisories(FlowSet &out)
{
    // One diagnostic per advisory, listing every flow and node it concerns.
    std::map<QString, size_t> byAdvisory;
    for (Flow &f : out.flows) {
        if (!f.rule)
            continue;
        for (const QString &aid : f.rule->advisories) {
            const Advisory *a = m_catalogs.advisory(aid);
            if (!a)
                continue;
            if (a->trigger == Advisory::Trigger::Crossing && !f.crossesFirewall)
                continue;
            f.advisories << aid;
            auto it = byAdvisory.find(aid);
            if (it == byAdvisory.end()) {
                Diagnostic d;
                d.severity = a->severity;
                d.code = QStringLiteral("advisory");
                d.args << aid;
                it = byAdvisory.emplace(aid, out.diagnostics.size()).first;
                out.diagnostics.push_back(d);
            }
            Diagnostic &d = out.diagnostics[it->second];
            d.flows << f.id;
            for (const QString &nid : {node(f.source).id, node(f.target).id}) {
                if (!d.nodes.contains(nid))
                    d.nodes << nid;
            }
        }
    }
}

void Derivation::findPortConflicts(FlowSet &out)
{
    struct Listen
    {
        int first, last, node;
        const Service *service;
    };
    QHash<QString, std::vector<int>> byHost;
    for (int i = 0; i < int(m_design.nodes.size()); ++i) {
        if (!node(i).host.isEmpty())
            byHost[node(i).host].push_back(i);
    }
    QStringList hosts = byHost.keys();
    std::sort(hosts.begin(), hosts.end());
    for (const QString &host : hosts) {
        const std::vector<int> &nodes = byHost.value(host);
        if (nodes.size() < 2)
            continue;
        std::map<int, std::vector<Listen>> byProto;
        for (int n : nodes) {
            for (const Service *svc : m_catalogs.servicesOn(node(n).type)) {
                if (!m_options.serviceActive(*svc, node(n)))
                    continue;
                const PortSet ports = m_options.servicePorts(*svc, node(n), false);
                for (Protocol p : svc->protocols) {
                    for (const auto &r : ports.ranges())
                        byProto[int(p)].push_back({r.first, r.second, n, svc});
                }
            }
        }
        // Sweep each protocol's intervals; report each pair of nodes once with all ports.
        std::map<std::tuple<int, int, int>, std::pair<PortSet, QStringList>> clashes;
        for (auto &[proto, listens] : byProto) {
            std::sort(listens.begin(), listens.end(),
                      [](const Listen &a, const Listen &b) { return a.first < b.first; });
            std::vector<const Listen *> active;
            for (const Listen &l : listens) {
                active.erase(std::remove_if(active.begin(), active.end(),
                                            [&](const Listen *a) { return a->last < l.first; }),
                             active.end());
                for (const Listen *a : active) {
                    if (a->node == l.node)
                        continue;
                    const int lo = std::max(a->first, l.first);
                    const int hi = std::min(a->last, l.last);
                    const int na = std::min(a->node, l.node), nb = std::max(a->node, l.node);
                    auto &entry = clashes[{proto, na, nb}];
                    entry.first.add(lo, hi);
                    for (const QString &sid : {a->service->id, l.service->id}) {
                        if (!entry.second.contains(sid))
                            entry.second << sid;
                    }
                }
                active.push_back(&l);
            }
        }
        for (const auto &[key, entry] : clashes) {
            const auto &[proto, na, nb] = key;
            Diagnostic d;
            d.severity = Severity::Error;
            d.code = QStringLiteral("port-conflict");
            d.args << host << protocolName(Protocol(proto)) << entry.first.toString()
                   << entry.second.join(QLatin1Char(','));
            d.nodes << node(na).id << node(nb).id;
            out.diagnostics.push_back(d);
        }
    }
}

FlowSet Derivation::run()
{
    for (const Rule *rule : m_catalogs.allRules())
        deriveRule(*rule);
    addManualFlows();
    FlowSet out;
    finishFlows(out);
    raiseAdvisories(out);
    findPortConflicts(out);
    QStringList rangeNodes(m_rangeNodes.begin(), m_rangeNodes.end());
    std::sort(rangeNodes.begin(), rangeNodes.end());
    for (const QString &id : rangeNodes) {
        Diagnostic d;
        d.severity = Severity::Error;
        d.code = QStringLiteral("port-range");
        d.nodes << id;
        out.diagnostics.push_back(d);
    }
    out.diagnostics.insert(out.diagnostics.end(), m_diagnostics.begin(), m_diagnostics.end());
    std::stable_sort(out.diagnostics.begin(), out.diagnostics.end(),
                     [](const Diagnostic &a, const Diagnostic &b) {
                         if (a.severity != b.severity)
                             return int(a.severity) < int(b.severity);
                         if (a.code != b.code)
                             return a.code < b.code;
                         return a.nodes.value(0) < b.nodes.value(0);
                     });
    return out;
}

} // namespace

FlowSet Engine::derive(const Design &design, const CatalogSet &catalogs)
{
    return Derivation(design, catalogs).run();
}

} // namespace portolan::core
