#pragma once

#include <QPixmap>
#include <QTimer>
#include <QWidget>

namespace portolan::gui {

class CanvasView;

/// An overview of the whole design with the main view's visible area drawn on top. Click
/// or drag to move the main view.
///
/// The design is rendered into a pixmap a moment after it changes (at most every
/// kRenderDelay ms), so that panning the main view or editing a large design does not
/// repaint thousands of items a second time.
class MiniMap : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kRenderDelay = 150;
    static constexpr int kPadding = 4; ///< pixels between the design and the widget's edge

    explicit MiniMap(CanvasView *main, QWidget *parent = nullptr);

    /// Renders the overview again now.
    void refit();

protected:
    void paintEvent(QPaintEvent *e) override;
    void mousePressEvent(QMouseEvent *e) override;
    void mouseMoveEvent(QMouseEvent *e) override;
    void resizeEvent(QResizeEvent *e) override;

private:
    void scheduleRender();
    QPointF toScene(const QPointF &widgetPos) const;
    QRectF toWidget(const QRectF &sceneRect) const;

    CanvasView *m_main;
    QPixmap m_pixmap;
    QRectF m_source; ///< the scene rectangle the pixmap shows
    QRectF m_target; ///< where it is drawn in the widget
    QTimer m_timer;
};

} // namespace portolan::gui
