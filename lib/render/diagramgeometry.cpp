#include "diagramgeometry.h"

#include <QHash>

#include <cmath>

namespace portolan::render {

using namespace portolan::core;

namespace {

constexpr qreal kPad = 16;
constexpr qreal kHeader = 30;
constexpr qreal kGapX = 24;
constexpr qreal kGapY = 22;
constexpr qreal kCellW = kNodeWidth + kGapX;
constexpr qreal kCellH = kNodeHeight + kGapY;

int nodeColumns(int n)
{
    if (n <= 0)
        return 0;
    if (n <= 4)
        return n;
    return std::min(n, int(std::ceil(std::sqrt(double(n)))) + 1);
}

class AutoLayout
{
public:
    AutoLayout(const Design &d, DiagramGeometry *g)
        : m_geo(g)
    {
        m_children.resize(d.zones.size() + 1);
        m_nodes.resize(d.zones.size() + 1);
        for (size_t z = 0; z < d.zones.size(); ++z)
            m_children[slot(g->zoneParent[z])].push_back(int(z));
        for (size_t n = 0; n < d.nodes.size(); ++n)
            m_nodes[slot(g->nodeZone[n])].push_back(int(n));
        m_size.resize(d.zones.size() + 1);
        m_done.assign(d.zones.size() + 1, false);
    }

    void run()
    {
        const QSizeF root = size(-1);
        place(-1, QPointF(0, 0));
        m_geo->bounds = QRectF(QPointF(0, 0), root);
    }

private:
    static size_t slot(int zone) { return size_t(zone + 1); }

    // Row layout of child boxes: wraps at a width that keeps the block roughly 3:2.
    qreal rowWidth(const std::vector<int> &kids, qreal minWidth)
    {
        qreal area = 0;
        qreal widest = 0;
        for (int k : kids) {
            const QSizeF s = size(k);
            area += (s.width() + kGapX) * (s.height() + kGapY);
            widest = std::max(widest, s.width());
        }
        return std::max({minWidth, widest, std::sqrt(area * 1.5)});
    }

    // Positions of `kids` relative to the block's top-left; returns the block size.
    QSizeF shelf(const std::vector<int> &kids, qreal limit, std::vector<QPointF> *at)
    {
        qreal x = 0, y = 0, rowH = 0, w = 0;
        for (int k : kids) {
            const QSizeF s = size(k);
            if (x > 0 && x + s.width() > limit) {
                x = 0;
                y += rowH + kGapY;
                rowH = 0;
            }
            if (at)
                at->push_back(QPointF(x, y));
            x += s.width() + kGapX;
            w = std::max(w, x - kGapX);
            rowH = std::max(rowH, s.height());
        }
        return kids.empty() ? QSizeF() : QSizeF(w, y + rowH);
    }

    QSizeF size(int zone)
    {
        const size_t s = slot(zone);
        if (m_done[s])
            return m_size[s];
        const int n = int(m_nodes[s].size());
        const int cols = nodeColumns(n);
        const int rows = cols ? (n + cols - 1) / cols : 0;
        const QSizeF nodes(cols ? cols * kCellW - kGapX : 0, rows ? rows * kCellH - kGapY : 0);
        const auto &kids = m_children[s];
        const QSizeF block = shelf(kids, rowWidth(kids, nodes.width()), nullptr);
        qreal w = std::max(nodes.width(), block.width());
        qreal h = nodes.height() + block.height();
        if (nodes.height() > 0 && block.height() > 0)
            h += kGapY;
        if (zone >= 0) {
            w = std::max(w + 2 * kPad, 180.0);
            h = std::max(kHeader + h + kPad, 90.0);
        }
        m_size[s] = QSizeF(w, h);
        m_done[s] = true;
        return m_size[s];
    }

