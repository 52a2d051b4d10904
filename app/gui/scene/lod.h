#pragma once

#include <QtGlobal>

namespace portolan::gui::lod {

/// Level of detail (QStyleOptionGraphicsItem::levelOfDetailFromTransform, 1 = 100 %). Below
/// kDetail text is too small to read (a 9 pt label is under 5 px), so items leave out text,
/// icons, shadows and port labels and draw their shapes only; below kArrows arrow heads
/// and firewall marker glyphs are a pixel or two and go as well. Hundreds of items then
/// paint as fast as a handful.
constexpr qreal kDetail = 0.4;
constexpr qreal kArrows = 0.15;

} // namespace portolan::gui::lod
