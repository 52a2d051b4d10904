#include "designscene.h"

#include "flowitem.h"
#include "lineraster.h"
#include "linkitem.h"
#include "nodeitem.h"
#include "zoneitem.h"

#include "document/document.h"
#include "document/geometry.h"
#include "guicontext.h"

#include "engine/messages.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace portolan::gui {

namespace {

QString linkKey(const QString &from, const QString &to)
{
    return from + QLatin1Char('|') + to;
}

QColor hostColor(const QString &host)
{
    // A stable, readable colour per host name.
    const uint h = qHash(host);
    return QColor::fromHsv(int(h % 360), 140, 170);
}

} // namespace

DesignScene::DesignScene(Document *doc, QObject *parent)
    : QGraphicsScene(parent)
    , m_doc(doc)
{
    setItemIndexMethod(QGraphicsScene::NoIndex);
    connect(doc, &Document::designReset, this, &DesignScene::rebuild);
    connect(doc, &Document::zoneAdded, this, &DesignScene::addZone);
    connect(doc, &Document::zoneChanged, this, &DesignScene::updateZone);
    connect(doc, &Document::zoneRemoved, this, &DesignScene::removeZone);
    connect(doc, &Document::nodeAdded, this, &DesignScene::addNode);
    connect(doc, &Document::nodeChanged, this, &DesignScene::updateNode);
    connect(doc, &Document::nodeRemoved, this, &DesignScene::removeNode);
    connect(doc, &Document::linkAdded, this, &DesignScene::addLink);
    connect(doc, &Document::linkRemoved, this, &DesignScene::removeLink);
    connect(doc, &Document::flowsChanged, this, &DesignScene::updateFlows);
    connect(this, &QGraphicsScene::selectionChanged, this, &DesignScene::updateHighlights);
    connect(LanguageNotifier::instance(), &LanguageNotifier::languageChanged, this,
            &DesignScene::retranslate);
    rebuild();
}

void DesignScene::retranslate()
{
    // Type names, tooltips and badges are text in the current language; the items stay.
    for (const core::Zone &z : m_doc->design().zones)
        updateZone(z.id);
    for (const core::Node &n : m_doc->design().nodes)
        updateNode(n.id); // the type name is text
    for (LinkItem *l : std::as_const(m_links))
        l->retranslate();
    refreshAllFlows();
    update();
    emit cardTextsStale();
}

QString DesignScene::flowKey(const core::Flow &flow, const core::Design &design)
{
    const QString src = design.nodes[size_t(flow.source)].id;
    const QString dst = design.nodes[size_t(flow.target)].id;
    QString key = src + QLatin1Char('|') + dst + QLatin1Char('|')
                  + core::protocolName(flow.protocol) + QLatin1Char('|') + flow.ruleId;
    if (!flow.rule)
        key += QLatin1Char('|') + flow.ports.toString();
    return key;
}

LinkItem *DesignScene::linkItem(const QString &from, const QString &to) const
{
    if (LinkItem *l = m_links.value(linkKey(from, to)))
        return l;
    return m_links.value(linkKey(to, from));
}

QStringList DesignScene::selectedNodes() const
{
    QStringList out;
    for (QGraphicsItem *i : selectedItems()) {
        if (auto *n = qgraphicsitem_cast<NodeItem *>(i))
            out << n->id();
    }
    return out;
}

QStringList DesignScene::selectedZones() const
{
    QStringList out;
    for (QGraphicsItem *i : selectedItems()) {
        if (auto *z = qgraphicsitem_cast<ZoneItem *>(i))
            out << z->id();
    }
    return out;
}

QList<QPair<QString, QString>> DesignScene::selectedLinks() const
{
    QList<QPair<QString, QString>> out;
    for (QGraphicsItem *i : selectedItems()) {
        if (auto *l = qgraphicsitem_cast<LinkItem *>(i))
            out << qMakePair(l->from(), l->to());
    }
    return out;
}

QStringList DesignScene::selectedFlowKeys() const
{
    QStringList out;
    for (QGraphicsItem *i : selectedItems()) {
        if (auto *f = qgraphicsitem_cast<FlowItem *>(i))
            out << f->key();
    }
    return out;
}

void DesignScene::selectOnly(const QStringList &nodes, const QStringList &zones,
                             const QStringList &flowKeys)
{
    QSignalBlocker blocker(this);
    clearSelection();
    for (const QString &id : nodes) {
        if (NodeItem *n = m_nodes.value(id))
            n->setSelected(true);
    }
    for (const QString &id : zones) {
        if (ZoneItem *z = m_zones.value(id))
            z->setSelected(true);
    }
    for (const QString &key : flowKeys) {
        if (FlowItem *f = m_flows.value(key); f && f->isVisible())
            f->setSelected(true);
    }
    blocker.unblock();
    emit selectionChanged();
}

void DesignScene::setFlowFilter(const FlowFilter &filter)
{
    m_filter = filter;
    refreshAllFlows();
}

