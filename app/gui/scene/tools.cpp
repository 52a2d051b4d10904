#include "tools.h"

#include "canvasview.h"
#include "designscene.h"
#include "flowitem.h"
#include "linkitem.h"
#include "nodeitem.h"

#include "commands/commands.h"
#include "document/document.h"
#include "document/geometry.h"

#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsTextItem>
#include <QMouseEvent>
#include <QRubberBand>
#include <QUndoStack>

namespace portolan::gui {

DesignScene *Tool::scene() const
{
    return m_view->designScene();
}

Document *Tool::doc() const
{
    return m_view->document();
}

QPointF Tool::scenePos(QMouseEvent *e) const
{
    return m_view->mapToScene(e->position().toPoint());
}

NodeItem *Tool::nodeAt(const QPointF &p) const
{
    for (QGraphicsItem *i : scene()->items(p)) {
        if (auto *n = qgraphicsitem_cast<NodeItem *>(i))
            return n;
    }
    return nullptr;
}

// --- select --------------------------------------------------------------------------------

bool SelectTool::mousePress(QMouseEvent *e)
{
    const QPointF p = scenePos(e);
    m_mode = Mode::Idle;
    QGraphicsItem *top = nullptr;
    for (QGraphicsItem *i : scene()->items(p)) {
        if (!isTile(i)) {
            top = i;
            break;
        }
    }
    // Let an open editor (zone rename) have the click.
    if (auto *text = dynamic_cast<QGraphicsTextItem *>(top);
        text && (text->textInteractionFlags() & Qt::TextEditable))
        return false;

    // A resize handle of a selected zone wins.
    for (const QString &id : scene()->selectedZones()) {
        ZoneItem *z = scene()->zoneItem(id);
        const ZoneItem::Handle h = z ? z->handleAt(p) : ZoneItem::NoHandle;
        if (h != ZoneItem::NoHandle) {
            m_mode = Mode::Resizing;
            m_zone = id;
            m_handle = h;
            m_originalRect = z->sceneRectOfZone();
            m_newRect = m_originalRect;
            return true;
        }
    }
    const bool toggle = e->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier);
    if (!top) {
        // As a click on the empty canvas did when the view handled it: an open editor
        // (zone rename) loses focus and commits.
        scene()->setFocusItem(nullptr, Qt::MouseFocusReason);
        beginBand(e->position().toPoint(), toggle);
        return true;
    }
    if (toggle) {
        top->setSelected(!top->isSelected());
        return true;
    }
    if (!top->isSelected()) {
        scene()->clearSelection();
        top->setSelected(true);
    }
    if (top->type() != NodeItem::Type && top->type() != ZoneItem::Type)
        return true; // links and flows select, they do not move

    // Everything selected moves; a zone takes its contents along.
    m_mode = Mode::Moving;
    m_start = p;
    m_delta = QPointF();
    m_origin.clear();
    const QStringList zones = scene()->selectedZones();
    QStringList nodes = scene()->selectedNodes();
    QStringList movingZones;
    for (const QString &z : zones)
        movingZones << z << doc()->descendantZones(z);
    for (const QString &z : zones)
        nodes << doc()->nodesInside(z);
    for (const QString &z : movingZones) {
        if (ZoneItem *item = scene()->zoneItem(z))
            m_origin.insert(item, item->pos());
    }
    for (const QString &n : nodes) {
        if (NodeItem *item = scene()->nodeItem(n))
            m_origin.insert(item, item->pos());
    }
    return true;
}

void SelectTool::beginBand(const QPoint &at, bool additive)
{
    m_mode = Mode::Band;
    m_bandOrigin = at;
    m_bandBase.clear();
    if (additive) {
        const QList<QGraphicsItem *> selected = scene()->selectedItems();
        m_bandBase = QSet<QGraphicsItem *>(selected.cbegin(), selected.cend());
    } else {
        scene()->clearSelection();
    }
    if (!m_band)
        m_band = std::make_unique<QRubberBand>(QRubberBand::Rectangle, m_view->viewport());
    m_band->setGeometry(QRect(at, QSize()));
    m_band->show();
}

