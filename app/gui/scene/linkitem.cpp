#include "linkitem.h"

#include "lod.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

namespace portolan::gui {

LinkItem::LinkItem(const QString &from, const QString &to)
    : m_from(from)
    , m_to(to)
{
    setFlag(ItemIsSelectable);
    setZValue(5);
    QPen pen(QColor(0x7f, 0x8c, 0x8d), 1.3, Qt::DotLine);
    pen.setCapStyle(Qt::RoundCap);
    setPen(pen);
    retranslate();
}

void LinkItem::retranslate()
{
    setToolTip(tr("Link: narrows which peers the rules pair"));
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
    // As flows: zoomed out, a thin line without antialiasing (a fraction of the cost).
    const qreal lod = option->levelOfDetailFromTransform(p->worldTransform());
    const bool fine = lod >= lod::kDetail;
    p->setRenderHint(QPainter::Antialiasing, fine);
    QPen pen = this->pen();
    if (option->state & QStyle::State_Selected) {
        pen.setColor(QColor(0x1f, 0x6f, 0xd1));
        pen.setWidthF(2.2);
    }
    if (!fine && pen.widthF() * lod < 1.5)
        pen.setWidth(0);
    p->setPen(pen);
    p->drawLine(line());
}

} // namespace portolan::gui
