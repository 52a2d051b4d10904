#include "linkitem.h"

#include "designscene.h"
#include "lineraster.h"
#include "lod.h"
#include "tilegrid.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <algorithm>

namespace portolan::gui {

LinkItem::LinkItem(const QString &from, const QString &to)
    : m_from(from)
    , m_to(to)
{
    setFlag(ItemIsSelectable);
    setFlag(ItemUsesExtendedStyleOption); // exposedRect: long links draw their visible part
    setZValue(kZ);
    QPen pen(QColor(0x7f, 0x8c, 0x8d), kWidth, Qt::DotLine);
    // Square dots: a round cap on every dot made the dash stroker emit a curved outline
    // per dot, the most expensive part of a frame full of long links.
    pen.setCapStyle(Qt::FlatCap);
    setPen(pen);
    retranslate();
}

void LinkItem::retranslate()
{
    setToolTip(tr("Link: narrows which peers the rules pair"));
}

void LinkItem::setLine(const QLineF &line)
{
    if (line == m_line && line == QGraphicsLineItem::line())
        return;
    const QRectF before = boundingRect();
    prepareGeometryChange(); // while boundingRect() still gives the old box
    m_line = line;
    QGraphicsLineItem::setLine(line); // (its update() then covers the new one)
    TileGrid::refit(this, before);
}

QVariant LinkItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    m_state.follow(change, value);
    return QGraphicsLineItem::itemChange(change, value);
}

QRectF LinkItem::boundingRect() const
{
    const qreal margin = 4; // half the hit-test stroke, more than any pen we draw with
    return QRectF(m_line.p1(), m_line.p2()).normalized().adjusted(-margin, -margin, margin,
                                                                  margin);
}


QPainterPath LinkItem::shape() const
{
    QPainterPath path;
    path.moveTo(line().p1());
    path.lineTo(line().p2());
    QPainterPathStroker stroker;
    stroker.setWidth(8);
    return stroker.createStroke(path);
}

void LinkItem::paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *)
{
    // As flows: zoomed out or in a draft frame, a line without antialiasing (a fraction of
    // the cost).
    const qreal lod = option->levelOfDetailFromTransform(p->worldTransform());
    if (auto *s = qobject_cast<DesignScene *>(scene()); s && s->drawsLines(p))
        return; // drawn with all the others (DesignScene::drawsLines)
    p->setRenderHint(QPainter::Antialiasing, lod::smoothLines(p, lod));
    QPen pen = this->pen();
    if (option->state & QStyle::State_Selected) {
        pen.setColor(QColor(0x1f, 0x6f, 0xd1));
        pen.setWidthF(2.2);
    }
    // Zoomed out, one device pixel (the rasteriser's fast path). Not at readable zooms as
    // flows are: the cosmetic stroker's dots cannot be lined up between a clipped and a
    // whole line, and would crawl along a link while it is panned.
    if (lod < lod::kDetail && pen.widthF() * lod < 1.5)
        pen.setWidth(0);
    // A link across a large design is many screens long: dashing its whole length cost
    // more than the rest of a frame. Only the part inside the exposed rectangle is drawn,
    // with the dash pattern shifted so that the dots stay where they were.
    const QLineF l = line();
    const qreal margin = pen.widthF() + 1;
    const QRectF exposed = option->exposedRect.adjusted(-margin, -margin, margin, margin);
    qreal t0 = 0, t1 = 1;
    if (!exposed.isEmpty() && !LineRaster::clip(l.p1(), l.p2(), exposed, &t0, &t1))
        return;
    // The pattern is in pen widths, or about device pixels for a cosmetic pen.
    const qreal unit = pen.widthF() > 0 ? pen.widthF() : 1 / std::max(lod, 1e-6);
    pen.setDashOffset(pen.dashOffset() + t0 * l.length() / unit);
    p->setPen(pen);
    p->drawLine(QLineF(l.pointAt(t0), l.pointAt(t1)));
}

} // namespace portolan::gui
