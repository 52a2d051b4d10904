#include "diffoverlay.h"

#include "document/document.h"
#include "document/geometry.h"
#include "guicontext.h"
#include "scene/designscene.h"
#include "scene/flowitem.h"
#include "scene/nodeitem.h"

#include "engine/messages.h"

#include <QEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWidget>

#include <cmath>

namespace portolan::gui {

namespace {

constexpr qreal kZ = 50; // above nodes (10) and flows (6-7), below tool previews (100)
constexpr qreal kBend = 22; // removed flows curve away from the live flow between the same nodes

QFont tagFont()
{
    QFont f;
    f.setPointSizeF(7.5);
    f.setBold(true);
    return f;
}

} // namespace

// ---- DiffMarkItem -------------------------------------------------------------------------

DiffMarkItem::DiffMarkItem(Kind kind, const QString &ref)
    : m_kind(kind)
    , m_ref(ref)
{
    setZValue(kZ);
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
}

QColor DiffMarkItem::color(Kind kind)
{
    switch (kind) {
    case Kind::NodeAdded:
    case Kind::FlowAdded: return QColor(0x1e, 0x8a, 0x3c);
    case Kind::NodeRemoved:
    case Kind::FlowRemoved: return QColor(0xc0, 0x39, 0x2b);
    case Kind::NodeChanged:
    case Kind::FlowChanged: return QColor(0xd6, 0x89, 0x10);
    }
    return Qt::black;
}

void DiffMarkItem::setLabel(const QString &label)
{
    prepareGeometryChange();
    m_label = label;
}

void DiffMarkItem::setTitle(const QString &title)
{
    m_title = title;
    update();
}

bool DiffMarkItem::setPath(const QPainterPath &path)
{
    if (path == m_path)
        return false;
    prepareGeometryChange();
    m_path = path;
    return true;
}

QRectF DiffMarkItem::cardRect() const
{
    return QRectF(-metrics::kNodeWidth / 2, -metrics::kNodeHeight / 2, metrics::kNodeWidth,
                  metrics::kNodeHeight)
            .adjusted(-6, -6, 6, 6);
}

QRectF DiffMarkItem::tagRect() const
{
    // Live flows run in bundles between the same zones: their colour says enough, and tags
    // would pile up; the matrix and the Changes tab say what changed.
    if (m_label.isEmpty() || m_kind == Kind::FlowAdded || m_kind == Kind::FlowChanged)
        return QRectF();
    const QFontMetricsF fm(tagFont());
    const QSizeF size(fm.horizontalAdvance(m_label) + 10, fm.height() + 3);
    if (isNode()) {
        const QRectF card = cardRect();
        return QRectF(QPointF(card.left(), card.top() - size.height() + 1), size);
    }
    if (m_path.isEmpty())
        return QRectF();
    const QPointF mid = m_kind == Kind::FlowRemoved ? m_path.pointAtPercent(0.5)
                                                    : m_path.boundingRect().center();
    return QRectF(mid - QPointF(size.width() / 2, size.height() + 6), size);
}

QRectF DiffMarkItem::boundingRect() const
{
    QRectF r = isNode() ? cardRect() : m_path.boundingRect();
    return r.adjusted(-4, -4, 4, 4).united(tagRect());
}

QPainterPath DiffMarkItem::shape() const
{
    // Live marks never take clicks or tooltips from the items they outline; ghosts answer
    // tooltips where nothing else is.
    QPainterPath p;
    if (m_kind == Kind::NodeRemoved) {
        p.addRect(cardRect());
    } else if (m_kind == Kind::FlowRemoved) {
        QPainterPathStroker stroker;
        stroker.setWidth(6);
        p = stroker.createStroke(m_path);
    }
    return p;
}

void DiffMarkItem::paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (!shown())
        return;
    // The painter as it was afterwards, fonts included: zoomed out, Qt paints the canvas
    // without saving it between items (CanvasView::paintEvent).
    struct Restore
    {
        QPainter *p;
        ~Restore() { p->restore(); }
    };
    p->save();
    const Restore restore{p};
    p->setRenderHint(QPainter::Antialiasing, true);
    const QColor c = color(m_kind);
    QColor fill = c;
    switch (m_kind) {
    case Kind::NodeAdded:
    case Kind::NodeChanged: {
        fill.setAlpha(28);
        p->setBrush(fill);
        p->setPen(QPen(c, 3, m_kind == Kind::NodeAdded ? Qt::SolidLine : Qt::DashLine));
        p->drawRoundedRect(cardRect(), 9, 9);
        break;
    }
    case Kind::NodeRemoved: {
        p->setBrush(QColor(255, 255, 255, 170));
        p->setPen(QPen(c, 2, Qt::DashLine));
        p->drawRoundedRect(cardRect().adjusted(6, 6, -6, -6), 6, 6);
        QFont f;
        f.setPointSizeF(8.5);
        f.setStrikeOut(true);
        p->setFont(f);
        p->setPen(c);
        const QRectF inner = cardRect().adjusted(12, 12, -12, -12);
        p->drawText(inner, Qt::AlignCenter | Qt::TextWordWrap,
                    QFontMetricsF(f).elidedText(m_title, Qt::ElideRight, inner.width() * 2));
        break;
    }
    case Kind::FlowAdded:
    case Kind::FlowChanged:
        fill.setAlpha(80);
        p->setPen(Qt::NoPen);
        p->setBrush(fill);
        p->drawPath(m_path);
        break;
    case Kind::FlowRemoved: {
        QPen pen(c, 2.2, Qt::DashLine);
        pen.setCapStyle(Qt::RoundCap);
        p->setPen(pen);
        p->setBrush(Qt::NoBrush);
        p->drawPath(m_path);
        // Arrow head at the listener, along the curve's end tangent.
        const QPointF tip = m_path.pointAtPercent(1);
        const QPointF before = m_path.pointAtPercent(0.97);
        QPointF dir = tip - before;
        const qreal len = std::max(qreal(0.001), std::hypot(dir.x(), dir.y()));
        dir /= len;
        const QPointF n(-dir.y(), dir.x());
        const QPointF base = tip - dir * 10;
        p->setPen(Qt::NoPen);
        p->setBrush(c);
        p->drawPolygon(QPolygonF() << tip << base + n * 4.5 << base - n * 4.5);
        break;
    }
    }
    const QRectF tag = tagRect();
    if (!tag.isEmpty()) {
        p->setPen(Qt::NoPen);
        p->setBrush(c);
        p->drawRoundedRect(tag, 3, 3);
        p->setPen(Qt::white);
        p->setFont(tagFont());
        p->drawText(tag, Qt::AlignCenter, m_label);
    }
}