void DesignScene::setPresentation(bool on)
{
    m_presentation = on;
    const qreal scale = on ? 1.25 : 1.0;
    for (ZoneItem *z : std::as_const(m_zones))
        z->setLabelScale(scale);
    for (NodeItem *n : std::as_const(m_nodes))
        n->setLabelScale(on ? 1.1 : 1.0);
    for (FlowItem *f : std::as_const(m_flows)) {
        f->setLabelScale(scale);
        f->setDimmed(on && !f->data().crossing);
    }
    update();
    emit cardTextsStale();
}

void DesignScene::resetGeometry()
{
    for (const core::Zone &z : m_doc->design().zones)
        updateZone(z.id);
    for (const core::Node &n : m_doc->design().nodes) {
        if (NodeItem *item = m_nodes.value(n.id))
            item->setPos(n.pos);
    }
}

DesignScene::~DesignScene()
{
    // Items die with the scene; nothing may look them up while they do.
    disconnect(this, &QGraphicsScene::selectionChanged, this, &DesignScene::updateHighlights);
    m_zones.clear();
    m_nodes.clear();
    m_links.clear();
    m_flows.clear();
    m_flowIds.clear();
    m_byPosition.clear();
    m_litFlows.clear();
}

void DesignScene::rebuild()
{
    // Only the items of the design go; items others added (overlays, tool previews) stay.
    // clear() is much faster than deleting thousands of items one by one.
    {
        QSignalBlocker blocker(this);
        QList<QGraphicsItem *> foreign;
        for (QGraphicsItem *i : items()) {
            const int t = i->type();
            if (!i->parentItem() && t != NodeItem::Type && t != ZoneItem::Type
                && t != LinkItem::Type && t != FlowItem::Type && t != TileItem::Type)
                foreign << i;
        }
        for (QGraphicsItem *i : std::as_const(foreign))
            removeItem(i);
        clear();
        m_tiles.reset();
        m_zoneExtent = QRectF();
        m_overlayExtent = QRectF();
        for (QGraphicsItem *i : std::as_const(foreign))
            addItem(i);
    }
    m_zones.clear();
    m_nodes.clear();
    m_links.clear();
    m_flows.clear();
    m_flowIds.clear();
    m_byPosition.clear();
    m_nodeFlows.clear();
    m_nodeLinks.clear();
    m_bundles.clear();
    m_hostNodes.clear();
    m_nodeHost.clear();
    m_litFlows.clear();
    m_litNodes.clear();
    const core::Design &d = m_doc->design();
    for (const core::Zone &z : d.zones)
        addZone(z.id);
    for (const core::Node &n : d.nodes)
        addNode(n.id);
    for (const core::Link &l : d.links)
        addLink(l.from, l.to);
    updateZOrder();
    refreshAllFlows();
    growSceneRect(); // a new design: from its own items (the extents were reset above)
    emit cardTextsStale();
}

void DesignScene::addZone(const QString &id)
{
    auto *item = new ZoneItem(id);
    m_zones.insert(id, item);
    addItem(item);
    item->setLabelScale(m_presentation ? 1.25 : 1.0);
    updateZone(id);
}

void DesignScene::updateZone(const QString &id)
{
    ZoneItem *item = m_zones.value(id);
    const core::Zone *z = m_doc->zone(id);
    if (!item || !z)
        return;
    item->setZone(*z);
    m_zonesDirty = true;
    updateZOrder();
    m_zoneExtent |= item->sceneBoundingRect();
    growSceneRect();
}

void DesignScene::removeZone(const QString &id)
{
    delete m_zones.take(id);
    m_zonesDirty = true;
}

void DesignScene::addNode(const QString &id)
{
    auto *item = new NodeItem(id);
    m_nodes.insert(id, item);
    item->setLabelScale(m_presentation ? 1.1 : 1.0);
    item->setMovedCallback([this](const QString &nodeId) { nodeMoved(nodeId); });
    updateNode(id);
    m_tiles.place(item); // joins the scene in its tile, where it stays up to date (refit)
}

void DesignScene::updateNode(const QString &id)
{
    NodeItem *item = m_nodes.value(id);
    const core::Node *n = m_doc->node(id);
    if (!item || !n)
        return;
    m_dirtyNodes.insert(id);
    setNodeHost(id, n->host);
    NodeItem::Data data;
    data.name = n->name.isEmpty() ? n->id : n->name;
    data.typeName = core::Messages::componentName(n->type, m_doc->catalogs(), language());
    data.host = n->host;
    data.address = n->address;
    data.icon = icon(n->type);
    data.hostColor = hostColorOf(n->host);
    item->setData(data);
    item->setPos(n->pos); // moves links and flows along (nodeMoved)
}

void DesignScene::removeNode(const QString &id)
{
    m_dirtyNodes.insert(id);
    setNodeHost(id, QString());
    m_nodeHost.remove(id);
    delete m_nodes.take(id);
}

