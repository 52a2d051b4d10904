// Turns the per-node buckets of IncrementalDerivation into the ordered FlowSet: merge,
// manual flows, local/crossing, order and ids, advisories. assemble() does it for the whole
// design; patch() (see patch section below) only for what an update touched. The diagnostics
// they keep sorted and patch are in engine.cpp.
#include "engine/flowid.h"
#include "engine/incremental_p.h"

#include <array>
#include <map>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

namespace portolan::core {

namespace {

using FlowKey = IncrementalDerivation::FlowKey;
using RawFlow = IncrementalDerivation::RawFlow;
using MergeIndex = std::unordered_map<FlowKey, size_t, FlowKeyHash>;

// Services of a merged flow in the rule's own order, whatever bucket they came from.
void orderServices(Flow &f)
{
    if (!f.rule || f.services.size() < 2)
        return;
    std::sort(f.services.begin(), f.services.end(), [&](const QString &a, const QString &b) {
        return f.rule->services.indexOf(a) < f.rule->services.indexOf(b);
    });
}

/// Appends the services of `rf` that `services` does not list yet (a bidirectional merge).
void mergeServices(QStringList &services, const RawFlow &rf)
{
    for (const QString &sid : rf.services) {
        if (!services.contains(sid))
            services << sid;
    }
}

/// A flow row of rule `key.rule` (built in place: a Flow is large to move).
Flow &emplaceRuleFlow(std::vector<Flow> &flows, const FlowKey &key, PortSet ports,
                      QStringList services)
{
    Flow &f = flows.emplace_back();
    f.source = key.source;
    f.target = key.target;
    f.protocol = Protocol(key.protocol);
    f.ports = std::move(ports);
    f.services = std::move(services);
    f.rule = key.rule;
    f.ruleId = key.rule->id;
    f.product = key.rule->product;
    return f;
}

/// Adds one derived flow to `flows`, merging it with an earlier one of the same key when its
/// rule is bidirectional (the only way two buckets produce the same flow).
void addRuleFlow(std::vector<Flow> &flows, MergeIndex &merge, const FlowKey &key, const RawFlow &rf)
{
    if (rf.rule->bidirectional) {
        auto m = merge.find(key);
        if (m != merge.end()) {
            Flow &f = flows[m->second];
            f.ports.unite(rf.ports);
            mergeServices(f.services, rf);
            return;
        }
        merge.emplace(key, flows.size());
    }
    emplaceRuleFlow(flows, key, rf.ports, rf.services);
}

/// The key of a manual flow, false when it cannot be one (unknown node, bad protocol or ports:
/// the reader reports these; an in-memory design must not crash us).
bool manualKey(const IncrementalDerivation::Context &ctx, const ManualFlow &mf, FlowKey *key,
               PortSet *ports)
{
    const int s = ctx.indexOf(mf.from);
    const int t = ctx.indexOf(mf.to);
    Protocol proto;
    QString err;
    if (s < 0 || t < 0 || !parseProtocol(mf.protocol, &proto) || !PortSet::parse(mf.ports, ports, &err))
        return false;
    *key = FlowKey{s, t, int(proto), nullptr};
    return true;
}

/// Manual flows (those with a key in `only`, or all): merged by source, target and protocol.
void addManualFlows(const IncrementalDerivation::Context &ctx, std::vector<Flow> &flows,
                    MergeIndex &merge, const std::unordered_set<FlowKey, FlowKeyHash> *only)
{
    for (const ManualFlow &mf : ctx.design->flows) {
        FlowKey key;
        PortSet ports;
        if (!manualKey(ctx, mf, &key, &ports) || (only && !only->count(key)))
            continue;
        auto m = merge.find(key);
        if (m != merge.end()) {
            Flow &f = flows[m->second];
            f.ports.unite(ports);
            if (!mf.purpose.isEmpty() && !f.manualPurpose.contains(mf.purpose))
                f.manualPurpose += (f.manualPurpose.isEmpty() ? QString() : QStringLiteral("; ")) + mf.purpose;
            continue;
        }
        Flow f;
        f.source = key.source;
        f.target = key.target;
        f.protocol = Protocol(key.protocol);
        f.ports = ports;
        f.ruleId = QStringLiteral("manual");
        f.manualPurpose = mf.purpose;
        merge.emplace(key, flows.size());
        flows.push_back(std::move(f));
    }
}

} // namespace

void IncrementalDerivation::finishFlow(Flow &f) const
{
    const Context &ctx = *m_ctx;
    orderServices(f);
    f.local = ctx.sameHost(f.source, f.target);
    if (!f.local) {
        f.firewalls = ctx.zones->crossing(ctx.zoneOf(f.source), ctx.zoneOf(f.target));
        f.crossesFirewall = !f.firewalls.isEmpty();
    }
    if (!f.rule)
        return;
    const Context::RuleInfo &info = ctx.ruleInfo(*f.rule);
    f.advisories = f.crossesFirewall ? info.advisoriesCrossing : info.advisoriesNotCrossing;
}

Diagnostic IncrementalDerivation::advisoryDiagnostic(const QString &aid,
                                                     const std::vector<int> &positions) const
{
    // One diagnostic per advisory, listing every flow and node it concerns in flow order.
    const Advisory *a = m_catalogs.advisory(aid);
    Diagnostic diag;
    diag.severity = a ? a->severity : Severity::Warning;
    diag.code = QStringLiteral("advisory");
    diag.args << aid;
    std::vector<char> seen(m_ctx->ids.size(), 0);
    diag.flows.reserve(qsizetype(positions.size()));
    for (int p : positions) {
        const Flow &f = m_result.flows[size_t(p)];
        diag.flows << f.id;
        for (int n : {f.source, f.target}) {
            if (!seen[size_t(n)]) {
                seen[size_t(n)] = 1;
                diag.nodes << m_ctx->ids[size_t(n)];
            }
        }
    }
    return diag;
}

namespace {

/// Node indices ranked by id in QString's order (UTF-16 code units). Each id is packed once
/// into big-endian 64-bit words, zero-padded, so that the sort compares integers: sorting by
/// string comparison was 9 M of the 117 M instructions of a 10,000-node derivation. The first
/// three words (12 code units) are kept in the sort key, the rest only for longer ties.
std::vector<int> rankById(const std::vector<QString> &ids)
{
    constexpr size_t Inline = 3;
    const size_t n = ids.size();
    std::vector<size_t> start(n + 1, 0); // words of id i: [start[i], start[i + 1])
    for (size_t i = 0; i < n; ++i)
        start[i + 1] = start[i] + (size_t(ids[i].size()) + 3) / 4;
    std::vector<quint64> words(start[n], 0);
    for (size_t i = 0; i < n; ++i) {
        const QChar *c = ids[i].constData();
        for (size_t k = 0; k < size_t(ids[i].size()); ++k)
            words[start[i] + k / 4] |= quint64(c[k].unicode()) << (48 - 16 * (k % 4));
    }
    struct Key
    {
        std::array<quint64, Inline> head;
        int node;
    };
    std::vector<Key> keys(n);
    for (size_t i = 0; i < n; ++i) {
        keys[i] = Key{{}, int(i)};
        for (size_t k = 0; k < Inline && start[i] + k < start[i + 1]; ++k)
            keys[i].head[k] = words[start[i] + k];
    }
    std::sort(keys.begin(), keys.end(), [&](const Key &a, const Key &b) {
        for (size_t k = 0; k < Inline; ++k) {
            if (a.head[k] != b.head[k])
                return a.head[k] < b.head[k];
        }
        const size_t ia = start[size_t(a.node)], ib = start[size_t(b.node)];
        const size_t la = start[size_t(a.node) + 1] - ia, lb = start[size_t(b.node) + 1] - ib;
        for (size_t k = Inline; k < std::min(la, lb); ++k) {
            if (words[ia + k] != words[ib + k])
                return words[ia + k] < words[ib + k];
        }
        // Equal words: the shorter id is a prefix of the other (padding equals U+0000).
        return la != lb ? la < lb : ids[size_t(a.node)].size() < ids[size_t(b.node)].size();
    });
    std::vector<int> rank(n);
    for (size_t i = 0; i < n; ++i)
        rank[size_t(keys[i].node)] = int(i);
    return rank;
}

/// A row of assemble() before it is built: its sort keys and its fields. Rows are ordered
/// first and each Flow is then built once, in place (moving the large Flow records into
/// order cost a sixth of the assembly). A rule row takes what it needs from its raw flow
/// while the bucket is being read (moves it, in a one-shot derivation), so that building the
/// flows reads the rows alone, in order: going back to the raw flows was a cache miss per
/// flow in a large design.
struct Row
{
    int source, target, protocol;
    const Rule *rule;     ///< null: manual flow
    PortSet ports;        ///< a rule row's, merged
    QStringList services; ///< a rule row's, merged
    int manual;           ///< a manual row's flow in `manual`
};

} // namespace

void IncrementalDerivation::assemble(const QSet<QString> &dirtyHosts, bool allHosts)
{
    const Context &ctx = *m_ctx;
    std::vector<Row> rows;
    std::vector<Diagnostic> missing;
    MergeIndex merge;
    size_t rawCount = 0;
    for (const auto &b : m_buckets)
        rawCount += b ? b->flows.size() : 0;
    rows.reserve(rawCount + ctx.design->flows.size());
    m_outOfRange.clear();
    // The buckets are visited in the order of their owners' ids, which is (almost) the
    // order of the output: a bucket's flows are its owner's, bar the far side of a
    // bidirectional rule. The rows then come out nearly sorted, and the loop that builds the
    // flows reads the rows in memory order instead of jumping across them (a cache miss per
    // flow once a design no longer fits in the cache).
    const std::vector<int> rank = rankById(ctx.ids);
    const size_t n = ctx.ids.size();
    std::vector<size_t> visit(std::max(n, m_buckets.size()));
    for (size_t i = 0; i < visit.size(); ++i)
        visit[i < n ? size_t(rank[i]) : i] = i;
    for (const size_t bi : visit) {
        Bucket *bucket = bi < m_buckets.size() ? m_buckets[bi].get() : nullptr;
        if (!bucket)
            continue;
        Bucket &b = *bucket; // non-const for deriveOnce(), which moves the port sets out
        // A one-shot derivation's raw flows name no nodes: they must never need finding again.
        Q_ASSERT(!m_oneShot || b.epoch == ctx.epoch);
        missing.insert(missing.end(), b.missing.begin(), b.missing.end());
        for (const QString &id : std::as_const(b.outOfRange)) // no detach
            ++m_outOfRange[id];
        for (RawFlow &rf : b.flows) {
            const int s = ctx.sourceOf(rf, b.epoch);
            const int t = ctx.targetOf(rf, b.epoch);
            if (s < 0 || t < 0)
                continue;
            // The same merge as addRuleFlow(), on rows.
            const FlowKey key{s, t, int(rf.protocol), rf.rule};
            if (rf.rule->bidirectional) {
                auto m = merge.find(key);
                if (m != merge.end()) {
                    Row &row = rows[m->second];
                    row.ports.unite(rf.ports);
                    mergeServices(row.services, rf);
                    continue;
                }
                merge.emplace(key, rows.size());
            }
            if (m_oneShot) // the bucket goes after this: its ports are ours
                rows.push_back(Row{s, t, int(rf.protocol), rf.rule, std::move(rf.ports), rf.services, -1});
            else
                rows.push_back(Row{s, t, int(rf.protocol), rf.rule, rf.ports, rf.services, -1});
        }
    }
    std::vector<Flow> manual;
    MergeIndex manualMerge; // manual keys (rule null) never meet rule keys
    addManualFlows(ctx, manual, manualMerge, nullptr);
    for (size_t i = 0; i < manual.size(); ++i) {
        const Flow &f = manual[i];
        rows.push_back(Row{f.source, f.target, int(f.protocol), nullptr, {}, {}, int(i)});
    }

    // Order by source id, target id, protocol, first port, rule: rows are grouped by source
    // rank (a counting sort), then each group is sorted by the rest.
    std::vector<int> start(n + 1, 0);
    for (const Row &r : rows)
        ++start[size_t(rank[size_t(r.source)]) + 1];
    for (size_t i = 0; i < n; ++i)
        start[i + 1] += start[i];
    std::vector<int> order(rows.size());
    {
        std::vector<int> fill(start.begin(), start.end() - 1);
        for (size_t i = 0; i < rows.size(); ++i)
            order[size_t(fill[size_t(rank[size_t(rows[i].source)])]++)] = int(i);
    }
    const QString manualId = QStringLiteral("manual");
    // (The first port is looked at only between rows of one target and protocol.)
    auto firstPort = [&](const Row &r) {
        return r.rule ? r.ports.first() : manual[size_t(r.manual)].ports.first();
    };
    auto groupLess = [&](int ia, int ib) {
        const Row &a = rows[size_t(ia)], &b = rows[size_t(ib)];
        const auto ka = std::make_tuple(rank[size_t(a.target)], a.protocol);
        const auto kb = std::make_tuple(rank[size_t(b.target)], b.protocol);
        if (ka != kb)
            return ka < kb;
        const int pa = firstPort(a), pb = firstPort(b);
        if (pa != pb)
            return pa < pb;
        // Rule ids are unique in a catalog set (prefixed by their product, one catalog per
        // product), so this is a total order: the order the buckets were read in is lost.
        return (a.rule ? a.rule->id : manualId) < (b.rule ? b.rule->id : manualId);
    };
    for (size_t i = 0; i < n; ++i) {
        if (start[i + 1] - start[i] > 1)
            std::sort(order.begin() + start[i], order.begin() + start[i + 1], groupLess);
    }

    std::vector<Flow> &flows = m_result.flows;
    flows.clear();
    flows.reserve(rows.size());
    m_advisories.clear();
    for (int i : order) {
        Row &r = rows[size_t(i)];
        if (!r.rule) {
            flows.push_back(std::move(manual[size_t(r.manual)]));
        } else {
            const FlowKey key{r.source, r.target, r.protocol, r.rule};
            emplaceRuleFlow(flows, key, std::move(r.ports), std::move(r.services));
        }
        Flow &f = flows.back();
        finishFlow(f);
        const int p = int(flows.size()) - 1;
        f.id = flowId(size_t(p));
        for (const QString &aid : std::as_const(f.advisories))
            m_advisories[aid].push_back(p);
    }

    std::vector<Diagnostic> &diags = m_result.diagnostics;
    diags.clear();
    for (const auto &[aid, positions] : m_advisories)
        diags.push_back(advisoryDiagnostic(aid, positions));
    recheckHosts(dirtyHosts, allHosts);
    for (auto it = m_conflicts.cbegin(); it != m_conflicts.cend(); ++it)
        diags.insert(diags.end(), it->begin(), it->end());
    for (auto it = m_outOfRange.cbegin(); it != m_outOfRange.cend(); ++it)
        diags.push_back(portRange(it.key()));
    diags.insert(diags.end(), missing.begin(), missing.end());
    std::sort(diags.begin(), diags.end(), diagnosticLess);
    m_delta = FlowDelta();
}

// --- Patching the previous result after an update -------------------------------------

namespace {

bool sameFlow(const Flow &a, const Flow &b)
{
    return a.id == b.id && a.source == b.source && a.target == b.target && a.protocol == b.protocol
           && a.ports == b.ports && a.services == b.services && a.rule == b.rule
           && a.ruleId == b.ruleId && a.product == b.product && a.local == b.local
           && a.crossesFirewall == b.crossesFirewall && a.firewalls == b.firewalls
           && a.manualPurpose == b.manualPurpose && a.advisories == b.advisories;
}

} // namespace

bool IncrementalDerivation::patch(const OldBuckets &old, const QSet<QString> &dirtyHosts,
                                  const ChangeSet &changes, const std::vector<int> &orphaned,
                                  const std::vector<int> &origin)
{
    // `orphaned`: positions in the previous list of the flows of removed nodes, already taken
    // out; `origin`: the previous position of each remaining flow (empty: none removed).
    const Context &ctx = *m_ctx;
    std::vector<Flow> &flows = m_result.flows;

    // 1. Every flow the update can have touched: the keys the dirty buckets held before and
    //    hold now, and the manual flows of the changed nodes (all of them when they changed).
    std::unordered_set<FlowKey, FlowKeyHash> keys;
    auto addKeys = [&](const Bucket &b) {
        for (const RawFlow &rf : b.flows) {
            const int s = ctx.sourceOf(rf, b.epoch), t = ctx.targetOf(rf, b.epoch);
            if (s >= 0 && t >= 0)
                keys.insert(FlowKey{s, t, int(rf.protocol), rf.rule});
        }
    };
    for (const auto &[id, was] : old) {
        if (was)
            addKeys(*was);
        if (const auto now = bucketOf(id))
            addKeys(*now);
    }
    for (size_t i = 0; changes.flows && i < flows.size(); ++i) {
        if (!flows[i].rule)
            keys.insert(FlowKey{flows[i].source, flows[i].target, int(flows[i].protocol), nullptr});
    }
    for (const ManualFlow &mf : ctx.design->flows) {
        FlowKey key;
        PortSet ports;
        if ((changes.flows || changes.nodes.contains(mf.from) || changes.nodes.contains(mf.to))
            && manualKey(ctx, mf, &key, &ports))
            keys.insert(key);
    }

    // 2. Those flows as they are now. A flow comes from its initiator's bucket, and for a
    //    bidirectional rule also from its listener's.
    std::vector<Flow> fresh;
    MergeIndex merge;
    QSet<QString> scanned;
    auto scan = [&](const QString &id) {
        if (scanned.contains(id))
            return;
        scanned.insert(id);
        const auto b = bucketOf(id);
        if (!b)
            return;
        for (const RawFlow &rf : b->flows) {
            const int s = ctx.sourceOf(rf, b->epoch), t = ctx.targetOf(rf, b->epoch);
            const FlowKey key{s, t, int(rf.protocol), rf.rule};
            if (s >= 0 && t >= 0 && keys.count(key))
                addRuleFlow(fresh, merge, key, rf);
        }
    };
    for (const auto &entry : old)
        scan(entry.first);
    for (const FlowKey &k : keys) {
        if (k.rule && k.rule->bidirectional) {
            scan(ctx.ids[size_t(k.source)]);
            scan(ctx.ids[size_t(k.target)]);
        }
    }
    addManualFlows(ctx, fresh, merge, &keys);
    for (Flow &f : fresh)
        finishFlow(f);
    // The order of assemble(): source id, target id, protocol, first port, rule.
    auto nodesLess = [&ctx](int as, int at, int bs, int bt) {
        const int c = ctx.ids[size_t(as)].compare(ctx.ids[size_t(bs)]);
        return c != 0 ? c < 0 : ctx.ids[size_t(at)] < ctx.ids[size_t(bt)];
    };
    auto less = [&](const Flow &a, const Flow &b) {
        if (a.source != b.source || a.target != b.target)
            return nodesLess(a.source, a.target, b.source, b.target);
        if (a.protocol != b.protocol)
            return int(a.protocol) < int(b.protocol);
        if (a.ports.first() != b.ports.first())
            return a.ports.first() < b.ports.first();
        return a.ruleId < b.ruleId;
    };
    std::sort(fresh.begin(), fresh.end(), less);

    // 3. Where those flows were.
    std::vector<int> gone;
    for (const FlowKey &k : keys) {
        auto it = std::lower_bound(flows.begin(), flows.end(), k, [&](const Flow &f, const FlowKey &key) {
            return (f.source != key.source || f.target != key.target)
                   && nodesLess(f.source, f.target, key.source, key.target);
        });
        for (; it != flows.end() && it->source == k.source && it->target == k.target; ++it) {
            if (int(it->protocol) == k.protocol && it->rule == k.rule) {
                gone.push_back(int(it - flows.begin()));
                break;
            }
        }
    }
    std::sort(gone.begin(), gone.end());

    // 4. In place when every touched flow keeps its place in the order, else a new list.
    m_delta = FlowDelta();
    m_delta.full = false;
    QSet<QString> dirtyAdvisories;
    bool inPlace = orphaned.empty() && gone.size() == fresh.size();
    for (size_t i = 0; inPlace && i < gone.size(); ++i) {
        const Flow &was = flows[size_t(gone[i])], &now = fresh[i];
        inPlace = was.source == now.source && was.target == now.target && was.protocol == now.protocol
                  && was.rule == now.rule && was.ports.first() == now.ports.first();
    }
    if (inPlace) {
        for (size_t i = 0; i < gone.size(); ++i) {
            const int p = gone[i];
            Flow &was = flows[size_t(p)];
            Flow &now = fresh[i];
            now.id = was.id;
            if (was.advisories != now.advisories) {
                for (const QString &aid : std::as_const(was.advisories)) {
                    auto &pos = m_advisories[aid];
                    pos.erase(std::lower_bound(pos.begin(), pos.end(), p));
                    dirtyAdvisories.insert(aid);
                }
                for (const QString &aid : std::as_const(now.advisories)) {
                    auto &pos = m_advisories[aid];
                    pos.insert(std::lower_bound(pos.begin(), pos.end(), p), p);
                    dirtyAdvisories.insert(aid);
                }
            }
            if (!sameFlow(was, now)) {
                m_delta.changed.push_back(p);
                was = std::move(now);
            }
        }
    } else {
        std::vector<Flow> next;
        next.reserve(flows.size() - gone.size() + fresh.size());
        size_t g = 0, i = 0;
        for (size_t p = 0; p <= flows.size(); ++p) {
            if (p < flows.size() && g < gone.size() && size_t(gone[g]) == p) {
                m_delta.removed.push_back(int(p));
                ++g;
                continue;
            }
            while (i < fresh.size() && (p == flows.size() || less(fresh[i], flows[p]))) {
                m_delta.added.push_back(int(next.size()));
                next.push_back(std::move(fresh[i++]));
            }
            if (p < flows.size())
                next.push_back(std::move(flows[p]));
        }
        size_t a = 0;
        for (size_t q = 0; q < next.size(); ++q) {
            const bool added = a < m_delta.added.size() && size_t(m_delta.added[a]) == q;
            a += added ? 1 : 0;
            const QString id = flowId(q);
            if (next[q].id.constData() == id.constData() || next[q].id == id)
                continue;
            if (!added && m_delta.firstRenumbered < 0)
                m_delta.firstRenumbered = int(q);
            next[q].id = id;
        }
        flows = std::move(next);
        if (!origin.empty()) { // positions in the list before the removed nodes' flows left
            for (int &p : m_delta.removed)
                p = origin[size_t(p)];
            m_delta.removed.insert(m_delta.removed.end(), orphaned.begin(), orphaned.end());
            std::sort(m_delta.removed.begin(), m_delta.removed.end());
        }
        // Positions moved: index every advisory again and rebuild its diagnostic.
        for (const auto &entry : m_advisories)
            dirtyAdvisories.insert(entry.first);
        m_advisories.clear();
        for (size_t q = 0; q < flows.size(); ++q) {
            for (const QString &aid : std::as_const(flows[q].advisories)) {
                m_advisories[aid].push_back(int(q));
                dirtyAdvisories.insert(aid);
            }
        }
    }
    patchDiagnostics(old, dirtyHosts, dirtyAdvisories);
    return true;
}

} // namespace portolan::core
