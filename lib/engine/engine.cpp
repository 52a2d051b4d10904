// Engine::derive (a one-off IncrementalDerivation), FlowSet helpers, the entry points of
// IncrementalDerivation (reset, update: which buckets an edit makes dirty, moving buckets
// with their nodes), and the diagnostics of its assembly: kept sorted, patched after an
// update, and the per-host port conflict check.
#include "engine.h"

#include "engine/incremental_p.h"

#include <QScopeGuard>

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
    return derivation.deriveOnce(design);
}

// --- IncrementalDerivation: full derivation and updates ---------------------------------

QSet<QString> IncrementalDerivation::dirtyBuckets(const ChangeSet &changes,
                                                  const QHash<QString, QString> &oldTypes) const
{
    const Context &ctx = *m_ctx;
    const std::vector<const Rule *> rules = m_catalogs.allRules();
    QSet<QString> dirty;
    for (const QString &x : changes.nodes) {
        const int xi = ctx.indexOf(x);
        // Any bucket holding a flow to or from X belongs to X or to a node that has X as a
        // candidate peer (bidirectional rules keep the reverse flow in the initiator's
        // bucket), so the candidate search below finds them all.
        dirty.insert(x);
        QStringList types;
        if (oldTypes.contains(x))
            types << oldTypes.value(x);
        if (xi >= 0 && !types.contains(ctx.node(xi).type))
            types << ctx.node(xi).type;
        // Every node that has X as a candidate peer: linked to it, or not narrowed at all.
        for (const QString &type : types) {
            for (const Rule *rule : rules) {
                if (!rule->to.contains(type))
                    continue;
                const Context::RuleInfo &info = ctx.ruleInfo(*rule);
                if (xi >= 0) {
                    for (int s : ctx.links[size_t(xi)]) {
                        if (rule->from.contains(ctx.typeName(s)))
                            dirty.insert(ctx.ids[size_t(s)]);
                    }
                }
                for (const QString &fromType : rule->from) {
                    for (int s : ctx.nodesOfType(fromType)) {
                        const auto &ls = ctx.links[size_t(s)];
                        const bool narrowed = std::any_of(ls.begin(), ls.end(), [&](int t) {
                            return ctx.listensAs(info, t);
                        });
                        if (!narrowed)
                            dirty.insert(ctx.ids[size_t(s)]);
                    }
                }
            }
        }
    }
    return dirty;
}

FlowSet IncrementalDerivation::takeFlows()
{
    FlowSet out = std::move(m_result);
    m_result = FlowSet();
    m_ctx.reset(); // update() starts again with reset()
    return out;
}

FlowSet IncrementalDerivation::deriveOnce(const Design &design)
{
    m_oneShot = true;
    const auto oneShotEnds = qScopeGuard([this] { m_oneShot = false; });
    reset(design);
    m_buckets.clear(); // their port sets are gone
    return takeFlows();
}

const FlowSet &IncrementalDerivation::reset(const Design &design)
{
    m_conflicts.clear();
    if (!m_ctx)
        m_ctx = std::make_unique<Context>(m_catalogs);
    m_ctx->rebuild(design);
    m_buckets.assign(design.nodes.size(), nullptr);
    for (int i = 0; i < int(design.nodes.size()); ++i)
        deriveBucket(i);
    m_lastDerived = int(design.nodes.size());
    m_patched = false;
    assemble({}, true);
    return m_result;
}

