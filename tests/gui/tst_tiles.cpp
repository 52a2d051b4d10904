// The scene's tiles (TileItem, TileGrid) in the real main window on the three-tier example:
// an edit that moves items to other tiles repaints the place they left, the rubber band
// selects what it holds whatever tile it is in, a click goes through tiles to the zone
// below, and fit to view and the scroll bars see the design, not the tiles' loose bounds.
#include "testutil.h"

#include "commands/commands.h"
#include "document/document.h"
#include "mainwindow.h"
#include "scene/canvasview.h"
#include "scene/designscene.h"
#include "scene/flowitem.h"
#include "scene/nodeitem.h"
#include "scene/tilegrid.h"
#include "scene/zoneitem.h"

#include <QApplication>
#include <QMouseEvent>
#include <QScreen>
#include <QSettings>
#include <QTest>
#include <QUndoStack>

#include <algorithm>

using namespace portolan;
using namespace portolan::gui;

static const char kExample[] = PORTOLAN_SOURCE_DIR "/data/examples/appmon-three-tier.portolan";

class TestTiles : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void movesRepaintThePlaceLeft();
    void rubberBandSelectsWhatItHolds();
    void clicksGoThroughTiles();
    void bandEndsWithItsButton();
    void emptyClickCommitsARename();
    void fitToViewSeesTheDesign();

private:
    void mouse(QEvent::Type type, const QPointF &scenePos,
               Qt::KeyboardModifiers mods = Qt::NoModifier);
    /// The canvas as it is on screen (the window's backing store), not painted again.
    QImage shownCanvas() const;

    MainWindow *m_w = nullptr;
    bool m_noButton = false; ///< mouse(): moves with no button held
};

void TestTiles::init()
{
    testutil::isolateSettings();
    QSettings().clear();
    m_w = new MainWindow;
    m_w->resize(1280, 800);
    m_w->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_w));
    QVERIFY(m_w->openFile(QString::fromUtf8(kExample), true));
    // Edits are drawn at full quality at once, as on a small design (no draft frame whose
    // pixels would differ from a later full repaint).
    m_w->view()->setDraftEditThreshold(1e9);
}

void TestTiles::cleanup()
{
    m_w->scene()->clearSelection();
    delete m_w;
    m_w = nullptr;
}

void TestTiles::mouse(QEvent::Type type, const QPointF &scenePos, Qt::KeyboardModifiers mods)
{
    QWidget *vp = m_w->view()->viewport();
    const QPointF at = m_w->view()->mapFromScene(scenePos);
    const Qt::MouseButton button = type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton;
    const Qt::MouseButtons buttons =
            type == QEvent::MouseButtonRelease ? Qt::NoButton : Qt::MouseButtons(Qt::LeftButton);
    const Qt::MouseButtons held = type == QEvent::MouseMove && m_noButton ? Qt::NoButton : buttons;
    QMouseEvent e(type, at, vp->mapToGlobal(at), button, held, mods);
    QApplication::sendEvent(vp, &e);
}

QImage TestTiles::shownCanvas() const
{
    QWidget *vp = m_w->view()->viewport();
    const QPoint at = vp->mapTo(m_w, QPoint(0, 0));
    const QPixmap window = m_w->screen()->grabWindow(m_w->winId());
    const qreal dpr = window.devicePixelRatio();
    return window.toImage().copy(QRect(at * dpr, vp->size() * dpr));
}

void TestTiles::movesRepaintThePlaceLeft()
{
    // The DMZ collector moves from the DMZ to the far corner of the ops zone, out of view:
    // its card and flows go to other tiles. Qt clips an item's repaints to its tile, so
    // without TileGrid repainting the place an item left, the old card and flows stayed on
    // screen (seen on 10,000 nodes: nothing was repainted until the view settled).
    CanvasView *view = m_w->view();
    DesignScene *scene = m_w->scene();
    view->resetZoom();
    view->centerOn(QPointF(465, 250));
    QTRY_VERIFY(!view->inMotion()); // the scroll's draft frames are over
    QTest::qWait(50);
    const NodeItem *node = scene->nodeItem(QStringLiteral("dmzcol"));
    QVERIFY(node);
    const TileItem *before = qgraphicsitem_cast<TileItem *>(node->parentItem());
    QVERIFY(before);
    QVERIFY(view->mapToScene(view->viewport()->rect()).boundingRect().contains(node->pos()));
    const QImage start = shownCanvas();

    Document *doc = m_w->document();
    doc->undoStack()->push(Commands::move(doc, {QStringLiteral("dmzcol")}, {},
                                          QPointF(1100, 760) - node->pos()));
    QTRY_VERIFY(shownCanvas() != start); // the event loop has painted the edit
    QTest::qWait(50);
    QVERIFY(node->parentItem() != before);
    QVERIFY(!view->mapToScene(view->viewport()->rect()).boundingRect().contains(node->pos()));
    const QImage afterEdit = shownCanvas();
    view->viewport()->repaint(); // everything painted again, from the scene as it is
    const QImage repainted = shownCanvas();
    QCOMPARE(afterEdit.size(), repainted.size());
    int stale = 0;
    for (int y = 0; y < afterEdit.height(); ++y) {
        for (int x = 0; x < afterEdit.width(); ++x)
            stale += afterEdit.pixel(x, y) != repainted.pixel(x, y);
    }
    QCOMPARE(stale, 0);

    // And back (undo): the same.
    doc->undoStack()->undo();
    QTRY_VERIFY(shownCanvas() != afterEdit);
    QTest::qWait(50);
    const QImage afterUndo = shownCanvas();
    view->viewport()->repaint();
    QCOMPARE(afterUndo, shownCanvas());
}

