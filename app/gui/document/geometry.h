#pragma once

#include "model/design.h"

#include <QHash>
#include <QPointF>
#include <QRectF>
#include <QSet>

#include <vector>

namespace portolan::gui {

/// Sizes shared by the scene and the automatic layout. A node's `pos` is its centre.
namespace metrics {
constexpr qreal kNodeWidth = 136;
constexpr qreal kNodeHeight = 70;
constexpr qreal kGrid = 10;
constexpr qreal kZoneHeader = 28;
constexpr qreal kMinZoneWidth = 120;
constexpr qreal kMinZoneHeight = 80;
} // namespace metrics

/// Before and after states of the geometry and membership of some zones and nodes. One
/// undo step for every move, resize and re-zone: membership follows geometry.
struct GeometryChange
{
    struct ZoneState
    {
        QString id;
        QRectF rect;
        QString parent;
    };
    struct NodeState
    {
        QString id;
        QPointF pos;
        QString zone;
    };

    std::vector<ZoneState> zonesBefore, zonesAfter;
    std::vector<NodeState> nodesBefore, nodesAfter;

    bool isEmpty() const { return zonesAfter.empty() && nodesAfter.empty(); }
};

namespace geometry {

/// Zones below `zone` in `design` (not including it).
QSet<QString> descendants(const core::Design &design, const QString &zone);
/// The smallest zone whose rectangle contains `p`, skipping `exclude`; empty: the root.
QString zoneAt(const core::Design &design, const QPointF &p, const QSet<QString> &exclude = {});
/// The smallest zone that contains all of `rect`, skipping `exclude`; empty: the root.
QString parentFor(const core::Design &design, const QRectF &rect, const QSet<QString> &exclude);

/// Applies new node centres and zone rectangles to a copy of `design`, then lets geometry
/// decide the membership of the items concerned (moved items and whatever the old and new
/// zone rectangles cover). Returns only what actually changes.
GeometryChange computeChange(const core::Design &design, const QHash<QString, QPointF> &nodePos,
                             const QHash<QString, QRectF> &zoneRects);

/// Applies one side of a change to a design (used by tests and the clipboard).
void apply(core::Design *design, const std::vector<GeometryChange::ZoneState> &zones,
           const std::vector<GeometryChange::NodeState> &nodes);

QPointF snap(const QPointF &p, qreal grid = metrics::kGrid);

} // namespace geometry
} // namespace portolan::gui
