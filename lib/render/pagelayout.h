#pragma once

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QLineF>
#include <QRectF>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

class QPainter;
class QPdfWriter;

namespace portolan::render {

/// A font with its metrics on the output device, in points.
struct TextStyle
{
    QFont font;
    QFontMetricsF metrics {QFont()};
    qreal scale = 1; ///< device units per point
    QColor color = QColor(0x1c, 0x28, 0x33);

    TextStyle() = default;
    TextStyle(qreal points, bool bold, QColor color, const QPdfWriter *device);

    /// Width in points; remembered per text (reports repeat the same names and ports).
    qreal width(const QString &text) const;
    qreal ascent() const { return metrics.ascent() / scale; }
    /// Distance between baselines; a little looser than the Latin font's own, because Chinese
    /// glyphs come from a fallback font with taller ink.
    qreal lineHeight() const { return metrics.lineSpacing() * 1.12 / scale; }
    /// wrapText() in points; remembered per text, width and line limit.
    QStringList wrap(const QString &text, qreal width, int maxLines = 0) const;

private:
    struct Cache;
    static std::shared_ptr<Cache> newCache();
    /// Shared by copies (they differ at most in colour, which does not change a width).
    std::shared_ptr<Cache> m_cache = newCache();
};

/// Lays pages out top to bottom in points and paints them on a QPdfWriter.
///
/// The same layout runs twice: a measuring pass without painter that counts pages and
/// records on which page each anchor lands, then the painting pass that knows the total
/// ("Page X of Y") and the anchors (the table of contents). Text is drawn line by line with
/// QPainter, so the PDF text layer holds exactly the drawn strings.
class PageFlow
{
public:
    struct Footer
    {
        QString left; ///< e.g. "Title · Revision A"
        QString pageText; ///< "Page %1 of %2"
    };

    PageFlow(QPdfWriter *writer, const Footer &footer);

    /// Starts a pass: painting when `painter` is not null.
    void begin(QPainter *painter);
    void end();

    bool painting() const { return m_painter != nullptr; }
    QPainter *painter() const { return m_painter; }
    const QPdfWriter *device() const { return m_writer; }
    qreal scale() const { return m_k; } ///< device units per point
    QRectF body() const { return m_body; }
    qreal y() const { return m_y; }
    void setY(qreal y) { m_y = y; }
    void advance(qreal dy) { m_y += dy; }
    qreal remaining() const { return m_body.bottom() - m_y; }
    bool atTop() const { return m_y <= m_body.top() + 0.01; }
    int page() const { return m_page; }
    /// Pages counted by the last complete pass.
    int pageCount() const { return m_pageCount; }

    void newPage();
    /// Starts a new page unless `height` still fits on this one.
    void ensure(qreal height);

    /// Records that `key` is on the current page; anchorPage() answers from the last pass.
    void anchor(const QString &key);
    int anchorPage(const QString &key) const { return m_lastAnchors.value(key, 0); }

    // Painting in points (no-ops in the measuring pass).
    void text(qreal x, qreal top, const QString &text, const TextStyle &style) const;
    void fill(const QRectF &rect, const QColor &color) const;
    void stroke(const QRectF &rect, const QColor &color, qreal width) const;
    void hline(qreal x1, qreal x2, qreal y, const QColor &color, qreal width) const;
    void vline(qreal x, qreal y1, qreal y2, const QColor &color, qreal width) const;
    /// Straight lines (in points) drawn with one pen in one call.
    void lines(const std::vector<QLineF> &lines, const QColor &color, qreal width) const;
    QRectF toDevice(const QRectF &points) const;

private:
    void paintFooter() const;

    QPdfWriter *m_writer;
    QPainter *m_painter = nullptr;
    Footer m_footer;
    TextStyle m_footerStyle;
    qreal m_k = 1;
    QRectF m_paper; ///< full page in points
    QRectF m_body; ///< printable body in points
    qreal m_y = 0;
    int m_page = 1;
    int m_pageCount = 0;
    QHash<QString, int> m_anchors;
    QHash<QString, int> m_lastAnchors;
};

/// A table whose header repeats on every page and whose rows never split across pages.
/// Cells wrap; a cell may carry a note drawn smaller and grey under its text.
class Table
{
public:
    struct Cell
    {
        QString text;
        QString note;
        QColor color; ///< text colour; invalid: default
        bool bold = false;
        bool small = false; ///< drawn in the note size (long references)

        static Cell plain(const QString &text, const QString &note = QString())
        {
            return Cell {text, note, QColor(), false, false};
        }
        static Cell strong(const QString &text, const QColor &color = QColor())
        {
            return Cell {text, QString(), color, true, false};
        }
        static Cell fine(const QString &text, const QColor &color)
        {
            return Cell {text, QString(), color, false, true};
        }
    };
    struct Column
    {
        QString header;
        QString note;
        qreal weight = 1; ///< share of the spare width when every cell fits on one line
        /// Never break a word of this column's cells (addresses, ports, zone names): the
        /// column is widened to its longest word, up to a fifth of the table.
        bool keepWords = false;
    };

    QString caption; ///< repeated, with "(continued)", above the header on later pages
    QString continued; ///< the translated "(continued)"
    std::vector<Column> columns;
    std::vector<std::vector<Cell>> rows;
    std::vector<QColor> rowFill; ///< optional per-row background

    /// Wraps every cell for `width` points; call once, then run() in each pass.
    void prepare(const PageFlow &flow, const TextStyle &body, const TextStyle &bold,
                 const TextStyle &note, qreal width);
    void run(PageFlow &flow) const;
    qreal headerHeight() const { return m_headerHeight; }
    qreal firstRowHeight() const { return m_heights.empty() ? 0 : m_heights.front(); }

private:
    struct Laid
    {
        QStringList lines;
        QStringList notes;
    };
    const TextStyle &styleOf(const Cell &cell) const
    {
        return cell.small ? m_note : (cell.bold ? m_bold : m_body);
    }
    void fitWidths(qreal width);
    void paintHeader(PageFlow &flow, qreal y) const;
    void paintRow(PageFlow &flow, size_t row, qreal y) const;

    TextStyle m_body, m_bold, m_note, m_caption;
    std::vector<qreal> m_widths;
    std::vector<Laid> m_header;
    qreal m_headerHeight = 0;
    std::vector<std::vector<Laid>> m_cells;
    std::vector<qreal> m_heights;
};

} // namespace portolan::render
