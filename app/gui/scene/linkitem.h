#pragma once

#include "lod.h"

#include <QCoreApplication>
#include <QGraphicsLineItem>

namespace portolan::gui {

/// A user-drawn association between two nodes: a thin dotted grey line, never an arrow.
class LinkItem : public QGraphicsLineItem
{
    Q_DECLARE_TR_FUNCTIONS(LinkItem)

public:
    enum { Type = UserType + 3 };
    static constexpr qreal kZ = 5; ///< under the flows
    static constexpr qreal kWidth = 1.3; ///< the pen's width, unselected

    LinkItem(const QString &from, const QString &to);
    int type() const override { return Type; }
    QString from() const { return m_from; }
    QString to() const { return m_to; }
    /// Sets the tooltip in the current language.
    void retranslate();
    /// Sets the line (QGraphicsLineItem::setLine, hidden here), kept here as well for the
    /// line layer and boundingRect().
    void setLine(const QLineF &line);

    /// The line's box and a margin for the pen, without stroking the line (the base
    /// class strokes it on every call, and views ask on every paint).
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    friend class DesignScene;
    // What the scene's line layer reads for every link (DesignScene::paintLines), mirrored
    // from QGraphicsItem's separate allocation (itemChange, setLine), first and together.
    QLineF m_line;
    lod::ItemState m_state;
    QString m_from, m_to;
};

} // namespace portolan::gui
