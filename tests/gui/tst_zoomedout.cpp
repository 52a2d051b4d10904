// Zoomed-out canvas frames: fills in bands of device rows (fillInBands) give exactly the
// picture of one fill; a zoomed-out canvas painted without Qt's save and restore around each
// item shows what QGraphicsScene::render() shows; and such a frame leaves the overview drawn
// in detail afterwards with the painter saved between items.
#include "testutil.h"

#include "mainwindow.h"
#include "scene/bandfill.h"
#include "scene/canvasview.h"
#include "scene/designscene.h"
#include "scene/lod.h"
#include "scene/nodeitem.h"

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

/// Zooms `view` out below the level of detail and waits until it is still.
void zoomOut(CanvasView *view)
{
    auto lod = [view] {
        return QStyleOptionGraphicsItem::levelOfDetailFromTransform(view->viewportTransform());
    };
    view->fitToView();
    for (int i = 0; i < 20 && lod() >= lod::kDetail * 0.8; ++i)
        view->zoomBy(1 / 1.15);
    QVERIFY(lod() < lod::kDetail);
    QTRY_VERIFY_WITH_TIMEOUT(!view->inMotion(), CanvasView::kSettleMs * 20);
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

} // namespace

class TestZoomedOut : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { testutil::isolateSettings(); }
    void bandsFillLikeOneFill_data();
    void bandsFillLikeOneFill();
    void zoomedOutCanvasMatchesTheScene();
    void overviewInDetailAfterAZoomedOutFrame();
};

void TestZoomedOut::bandsFillLikeOneFill_data()
{
    QTest::addColumn<qreal>("scale");
    QTest::addColumn<QPointF>("offset");
    QTest::addColumn<QRectF>("rect");
    QTest::newRow("zoomed out") << 0.09 << QPointF(13.4, 7.7) << QRectF(-120.3, 40.1, 5200.7, 6100.2);
    QTest::newRow("one band") << 0.2 << QPointF(0, 0) << QRectF(10, 10, 300, 200);
    QTest::newRow("at 100 %") << 1.0 << QPointF(0.5, 0.25) << QRectF(3.3, 1.9, 640.2, 470.6);
    QTest::newRow("past the edges") << 0.5 << QPointF(-40, -90) << QRectF(-500, -500, 3000, 3000);
}

void TestZoomedOut::bandsFillLikeOneFill()
{
    QFETCH(qreal, scale);
    QFETCH(QPointF, offset);
    QFETCH(QRectF, rect);
    // Translucent, as a zone's fill: a row filled twice or not at all would show.
    const QColor color(0x2e, 0x86, 0xc1, 200);
    QImage bands = white(QSize(700, 560)), once = bands;
    {
        QPainter p(&bands);
        p.translate(offset);
        p.scale(scale, scale);
        p.setPen(QPen(Qt::red, 3));
        p.setRenderHint(QPainter::Antialiasing, true);
        fillInBands(&p, rect, color);
        // The painter's state is as it was.
        QCOMPARE(p.pen().color(), QColor(Qt::red));
        QVERIFY(p.testRenderHint(QPainter::Antialiasing));
        QCOMPARE(p.worldTransform(), QTransform().translate(offset.x(), offset.y()).scale(scale, scale));
    }
    {
        QPainter p(&once);
        const QTransform t = QTransform().translate(offset.x(), offset.y()).scale(scale, scale);
        p.fillRect(t.mapRect(rect).toAlignedRect(), color);
    }
    QCOMPARE(bands, once);
    QVERIFY(bands.pixel(bands.width() / 2, bands.height() / 2) != qRgb(255, 255, 255)
            || !QTransform().translate(offset.x(), offset.y()).scale(scale, scale).mapRect(rect).contains(
                    QPointF(bands.width() / 2, bands.height() / 2)));
}

void TestZoomedOut::zoomedOutCanvasMatchesTheScene()
{
    // The canvas zoomed out (its items painted without Qt saving the painter between them)
    // against QGraphicsScene::render() of the same part of the scene into an image of the
    // same size: the same zones, cards, flows and selection.
    MainWindow w;
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openFile(kExample, true));
    CanvasView *view = w.view();
    DesignScene *scene = w.scene();
    scene->selectOnly({w.document()->design().nodes.front().id}, {});
    zoomOut(view);
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
    QVERIFY2(differ * 100 < a.width() * a.height(),
             qPrintable(QStringLiteral("%1 of %2 pixels differ").arg(differ).arg(a.width() * a.height())));
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
    // The canvas turns off Qt's saving of the painter between items for zoomed-out frames,
    // and Qt keeps that setting in the scene until the canvas paints again. The overview of
    // a part of the design shown in detail (QGraphicsScene::render) must still give each
    // item the painter as it was: the same picture whichever frame the canvas painted
    // last, and a careless item's font does not reach the next item.
    MainWindow w;
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openFile(kExample, true));
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
    zoomOut(view);
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
