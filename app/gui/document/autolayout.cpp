#include "autolayout.h"

#include "geometry.h"

#include <QHash>
#include <QSizeF>

#include <algorithm>
#include <cmath>

namespace portolan::gui {

namespace {

constexpr qreal kCellW = metrics::kNodeWidth + 24;
constexpr qreal kCellH = metrics::kNodeHeight + 36;
constexpr qreal kPad = 20;
constexpr int kMinNodesPerRow = 4;
constexpr int kMinZonesPerRow = 3;

/// Columns for `n` nodes: at least four, and for large zones enough to keep the block about
/// half as wide again as it is tall. (A fixed four made a 100-agent zone 25 rows tall and a
/// data centre a strip many screens high: unreadable at fit-to-view, and every flow between
/// its zones drawn over the same narrow band.)
int nodeColumns(int n)
{
    const qreal cols = std::sqrt(1.5 * n * kCellH / kCellW);
    return std::max(kMinNodesPerRow, int(std::ceil(cols)));
}

/// Columns for `n` child zones: at least three, about a square grid for many.
int zoneColumns(int n)
{
    return std::max(kMinZonesPerRow, int(std::ceil(std::sqrt(qreal(n)))));
}

class Layout
{
public:
    explicit Layout(core::Design *d) : m_d(d)
    {
        for (const core::Zone &z : d->zones)
            m_children[z.parent] << z.id;
        for (const core::Node &n : d->nodes)
            m_nodes[n.zone] << n.id;
    }

    QSizeF nodeBlock(const QString &zone) const
    {
        const int n = int(m_nodes.value(zone).size());
        if (n == 0)
            return QSizeF(0, 0);
        const int perRow = nodeColumns(n);
        const int cols = std::min(n, perRow);
        const int rows = (n + perRow - 1) / perRow;
        return QSizeF(cols * kCellW, rows * kCellH);
    }

    // Size of the children grid; fills in each child's size.
    QSizeF childBlock(const QString &zone, std::vector<QSizeF> *sizes)
    {
        const QStringList kids = m_children.value(zone);
        if (kids.isEmpty())
            return QSizeF(0, 0);
        const int perRow = zoneColumns(int(kids.size()));
        qreal w = 0, h = 0, rowW = 0, rowH = 0;
        for (int i = 0; i < kids.size(); ++i) {
            const QSizeF s = size(kids[i]);
            sizes->push_back(s);
            if (i % perRow == 0 && i > 0) {
                w = std::max(w, rowW - kPad);
                h += rowH + kPad;
                rowW = rowH = 0;
            }
            rowW += s.width() + kPad;
            rowH = std::max(rowH, s.height());
        }
        w = std::max(w, rowW - kPad);
        h += rowH;
        return QSizeF(w, h);
    }

    QSizeF size(const QString &zone)
    {
        auto it = m_sizes.constFind(zone);
        if (it != m_sizes.constEnd())
            return *it;
        std::vector<QSizeF> kids;
        const QSizeF nodes = nodeBlock(zone);
        const QSizeF children = childBlock(zone, &kids);
        qreal w = std::max(nodes.width(), children.width()) + 2 * kPad;
        qreal h = metrics::kZoneHeader + nodes.height() + children.height() + kPad
                  + (nodes.height() > 0 && children.height() > 0 ? kPad : 0);
        w = std::max(w, qreal(240));
        h = std::max(h, qreal(120));
        const QSizeF s(w, h);
        m_sizes.insert(zone, s);
        return s;
    }

    void place(const QString &zone, const QPointF &topLeft, qreal width)
    {
        // Nodes first, in rows, centred in their cells.
        const QStringList nodes = m_nodes.value(zone);
        const qreal top = zone.isEmpty() ? topLeft.y() : topLeft.y() + metrics::kZoneHeader;
        const int nodesPerRow = nodeColumns(int(nodes.size()));
        for (int i = 0; i < nodes.size(); ++i) {
            const int row = i / nodesPerRow, col = i % nodesPerRow;
            const QPointF c(topLeft.x() + kPad + col * kCellW + kCellW / 2,
                            top + row * kCellH + kCellH / 2);
            core::Node &n = m_d->nodes[size_t(m_d->nodeIndex(nodes[i]))];
            n.pos = geometry::snap(c);
            n.hasPos = true;
        }
        std::vector<QSizeF> sizes;
        childBlock(zone, &sizes);
        qreal y = top + nodeBlock(zone).height() + (nodes.isEmpty() ? 0 : kPad);
        qreal x = topLeft.x() + (zone.isEmpty() ? 0 : kPad);
        qreal rowH = 0;
        const QStringList kids = m_children.value(zone);
        const int zonesPerRow = zoneColumns(int(kids.size()));
        for (int i = 0; i < kids.size(); ++i) {
            if (i % zonesPerRow == 0 && i > 0) {
                y += rowH + kPad;
                x = topLeft.x() + (zone.isEmpty() ? 0 : kPad);
                rowH = 0;
            }
            const QSizeF s = sizes[size_t(i)];
            core::Zone &z = m_d->zones[size_t(m_d->zoneIndex(kids[i]))];
            z.rect = QRectF(QPointF(x, y), s);
            z.hasRect = true;
            place(z.id, QPointF(x, y), s.width());
            x += s.width() + kPad;
            rowH = std::max(rowH, s.height());
        }
        Q_UNUSED(width)
    }

    void run()
    {
        // Zones at the top, nodes outside every zone in rows below them.
        std::vector<QSizeF> sizes;
        const QSizeF zonesBlock = childBlock(QString(), &sizes);
        QStringList rootNodes = m_nodes.value(QString());
        m_nodes.remove(QString());
        place(QString(), QPointF(0, 0), zonesBlock.width());
        const qreal y = zonesBlock.height() + (zonesBlock.height() > 0 ? 3 * kPad : 0);
        const int perRow = nodeColumns(int(rootNodes.size()));
        for (int i = 0; i < rootNodes.size(); ++i) {
            const int row = i / perRow, col = i % perRow;
            core::Node &n = m_d->nodes[size_t(m_d->nodeIndex(rootNodes[i]))];
            n.pos = geometry::snap(QPointF(col * kCellW + kCellW / 2, y + row * kCellH + kCellH / 2));
            n.hasPos = true;
        }
    }

private:
    core::Design *m_d;
    QHash<QString, QStringList> m_children;
    QHash<QString, QStringList> m_nodes;
    QHash<QString, QSizeF> m_sizes;
};

} // namespace

void autoLayout(core::Design *design)
{
    Layout(design).run();
}

} // namespace portolan::gui
