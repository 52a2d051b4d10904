#pragma once

// A hash index from strings to small integers whose strings are kept elsewhere: the node
// ids and hosts of the derivation's Context. QHash<QString, int> compares the stored key on
// every probe, reading its characters from their own allocation: once 100,000 keys no
// longer fit in the cache, a miss per probe, which made indexing a large design cost more
// per node than indexing a small one. Here each slot keeps the key's hash code beside its
// value, so a probe reads a key only when the codes match. Keys are never removed: the
// Context indexes the ids again when nodes go, and keeps hosts no node is on any more.

#include <QHash>
#include <QString>

#include <cstdint>
#include <vector>

namespace portolan::core {

class StringIndex
{
public:
    /// The hash code the index expects for `key`. Unseeded: Qt's seeded string hash (AES
    /// based here) made the whole derivation of a 1,000-node design twice as slow when
    /// measured in place, though not in isolation. Ids crafted to collide could make the
    /// probes long; a design read from a file has at most what the file holds.
    static uint32_t hashOf(const QString &key)
    {
        const size_t h = qHash(key, size_t(0));
        if constexpr (sizeof(size_t) > 4)
            return uint32_t(h ^ (h >> 32));
        else
            return uint32_t(h);
    }

    size_t size() const { return m_size; }
    void clear()
    {
        m_slots.clear();
        m_size = 0;
    }
    /// Room for `n` keys without growing.
    void reserve(size_t n)
    {
        if (capacityFor(n) > m_slots.size())
            rehash(capacityFor(n));
    }

    /// The value of `key` (hash code `h`), or -1. `keyOf(value)` gives a stored value's key.
    template<typename KeyOf>
    int find(const QString &key, uint32_t h, const KeyOf &keyOf) const
    {
        if (m_slots.empty())
            return -1;
        for (size_t i = h & mask();; i = (i + 1) & mask()) {
            const Slot &s = m_slots[i];
            if (s.value < 0)
                return -1;
            if (s.hash == h && keyOf(s.value) == key)
                return s.value;
        }
    }

    /// Maps `key` to `value`, replacing the value of an equal key. `keyOf` must already give
    /// `key` for `value`.
    template<typename KeyOf>
    void insert(const QString &key, uint32_t h, int value, const KeyOf &keyOf)
    {
        if (capacityFor(m_size + 1) > m_slots.size())
            rehash(capacityFor(m_size + 1));
        for (size_t i = h & mask();; i = (i + 1) & mask()) {
            Slot &s = m_slots[i];
            if (s.value < 0) {
                s = Slot{h, value};
                ++m_size;
                return;
            }
            if (s.hash == h && keyOf(s.value) == key) {
                s.value = value;
                return;
            }
        }
    }

private:
    struct Slot
    {
        uint32_t hash;
        int32_t value; ///< -1: empty
    };

    /// A power of two at least twice `n` (at most half full).
    static size_t capacityFor(size_t n)
    {
        size_t c = 16;
        while (c < 2 * n)
            c *= 2;
        return c;
    }
    size_t mask() const { return m_slots.size() - 1; }
    void rehash(size_t capacity)
    {
        std::vector<Slot> old(capacity, Slot{0, -1});
        old.swap(m_slots);
        for (const Slot &s : old) {
            if (s.value < 0)
                continue;
            size_t i = s.hash & mask();
            while (m_slots[i].value >= 0)
                i = (i + 1) & mask();
            m_slots[i] = s;
        }
    }

    std::vector<Slot> m_slots;
    size_t m_size = 0;
};

} // namespace portolan::core
