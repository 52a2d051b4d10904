#pragma once

#include <QColor>
#include <QPaintDevice>
#include <QPainter>
#include <QRectF>
#include <QTransform>

#include <algorithm>

namespace portolan::gui {

/// Fills `r` (in the painter's coordinates, scaled and translated only) with `color` as an
/// aliased fill would, in bands of at most 64 device rows. Qt 6's raster engine hands a fill
/// taller than 96 rows to its GUI thread pool; for the dozens of zone fills of a zoomed-out
/// frame, waking those threads cost more than the fills (about a sixth of the frame on a
/// two-core machine). The edges are rounded to device pixels as the raster engine rounds
/// an aliased fill, and the bands are whole device rows, so none overlaps another (zone
/// fills are translucent). The painter's state is left as it was.
inline void fillInBands(QPainter *p, const QRectF &r, const QColor &color)
{
    const qreal dpr = p->device() ? p->device()->devicePixelRatio() : 1.0;
    const QTransform toDevice = p->worldTransform() * QTransform::fromScale(dpr, dpr);
    if (toDevice.type() > QTransform::TxScale) { // rotated or sheared: never on the canvas
        p->fillRect(r, color);
        return;
    }
    const QRectF d = toDevice.mapRect(r);
    QRect device(QPoint(qRound(d.left()), qRound(d.top())),
                 QPoint(qRound(d.right()) - 1, qRound(d.bottom()) - 1));
    if (p->hasClipping())
        device &= toDevice.mapRect(p->clipBoundingRect()).toAlignedRect();
    if (device.isEmpty())
        return;
    constexpr int kBand = 64;
    p->save();
    p->resetTransform();
    p->setRenderHint(QPainter::Antialiasing, false);
    for (int y = device.top(); y <= device.bottom(); y += kBand) {
        const int rows = std::min(kBand, device.bottom() - y + 1);
        const QRectF band(device.left(), y, device.width(), rows);
        p->fillRect(QRectF(band.topLeft() / dpr, band.size() / dpr), color);
    }
    p->restore();
}

} // namespace portolan::gui
