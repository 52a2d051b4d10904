// IncrementalDerivation internals: the indices kept between updates (Context) and the
// derivation of one node's bucket. The entry points reset() and update() are in engine.cpp.
#include "incremental.h"

#include "engine/incremental_p.h"

#include <map>
#include <tuple>

namespace portolan::core {

// --- Context: indices kept between updates ---------------------------------------------

namespace {

/// `lookup(key)`, remembering the last key: nodes of one type or zone, and the links of one
/// node, tend to follow each other in a design, and comparing two strings is much cheaper
/// than hashing one (string hashing was a sixth of the time of a full derivation).
class LastLookup
{
public:
    template<typename F>
    int operator()(const QString &key, F &&lookup)
    {
        if (!m_key || key != *m_key) {
            m_value = lookup(key);
            m_key = &key;
        }
        return m_value;
    }

private:
    const QString *m_key = nullptr; ///< in the design, which outlives the lookup
    int m_value = -1;
};

void insertSorted(std::vector<int> &v, int i)
{
    v.insert(std::lower_bound(v.begin(), v.end(), i), i);
}

void eraseFrom(std::vector<int> &v, int i)
{
    v.erase(std::remove(v.begin(), v.end(), i), v.end());
}

} // namespace

void IncrementalDerivation::Context::addNode(int i)
{
    const Node &n = design->nodes[size_t(i)];
    ids.push_back(n.id);
    idHash.push_back(StringIndex::hashOf(n.id));
    m_byId.insert(n.id, idHash.back(), i, idKey());
    // The previous node's type id when the type is the same (see LastLookup).
    const int type = !typeId.empty() && n.type == typeName(i - 1) ? typeId.back()
                                                                   : internType(n.type);
    ofType(type).push_back(i);
    hostId.push_back(placeOnHost(i, n.host));
    zoneIndex.push_back(zones ? zones->indexOf(n.zone) : -1);
    typeId.push_back(type);
    links.emplace_back();
}

int IncrementalDerivation::Context::findHost(const QString &host) const
{
    return m_byHost.find(host, StringIndex::hashOf(host), hostKey());
}

int IncrementalDerivation::Context::placeOnHost(int i, const QString &host)
{
    if (host.isEmpty())
        return -1;
    const int h = internHost(host);
    insertSorted(hostNodes[size_t(h)], i);
    return h;
}

int IncrementalDerivation::Context::internHost(const QString &host)
{
    const uint32_t hash = StringIndex::hashOf(host);
    int h = m_byHost.find(host, hash, hostKey());
    if (h < 0) {
        h = int(hostNames.size());
        hostNames.push_back(host);
        hostNodes.emplace_back();
        m_byHost.insert(host, hash, h, hostKey());
    }
    return h;
}

void IncrementalDerivation::Context::rebuildIdIndex()
{
    m_byId.clear();
    m_byId.reserve(ids.size());
    for (size_t k = 0; k < ids.size(); ++k)
        m_byId.insert(ids[k], idHash[k], int(k), idKey());
}

int IncrementalDerivation::Context::internType(const QString &type) const
{
    auto it = m_typeIds.constFind(type);
    if (it == m_typeIds.constEnd()) {
        it = m_typeIds.insert(type, int(m_typeIds.size()));
        m_typeNames.push_back(type);
    }
    return *it;
}

std::vector<int> &IncrementalDerivation::Context::ofType(int type)
{
    if (size_t(type) >= byType.size())
        byType.resize(size_t(type) + 1);
    return byType[size_t(type)];
}

const std::vector<const Rule *> &IncrementalDerivation::Context::rulesFrom(int i) const
{
    const size_t type = size_t(typeId[size_t(i)]);
    if (type >= m_rulesFrom.size())
        m_rulesFrom.resize(type + 1, nullptr);
    if (!m_rulesFrom[type])
        m_rulesFrom[type] = &catalogs.rulesFrom(typeName(i));
    return *m_rulesFrom[type];
}

const IncrementalDerivation::Context::RuleInfo &
IncrementalDerivation::Context::ruleInfo(const Rule &r) const
{
    auto it = m_ruleInfo.find(&r);
    if (it != m_ruleInfo.end())
        return it->second;
    RuleInfo info;
    for (const QString &sid : r.services) {
        const Service *svc = catalogs.service(sid);
        info.services.push_back(svc);
        info.serviceLists.push_back(svc ? QStringList{svc->id} : QStringList());
    }
    for (const QString &type : r.to)
        info.toTypes.push_back(internType(type));
    for (const QString &aid : r.advisories) {
        const Advisory *a = catalogs.advisory(aid);
        if (!a)
            continue;
        info.advisoriesCrossing << aid;
        if (a->trigger != Advisory::Trigger::Crossing)
            info.advisoriesNotCrossing << aid;
    }
    return m_ruleInfo.emplace(&r, std::move(info)).first->second;
}

const IncrementalDerivation::Context::Listening *
IncrementalDerivation::Context::listening(int i, const Service *svc) const
{
    if (m_listeningValid.size() < ids.size()) {
        m_listeningValid.resize(ids.size(), 0);
        m_listening.resize(ids.size());
    }
    auto &list = m_listening[size_t(i)];
    if (!m_listeningValid[size_t(i)]) {
        list.clear();
        const Node &n = node(i);
        for (const Service *s : catalogs.servicesOn(n.type)) {
            Listening l{s, options->serviceActive(*s, n), false, PortSet()};
            if (l.active)
                l.ports = options->servicePorts(*s, n, true, &l.outOfRange);
            list.push_back(std::move(l));
        }
        m_listeningValid[size_t(i)] = 1;
    }
    for (const Listening &l : list) {
        if (l.service == svc)
            return &l;
    }
    return nullptr;
}

bool IncrementalDerivation::Context::ruleEnabled(const Rule &r) const
{
    if (!r.when || OptionResolver::dependsOnNodes(*r.when))
        return true;
    auto it = m_ruleEnabled.constFind(&r);
    if (it == m_ruleEnabled.constEnd())
        it = m_ruleEnabled.insert(&r, options->evaluate(*r.when, nullptr, nullptr, nullptr));
    return *it;
}

void IncrementalDerivation::Context::rebuildZones()
{
    zones = std::make_unique<ZoneTree>(*design);
    zoneIndex.resize(ids.size());
    LastLookup zone;
    for (size_t i = 0; i < ids.size(); ++i)
        zoneIndex[i] = zone(design->nodes[i].zone,
                            [this](const QString &z) { return zones->indexOf(z); });
}

void IncrementalDerivation::Context::rebuild(const Design &d)
{
    design = &d;
    options.emplace(d, catalogs);
    ++epoch;
    m_byId.clear();
    byType.clear();
    m_byHost.clear();
    hostNames.clear();
    hostNodes.clear();
    links.clear();
    ids.clear();
    idHash.clear();
    hostId.clear();
    zoneIndex.clear();
    typeId.clear();
    zones.reset();
    m_targets.clear();
    m_listening.clear();
    m_listeningValid.clear();
    m_ruleEnabled.clear();
    const int n = int(d.nodes.size());
    m_byId.reserve(size_t(n));
    ids.reserve(size_t(n));
    idHash.reserve(size_t(n));
    zoneIndex.reserve(size_t(n));
    typeId.reserve(size_t(n));
    hostId.reserve(size_t(n));
    links.reserve(size_t(n));
    for (int i = 0; i < n; ++i)
        addNode(i);
    LastLookup from, to;
    auto index = [this](const QString &id) { return indexOf(id); };
    for (const Link &l : d.links)
        addLink(from(l.from, index), to(l.to, index));
    rebuildZones();
}

void IncrementalDerivation::Context::addLink(const Link &l)
{
    addLink(indexOf(l.from), indexOf(l.to));
}

void IncrementalDerivation::Context::addLink(int a, int b)
{
    if (a < 0 || b < 0 || a == b)
        return;
    links[size_t(a)].push_back(b);
    links[size_t(b)].push_back(a);
}

bool IncrementalDerivation::Context::sync(const Design &d, const QSet<QString> &changed,
                                          std::vector<int> *remap)
{
    const bool sameDesign = design == &d;
    remap->clear();
    // Node indices are kept when every known node is still where it was (O(n) pointer
    // comparisons: ids are implicitly shared with the design), or moved down over removed
    // nodes.
    bool kept = d.nodes.size() >= ids.size();
    for (size_t i = 0; kept && i < ids.size(); ++i) {
        const QString &id = d.nodes[i].id;
        kept = id.constData() == ids[i].constData() || id == ids[i];
    }
    if (!kept && !reindexNodes(d, changed, remap)) {
        rebuild(d);
        return false;
    }
    const size_t n = d.nodes.size(), old = ids.size();
    design = &d;
    options.emplace(d, catalogs);
    bool typesChanged = n > old || !remap->empty();
    for (size_t i = old; i < n; ++i)
        addNode(int(i));
    for (const QString &id : changed) {
        const int i = indexOf(id);
        if (i < 0 || size_t(i) >= old)
            continue;
        const Node &x = d.nodes[size_t(i)];
        zoneIndex[size_t(i)] = zones->indexOf(x.zone);
        if (size_t(i) < m_listeningValid.size())
            m_listeningValid[size_t(i)] = 0;
        if (x.type != typeName(i)) {
            eraseFrom(byType[size_t(typeId[size_t(i)])], i);
            typeId[size_t(i)] = internType(x.type);
            insertSorted(ofType(typeId[size_t(i)]), i);
            typesChanged = true;
        }
        if (x.host != hostName(i)) {
            if (hostId[size_t(i)] >= 0)
                eraseFrom(hostNodes[size_t(hostId[size_t(i)])], i);
            hostId[size_t(i)] = placeOnHost(i, x.host);
        }
    }
    if (typesChanged)
        m_targets.clear();
    relink(d, changed);
    if (!sameDesign)
        rebuildZones();
    return true;
}

bool IncrementalDerivation::Context::reindexNodes(const Design &d, const QSet<QString> &changed,
                                                 std::vector<int> *remap)
{
    // The design's nodes must be the known ones in the same order with some left out and
    // some put in (undo of a deletion puts a node back where it was), each listed as changed.
    const size_t n = d.nodes.size(), old = ids.size();
    auto same = [](const QString &a, const QString &b) {
        return a.constData() == b.constData() || a == b;
    };
    std::vector<int> map(old, -1);
    std::vector<char> added(n, 0);
    size_t i = 0, j = 0;
    while (i < old || j < n) {
        if (i < old && j < n && same(d.nodes[j].id, ids[i]))
            map[i++] = int(j++);
        else if (j < n && changed.contains(d.nodes[j].id))
            added[j++] = 1;
        else if (i < old && changed.contains(ids[i]))
            ++i; // removed
        else
            return false; // moved, not removed or added
    }
    m_listeningValid.resize(old, 0);
    m_listening.resize(old);
    auto place = [&](auto &v) {
        std::remove_reference_t<decltype(v)> out(n);
        for (size_t k = 0; k < old; ++k) {
            if (map[k] >= 0)
                out[size_t(map[k])] = std::move(v[k]);
        }
        v = std::move(out);
    };
    place(ids);
    place(idHash);
    place(hostId);
    place(zoneIndex);
    place(typeId);
    place(links);
    place(m_listening);
    place(m_listeningValid);
    auto move = [&](std::vector<int> &v) {
        std::vector<int> out;
        out.reserve(v.size());
        for (int k : v) {
            if (map[size_t(k)] >= 0)
                out.push_back(map[size_t(k)]);
        }
        v = std::move(out);
    };
    for (auto &l : links)
        move(l);
    for (auto &nodes : byType)
        move(nodes);
    for (auto &nodes : hostNodes)
        move(nodes);
    for (size_t k = 0; k < n; ++k) {
        if (!added[k])
            continue;
        const Node &x = d.nodes[k];
        ids[k] = x.id;
        idHash[k] = StringIndex::hashOf(x.id);
        zoneIndex[k] = zones ? zones->indexOf(x.zone) : -1;
        typeId[k] = internType(x.type);
        insertSorted(ofType(typeId[k]), int(k));
        hostId[k] = placeOnHost(int(k), x.host);
    }
    rebuildIdIndex();
    m_targets.clear();
    ++epoch; // buckets find their nodes by id from now on
    *remap = std::move(map);
    return true;
}

void IncrementalDerivation::Context::relink(const Design &d, const QSet<QString> &changed)
{
    // Drop every adjacency of a changed node, then add back the links that touch one.
    std::vector<int> touched;
    QSet<QString> touchedIds;
    for (const QString &id : changed) {
        const int i = indexOf(id);
        if (i >= 0 && !touchedIds.contains(id)) {
            touched.push_back(i);
            touchedIds.insert(id);
        }
    }
    if (touched.empty())
        return;
    std::vector<char> mark(links.size(), 0);
    for (int i : touched)
        mark[size_t(i)] = 1;
    for (int i : touched) {
        for (int y : links[size_t(i)]) {
            if (!mark[size_t(y)]) {
                auto &l = links[size_t(y)];
                l.erase(std::remove(l.begin(), l.end(), i), l.end());
            }
        }
        links[size_t(i)].clear();
    }
    auto touches = [&](const QString &id) {
        if (touched.size() > 4)
            return touchedIds.contains(id);
        for (int i : touched) {
            if (ids[size_t(i)] == id)
                return true;
        }
        return false;
    };
    for (const Link &l : d.links) {
        if (touches(l.from) || touches(l.to))
            addLink(l);
    }
}

const std::vector<int> &IncrementalDerivation::Context::allTargets(const Rule &r) const
{
    auto it = m_targets.constFind(&r);
    if (it != m_targets.constEnd())
        return *it;
    std::vector<int> all;
    for (const QString &type : r.to) {
        const auto &v = nodesOfType(type);
        all.insert(all.end(), v.begin(), v.end());
    }
    return *m_targets.insert(&r, all);
}

void IncrementalDerivation::Context::linkedTargets(const Rule &r, int s, std::vector<int> *out) const
{
    out->clear();
    const RuleInfo &info = ruleInfo(r);
    for (int t : links[size_t(s)]) {
        if (listensAs(info, t) && std::find(out->begin(), out->end(), t) == out->end())
            out->push_back(t);
    }
}

bool IncrementalDerivation::Context::isCandidate(const Rule &r, int s, int t) const
{
    if (s == t || !listensAs(ruleInfo(r), t))
        return false;
    std::vector<int> linked;
    linkedTargets(r, s, &linked);
    return linked.empty() || std::find(linked.begin(), linked.end(), t) != linked.end();
}

// --- Derivation -----------------------------------------------------------------------

IncrementalDerivation::IncrementalDerivation(const CatalogSet &catalogs)
    : m_catalogs(catalogs)
{
}

IncrementalDerivation::~IncrementalDerivation() = default;

void IncrementalDerivation::deriveBucket(int s)
{
    const Context &ctx = *m_ctx;
    const Node &src = ctx.node(s);
    const std::vector<const Rule *> &rules = ctx.rulesFrom(s);
    if (m_buckets.size() < ctx.ids.size())
        m_buckets.resize(ctx.ids.size());
    m_buckets[size_t(s)].reset();
    if (rules.empty()) // initiates nothing: no bucket
        return;
    // Ids repeat only in an invalid in-memory design: then, as everything found by id, only
    // the node the id maps to has a bucket.
    if (ctx.distinctIds() != ctx.ids.size() && ctx.indexOf(src.id) != s)
        return;
    auto bucket = std::make_shared<Bucket>();
    if (!m_oneShot) // (the owner is for moveBuckets())
        bucket->owner = src.id;
    bucket->epoch = ctx.epoch;
    bucket->flows.reserve(4);
    // (initiator, listener, protocol, rule) -> flow in this bucket: a linear search while
    // the bucket is small, an index once it grows.
    std::map<std::tuple<int, int, int, const Rule *>, size_t> merge;
    auto find = [&](int from, int to, Protocol proto, const Rule *rule) -> RawFlow * {
        auto &flows = bucket->flows;
        if (flows.size() <= 16) {
            for (RawFlow &f : flows) {
                if (f.s == from && f.t == to && f.protocol == proto && f.rule == rule)
                    return &f;
            }
            return nullptr;
        }
        if (merge.empty()) {
            for (size_t i = 0; i < flows.size(); ++i)
                merge.emplace(std::make_tuple(flows[i].s, flows[i].t, int(flows[i].protocol), flows[i].rule), i);
        }
        auto it = merge.find(std::make_tuple(from, to, int(proto), rule));
        return it == merge.end() ? nullptr : &flows[it->second];
    };

    auto emitFlow = [&](const Rule &rule, const Context::RuleInfo &info, int from, int to) {
        const Node &target = ctx.node(to);
        for (size_t k = 0; k < info.services.size(); ++k) {
            const Service *svc = info.services[k];
            const Context::Listening *l = svc ? ctx.listening(to, svc) : nullptr;
            if (!l || !l->active)
                continue;
            if (svc->scope == Service::Scope::Host && !ctx.sameHost(from, to))
                continue; // host-only services never leave the host
            if (l->outOfRange)
                bucket->outOfRange.insert(target.id);
            const PortSet &ports = l->ports;
            for (Protocol proto : svc->protocols) {
                if (proto != Protocol::Icmp && ports.isEmpty())
                    continue;
                if (RawFlow *f = find(from, to, proto, &rule)) {
                    f->ports.unite(ports);
                    if (!f->services.contains(svc->id))
                        f->services << svc->id;
                    continue;
                }
                if (!merge.empty())
                    merge.emplace(std::make_tuple(from, to, int(proto), &rule), bucket->flows.size());
                // A one-shot derivation never looks its nodes up again by id: copying the
                // ids is two reference counts in two allocations per flow, each a cache miss
                // in a large design, and as many again to free them.
                bucket->flows.push_back(RawFlow{m_oneShot ? QString() : ctx.node(from).id,
                                                m_oneShot ? QString() : target.id, from, to,
                                                proto, ports, info.serviceLists[k], &rule});
            }
        }
    };

    std::vector<int> &linked = m_linked;
    for (const Rule *rulePtr : rules) {
        const Rule &rule = *rulePtr;
        if (!ctx.ruleEnabled(rule))
            continue;
        // A condition on product options only was checked above; one on node options is
        // checked per pair.
        const bool perPair = rule.when && OptionResolver::dependsOnNodes(*rule.when);
        const Context::RuleInfo &info = ctx.ruleInfo(rule);
        ctx.linkedTargets(rule, s, &linked);
        const std::vector<int> &candidates = linked.empty() ? ctx.allTargets(rule) : linked;
        if (rule.required) {
            const bool applies = !rule.when || ctx.options->evaluate(*rule.when, &src, &src, nullptr);
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
            if (perPair && !ctx.conditionHolds(rule, s, t))
                continue;
            // Peers of one type without `bidirectional`: one flow per unordered pair, made
            // by the node with the smaller id when that node would pair the other way too.
            const bool peers = !rule.bidirectional && rule.from.contains(tgt.type)
                               && rule.to.contains(src.type);
            if (peers && tgt.id < src.id && ctx.isCandidate(rule, t, s) && ctx.conditionHolds(rule, t, s))
                continue;
            emitFlow(rule, info, s, t);
            if (rule.bidirectional)
                emitFlow(rule, info, t, s);
        }
    }
    // Nodes that initiate nothing (and miss nothing) need no bucket.
    if (!bucket->flows.empty() || !bucket->missing.empty() || !bucket->outOfRange.isEmpty())
        m_buckets[size_t(s)] = std::move(bucket);
}

} // namespace portolan::core
