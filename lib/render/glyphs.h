#pragma once

#include <QColor>
#include <QRectF>
#include <QString>

class QPainter;

namespace portolan::render {

/// The colour that marks a component category ("server", "agent", "client", "database",
/// "network", "device", "external", "service"); grey for anything else.
QColor categoryColor(const QString &category);

/// Draws the category's glyph: a coloured rounded square with a white pictogram, so that
/// the kind of node reads without colour too (printed black and white).
void paintCategoryGlyph(QPainter *painter, const QRectF &rect, const QString &category);

} // namespace portolan::render
