#pragma once

#include <QRectF>
#include <QtGlobal>

#include <functional>

class QPainter;

namespace portolan::gui::draft {

/// Draws what `paint` draws inside `bounds` (item coordinates) as a picture made once for
/// the painter's scale: draft frames of a zoom have a new scale each, and the antialiased
/// rounded rectangles of hundreds of node cards and port labels were a third of such a
/// frame. Pictures are kept under `key` (all that makes them differ: colours, sizes)
/// until the scale changes; the picture lands on whole device pixels, at most half a pixel
/// from where the vectors would. Returns false, drawing nothing, when the painter's world
/// transform is more than a scale and a translation.
bool drawPicture(QPainter *p, const QRectF &bounds, quint64 key,
                 const std::function<void(QPainter *)> &paint);

} // namespace portolan::gui::draft
