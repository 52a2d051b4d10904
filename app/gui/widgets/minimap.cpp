#include "minimap.h"

#include "scene/canvasview.h"
#include "scene/designscene.h"

#include <QMouseEvent>
#include <QPainter>

namespace portolan::gui {

MiniMap::MiniMap(CanvasView *main, QWidget *parent)
    : QWidget(parent)
    , m_main(main)
{
    setMinimumSize(120, 90);
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_timer.setSingleShot(true);
    m_timer.setInterval(kRenderDelay);
    connect(&m_timer, &QTimer::timeout, this, &MiniMap::refit);
    connect(main, &CanvasView::viewportChanged, this, qOverload<>(&QWidget::update));
    connect(main->designScene(), &DesignScene::contentChanged, this, &MiniMap::scheduleRender);
}

void MiniMap::scheduleRender()
{
    // Not restarted by further changes: a long run of edits still updates the overview.
    if (!m_timer.isActive())
        m_timer.start();
}

void MiniMap::refit()
{
    m_timer.stop();
    DesignScene *scene = m_main->designScene();
    const qreal dpr = devicePixelRatioF();
    m_pixmap = QPixmap(size() * dpr);
    m_pixmap.setDevicePixelRatio(dpr);
    m_pixmap.fill(QColor(0xfa, 0xfb, 0xfc));
    // (Flows run between the cards; the margin leaves room for curves and labels.)
    m_source = scene->overviewBounds().adjusted(-40, -40, 40, 40);
    m_target = QRectF();
    const int pad = kPadding; // pixels around the design, clear of the view's frame
    if (!m_source.isEmpty() && width() > 2 * pad && height() > 2 * pad) {
        QSizeF fitted = m_source.size();
        fitted.scale(QSizeF(width() - 2 * pad, height() - 2 * pad), Qt::KeepAspectRatio);
        m_target = QRectF(QPointF((width() - fitted.width()) / 2, (height() - fitted.height()) / 2),
                          fitted);
        QPainter p(&m_pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        scene->renderOverview(&p, m_target, m_source);
    }
    update();
}

QPointF MiniMap::toScene(const QPointF &pos) const
{
    if (m_target.isEmpty())
        return m_source.center();
    const qreal s = m_source.width() / m_target.width();
    return m_source.topLeft() + (pos - m_target.topLeft()) * s;
}

QRectF MiniMap::toWidget(const QRectF &r) const
{
    if (m_source.isEmpty())
        return QRectF();
    const qreal s = m_target.width() / m_source.width();
    return QRectF(m_target.topLeft() + (r.topLeft() - m_source.topLeft()) * s, r.size() * s);
}

void MiniMap::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    if (m_pixmap.isNull())
        p.fillRect(rect(), QColor(0xfa, 0xfb, 0xfc));
    else
        p.drawPixmap(0, 0, m_pixmap);
    const QRectF visible = m_main->mapToScene(m_main->viewport()->rect()).boundingRect();
    p.setPen(QPen(QColor(0x1f, 0x6f, 0xd1), 1));
    p.setBrush(QColor(0x1f, 0x6f, 0xd1, 30));
    p.drawRect(toWidget(visible).intersected(QRectF(rect()).adjusted(0, 0, -1, -1)));
}

void MiniMap::mousePressEvent(QMouseEvent *e)
{
    m_main->centerOn(toScene(e->position()));
}

void MiniMap::mouseMoveEvent(QMouseEvent *e)
{
    if (e->buttons() & Qt::LeftButton)
        m_main->centerOn(toScene(e->position()));
}

void MiniMap::resizeEvent(QResizeEvent *e)
{
    QWidget::resizeEvent(e);
    refit();
}

} // namespace portolan::gui
