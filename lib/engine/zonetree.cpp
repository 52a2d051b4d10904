#include "zonetree.h"

namespace portolan::core {

ZoneTree::ZoneTree(const Design &design)
    : m_design(design)
{
    const int n = int(design.zones.size());
    m_parent.assign(size_t(n), -1);
    m_depth.assign(size_t(n), 0);
    for (int i = 0; i < n; ++i)
        m_index.insert(design.zones[size_t(i)].id, i);
    for (int i = 0; i < n; ++i)
        m_parent[size_t(i)] = m_index.value(design.zones[size_t(i)].parent, -1);
    // Depth with a step cap, so an in-memory design with a parent cycle cannot hang us.
    for (int i = 0; i < n; ++i) {
        int d = 0;
        for (int p = m_parent[size_t(i)]; p >= 0 && d <= n; p = m_parent[size_t(p)])
            ++d;
        if (d > n) { // cycle: treat the zone as top level
            m_parent[size_t(i)] = -1;
            d = 0;
        }
        m_depth[size_t(i)] = d;
    }
    // Recompute after cycle breaking so depths agree with parents.
    for (int i = 0; i < n; ++i) {
        int d = 0;
        for (int p = m_parent[size_t(i)]; p >= 0 && d <= n; p = m_parent[size_t(p)])
            ++d;
        m_depth[size_t(i)] = d;
    }
}

bool ZoneTree::isWithin(int inner, int outer) const
{
    if (outer < 0)
        return true;
    int steps = 0;
    for (int z = inner; z >= 0 && steps <= int(m_parent.size()); z = m_parent[size_t(z)], ++steps) {
        if (z == outer)
            return true;
    }
    return false;
}

QStringList ZoneTree::crossing(int from, int to) const
{
    const quint64 key = (quint64(quint32(from + 1)) << 32) | quint32(to + 1);
    auto it = m_cache.constFind(key);
    if (it != m_cache.constEnd())
        return *it;

    std::vector<int> up, down;
    int a = from, b = to;
    auto depth = [this](int z) { return z < 0 ? -1 : m_depth[size_t(z)]; };
    while (depth(a) > depth(b)) {
        up.push_back(a);
        a = m_parent[size_t(a)];
    }
    while (depth(b) > depth(a)) {
        down.push_back(b);
        b = m_parent[size_t(b)];
    }
    while (a != b) {
        up.push_back(a);
        down.push_back(b);
        a = m_parent[size_t(a)];
        b = m_parent[size_t(b)];
    }
    QStringList firewalls;
    auto visit = [&](int z) {
        const Zone &zone = m_design.zones[size_t(z)];
        if (!zone.firewalled)
            return;
        QString name = zone.firewall;
        if (name.isEmpty())
            name = zone.name.isEmpty() ? zone.id : zone.name;
        if (firewalls.isEmpty() || firewalls.last() != name)
            firewalls << name;
    };
    for (int z : up)
        visit(z);
    for (auto rit = down.rbegin(); rit != down.rend(); ++rit)
        visit(*rit);
    m_cache.insert(key, firewalls);
    return firewalls;
}

} // namespace portolan::core
