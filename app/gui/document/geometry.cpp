#include "geometry.h"

#include <algorithm>
#include <cmath>

namespace portolan::gui::geometry {

QSet<QString> descendants(const core::Design &design, const QString &zone)
{
    QSet<QString> out;
    if (zone.isEmpty())
        return out;
    bool grew = true;
    while (grew) {
        grew = false;
        for (const core::Zone &z : design.zones) {
            if (!out.contains(z.id) && (z.parent == zone || out.contains(z.parent))) {
                out.insert(z.id);
                grew = true;
            }
        }
    }
    return out;
}

static qreal area(const QRectF &r)
{
    return r.width() * r.height();
}

QString zoneAt(const core::Design &design, const QPointF &p, const QSet<QString> &exclude)
{
    QString best;
    qreal bestArea = 0;
    for (const core::Zone &z : design.zones) {
        if (!z.hasRect || exclude.contains(z.id) || !z.rect.contains(p))
            continue;
        if (best.isEmpty() || area(z.rect) < bestArea) {
            best = z.id;
            bestArea = area(z.rect);
        }
    }
    return best;
}

QString parentFor(const core::Design &design, const QRectF &rect, const QSet<QString> &exclude)
{
    QString best;
    qreal bestArea = 0;
    for (const core::Zone &z : design.zones) {
        if (!z.hasRect || exclude.contains(z.id) || !z.rect.contains(rect))
            continue;
        if (best.isEmpty() || area(z.rect) < bestArea) {
            best = z.id;
            bestArea = area(z.rect);
        }
    }
    return best;
}

GeometryChange computeChange(const core::Design &design, const QHash<QString, QPointF> &nodePos,
                             const QHash<QString, QRectF> &zoneRects)
{
    core::Design after = design;
    QSet<QString> affectedZones;
    QSet<QString> affectedNodes;
    std::vector<QRectF> touched; // old and new rectangles of changed zones

    for (core::Zone &z : after.zones) {
        auto it = zoneRects.constFind(z.id);
        if (it == zoneRects.constEnd())
            continue;
        if (z.hasRect)
            touched.push_back(z.rect);
        touched.push_back(*it);
        z.rect = *it;
        z.hasRect = true;
        affectedZones.insert(z.id);
    }
    for (core::Node &n : after.nodes) {
        auto it = nodePos.constFind(n.id);
        if (it == nodePos.constEnd())
            continue;
        n.pos = *it;
        n.hasPos = true;
        affectedNodes.insert(n.id);
    }
    for (const QRectF &r : touched) {
        for (const core::Zone &z : after.zones) {
            if (z.hasRect && r.intersects(z.rect))
                affectedZones.insert(z.id);
        }
        for (const core::Node &n : after.nodes) {
            if (n.hasPos && r.contains(n.pos))
                affectedNodes.insert(n.id);
        }
    }

    // Big zones first, so that a zone's new parent is settled before its children look.
    std::vector<core::Zone *> order;
    for (core::Zone &z : after.zones) {
        if (affectedZones.contains(z.id) && z.hasRect)
            order.push_back(&z);
    }
    std::stable_sort(order.begin(), order.end(), [](const core::Zone *a, const core::Zone *b) {
        return area(a->rect) > area(b->rect);
    });
    for (core::Zone *z : order) {
        QSet<QString> exclude = descendants(after, z->id);
        exclude.insert(z->id);
        z->parent = parentFor(after, z->rect, exclude);
    }
    for (core::Node &n : after.nodes) {
        if (affectedNodes.contains(n.id) && n.hasPos)
            n.zone = zoneAt(after, n.pos);
    }

    GeometryChange change;
    for (size_t i = 0; i < after.zones.size(); ++i) {
        const core::Zone &a = after.zones[i];
        const core::Zone &b = design.zones[i];
        if (a.rect != b.rect || a.parent != b.parent || a.hasRect != b.hasRect) {
            change.zonesBefore.push_back({b.id, b.rect, b.parent});
            change.zonesAfter.push_back({a.id, a.rect, a.parent});
        }
    }
    for (size_t i = 0; i < after.nodes.size(); ++i) {
        const core::Node &a = after.nodes[i];
        const core::Node &b = design.nodes[i];
        if (a.pos != b.pos || a.zone != b.zone || a.hasPos != b.hasPos) {
            change.nodesBefore.push_back({b.id, b.pos, b.zone});
            change.nodesAfter.push_back({a.id, a.pos, a.zone});
        }
    }
    return change;
}

void apply(core::Design *design, const std::vector<GeometryChange::ZoneState> &zones,
           const std::vector<GeometryChange::NodeState> &nodes)
{
    for (const auto &s : zones) {
        const int i = design->zoneIndex(s.id);
        if (i < 0)
            continue;
        design->zones[size_t(i)].rect = s.rect;
        design->zones[size_t(i)].hasRect = true;
        design->zones[size_t(i)].parent = s.parent;
    }
    for (const auto &s : nodes) {
        const int i = design->nodeIndex(s.id);
        if (i < 0)
            continue;
        design->nodes[size_t(i)].pos = s.pos;
        design->nodes[size_t(i)].hasPos = true;
        design->nodes[size_t(i)].zone = s.zone;
    }
}

QPointF snap(const QPointF &p, qreal grid)
{
    return QPointF(std::round(p.x() / grid) * grid, std::round(p.y() / grid) * grid);
}

} // namespace portolan::gui::geometry
