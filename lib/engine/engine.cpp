// Engine::derive (a one-off IncrementalDerivation), FlowSet helpers, and the per-host port
// conflict check used by the assembly of IncrementalDerivation.
#include "engine.h"

#include "engine/incremental_p.h"

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

FlowSet Engine::derive(const Design &design, const CatalogSet &catalogs)
{
    // One code path for full and incremental derivation, so they cannot disagree.
    IncrementalDerivation derivation(catalogs);
    derivation.reset(design);
    return derivation.takeFlows();
}

// --- Port conflicts per host (part of IncrementalDerivation's assembly) -------------------

void IncrementalDerivation::recheckHosts(const QSet<QString> &hosts, bool all)
{
    // Port conflicts, per host; only the hosts an edit touched are checked again.
    const Context &ctx = *m_ctx;
    if (all) {
        m_conflicts.clear();
        for (auto it = ctx.byHost.cbegin(); it != ctx.byHost.cend(); ++it) {
            if (it->size() >= 2)
                m_conflicts.insert(it.key(), findConflicts(it.key(), *it));
        }
        return;
    }
    for (const QString &host : hosts) {
        m_conflicts.remove(host);
        const auto it = ctx.byHost.constFind(host);
        if (it != ctx.byHost.cend() && it->size() >= 2)
            m_conflicts.insert(host, findConflicts(host, *it));
    }
}

std::vector<Diagnostic> IncrementalDerivation::findConflicts(const QString &host,
                                                             const std::vector<int> &nodes) const
{
    const Context &ctx = *m_ctx;
    struct Listen
    {
        int first, last, node;
        const Service *service;
    };
    std::map<int, std::vector<Listen>> byProto;
    for (int n : nodes) {
        for (const Service *svc : m_catalogs.servicesOn(ctx.node(n).type)) {
            if (!ctx.options->serviceActive(*svc, ctx.node(n)))
                continue;
            const PortSet ports = ctx.options->servicePorts(*svc, ctx.node(n), false);
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
