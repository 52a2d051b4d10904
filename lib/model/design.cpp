#include "design.h"

namespace portolan::core {

int Design::zoneIndex(const QString &id) const
{
    for (size_t i = 0; i < zones.size(); ++i) {
        if (zones[i].id == id)
            return int(i);
    }
    return -1;
}

int Design::nodeIndex(const QString &id) const
{
    for (size_t i = 0; i < nodes.size(); ++i) {
        if (nodes[i].id == id)
            return int(i);
    }
    return -1;
}

bool Design::needsLayout() const
{
    for (const Zone &z : zones) {
        if (!z.hasRect)
            return true;
    }
    for (const Node &n : nodes) {
        if (!n.hasPos)
            return true;
    }
    return false;
}

} // namespace portolan::core