void TestTiles::rubberBandSelectsWhatItHolds()
{
    // From outside every zone over the whole DMZ: the zone, its six nodes and the flows and
    // links among them, whatever tile they are in; nothing of the app zone next to it.
    DesignScene *scene = m_w->scene();
    m_w->view()->fitToView();
    QTest::qWait(20);
    const QRectF band(QPointF(-20, -20), QPointF(670, 350));
    mouse(QEvent::MouseButtonPress, band.topLeft());
    mouse(QEvent::MouseMove, band.center());
    mouse(QEvent::MouseMove, band.bottomRight());
    mouse(QEvent::MouseButtonRelease, band.bottomRight());

    // What Qt's rubber band (Qt::ContainsItemShape) would select without tiles: every
    // selectable item whose bounds lie inside the band (up to the view's pixel rounding).
    const QRectF held = m_w->view()->mapToScene(
            QRect(m_w->view()->mapFromScene(band.topLeft()),
                  m_w->view()->mapFromScene(band.bottomRight())).normalized()).boundingRect();
    QList<QGraphicsItem *> expected;
    for (QGraphicsItem *i : scene->items()) {
        if (!isTile(i) && i->isVisible() && (i->flags() & QGraphicsItem::ItemIsSelectable)
            && held.contains(i->sceneBoundingRect()))
            expected << i;
    }
    QList<QGraphicsItem *> selected = scene->selectedItems();
    std::sort(expected.begin(), expected.end());
    std::sort(selected.begin(), selected.end());
    QCOMPARE(selected, expected);
    QCOMPARE(scene->selectedZones(), QStringList{QStringLiteral("dmz")});
    QStringList nodes = scene->selectedNodes();
    nodes.sort();
    QCOMPARE(nodes, (QStringList{"dmzcol", "shopapi", "web01-mod", "web01-wsa", "web02-mod",
                                 "web02-wsa"}));
    QVERIFY(!scene->selectedFlowKeys().isEmpty());
    // (The items are in more than one tile: the band had to look into several.)
    QSet<const QGraphicsItem *> tiles;
    for (const QGraphicsItem *i : std::as_const(selected))
        tiles.insert(i->parentItem());
    QVERIFY(tiles.size() > 2);

    // With Ctrl, a band over the app zone adds to the selection.
    mouse(QEvent::MouseButtonPress, QPointF(1200, 20), Qt::ControlModifier);
    mouse(QEvent::MouseMove, QPointF(664, 354), Qt::ControlModifier);
    mouse(QEvent::MouseButtonRelease, QPointF(664, 354), Qt::ControlModifier);
    QStringList zones = scene->selectedZones();
    zones.sort();
    QCOMPARE(zones, (QStringList{"app", "dmz"}));
    QVERIFY(scene->selectedNodes().contains(QStringLiteral("order")));
    QVERIFY(scene->selectedNodes().contains(QStringLiteral("shopapi")));

    // A band that shrinks lets go of what it no longer holds; a click outside every zone
    // clears the selection.
    mouse(QEvent::MouseButtonPress, band.topLeft());
    mouse(QEvent::MouseMove, band.bottomRight());
    mouse(QEvent::MouseMove, QPointF(300, 200));
    QVERIFY(scene->selectedZones().isEmpty());
    QVERIFY(scene->selectedNodes().contains(QStringLiteral("web01-mod")));
    QVERIFY(!scene->selectedNodes().contains(QStringLiteral("dmzcol")));
    mouse(QEvent::MouseButtonRelease, QPointF(300, 200));
    mouse(QEvent::MouseButtonPress, QPointF(-20, -20));
    mouse(QEvent::MouseButtonRelease, QPointF(-20, -20));
    QVERIFY(scene->selectedItems().isEmpty());
}

