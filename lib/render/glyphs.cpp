#include "glyphs.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace portolan::render {

QColor categoryColor(const QString &category)
{
    if (category == QLatin1String("server"))
        return QColor(0x2e, 0x6d, 0xa4);
    if (category == QLatin1String("agent"))
        return QColor(0x1e, 0x8e, 0x4e);
    if (category == QLatin1String("client"))
        return QColor(0x7d, 0x3c, 0x98);
    if (category == QLatin1String("database"))
        return QColor(0xb9, 0x77, 0x0e);
    if (category == QLatin1String("network"))
        return QColor(0x11, 0x7a, 0x65);
    if (category == QLatin1String("device"))
        return QColor(0x4d, 0x5b, 0x6a);
    if (category == QLatin1String("external"))
        return QColor(0x6c, 0x7a, 0x89);
    if (category == QLatin1String("service"))
        return QColor(0xa0, 0x4a, 0x10);
    return QColor(0x80, 0x8b, 0x96);
}

void paintCategoryGlyph(QPainter *p, const QRectF &r, const QString &category)
{
    p->save();
    p->setPen(Qt::NoPen);
    p->setBrush(categoryColor(category));
    const qreal radius = r.width() * 0.2;
    p->drawRoundedRect(r, radius, radius);

    const qreal u = r.width() / 10.0; // pictogram grid unit
    const QRectF in = r.adjusted(2 * u, 2 * u, -2 * u, -2 * u);
    QPen pen(Qt::white, u * 0.9);
    pen.setJoinStyle(Qt::RoundJoin);
    pen.setCapStyle(Qt::RoundCap);
    p->setPen(pen);
    p->setBrush(Qt::NoBrush);

    if (category == QLatin1String("server")) {
        // A rack with two units.
        const qreal h = in.height() / 2;
        p->drawRect(QRectF(in.left(), in.top(), in.width(), h - u * 0.4));
        p->drawRect(QRectF(in.left(), in.top() + h + u * 0.4, in.width(), h - u * 0.4));
    } else if (category == QLatin1String("agent")) {
        // A probe: a ring with a dot.
        p->drawEllipse(in.center(), in.width() / 2, in.height() / 2);
        p->setBrush(Qt::white);
        p->drawEllipse(in.center(), u, u);
    } else if (category == QLatin1String("client")) {
        // A monitor on a stand.
        p->drawRect(QRectF(in.left(), in.top(), in.width(), in.height() * 0.65));
        p->drawLine(QPointF(in.center().x(), in.top() + in.height() * 0.65),
                    QPointF(in.center().x(), in.bottom()));
        p->drawLine(QPointF(in.left() + u, in.bottom()), QPointF(in.right() - u, in.bottom()));
    } else if (category == QLatin1String("database")) {
        // A cylinder.
        const qreal eh = in.height() * 0.3;
        p->drawEllipse(QRectF(in.left(), in.top(), in.width(), eh));
        QPainterPath side;
        side.moveTo(in.left(), in.top() + eh / 2);
        side.lineTo(in.left(), in.bottom() - eh / 2);
        side.arcTo(QRectF(in.left(), in.bottom() - eh, in.width(), eh), 180, 180);
        side.lineTo(in.right(), in.top() + eh / 2);
        p->drawPath(side);
    } else if (category == QLatin1String("network")) {
        // Four arrows out of a hub.
        const QPointF c = in.center();
        const qreal a = in.width() / 2;
        p->drawLine(c - QPointF(a, 0), c + QPointF(a, 0));
        p->drawLine(c - QPointF(0, a), c + QPointF(0, a));
        p->setBrush(Qt::white);
        p->drawEllipse(c, u * 1.2, u * 1.2);
    } else if (category == QLatin1String("device")) {
        // A box with ports.
        p->drawRect(
                QRectF(in.left(), in.top() + in.height() * 0.25, in.width(), in.height() * 0.5));
        for (int i = 0; i < 3; ++i) {
            const qreal x = in.left() + in.width() * (0.2 + 0.3 * i);
            p->drawPoint(QPointF(x, in.center().y()));
        }
    } else if (category == QLatin1String("external")) {
        // A cloud.
        QPainterPath cloud;
        cloud.addEllipse(QRectF(in.left(), in.top() + in.height() * 0.35, in.width() * 0.5,
                                in.height() * 0.5));
        cloud.addEllipse(QRectF(in.left() + in.width() * 0.25, in.top() + in.height() * 0.1,
                                in.width() * 0.55, in.height() * 0.6));
        cloud.addEllipse(QRectF(in.left() + in.width() * 0.5, in.top() + in.height() * 0.35,
                                in.width() * 0.5, in.height() * 0.5));
        p->setPen(Qt::NoPen);
        p->setBrush(Qt::white);
        p->drawPath(cloud.simplified());
    } else if (category == QLatin1String("service")) {
        // A hexagon (a service endpoint).
        QPolygonF hex;
        for (int i = 0; i < 6; ++i) {
            const qreal ang = (60.0 * i + 30.0) * 3.14159265358979 / 180.0;
            hex << in.center() + QPointF(std::cos(ang), std::sin(ang)) * (in.width() / 2);
        }
        p->drawPolygon(hex);
    } else {
        p->drawEllipse(in.center(), u * 1.5, u * 1.5);
    }
    p->restore();
}

} // namespace portolan::render
