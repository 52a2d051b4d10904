#include "pagelayout.h"

#include "fonts.h"
#include "textwrap.h"

#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace portolan::render {

namespace {

constexpr qreal kPadX = 3;
constexpr qreal kPadY = 2.5;
const QColor kGrid(0xcf, 0xd6, 0xdd);
const QColor kHeaderFill(0xe3, 0xe9, 0xef);
const QColor kZebra(0xf6, 0xf8, 0xfa);
const QColor kHeaderRule(0x5d, 0x6d, 0x7e);

} // namespace

TextStyle::TextStyle(qreal points, bool bold, QColor c, const QPdfWriter *device)
    : font(Fonts::font(points, bold))
    , metrics(font, const_cast<QPdfWriter *>(device))
    , scale(device->resolution() / 72.0)
    , color(c)
{ }

struct TextStyle::Cache
{
    struct WrapKey
    {
        QString text;
        qreal width;
        int maxLines;
        bool operator==(const WrapKey &o) const
        {
            return width == o.width && maxLines == o.maxLines && text == o.text;
        }
    };
    friend size_t qHash(const WrapKey &k, size_t seed = 0)
    {
        return qHashMulti(seed, k.text, k.width, k.maxLines);
    }
    QHash<QString, qreal> widths;
    QHash<WrapKey, QStringList> wraps;
};

std::shared_ptr<TextStyle::Cache> TextStyle::newCache()
{
    return std::make_shared<Cache>();
}

qreal TextStyle::width(const QString &text) const
{
    auto it = m_cache->widths.constFind(text);
    if (it == m_cache->widths.constEnd())
        it = m_cache->widths.insert(text, metrics.horizontalAdvance(text) / scale);
    return *it;
}

QStringList TextStyle::wrap(const QString &text, qreal width, int maxLines) const
{
    const Cache::WrapKey key{text, width, maxLines};
    auto it = m_cache->wraps.constFind(key);
    if (it == m_cache->wraps.constEnd())
        it = m_cache->wraps.insert(key, wrapText(text, metrics, width * scale, maxLines));
    return *it;
}

// ---- PageFlow ---------------------------------------------------------------------------

PageFlow::PageFlow(QPdfWriter *writer, const Footer &footer)
    : m_writer(writer)
    , m_footer(footer)
{
    m_k = writer->resolution() / 72.0;
    m_paper = writer->pageLayout().fullRect(QPageLayout::Point);
    m_paper.moveTopLeft(QPointF(0, 0));
    m_body = m_paper.adjusted(36, 34, -36, -46);
    m_footerStyle = TextStyle(7, false, QColor(0x5d, 0x6d, 0x7e), writer);
}

void PageFlow::begin(QPainter *painter)
{
    m_painter = painter;
    m_anchors.clear();
    m_page = 1;
    m_y = m_body.top();
}

void PageFlow::end()
{
    paintFooter();
    m_pageCount = m_page;
    m_lastAnchors = m_anchors;
    m_painter = nullptr;
}

void PageFlow::newPage()
{
    paintFooter();
    if (m_painter)
        m_writer->newPage();
    ++m_page;
    m_y = m_body.top();
}

void PageFlow::ensure(qreal height)
{
    if (!atTop() && m_y + height > m_body.bottom())
        newPage();
}

void PageFlow::anchor(const QString &key)
{
    if (!m_anchors.contains(key))
        m_anchors.insert(key, m_page);
}

void PageFlow::paintFooter() const
{
    if (!m_painter)
        return;
    const qreal top = m_body.bottom() + 14;
    hline(m_body.left(), m_body.right(), top - 4, kGrid, 0.6);
    const QString right = m_footer.pageText.arg(m_page).arg(std::max(m_pageCount, m_page));
    const qreal rw = m_footerStyle.width(right);
    text(m_body.right() - rw, top, right, m_footerStyle);
    const QString left = m_footerStyle.metrics.elidedText(m_footer.left, Qt::ElideRight,
                                                          (m_body.width() - rw - 24) * m_k);
    text(m_body.left(), top, left, m_footerStyle);
}

