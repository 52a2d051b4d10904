// The canvas updates only what an edit changed (docs/performance.md, "Canvas (GUI)"). These
// tests check that this never drifts from the document: after every step of random edit
// sequences the scene's items match the document's design and flows exactly, and they match
// a scene built from scratch on the same document. They also check that level-of-detail
// drawing leaves detail out only when zoomed out.

#include "testutil.h"

#include "commands/commands.h"
#include "document/document.h"
#include "scene/canvasview.h"
#include "scene/designscene.h"
#include "scene/flowitem.h"
#include "scene/linkitem.h"
#include "scene/lod.h"
#include "scene/nodeitem.h"
#include "scene/tilegrid.h"
#include "scene/zoneitem.h"

#include "engine/flow.h"

#include <QGraphicsSceneHelpEvent>
#include <QPaintEngine>
#include <QRandomGenerator>
#include <QStyleOptionGraphicsItem>
#include <QTest>

#include <algorithm>
#include <QUndoStack>

using namespace portolan;
using namespace portolan::gui;

namespace {

core::Design startDesign()
{
    using testutil::node;
    using testutil::zone;
    core::Design d;
    d.zones.push_back(zone(QStringLiteral("mon"), QRectF(0, 0, 700, 360)));
    d.zones.push_back(zone(QStringLiteral("app1"), QRectF(800, 0, 700, 360)));
    d.zones.push_back(zone(QStringLiteral("app2"), QRectF(0, 460, 700, 360)));
    d.zones.push_back(zone(QStringLiteral("lan"), QRectF(800, 460, 700, 360), false));
    d.nodes.push_back(node(QStringLiteral("server"), QStringLiteral("appmon.server"),
                           QPointF(120, 120), QStringLiteral("mon"), QStringLiteral("apm")));
    d.nodes.push_back(node(QStringLiteral("front"), QStringLiteral("appmon.frontend-server"),
                           QPointF(320, 120), QStringLiteral("mon"), QStringLiteral("apm")));
    d.nodes.push_back(node(QStringLiteral("imc"), QStringLiteral("imc.master"),
                           QPointF(520, 120), QStringLiteral("mon")));
    d.nodes.push_back(node(QStringLiteral("col1"), QStringLiteral("appmon.collector"),
                           QPointF(920, 120), QStringLiteral("app1")));
    d.nodes.push_back(node(QStringLiteral("col2"), QStringLiteral("appmon.collector"),
                           QPointF(120, 580), QStringLiteral("app2")));
    const QString homes[] = {QStringLiteral("app1"), QStringLiteral("app2"), QStringLiteral("lan")};
    const QPointF origins[] = {QPointF(920, 260), QPointF(120, 720), QPointF(920, 580)};
    for (int i = 0; i < 9; ++i) {
        const QString id = QStringLiteral("agent%1").arg(i);
        d.nodes.push_back(node(id, QStringLiteral("appmon.agent"),
                               origins[i % 3] + QPointF((i / 3) * 180, 0), homes[i % 3]));
        d.links.push_back({id, i % 2 ? QStringLiteral("col1") : QStringLiteral("col2"),
                           nlohmann::json::object()});
    }
    d.nodes.push_back(node(QStringLiteral("dev"), QStringLiteral("imc.managed-device"),
                           QPointF(1300, 720), QStringLiteral("lan")));
    d.links.push_back({QStringLiteral("dev"), QStringLiteral("imc"), nlohmann::json::object()});
    return d;
}

/// The flows the scene must show: one item per distinct key, in document order.
QList<const core::Flow *> expectedFlows(const Document &doc)
{
    QList<const core::Flow *> out;
    QSet<QString> seen;
    for (const core::Flow &f : doc.flows().flows) {
        const QString key = DesignScene::flowKey(f, doc.design());
        if (!seen.contains(key)) {
            seen.insert(key);
            out << &f;
        }
    }
    return out;
}

bool visibleUnder(const FlowFilter &filter, const Document &doc, const core::Flow &f)
{
    const core::Design &d = doc.design();
    if (f.local && !filter.showLocal)
        return false;
    if (filter.crossingOnly && !f.crossesFirewall)
        return false;
    if (!filter.product.isEmpty() && f.product != filter.product)
        return false;
    if (!filter.zone.isEmpty()) {
        const QStringList inside = doc.nodesInside(filter.zone);
        if (!inside.contains(d.nodes[size_t(f.source)].id)
            && !inside.contains(d.nodes[size_t(f.target)].id))
            return false;
    }
    return true;
}

/// Empty when every item of `scene` matches the document, else the first difference.
QString checkAgainstDocument(const DesignScene &scene, const Document &doc)
{
    const core::Design &d = doc.design();
    int nodeItems = 0, zoneItems = 0, linkItems = 0, flowItems = 0;
    for (QGraphicsItem *i : scene.items()) {
        nodeItems += i->type() == NodeItem::Type;
        zoneItems += i->type() == ZoneItem::Type;
        linkItems += i->type() == LinkItem::Type;
        flowItems += i->type() == FlowItem::Type;
        // Nodes, links and flows live in tiles that hold them whole (else Qt would not
        // draw them where they stick out), in the tile's layer, and the tile's list of
        // members is its children.
        const int t = i->type();
        if (t == NodeItem::Type || t == LinkItem::Type || t == FlowItem::Type) {
            const auto *tile = qgraphicsitem_cast<const TileItem *>(i->parentItem());
            if (!tile)
                return QStringLiteral("an item of type %1 outside the tiles").arg(t);
            if (!tile->boundingRect().contains(i->mapRectToParent(i->boundingRect())))
                return QStringLiteral("an item of type %1 sticks out of its tile").arg(t);
            if (tile->zValue() != i->zValue())
                return QStringLiteral("an item of type %1 in another layer's tile").arg(t);
        }
        if (const auto *tile = qgraphicsitem_cast<const TileItem *>(i)) {
            const QList<QGraphicsItem *> children = tile->childItems();
            const std::vector<QGraphicsItem *> &members = tile->members();
            if (QSet<QGraphicsItem *>(children.cbegin(), children.cend())
                != QSet<QGraphicsItem *>(members.cbegin(), members.cend())
                || size_t(children.size()) != members.size())
                return QStringLiteral("a tile's members are not its children");
        }
    }
    if (nodeItems != int(d.nodes.size()) || zoneItems != int(d.zones.size())
        || linkItems != int(d.links.size()))
        return QStringLiteral("items: %1 nodes, %2 zones, %3 links; design: %4, %5, %6")
            .arg(nodeItems).arg(zoneItems).arg(linkItems)
            .arg(d.nodes.size()).arg(d.zones.size()).arg(d.links.size());
    QHash<QString, int> hostUse;
    for (const core::Node &n : d.nodes)
        hostUse[n.host] += n.host.isEmpty() ? 0 : 1;
    const QStringList selectedList = scene.selectedNodes();
    const QSet<QString> selected(selectedList.cbegin(), selectedList.cend());
    for (const core::Node &n : d.nodes) {
        const NodeItem *item = scene.nodeItem(n.id);
        if (!item || item->pos() != n.pos)
            return QStringLiteral("node %1 missing or misplaced").arg(n.id);
        if (item->data().name != (n.name.isEmpty() ? n.id : n.name) || item->data().host != n.host)
            return QStringLiteral("node %1 shows stale data").arg(n.id);
        if (item->data().hostColor.isValid() != (hostUse.value(n.host) > 1))
            return QStringLiteral("node %1: shared-host colour wrong").arg(n.id);
    }
    for (const core::Zone &z : d.zones) {
        const ZoneItem *item = scene.zoneItem(z.id);
        if (!item || item->sceneRectOfZone() != z.rect)
            return QStringLiteral("zone %1 missing or misplaced").arg(z.id);
    }
    for (const core::Link &l : d.links) {
        const LinkItem *item = scene.linkItem(l.from, l.to);
        if (!item
            || item->line() != QLineF(scene.nodeItem(l.from)->pos(), scene.nodeItem(l.to)->pos()))
            return QStringLiteral("link %1-%2 missing or misplaced").arg(l.from, l.to);
    }
    const QList<const core::Flow *> flows = expectedFlows(doc);
    if (flowItems != int(flows.size()) || scene.flowItems().size() != flows.size())
        return QStringLiteral("%1 flow items, document has %2 flows").arg(flowItems).arg(flows.size());
    for (const core::Flow *f : flows) {
        const QString key = DesignScene::flowKey(*f, d);
        const FlowItem *item = scene.flowItem(key);
        if (!item)
            return QStringLiteral("no item for flow %1").arg(key);
        const core::Node &s = d.nodes[size_t(f->source)], &t = d.nodes[size_t(f->target)];
        const FlowItem::Data &data = item->data();
        const QString proto = core::protocolName(f->protocol).toUpper();
        const QString label = f->ports.isEmpty() ? proto : proto + QLatin1Char(' ') + f->ports.toString();
        if (data.source != s.id || data.target != t.id || data.crossing != f->crossesFirewall
            || data.local != f->local || data.product != f->product || data.label != label)
            return QStringLiteral("flow %1 shows stale data").arg(key);
        // The arrow runs from the source card to the target card.
        const QRectF sr = scene.nodeItem(s.id)->nodeRect().translated(s.pos).adjusted(-3, -3, 3, 3);
        const QRectF tr = scene.nodeItem(t.id)->nodeRect().translated(t.pos).adjusted(-5, -5, 5, 5);
        if (!sr.contains(item->path().pointAtPercent(0)) || !tr.contains(item->path().pointAtPercent(1)))
            return QStringLiteral("flow %1 does not join its nodes").arg(key);
        if (item->isVisible() != visibleUnder(scene.flowFilter(), doc, *f))
            return QStringLiteral("flow %1: visibility ignores the filter").arg(key);
        if (item->isHighlighted() != (selected.contains(s.id) || selected.contains(t.id)))
            return QStringLiteral("flow %1: highlight ignores the selection").arg(key);
    }
    return QString();
}

/// Empty when `scene` (updated edit by edit) looks exactly like `fresh` (built at once).
QString checkAgainstFreshScene(const DesignScene &scene, const DesignScene &fresh)
{
    for (FlowItem *f : fresh.flowItems()) {
        const FlowItem *item = scene.flowItem(f->key());
        if (!item)
            return QStringLiteral("flow %1 missing").arg(f->key());
        if (item->path() != f->path() || item->boundingRect() != f->boundingRect()
            || item->showsLabel() != f->showsLabel() || item->isVisible() != f->isVisible()
            || item->isDimmed() != f->isDimmed() || item->zValue() != f->zValue()
            || item->isHighlighted() != f->isHighlighted())
            return QStringLiteral("flow %1 drawn differently from a fresh scene").arg(f->key());
    }
    for (QGraphicsItem *i : fresh.items()) {
        if (auto *n = qgraphicsitem_cast<NodeItem *>(i)) {
            const NodeItem *item = scene.nodeItem(n->id());
            if (!item || item->data().hostColor != n->data().hostColor
                || item->data().typeName != n->data().typeName
                || item->isHighlighted() != n->isHighlighted() || item->toolTip() != n->toolTip())
                return QStringLiteral("node %1 drawn differently from a fresh scene").arg(n->id());
        }
        if (auto *z = qgraphicsitem_cast<ZoneItem *>(i)) {
            const ZoneItem *item = scene.zoneItem(z->id());
            if (!item || item->zValue() != z->zValue() || item->toolTip() != z->toolTip())
                return QStringLiteral("zone %1 drawn differently from a fresh scene").arg(z->id());
        }
    }
    return QString();
}

/// Counts what items draw: text runs, pixmaps (icons) and filled polygons (arrow heads).
class RecordingEngine : public QPaintEngine
{
public:
    RecordingEngine() : QPaintEngine(QPaintEngine::AllFeatures) {}
    int texts = 0, pixmaps = 0, polygons = 0, filledPaths = 0, rects = 0;
    std::vector<QPainterPath> paths;
    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    void updateState(const QPaintEngineState &) override {}
    void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override { ++pixmaps; }
    void drawImage(const QRectF &, const QImage &, const QRectF &, Qt::ImageConversionFlags) override
    {
        ++pixmaps;
    }
    void drawTextItem(const QPointF &, const QTextItem &) override { ++texts; }
    void drawPolygon(const QPointF *, int, PolygonDrawMode mode) override
    {
        polygons += mode != PolylineMode;
    }
    void drawPath(const QPainterPath &path) override
    {
        paths.push_back(path);
        filledPaths += state->brush().style() != Qt::NoBrush;
    }
    void drawRects(const QRectF *, int count) override { rects += count; }
    Type type() const override { return QPaintEngine::User; }
};

class RecordingDevice : public QPaintDevice
{
public:
    QPaintEngine *paintEngine() const override { return &engine; }
    mutable RecordingEngine engine;

protected:
    int metric(PaintDeviceMetric m) const override
    {
        switch (m) {
        case PdmWidth:
        case PdmHeight: return 4000;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY: return 96;
        case PdmDepth: return 32;
        case PdmDevicePixelRatio: return 1;
        case PdmDevicePixelRatioScaled: return int(devicePixelRatioFScale());
        default: return 1000;
        }
    }
};

struct Drawn
{
    int texts = 0, pixmaps = 0, polygons = 0;
};

/// What `item` draws at `zoom`, the way a view at that zoom paints it.
Drawn paintAt(QGraphicsItem *item, qreal zoom)
{
    RecordingDevice device;
    {
        QPainter p(&device);
        p.scale(zoom, zoom);
        p.translate(-item->sceneBoundingRect().topLeft() + QPointF(20, 20));
        p.translate(item->pos());
        QStyleOptionGraphicsItem option;
        option.exposedRect = item->boundingRect();
        option.state = QStyle::State_Enabled;
        item->paint(&p, &option, nullptr);
    }
    return Drawn{device.engine.texts, device.engine.pixmaps, device.engine.polygons};
}

} // namespace

