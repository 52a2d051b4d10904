#pragma once

#include <QString>

#include <utility>
#include <vector>

namespace portolan::core {

/// A normalised set of ports: sorted, non-overlapping, adjacent ranges merged.
class PortSet
{
public:
    using Range = std::pair<int, int>; // inclusive

    PortSet() = default;

    void add(int first, int last);
    void add(int port) { add(port, port); }
    void unite(const PortSet &other);

    bool isEmpty() const { return m_ranges.empty(); }
    int first() const { return m_ranges.empty() ? 0 : m_ranges.front().first; }
    const std::vector<Range> &ranges() const { return m_ranges; }
    bool contains(int port) const;
    bool containsAll(const PortSet &other) const;
    /// The ports both sets contain.
    PortSet intersected(const PortSet &other) const;
    /// Number of ports in the set.
    long count() const;

    /// "80,443,8000-8010"
    QString toString() const;
    /// Parses a plain list ("80, 443,50901-50999"); false with a message on bad input.
    static bool parse(const QString &text, PortSet *out, QString *error);
    /// Parses one item: "443" or "50901-50999", each port within 1-65535, first <= last.
    static bool parseRange(const QString &item, int *first, int *last, QString *error);

    bool operator==(const PortSet &o) const { return m_ranges == o.m_ranges; }
    bool operator!=(const PortSet &o) const { return !(*this == o); }

private:
    std::vector<Range> m_ranges;
};

} // namespace portolan::core
