#pragma once

#include <QGraphicsLineItem>

namespace portolan::gui {

/// A user-drawn association between two nodes: a thin dotted grey line, never an arrow.
class LinkItem : public QGraphicsLineItem
{
public:
    enum { Type = UserType + 3 };

    LinkItem(const QString &from, const QString &to);
    int type() const override { return Type; }
    QString from() const { return m_from; }
    QString to() const { return m_to; }

    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;

private:
    QString m_from, m_to;
};

} // namespace portolan::gui