class TestSceneUpdate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { testutil::isolateSettings(); }
    void randomEditsKeepSceneInSync_data();
    void randomEditsKeepSceneInSync();
    void flowToolTipFollowsTheDocument();
    void levelOfDetail();
    void longFlowDrawsItsVisiblePart();
};

void TestSceneUpdate::randomEditsKeepSceneInSync_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : {1u, 7u, 2026u})
        QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
}

void TestSceneUpdate::randomEditsKeepSceneInSync()
{
    QFETCH(quint32, seed);
    Document doc;
    doc.setDesign(startDesign(), QString());
    DesignScene scene(&doc);
    QRandomGenerator rng(seed);
    auto bounded = [&rng](int n) { return n <= 0 ? 0 : int(rng.bounded(quint32(n))); };
    const QStringList types{QStringLiteral("appmon.agent"), QStringLiteral("appmon.collector"),
                            QStringLiteral("appmon.server"), QStringLiteral("imc.managed-device"),
                            QStringLiteral("common.oracle")};
    const QStringList hosts{QString(), QStringLiteral("h1"), QStringLiteral("h2"),
                            QStringLiteral("apm")};
    QUndoStack *stack = doc.undoStack();
    QString done;
    for (int step = 0; step < 160; ++step) {
        const core::Design &d = doc.design();
        auto anyNode = [&] { return d.nodes[size_t(bounded(int(d.nodes.size())))].id; };
        auto anyZone = [&] { return d.zones[size_t(bounded(int(d.zones.size())))].id; };
        QUndoCommand *cmd = nullptr;
        const int op = bounded(14);
        if (op == 0) {
            cmd = Commands::addNode(&doc, types[bounded(int(types.size()))],
                                    QPointF(bounded(1500), bounded(820)));
        } else if ((op == 1 || op == 2) && !d.nodes.empty()) { // often across a firewall
            cmd = Commands::move(&doc, {anyNode(), anyNode()}, {},
                                 QPointF(bounded(1600) - 800, bounded(900) - 450));
        } else if (op == 3 && !d.nodes.empty()) {
            const core::Node before = *doc.node(anyNode());
            core::Node after = before;
            after.host = hosts[bounded(int(hosts.size()))];
            if (bounded(2))
                after.name = QStringLiteral("renamed %1").arg(step);
            cmd = new ChangeNodeCommand(&doc, before, after);
        } else if (op == 4 && d.nodes.size() > 1) {
            const QString a = anyNode(), b = anyNode();
            if (a != b && doc.linkIndex(a, b) < 0)
                cmd = new AddLinkCommand(&doc, core::Link{a, b, nlohmann::json::object()});
        } else if (op == 5 && !d.links.empty()) {
            const core::Link &l = d.links[size_t(bounded(int(d.links.size())))];
            cmd = new RemoveLinkCommand(&doc, l.from, l.to);
        } else if (op == 6 && d.nodes.size() > 8) {
            cmd = Commands::remove(&doc, {anyNode()}, {}, {});
        } else if (op == 7 && !d.zones.empty()) {
            const core::Zone before = *doc.zone(anyZone());
            core::Zone after = before;
            after.firewalled = !after.firewalled;
            cmd = new ChangeZoneCommand(&doc, before, after);
        } else if (op == 8 && !d.zones.empty()) {
            cmd = bounded(2) ? Commands::move(&doc, {}, {anyZone()},
                                              QPointF(bounded(400) - 200, bounded(400) - 200))
                             : Commands::addZone(&doc, QRectF(bounded(1400), bounded(800),
                                                              200 + bounded(500), 150 + bounded(300)));
        } else if (op == 9 && stack->canUndo()) {
            stack->undo();
            done = QStringLiteral("undo");
        } else if (op == 10 && stack->canRedo()) {
            stack->redo();
            done = QStringLiteral("redo");
        } else if (op == 11) {
            FlowFilter f;
            f.showLocal = bounded(2);
            f.crossingOnly = bounded(3) == 0;
            f.portLabels = bounded(4) != 0;
            f.zone = bounded(3) == 0 && !d.zones.empty() ? anyZone() : QString();
            scene.setFlowFilter(f);
            done = QStringLiteral("filter");
        } else if (op == 12 && !d.nodes.empty()) {
            const QStringList keys = scene.flowItems().isEmpty()
                ? QStringList()
                : QStringList{scene.flowItems().first()->key()};
            scene.selectOnly({anyNode()}, {}, bounded(2) ? keys : QStringList());
            done = QStringLiteral("select");
        } else if (op == 13) {
            scene.setPresentation(!scene.presentation());
            done = QStringLiteral("presentation");
        }
        if (cmd) {
            done = cmd->text();
            stack->push(cmd);
        }
        const QString error = checkAgainstDocument(scene, doc);
        QVERIFY2(error.isEmpty(), qPrintable(QStringLiteral("step %1 (%2): %3").arg(step).arg(done, error)));
        if (step % 20 == 19) {
            DesignScene fresh(&doc);
            fresh.setFlowFilter(scene.flowFilter());
            fresh.setPresentation(scene.presentation());
            fresh.selectOnly(scene.selectedNodes(), scene.selectedZones(), scene.selectedFlowKeys());
            const QString diff = checkAgainstFreshScene(scene, fresh);
            QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("step %1: %2").arg(step).arg(diff)));
        }
    }
    // Both ways of updating were checked: edits where no flow came or went use the
    // engine's delta only (DesignScene::updateFlows).
    QVERIFY2(scene.quickFlowUpdates() >= 10, qPrintable(QString::number(scene.quickFlowUpdates())));
}