    void place(int zone, QPointF topLeft)
    {
        const size_t s = slot(zone);
        const QSizeF sz = size(zone);
        QPointF origin = topLeft;
        if (zone >= 0) {
            m_geo->zones[size_t(zone)] = QRectF(topLeft, sz);
            origin += QPointF(kPad, kHeader);
        }
        // Nodes outside every zone go below the zones; inside a zone, nodes come first.
        const auto &kids = m_children[s];
        const int n = int(m_nodes[s].size());
        const int cols = nodeColumns(n);
        const qreal nodesH = cols ? ((n + cols - 1) / cols) * kCellH - kGapY : 0;
        std::vector<QPointF> at;
        const qreal limit = rowWidth(kids, cols ? cols * kCellW - kGapX : 0);
        const QSizeF block = shelf(kids, limit, &at);
        QPointF nodesAt = origin;
        QPointF kidsAt = origin;
        if (zone >= 0)
            kidsAt.ry() += nodesH > 0 ? nodesH + kGapY : 0;
        else
            nodesAt.ry() += block.height() > 0 ? block.height() + kGapY * 2 : 0;
        for (int i = 0; i < n; ++i) {
            const QPointF p = nodesAt + QPointF((i % cols) * kCellW, (i / cols) * kCellH);
            m_geo->nodes[size_t(m_nodes[s][size_t(i)])]
                    = QRectF(p, QSizeF(kNodeWidth, kNodeHeight));
        }
        for (size_t i = 0; i < kids.size(); ++i)
            place(kids[i], kidsAt + at[i]);
    }

    DiagramGeometry *m_geo;
    std::vector<std::vector<int>> m_children; // slot -> child zones
    std::vector<std::vector<int>> m_nodes; // slot -> nodes
    std::vector<QSizeF> m_size;
    std::vector<bool> m_done;
};

} // namespace

bool DiagramGeometry::isWithin(int inner, int outer) const
{
    if (outer < 0)
        return true;
    for (size_t steps = 0; inner >= 0 && steps <= zoneParent.size(); ++steps) {
        if (inner == outer)
            return true;
        inner = zoneParent[size_t(inner)];
    }
    return false;
}

DiagramGeometry DiagramGeometry::of(const Design &design)
{
    DiagramGeometry g;
    QHash<QString, int> index;
    for (size_t i = 0; i < design.zones.size(); ++i)
        index.insert(design.zones[i].id, int(i));
    // Parents; a parent cycle (never written by Portolan) is broken at the zone that closes it.
    g.zoneParent.assign(design.zones.size(), -1);
    for (size_t i = 0; i < design.zones.size(); ++i)
        g.zoneParent[i] = index.value(design.zones[i].parent, -1);
    for (size_t i = 0; i < design.zones.size(); ++i) {
        int p = g.zoneParent[i];
        for (size_t steps = 0; p >= 0; ++steps) {
            if (p == int(i) || steps > design.zones.size()) {
                g.zoneParent[i] = -1;
                break;
            }
            p = g.zoneParent[size_t(p)];
        }
    }
    g.nodeZone.assign(design.nodes.size(), -1);
    for (size_t i = 0; i < design.nodes.size(); ++i)
        g.nodeZone[i] = index.value(design.nodes[i].zone, -1);
    g.zones.resize(design.zones.size());
    g.nodes.resize(design.nodes.size());

    if (design.needsLayout()) {
        AutoLayout(design, &g).run();
        g.autoLaidOut = true;
    } else {
        QRectF all;
        for (size_t i = 0; i < design.zones.size(); ++i) {
            g.zones[i] = design.zones[i].rect.normalized();
            all |= g.zones[i];
        }
        for (size_t i = 0; i < design.nodes.size(); ++i) {
            const QPointF c = design.nodes[i].pos;
            g.nodes[i] = QRectF(c.x() - kNodeWidth / 2, c.y() - kNodeHeight / 2, kNodeWidth,
                                kNodeHeight);
            all |= g.nodes[i];
        }
        g.bounds = all;
    }
    g.bounds.adjust(-20, -20, 20, 20);
    if (g.bounds.width() < 200 || g.bounds.height() < 120)
        g.bounds = g.bounds.united(QRectF(g.bounds.center() - QPointF(100, 60), QSizeF(200, 120)));
    return g;
}

} // namespace portolan::render
