// Turns the per-node buckets of IncrementalDerivation into the ordered FlowSet: merge,
// manual flows, local/crossing, order and ids, advisories, port conflicts.
#include "engine/incremental_p.h"
#include "engine/zonetree.h"

#include <map>
#include <tuple>
#include <unordered_map>

namespace portolan::core {

namespace {

struct MergeKey
{
    int source, target, protocol;
    const void *rule;
    bool operator==(const MergeKey &o) const
    {
        return source == o.source && target == o.target && protocol == o.protocol && rule == o.rule;
    }
};

struct MergeKeyHash
{
    size_t operator()(const MergeKey &k) const
    {
        size_t h = std::hash<const void *>()(k.rule);
        h ^= size_t(k.source) * 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2);
        h ^= size_t(k.target) * 0xC2B2AE3D27D4EB4Full + (h << 6) + (h >> 2);
        return h ^ size_t(k.protocol);
    }
};

// Services of a merged flow in the rule's own order, whatever bucket they came from.
void orderServices(Flow &f)
{
    if (!f.rule || f.services.size() < 2)
        return;
    std::sort(f.services.begin(), f.services.end(), [&](const QString &a, const QString &b) {
        return f.rule->services.indexOf(a) < f.rule->services.indexOf(b);
    });
}

} // namespace

