#include "minimap.h"

#include "scene/canvasview.h"

#include <QMouseEvent>
#include <QTimer>

namespace portolan::gui {

MiniMap::MiniMap(CanvasView *main, QWidget *parent)
    : QGraphicsView(main->scene(), parent)
    , m_main(main)
{
    setInteractive(false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setRenderHints(QPainter::Antialiasing);
    setMinimumSize(120, 90);
    setFrameShape(QFrame::NoFrame);
    connect(main, &CanvasView::viewportChanged, this, [this] { viewport()->update(); });
    connect(main->scene(), &QGraphicsScene::changed, this, [this] { refit(); });
}

void MiniMap::refit()
{
    const QRectF r = scene()->itemsBoundingRect().adjusted(-20, -20, 20, 20);
    if (!r.isEmpty())
        fitInView(r, Qt::KeepAspectRatio);
    viewport()->update();
}

void MiniMap::drawForeground(QPainter *painter, const QRectF &)
{
    const QRectF visible = m_main->mapToScene(m_main->viewport()->rect()).boundingRect();
    painter->setPen(QPen(QColor(0x1f, 0x6f, 0xd1), 0));
    painter->setBrush(QColor(0x1f, 0x6f, 0xd1, 30));
    painter->drawRect(visible);
}

void MiniMap::mousePressEvent(QMouseEvent *e)
{
    m_main->centerOn(mapToScene(e->position().toPoint()));
}

void MiniMap::mouseMoveEvent(QMouseEvent *e)
{
    if (e->buttons() & Qt::LeftButton)
        m_main->centerOn(mapToScene(e->position().toPoint()));
}

void MiniMap::resizeEvent(QResizeEvent *e)
{
    QGraphicsView::resizeEvent(e);
    refit();
}

void MiniMap::wheelEvent(QWheelEvent *)
{
    // The overview always shows everything.
}

} // namespace portolan::gui