// ---- DiffOverlay --------------------------------------------------------------------------

DiffOverlay::DiffOverlay(DesignScene *scene, QWidget *view, QObject *parent)
    : QObject(parent)
    , m_scene(scene)
{
    // Nodes move with the mouse before the document knows: follow drags on the canvas, at
    // most once per event-loop pass. (Not QGraphicsScene::changed, which would make every
    // view repaint through the slow path.)
    m_dragSync.setSingleShot(true);
    m_dragSync.setInterval(0);
    connect(&m_dragSync, &QTimer::timeout, this, &DiffOverlay::sync);
    if (view)
        view->installEventFilter(this);
}

bool DiffOverlay::eventFilter(QObject *, QEvent *event)
{
    if (!m_items.isEmpty() && event->type() == QEvent::MouseMove
        && static_cast<QMouseEvent *>(event)->buttons() != Qt::NoButton)
        m_dragSync.start();
    return false;
}

bool DiffOverlay::ghostShown(const GhostFlow &g) const
{
    const FlowFilter &filter = m_scene->flowFilter();
    return (filter.showLocal || !g.local) && (!filter.crossingOnly || g.crossing)
            && (filter.product.isEmpty() || filter.product == g.product);
}

DiffOverlay::~DiffOverlay()
{
    clear();
}

void DiffOverlay::clear()
{
    for (const QPointer<DiffMarkItem> &item : std::as_const(m_items)) {
        if (!item)
            continue; // deleted with the scene's items
        if (item->scene())
            item->scene()->removeItem(item);
        delete item.data();
    }
    m_items.clear();
    m_ghostFlows.clear();
}

QList<DiffMarkItem *> DiffOverlay::items() const
{
    QList<DiffMarkItem *> out;
    for (const QPointer<DiffMarkItem> &item : m_items) {
        if (item)
            out << item.data();
    }
    return out;
}

int DiffOverlay::count(DiffMarkItem::Kind kind) const
{
    const QList<DiffMarkItem *> all = items();
    return int(std::count_if(all.begin(), all.end(),
                             [kind](const DiffMarkItem *i) { return i->kind() == kind; }));
}

DiffMarkItem *DiffOverlay::add(DiffMarkItem::Kind kind, const QString &ref)
{
    auto *item = new DiffMarkItem(kind, ref);
    m_items << QPointer<DiffMarkItem>(item);
    m_scene->addOverlayItem(item);
    return item;
}

