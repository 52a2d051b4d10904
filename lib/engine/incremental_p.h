#pragma once

// Internals shared by incremental.cpp (per-node derivation) and assembly.cpp (turning the
// per-node buckets into the ordered flow set with diagnostics).

#include "engine/incremental.h"
#include "engine/options.h"

#include <algorithm>
#include <vector>

namespace portolan::core {

struct IncrementalDerivation::RawFlow
{
    QString source;
    QString target;
    Protocol protocol;
    PortSet ports;
    QStringList services;
    const Rule *rule;
};

struct IncrementalDerivation::Bucket
{
    std::vector<RawFlow> flows;
    std::vector<Diagnostic> missing;
    QSet<QString> outOfRange; ///< nodes whose port parameters overflowed
};

/// Indices over one state of the design: nodes by id and type, links by node.
class IncrementalDerivation::Context
{
public:
    Context(const Design &d, const CatalogSet &c)
        : design(d), catalogs(c), options(d, c)
    {
        const int n = int(d.nodes.size());
        byId.reserve(n);
        for (int i = 0; i < n; ++i) {
            byId.insert(d.nodes[size_t(i)].id, i);
            byType[d.nodes[size_t(i)].type].push_back(i);
        }
        links.resize(size_t(n));
        for (const Link &l : d.links) {
            const int a = byId.value(l.from, -1);
            const int b = byId.value(l.to, -1);
            if (a < 0 || b < 0 || a == b)
                continue;
            links[size_t(a)].push_back(b);
            links[size_t(b)].push_back(a);
        }
    }

    const Node &node(int i) const { return design.nodes[size_t(i)]; }
    bool sameHost(int a, int b) const
    {
        return !node(a).host.isEmpty() && node(a).host == node(b).host;
    }
    const std::vector<int> &nodesOfType(const QString &type) const
    {
        auto it = byType.constFind(type);
        return it == byType.constEnd() ? m_none : *it;
    }
    const std::vector<int> &allTargets(const Rule &r) const
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
    /// The linked targets of `s` for rule `r`; empty when `s` is not narrowed.
    std::vector<int> linkedTargets(const Rule &r, int s) const
    {
        std::vector<int> out;
        for (int t : links[size_t(s)]) {
            if (r.to.contains(node(t).type) && std::find(out.begin(), out.end(), t) == out.end())
                out.push_back(t);
        }
        return out;
    }
    bool isCandidate(const Rule &r, int s, int t) const
    {
        if (s == t || !r.to.contains(node(t).type))
            return false;
        const std::vector<int> linked = linkedTargets(r, s);
        return linked.empty() || std::find(linked.begin(), linked.end(), t) != linked.end();
    }
    bool conditionHolds(const Rule &r, int s, int t) const
    {
        return !r.when || options.evaluate(*r.when, nullptr, &node(s), &node(t));
    }

    const Design &design;
    const CatalogSet &catalogs;
    OptionResolver options;
    QHash<QString, int> byId;
    QHash<QString, std::vector<int>> byType;
    std::vector<std::vector<int>> links;

private:
    mutable QHash<const Rule *, std::vector<int>> m_targets;
    std::vector<int> m_none;
};

} // namespace portolan::core
