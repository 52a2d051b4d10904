#include "designscene.h"

#include "flowitem.h"
#include "linkitem.h"
#include "nodeitem.h"
#include "zoneitem.h"

#include "document/document.h"
#include "document/geometry.h"
#include "guicontext.h"

#include "engine/messages.h"

#include <QPainter>

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
    updateHostColors(); // sets every node's data, type name included
    for (LinkItem *l : std::as_const(m_links))
        l->retranslate();
    updateFlows();
    update();
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
    updateFlows();
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
}

void DesignScene::rebuild()
{
    m_zones.clear();
    m_nodes.clear();
    m_links.clear();
    m_flows.clear();
    {
        QSignalBlocker blocker(this);
        clear();
    }
    const core::Design &d = m_doc->design();
    for (const core::Zone &z : d.zones)
        addZone(z.id);
    for (const core::Node &n : d.nodes)
        addNode(n.id);
    for (const core::Link &l : d.links)
        addLink(l.from, l.to);
    updateZOrder();
    updateFlows();
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
    updateZOrder();
}

void DesignScene::removeZone(const QString &id)
{
    delete m_zones.take(id);
}

void DesignScene::addNode(const QString &id)
{
    auto *item = new NodeItem(id);
    m_nodes.insert(id, item);
    addItem(item);
    item->setLabelScale(m_presentation ? 1.1 : 1.0);
    item->setMovedCallback([this](const QString &nodeId) { nodeMoved(nodeId); });
    updateNode(id);
}

void DesignScene::updateNode(const QString &id)
{
    NodeItem *item = m_nodes.value(id);
    const core::Node *n = m_doc->node(id);
    if (!item || !n)
        return;
    NodeItem::Data data;
    data.name = n->name.isEmpty() ? n->id : n->name;
    data.typeName = core::Messages::componentName(n->type, m_doc->catalogs(), language());
    data.host = n->host;
    data.address = n->address;
    data.icon = componentIcon(m_doc->catalogs(), n->type);
    item->setData(data);
    item->setPos(n->pos);
    updateHostColors();
}

void DesignScene::removeNode(const QString &id)
{
    delete m_nodes.take(id);
    updateHostColors();
}

void DesignScene::addLink(const QString &from, const QString &to)
{
    auto *item = new LinkItem(from, to);
    m_links.insert(linkKey(from, to), item);
    addItem(item);
    updateLinkGeometry(item);
}

void DesignScene::removeLink(const QString &from, const QString &to)
{
    delete m_links.take(linkKey(from, to));
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
    for (LinkItem *l : std::as_const(m_links)) {
        if (l->from() == id || l->to() == id)
            updateLinkGeometry(l);
    }
    for (FlowItem *f : std::as_const(m_flows)) {
        if (f->data().source == id || f->data().target == id)
            updateFlowGeometry(f);
    }
}

void DesignScene::updateFlows()
{
    const core::Design &d = m_doc->design();
    const core::CatalogSet &cats = m_doc->catalogs();
    const core::Language lang = language();
    QSet<QString> seen;
    QHash<QString, QStringList> pairs; // unordered node pair -> flow keys, in order
    for (const core::Flow &f : m_doc->flows().flows) {
        if (f.source < 0 || f.target < 0 || size_t(f.source) >= d.nodes.size()
            || size_t(f.target) >= d.nodes.size())
            continue;
        const QString key = flowKey(f, d);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        FlowItem *item = m_flows.value(key);
        if (!item) {
            item = new FlowItem(key);
            m_flows.insert(key, item);
            addItem(item);
            item->setShowLabel(m_filter.portLabels);
            item->setLabelScale(m_presentation ? 1.25 : 1.0);
        }
        const core::Node &s = d.nodes[size_t(f.source)];
        const core::Node &t = d.nodes[size_t(f.target)];
        FlowItem::Data data;
        data.source = s.id;
        data.target = t.id;
        data.crossing = f.crossesFirewall;
        data.local = f.local;
        data.product = f.product;
        const QString proto = core::protocolName(f.protocol).toUpper();
        data.label = f.ports.isEmpty() ? proto : proto + QLatin1Char(' ') + f.ports.toString();
        QString tip = QStringLiteral("<b>%1 \u2192 %2</b><br>")
                          .arg(core::Messages::nodeLabel(s).toHtmlEscaped(),
                               core::Messages::nodeLabel(t).toHtmlEscaped());
        tip += tr("Protocol / ports: %1").arg(data.label.toHtmlEscaped()) + QStringLiteral("<br>");
        tip += tr("Service: %1").arg(core::Messages::flowServices(f, cats, lang).toHtmlEscaped())
               + QStringLiteral("<br>");
        tip += tr("Purpose: %1").arg(core::Messages::flowPurpose(f, cats, lang).toHtmlEscaped())
               + QStringLiteral("<br>");
        if (f.local)
            tip += tr("Same host: never on a firewall request");
        else if (f.crossesFirewall)
            tip += tr("Firewalls: %1").arg(f.firewalls.join(QStringLiteral(" \u2192 ")).toHtmlEscaped());
        else
            tip += tr("Crosses no firewall");
        const QString adv = core::Messages::flowAdvisories(f, cats, lang);
        if (!adv.isEmpty())
            tip += QStringLiteral("<br><i>") + adv.toHtmlEscaped() + QStringLiteral("</i>");
        data.tooltip = tip;
        item->setData(data);
        item->setDimmed(m_presentation && !data.crossing);
        const QString pairKey = s.id < t.id ? s.id + QLatin1Char('|') + t.id
                                            : t.id + QLatin1Char('|') + s.id;
        pairs[pairKey] << key;
    }
    for (auto it = m_flows.begin(); it != m_flows.end();) {
        if (!seen.contains(it.key())) {
            FlowItem *dead = it.value();
            it = m_flows.erase(it);
            delete dead;
        } else {
            ++it;
        }
    }
    // Parallel flows between the same two nodes fan out around the straight line.
    m_bends.clear();
    for (auto it = pairs.cbegin(); it != pairs.cend(); ++it) {
        const QStringList &keys = it.value();
        const int n = int(keys.size());
        // Big bundles (a management server to many ports of one device) stay narrow and
        // unlabelled; the tooltip and the port matrix carry the details.
        const qreal step = n > 4 ? std::max(5.0, 110.0 / n) : 26.0;
        for (int i = 0; i < n; ++i) {
            if (FlowItem *item = m_flows.value(keys[i]))
                item->setShowLabel(m_filter.portLabels && n <= 4);
            qreal bend = (i - (n - 1) / 2.0) * step;
            // Keep the direction of the offset independent of the flow's direction.
            FlowItem *item = m_flows.value(keys[i]);
            if (item && item->data().source > item->data().target)
                bend = -bend;
            m_bends.insert(keys[i], bend);
        }
    }
    for (FlowItem *f : std::as_const(m_flows))
        updateFlowGeometry(f);
    applyFilter();
    updateHighlights();
}

