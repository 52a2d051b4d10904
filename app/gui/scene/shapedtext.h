#pragma once

#include <QFont>
#include <QFontMetricsF>
#include <QGlyphRun>
#include <QHash>
#include <QList>
#include <QPainter>
#include <QString>
#include <QTextLayout>

namespace portolan::gui {

/// One line of plain text, shaped once: its glyph runs (fallback fonts included) with the
/// top left corner at (0, 0). Drawing it maps glyph positions only. QStaticText lays its
/// text out again at every new scale, so each frame of a zoom shaped every text on screen
/// anew (docs/performance.md, "Canvas, fifth round").
struct ShapedText
{
    QList<QGlyphRun> runs;
    qreal width = 0; ///< advance of the whole line

    bool isEmpty() const { return runs.isEmpty(); }

    /// `text` in `font`, never markup (names come from users and catalogs).
    static ShapedText shape(const QString &text, const QFont &font)
    {
        ShapedText out;
        if (text.isEmpty())
            return out;
        QTextLayout layout(text, font);
        layout.beginLayout();
        QTextLine line = layout.createLine();
        if (line.isValid()) {
            line.setNumColumns(int(text.size()));
            out.width = line.naturalTextWidth();
        }
        layout.endLayout();
        out.runs = layout.glyphRuns();
        return out;
    }

    /// shape() for text that many items draw alike (a flow's ports, a card's type), elided
    /// to `elideWidth` first when that is given: shaped once per text, font and width and
    /// then shared (glyph runs are implicitly shared). The first frame that showed the
    /// cards and flows of a large design in detail shaped the same few labels thousands of
    /// times.
    static ShapedText shared(const QString &text, const QFont &font, qreal elideWidth = -1)
    {
        static QHash<QString, ShapedText> cache;
        const QString key = font.key() + QLatin1Char('\n') + QString::number(elideWidth)
                            + QLatin1Char('\n') + text;
        if (auto it = cache.constFind(key); it != cache.constEnd())
            return *it;
        if (cache.size() >= 4096) // bounded: designs have few distinct labels and types
            cache.clear();
        const QString shown =
                elideWidth < 0 ? text
                               : QFontMetricsF(font).elidedText(text, Qt::ElideRight, elideWidth);
        return *cache.insert(key, shape(shown, font));
    }

    /// Draws in the painter's pen, with the top left corner at `topLeft`.
    void draw(QPainter *p, const QPointF &topLeft) const
    {
        for (const QGlyphRun &run : runs)
            p->drawGlyphRun(topLeft, run);
    }
};

} // namespace portolan::gui