const QIcon &DesignScene::icon(const QString &type)
{
    // One icon per type: a shared icon renders its pixmap once for all nodes of the type.
    auto it = m_icons.find(type);
    if (it == m_icons.end())
        it = m_icons.insert(type, componentIcon(m_doc->catalogs(), type));
    return *it;
}

QColor DesignScene::hostColorOf(const QString &host) const
{
    return !host.isEmpty() && m_hostNodes.value(host).size() > 1 ? hostColor(host) : QColor();
}

void DesignScene::setNodeHost(const QString &id, const QString &host)
{
    // Nodes on a shared host get its colour; only the nodes of the two hosts concerned
    // change when a node changes host.
    const QString old = m_nodeHost.value(id);
    if (old == host && m_nodeHost.contains(id))
        return;
    m_nodeHost.insert(id, host);
    for (const QString &h : {old, host}) {
        if (h.isEmpty())
            continue;
        QSet<QString> &nodes = m_hostNodes[h];
        if (h == old)
            nodes.remove(id);
        else
            nodes.insert(id);
        const QColor color = hostColorOf(h);
        for (const QString &other : std::as_const(nodes)) {
            if (NodeItem *item = m_nodes.value(other))
                item->setHostColor(color);
        }
        if (nodes.isEmpty())
            m_hostNodes.remove(h);
    }
}

void DesignScene::addLink(const QString &from, const QString &to)
{
    auto *item = new LinkItem(from, to);
    m_links.insert(linkKey(from, to), item);
    m_nodeLinks[from].insert(item);
    m_nodeLinks[to].insert(item);
    updateLinkGeometry(item);
    m_tiles.place(item);
}

void DesignScene::removeLink(const QString &from, const QString &to)
{
    LinkItem *item = m_links.take(linkKey(from, to));
    for (const QString &n : {from, to}) {
        auto it = m_nodeLinks.find(n);
        if (it != m_nodeLinks.end()) {
            it->remove(item);
            if (it->isEmpty())
                m_nodeLinks.erase(it);
        }
    }
    delete item;
}

void DesignScene::updateLinkGeometry(LinkItem *item)
{
    NodeItem *a = m_nodes.value(item->from());
    NodeItem *b = m_nodes.value(item->to());
    if (a && b)
        item->setLine(QLineF(a->pos(), b->pos()));
}

void DesignScene::nodeMoved(const QString &id)
{
    for (LinkItem *l : m_nodeLinks.value(id))
        updateLinkGeometry(l);
    for (FlowItem *f : m_nodeFlows.value(id))
        updateFlowGeometry(f);
    growSceneRect(); // (a node dragged past the edge)
}

void DesignScene::growSceneRect(const QRectF &extra)
{
    m_overlayExtent |= extra;
    const QRectF r = m_tiles.extent() | m_zoneExtent | m_overlayExtent;
    if (r != sceneRect() && !r.isEmpty())
        setSceneRect(r);
}

void DesignScene::updateZOrder()
{
    for (auto it = m_zones.cbegin(); it != m_zones.cend(); ++it)
        it.value()->setZValue(m_doc->zoneDepth(it.key()) * 0.01);
}

void DesignScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    beginLineFrame(painter, rect);
    painter->fillRect(rect, QColor(0xfa, 0xfb, 0xfc));
    if (!m_snap)
        return;
    // The snap grid (20 units); zoomed out, every 5th (25th...) line, so that lines stay at
    // least 8 px apart: at fit-to-view a 2 px grid filled the screen and took a sixth of
    // the frame.
    qreal step = 20;
    const qreal scale = QStyleOptionGraphicsItem::levelOfDetailFromTransform(
            painter->worldTransform());
    while (step * scale < 8 && step < 1e6)
        step *= 5;
    // One-pixel lines as one-pixel rectangles, in device coordinates: filling a rectangle
    // is the rasteriser's fastest path (antialiased lines cost a sixth of a frame at
    // 100 %, aliased ones still a tenth of a zoom frame).
    painter->save();
    const QTransform toDevice = painter->worldTransform();
    painter->resetTransform();
    const QRect device = toDevice.mapRect(rect).toAlignedRect();
    const QColor color(0xe6, 0xea, 0xee);
    const qreal left = std::floor(rect.left() / step) * step;
    const qreal top = std::floor(rect.top() / step) * step;
    int lines = 0;
    for (qreal x = left; x < rect.right() && lines < 4000; x += step, ++lines) {
        const int dx = int(std::floor(toDevice.map(QPointF(x, 0)).x()));
        painter->fillRect(QRect(dx, device.top(), 1, device.height()), color);
    }
    for (qreal y = top; y < rect.bottom() && lines < 4000; y += step, ++lines) {
        const int dy = int(std::floor(toDevice.map(QPointF(0, y)).y()));
        painter->fillRect(QRect(device.left(), dy, device.width(), 1), color);
    }
    painter->restore();
}

} // namespace portolan::gui
