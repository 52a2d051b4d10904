#pragma once

// Internals shared by incremental.cpp (node indices, per-node derivation), engine.cpp
// (updates, diagnostics) and assembly.cpp (turning the per-node buckets into the ordered
// flow set, in full or by patching the previous result).

#include "engine/incremental.h"
#include "engine/options.h"
#include "engine/stringindex.h"
#include "engine/zonetree.h"

#include <algorithm>
#include <optional>
#include <unordered_map>
#include <vector>

namespace portolan::core {

/// The order of FlowSet::diagnostics: severity, code, nodes, arguments.
bool diagnosticLess(const Diagnostic &a, const Diagnostic &b);
/// The error for a node whose port parameters push a port past 65535.
Diagnostic portRange(const QString &node);

struct IncrementalDerivation::RawFlow
{
    QString source; ///< ids, to find the nodes again once the indices moved on (empty in a
    QString target; ///< one-shot derivation, where they never do)
    int s = -1; ///< node indices when derived; valid while the bucket's epoch is current
    int t = -1;
    Protocol protocol;
    PortSet ports;
    QStringList services;
    const Rule *rule;
};

struct IncrementalDerivation::Bucket
{
    QString owner; ///< the initiating node's id
    std::vector<RawFlow> flows;
    std::vector<Diagnostic> missing;
    QSet<QString> outOfRange; ///< nodes whose port parameters overflowed
    quint64 epoch = 0;        ///< Context::epoch when derived
};

/// One output flow before merging: initiator, listener, protocol, rule (null: manual).
struct IncrementalDerivation::FlowKey
{
    int source, target, protocol;
    const Rule *rule;
    bool operator==(const FlowKey &o) const
    {
        return source == o.source && target == o.target && protocol == o.protocol && rule == o.rule;
    }
};

struct FlowKeyHash
{
    size_t operator()(const IncrementalDerivation::FlowKey &k) const
    {
        size_t h = std::hash<const void *>()(k.rule);
        h ^= size_t(k.source) * 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2);
        h ^= size_t(k.target) * 0xC2B2AE3D27D4EB4Full + (h << 6) + (h >> 2);
        return h ^ size_t(k.protocol);
    }
};

/// Indices over the design, kept between updates: nodes by id, type and host, links by
/// node, the zone tree. Node indices stay valid until a node is removed or the nodes are
/// reordered; then everything is indexed again and `epoch` moves on.
class IncrementalDerivation::Context
{
public:
    explicit Context(const CatalogSet &c)
        : catalogs(c)
    {
    }

    /// Indexes `d` from scratch.
    void rebuild(const Design &d);
    /// Brings the indices up to date for `d` after the nodes in `changed` changed (added,
    /// removed, edited, links added or removed). When nodes were removed or put in between
    /// others, the indices of the nodes after them move: `remap` gets old index -> new index
    /// (-1: removed) and `epoch` moves on. Returns false when the nodes were reordered
    /// otherwise: then everything was indexed again.
    bool sync(const Design &d, const QSet<QString> &changed, std::vector<int> *remap);
    /// Indexes the zones again (and the zone of every node).
    void rebuildZones();
    /// Zone index of node `i` in `zones` (-1: root).
    int zoneOf(int i) const { return zoneIndex[size_t(i)]; }

    /// The keys of m_byId and m_byHost: node index -> id, host id -> host.
    auto idKey() const
    {
        return [this](int i) -> const QString & { return ids[size_t(i)]; };
    }
    auto hostKey() const
    {
        return [this](int h) -> const QString & { return hostNames[size_t(h)]; };
    }

