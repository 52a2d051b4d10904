#pragma once

#include "model/design.h"

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QGraphicsTextItem>

#include <functional>

namespace portolan::gui {

/// A zone on the canvas: a rectangle at `pos` (its top-left corner). Only the header strip
/// and the border grab the mouse, so a drag inside a zone's body starts a rubber band.
class ZoneItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(ZoneItem)

public:
    enum { Type = UserType + 1 };
    enum Handle { NoHandle = -1, TopLeft, Top, TopRight, Right, BottomRight, Bottom, BottomLeft, Left };

    explicit ZoneItem(const QString &id);
    int type() const override { return Type; }
    QString id() const { return m_id; }

    void setZone(const core::Zone &zone);
    QRectF sceneRectOfZone() const { return QRectF(pos(), m_size); }
    /// Shows a rectangle while the user resizes (scene coordinates).
    void setPreviewRect(const QRectF &rect);
    void setLabelScale(qreal scale);

    Handle handleAt(const QPointF &scenePos) const;
    static QRectF resized(const QRectF &rect, Handle handle, const QPointF &scenePos);

    /// In-place rename; `commit` receives the new name when the user confirms.
    void startRename(std::function<void(const QString &)> commit);
    bool isRenaming() const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;

private:
    QRectF handleRect(Handle h) const;
    /// Name and firewall badge.
    void paintHeader(QPainter *p, const QRectF &rect) const;

    QString m_id;
    QString m_name;
    QString m_firewall;
    bool m_firewalled = true;
    QColor m_color;
    QSizeF m_size;
    qreal m_labelScale = 1.0;
    QGraphicsTextItem *m_editor = nullptr;
};

} // namespace portolan::gui
