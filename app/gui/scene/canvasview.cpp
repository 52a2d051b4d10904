#include "canvasview.h"

#include "guicontext.h"

#include "designscene.h"
#include "lod.h"
#include "textwarmup.h"
#include "tools.h"

#include "commands/commands.h"
#include "document/document.h"
#include "document/geometry.h"

#include <QDragEnterEvent>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMimeData>
#include <QScrollBar>
#include <QStyleOptionGraphicsItem>
#include <QTimer>
#include <QUndoStack>
#include <QWheelEvent>

#include <cmath>

namespace portolan::gui {

CanvasView::CanvasView(DesignScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
    , m_warmup(new TextWarmup(this))
    , m_settleTimer(new QTimer(this))
{
    connect(scene, &DesignScene::cardTextsStale, m_warmup, &TextWarmup::restart);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    m_settleTimer->setSingleShot(true);
    m_settleTimer->setInterval(kSettleMs);
    connect(m_settleTimer, &QTimer::timeout, this, &CanvasView::settle);
    // An edit (or its undo) on a design whose full-quality frames are slow is drawn as a
    // draft frame first: on a large design the flows it moves cross the whole view, and
    // stroking them antialiased took several frames. An emptied stack is a new or opened
    // design, whose first frame is drawn at full quality.
    connect(document()->undoStack(), &QUndoStack::indexChanged, this, [this] {
        if (document()->undoStack()->count() > 0 && m_fullFrameMs > m_draftEditMs)
            beginMotion();
    });
    setAcceptDrops(true);
    setTransformationAnchor(AnchorUnderMouse);
    setViewportUpdateMode(BoundingRectViewportUpdate);
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    setTool(ToolKind::Select);
}

CanvasView::~CanvasView() = default;

Document *CanvasView::document() const
{
    return m_scene->document();
}

void CanvasView::setTool(ToolKind kind)
{
    if (m_tool)
        m_tool->cancel();
    m_toolKind = kind;
    switch (kind) {
    case ToolKind::Select: m_tool = std::make_unique<SelectTool>(this); break;
    case ToolKind::Zone: m_tool = std::make_unique<ZoneTool>(this); break;
    case ToolKind::Link: m_tool = std::make_unique<LinkTool>(this); break;
    }
    setDragMode(NoDrag); // the select tool draws its own rubber band (SelectTool::dragBand)
    updateCursor();
    emit toolChanged(kind);
}

void CanvasView::updateCursor()
{
    if (m_panning)
        viewport()->setCursor(Qt::ClosedHandCursor);
    else if (m_spaceDown)
        viewport()->setCursor(Qt::OpenHandCursor);
    else
        viewport()->setCursor(m_tool ? m_tool->cursor() : Qt::ArrowCursor);
}

void CanvasView::beginMotion()
{
    // Draft frames: flows and links drawn without antialiasing (lod::smoothLines). Text,
    // cards and zones keep theirs, so the picture does not jump; the lines sharpen once
    // the view is still.
    if (!m_inMotion) {
        m_inMotion = true;
        setRenderHint(QPainter::Antialiasing, false);
    }
    m_settleTimer->start();
}

void CanvasView::settle()
{
    if (!m_inMotion)
        return;
    m_inMotion = false;
    setRenderHint(QPainter::Antialiasing, true); // repaints the viewport
}

qreal CanvasView::zoom() const
{
    return transform().m11();
}

void CanvasView::zoomBy(qreal factor)
{
    // Outside the range (fit-to-view shows a large design smaller) only a step back in.
    const qreal z = zoom() * factor;
    if ((z < 0.1 && factor < 1) || (z > 6 && factor > 1))
        return;
    beginMotion();
    scale(factor, factor);
    emit viewportChanged();
}

void CanvasView::resetZoom()
{
    resetTransform();
    emit viewportChanged();
}

void CanvasView::fitToView()
{
    QRectF r = m_scene->contentBounds();
    if (r.isEmpty())
        r = QRectF(0, 0, 800, 600);
    fitInView(r.adjusted(-30, -30, 30, 30), Qt::KeepAspectRatio);
    // A tiny design is not blown up beyond readable-and-sharp.
    if (zoom() > 2.0)
        scale(2.0 / zoom(), 2.0 / zoom());
    emit viewportChanged();
}

void CanvasView::mousePressEvent(QMouseEvent *e)
{
    if (e->button() == Qt::MiddleButton || (e->button() == Qt::LeftButton && m_spaceDown)) {
        m_panning = true;
        m_panStart = e->pos();
        updateCursor();
        e->accept();
        return;
    }
    if (e->button() == Qt::LeftButton && m_tool && m_tool->mousePress(e)) {
        e->accept();
        return;
    }
    QGraphicsView::mousePressEvent(e);
}

void CanvasView::mouseMoveEvent(QMouseEvent *e)
{
    if (e->buttons() != Qt::NoButton)
        beginMotion(); // panning, dragging nodes, drawing a zone or a rubber band
    if (m_panning) {
        const QPoint d = e->pos() - m_panStart;
        m_panStart = e->pos();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - d.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - d.y());
        e->accept();
        return;
    }
    if (m_tool && m_tool->mouseMove(e)) {
        e->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(e);
}

void CanvasView::mouseReleaseEvent(QMouseEvent *e)
{
    if (m_panning) {
        m_panning = false;
        updateCursor();
        e->accept();
        return;
    }
    if (e->button() == Qt::LeftButton && m_tool && m_tool->mouseRelease(e)) {
        e->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(e);
}

void CanvasView::mouseDoubleClickEvent(QMouseEvent *e)
{
    if (m_tool && m_tool->mouseDoubleClick(e)) {
        e->accept();
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(e);
}

void CanvasView::wheelEvent(QWheelEvent *e)
{
    if (e->modifiers() & Qt::ControlModifier) {
        const qreal steps = e->angleDelta().y() / 120.0;
        zoomBy(std::pow(1.15, steps));
        e->accept();
        return;
    }
    QGraphicsView::wheelEvent(e);
}

void CanvasView::keyPressEvent(QKeyEvent *e)
{
    // An item editor (zone rename) gets its keys.
    if (m_scene->focusItem()) {
        QGraphicsView::keyPressEvent(e);
        return;
    }
    if (e->key() == Qt::Key_Space && !e->isAutoRepeat()) {
        m_spaceDown = true;
        updateCursor();
        return;
    }
    if (e->key() == Qt::Key_Escape) {
        if (m_tool)
            m_tool->cancel();
        if (m_toolKind != ToolKind::Select)
            setTool(ToolKind::Select);
        else
            m_scene->clearSelection();
        return;
    }
    QPointF delta;
    const qreal step = (e->modifiers() & Qt::ShiftModifier) ? 1 : metrics::kGrid;
    switch (e->key()) {
    case Qt::Key_Left: delta = QPointF(-step, 0); break;
    case Qt::Key_Right: delta = QPointF(step, 0); break;
    case Qt::Key_Up: delta = QPointF(0, -step); break;
    case Qt::Key_Down: delta = QPointF(0, step); break;
    default: break;
    }
    if (!delta.isNull()) {
        QStringList zones = m_scene->selectedZones();
        QStringList nodes = m_scene->selectedNodes();
        if (QUndoCommand *cmd = Commands::move(document(), nodes, zones, delta,
                                               GeometryCommand::NudgeId))
            document()->undoStack()->push(cmd);
        return;
    }
    QGraphicsView::keyPressEvent(e);
}

void CanvasView::keyReleaseEvent(QKeyEvent *e)
{
    if (e->key() == Qt::Key_Space && !e->isAutoRepeat()) {
        m_spaceDown = false;
        updateCursor();
        return;
    }
    QGraphicsView::keyReleaseEvent(e);
}

bool CanvasView::acceptsDrop(const QMimeData *mime) const
{
    if (!mime)
        return false;
    if (mime->hasFormat(QString::fromLatin1(kComponentMimeType)))
        return true;
    return !droppedDesigns(mime).isEmpty();
}

namespace {

/// A component type id from a drag (any program can offer one): short, or nothing.
constexpr qsizetype kMaxComponentDragBytes = 256;

} // namespace

void CanvasView::dragEnterEvent(QDragEnterEvent *e)
{
    if (acceptsDrop(e->mimeData()))
        e->acceptProposedAction();
    else
        e->ignore();
}

void CanvasView::dragMoveEvent(QDragMoveEvent *e)
{
    if (acceptsDrop(e->mimeData()))
        e->acceptProposedAction();
    else
        e->ignore();
}

void CanvasView::dropEvent(QDropEvent *e)
{
    const QMimeData *mime = e->mimeData();
    if (mime && mime->hasFormat(QString::fromLatin1(kComponentMimeType))) {
        const QByteArray data = mime->data(QString::fromLatin1(kComponentMimeType));
        const QString type = data.size() <= kMaxComponentDragBytes ? QString::fromUtf8(data) : QString();
        if (type.isEmpty() || !document()->catalogs().component(type)) {
            e->ignore();
            return;
        }
        QPointF pos = mapToScene(e->position().toPoint());
        if (m_scene->snapToGrid())
            pos = geometry::snap(pos);
        QUndoCommand *cmd = Commands::addNode(document(), type, pos);
        const QString id = document()->uniqueNodeId(type);
        document()->undoStack()->push(cmd);
        m_scene->selectOnly({id}, {});
        e->acceptProposedAction();
        setFocus();
        return;
    }
    // The first design among the dropped files (the same bounded reading as the window's).
    const QStringList designs = mime ? droppedDesigns(mime) : QStringList();
    if (!designs.isEmpty()) {
        emit openFileRequested(designs.first());
        e->acceptProposedAction();
        return;
    }
    e->ignore();
}

void CanvasView::scrollContentsBy(int dx, int dy)
{
    if (dx != 0 || dy != 0)
        beginMotion();
    QGraphicsView::scrollContentsBy(dx, dy);
    emit viewportChanged();
}

void CanvasView::paintEvent(QPaintEvent *e)
{
    QElapsedTimer timer;
    timer.start();
    // Zoomed out, the links, flows and cards return from paint() at once (the scene's line
    // layer draws them), and Qt's save and restore of the painter around each of the
    // thousands of items was about a sixth of the frame. The items that do paint there set
    // what they use (zones, a zone's name editor, comparison marks: tst_zoomedout); the
    // tools' previews set their pen and brush and take the antialiasing they find.
    setOptimizationFlag(DontSavePainterState,
                        QStyleOptionGraphicsItem::levelOfDetailFromTransform(viewportTransform())
                                < lod::kDetail);
    QGraphicsView::paintEvent(e);
    const QRect r = e->rect();
    const QSize size = viewport()->size();
    if (!m_inMotion && 2 * qint64(r.width()) * r.height() >= qint64(size.width()) * size.height())
        m_fullFrameMs = timer.nsecsElapsed() / 1e6;
}

void CanvasView::changeEvent(QEvent *e)
{
    QGraphicsView::changeEvent(e);
    if (e->type() == QEvent::FontChange) // every card is shaped for the new font
        m_warmup->restart();
}

void CanvasView::resizeEvent(QResizeEvent *e)
{
    QGraphicsView::resizeEvent(e);
    emit viewportChanged();
}

} // namespace portolan::gui
