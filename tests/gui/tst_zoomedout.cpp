// Zoomed-out canvas frames: fills in bands of device rows (fillInBands) give exactly the
// picture of one fill; a zoomed-out canvas painted without Qt's save and restore around each
// item shows what QGraphicsScene::render() shows; and such a frame leaves the overview drawn
// in detail afterwards with the painter saved between items.
#include "testutil.h"

#include "mainwindow.h"
#include "scene/bandfill.h"
#include "scene/canvasview.h"
#include "scene/designscene.h"
#include "scene/diffoverlay.h"
#include "scene/lod.h"
#include "scene/nodeitem.h"
#include "scene/zoneitem.h"

#include <QGraphicsObject>
#include <QImage>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QTest>
#include <QUndoStack>

#include "document/document.h"

using namespace portolan;
using namespace portolan::gui;

namespace {

const char kExample[] = PORTOLAN_SOURCE_DIR "/data/examples/mixed-operations-centre.portolan";

QImage white(const QSize &size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    return image;
}

/// Shows the main window with the example open.
bool showExample(MainWindow *w)
{
    w->resize(1280, 800);
    w->show();
    return QTest::qWaitForWindowExposed(w) && w->openFile(kExample, true);
}

/// Zooms `view` out below the level of detail and waits until it is still; false when it
/// cannot get there.
bool zoomOut(CanvasView *view)
{
    auto lod = [view] {
        return QStyleOptionGraphicsItem::levelOfDetailFromTransform(view->viewportTransform());
    };
    view->fitToView();
    for (int i = 0; i < 20 && lod() >= lod::kDetail * 0.8; ++i)
        view->zoomBy(1 / 1.15);
    return lod() < lod::kDetail
           && QTest::qWaitFor([view] { return !view->inMotion(); }, CanvasView::kSettleMs * 20);
}

int differing(const QImage &a, const QImage &b)
{
    int n = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            n += a.pixel(x, y) != b.pixel(x, y);
    return n;
}

/// Sets the painter's font without putting it back (a careless item).
class FontSetter : public QGraphicsObject
{
public:
    QRectF boundingRect() const override { return QRectF(0, 0, 50, 50); }
    void paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        QFont f = p->font();
        f.setPointSize(31);
        p->setFont(f);
    }
};

/// Notes the painter's font size it is given.
class FontProbe : public QGraphicsObject
{
public:
    QRectF boundingRect() const override { return QRectF(0, 0, 50, 50); }
    void paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        seen = p->font().pointSize();
    }
    int seen = -1;
};

/// `item` painted alone at `scale` (its children not), the painter as a zoomed-out canvas
/// frame would hand it over: clean, or with the pen, brush, font and antialiasing an item
/// before it left behind.
QImage paintAlone(QGraphicsItem *item, qreal scale, bool leftOver)
{
    const QRectF b = item->boundingRect();
    QImage image = white((b.size() * scale).toSize() + QSize(4, 4));
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing, !leftOver);
    if (leftOver) {
        p.setPen(QPen(Qt::green, 7));
        p.setBrush(Qt::red);
        QFont f = p.font();
        f.setPointSize(31);
        f.setItalic(true);
        p.setFont(f);
    }
    p.translate(2, 2);
    p.scale(scale, scale);
    p.translate(-b.topLeft());
    QStyleOptionGraphicsItem option;
    option.exposedRect = b;
    if (item->isSelected())
        option.state |= QStyle::State_Selected;
    item->paint(&p, &option, nullptr);
    return image;
}

} // namespace

class TestZoomedOut : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { testutil::isolateSettings(); }
    void bandsFillLikeOneFill_data();
    void bandsFillLikeOneFill();
    void itemsThatPaintZoomedOutSetWhatTheyUse();
    void zoomedOutCanvasMatchesTheScene();
    void overviewInDetailAfterAZoomedOutFrame();
};

void TestZoomedOut::bandsFillLikeOneFill_data()
{
    QTest::addColumn<qreal>("scale");
    QTest::addColumn<QPointF>("offset");
    QTest::addColumn<QRectF>("rect");
    QTest::addColumn<qreal>("dpr");
    auto row = [](const char *name, qreal scale, QPointF offset, QRectF rect, qreal dpr) {
        QTest::newRow(name) << scale << offset << rect << dpr;
    };
    row("zoomed out", 0.09, {13.4, 7.7}, {-120.3, 40.1, 5200.7, 6100.2}, 1);
    row("one band", 0.2, {0, 0}, {10, 10, 300, 200}, 1);
    row("at 100 %", 1.0, {0.5, 0.25}, {3.3, 1.9, 640.2, 470.6}, 1);
    row("past the edges", 0.5, {-40, -90}, {-500, -500, 3000, 3000}, 1);
    row("half pixels", 0.25, {0, 0}, {2, 6, 2002, 1994}, 1);
    row("high dpi", 0.09, {13.4, 7.7}, {-120.3, 40.1, 3200.7, 3100.2}, 2);
    row("dpi 1.5", 0.13, {3.1, 2.6}, {11.1, 7.3, 2500.5, 2600.9}, 1.5);
}