const FlowSet &IncrementalDerivation::update(const Design &design, const ChangeSet &changes)
{
    if (changes.products || !m_ctx)
        return reset(design);
    Context &ctx = *m_ctx;

    // Types and hosts of the changed nodes as last derived, before the indices move on.
    QHash<QString, QString> oldTypes;
    QSet<QString> dirtyHosts; // hosts whose port conflicts to check again
    for (const QString &x : changes.nodes) {
        const int i = ctx.indexOf(x);
        if (i >= 0) {
            oldTypes.insert(x, ctx.typeName(i));
            dirtyHosts.insert(ctx.hostName(i));
        }
    }
    std::vector<int> remap;
    const bool kept = ctx.sync(design, changes.nodes, &remap);
    QHash<QString, std::shared_ptr<Bucket>> removedBuckets;
    moveBuckets(kept, remap, &removedBuckets);
    // Nodes removed: the flows keep their order; those of the removed nodes go.
    std::vector<int> orphaned, origin;
    if (kept && !remap.empty()) {
        auto &flows = m_result.flows;
        size_t k = 0;
        for (size_t p = 0; p < flows.size(); ++p) {
            Flow &f = flows[p];
            f.source = remap[size_t(f.source)];
            f.target = remap[size_t(f.target)];
            if (f.source < 0 || f.target < 0) {
                orphaned.push_back(int(p));
                continue;
            }
            if (k != p)
                flows[k] = std::move(f);
            origin.push_back(int(p));
            ++k;
        }
        flows.resize(k);
    }
    if (changes.zones)
        ctx.rebuildZones();
    for (const QString &x : changes.nodes) {
        const int i = ctx.indexOf(x);
        if (i >= 0)
            dirtyHosts.insert(ctx.node(i).host);
    }
    dirtyHosts.remove(QString());

    OldBuckets old;
    m_lastDerived = 0;
    for (const QString &id : dirtyBuckets(changes, oldTypes)) {
        const int i = ctx.indexOf(id);
        const bool known = i >= 0 && size_t(i) < m_buckets.size();
        std::shared_ptr<Bucket> was = known ? std::move(m_buckets[size_t(i)]) : nullptr;
        // A changed node is taken out and put back (Context::sync): its old bucket is with
        // the removed nodes' (without it, its old missing-peer warnings stayed and were
        // added again; found by fuzz_design).
        if (!was)
            was = removedBuckets.take(id);
        old.emplace_back(id, std::move(was));
        if (i >= 0) {
            deriveBucket(i);
            ++m_lastDerived;
        }
    }
    m_patched = kept && !changes.zones && patch(old, dirtyHosts, changes, orphaned, origin);
    if (!m_patched)
        assemble(dirtyHosts, false);
    return m_result;
}

std::shared_ptr<IncrementalDerivation::Bucket>
IncrementalDerivation::bucketOf(const QString &id) const
{
    const int i = m_ctx->indexOf(id);
    return i >= 0 && size_t(i) < m_buckets.size() ? m_buckets[size_t(i)] : nullptr;
}

void IncrementalDerivation::moveBuckets(bool kept, const std::vector<int> &remap,
                                        QHash<QString, std::shared_ptr<Bucket>> *removed)
{
    if (kept && remap.empty())
        return; // indices unchanged; nodes added at the end get their buckets when derived
    // Removed or reinserted nodes (`remap`, which keeps the order: the buckets before the
    // first moved index stay), or everything indexed again (by owner id).
    size_t first = 0;
    while (kept && first < m_buckets.size() && first < remap.size() && remap[first] == int(first))
        ++first;
    std::vector<std::shared_ptr<Bucket>> rest(
        std::make_move_iterator(m_buckets.begin() + qsizetype(first)),
        std::make_move_iterator(m_buckets.end()));
    m_buckets.resize(first);
    m_buckets.resize(m_ctx->ids.size());
    for (size_t k = first; k < first + rest.size(); ++k) {
        auto &b = rest[k - first];
        if (!b)
            continue;
        const int i = kept ? (k < remap.size() ? remap[k] : -1) : m_ctx->indexOf(b->owner);
        if (i >= 0)
            m_buckets[size_t(i)] = std::move(b);
        else
            removed->insert(b->owner, std::move(b));
    }
}

// --- Diagnostics: kept sorted, patched after an update (part of the assembly) -----------

bool diagnosticLess(const Diagnostic &a, const Diagnostic &b)
{
    if (a.severity != b.severity)
        return int(a.severity) < int(b.severity);
    if (a.code != b.code)
        return a.code < b.code;
    if (a.nodes != b.nodes)
        return a.nodes < b.nodes;
    return a.args < b.args;
}

Diagnostic portRange(const QString &node)
{
    Diagnostic diag;
    diag.severity = Severity::Error;
    diag.code = QStringLiteral("port-range");
    diag.nodes << node;
    return diag;
}

