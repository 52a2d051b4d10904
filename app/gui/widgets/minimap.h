#pragma once

#include <QGraphicsView>

namespace portolan::gui {

class CanvasView;

/// An overview of the whole design: a second view on the same scene, scaled to fit, with
/// the main view's visible area drawn on top. Click or drag to move the main view.
class MiniMap : public QGraphicsView
{
    Q_OBJECT

public:
    explicit MiniMap(CanvasView *main, QWidget *parent = nullptr);

    void refit();

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void mousePressEvent(QMouseEvent *e) override;
    void mouseMoveEvent(QMouseEvent *e) override;
    void resizeEvent(QResizeEvent *e) override;
    void wheelEvent(QWheelEvent *e) override;

private:
    CanvasView *m_main;
};

} // namespace portolan::gui