void TestZoomedOut::bandsFillLikeOneFill()
{
    QFETCH(qreal, scale);
    QFETCH(QPointF, offset);
    QFETCH(QRectF, rect);
    QFETCH(qreal, dpr);
    // Translucent, as a zone's fill: a row filled twice or not at all would show.
    const QColor color(0x2e, 0x86, 0xc1, 200);
    QImage bands = white(QSize(700, 560) * dpr), once = bands;
    bands.setDevicePixelRatio(dpr);
    once.setDevicePixelRatio(dpr);
    const QTransform t = QTransform().translate(offset.x(), offset.y()).scale(scale, scale);
    {
        QPainter p(&bands);
        p.setTransform(t);
        p.setPen(QPen(Qt::red, 3));
        p.setRenderHint(QPainter::Antialiasing, true); // as the view's painter when still
        fillInBands(&p, rect, color);
        // The painter's state is as it was.
        QCOMPARE(p.pen().color(), QColor(Qt::red));
        QVERIFY(p.testRenderHint(QPainter::Antialiasing));
        QCOMPARE(p.worldTransform(), t);
    }
    {
        QPainter p(&once); // one aliased fill: what the zones drew before
        p.setTransform(t);
        p.fillRect(rect, color);
    }
    QCOMPARE(bands, once);
    const QRect inked = t.mapRect(rect).toRect() & QRect(QPoint(0, 0), QSize(700, 560));
    QVERIFY(!inked.isEmpty());
    const QPoint centre = inked.center() * dpr;
    QVERIFY(bands.pixel(centre) != qRgb(255, 255, 255));
}

void TestZoomedOut::itemsThatPaintZoomedOutSetWhatTheyUse()
{
    // Zoomed out, Qt paints the canvas without saving the painter between items, so each
    // item that still paints there (zones with their name editor, comparison marks) must set
    // every part of the painter it uses: painted after an item that left its pen, brush,
    // font and antialiasing behind, it looks the same.
    MainWindow w;
    QVERIFY(w.openFile(kExample, true));
    DesignScene *scene = w.scene();
    const qreal scale = lod::kDetail * 0.6;
    int zones = 0, firewalled = 0;
    for (const core::Zone &z : w.document()->design().zones) {
        ZoneItem *item = scene->zoneItem(z.id);
        QVERIFY(item);
        for (bool selected : {false, true}) {
            item->setSelected(selected);
            QCOMPARE(paintAlone(item, scale, true), paintAlone(item, scale, false));
        }
        ++zones;
        firewalled += z.firewalled;
    }
    QVERIFY(zones > 2 && firewalled > 0);

    // The name editor of a zone being renamed.
    ZoneItem *zone = scene->zoneItem(w.document()->design().zones.front().id);
    zone->startRename([](const QString &) {});
    QGraphicsItem *editor = nullptr;
    for (QGraphicsItem *child : zone->childItems())
        editor = child->isVisible() ? child : editor;
    QVERIFY(editor);
    QCOMPARE(paintAlone(editor, scale, true), paintAlone(editor, scale, false));

    // Comparison marks of every kind.
    using Kind = DiffMarkItem::Kind;
    for (Kind kind : {Kind::NodeAdded, Kind::NodeRemoved, Kind::NodeChanged, Kind::FlowAdded,
                      Kind::FlowRemoved, Kind::FlowChanged}) {
        DiffMarkItem mark(kind, QStringLiteral("n1"));
        mark.setLabel(QStringLiteral("Changed: zone"));
        mark.setTitle(QStringLiteral("Collector"));
        QPainterPath path(QPointF(0, 0));
        path.quadTo(QPointF(200, 40), QPointF(400, 300));
        mark.setPath(path);
        QCOMPARE(paintAlone(&mark, scale, true), paintAlone(&mark, scale, false));
    }
    w.document()->undoStack()->setClean();
}

