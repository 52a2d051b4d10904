#include "diagramrenderer.h"

#include "fonts.h"
#include "glyphs.h"
#include "textwrap.h"

#include "engine/messages.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>

namespace portolan::render {

using namespace portolan::core;

namespace {

const QColor kFirewall(0x92, 0x2b, 0x21);
const QColor kFirewallFill(0xfd, 0xf2, 0xef);
const QColor kPlainBorder(0x8a, 0x94, 0xa0);
const QColor kPlainFill(0xf3, 0xf6, 0xf9);
const QColor kCrossing(0xd9, 0x48, 0x0f);
const QColor kCrossingText(0x9c, 0x34, 0x0a);
const QColor kPlainFlow(0x5b, 0x84, 0xb1);
const QColor kPlainFlowText(0x2c, 0x4a, 0x6e);
const QColor kLink(0x7f, 0x8c, 0x8d);
const QColor kInk(0x1c, 0x28, 0x33);
const QColor kMuted(0x5d, 0x6d, 0x7e);

// Parameter in [0, 1] where the segment from `from` (inside r) to `to` leaves r.
qreal exitParam(const QRectF &r, const QPointF &from, const QPointF &to)
{
    if (!r.contains(from))
        return 0;
    const QPointF d = to - from;
    qreal t = 1;
    if (d.x() > 0)
        t = std::min(t, (r.right() - from.x()) / d.x());
    else if (d.x() < 0)
        t = std::min(t, (r.left() - from.x()) / d.x());
    if (d.y() > 0)
        t = std::min(t, (r.bottom() - from.y()) / d.y());
    else if (d.y() < 0)
        t = std::min(t, (r.top() - from.y()) / d.y());
    return std::max<qreal>(0, t);
}

QPolygonF arrowHead(const QPointF &tip, const QPointF &dir, qreal size)
{
    const QPointF back = tip - dir * size;
    const QPointF normal(-dir.y(), dir.x());
    return QPolygonF({tip, back + normal * size * 0.45, back - normal * size * 0.45});
}

void paintMarker(QPainter *p, const QPointF &at, qreal size)
{
    QPolygonF diamond({at + QPointF(0, -size), at + QPointF(size, 0), at + QPointF(0, size),
                       at + QPointF(-size, 0)});
    p->setPen(QPen(Qt::white, size * 0.3));
    p->setBrush(kFirewall);
    p->drawPolygon(diamond);
}

// A coarse grid of rectangles, enough to keep thousands of labels off each other quickly.
class RectIndex
{
public:
    void insert(const QRectF &r)
    {
        forCells(r, [&](quint64 key) {
            m_cells[key].push_back(r);
            return false;
        });
    }
    bool intersects(const QRectF &r) const
    {
        return forCells(r, [&](quint64 key) {
            const auto it = m_cells.find(key);
            if (it == m_cells.end())
                return false;
            for (const QRectF &o : it->second) {
                if (o.intersects(r))
                    return true;
            }
            return false;
        });
    }

private:
    static constexpr qreal kCell = 160;
    template<typename F> bool forCells(const QRectF &r, F f) const
    {
        const qint64 x0 = qint64(std::floor(r.left() / kCell)),
                     x1 = qint64(std::floor(r.right() / kCell));
        const qint64 y0 = qint64(std::floor(r.top() / kCell)),
                     y1 = qint64(std::floor(r.bottom() / kCell));
        for (qint64 x = x0; x <= x1; ++x) {
            for (qint64 y = y0; y <= y1; ++y) {
                if (f((quint64(quint32(x)) << 32) | quint32(y)))
                    return true;
            }
        }
        return false;
    }
    std::unordered_map<quint64, std::vector<QRectF>> m_cells;
};

QString edgeLabel(const std::map<Protocol, PortSet> &ports)
{
    QStringList parts;
    for (const auto &[protocol, set] : ports) {
        const QString name = protocolName(protocol).toUpper();
        parts << (set.isEmpty() ? name : name + QLatin1Char(' ') + set.toString());
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

DiagramRenderer::DiagramRenderer(const Design &design, const FlowSet &flows,
                                 const CatalogSet &catalogs, const DiagramOptions &options)
    : m_design(design)
    , m_catalogs(catalogs)
    , m_options(options)
    , m_geo(DiagramGeometry::of(design))
{
    std::map<std::pair<int, int>, size_t> index;
    const int nodeCount = int(design.nodes.size());
    for (const Flow &f : flows.flows) {
        if (f.local && !options.showLocalFlows)
            continue;
        if (options.crossingOnly && !f.crossesFirewall)
            continue;
        if (f.source < 0 || f.target < 0 || f.source >= nodeCount || f.target >= nodeCount
            || f.source == f.target)
            continue;
        const auto key = std::make_pair(f.source, f.target);
        auto it = index.find(key);
        if (it == index.end()) {
            it = index.emplace(key, m_edges.size()).first;
            Edge e;
            e.source = f.source;
            e.target = f.target;
            m_edges.push_back(e);
        }
        Edge &e = m_edges[it->second];
        e.crossing = e.crossing || f.crossesFirewall;
        e.ports[f.protocol].unite(f.ports);
    }
    for (Edge &e : m_edges)
        e.reversed = index.count(std::make_pair(e.target, e.source)) > 0;
}

QRectF DiagramRenderer::sceneRect() const
{
    return m_options.area.isEmpty() ? m_geo.bounds : m_options.area;
}

void DiagramRenderer::paint(QPainter *p, const QRectF &target) const
{
    const QRectF scene = sceneRect();
    if (scene.isEmpty() || target.isEmpty())
        return;
    const qreal s = std::min(target.width() / scene.width(), target.height() / scene.height());
    p->save();
    p->setRenderHint(QPainter::Antialiasing, true);
    p->setRenderHint(QPainter::TextAntialiasing, true);
    p->translate(target.center());
    p->scale(s, s);
    p->translate(-scene.center());
    if (!m_options.area.isEmpty())
        p->setClipRect(scene, Qt::IntersectClip);
    paintZones(p);
    if (m_options.showLinks)
        paintLinks(p);
    paintEdges(p, false);
    paintZoneTitles(p);
    paintNodes(p);
    if (m_options.portLabels)
        paintEdges(p, true);
    p->restore();
}

std::vector<size_t> DiagramRenderer::zonesByDepth() const
{
    // Parents first so that children are drawn on top.
    std::vector<std::pair<int, size_t>> order;
    for (size_t i = 0; i < m_design.zones.size(); ++i) {
        int depth = 0;
        for (int z = m_geo.zoneParent[i]; z >= 0 && depth <= int(m_design.zones.size());
             z = m_geo.zoneParent[size_t(z)])
            ++depth;
        order.emplace_back(depth, i);
    }
    std::stable_sort(order.begin(), order.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    std::vector<size_t> out;
    for (const auto &o : order)
        out.push_back(o.second);
    return out;
}

static QColor zoneFill(const Zone &z)
{
    QColor fill(z.color);
    if (!fill.isValid())
        fill = z.firewalled ? kFirewallFill : kPlainFill;
    return fill;
}

void DiagramRenderer::paintZones(QPainter *p) const
{
    for (size_t i : zonesByDepth()) {
        const Zone &z = m_design.zones[i];
        p->setBrush(zoneFill(z));
        if (z.firewalled)
            p->setPen(QPen(kFirewall, 3.2, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
        else
            p->setPen(QPen(kPlainBorder, 1.2, Qt::DashLine));
        p->drawRect(m_geo.zones[i]);
    }
}

DiagramRenderer::ZoneLabel DiagramRenderer::zoneLabel(size_t i, const QFontMetricsF &tfm,
                                                      const QFontMetricsF &gfm) const
{
    const Zone &z = m_design.zones[i];
    const QRectF r = m_geo.zones[i];
    ZoneLabel l;
    qreal tagWidth = 0;
    if (z.firewalled) {
        const QString name = z.firewall.isEmpty() ? (z.name.isEmpty() ? z.id : z.name) : z.firewall;
        l.tag = gfm.elidedText(name, Qt::ElideRight, r.width() * 0.45);
        tagWidth = gfm.horizontalAdvance(l.tag) + 10;
        l.tagRect = QRectF(r.right() - tagWidth - 6, r.top() + 6, tagWidth, gfm.height() + 4);
    }
    const qreal w = r.width() - tagWidth - 24;
    l.title = tfm.elidedText(z.name.isEmpty() ? z.id : z.name, Qt::ElideRight,
                             std::max<qreal>(w, 20));
    l.titleRect = QRectF(r.left() + 5, r.top() + 5, tfm.horizontalAdvance(l.title) + 6,
                         tfm.height() + 2);
    return l;
}

// Titles and firewall tags go over the flows (on a patch of the zone's colour) so that
// arrows never run through a zone's name.
void DiagramRenderer::paintZoneTitles(QPainter *p) const
{
    const QFont title = Fonts::pixelFont(12, p->device(), true);
    const QFont tag = Fonts::pixelFont(8.5, p->device(), true);
    const QFontMetricsF tfm(title, p->device());
    const QFontMetricsF gfm(tag, p->device());
    for (size_t i : zonesByDepth()) {
        const Zone &z = m_design.zones[i];
        const ZoneLabel l = zoneLabel(i, tfm, gfm);
        if (!l.tag.isEmpty()) {
            p->setPen(Qt::NoPen);
            p->setBrush(kFirewall);
            p->drawRoundedRect(l.tagRect, 3, 3);
            p->setPen(Qt::white);
            p->setFont(tag);
            p->drawText(l.tagRect, Qt::AlignCenter, l.tag);
        }
        QColor fill = zoneFill(z);
        fill.setAlpha(225);
        p->setPen(Qt::NoPen);
        p->setBrush(fill);
        p->drawRect(l.titleRect);
        p->setPen(z.firewalled ? QColor(0x7b, 0x24, 0x1c) : QColor(0x3c, 0x46, 0x52));
        p->setFont(title);
        p->drawText(QPointF(l.titleRect.left() + 3, l.titleRect.top() + 1 + tfm.ascent()), l.title);
    }
}

void DiagramRenderer::paintLinks(QPainter *p) const
{
    p->setPen(QPen(kLink, 1.3, Qt::DotLine, Qt::RoundCap));
    p->setBrush(Qt::NoBrush);
    // Design::nodeIndex() is a scan: one index for every link end (a 10,000-agent request
    // spent 4 % of its time here).
    QHash<QString, int> index;
    index.reserve(qsizetype(m_design.nodes.size()));
    for (size_t i = m_design.nodes.size(); i-- > 0;)
        index.insert(m_design.nodes[i].id, int(i)); // the first of equal ids wins, as before
    for (const Link &l : m_design.links) {
        const int a = index.value(l.from, -1);
        const int b = index.value(l.to, -1);
        if (a < 0 || b < 0 || a == b)
            continue;
        const QRectF ra = m_geo.nodes[size_t(a)];
        const QRectF rb = m_geo.nodes[size_t(b)];
        const QPointF p0 = ra.center(), p1 = rb.center();
        const qreal t0 = exitParam(ra, p0, p1);
        const qreal t1 = 1 - exitParam(rb, p1, p0);
        if (t1 <= t0)
            continue;
        p->drawLine(p0 + (p1 - p0) * t0, p0 + (p1 - p0) * t1);
    }
}

void DiagramRenderer::paintEdges(QPainter *p, bool labels) const
{
    const QFont font = Fonts::pixelFont(8, p->device());
    const QFontMetricsF fm(font, p->device());
    p->setFont(font);
    // Labels avoid the node cards and each other.
    RectIndex taken;
    if (labels) {
        for (const QRectF &r : m_geo.nodes)
            taken.insert(r.adjusted(-2, -2, 2, 2));
        const QFontMetricsF tfm(Fonts::pixelFont(12, p->device(), true), p->device());
        const QFontMetricsF gfm(Fonts::pixelFont(8.5, p->device(), true), p->device());
        for (size_t z = 0; z < m_design.zones.size(); ++z) {
            const ZoneLabel l = zoneLabel(z, tfm, gfm);
            taken.insert(l.titleRect);
            if (!l.tag.isEmpty())
                taken.insert(l.tagRect);
        }
    }
    for (const Edge &e : m_edges) {
        const QRectF ra = m_geo.nodes[size_t(e.source)];
        const QRectF rb = m_geo.nodes[size_t(e.target)];
        QPointF p0 = ra.center(), p1 = rb.center();
        const QPointF d = p1 - p0;
        const qreal len = std::hypot(d.x(), d.y());
        if (len < 1)
            continue;
        const QPointF dir = d / len;
        if (e.reversed) {
            const QPointF normal(-dir.y(), dir.x());
            p0 += normal * 6;
            p1 += normal * 6;
        }
        const qreal t0 = exitParam(ra, p0, p1);
        const qreal t1 = 1 - exitParam(rb, p1, p0);
        if (t1 <= t0)
            continue;
        const QPointF start = p0 + (p1 - p0) * t0;
        const QPointF end = p0 + (p1 - p0) * t1;
        const QColor color = e.crossing ? kCrossing : kPlainFlow;

        if (labels) {
            const QString text = fm.elidedText(edgeLabel(e.ports), Qt::ElideRight, 190);
            if (text.isEmpty())
                continue;
            const QSizeF size(fm.horizontalAdvance(text) + 6, fm.height() + 2);
            const QPointF normal(-dir.y(), dir.x());
            QRectF box;
            bool placed = false;
            for (qreal shift : {0.0, 1.0, -1.0, 2.0, -2.0, 3.0, -3.0, 4.0, -4.0}) {
                for (qreal t : {0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78}) {
                    const QPointF at
                            = start + (end - start) * t + normal * shift * (size.height() * 0.9);
                    box = QRectF(at - QPointF(size.width() / 2, size.height() / 2), size);
                    if (!taken.intersects(box)) {
                        placed = true;
                        break;
                    }
                }
                if (placed)
                    break;
            }
            if (!placed) {
                const QPointF mid = (start + end) / 2;
                box = QRectF(mid - QPointF(size.width() / 2, size.height() / 2), size);
            }
            taken.insert(box);
            p->setPen(QPen(color, 0.6));
            p->setBrush(QColor(255, 255, 255, 235));
            p->drawRoundedRect(box, 3, 3);
            p->setPen(e.crossing ? kCrossingText : kPlainFlowText);
            p->drawText(QPointF(box.left() + 3, box.top() + 1 + fm.ascent()), text);
            continue;
        }

        const qreal width = e.crossing ? 2.2 : 1.3;
        const qreal head = e.crossing ? 9 : 7.5;
        p->setPen(QPen(color, width, Qt::SolidLine, Qt::FlatCap));
        p->setBrush(Qt::NoBrush);
        p->drawLine(start, end - dir * head * 0.8);
        p->setPen(Qt::NoPen);
        p->setBrush(color);
        p->drawPolygon(arrowHead(end, dir, head));
        if (!e.crossing)
            continue;
        // A marker wherever the arrow crosses the boundary of a firewalled zone that holds
        // exactly one of its ends.
        const int zs = m_geo.nodeZone[size_t(e.source)];
        const int zt = m_geo.nodeZone[size_t(e.target)];
        for (size_t z = 0; z < m_design.zones.size(); ++z) {
            if (!m_design.zones[z].firewalled)
                continue;
            const bool inS = m_geo.isWithin(zs, int(z));
            const bool inT = m_geo.isWithin(zt, int(z));
            if (inS == inT)
                continue;
            const QRectF zr = m_geo.zones[z];
            const QPointF at = inS ? start + (end - start) * exitParam(zr, start, end)
                                   : end + (start - end) * exitParam(zr, end, start);
            paintMarker(p, at, 4.5);
        }
    }
}

void DiagramRenderer::paintNodes(QPainter *p) const
{
    for (size_t i = 0; i < m_design.nodes.size(); ++i)
        paintNode(p, i);
}

void DiagramRenderer::paintNode(QPainter *p, size_t index) const
{
    const Node &n = m_design.nodes[index];
    const QRectF r = m_geo.nodes[index];
    const ComponentType *type = m_catalogs.component(n.type);
    const QString category = type ? type->category : QString();

    p->setPen(Qt::NoPen);
    p->setBrush(QColor(0, 0, 0, 26));
    p->drawRoundedRect(r.translated(1.5, 2), 6, 6);
    p->setBrush(Qt::white);
    p->setPen(QPen(QColor(0x9a, 0xa6, 0xb4), 1));
    p->drawRoundedRect(r, 6, 6);
    // A stripe in the category colour along the left edge.
    p->setPen(Qt::NoPen);
    p->setBrush(categoryColor(category));
    QPainterPath stripe;
    stripe.addRoundedRect(r, 6, 6);
    QPainterPath left;
    left.addRect(QRectF(r.left(), r.top(), 4, r.height()));
    p->drawPath(stripe.intersected(left));

    const qreal pad = 6;
    const qreal icon = 14;
    const qreal x = r.left() + pad + 2;
    const qreal textWidth = r.right() - pad - x;
    paintCategoryGlyph(p, QRectF(x, r.top() + pad, icon, icon), category);

    const QFont small = Fonts::pixelFont(7, p->device());
    const QFont bold = Fonts::pixelFont(9.5, p->device(), true);
    const QFontMetricsF sfm(small, p->device()), bfm(bold, p->device());

    p->setFont(small);
    p->setPen(kMuted);
    const QString typeName = Messages::componentName(n.type, m_catalogs, m_options.lang);
    const qreal tx = x + icon + 4;
    p->drawText(QPointF(tx, r.top() + pad + (icon - sfm.height()) / 2 + sfm.ascent()),
                sfm.elidedText(typeName, Qt::ElideRight, r.right() - pad - tx));

    QStringList where;
    if (!n.host.isEmpty())
        where << n.host;
    if (!n.address.isEmpty())
        where << n.address;
    const qreal nameTop = r.top() + pad + icon + 2;
    const qreal bottomLine = r.bottom() - 4 - sfm.height();
    const qreal room = (where.isEmpty() ? r.bottom() - 4 : bottomLine) - nameTop;
    const int maxLines = std::max(1, int(room / bfm.lineSpacing()));
    const QStringList lines = wrapText(n.name.isEmpty() ? n.id : n.name, bfm, textWidth, maxLines);
    p->setFont(bold);
    p->setPen(kInk);
    qreal y = nameTop;
    for (const QString &line : lines) {
        p->drawText(QPointF(x, y + bfm.ascent()), line);
        y += bfm.lineSpacing();
    }
    if (!where.isEmpty()) {
        p->setFont(small);
        p->setPen(kMuted);
        p->drawText(
                QPointF(x, bottomLine + sfm.ascent()),
                sfm.elidedText(where.join(QStringLiteral(" \u00b7 ")), Qt::ElideRight, textWidth));
    }
}

qreal DiagramRenderer::paintLegend(QPainter *p, const QRectF &target, qreal px, Language lang)
{
    const QFont font = Fonts::pixelFont(px, p->device());
    const QFontMetricsF fm(font, p->device());
    struct Item
    {
        int kind;
        QString text;
    };
    const std::vector<Item> items = {
            {0,
             Messages::text(QT_TRANSLATE_NOOP("Messages", "Firewalled zone (tag: firewall)"),
                            lang)},
            {1, Messages::text(QT_TRANSLATE_NOOP("Messages", "Zone without firewall"), lang)},
            {2, Messages::text(QT_TRANSLATE_NOOP("Messages", "Flow through a firewall"), lang)},
            {3, Messages::text(QT_TRANSLATE_NOOP("Messages", "Firewall boundary crossed"), lang)},
            {4,
             Messages::text(
                     QT_TRANSLATE_NOOP("Messages", "Flow inside a zone or between open zones"),
                     lang)},
            {5, Messages::text(QT_TRANSLATE_NOOP("Messages", "Link"), lang)},
    };
    p->save();
    p->setRenderHint(QPainter::Antialiasing, true);
    p->setFont(font);
    const qreal sw = px * 2.6; // swatch width
    const qreal h = fm.height();
    qreal x = target.left();
    qreal y = target.top();
    for (const Item &it : items) {
        const qreal w = sw + px * 0.6 + fm.horizontalAdvance(it.text) + px * 1.6;
        if (x > target.left() && x + w > target.right()) {
            x = target.left();
            y += h * 1.4;
        }
        const QRectF sr(x, y + h * 0.15, sw, h * 0.7);
        const QPointF a(sr.left(), sr.center().y()), b(sr.right(), sr.center().y());
        switch (it.kind) {
        case 0:
            p->setPen(QPen(kFirewall, px * 0.3));
            p->setBrush(kFirewallFill);
            p->drawRect(sr);
            break;
        case 1:
            p->setPen(QPen(kPlainBorder, px * 0.12, Qt::DashLine));
            p->setBrush(kPlainFill);
            p->drawRect(sr);
            break;
        case 2:
        case 4: {
            const QColor c = it.kind == 2 ? kCrossing : kPlainFlow;
            p->setPen(QPen(c, px * (it.kind == 2 ? 0.22 : 0.13)));
            p->drawLine(a, b - QPointF(px * 0.6, 0));
            p->setPen(Qt::NoPen);
            p->setBrush(c);
            p->drawPolygon(arrowHead(b, QPointF(1, 0), px * 0.8));
            break;
        }
        case 3:
            paintMarker(p, sr.center(), px * 0.45);
            break;
        case 5:
            p->setPen(QPen(kLink, px * 0.15, Qt::DotLine, Qt::RoundCap));
            p->drawLine(a, b);
            break;
        }
        p->setPen(kInk);
        p->drawText(QPointF(x + sw + px * 0.6, y + fm.ascent()), it.text);
        x += w;
    }
    p->restore();
    return y + h - target.top();
}

} // namespace portolan::render