void PageFlow::text(qreal x, qreal top, const QString &text, const TextStyle &style) const
{
    if (!m_painter || text.isEmpty())
        return;
    // Unchanged font and pen are not set again: each change is a graphics state change in
    // the PDF content stream.
    if (m_painter->font() != style.font)
        m_painter->setFont(style.font);
    const QPen pen(style.color.isValid() ? style.color : QColor(Qt::black));
    if (m_painter->pen() != pen)
        m_painter->setPen(pen);
    m_painter->drawText(QPointF(x * m_k, (top + style.ascent()) * m_k), text);
}

QRectF PageFlow::toDevice(const QRectF &r) const
{
    return QRectF(r.left() * m_k, r.top() * m_k, r.width() * m_k, r.height() * m_k);
}

void PageFlow::fill(const QRectF &rect, const QColor &color) const
{
    if (m_painter)
        m_painter->fillRect(toDevice(rect), color);
}

void PageFlow::stroke(const QRectF &rect, const QColor &color, qreal width) const
{
    if (!m_painter)
        return;
    m_painter->setPen(QPen(color, width * m_k));
    m_painter->setBrush(Qt::NoBrush);
    m_painter->drawRect(toDevice(rect));
}

void PageFlow::hline(qreal x1, qreal x2, qreal y, const QColor &color, qreal width) const
{
    if (!m_painter)
        return;
    m_painter->setPen(QPen(color, width * m_k, Qt::SolidLine, Qt::FlatCap));
    m_painter->drawLine(QPointF(x1 * m_k, y * m_k), QPointF(x2 * m_k, y * m_k));
}

void PageFlow::vline(qreal x, qreal y1, qreal y2, const QColor &color, qreal width) const
{
    if (!m_painter)
        return;
    m_painter->setPen(QPen(color, width * m_k, Qt::SolidLine, Qt::FlatCap));
    m_painter->drawLine(QPointF(x * m_k, y1 * m_k), QPointF(x * m_k, y2 * m_k));
}

void PageFlow::lines(const std::vector<QLineF> &lines, const QColor &color, qreal width) const
{
    if (!m_painter || lines.empty())
        return;
    std::vector<QLineF> device;
    device.reserve(lines.size());
    for (const QLineF &l : lines)
        device.emplace_back(l.p1() * m_k, l.p2() * m_k);
    m_painter->setPen(QPen(color, width * m_k, Qt::SolidLine, Qt::FlatCap));
    m_painter->drawLines(device.data(), int(device.size()));
}

// ---- Table ------------------------------------------------------------------------------

void Table::prepare(const PageFlow &flow, const TextStyle &body, const TextStyle &bold,
                    const TextStyle &note, qreal width)
{
    m_body = body;
    m_bold = bold;
    m_note = note;
    m_caption = bold;
    fitWidths(width);

    auto height = [&](const Laid &l, const TextStyle &main) {
        return l.lines.size() * main.lineHeight() + l.notes.size() * note.lineHeight() + 2 * kPadY;
    };
    m_header.clear();
    m_headerHeight = 0;
    for (size_t c = 0; c < columns.size(); ++c) {
        const qreal w = m_widths[c] - 2 * kPadX;
        Laid l {bold.wrap(columns[c].header, w), note.wrap(columns[c].note, w)};
        if (columns[c].note.isEmpty())
            l.notes.clear();
        m_headerHeight = std::max(m_headerHeight, height(l, bold));
        m_header.push_back(l);
    }
    // A row may not be taller than a page (with caption and header); cut such cells.
    const qreal maxRow = flow.body().height() - m_headerHeight - bold.lineHeight() - 4;
    m_cells.assign(rows.size(), {});
    m_heights.assign(rows.size(), 0);
    for (size_t r = 0; r < rows.size(); ++r) {
        for (size_t c = 0; c < columns.size(); ++c) {
            const Cell &cell = c < rows[r].size() ? rows[r][c] : Cell();
            const TextStyle &main = styleOf(cell);
            const qreal w = m_widths[c] - 2 * kPadX;
            Laid l {main.wrap(cell.text, w), note.wrap(cell.note, w)};
            if (cell.text.isEmpty())
                l.lines.clear();
            if (cell.note.isEmpty())
                l.notes.clear();
            if (height(l, main) > maxRow) {
                const int keep = std::max(1, int((maxRow - 2 * kPadY) / main.lineHeight()) - 1);
                l.notes.clear();
                l.lines = main.wrap(cell.text, w, keep);
            }
            m_heights[r] = std::max(m_heights[r], height(l, main));
            m_cells[r].push_back(l);
        }
        m_heights[r] = std::max(m_heights[r], body.lineHeight() + 2 * kPadY);
    }
}