void TestTiles::clicksGoThroughTiles()
{
    // The db zone's header lies inside tiles' bounds: a click there selects the zone.
    DesignScene *scene = m_w->scene();
    m_w->view()->fitToView();
    const QPointF spot(700, 366);
    const QList<QGraphicsItem *> there = scene->items(spot);
    QVERIFY(std::any_of(there.cbegin(), there.cend(), isTile));
    QVERIFY(isTile(there.first())); // on top of the zone
    mouse(QEvent::MouseButtonPress, spot);
    mouse(QEvent::MouseButtonRelease, spot);
    QCOMPARE(scene->selectedZones(), QStringList{QStringLiteral("db")});
    QCOMPARE(scene->selectedItems().size(), 1);
}

void TestTiles::bandEndsWithItsButton()
{
    // A band whose button was released where the select tool did not see it (a pan with
    // the middle button swallows the release) ends at the next move without the button,
    // instead of following the pointer and selecting what it passes.
    DesignScene *scene = m_w->scene();
    m_w->view()->fitToView();
    mouse(QEvent::MouseButtonPress, QPointF(-20, -20));
    mouse(QEvent::MouseMove, QPointF(200, 200));
    const QList<QGraphicsItem *> held = scene->selectedItems();
    QVERIFY(!held.isEmpty());
    m_noButton = true;
    mouse(QEvent::MouseMove, QPointF(1200, 900)); // over everything, button up
    m_noButton = false;
    QCOMPARE(scene->selectedItems().size(), held.size());
    QVERIFY(scene->selectedZones().isEmpty());

    // Switching tools in the middle of a band puts the selection back as it was.
    scene->clearSelection();
    scene->selectOnly({QStringLiteral("order")}, {});
    mouse(QEvent::MouseButtonPress, QPointF(-20, -20), Qt::ControlModifier);
    mouse(QEvent::MouseMove, QPointF(670, 350), Qt::ControlModifier);
    QVERIFY(scene->selectedNodes().contains(QStringLiteral("dmzcol")));
    m_w->view()->setTool(CanvasView::ToolKind::Zone);
    QCOMPARE(scene->selectedNodes(), QStringList{QStringLiteral("order")});
    QCOMPARE(scene->selectedItems().size(), 1);
    m_w->view()->setTool(CanvasView::ToolKind::Select);
}

void TestTiles::emptyClickCommitsARename()
{
    // A zone being renamed in place: a click on the empty canvas commits the name, as
    // when the view passed such clicks to the scene.
    m_w->view()->fitToView();
    const QPointF header(700, 366); // the db zone's
    mouse(QEvent::MouseButtonDblClick, header);
    ZoneItem *zone = m_w->scene()->zoneItem(QStringLiteral("db"));
    QVERIFY(zone->isRenaming());
    QVERIFY(m_w->scene()->focusItem());
    QTest::keyClicks(m_w->view()->viewport(), QStringLiteral("Data tier"));
    mouse(QEvent::MouseButtonPress, QPointF(-20, -20));
    mouse(QEvent::MouseButtonRelease, QPointF(-20, -20));
    QVERIFY(!zone->isRenaming());
    QVERIFY(!m_w->scene()->focusItem());
    QCOMPARE(m_w->document()->zone(QStringLiteral("db"))->name, QStringLiteral("Data tier"));
}

void TestTiles::fitToViewSeesTheDesign()
{
    // The tiles' bounds reach half a cell past the design: neither the scroll bars nor fit
    // to view may count them.
    DesignScene *scene = m_w->scene();
    QRectF items;
    QRectF tiles;
    for (const QGraphicsItem *i : scene->items())
        (isTile(i) ? tiles : items) |= i->sceneBoundingRect();
    QVERIFY(!tiles.isEmpty());
    QVERIFY(!items.contains(tiles));
    QCOMPARE(scene->contentBounds(), items);
    QCOMPARE(scene->sceneRect(), items);
    CanvasView *view = m_w->view();
    view->fitToView();
    const QRectF shown = view->mapToScene(view->viewport()->rect()).boundingRect();
    QVERIFY(shown.contains(items));
    // At most the margin (30) and the viewport's other aspect ratio beyond the design.
    QVERIFY(shown.width() < items.width() + 100 || shown.height() < items.height() + 100);

    // A node dragged past the design's edge grows the scene rectangle.
    NodeItem *node = scene->nodeItem(QStringLiteral("dash"));
    QVERIFY(node);
    node->setPos(items.bottomRight() + QPointF(400, 300));
    QVERIFY(scene->sceneRect().contains(node->sceneBoundingRect()));
    QVERIFY(qgraphicsitem_cast<TileItem *>(node->parentItem())
                    ->boundingRect()
                    .contains(node->sceneBoundingRect()));
    scene->resetGeometry();
}

QTEST_MAIN(TestTiles)
#include "tst_tiles.moc"