    const Node &node(int i) const { return design->nodes[size_t(i)]; }
    int indexOf(const QString &id) const
    {
        return m_byId.find(id, StringIndex::hashOf(id), idKey());
    }
    /// How many distinct ids are indexed (fewer than nodes only in an invalid design).
    size_t distinctIds() const { return m_byId.size(); }
    bool sameHost(int a, int b) const
    {
        return !node(a).host.isEmpty() && node(a).host == node(b).host;
    }
    /// Type of node `i` as last indexed.
    const QString &typeName(int i) const { return m_typeNames[size_t(typeId[size_t(i)])]; }
    /// Host of node `i` as last indexed (empty: none).
    const QString &hostName(int i) const
    {
        const int h = hostId[size_t(i)];
        return h < 0 ? m_noHost : hostNames[size_t(h)];
    }
    /// Nodes on `host` (sorted), null when none is.
    const std::vector<int> *nodesOnHost(const QString &host) const
    {
        const int h = findHost(host);
        return h < 0 ? nullptr : &hostNodes[size_t(h)];
    }
    const std::vector<int> &nodesOfType(const QString &type) const
    {
        auto it = m_typeIds.constFind(type);
        return it == m_typeIds.constEnd() || size_t(*it) >= byType.size() ? m_none
                                                                           : byType[size_t(*it)];
    }
    /// The rules node `i` initiates (CatalogSet::rulesFrom of its type, looked up once per type).
    const std::vector<const Rule *> &rulesFrom(int i) const;
    const std::vector<int> &allTargets(const Rule &r) const;
    /// A rule's services and listener types resolved once (types as small integers, so
    /// that link filters compare integers, not strings).
    struct RuleInfo
    {
        std::vector<const Service *> services; ///< in rule order; null: unknown id
        std::vector<QStringList> serviceLists; ///< {service id} per service, shared by its flows
        std::vector<int> toTypes;
        /// The rule's advisories raised on a flow that crosses a firewall / that does not,
        /// shared by every such flow.
        QStringList advisoriesCrossing, advisoriesNotCrossing;
    };
    const RuleInfo &ruleInfo(const Rule &r) const;
    bool listensAs(const RuleInfo &info, int node) const
    {
        return std::find(info.toTypes.begin(), info.toTypes.end(), typeId[size_t(node)])
               != info.toTypes.end();
    }
    /// The linked targets of `s` for rule `r` into `out`; empty when `s` is not narrowed.
    void linkedTargets(const Rule &r, int s, std::vector<int> *out) const;
    bool isCandidate(const Rule &r, int s, int t) const;
    bool conditionHolds(const Rule &r, int s, int t) const
    {
        return !r.when || options->evaluate(*r.when, nullptr, &node(s), &node(t));
    }
    /// A service a node listens on, resolved once per node (options and overrides applied).
    struct Listening
    {
        const Service *service;
        bool active;
        bool outOfRange; ///< a port parameter pushed a port past 65535
        PortSet ports;   ///< with dynamic ranges
    };
    /// How node `i` listens on `svc`; null when `svc` does not run on its type.
    const Listening *listening(int i, const Service *svc) const;
    /// Whether the product-option part of a rule's condition lets it apply at all (a
    /// condition on node options is evaluated per pair instead). Cached: product options
    /// change only through ChangeSet::products, which indexes everything again.
    bool ruleEnabled(const Rule &r) const;

    /// Current index of the initiator / listener of `f` from a bucket of epoch `epoch`.
    int sourceOf(const RawFlow &f, quint64 bucketEpoch) const
    {
        return bucketEpoch == epoch ? f.s : indexOf(f.source);
    }
    int targetOf(const RawFlow &f, quint64 bucketEpoch) const
    {
        return bucketEpoch == epoch ? f.t : indexOf(f.target);
    }

    const CatalogSet &catalogs;
    const Design *design = nullptr;
    std::optional<OptionResolver> options;
    std::vector<std::vector<int>> byType; ///< node indices by type id, see ruleInfo()
    std::vector<std::vector<int>> links;
    std::vector<QString> ids;         ///< per node index, as last indexed
    std::vector<uint32_t> idHash;     ///< per node index: StringIndex::hashOf(ids[i])
    std::vector<int> zoneIndex;       ///< per node index
    std::vector<int> typeId;          ///< per node index, see ruleInfo()
    std::vector<int> hostId;          ///< per node index: into hostNames (-1: no host)
    std::vector<QString> hostNames;   ///< every non-empty host seen since the last rebuild
    std::vector<std::vector<int>> hostNodes; ///< per host id, sorted (may be empty)
    std::unique_ptr<ZoneTree> zones;
    quint64 epoch = 0;

private:
    void addNode(int i);
    void addLink(const Link &l);
    void addLink(int a, int b);
    bool reindexNodes(const Design &d, const QSet<QString> &changed, std::vector<int> *remap);
    int internType(const QString &type) const;
    int internHost(const QString &host);
    /// Adds node `i` to the nodes of `host` (kept sorted); returns the host's id, -1 for none.
    int placeOnHost(int i, const QString &host);
    int findHost(const QString &host) const;
    /// Indexes every node id again (from the stored hash codes).
    void rebuildIdIndex();
    std::vector<int> &ofType(int typeId);
    void relink(const Design &d, const QSet<QString> &changed);

    mutable QHash<const Rule *, std::vector<int>> m_targets;
    mutable std::vector<std::vector<Listening>> m_listening; ///< per node, filled on demand
    mutable std::vector<char> m_listeningValid;
    mutable QHash<const Rule *, bool> m_ruleEnabled;
    mutable QHash<QString, int> m_typeIds;
    mutable std::vector<QString> m_typeNames; ///< by type id
    StringIndex m_byId;                       ///< node id -> index
    StringIndex m_byHost;                     ///< host -> host id
    QString m_noHost;
    mutable std::vector<const std::vector<const Rule *> *> m_rulesFrom; ///< by type id
    mutable std::unordered_map<const Rule *, RuleInfo> m_ruleInfo; ///< references stay valid
    std::vector<int> m_none;
};

} // namespace portolan::core
