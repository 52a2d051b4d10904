#include "incremental.h"

#include "engine/incremental_p.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace portolan::core {

IncrementalDerivation::IncrementalDerivation(const CatalogSet &catalogs)
    : m_catalogs(catalogs)
{
}

IncrementalDerivation::~IncrementalDerivation() = default;

void IncrementalDerivation::deriveBucket(const Context &ctx, int s)
{
    auto bucket = std::make_shared<Bucket>();
    const Node &src = ctx.node(s);
    // (initiator, listener, protocol, rule) -> flow in this bucket
    std::map<std::tuple<int, int, int, const Rule *>, size_t> merge;

    auto emitFlow = [&](const Rule &rule, int from, int to) {
        const Node &target = ctx.node(to);
        for (const QString &sid : rule.services) {
            const Service *svc = m_catalogs.service(sid);
            if (!svc || !svc->on.contains(target.type) || !ctx.options.serviceActive(*svc, target))
                continue;
            if (svc->scope == Service::Scope::Host && !ctx.sameHost(from, to))
                continue; // host-only services never leave the host
            bool outOfRange = false;
            const PortSet ports = ctx.options.servicePorts(*svc, target, true, &outOfRange);
            if (outOfRange)
                bucket->outOfRange.insert(target.id);
            for (Protocol proto : svc->protocols) {
                if (proto != Protocol::Icmp && ports.isEmpty())
                    continue;
                const auto key = std::make_tuple(from, to, int(proto), &rule);
                auto it = merge.find(key);
                if (it != merge.end()) {
                    RawFlow &f = bucket->flows[it->second];
                    f.ports.unite(ports);
                    if (!f.services.contains(svc->id))
                        f.services << svc->id;
                    continue;
                }
                merge.emplace(key, bucket->flows.size());
                bucket->flows.push_back(RawFlow{ctx.node(from).id, target.id, proto, ports,
                                                QStringList{svc->id}, &rule});
            }
        }
    };

    for (const Rule *rulePtr : m_catalogs.rulesFrom(src.type)) {
        const Rule &rule = *rulePtr;
        if (rule.when && !OptionResolver::dependsOnNodes(*rule.when)
            && !ctx.options.evaluate(*rule.when, nullptr, nullptr, nullptr))
            continue;
        const std::vector<int> linked = ctx.linkedTargets(rule, s);
        const std::vector<int> &candidates = linked.empty() ? ctx.allTargets(rule) : linked;
        if (rule.required) {
            const bool applies = !rule.when || ctx.options.evaluate(*rule.when, &src, &src, nullptr);
            const bool hasPeer = std::any_of(candidates.begin(), candidates.end(),
                                             [s](int t) { return t != s; });
            if (applies && !hasPeer) {
                const QString to = rule.to.join(QLatin1Char(','));
                const bool dup = std::any_of(bucket->missing.begin(), bucket->missing.end(),
                                             [&](const Diagnostic &d) { return d.args.value(1) == to; });
                if (!dup) {
                    Diagnostic d;
                    d.severity = Severity::Warning;
                    d.code = QStringLiteral("missing-peer");
                    d.args << rule.id << to;
                    d.nodes << src.id;
                    bucket->missing.push_back(d);
                }
            }
        }
        for (int t : candidates) {
            if (t == s)
                continue;
            const Node &tgt = ctx.node(t);
            if (!ctx.conditionHolds(rule, s, t))
                continue;
            // Peers of one type without `bidirectional`: one flow per unordered pair, made
            // by the node with the smaller id when that node would pair the other way too.
            const bool peers = !rule.bidirectional && rule.from.contains(tgt.type)
                               && rule.to.contains(src.type);
            if (peers && tgt.id < src.id && ctx.isCandidate(rule, t, s) && ctx.conditionHolds(rule, t, s))
                continue;
            emitFlow(rule, s, t);
            if (rule.bidirectional)
                emitFlow(rule, t, s);
        }
    }
    m_buckets.insert(src.id, bucket);
}

const FlowSet &IncrementalDerivation::reset(const Design &design)
{
    m_buckets.clear();
    m_types.clear();
    m_hosts.clear();
    m_conflicts.clear();
    const Context ctx(design, m_catalogs);
    for (int i = 0; i < int(design.nodes.size()); ++i) {
        deriveBucket(ctx, i);
        m_types.insert(design.nodes[size_t(i)].id, design.nodes[size_t(i)].type);
        m_hosts.insert(design.nodes[size_t(i)].id, design.nodes[size_t(i)].host);
    }
    m_lastDerived = int(design.nodes.size());
    assemble(ctx, {}, true);
    return m_result;
}

const FlowSet &IncrementalDerivation::update(const Design &design, const ChangeSet &changes)
{
    if (changes.products || (m_buckets.isEmpty() && !design.nodes.empty()))
        return reset(design);
    const Context ctx(design, m_catalogs);

    QSet<QString> dirty;     // buckets to derive again
    QSet<QString> dirtyHosts; // hosts whose port conflicts to check again
    for (const QString &x : changes.nodes) {
        const int xi = ctx.byId.value(x, -1);
        // Any bucket holding a flow to or from X belongs to X or to a node that has X as a
        // candidate peer (bidirectional rules keep the reverse flow in the initiator's
        // bucket), so the candidate search below finds them all.
        dirty.insert(x);
        QStringList types;
        if (m_types.contains(x))
            types << m_types.value(x);
        if (xi >= 0 && !types.contains(ctx.node(xi).type))
            types << ctx.node(xi).type;
        if (m_hosts.contains(x))
            dirtyHosts.insert(m_hosts.value(x));
        if (xi >= 0)
            dirtyHosts.insert(ctx.node(xi).host);
        // Every node that has X as a candidate peer: linked to it, or not narrowed at all.
        for (const QString &type : types) {
            for (const Rule *rule : m_catalogs.allRules()) {
                if (!rule->to.contains(type))
                    continue;
                for (const QString &fromType : rule->from) {
                    for (int s : ctx.nodesOfType(fromType)) {
                        const bool linkedToX = xi >= 0 && std::find(ctx.links[size_t(s)].begin(), ctx.links[size_t(s)].end(), xi) != ctx.links[size_t(s)].end();
                        if (linkedToX || ctx.linkedTargets(*rule, s).empty())
                            dirty.insert(ctx.node(s).id);
                    }
                }
            }
        }
    }
    m_lastDerived = 0;
    for (const QString &id : dirty) {
        m_buckets.remove(id);
        const int i = ctx.byId.value(id, -1);
        if (i >= 0) {
            deriveBucket(ctx, i);
            ++m_lastDerived;
        }
    }
    for (const QString &x : changes.nodes) {
        const int xi = ctx.byId.value(x, -1);
        if (xi < 0) {
            m_types.remove(x);
            m_hosts.remove(x);
        } else {
            m_types.insert(x, ctx.node(xi).type);
            m_hosts.insert(x, ctx.node(xi).host);
        }
    }
    dirtyHosts.remove(QString());
    assemble(ctx, dirtyHosts, false);
    return m_result;
}

} // namespace portolan::core