void TestZoomedOut::zoomedOutCanvasMatchesTheScene()
{
    // The canvas zoomed out (its items painted without Qt saving the painter between them)
    // against QGraphicsScene::render() of the same part of the scene into an image of the
    // same size: the same zones, cards, flows and selection.
    MainWindow w;
    QVERIFY(showExample(&w));
    CanvasView *view = w.view();
    DesignScene *scene = w.scene();
    scene->selectOnly({w.document()->design().nodes.front().id}, {});
    QVERIFY(zoomOut(view));
    const QImage shown = view->viewport()->grab().toImage();
    QVERIFY(view->optimizationFlags() & QGraphicsView::DontSavePainterState);

    QImage rendered(shown.size(), QImage::Format_ARGB32_Premultiplied);
    rendered.setDevicePixelRatio(shown.devicePixelRatio());
    rendered.fill(Qt::white);
    {
        QPainter p(&rendered);
        p.setRenderHints(view->renderHints());
        const QRectF target(QPointF(0, 0), QSizeF(view->viewport()->size()));
        scene->render(&p, target, view->mapToScene(view->viewport()->rect()).boundingRect(),
                      Qt::IgnoreAspectRatio);
    }
    const QImage a = shown.convertToFormat(QImage::Format_RGB32);
    const QImage b = rendered.convertToFormat(QImage::Format_RGB32);
    QCOMPARE(a.size(), b.size());
    const int differ = differing(a, b);
    const int all = a.width() * a.height();
    QVERIFY2(differ * 100 < all,
             qPrintable(QStringLiteral("%1 of %2 pixels differ").arg(differ).arg(all)));
    // Something is drawn: zones cover much of the view, and the selection shows.
    int selection = 0, background = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            selection += a.pixel(x, y) == qRgb(0x1f, 0x6f, 0xd1);
            background += a.pixel(x, y) == qRgb(0xfa, 0xfb, 0xfc);
        }
    QVERIFY(selection > 0);
    QVERIFY(background < a.width() * a.height() * 9 / 10);
    w.document()->undoStack()->setClean();
}

void TestZoomedOut::overviewInDetailAfterAZoomedOutFrame()
{
    // The canvas turns off Qt's saving of the painter between items for zoomed-out frames.
    // The overview of a part of the design shown in detail (QGraphicsScene::render) must
    // still give each item the painter as it was, whichever frame the canvas painted last
    // (Qt 6.4 puts the setting back after each view's paint event; this holds it to that):
    // the same picture, and a careless item's font does not reach the next item.
    MainWindow w;
    QVERIFY(showExample(&w));
    CanvasView *view = w.view();
    DesignScene *scene = w.scene();
    const QString id = w.document()->design().nodes.front().id;
    const QRectF detail = scene->nodeItem(id)->sceneBoundingRect().adjusted(-300, -300, 300, 300);
    auto *setter = new FontSetter;
    auto *probe = new FontProbe;
    setter->setPos(detail.center());
    probe->setPos(detail.center());
    setter->setZValue(60);
    probe->setZValue(61);
    scene->addOverlayItem(setter);
    scene->addOverlayItem(probe);
    QImage one(1, 1, QImage::Format_RGB32);
    const int painterSize = QPainter(&one).font().pointSize();
    QVERIFY(painterSize != 31);
    auto overview = [&] {
        QImage image = white(QSize(400, 300));
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        scene->renderOverview(&p, QRectF(0, 0, 400, 300), detail);
        return image;
    };

    view->resetZoom();
    QTRY_VERIFY_WITH_TIMEOUT(!view->inMotion(), CanvasView::kSettleMs * 20);
    view->viewport()->grab();
    QVERIFY(!(view->optimizationFlags() & QGraphicsView::DontSavePainterState));
    probe->seen = -1;
    const QImage afterDetail = overview();
    QCOMPARE(probe->seen, painterSize);

    // In the zoomed-out canvas frame itself the careless font does reach the probe: the
    // items that paint there (zones, comparison marks, the tools' previews) set all they use.
    QVERIFY(zoomOut(view));
    probe->seen = -1;
    view->viewport()->grab();
    QVERIFY(view->optimizationFlags() & QGraphicsView::DontSavePainterState);
    QCOMPARE(probe->seen, 31);
    probe->seen = -1;
    const QImage afterZoomedOut = overview();
    QCOMPARE(probe->seen, painterSize);
    QCOMPARE(afterZoomedOut, afterDetail);
    w.document()->undoStack()->setClean();
}

QTEST_MAIN(TestZoomedOut)
#include "tst_zoomedout.moc"