namespace {

bool sameDiagnostic(const Diagnostic &a, const Diagnostic &b)
{
    return a.severity == b.severity && a.code == b.code && a.args == b.args && a.nodes == b.nodes
           && a.flows == b.flows;
}

} // namespace

void IncrementalDerivation::insertDiagnostic(Diagnostic d)
{
    auto &diags = m_result.diagnostics;
    diags.insert(std::upper_bound(diags.begin(), diags.end(), d, diagnosticLess), std::move(d));
}

bool IncrementalDerivation::removeDiagnostic(const Diagnostic &d)
{
    auto &diags = m_result.diagnostics;
    auto [from, to] = std::equal_range(diags.begin(), diags.end(), d, diagnosticLess);
    for (auto it = from; it != to; ++it) {
        if (sameDiagnostic(*it, d)) {
            diags.erase(it);
            return true;
        }
    }
    return false;
}

void IncrementalDerivation::patchDiagnostics(const OldBuckets &old, const QSet<QString> &dirtyHosts,
                                             const QSet<QString> &dirtyAdvisories)
{
    auto &diags = m_result.diagnostics;
    bool changed = false;
    auto replace = [&](const std::vector<Diagnostic> &was, const std::vector<Diagnostic> &now) {
        if (std::equal(was.begin(), was.end(), now.begin(), now.end(), sameDiagnostic))
            return;
        for (const Diagnostic &d : was)
            removeDiagnostic(d);
        for (const Diagnostic &d : now)
            insertDiagnostic(d);
        changed = true;
    };
    for (const QString &aid : dirtyAdvisories) {
        std::vector<Diagnostic> was, now;
        for (const Diagnostic &d : diags) {
            if (d.code == QLatin1String("advisory") && d.args.value(0) == aid) {
                was.push_back(d);
                break;
            }
        }
        auto it = m_advisories.find(aid);
        if (it != m_advisories.end() && it->second.empty())
            m_advisories.erase(it);
        else if (it != m_advisories.end())
            now.push_back(advisoryDiagnostic(aid, it->second));
        replace(was, now);
    }
    const std::vector<Diagnostic> none;
    const QSet<QString> noNodes;
    for (const auto &[id, was] : old) {
        const auto now = bucketOf(id);
        replace(was ? was->missing : none, now ? now->missing : none);
        for (const QString &n : now ? now->outOfRange : noNodes) {
            if (m_outOfRange[n]++ == 0) {
                insertDiagnostic(portRange(n));
                changed = true;
            }
        }
    }
    for (const auto &[id, was] : old) {
        for (const QString &n : was ? was->outOfRange : noNodes) {
            auto it = m_outOfRange.find(n);
            if (it != m_outOfRange.end() && --*it == 0) {
                m_outOfRange.erase(it);
                removeDiagnostic(portRange(n));
                changed = true;
            }
        }
    }
    for (const QString &host : dirtyHosts) {
        const std::vector<Diagnostic> was = m_conflicts.value(host);
        recheckHosts({host}, false);
        replace(was, m_conflicts.value(host));
    }
    m_delta.diagnosticsChanged = changed;
}

// --- Port conflicts per host (part of IncrementalDerivation's assembly) -------------------

void IncrementalDerivation::recheckHosts(const QSet<QString> &hosts, bool all)
{
    // Port conflicts, per host; only the hosts an edit touched are checked again.
    const Context &ctx = *m_ctx;
    if (all) {
        m_conflicts.clear();
        for (size_t h = 0; h < ctx.hostNames.size(); ++h) {
            const QString &host = ctx.hostNames[h];
            if (ctx.hostNodes[h].size() >= 2)
                m_conflicts.insert(host, findConflicts(host, ctx.hostNodes[h]));
        }
        return;
    }
    for (const QString &host : hosts) {
        m_conflicts.remove(host);
        const std::vector<int> *nodes = ctx.nodesOnHost(host);
        if (nodes && nodes->size() >= 2)
            m_conflicts.insert(host, findConflicts(host, *nodes));
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
