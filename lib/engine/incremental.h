#pragma once

#include "catalog/catalogset.h"
#include "engine/flow.h"
#include "model/design.h"

#include <QHash>
#include <QSet>

#include <map>
#include <memory>
#include <vector>

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

/// What the last IncrementalDerivation::reset() or update() changed in flows(), so that a
/// view can update only what changed. Positions are indices into the flow lists; a flow
/// that is neither added, removed nor changed is equal to its previous version except,
/// from `firstRenumbered` on, for its position and its id.
struct FlowDelta
{
    bool full = true;          ///< anything may have changed (reset, zone edits): refresh all
    std::vector<int> removed;  ///< positions in the previous flows() of flows now gone
    std::vector<int> added;    ///< positions in flows() of new flows
    std::vector<int> changed;  ///< positions in flows() of kept flows whose content changed
    int firstRenumbered = -1;  ///< first position whose flow id changed; -1: no id changed
    bool diagnosticsChanged = true; ///< FlowSet::diagnostics differs from the previous one

    bool isEmpty() const
    {
        return !full && removed.empty() && added.empty() && changed.empty() && !diagnosticsChanged;
    }
};

/// The rule engine with memory: after an edit only the flows of the affected nodes are
/// derived again. Results are identical to a full derivation (Engine::derive uses this
/// class too), which the tests check over random edit sequences.
///
/// Flows are derived per initiating node ("bucket"); an edit to node X re-derives the
/// buckets of X and of every node that has X as a candidate peer. The ordered flow list,
/// advisories, missing peers and (per host) port conflicts are then patched for the flows,
/// nodes and hosts those buckets concern; the node indices are kept between updates (moved
/// over removed and re-inserted nodes). Editing zones, or reordering nodes in another way,
/// assembles the whole list again from the buckets.
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
    /// Moves the flows out (for a one-off derivation); the next call must be reset().
    FlowSet takeFlows();
    /// A one-off full derivation (Engine::derive): reset() and takeFlows(), except that the
    /// flows take their port sets from the buckets instead of copying them, as the buckets
    /// are not kept. The next call must be reset().
    FlowSet deriveOnce(const Design &design);
    /// Number of buckets re-derived by the last call (for benchmarks and tests).
    int lastDerivedSources() const { return m_lastDerived; }
    /// What the last reset() or update() changed in flows().
    const FlowDelta &lastDelta() const { return m_delta; }
    /// True when the last update() patched the flow list instead of assembling it again
    /// (for benchmarks and tests).
    bool lastUpdatePatched() const { return m_patched; }

    struct RawFlow;
    struct Bucket;
    struct FlowKey;
    class Context;

private:
    void deriveBucket(int s);
    /// The bucket of node `id` (null: none or no such node).
    std::shared_ptr<Bucket> bucketOf(const QString &id) const;
    /// Moves the buckets to their nodes' new indices after Context::sync(); those of removed
    /// nodes go to `removed`, by node id.
    void moveBuckets(bool kept, const std::vector<int> &remap,
                     QHash<QString, std::shared_ptr<Bucket>> *removed);
    QSet<QString> dirtyBuckets(const ChangeSet &changes,
                               const QHash<QString, QString> &oldTypes) const;
    void assemble(const QSet<QString> &dirtyHosts, bool allHosts);
    using OldBuckets = std::vector<std::pair<QString, std::shared_ptr<Bucket>>>;
    bool patch(const OldBuckets &old, const QSet<QString> &dirtyHosts, const ChangeSet &changes,
               const std::vector<int> &orphaned, const std::vector<int> &origin);
    void patchDiagnostics(const OldBuckets &old, const QSet<QString> &dirtyHosts,
                          const QSet<QString> &dirtyAdvisories);
    void finishFlow(Flow &f) const;
    Diagnostic advisoryDiagnostic(const QString &aid, const std::vector<int> &positions) const;
    void insertDiagnostic(Diagnostic d);
    bool removeDiagnostic(const Diagnostic &d);
    void recheckHosts(const QSet<QString> &hosts, bool all);
    std::vector<Diagnostic> findConflicts(const QString &host, const std::vector<int> &nodes) const;

    const CatalogSet &m_catalogs;
    std::unique_ptr<Context> m_ctx;
    /// By initiating node index (null: no bucket), moved with the indices in update(): a hash
    /// by node id cost a string hash per node and a fifth of a full derivation's time.
    std::vector<std::shared_ptr<Bucket>> m_buckets;
    QHash<QString, std::vector<Diagnostic>> m_conflicts;    ///< by host key
    std::map<QString, std::vector<int>> m_advisories; ///< advisory id -> flow positions
    QHash<QString, int> m_outOfRange; ///< node id -> buckets finding its ports out of range
    FlowSet m_result;
    FlowDelta m_delta;
    int m_lastDerived = 0;
    bool m_patched = false;
    /// deriveOnce(): the buckets are thrown away after one assemble(), which may move their
    /// port sets out, and their raw flows need not name their nodes (see RawFlow).
    bool m_oneShot = false;
    std::vector<int> m_linked;   ///< deriveBucket(): scratch for a rule's linked targets
};

} // namespace portolan::core
