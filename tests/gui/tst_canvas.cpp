// Drives the real main window: palette drops, the zone and link tools, node drags.

#include "testutil.h"

#include "document/document.h"
#include "mainwindow.h"
#include "scene/canvasview.h"
#include "scene/designscene.h"
#include "scene/flowitem.h"
#include "scene/nodeitem.h"
#include "scene/zoneitem.h"
#include "widgets/matrixmodel.h"
#include "widgets/palettemodel.h"
#include "widgets/palettewidget.h"

#include <QMimeData>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace portolan;
using namespace portolan::gui;

class TestCanvas : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { testutil::isolateSettings(); }
    void init();
    void cleanup();

    void dropFromPaletteIntoZone();
    void drawZoneAndNestedZone();
    void moveNodeAcrossFirewall();
    void linkNarrowsPairing();
    void matrixSelectionSelectsFlow();
    void deleteAndUndoZoneWithContents();
    void destroyWindowWithSelection();

private:
    QPoint viewPoint(const QPointF &scenePos) const { return m_w->view()->mapFromScene(scenePos); }
    QModelIndex paletteIndex(const QString &type) const;
    QList<const core::Flow *> flowsBetween(const QString &from, const QString &to) const;
    void drag(const QPointF &from, const QPointF &to);

    MainWindow *m_w = nullptr;
};

void TestCanvas::init()
{
    m_w = new MainWindow;
    m_w->resize(1280, 800);
    m_w->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_w));
    m_w->view()->resetZoom();
}

void TestCanvas::cleanup()
{
    m_w->document()->undoStack()->setClean(); // no "save changes?" prompt
    delete m_w;
    m_w = nullptr;
}

QModelIndex TestCanvas::paletteIndex(const QString &type) const
{
    PaletteModel *model = m_w->palette()->model();
    const QModelIndexList hits = model->match(model->index(0, 0), PaletteModel::TypeIdRole, type, 1,
                                              Qt::MatchExactly | Qt::MatchRecursive);
    return hits.value(0);
}

QList<const core::Flow *> TestCanvas::flowsBetween(const QString &from, const QString &to) const
{
    QList<const core::Flow *> out;
    const core::Design &d = m_w->document()->design();
    for (const core::Flow &f : m_w->document()->flows().flows) {
        if (d.nodes[size_t(f.source)].id == from && d.nodes[size_t(f.target)].id == to)
            out << &f;
    }
    return out;
}

void TestCanvas::drag(const QPointF &from, const QPointF &to)
{
    QWidget *vp = m_w->view()->viewport();
    QTest::mousePress(vp, Qt::LeftButton, Qt::NoModifier, viewPoint(from));
    const QPointF mid = (from + to) / 2;
    QTest::mouseMove(vp, viewPoint(mid));
    QTest::mouseMove(vp, viewPoint(to));
    QTest::mouseRelease(vp, Qt::LeftButton, Qt::NoModifier, viewPoint(to));
}