void SelectTool::dragBand(const QPoint &to)
{
    const QRect area = QRect(m_bandOrigin, to).normalized();
    m_band->setGeometry(area);
    // What the band holds, and what was selected before when extending the selection;
    // selection signals once for the whole change.
    const QList<QGraphicsItem *> inside =
            scene()->itemsInside(m_view->mapToScene(area).boundingRect());
    const QSet<QGraphicsItem *> wanted = QSet<QGraphicsItem *>(inside.cbegin(), inside.cend());
    bool changed = false;
    {
        QSignalBlocker blocker(scene());
        for (QGraphicsItem *i : scene()->selectedItems()) {
            if (!wanted.contains(i) && !m_bandBase.contains(i)) {
                i->setSelected(false);
                changed = true;
            }
        }
        for (QGraphicsItem *i : inside) {
            if (!i->isSelected()) {
                i->setSelected(true);
                changed = true;
            }
        }
    }
    if (changed)
        emit scene()->selectionChanged();
}

void SelectTool::endBand()
{
    if (m_band)
        m_band->hide();
    m_bandBase.clear();
}

bool SelectTool::mouseMove(QMouseEvent *e)
{
    if (m_mode == Mode::Band) {
        if (!(e->buttons() & Qt::LeftButton)) {
            // The release went elsewhere (a pan with the middle button took it).
            endBand();
            m_mode = Mode::Idle;
            return false;
        }
        dragBand(e->position().toPoint());
        return true;
    }
    const QPointF p = scenePos(e);
    if (m_mode == Mode::Moving) {
        QPointF d = p - m_start;
        if (scene()->snapToGrid())
            d = geometry::snap(d);
        if (d == m_delta)
            return true;
        m_delta = d;
        for (auto it = m_origin.cbegin(); it != m_origin.cend(); ++it)
            it.key()->setPos(it.value() + d);
        return true;
    }
    if (m_mode == Mode::Resizing) {
        if (ZoneItem *z = scene()->zoneItem(m_zone)) {
            m_newRect = ZoneItem::resized(m_originalRect, m_handle, p);
            z->setPreviewRect(m_newRect);
        }
        return true;
    }
    // Hover feedback for the resize handles.
    for (const QString &id : scene()->selectedZones()) {
        ZoneItem *z = scene()->zoneItem(id);
        const ZoneItem::Handle h = z ? z->handleAt(p) : ZoneItem::NoHandle;
        if (h != ZoneItem::NoHandle) {
            const bool diagonal1 = h == ZoneItem::TopLeft || h == ZoneItem::BottomRight;
            const bool diagonal2 = h == ZoneItem::TopRight || h == ZoneItem::BottomLeft;
            const bool horizontal = h == ZoneItem::Left || h == ZoneItem::Right;
            m_view->viewport()->setCursor(diagonal1    ? Qt::SizeFDiagCursor
                                          : diagonal2  ? Qt::SizeBDiagCursor
                                          : horizontal ? Qt::SizeHorCursor
                                                       : Qt::SizeVerCursor);
            return false;
        }
    }
    m_view->viewport()->setCursor(Qt::ArrowCursor);
    return false;
}

bool SelectTool::mouseRelease(QMouseEvent *)
{
    const Mode mode = m_mode;
    m_mode = Mode::Idle;
    if (mode == Mode::Band) {
        endBand();
        return true;
    }
    if (mode == Mode::Moving) {
        if (m_delta.isNull())
            return true;
        // Only the outermost selected items: the rest move along with their zone.
        const QStringList zones = scene()->selectedZones();
        QStringList inner;
        for (const QString &z : zones)
            inner << doc()->descendantZones(z);
        QStringList topZones;
        for (const QString &z : zones) {
            if (!inner.contains(z))
                topZones << z;
        }
        QStringList nodes;
        for (const QString &n : scene()->selectedNodes()) {
            const core::Node *node = doc()->node(n);
            if (node && !(zones.contains(node->zone) || inner.contains(node->zone)))
                nodes << n;
        }
        m_origin.clear();
        if (QUndoCommand *cmd = Commands::move(doc(), nodes, topZones, m_delta))
            doc()->undoStack()->push(cmd);
        scene()->resetGeometry();
        return true;
    }
    if (mode == Mode::Resizing) {
        if (m_newRect != m_originalRect) {
            if (QUndoCommand *cmd = Commands::resizeZone(doc(), m_zone, m_newRect))
                doc()->undoStack()->push(cmd);
        }
        scene()->resetGeometry();
        return true;
    }
    return false;
}

