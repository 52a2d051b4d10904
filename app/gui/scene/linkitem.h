#pragma once

#include <QCoreApplication>
#include <QGraphicsLineItem>

namespace portolan::gui {

/// A user-drawn association between two nodes: a thin dotted grey line, never an arrow.
class LinkItem : public QGraphicsLineItem
{
    Q_DECLARE_TR_FUNCTIONS(LinkItem)

public:
    enum { Type = UserType + 3 };

    LinkItem(const QString &from, const QString &to);
    int type() const override { return Type; }
    QString from() const { return m_from; }
    QString to() const { return m_to; }
    /// Sets the tooltip in the current language.
    void retranslate();

    /// The line's box and a margin for the pen, without stroking the line (the base
    /// class strokes it on every call, and views ask on every paint).
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;

private:
    QString m_from, m_to;
};

} // namespace portolan::gui
