#include "linkitem.h"

#include "designscene.h"
#include "lod.h"

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
    setZValue(5);
    QPen pen(QColor(0x7f, 0x8c, 0x8d), 1.3, Qt::DotLine);
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

QRectF LinkItem::boundingRect() const
{
    const qreal margin = 4; // half the hit-test stroke, more than any pen we draw with
    return QRectF(line().p1(), line().p2()).normalized().adjusted(-margin, -margin, margin,
                                                                  margin);
}

namespace {

/// The parameters [t0, t1] of the part of `line` inside `rect` (Liang-Barsky); false when
/// the line misses it.
bool clipLine(const QLineF &line, const QRectF &rect, qreal *t0, qreal *t1)
{
    const qreal dx = line.dx(), dy = line.dy();
    const qreal p[4] = {-dx, dx, -dy, dy};
    const qreal q[4] = {line.x1() - rect.left(), rect.right() - line.x1(),
                        line.y1() - rect.top(), rect.bottom() - line.y1()};
    *t0 = 0;
    *t1 = 1;
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const qreal t = q[i] / p[i];
        if (p[i] < 0)
            *t0 = std::max(*t0, t);
        else
            *t1 = std::min(*t1, t);
        if (*t0 > *t1)
            return false;
    }
    return true;
}

} // namespace

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
    if (lod < lod::kDetail && qobject_cast<DesignScene *>(scene()))
        return; // drawn with all the others by DesignScene::drawForeground
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
    if (!exposed.isEmpty() && !clipLine(l, exposed, &t0, &t1))
        return;
    // The pattern is in pen widths, or about device pixels for a cosmetic pen.
    const qreal unit = pen.widthF() > 0 ? pen.widthF() : 1 / std::max(lod, 1e-6);
    pen.setDashOffset(pen.dashOffset() + t0 * l.length() / unit);
    p->setPen(pen);
    p->drawLine(QLineF(l.pointAt(t0), l.pointAt(t1)));
}

} // namespace portolan::gui
