// DesignScene: the flow items, kept in step with the document's derived flows edit by edit.

#include "designscene.h"

#include "flowitem.h"
#include "nodeitem.h"
#include "zoneitem.h"

#include "document/document.h"
#include "guicontext.h"

#include "engine/messages.h"

#include <QGraphicsSceneHelpEvent>

#include <algorithm>

namespace portolan::gui {

namespace {

QString pairKey(const QString &a, const QString &b)
{
    return a < b ? a + QLatin1Char('|') + b : b + QLatin1Char('|') + a;
}

/// Whether two derivations of the same flow look the same on the canvas (label, colour,
/// filter, tooltip). Flow ids ("F12") and node indices shift with every edit and show
/// nowhere on the canvas.
bool sameContent(const core::Flow &a, const core::Flow &b)
{
    return a.crossesFirewall == b.crossesFirewall && a.local == b.local
           && a.protocol == b.protocol && a.ports == b.ports && a.product == b.product
           && a.rule == b.rule && a.ruleId == b.ruleId && a.firewalls == b.firewalls
           && a.services == b.services && a.advisories == b.advisories
           && a.manualPurpose == b.manualPurpose;
}

} // namespace

void DesignScene::refreshAllFlows()
{
    m_refreshAll = true;
    updateFlows();
}

void DesignScene::updateFlows()
{
    // One pass over the flows finds new, changed and vanished flow items; everything else
    // (geometry, bundles, filter, highlights) is redone only for the items concerned: new
    // and changed flows, flows of changed nodes, and bundles that gained or lost a flow.
    // When the engine's delta says no flow came or went (a node moved, even across a
    // firewall), only the changed positions are looked at.
    const core::Design &d = m_doc->design();
    const bool all = m_refreshAll;
    QSet<FlowItem *> touched;
    QSet<QString> bundles;
    std::vector<FlowItem *> fresh; ///< placed in their tiles once their geometry is known
    const std::vector<core::Flow> &flows = m_doc->flows().flows;
    auto ends = [&](const core::Flow &f) -> std::pair<const QString *, const QString *> {
        if (f.source < 0 || f.target < 0 || size_t(f.source) >= d.nodes.size()
            || size_t(f.target) >= d.nodes.size())
            return {nullptr, nullptr};
        return {&d.nodes[size_t(f.source)].id, &d.nodes[size_t(f.target)].id};
    };
    // The flow's content as the canvas shows it.
    auto apply = [&](FlowItem *item, const core::Flow &f, const QString &src,
                     const QString &dst) {
        item->m_flow = f;
        FlowItem::Data data;
        data.source = src;
        data.target = dst;
        data.crossing = f.crossesFirewall;
        data.local = f.local;
        data.product = f.product;
        const QString proto = core::protocolName(f.protocol).toUpper();
        data.label = f.ports.isEmpty() ? proto : proto + QLatin1Char(' ') + f.ports.toString();
        item->setData(data); // the tooltip is written when first shown (helpEvent)
        touched.insert(item);
    };

    const core::FlowDelta &delta = m_doc->flowDelta();
    const quint64 generation = m_doc->flowGeneration();
    bool quick = !all && !delta.full && delta.added.empty() && delta.removed.empty()
                 && generation == m_flowGeneration + 1 && m_byPosition.size() == flows.size();
    m_flowGeneration = generation;
    if (quick) {
        for (const int i : delta.changed) {
            FlowItem *item = m_byPosition[size_t(i)];
            if (!item)
                continue; // a repeated identity: an earlier flow has the item
            const core::Flow &f = flows[size_t(i)];
            const auto [src, dst] = ends(f);
            if (!src || m_flowIds.value(FlowId::of(f, *src, *dst)) != item) {
                quick = false; // its identity changed: the full pass below
                break;
            }
            if (!sameContent(item->m_flow, f))
                apply(item, f, *src, *dst);
        }
    }
    if (quick) {
        ++m_quickFlowUpdates;
    } else {
        ++m_flowPass;
        m_byPosition.assign(flows.size(), nullptr);
        qsizetype seen = 0;
        for (size_t i = 0; i < flows.size(); ++i) {
            const core::Flow &f = flows[i];
            const auto [src, dst] = ends(f);
            if (!src)
                continue;
            FlowItem *&slot = m_flowIds[FlowId::of(f, *src, *dst)];
            FlowItem *item = slot;
            if (item && item->m_seen == m_flowPass)
                continue; // the same identity twice: the first flow has the item
            const bool isNew = !item;
            if (isNew) {
                item = slot = new FlowItem(flowKey(f, d));
                m_flows.insert(item->key(), item);
                item->m_pair = pairKey(*src, *dst);
                m_nodeFlows[*src].insert(item);
                m_nodeFlows[*dst].insert(item);
                m_bundles[item->m_pair].append(item);
                bundles.insert(item->m_pair);
                item->setLabelScale(m_presentation ? 1.25 : 1.0);
                fresh.push_back(item);
            }
            ++seen;
            item->m_seen = m_flowPass;
            item->m_order = int(i);
            m_byPosition[i] = item;
            if (isNew || all || !sameContent(item->m_flow, f))
                apply(item, f, *src, *dst);
        }
        // Items not seen in this pass have gone (none when every item was seen).
        QList<FlowItem *> dead;
        if (seen != m_flows.size() || m_flows.size() != m_flowIds.size()) {
            for (FlowItem *f : std::as_const(m_flows)) {
                if (f->m_seen != m_flowPass)
                    dead << f;
            }
        }
        for (FlowItem *f : std::as_const(dead)) {
            bundles.insert(f->m_pair);
            touched.remove(f);
            removeFlowItem(f);
        }
    }
    // Changed nodes: their flows move, get renamed tooltips, may leave a filtered zone.
    for (const QString &n : std::as_const(m_dirtyNodes)) {
        for (FlowItem *f : m_nodeFlows.value(n)) {
            touched.insert(f);
            bundles.insert(f->m_pair);
        }
    }
    // Changed zones move firewall markers of crossing flows and change zone filters.
    const bool refilterAll = all || (m_zonesDirty && !m_filter.zone.isEmpty());
    if (m_zonesDirty && !all) {
        for (FlowItem *f : std::as_const(m_flows)) {
            if (f->data().crossing)
                touched.insert(f);
        }
    }
    if (all) {
        for (auto it = m_bundles.cbegin(); it != m_bundles.cend(); ++it)
            bundles.insert(it.key());
    }
    for (const QString &b : std::as_const(bundles))
        updateBundle(b, &touched);

    const QSet<QString> zoneNodes = filterZoneNodes();
    auto refresh = [&](FlowItem *f) {
        updateFlowGeometry(f);
        f->setDimmed(m_presentation && !f->data().crossing);
        f->setToolTip(QString()); // names or language may have changed
        applyFilter(f, zoneNodes);
    };
    if (all) {
        for (FlowItem *f : std::as_const(m_flows))
            refresh(f);
    } else {
        for (FlowItem *f : std::as_const(touched))
            refresh(f);
        if (refilterAll) {
            for (FlowItem *f : std::as_const(m_flows))
                applyFilter(f, zoneNodes);
        }
    }
    for (FlowItem *f : fresh)
        m_tiles.place(f);
    growSceneRect();
    m_dirtyNodes.clear();
    m_zonesDirty = false;
    m_refreshAll = false;
    updateHighlights();
    emit contentChanged();
}

void DesignScene::updateBundle(const QString &pair, QSet<FlowItem *> *moved)
{
    // Parallel flows between the same two nodes fan out around the straight line, in the
    // document's order.
    auto it = m_bundles.find(pair);
    if (it == m_bundles.end())
        return;
    QList<FlowItem *> &items = *it;
    if (items.isEmpty()) {
        m_bundles.erase(it);
        return;
    }
    std::sort(items.begin(), items.end(),
              [](const FlowItem *a, const FlowItem *b) { return a->m_order < b->m_order; });
    const int n = int(items.size());
    // Big bundles (a management server to many ports of one device) stay narrow and
    // unlabelled; the tooltip and the port matrix carry the details.
    const qreal step = n > 4 ? std::max(5.0, 110.0 / n) : 26.0;
    for (int i = 0; i < n; ++i) {
        FlowItem *item = items[i];
        item->setShowLabel(m_filter.portLabels && n <= 4);
        qreal bend = (i - (n - 1) / 2.0) * step;
        // Keep the direction of the offset independent of the flow's direction.
        if (item->data().source > item->data().target)
            bend = -bend;
        if (bend != item->m_bend) {
            item->m_bend = bend;
            moved->insert(item);
        }
    }
}

void DesignScene::removeFlowItem(FlowItem *item)
{
    const FlowItem::Data &data = item->data();
    m_flowIds.remove(FlowId::of(item->m_flow, data.source, data.target));
    m_flows.remove(item->key());
    for (const QString &n : {data.source, data.target}) {
        auto it = m_nodeFlows.find(n);
        if (it != m_nodeFlows.end()) {
            it->remove(item);
            if (it->isEmpty())
                m_nodeFlows.erase(it);
        }
    }
    auto bundle = m_bundles.find(item->m_pair);
    if (bundle != m_bundles.end())
        bundle->removeOne(item);
    m_litFlows.remove(item);
    delete item;
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
    item->setGeometry(ra, rb, item->m_bend, firewalled);
}

QSet<QString> DesignScene::filterZoneNodes() const
{
    QSet<QString> zoneNodes;
    if (!m_filter.zone.isEmpty()) {
        for (const QString &n : m_doc->nodesInside(m_filter.zone))
            zoneNodes.insert(n);
    }
    return zoneNodes;
}

void DesignScene::applyFilter(FlowItem *f, const QSet<QString> &zoneNodes)
{
    const FlowItem::Data &d = f->data();
    bool visible = true;
    if (d.local && !m_filter.showLocal)
        visible = false;
    if (m_filter.crossingOnly && !d.crossing)
        visible = false;
    if (!m_filter.product.isEmpty() && d.product != m_filter.product)
        visible = false;
    if (!m_filter.zone.isEmpty() && !zoneNodes.contains(d.source) && !zoneNodes.contains(d.target))
        visible = false;
    f->setVisible(visible);
}

void DesignScene::updateHighlights()
{
    // Flows of the selected nodes light up, and so do the nodes at their other ends and
    // at the ends of selected flows; only items whose state changes are touched.
    QSet<FlowItem *> lit;
    QSet<QString> peers;
    for (QGraphicsItem *i : selectedItems()) {
        if (i->type() == NodeItem::Type) {
            for (FlowItem *f : m_nodeFlows.value(static_cast<NodeItem *>(i)->id()))
                lit.insert(f);
        } else if (i->type() == FlowItem::Type) {
            const FlowItem::Data &d = static_cast<FlowItem *>(i)->data();
            peers << d.source << d.target;
        }
    }
    for (FlowItem *f : std::as_const(m_litFlows)) {
        if (!lit.contains(f))
            f->setHighlighted(false);
    }
    for (FlowItem *f : std::as_const(lit)) {
        f->setHighlighted(true);
        peers << f->data().source << f->data().target;
    }
    m_litFlows = lit;
    for (const QSet<QString> *set : {&m_litNodes, &peers}) {
        for (const QString &id : *set) {
            if (NodeItem *n = m_nodes.value(id))
                n->setHighlighted(peers.contains(id) && !n->isSelected());
        }
    }
    m_litNodes = peers;
}

QString DesignScene::flowToolTip(const FlowItem *item) const
{
    const core::Flow &f = item->m_flow;
    const core::Node *s = m_doc->node(item->data().source);
    const core::Node *t = m_doc->node(item->data().target);
    if (!s || !t)
        return QString();
    const core::CatalogSet &cats = m_doc->catalogs();
    const core::Language lang = language();
    QString tip = QStringLiteral("<b>%1 \u2192 %2</b><br>")
                      .arg(core::Messages::nodeLabel(*s).toHtmlEscaped(),
                           core::Messages::nodeLabel(*t).toHtmlEscaped());
    tip += tr("Protocol / ports: %1").arg(item->data().label.toHtmlEscaped()) + QStringLiteral("<br>");
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
    return tip;
}

void DesignScene::helpEvent(QGraphicsSceneHelpEvent *event)
{
    // Flow tooltips are written when first asked for: thousands of flows, few hovered.
    for (QGraphicsItem *i : items(event->scenePos())) {
        if (i->type() == FlowItem::Type) {
            auto *f = static_cast<FlowItem *>(i);
            if (f->toolTip().isEmpty())
                f->setToolTip(flowToolTip(f));
            break;
        }
        if (!i->toolTip().isEmpty())
            break;
    }
    QGraphicsScene::helpEvent(event);
}

} // namespace portolan::gui