void DiffOverlay::show(const beyond::Revision &older, const beyond::Revision &newer,
                       const beyond::DesignDiff &diff)
{
    using K = DiffMarkItem::Kind;
    clear();
    if (!m_scene)
        return;
    const core::Language lang = language();
    for (const beyond::NodeChange &c : diff.nodes) {
        if (c.kind == beyond::NodeChange::Kind::Removed) {
            const core::Node &n = older.node(c.oldNode);
            DiffMarkItem *item = add(K::NodeRemoved, n.id);
            item->setPos(n.pos);
            item->setTitle(n.name.isEmpty() ? n.id : n.name);
            item->setLabel(tr("Removed"));
            // Plain text made explicit HTML: names with '<' or '&' show as written.
            item->setToolTip(plainToolTip(
                    tr("Removed since %1: %2 (%3)")
                            .arg(older.label, n.name.isEmpty() ? n.id : n.name,
                                 core::Messages::componentName(
                                         n.type, m_scene->document()->catalogs(), lang))));
            continue;
        }
        const core::Node &n = newer.node(c.newNode);
        if (c.kind == beyond::NodeChange::Kind::Added) {
            add(K::NodeAdded, n.id)->setLabel(tr("Added"));
            continue;
        }
        QStringList fields;
        for (const QString &f : c.fields)
            fields << beyond::DiffReport::fieldText(f, lang);
        add(K::NodeChanged, n.id)
                ->setLabel(tr("Changed: %1").arg(fields.join(QStringLiteral(", "))));
    }
    for (const beyond::FlowChange &c : diff.flows) {
        if (c.kind == beyond::FlowChange::Kind::Removed) {
            const core::Flow &f = *c.oldFlow;
            const core::Node &s = older.node(f.source);
            const core::Node &t = older.node(f.target);
            DiffMarkItem *item = add(K::FlowRemoved, DesignScene::flowKey(f, *older.design));
            const QString proto = core::protocolName(f.protocol).toUpper();
            item->setLabel(f.ports.isEmpty() ? proto
                                             : proto + QLatin1Char(' ') + f.ports.toString());
            item->setToolTip(plainToolTip(
                    tr("Removed since %1: %2 \u2192 %3, %4")
                            .arg(older.label, s.name, t.name, item->label())));
            m_ghostFlows.insert(item, {s.id, t.id, s.pos, t.pos, f.local, f.crossesFirewall,
                                       f.product});
            item->setShownTest([this, item] { return ghostShown(m_ghostFlows.value(item)); });
            continue;
        }
        const core::Flow &f = *c.newFlow;
        const bool added = c.kind == beyond::FlowChange::Kind::Added;
        const QString key = DesignScene::flowKey(f, *newer.design);
        DiffMarkItem *item = add(added ? K::FlowAdded : K::FlowChanged, key);
        item->setShownTest([this, key] {
            const FlowItem *live = m_scene->flowItem(key);
            return live && live->isVisible();
        });
        if (added) {
            item->setLabel(tr("Added"));
        } else {
            QStringList fields;
            for (const QString &field : c.fields)
                fields << beyond::DiffReport::fieldText(field, lang);
            item->setLabel(tr("Changed: %1").arg(fields.join(QStringLiteral(", "))));
        }
    }
    sync();
}

QPointF DiffOverlay::nodeCentre(const QString &id, const QPointF &fallback) const
{
    const NodeItem *n = m_scene->nodeItem(id);
    return n ? n->pos() : fallback;
}

void DiffOverlay::sync()
{
    if (!m_scene)
        return;
    QRectF marks;
    for (DiffMarkItem *item : items()) {
        switch (item->kind()) {
        case DiffMarkItem::Kind::NodeAdded:
        case DiffMarkItem::Kind::NodeChanged: {
            const NodeItem *n = m_scene->nodeItem(item->ref());
            item->setVisible(n && n->isVisible());
            if (n && item->pos() != n->pos())
                item->setPos(n->pos());
            break;
        }
        case DiffMarkItem::Kind::NodeRemoved:
            break;
        case DiffMarkItem::Kind::FlowAdded:
        case DiffMarkItem::Kind::FlowChanged: {
            const FlowItem *f = m_scene->flowItem(item->ref());
            item->setVisible(f != nullptr);
            if (f)
                item->setPath(f->mapToScene(f->shape()));
            break;
        }
        case DiffMarkItem::Kind::FlowRemoved: {
            const GhostFlow &g = m_ghostFlows[item];
            const QPointF a = nodeCentre(g.source, g.oldSource);
            const QPointF b = nodeCentre(g.target, g.oldTarget);
            const QPointF d = b - a;
            const qreal len = std::max(qreal(1), std::hypot(d.x(), d.y()));
            const QPointF normal(-d.y() / len, d.x() / len);
            // Start and end at the card edges, roughly: the cards are wider than tall.
            const qreal clip = std::min(len / 3, metrics::kNodeHeight / 2 + 4);
            const QPointF start = a + d / len * clip;
            const QPointF end = b - d / len * clip;
            QPainterPath path(start);
            path.quadTo((start + end) / 2 + normal * kBend, end);
            item->setPath(path);
            break;
        }
        }
        if (item->isVisible())
            marks |= item->sceneBoundingRect();
    }
    m_scene->growSceneRect(marks); // a removed node's mark may lie beyond the design
}

} // namespace portolan::gui
