#pragma once

#include "model/design.h"

#include <QRectF>

#include <vector>

namespace portolan::render {

/// Node box size in scene units; a node's `pos` is its centre (as in the desktop canvas).
constexpr qreal kNodeWidth = 136;
constexpr qreal kNodeHeight = 62;

/// Where zones and nodes are drawn, in scene units.
///
/// A design with complete geometry (every zone has a rect, every node a pos) is drawn as
/// the user arranged it. A design written without geometry (by a script, or partly) is laid
/// out automatically: nodes in rows inside their zone, child zones in a grid inside their
/// parent below its nodes, top-level zones in a grid, nodes outside every zone in rows below.
struct DiagramGeometry
{
    std::vector<QRectF> zones; ///< parallel to Design::zones
    std::vector<QRectF> nodes; ///< parallel to Design::nodes
    std::vector<int> zoneParent; ///< index of the parent zone, -1 for top level
    std::vector<int> nodeZone; ///< index of the node's zone, -1 outside every zone
    QRectF bounds; ///< everything, with a margin
    bool autoLaidOut = false;

    static DiagramGeometry of(const core::Design &design);
    /// Whether zone `inner` is zone `outer` or lies inside it (-1 is the root).
    bool isWithin(int inner, int outer) const;
};

} // namespace portolan::render
