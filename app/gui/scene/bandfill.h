#pragma once

#include <QColor>
#include <QPainter>
#include <QRectF>
#include <QTransform>

#include <algorithm>

namespace portolan::gui {

/// Fills `r` (in the painter's coordinates, scaled and translated only) with `color`,
/// without antialiasing, in bands of at most 64 device rows. Qt 6's raster engine hands a
/// fill taller than 96 rows to its GUI thread pool, and waking those threads cost more than
/// the fill itself on a two-core machine: a sixth of a zoomed-out frame for the zones, and
/// the background of every frame. The bands are whole device rows, so none overlaps another
/// (zone fills are translucent). The painter's state is left as it was.
inline void fillInBands(QPainter *p, const QRectF &r, const QColor &color)
{
    const QTransform t = p->worldTransform();
    if (t.type() > QTransform::TxScale) { // rotated or sheared: never on the canvas
        p->fillRect(r, color);
        return;
    }
    const QRect device = t.mapRect(r).toAlignedRect();
    constexpr int kBand = 64;
    p->save();
    p->resetTransform();
    for (int y = device.top(); y <= device.bottom(); y += kBand)
        p->fillRect(QRect(device.left(), y, device.width(), std::min(kBand, device.bottom() - y + 1)),
                    color);
    p->restore();
}

} // namespace portolan::gui