bool SelectTool::mouseDoubleClick(QMouseEvent *e)
{
    const QPointF p = scenePos(e);
    for (QGraphicsItem *i : scene()->items(p)) {
        if (i->type() == NodeItem::Type)
            return false;
        if (auto *z = qgraphicsitem_cast<ZoneItem *>(i)) {
            const QString id = z->id();
            Document *d = doc();
            z->startRename([d, id](const QString &name) {
                const core::Zone *zone = d->zone(id);
                if (!zone || zone->name == name)
                    return;
                core::Zone after = *zone;
                after.name = name;
                d->undoStack()->push(new ChangeZoneCommand(d, *zone, after));
            });
            return true;
        }
    }
    return false;
}

SelectTool::SelectTool(CanvasView *view)
    : Tool(view)
{
}

SelectTool::~SelectTool() = default;

void SelectTool::cancel()
{
    if (m_mode == Mode::Band) {
        // Back to the selection before the band.
        {
            QSignalBlocker blocker(scene());
            for (QGraphicsItem *i : scene()->selectedItems()) {
                if (!m_bandBase.contains(i))
                    i->setSelected(false);
            }
        }
        emit scene()->selectionChanged();
        endBand();
    }
    else if (m_mode != Mode::Idle)
        scene()->resetGeometry();
    m_mode = Mode::Idle;
    m_origin.clear();
}

// --- zone ----------------------------------------------------------------------------------

ZoneTool::~ZoneTool()
{
    delete m_preview;
}

bool ZoneTool::mousePress(QMouseEvent *e)
{
    m_start = geometry::snap(scenePos(e));
    delete m_preview;
    m_preview = new QGraphicsRectItem;
    m_preview->setPen(QPen(QColor(0xc0, 0x39, 0x2b), 2, Qt::DashLine));
    m_preview->setBrush(QColor(0xc0, 0x39, 0x2b, 20));
    m_preview->setZValue(100);
    m_preview->setRect(QRectF(m_start, QSizeF(0, 0)));
    scene()->addItem(m_preview);
    return true;
}

bool ZoneTool::mouseMove(QMouseEvent *e)
{
    if (m_preview)
        m_preview->setRect(QRectF(m_start, geometry::snap(scenePos(e))).normalized());
    return true;
}

bool ZoneTool::mouseRelease(QMouseEvent *e)
{
    if (!m_preview)
        return true;
    const QRectF r = QRectF(m_start, geometry::snap(scenePos(e))).normalized();
    delete m_preview;
    m_preview = nullptr;
    if (r.width() < metrics::kMinZoneWidth / 2 || r.height() < metrics::kMinZoneHeight / 2)
        return true; // a click, not a zone
    QRectF rect = r;
    rect.setWidth(std::max(rect.width(), metrics::kMinZoneWidth));
    rect.setHeight(std::max(rect.height(), metrics::kMinZoneHeight));
    const QString id = doc()->uniqueZoneId();
    doc()->undoStack()->push(Commands::addZone(doc(), rect));
    scene()->selectOnly({}, {id});
    m_view->setTool(CanvasView::ToolKind::Select); // deletes this tool: return at once
    return true;
}

void ZoneTool::cancel()
{
    delete m_preview;
    m_preview = nullptr;
}

// --- link ----------------------------------------------------------------------------------

LinkTool::~LinkTool()
{
    delete m_preview;
}

bool LinkTool::mousePress(QMouseEvent *e)
{
    NodeItem *n = nodeAt(scenePos(e));
    if (!n)
        return true;
    m_from = n->id();
    delete m_preview;
    m_preview = new QGraphicsLineItem(QLineF(n->pos(), scenePos(e)));
    m_preview->setPen(QPen(QColor(0x1f, 0x6f, 0xd1), 1.5, Qt::DashLine));
    m_preview->setZValue(100);
    scene()->addItem(m_preview);
    return true;
}

bool LinkTool::mouseMove(QMouseEvent *e)
{
    if (m_preview) {
        QLineF l = m_preview->line();
        l.setP2(scenePos(e));
        m_preview->setLine(l);
    }
    return true;
}

bool LinkTool::mouseRelease(QMouseEvent *e)
{
    delete m_preview;
    m_preview = nullptr;
    const QString from = m_from;
    m_from.clear();
    NodeItem *n = nodeAt(scenePos(e));
    if (from.isEmpty() || !n || n->id() == from)
        return true;
    if (doc()->linkIndex(from, n->id()) >= 0)
        return true;
    core::Link link;
    link.from = from;
    link.to = n->id();
    doc()->undoStack()->push(new AddLinkCommand(doc(), link));
    return true;
}

void LinkTool::cancel()
{
    delete m_preview;
    m_preview = nullptr;
    m_from.clear();
}

} // namespace portolan::gui
