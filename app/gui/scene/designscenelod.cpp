// DesignScene's drawing when zoomed out: every visible link, flow and node card in a few
// calls, grouped by pen and brush. Items draw themselves only at readable zoom levels.
#include "designscene.h"

#include "flowitem.h"
#include "linkitem.h"
#include "lod.h"
#include "nodeitem.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <vector>

namespace portolan::gui {

namespace {

/// Flows of one look: their curves, and their arrow heads as one filled path.
struct FlowGroup
{
    QColor color;
    bool dashed = false;
    QPainterPath lines, heads;
};

FlowGroup &groupFor(std::vector<FlowGroup> *groups, const QColor &color, bool dashed)
{
    for (FlowGroup &g : *groups) {
        if (g.color == color && g.dashed == dashed)
            return g;
    }
    groups->push_back(FlowGroup{color, dashed, {}, {}});
    groups->back().heads.setFillRule(Qt::WindingFill);
    return groups->back();
}

} // namespace

void DesignScene::drawForeground(QPainter *painter, const QRectF &rect)
{
    const qreal lod =
            QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    if (lod >= lod::kDetail)
        return;
    painter->save();
    // At this scale every pen is under a pixel: one-pixel cosmetic pens, no antialiasing
    // (the items drew the same below lod::kDetail).
    painter->setRenderHint(QPainter::Antialiasing, false);

    // Links under the flows, as their z-values say.
    QPainterPath links, selectedLinks;
    for (LinkItem *l : std::as_const(m_links)) {
        if (!l->isVisible() || !l->sceneBoundingRect().intersects(rect))
            continue;
        QPainterPath &path = l->isSelected() ? selectedLinks : links;
        path.moveTo(l->line().p1());
        path.lineTo(l->line().p2());
    }
    painter->setBrush(Qt::NoBrush);
    if (!links.isEmpty()) {
        painter->setPen(QPen(QColor(0x7f, 0x8c, 0x8d), 0, Qt::DotLine));
        painter->drawPath(links);
    }
    if (!selectedLinks.isEmpty()) {
        painter->setPen(QPen(QColor(0x1f, 0x6f, 0xd1), 0));
        painter->drawPath(selectedLinks);
    }

    // Flows, grouped by colour (state included) and dash; arrow heads and firewall marks
    // while they are still more than a dot.
    std::vector<FlowGroup> groups;
    std::vector<QRectF> marks, dimmedMarks;
    const bool arrows = lod >= lod::kArrows;
    for (FlowItem *f : std::as_const(m_flows)) {
        if (!f->isVisible() || !f->boundingRect().intersects(rect))
            continue;
        const FlowItem::Style st = f->style(f->isSelected());
        FlowGroup &g = groupFor(&groups, st.color, st.dashed);
        g.lines.addPath(f->path()); // (flattening it here ourselves cost more, 525 M vs 429 M)
        if (!arrows)
            continue;
        g.heads.addPolygon(f->arrowHead(st.width));
        g.heads.closeSubpath();
        for (const QPointF &m : f->firewallMarkers())
            (f->isDimmed() ? dimmedMarks : marks).push_back(FlowItem::markerRect(m));
    }
    for (const FlowGroup &g : groups) {
        painter->setPen(QPen(g.color, 0, g.dashed ? Qt::DashLine : Qt::SolidLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(g.lines);
        if (!g.heads.isEmpty()) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(g.color);
            painter->drawPath(g.heads);
        }
    }
    painter->setPen(Qt::NoPen);
    if (!marks.empty()) {
        painter->setBrush(QColor(0xc0, 0x39, 0x2b));
        painter->drawRects(marks.data(), int(marks.size()));
    }
    if (!dimmedMarks.empty()) {
        painter->setBrush(QColor(0xc0, 0x39, 0x2b, 90));
        painter->drawRects(dimmedMarks.data(), int(dimmedMarks.size()));
    }

    // Node cards on top: white, outlined in their state's colour.
    std::vector<std::pair<QColor, std::vector<QRectF>>> cards;
    for (NodeItem *n : std::as_const(m_nodes)) {
        if (!n->isVisible())
            continue;
        const QRectF r = n->nodeRect().translated(n->pos());
        if (!r.intersects(rect))
            continue;
        const QColor c = n->outline(n->isSelected()).color();
        auto it = std::find_if(cards.begin(), cards.end(),
                               [&](const auto &group) { return group.first == c; });
        if (it == cards.end()) {
            cards.push_back({c, {}});
            it = cards.end() - 1;
        }
        it->second.push_back(r);
    }
    painter->setBrush(Qt::white);
    for (const auto &[color, rects] : cards) {
        painter->setPen(QPen(color, 0));
        painter->drawRects(rects.data(), int(rects.size()));
    }
    painter->restore();
}

} // namespace portolan::gui
