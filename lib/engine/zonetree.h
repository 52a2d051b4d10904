#pragma once

#include "model/design.h"

#include <QHash>
#include <QStringList>

namespace portolan::core {

/// The zone hierarchy of a design, answering "which firewalls does a path cross?".
class ZoneTree
{
public:
    explicit ZoneTree(const Design &design);

    /// Index of a zone id, or -1 for the root (no zone / unknown).
    int indexOf(const QString &zoneId) const { return m_index.value(zoneId, -1); }
    /// Firewalls crossed going from zone `from` to zone `to` (indices, -1 = root), in path
    /// order; consecutive boundaries guarded by the same firewall are counted once.
    QStringList crossing(int from, int to) const;
    /// Whether zone `inner` lies inside zone `outer` (or is it).
    bool isWithin(int inner, int outer) const;

private:
    const Design &m_design;
    QHash<QString, int> m_index;
    std::vector<int> m_parent;
    std::vector<int> m_depth;
    mutable QHash<quint64, QStringList> m_cache;
};

} // namespace portolan::core