void TestSceneUpdate::flowToolTipFollowsTheDocument()
{
    // Flow tooltips are written when first shown, from the document as it is then.
    Document doc;
    doc.setDesign(startDesign(), QString());
    DesignScene scene(&doc);
    CanvasView view(&scene);
    view.resize(900, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.resetZoom();
    auto crossing = [&]() -> FlowItem * {
        for (FlowItem *f : scene.flowItems()) {
            if (f->data().crossing && f->data().source == QLatin1String("agent1"))
                return f;
        }
        return nullptr;
    };
    QVERIFY(crossing());
    auto tipAt = [&](FlowItem *item) {
        // Where the help event lands: the middle of the arrow.
        const QPointF p = item->path().pointAtPercent(0.5);
        QGraphicsSceneHelpEvent help(QEvent::GraphicsSceneHelp);
        help.setScenePos(p);
        help.setScreenPos(view.viewport()->mapToGlobal(view.mapFromScene(p)));
        QCoreApplication::sendEvent(&scene, &help);
        return item->toolTip();
    };
    const QString tip = tipAt(crossing());
    QVERIFY2(tip.contains(QStringLiteral("agent1")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Firewalls:")), qPrintable(tip));

    core::Node before = *doc.node(QStringLiteral("agent1"));
    core::Node after = before;
    after.name = QStringLiteral("Payment agent");
    doc.undoStack()->push(new ChangeNodeCommand(&doc, before, after));
    QVERIFY2(tipAt(crossing()).contains(QStringLiteral("Payment agent")), qPrintable(tipAt(crossing())));
}

void TestSceneUpdate::levelOfDetail()
{
    Document doc;
    doc.setDesign(startDesign(), QString());
    DesignScene scene(&doc);
    NodeItem *node = scene.nodeItem(QStringLiteral("agent1"));
    FlowItem *flow = nullptr;
    for (FlowItem *f : scene.flowItems())
        flow = f->showsLabel() && f->data().crossing ? f : flow;
    ZoneItem *zone = scene.zoneItem(QStringLiteral("app1"));
    QVERIFY(node && flow && zone);

    // Readable zoom levels draw everything, down to the level-of-detail threshold.
    for (qreal zoom : {2.0, 1.0, lod::kDetail * 1.01}) {
        const Drawn n = paintAt(node, zoom), f = paintAt(flow, zoom), z = paintAt(zone, zoom);
        QVERIFY2(n.texts >= 2 && n.pixmaps >= 1, qPrintable(QString::number(zoom)));
        QVERIFY2(f.texts == 1 && f.polygons >= 1, qPrintable(QString::number(zoom)));
        QVERIFY2(z.texts >= 2, qPrintable(QString::number(zoom)));
    }
    // Zoomed out, cards, arrows and zones stay; text, icons and port labels go (items
    // painted on a vector device draw themselves; on screen the scene draws their lines and
    // cards at once: tst_lineraster).
    {
        const qreal zoom = lod::kDetail * 0.9;
        const Drawn n = paintAt(node, zoom), f = paintAt(flow, zoom), z = paintAt(zone, zoom);
        QCOMPARE(n.texts + n.pixmaps + n.polygons, 0);
        QCOMPARE(f.texts, 0);
        QVERIFY(f.polygons >= 1);
        QCOMPARE(z.texts, 0);
        QCOMPARE(paintAt(flow, lod::kArrows * 0.9).polygons, 0); // far out, no arrow head
    }
    // The whole scene on a vector device (a printer, an SVG): vectors only, never the line
    // layer's bitmap; zoomed out a card is one rectangle and there is no text.
    struct Counts
    {
        int texts, rects, images, polygons, paths;
    };
    auto sceneAt = [&](qreal zoom) {
        RecordingDevice device;
        {
            QPainter p(&device);
            const QRectF source = scene.contentBounds();
            scene.render(&p, QRectF(QPointF(0, 0), source.size() * zoom), source);
        }
        const RecordingEngine &e = device.engine;
        return Counts{e.texts, e.rects, e.pixmaps, e.polygons, int(e.paths.size())};
    };
    const Counts far = sceneAt(lod::kArrows * 0.9), out = sceneAt(lod::kDetail * 0.9),
                 readable = sceneAt(1.0);
    QCOMPARE(out.texts, 0);
    QVERIFY(out.rects >= int(doc.design().nodes.size()));
    QVERIFY(out.polygons > far.polygons); // arrow heads
    const QList<FlowItem *> flows = scene.flowItems();
    const auto shown = std::count_if(flows.begin(), flows.end(),
                                     [](const FlowItem *f) { return f->isVisible(); });
    QVERIFY(shown > 0);
    QVERIFY(out.paths >= int(shown)); // one curve each
    QVERIFY(readable.texts > 0);
    QCOMPARE(far.images + out.images, 0);
}

QTEST_MAIN(TestSceneUpdate)
/// Zoomed in on a long flow, only the part inside the exposed rectangle is stroked, and that
/// part follows the curve exactly (pieces of the same quadratic), with nothing inside the
/// rectangle left out.
void TestSceneUpdate::longFlowDrawsItsVisiblePart()
{
    FlowItem flow(QStringLiteral("a|b|tcp|r"));
    flow.setGeometry(QRectF(0, 0, 120, 60), QRectF(6000, 3000, 120, 60), 400, {});
    const QPainterPath full = flow.path();
    std::vector<QPointF> curve;
    for (int i = 0; i <= 20000; ++i)
        curve.push_back(full.pointAtPercent(i / 20000.0));
    auto distance = [](const QPointF &p, const QPolygonF &line) {
        qreal best = 1e9;
        for (int i = 1; i < line.size(); ++i) {
            const QPointF a = line[i - 1], d = line[i] - a;
            const qreal len2 = QPointF::dotProduct(d, d);
            const qreal t =
                    len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, d) / len2, 0.0, 1.0) : 0;
            best = std::min(best, QLineF(p, a + d * t).length());
        }
        return best;
    };

    // Two windows: one the curve crosses, one that contains its middle.
    const QPointF mid = full.pointAtPercent(0.5);
    for (const QRectF exposed : {QRectF(mid - QPointF(300, 200), QSizeF(600, 400)),
                                 QRectF(curve[4000] - QPointF(50, 80), QSizeF(100, 160))}) {
        RecordingDevice device;
        {
            QPainter p(&device);
            QStyleOptionGraphicsItem option;
            option.exposedRect = exposed;
            option.state = QStyle::State_Enabled;
            flow.paint(&p, &option, nullptr);
        }
        QVERIFY(!device.engine.paths.empty());
        const QPainterPath drawn = device.engine.paths.front();
        QVERIFY2(drawn.length() < full.length() * 0.25,
                 qPrintable(QStringLiteral("%1 of %2").arg(drawn.length()).arg(full.length())));
        const QList<QPolygonF> pieces = drawn.toSubpathPolygons();
        auto distanceToDrawn = [&](const QPointF &pt) {
            qreal best = 1e9;
            for (const QPolygonF &piece : pieces)
                best = std::min(best, distance(pt, piece));
            return best;
        };
        QPolygonF fullLine(QList<QPointF>(curve.begin(), curve.end()));
        int inside = 0;
        for (const QPointF &pt : curve) {
            if (!exposed.contains(pt))
                continue;
            ++inside;
            QVERIFY2(distanceToDrawn(pt) < 0.75,
                     qPrintable(QStringLiteral("(%1, %2) not drawn").arg(pt.x()).arg(pt.y())));
        }
        QVERIFY(inside > 20);
        for (int i = 0; i <= 50; ++i) { // and what is drawn lies on the curve
            const QPointF pt = drawn.pointAtPercent(i / 50.0);
            QVERIFY2(distance(pt, fullLine) < 0.75,
                     qPrintable(QStringLiteral("(%1, %2) off the curve").arg(pt.x()).arg(pt.y())));
        }
    }
}

#include "tst_sceneupdate.moc"