void IncrementalDerivation::assemble(const Context &ctx, const QSet<QString> &dirtyHosts, bool allHosts)
{
    const Design &d = ctx.design;
    FlowSet out;
    std::vector<Diagnostic> missing;
    QSet<QString> outOfRange;
    std::unordered_map<MergeKey, size_t, MergeKeyHash> merge;
    merge.reserve(m_result.flows.size() + 16);
    out.flows.reserve(m_result.flows.size() + 16);

    for (auto it = m_buckets.cbegin(); it != m_buckets.cend(); ++it) {
        const Bucket &b = **it;
        missing.insert(missing.end(), b.missing.begin(), b.missing.end());
        outOfRange.unite(b.outOfRange);
        for (const RawFlow &rf : b.flows) {
            const int s = ctx.byId.value(rf.source, -1);
            const int t = ctx.byId.value(rf.target, -1);
            if (s < 0 || t < 0)
                continue;
            // Within a bucket flows are already merged; the same flow can only come from two
            // buckets through a bidirectional rule (each end emits both directions).
            const MergeKey key{s, t, int(rf.protocol), rf.rule};
            if (rf.rule->bidirectional) {
                auto m = merge.find(key);
                if (m != merge.end()) {
                    Flow &f = out.flows[m->second];
                    f.ports.unite(rf.ports);
                    for (const QString &sid : rf.services) {
                        if (!f.services.contains(sid))
                            f.services << sid;
                    }
                    continue;
                }
                merge.emplace(key, out.flows.size());
            }
            Flow f;
            f.source = s;
            f.target = t;
            f.protocol = rf.protocol;
            f.ports = rf.ports;
            f.services = rf.services;
            f.rule = rf.rule;
            f.ruleId = rf.rule->id;
            f.product = rf.rule->product;
            out.flows.push_back(std::move(f));
        }
    }
    // Manual flows: merged by source, target and protocol.
    for (const ManualFlow &mf : d.flows) {
        const int s = ctx.byId.value(mf.from, -1);
        const int t = ctx.byId.value(mf.to, -1);
        Protocol proto;
        PortSet ports;
        QString err;
        if (s < 0 || t < 0 || !parseProtocol(mf.protocol, &proto) || !PortSet::parse(mf.ports, &ports, &err))
            continue; // the reader reports these; an in-memory design must not crash us
        const MergeKey key{s, t, int(proto), nullptr};
        auto m = merge.find(key);
        if (m != merge.end()) {
            Flow &f = out.flows[m->second];
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
        merge.emplace(key, out.flows.size());
        out.flows.push_back(std::move(f));
    }

    // Local and crossing.
    const ZoneTree zones(d);
    for (Flow &f : out.flows) {
        orderServices(f);
        f.local = ctx.sameHost(f.source, f.target);
        if (!f.local) {
            f.firewalls = zones.crossing(zones.indexOf(ctx.node(f.source).zone),
                                         zones.indexOf(ctx.node(f.target).zone));
            f.crossesFirewall = !f.firewalls.isEmpty();
        }
    }
    // Order by source id, target id, protocol, first port, rule: node ids are ranked once so
    // that the flow sort compares integers, and flows are moved once into place.
    std::vector<int> byId(d.nodes.size());
    for (size_t i = 0; i < byId.size(); ++i)
        byId[i] = int(i);
    std::sort(byId.begin(), byId.end(), [&ctx](int a, int b) { return ctx.node(a).id < ctx.node(b).id; });
    std::vector<int> rank(d.nodes.size());
    for (size_t i = 0; i < byId.size(); ++i)
        rank[size_t(byId[i])] = int(i);
    std::vector<int> order(out.flows.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    const std::vector<Flow> &fl = out.flows;
    std::sort(order.begin(), order.end(), [&](int ia, int ib) {
        const Flow &a = fl[size_t(ia)], &b = fl[size_t(ib)];
        const auto ka = std::make_tuple(rank[size_t(a.source)], rank[size_t(a.target)], int(a.protocol), a.ports.first());
        const auto kb = std::make_tuple(rank[size_t(b.source)], rank[size_t(b.target)], int(b.protocol), b.ports.first());
        if (ka != kb)
            return ka < kb;
        return a.ruleId < b.ruleId;
    });
    std::vector<Flow> sorted;
    sorted.reserve(out.flows.size());
    for (int i : order)
        sorted.push_back(std::move(out.flows[size_t(i)]));
    out.flows = std::move(sorted);
    for (size_t i = 0; i < out.flows.size(); ++i)
        out.flows[i].id = QLatin1Char('F') + QString::number(i + 1);

    // Advisories: one diagnostic per advisory, listing every flow and node it concerns.
    std::map<QString, size_t> byAdvisory;
    for (Flow &f : out.flows) {
        if (!f.rule)
            continue;
        for (const QString &aid : f.rule->advisories) {
            const Advisory *a = m_catalogs.advisory(aid);
            if (!a || (a->trigger == Advisory::Trigger::Crossing && !f.crossesFirewall))
                continue;
            f.advisories << aid;
            auto it = byAdvisory.find(aid);
            if (it == byAdvisory.end()) {
                Diagnostic diag;
                diag.severity = a->severity;
                diag.code = QStringLiteral("advisory");
                diag.args << aid;
                it = byAdvisory.emplace(aid, out.diagnostics.size()).first;
                out.diagnostics.push_back(diag);
            }
            Diagnostic &diag = out.diagnostics[it->second];
            diag.flows << f.id;
            for (const QString &nid : {ctx.node(f.source).id, ctx.node(f.target).id}) {
                if (!diag.nodes.contains(nid))
                    diag.nodes << nid;
            }
        }
    }

    // Port conflicts, per host; only the hosts an edit touched are checked again.
    QHash<QString, std::vector<int>> byHost;
    for (int i = 0; i < int(d.nodes.size()); ++i) {
        const QString &host = d.nodes[size_t(i)].host;
        if (!host.isEmpty() && (allHosts || dirtyHosts.contains(host)))
            byHost[host].push_back(i);
    }
    if (allHosts)
        m_conflicts.clear();
    for (const QString &host : dirtyHosts)
        m_conflicts.remove(host);
    for (auto it = byHost.cbegin(); it != byHost.cend(); ++it) {
        if (it->size() >= 2)
            m_conflicts.insert(it.key(), findConflicts(ctx, it.key(), *it));
    }
    for (auto it = m_conflicts.cbegin(); it != m_conflicts.cend(); ++it)
        out.diagnostics.insert(out.diagnostics.end(), it->begin(), it->end());

    QStringList rangeNodes(outOfRange.begin(), outOfRange.end());
    for (const QString &id : rangeNodes) {
        Diagnostic diag;
        diag.severity = Severity::Error;
        diag.code = QStringLiteral("port-range");
        diag.nodes << id;
        out.diagnostics.push_back(diag);
    }
    out.diagnostics.insert(out.diagnostics.end(), missing.begin(), missing.end());
    std::sort(out.diagnostics.begin(), out.diagnostics.end(), [](const Diagnostic &a, const Diagnostic &b) {
        if (a.severity != b.severity)
            return int(a.severity) < int(b.severity);
        if (a.code != b.code)
            return a.code < b.code;
        if (a.nodes != b.nodes)
            return a.nodes < b.nodes;
        return a.args < b.args;
    });
    m_result = std::move(out);
}

std::vector<Diagnostic> IncrementalDerivation::findConflicts(const Context &ctx, const QString &host,
                                                             const std::vector<int> &nodes) const
{
    struct Listen
    {
        int first, last, node;
        const Service *service;
    };
    std::map<int, std::vector<Listen>> byProto;
    for (int n : nodes) {
        for (const Service *svc : m_catalogs.servicesOn(ctx.node(n).type)) {
            if (!ctx.options.serviceActive(*svc, ctx.node(n)))
                continue;
            const PortSet ports = ctx.options.servicePorts(*svc, ctx.node(n), false);
            for (Protocol p : svc->protocols) {
                for (const auto &r : ports.ranges())
                    byProto[int(p)].push_back({r.first, r.second, n, svc});
            }
        }
    }
    // Sweep each protocol's intervals; report each pair of nodes once with all ports.
    std::map<std::tuple<QString, QString, int>, std::pair<PortSet, QStringList>> clashes;
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
                QString na = ctx.node(a->node).id, nb = ctx.node(l.node).id;
                if (nb < na)
                    std::swap(na, nb);
                auto &entry = clashes[{na, nb, proto}];
                entry.first.add(std::max(a->first, l.first), std::min(a->last, l.last));
                for (const QString &sid : {a->service->id, l.service->id}) {
                    if (!entry.second.contains(sid))
                        entry.second << sid;
                }
            }
            active.push_back(&l);
        }
    }
    std::vector<Diagnostic> out;
    for (const auto &[key, entry] : clashes) {
        const auto &[na, nb, proto] = key;
        Diagnostic d;
        d.severity = Severity::Error;
        d.code = QStringLiteral("port-conflict");
        QStringList services = entry.second;
        services.sort();
        d.args << host << protocolName(Protocol(proto)) << entry.first.toString()
               << services.join(QLatin1Char(','));
        d.nodes << na << nb;
        out.push_back(d);
    }
    return out;
}

} // namespace portolan::core