void DesignScene::updateFlowGeometry(FlowItem *item)
{
    NodeItem *a = m_nodes.value(item->data().source);
    NodeItem *b = m_nodes.value(item->data().target);
    if (!a || !b)
        return;
    const QRectF ra = a->nodeRect().translated(a->pos());
    const QRectF rb = b->nodeRect().translated(b->pos());
    std::vector<QRectF> firewalled;
    if (item->data().crossing) {
        for (const core::Zone &z : m_doc->design().zones) {
            if (!z.firewalled)
                continue;
            ZoneItem *zi = m_zones.value(z.id);
            if (!zi)
                continue;
            const QRectF zr = zi->sceneRectOfZone();
            if (zr.contains(a->pos()) != zr.contains(b->pos()))
                firewalled.push_back(zr);
        }
    }
    item->setGeometry(ra, rb, m_bends.value(item->key()), firewalled);
}

void DesignScene::updateHostColors()
{
    QHash<QString, int> count;
    for (const core::Node &n : m_doc->design().nodes) {
        if (!n.host.isEmpty())
            ++count[n.host];
    }
    for (const core::Node &n : m_doc->design().nodes) {
        NodeItem *item = m_nodes.value(n.id);
        if (!item)
            continue;
        NodeItem::Data data;
        data.name = n.name.isEmpty() ? n.id : n.name;
        data.typeName = core::Messages::componentName(n.type, m_doc->catalogs(), language());
        data.host = n.host;
        data.address = n.address;
        data.icon = componentIcon(m_doc->catalogs(), n.type);
        data.hostColor = count.value(n.host) > 1 ? hostColor(n.host) : QColor();
        item->setData(data);
    }
}

void DesignScene::updateZOrder()
{
    for (auto it = m_zones.cbegin(); it != m_zones.cend(); ++it)
        it.value()->setZValue(m_doc->zoneDepth(it.key()) * 0.01);
}

void DesignScene::applyFilter()
{
    QSet<QString> zoneNodes;
    if (!m_filter.zone.isEmpty()) {
        for (const QString &n : m_doc->nodesInside(m_filter.zone))
            zoneNodes.insert(n);
    }
    for (FlowItem *f : std::as_const(m_flows)) {
        const FlowItem::Data &d = f->data();
        bool visible = true;
        if (d.local && !m_filter.showLocal)
            visible = false;
        if (m_filter.crossingOnly && !d.crossing)
            visible = false;
        if (!m_filter.product.isEmpty() && d.product != m_filter.product)
            visible = false;
        if (!m_filter.zone.isEmpty() && !zoneNodes.contains(d.source)
            && !zoneNodes.contains(d.target))
            visible = false;
        f->setVisible(visible);
    }
}

void DesignScene::updateHighlights()
{
    const QStringList nodes = selectedNodes();
    QSet<QString> selected(nodes.cbegin(), nodes.cend());
    QSet<QString> peers;
    for (FlowItem *f : std::as_const(m_flows)) {
        const bool on = selected.contains(f->data().source) || selected.contains(f->data().target);
        f->setHighlighted(on);
        if (f->isSelected() || on) {
            peers.insert(f->data().source);
            peers.insert(f->data().target);
        }
    }
    for (NodeItem *n : std::as_const(m_nodes))
        n->setHighlighted(peers.contains(n->id()) && !n->isSelected());
}

void DesignScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, QColor(0xfa, 0xfb, 0xfc));
    if (!m_snap)
        return;
    const qreal step = 20;
    painter->setPen(QPen(QColor(0xe6, 0xea, 0xee), 0));
    const qreal left = std::floor(rect.left() / step) * step;
    const qreal top = std::floor(rect.top() / step) * step;
    QVector<QLineF> lines;
    for (qreal x = left; x < rect.right(); x += step)
        lines << QLineF(x, rect.top(), x, rect.bottom());
    for (qreal y = top; y < rect.bottom(); y += step)
        lines << QLineF(rect.left(), y, rect.right(), y);
    if (lines.size() < 4000)
        painter->drawLines(lines);
}

} // namespace portolan::gui
