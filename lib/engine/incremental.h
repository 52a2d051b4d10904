#pragma once

#include "catalog/catalogset.h"
#include "engine/flow.h"
#include "model/design.h"

#include <QHash>
#include <QSet>

#include <memory>

namespace portolan::core {

/// What changed in a design since the last derivation.
struct ChangeSet
{
    /// Nodes added, removed or changed in any way (type, zone, host, options, ports). When
    /// a link is added or removed, both of its ends belong here.
    QSet<QString> nodes;
    bool zones = false;    ///< zones added, removed, re-parented or firewall settings changed
    bool products = false; ///< product options changed (re-derives everything)
    bool flows = false;    ///< manual flows changed
};

/// The rule engine with memory: after an edit only the flows of the affected nodes are
/// derived again. Results are identical to a full derivation (Engine::derive uses this
/// class too), which the tests check over random edit sequences.
///
/// Flows are derived per initiating node ("bucket"); an edit to node X re-derives the
/// buckets of X and of every node that has X as a candidate peer. Crossing, order, ids,
/// advisories and (per host) port conflicts are then assembled from the buckets.
class IncrementalDerivation
{
public:
    explicit IncrementalDerivation(const CatalogSet &catalogs);
    ~IncrementalDerivation();

    /// Full derivation.
    const FlowSet &reset(const Design &design);
    /// Re-derives what `changes` affects in `design` (the design after the edit).
    const FlowSet &update(const Design &design, const ChangeSet &changes);
    const FlowSet &flows() const { return m_result; }
    /// Number of buckets re-derived by the last call (for benchmarks and tests).
    int lastDerivedSources() const { return m_lastDerived; }

    struct RawFlow;
    struct Bucket;

private:
    class Context;
    void deriveBucket(const Context &ctx, int s);
    void assemble(const Context &ctx, const QSet<QString> &dirtyHosts, bool allHosts);
    std::vector<Diagnostic> findConflicts(const Context &ctx, const QString &host,
                                          const std::vector<int> &nodes) const;

    const CatalogSet &m_catalogs;
    QHash<QString, std::shared_ptr<Bucket>> m_buckets;      ///< by initiating node id
    QHash<QString, QString> m_types;                        ///< node id -> type at last derivation
    QHash<QString, QString> m_hosts;                        ///< node id -> host at last derivation
    QHash<QString, std::vector<Diagnostic>> m_conflicts;    ///< by host key
    FlowSet m_result;
    int m_lastDerived = 0;
};

} // namespace portolan::core