// Column widths as a browser lays out an automatic table: every column gets at least its
// longest unbreakable word (header words; with keepWords, every word of its cells) and at
// most its text on one line; in between the width is shared by water filling, weighted.
void Table::fitWidths(qreal width)
{
    static const QRegularExpression gaps(QStringLiteral("[\\s,;]+"));
    const size_t n = columns.size();
    std::vector<qreal> least(n, 0), natural(n, 0);
    for (size_t c = 0; c < n; ++c) {
        const Column &col = columns[c];
        for (const QString &word : col.header.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            least[c] = std::max(least[c], m_bold.width(word));
        for (const QString &word : col.note.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            least[c] = std::max(least[c], m_note.width(word));
        QSet<QString> seen; // a column repeats its cells (zones, ports): measure each once
        for (const auto &row : rows) {
            if (c >= row.size())
                continue;
            const Cell &cell = row[c];
            const QChar kind(cell.small ? u's' : (cell.bold ? u'b' : u'p'));
            const QString key = kind + cell.text + QChar(0x1f) + cell.note;
            if (seen.contains(key))
                continue;
            seen.insert(key);
            const TextStyle &style = styleOf(row[c]);
            for (const QString &line : row[c].text.split(QLatin1Char('\n')))
                natural[c] = std::max(natural[c], style.width(line));
            for (const QString &line : row[c].note.split(QLatin1Char('\n')))
                natural[c] = std::max(natural[c], m_note.width(line));
            if (!col.keepWords)
                continue;
            for (const QString &word : row[c].text.split(gaps, Qt::SkipEmptyParts))
                least[c] = std::max(least[c], style.width(word));
            for (const QString &word : row[c].note.split(gaps, Qt::SkipEmptyParts))
                least[c] = std::max(least[c], m_note.width(word));
        }
        const qreal pad = 2 * kPadX + 0.5;
        least[c] = std::min(least[c] + pad, width * (col.keepWords ? 0.2 : 0.12));
        natural[c] = std::clamp(natural[c] + pad, least[c], width * 0.4);
    }
    const qreal sumLeast = std::accumulate(least.begin(), least.end(), 0.0);
    const qreal sumNatural = std::accumulate(natural.begin(), natural.end(), 0.0);
    m_widths.assign(n, 0);
    if (sumLeast >= width) {
        for (size_t c = 0; c < n; ++c)
            m_widths[c] = least[c] * width / sumLeast;
    } else if (sumNatural <= width) {
        const qreal weights
                = std::accumulate(columns.begin(), columns.end(), 0.0,
                                  [](qreal s, const Column &c) { return s + c.weight; });
        for (size_t c = 0; c < n; ++c)
            m_widths[c] = natural[c] + (width - sumNatural) * columns[c].weight / weights;
    } else {
        // Water filling: each column gets level × weight, within [least, natural]; short
        // columns (names, zones) thus stay on one line and long prose shares the rest.
        auto total = [&](qreal level) {
            qreal sum = 0;
            for (size_t c = 0; c < n; ++c)
                sum += std::clamp(level * columns[c].weight, least[c], natural[c]);
            return sum;
        };
        qreal lo = 0, hi = width;
        for (int i = 0; i < 50; ++i) {
            const qreal mid = (lo + hi) / 2;
            (total(mid) < width ? lo : hi) = mid;
        }
        for (size_t c = 0; c < n; ++c)
            m_widths[c] = std::clamp(hi * columns[c].weight, least[c], natural[c]);
        // Rounding: give what is left to the widest column.
        const qreal rest = width - std::accumulate(m_widths.begin(), m_widths.end(), 0.0);
        *std::max_element(m_widths.begin(), m_widths.end()) += rest;
    }
}

void Table::run(PageFlow &flow) const
{
    flow.ensure(m_headerHeight + firstRowHeight());
    paintHeader(flow, flow.y());
    flow.advance(m_headerHeight);
    for (size_t r = 0; r < m_heights.size(); ++r) {
        if (m_heights[r] > flow.remaining()) {
            flow.newPage();
            if (!caption.isEmpty()) {
                flow.text(flow.body().left(), flow.y(), caption + QLatin1Char(' ') + continued,
                          m_caption);
                flow.advance(m_caption.lineHeight() + 3);
            }
            paintHeader(flow, flow.y());
            flow.advance(m_headerHeight);
        }
        paintRow(flow, r, flow.y());
        flow.advance(m_heights[r]);
    }
}

void Table::paintHeader(PageFlow &flow, qreal y) const
{
    if (!flow.painting())
        return;
    const qreal left = flow.body().left();
    const qreal width = std::accumulate(m_widths.begin(), m_widths.end(), 0.0);
    flow.fill(QRectF(left, y, width, m_headerHeight), kHeaderFill);
    qreal x = left;
    for (size_t c = 0; c < m_header.size(); ++c) {
        qreal ty = y + kPadY;
        for (const QString &line : m_header[c].lines) {
            flow.text(x + kPadX, ty, line, m_bold);
            ty += m_bold.lineHeight();
        }
        for (const QString &line : m_header[c].notes) {
            flow.text(x + kPadX, ty, line, m_note);
            ty += m_note.lineHeight();
        }
        flow.vline(x, y, y + m_headerHeight, kGrid, 0.4);
        x += m_widths[c];
    }
    flow.vline(x, y, y + m_headerHeight, kGrid, 0.4);
    flow.hline(left, x, y, kHeaderRule, 0.6);
    flow.hline(left, x, y + m_headerHeight, kHeaderRule, 0.8);
}

void Table::paintRow(PageFlow &flow, size_t r, qreal y) const
{
    if (!flow.painting())
        return;
    const qreal left = flow.body().left();
    const qreal width = std::accumulate(m_widths.begin(), m_widths.end(), 0.0);
    const qreal h = m_heights[r];
    const QColor fill
            = r < rowFill.size() && rowFill[r].isValid() ? rowFill[r] : (r % 2 ? kZebra : QColor());
    if (fill.isValid())
        flow.fill(QRectF(left, y, width, h), fill);
    qreal x = left;
    for (size_t c = 0; c < m_cells[r].size(); ++c) {
        const Cell &cell = c < rows[r].size() ? rows[r][c] : Cell();
        TextStyle main = styleOf(cell);
        if (cell.color.isValid())
            main.color = cell.color;
        qreal ty = y + kPadY;
        for (const QString &line : m_cells[r][c].lines) {
            flow.text(x + kPadX, ty, line, main);
            ty += main.lineHeight();
        }
        for (const QString &line : m_cells[r][c].notes) {
            flow.text(x + kPadX, ty, line, m_note);
            ty += m_note.lineHeight();
        }
        x += m_widths[c];
    }
    // The grid after the text, with one pen: fewer state changes in the page stream.
    std::vector<QLineF> grid;
    grid.reserve(m_cells[r].size() + 2);
    qreal gx = left;
    for (size_t c = 0; c < m_cells[r].size(); ++c) {
        grid.emplace_back(gx, y, gx, y + h);
        gx += m_widths[c];
    }
    grid.emplace_back(gx, y, gx, y + h);
    grid.emplace_back(left, y + h, gx, y + h);
    flow.lines(grid, kGrid, 0.4);
}

} // namespace portolan::render
