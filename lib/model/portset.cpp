#include "portset.h"

#include <QCoreApplication>

#include <QStringList>

#include <algorithm>

namespace portolan::core {

void PortSet::add(int first, int last)
{
    if (first > last)
        std::swap(first, last);
    // Insert keeping order, then merge overlapping or adjacent neighbours.
    auto it = std::lower_bound(m_ranges.begin(), m_ranges.end(), Range{first, last});
    m_ranges.insert(it, Range{first, last});
    std::vector<Range> merged;
    merged.reserve(m_ranges.size());
    for (const Range &r : m_ranges) {
        if (!merged.empty() && r.first <= merged.back().second + 1)
            merged.back().second = std::max(merged.back().second, r.second);
        else
            merged.push_back(r);
    }
    m_ranges.swap(merged);
}

void PortSet::unite(const PortSet &other)
{
    for (const Range &r : other.m_ranges)
        add(r.first, r.second);
}

bool PortSet::contains(int port) const
{
    auto it = std::upper_bound(m_ranges.begin(), m_ranges.end(), Range{port, 1 << 30});
    if (it == m_ranges.begin())
        return false;
    --it;
    return port >= it->first && port <= it->second;
}

bool PortSet::containsAll(const PortSet &other) const
{
    for (const Range &r : other.m_ranges) {
        auto it = std::upper_bound(m_ranges.begin(), m_ranges.end(), Range{r.first, 1 << 30});
        if (it == m_ranges.begin())
            return false;
        --it;
        if (r.first < it->first || r.second > it->second)
            return false;
    }
    return true;
}

PortSet PortSet::intersected(const PortSet &other) const
{
    PortSet out;
    size_t i = 0, j = 0;
    while (i < m_ranges.size() && j < other.m_ranges.size()) {
        const int lo = std::max(m_ranges[i].first, other.m_ranges[j].first);
        const int hi = std::min(m_ranges[i].second, other.m_ranges[j].second);
        if (lo <= hi)
            out.m_ranges.push_back({lo, hi});
        if (m_ranges[i].second < other.m_ranges[j].second)
            ++i;
        else
            ++j;
    }
    return out;
}

long PortSet::count() const
{
    long n = 0;
    for (const Range &r : m_ranges)
        n += r.second - r.first + 1;
    return n;
}

QString PortSet::toString() const
{
    QStringList parts;
    parts.reserve(int(m_ranges.size()));
    for (const Range &r : m_ranges) {
        if (r.first == r.second)
            parts << QString::number(r.first);
        else
            parts << QString::number(r.first) + QLatin1Char('-') + QString::number(r.second);
    }
    return parts.join(QLatin1Char(','));
}

bool PortSet::parseRange(const QString &item, int *first, int *last, QString *error)
{
    const int dash = item.indexOf(QLatin1Char('-'), 1);
    bool ok1 = false, ok2 = false;
    const long long lo = (dash < 0 ? item : item.left(dash)).trimmed().toLongLong(&ok1);
    const long long hi = (dash < 0 ? item : item.mid(dash + 1)).trimmed().toLongLong(&ok2);
    if (!ok1 || !ok2) {
        *error = QCoreApplication::translate("LoadError", "\"%1\" is not a port or port range").arg(item);
        return false;
    }
    if (lo < 1 || lo > 65535 || hi < 1 || hi > 65535) {
        *error = QCoreApplication::translate("LoadError", "port %1 is outside 1-65535").arg(lo < 1 || lo > 65535 ? lo : hi);
        return false;
    }
    if (lo > hi) {
        *error = QCoreApplication::translate("LoadError", "range %1 is backwards (first port above last)").arg(item);
        return false;
    }
    *first = int(lo);
    *last = int(hi);
    return true;
}

bool PortSet::parse(const QString &text, PortSet *out, QString *error)
{
    PortSet result;
    const QStringList items = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString item : items) {
        item = item.trimmed();
        if (item.isEmpty())
            continue;
        int lo = 0, hi = 0;
        if (!parseRange(item, &lo, &hi, error))
            return false;
        result.add(lo, hi);
    }
    *out = result;
    return true;
}

} // namespace portolan::core