void TestCanvas::dropFromPaletteIntoZone()
{
    core::Design d;
    d.zones.push_back(testutil::zone(QStringLiteral("dmz"), QRectF(0, 0, 500, 300)));
    d.zones.push_back(testutil::zone(QStringLiteral("mon"), QRectF(600, 0, 400, 300)));
    d.nodes.push_back(testutil::node(QStringLiteral("coll"), QStringLiteral("appmon.collector"),
                                     QPointF(800, 150), QStringLiteral("mon")));
    m_w->document()->setDesign(d, QString());
    m_w->view()->resetZoom();
    m_w->view()->centerOn(500, 150);
    const int rowsBefore = m_w->matrixModel()->rowCount();
    const size_t flowsBefore = m_w->document()->flows().flows.size();

    const QModelIndex index = paletteIndex(QStringLiteral("appmon.agent"));
    QVERIFY(index.isValid());
    std::unique_ptr<QMimeData> mime(m_w->palette()->model()->mimeData({index}));
    QVERIFY(mime);

    QWidget *vp = m_w->view()->viewport();
    const QPoint at = viewPoint(QPointF(200, 150));
    QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(vp, &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(vp, &move);
    QVERIFY(move.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(vp, &drop);
    QVERIFY(drop.isAccepted());

    const core::Design &after = m_w->document()->design();
    QCOMPARE(after.nodes.size(), size_t(2));
    const core::Node &agent = after.nodes.back();
    QCOMPARE(agent.type, QStringLiteral("appmon.agent"));
    QCOMPARE(agent.zone, QStringLiteral("dmz"));
    QVERIFY(m_w->scene()->nodeItem(agent.id));
    QVERIFY(m_w->document()->flows().flows.size() > flowsBefore);
    const auto flows = flowsBetween(agent.id, QStringLiteral("coll"));
    QCOMPARE(flows.size(), 1);
    QVERIFY(flows.first()->crossesFirewall);
    QVERIFY(m_w->matrixModel()->rowCount() > rowsBefore);
    QVERIFY(m_w->document()->isModified());

    // A drop of something that is not a component type is refused.
    QMimeData bogus;
    bogus.setData(QString::fromLatin1(CanvasView::kComponentMimeType), "no.such-type");
    QDropEvent bad(at, Qt::CopyAction, &bogus, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(vp, &bad);
    QCOMPARE(m_w->document()->design().nodes.size(), size_t(2));
}

void TestCanvas::drawZoneAndNestedZone()
{
    m_w->view()->resetZoom();
    m_w->view()->centerOn(300, 200);
    m_w->view()->setTool(CanvasView::ToolKind::Zone);
    drag(QPointF(0, 0), QPointF(600, 400));
    const core::Design &d = m_w->document()->design();
    QCOMPARE(d.zones.size(), size_t(1));
    const core::Zone outer = d.zones[0];
    QVERIFY(outer.firewalled);
    QCOMPARE(outer.name, QStringLiteral("Zone 1"));
    QCOMPARE(outer.rect, QRectF(0, 0, 600, 400));
    QVERIFY(outer.parent.isEmpty());
    // The zone tool hands back to the select tool after one zone.
    QCOMPARE(m_w->view()->tool(), CanvasView::ToolKind::Select);

    m_w->view()->setTool(CanvasView::ToolKind::Zone);
    drag(QPointF(100, 100), QPointF(350, 300));
    QCOMPARE(d.zones.size(), size_t(2));
    QCOMPARE(d.zones[1].parent, outer.id);
    QVERIFY(m_w->scene()->zoneItem(d.zones[1].id));
    QVERIFY(m_w->scene()->zoneItem(d.zones[1].id)->zValue()
            > m_w->scene()->zoneItem(outer.id)->zValue());

    // A zone drawn around an existing zone adopts it.
    m_w->view()->setTool(CanvasView::ToolKind::Zone);
    drag(QPointF(-50, -50), QPointF(700, 500));
    QCOMPARE(d.zones.size(), size_t(3));
    QCOMPARE(d.zones[0].parent, d.zones[2].id);
    QCOMPARE(d.zones[1].parent, outer.id);

    // One undo removes the big zone and restores the old tree.
    m_w->document()->undoStack()->undo();
    QCOMPARE(d.zones.size(), size_t(2));
    QVERIFY(d.zones[0].parent.isEmpty());
}

void TestCanvas::moveNodeAcrossFirewall()
{
    core::Design d;
    d.zones.push_back(testutil::zone(QStringLiteral("a"), QRectF(0, 0, 500, 300)));
    d.zones.push_back(testutil::zone(QStringLiteral("b"), QRectF(600, 0, 500, 300)));
    d.nodes.push_back(testutil::node(QStringLiteral("agent"), QStringLiteral("appmon.agent"),
                                     QPointF(100, 150), QStringLiteral("a")));
    d.nodes.push_back(testutil::node(QStringLiteral("coll"), QStringLiteral("appmon.collector"),
                                     QPointF(350, 150), QStringLiteral("a")));
    m_w->document()->setDesign(d, QString());
    m_w->view()->resetZoom();
    m_w->view()->centerOn(550, 150);

    auto flows = flowsBetween(QStringLiteral("agent"), QStringLiteral("coll"));
    QCOMPARE(flows.size(), 1);
    QVERIFY(!flows.first()->crossesFirewall);

    drag(QPointF(350, 150), QPointF(850, 150));
    const core::Node *coll = m_w->document()->node(QStringLiteral("coll"));
    QCOMPARE(coll->zone, QStringLiteral("b"));
    QCOMPARE(coll->pos, QPointF(850, 150));
    QCOMPARE(m_w->scene()->nodeItem(QStringLiteral("coll"))->pos(), QPointF(850, 150));
    flows = flowsBetween(QStringLiteral("agent"), QStringLiteral("coll"));
    QCOMPARE(flows.size(), 1);
    QVERIFY(flows.first()->crossesFirewall);
    QCOMPARE(flows.first()->firewalls, QStringList({QStringLiteral("A"), QStringLiteral("B")}));
    // The flow item follows and is drawn as a crossing flow.
    const QString key = DesignScene::flowKey(*flows.first(), m_w->document()->design());
    QVERIFY(m_w->scene()->flowItem(key));
    QVERIFY(m_w->scene()->flowItem(key)->data().crossing);

    // Move and re-zone are one undo step.
    m_w->document()->undoStack()->undo();
    QCOMPARE(m_w->document()->node(QStringLiteral("coll"))->zone, QStringLiteral("a"));
    QVERIFY(!flowsBetween(QStringLiteral("agent"), QStringLiteral("coll")).first()->crossesFirewall);
}

void TestCanvas::linkNarrowsPairing()
{
    core::Design d;
    d.zones.push_back(testutil::zone(QStringLiteral("a"), QRectF(0, 0, 800, 400), false));
    d.nodes.push_back(testutil::node(QStringLiteral("agent"), QStringLiteral("appmon.agent"),
                                     QPointF(100, 100), QStringLiteral("a")));
    d.nodes.push_back(testutil::node(QStringLiteral("c1"), QStringLiteral("appmon.collector"),
                                     QPointF(500, 100), QStringLiteral("a")));
    d.nodes.push_back(testutil::node(QStringLiteral("c2"), QStringLiteral("appmon.collector"),
                                     QPointF(500, 300), QStringLiteral("a")));
    m_w->document()->setDesign(d, QString());
    m_w->view()->resetZoom();
    m_w->view()->centerOn(300, 200);
    QCOMPARE(flowsBetween(QStringLiteral("agent"), QStringLiteral("c1")).size(), 1);
    QCOMPARE(flowsBetween(QStringLiteral("agent"), QStringLiteral("c2")).size(), 1);

    m_w->view()->setTool(CanvasView::ToolKind::Link);
    drag(QPointF(100, 100), QPointF(500, 300));
    QCOMPARE(m_w->document()->design().links.size(), size_t(1));
    QCOMPARE(m_w->scene()->linkItemCount(), 1);
    QCOMPARE(flowsBetween(QStringLiteral("agent"), QStringLiteral("c1")).size(), 0);
    QCOMPARE(flowsBetween(QStringLiteral("agent"), QStringLiteral("c2")).size(), 1);

    // Dragging onto empty canvas links nothing; linking twice adds nothing.
    drag(QPointF(100, 100), QPointF(300, 380));
    drag(QPointF(500, 300), QPointF(100, 100));
    QCOMPARE(m_w->document()->design().links.size(), size_t(1));

    m_w->document()->undoStack()->undo();
    QCOMPARE(m_w->scene()->linkItemCount(), 0);
    QCOMPARE(flowsBetween(QStringLiteral("agent"), QStringLiteral("c1")).size(), 1);
}

void TestCanvas::matrixSelectionSelectsFlow()
{
    QVERIFY(m_w->openFile(QStringLiteral(PORTOLAN_SOURCE_DIR "/data/examples/appmon-three-tier.portolan"), true));
    QVERIFY(m_w->matrixModel()->rowCount() > 3);
    m_w->matrixView()->selectRow(2);
    const QString key = m_w->matrixModel()->keyAt(2);
    QVERIFY(!key.isEmpty());
    QCOMPARE(m_w->scene()->selectedFlowKeys(), QStringList{key});

    // And back: selecting a flow on the canvas selects its matrix row.
    const QString other = m_w->matrixModel()->keyAt(0);
    m_w->scene()->selectOnly({}, {}, {other});
    const QModelIndexList rows = m_w->matrixView()->selectionModel()->selectedRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().row(), 0);

    // Selecting a node highlights its flows only.
    const core::Flow &f = m_w->document()->flows().flows.front();
    const QString src = m_w->document()->design().nodes[size_t(f.source)].id;
    m_w->scene()->selectOnly({src}, {});
    int highlighted = 0;
    for (FlowItem *item : m_w->scene()->flowItems()) {
        const bool touches = item->data().source == src || item->data().target == src;
        QCOMPARE(item->isSelected(), false);
        highlighted += touches ? 1 : 0;
    }
    QVERIFY(highlighted > 0);
}

void TestCanvas::deleteAndUndoZoneWithContents()
{
    QVERIFY(m_w->openFile(QStringLiteral(PORTOLAN_SOURCE_DIR "/data/examples/appmon-three-tier.portolan"), true));
    Document *doc = m_w->document();
    const size_t nodes = doc->design().nodes.size();
    const size_t links = doc->design().links.size();
    const QStringList inside = doc->nodesInside(QStringLiteral("dmz"));
    QVERIFY(!inside.isEmpty());
    m_w->scene()->selectOnly({}, {QStringLiteral("dmz")});
    m_w->deleteSelection();
    QVERIFY(!doc->zone(QStringLiteral("dmz")));
    QCOMPARE(doc->design().nodes.size(), nodes - size_t(inside.size()));
    QVERIFY(doc->design().links.size() < links);
    for (const QString &id : inside)
        QVERIFY(!m_w->scene()->nodeItem(id));
    doc->undoStack()->undo();
    QVERIFY(doc->zone(QStringLiteral("dmz")));
    QCOMPARE(doc->design().nodes.size(), nodes);
    QCOMPARE(doc->design().links.size(), links);
    QCOMPARE(m_w->scene()->linkItemCount(), int(links));
}

void TestCanvas::destroyWindowWithSelection()
{
    // Closing a window while nodes are selected: the scene's teardown must not reach the
    // inspector or the document after they are gone (it did, reading deleted catalogs).
    QVERIFY(m_w->openFile(QStringLiteral(PORTOLAN_SOURCE_DIR "/data/examples/appmon-three-tier.portolan"), true));
    for (QGraphicsItem *item : m_w->scene()->items()) {
        if (item->flags() & QGraphicsItem::ItemIsSelectable)
            item->setSelected(true);
    }
    QVERIFY(!m_w->scene()->selectedItems().isEmpty());
    m_w->document()->undoStack()->setClean();
    delete m_w;
    m_w = new MainWindow; // cleanup() deletes this one
}

QTEST_MAIN(TestCanvas)
#include "tst_canvas.moc"
