// The canvas's line layer: LineRaster draws what QPainter draws aliased (to a pixel), and
// the scene uses it on screen in draft frames and zoomed out, never on vector devices;
// edits start draft frames like pans and zooms do.
#include "testutil.h"

#include "commands/commands.h"
#include "document/document.h"
#include "mainwindow.h"
#include "scene/canvasview.h"
#include "scene/designscene.h"
#include "scene/draftpictures.h"
#include "scene/flowitem.h"
#include "scene/lineraster.h"
#include "scene/lod.h"
#include "scene/nodeitem.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGraphicsObject>
#include <QImage>
#include <QPainter>
#include <QTest>
#include <QUndoStack>

#include <cmath>

using namespace portolan;
using namespace portolan::gui;

namespace {

QImage white(const QSize &size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    return image;
}

/// The raster's picture over white.
QImage composed(const LineRaster &r)
{
    QImage out = white(r.image().size());
    QPainter p(&out);
    p.drawImage(0, 0, r.image());
    return out;
}

bool isInk(QRgb c)
{
    return c != qRgb(255, 255, 255);
}

/// How many inked pixels of `a` have no inked pixel of `b` within `radius`.
int strays(const QImage &a, const QImage &b, int radius)
{
    int n = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            if (!isInk(a.pixel(x, y)))
                continue;
            bool near = false;
            for (int dy = -radius; dy <= radius && !near; ++dy) {
                for (int dx = -radius; dx <= radius && !near; ++dx) {
                    const int u = x + dx, v = y + dy;
                    near = b.rect().contains(u, v) && isInk(b.pixel(u, v));
                }
            }
            n += !near;
        }
    }
    return n;
}

int inked(const QImage &image)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += isInk(image.pixel(x, y));
    return n;
}

/// Whether a pixel within `radius` of `at` is close to `color`.
bool colourNear(const QImage &image, const QPoint &at, const QColor &color, int radius = 2)
{
    for (int dy = -radius; dy <= radius; ++dy) {
        for (int dx = -radius; dx <= radius; ++dx) {
            const QPoint p = at + QPoint(dx, dy);
            if (!image.rect().contains(p))
                continue;
            const QColor c = image.pixelColor(p);
            if (std::abs(c.red() - color.red()) + std::abs(c.green() - color.green())
                        + std::abs(c.blue() - color.blue())
                < 60)
                return true;
        }
    }
    return false;
}

const QString kExample =
        QStringLiteral(PORTOLAN_SOURCE_DIR "/data/examples/appmon-three-tier.portolan");

/// The main window shown with the three-tier example open.
bool showExample(MainWindow *w)
{
    w->resize(1280, 800);
    w->show();
    return QTest::qWaitForWindowExposed(w)
           && w->openFile(kExample, true);
}

/// A red square: stands for a comparison mark in the overview tests.
class Mark : public QGraphicsObject
{
public:
    QRectF boundingRect() const override { return QRectF(0, 0, 400, 400); }
    void paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        p->fillRect(boundingRect(), Qt::red);
    }
};

int countColour(const QImage &image, QRgb color)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += image.pixel(x, y) == color;
    return n;
}

} // namespace

class TestLineRaster : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { testutil::isolateSettings(); }
    void linesMatchQPainter();
    void widthsDashesAndBlending();
    void clippingKeepsDashesAndSurvivesHugeInput();
    void shapesMatchQPainter();
    void draftPicturesMatchTheirVectors();
    void sceneDrawsLinesOnScreenOnly();
    void draftFrameShowsTheSameFlows();
    void editsDrawDraftFrames();
    void overviewMatchesTheScene();
    void overviewShowsTheWholeDesign();
};

void TestLineRaster::linesMatchQPainter()
{
    // Lines and curves in every direction: what the raster sets lies on QPainter's aliased
    // drawing of the same path, and the other way round.
    const QSize size(300, 200);
    const QTransform toDevice = QTransform::fromScale(1.5, 1.5).translate(10, 5);
    LineRaster r;
    r.begin(QRect(QPoint(0, 0), size), toDevice);
    QImage reference = white(size);
    QPainter p(&reference);
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setTransform(toDevice);
    p.setPen(QPen(Qt::black, 0));
    const LineRaster::Pen pen{qRgb(0, 0, 0), 1, 0, 0};
    const QPointF centre(90, 60);
    for (int i = 0; i < 16; ++i) {
        const qreal a = i * M_PI / 8 + 0.1;
        const QPointF end = centre + QPointF(std::cos(a), std::sin(a)) * 55;
        r.strokeLine(centre, end, pen);
        p.drawLine(centre, end);
    }
    QPainterPath curve(QPointF(5, 120));
    curve.quadTo(QPointF(90, 20), QPointF(180, 125));
    r.strokeQuad(QPointF(5, 120), QPointF(90, 20), QPointF(180, 125), pen);
    p.drawPath(curve);
    p.end();
    const QImage drawn = composed(r);
    QVERIFY(inked(drawn) > 900);
    QCOMPARE(strays(drawn, reference, 1), 0);
    QCOMPARE(strays(reference, drawn, 1), 0);
}

void TestLineRaster::widthsDashesAndBlending()
{
    LineRaster r;
    r.begin(QRect(0, 0, 100, 60), QTransform());
    // A horizontal line three pixels wide covers exactly three rows from end to end.
    r.strokeLine(QPointF(10, 10.5), QPointF(90, 10.5), {qRgb(0, 0, 255), 3, 0, 0});
    QImage image = composed(r);
    for (int x = 10; x <= 90; ++x) {
        for (int y = 7; y <= 13; ++y)
            QCOMPARE(isInk(image.pixel(x, y)), y >= 9 && y <= 11);
    }
    // Dashes: four on, two off, from the start of the line.
    r.begin(QRect(0, 0, 100, 60), QTransform());
    r.strokeLine(QPointF(0, 20.5), QPointF(99, 20.5), {qRgb(0, 0, 0), 1, 4, 2});
    image = composed(r);
    for (int x = 0; x < 96; ++x)
        QCOMPARE(isInk(image.pixel(x, 20)), x % 6 < 4);
    // A translucent pen blends once per pixel: a curve through itself stays even.
    r.begin(QRect(0, 0, 100, 60), QTransform());
    r.strokeQuad(QPointF(5, 50), QPointF(50, 0), QPointF(95, 50), {qRgba(255, 0, 0, 128), 2, 0, 0});
    image = composed(r);
    int red = 0;
    for (int y = 0; y < 60; ++y) {
        for (int x = 0; x < 100; ++x) {
            const QRgb c = image.pixel(x, y);
            if (!isInk(c))
                continue;
            ++red;
            QVERIFY2(std::abs(qGreen(c) - 127) <= 2,
                     qPrintable(QStringLiteral("%1,%2: %3").arg(x).arg(y).arg(qGreen(c))));
        }
    }
    QVERIFY(red > 150);
}

void TestLineRaster::clippingKeepsDashesAndSurvivesHugeInput()
{
    // The same dashed line drawn into the whole area and into a window of it: the window's
    // pixels are the same (the pattern is counted from the line's start, not the edge).
    const LineRaster::Pen dashed{qRgb(0, 0, 0), 1, 4, 2};
    LineRaster whole, part;
    whole.begin(QRect(0, 0, 400, 300), QTransform());
    whole.strokeQuad(QPointF(-50, 280), QPointF(200, -150), QPointF(450, 260), dashed);
    part.begin(QRect(150, 20, 120, 90), QTransform());
    part.strokeQuad(QPointF(-50, 280), QPointF(200, -150), QPointF(450, 260), dashed);
    const QImage w = composed(whole), p = composed(part);
    int compared = 0;
    for (int y = 0; y < 90; ++y) {
        for (int x = 0; x < 120; ++x) {
            QCOMPARE(p.pixel(x, y), w.pixel(x + 150, y + 20));
            compared += isInk(p.pixel(x, y));
        }
    }
    QVERIFY(compared > 20);
    // Far outside, huge or not numbers: nothing drawn, at once.
    QElapsedTimer t;
    t.start();
    LineRaster r;
    r.begin(QRect(0, 0, 50, 50), QTransform());
    r.strokeLine(QPointF(-1e9, -1e9), QPointF(1e9, 1e9 + 7), {qRgb(0, 0, 0), 1, 0, 0});
    r.strokeLine(QPointF(qQNaN(), 0), QPointF(10, 10), {qRgb(0, 0, 0), 1, 0, 0});
    r.strokeQuad(QPointF(1e12, 0), QPointF(0, 1e12), QPointF(-1e12, 5), dashed);
    r.fillTriangle(QPointF(-1e9, 0), QPointF(1e9, 0), QPointF(0, 1e9), qRgb(0, 0, 0));
    QVERIFY(t.elapsed() < 2000);
    QVERIFY(inked(composed(r)) <= 50 * 50);
}

void TestLineRaster::shapesMatchQPainter()
{
    // Triangles (arrow heads) and rectangles (cards, firewall bricks) cover the pixels
    // QPainter's aliased fill covers, give or take the edge.
    LineRaster r;
    r.begin(QRect(0, 0, 120, 80), QTransform());
    const QPointF tri[3] = {QPointF(10, 10), QPointF(70, 30), QPointF(25, 70)};
    r.fillTriangle(tri[0], tri[1], tri[2], qRgb(0, 0, 0));
    r.fillRect(QRectF(80.3, 10.6, 30.2, 20.1), qRgb(0, 0, 0));
    QImage reference = white(QSize(120, 80));
    {
        QPainter p(&reference);
        p.setPen(Qt::NoPen);
        p.setBrush(Qt::black);
        p.drawPolygon(tri, 3);
        p.drawRect(QRectF(80.3, 10.6, 30.2, 20.1));
    }
    const QImage drawn = composed(r);
    QVERIFY(std::abs(inked(drawn) - inked(reference)) < inked(reference) / 20);
    QCOMPARE(strays(drawn, reference, 1), 0);
    QCOMPARE(strays(reference, drawn, 1), 0);
    // An outline is the rectangle's border pixels only.
    r.begin(QRect(0, 0, 40, 40), QTransform());
    r.outlineRect(QRectF(5, 5, 20, 10), qRgb(0, 0, 0));
    const QImage outline = composed(r);
    QVERIFY(isInk(outline.pixel(5, 5)) && isInk(outline.pixel(24, 14)));
    QVERIFY(!isInk(outline.pixel(15, 10)));
}

void TestLineRaster::draftPicturesMatchTheirVectors()
{
    // A card drawn through its picture lands where its vectors do (to a pixel), the
    // picture is made once per scale, and a rotated painter gets no picture.
    int made = 0;
    const QRectF card(10.3, 7.7, 160, 60);
    auto paint = [&](QPainter *q) {
        ++made;
        q->setRenderHint(QPainter::Antialiasing, true);
        q->setPen(QPen(QColor(0x9a, 0xa6, 0xb4), 2));
        q->setBrush(Qt::white);
        q->drawRoundedRect(card, 6, 6);
    };
    const QRectF bounds = card.adjusted(-2, -2, 2, 2);
    for (const qreal scale : {0.37, 0.61, 1.0}) {
        QImage vectors = white(QSize(140, 70)), picture = white(QSize(140, 70));
        for (QImage *image : {&vectors, &picture}) {
            QPainter p(image);
            p.translate(3.4, 2.2);
            p.scale(scale, scale);
            if (image == &vectors)
                paint(&p);
            else
                QVERIFY(draft::drawPicture(&p, bounds, 42, paint));
        }
        // Every pixel of one has a pixel of about the same shade within one pixel in the
        // other (antialiased edges half a pixel apart shade differently).
        auto matched = [](const QImage &a, const QImage &b) {
            int unmatched = 0;
            for (int y = 1; y < a.height() - 1; ++y) {
                for (int x = 1; x < a.width() - 1; ++x) {
                    bool found = false;
                    for (int dy = -1; dy <= 1 && !found; ++dy)
                        for (int dx = -1; dx <= 1 && !found; ++dx)
                            found = std::abs(qGray(a.pixel(x, y))
                                             - qGray(b.pixel(x + dx, y + dy)))
                                    < 40;
                    unmatched += !found;
                }
            }
            return unmatched;
        };
        QVERIFY(inked(vectors) > 40);
        QCOMPARE(matched(vectors, picture), 0);
        QCOMPARE(matched(picture, vectors), 0);
    }
    made = 0;
    QImage image = white(QSize(100, 100));
    QPainter p(&image);
    p.scale(0.5, 0.5);
    for (int i = 0; i < 3; ++i)
        QVERIFY(draft::drawPicture(&p, bounds, 7, paint));
    QCOMPARE(made, 1);
    p.rotate(10);
    QVERIFY(!draft::drawPicture(&p, bounds, 7, paint));
}

void TestLineRaster::sceneDrawsLinesOnScreenOnly()
{
    Document doc;
    QString error;
    QVERIFY2(doc.open(kExample, &error),
             qPrintable(error));
    DesignScene scene(&doc);
    const QRectF source = scene.contentBounds();
    // Zoomed out into an image: the cards white with their outline, every visible flow
    // in its colour at its middle, drawn by the scene's layer.
    const qreal zoom = lod::kDetail * 0.9;
    QImage image = white((source.size() * zoom).toSize() + QSize(2, 2));
    {
        QPainter p(&image);
        scene.render(&p, QRectF(QPointF(0, 0), source.size() * zoom), source);
    }
    const QTransform toImage =
            QTransform::fromScale(zoom, zoom).translate(-source.left(), -source.top());
    // (A flow's middle may lie under a card or another flow: most show their colour.)
    int flows = 0, shown = 0;
    for (FlowItem *f : scene.flowItems()) {
        if (!f->isVisible())
            continue;
        ++flows;
        const QPointF mid = toImage.map(f->path().pointAtPercent(0.5));
        shown += colourNear(image, mid.toPoint(), f->style(false).color, 2);
    }
    QVERIFY(flows > 5);
    QVERIFY2(shown * 10 >= flows * 8, qPrintable(QStringLiteral("%1 of %2").arg(shown).arg(flows)));
    for (const core::Node &n : doc.design().nodes) {
        NodeItem *item = scene.nodeItem(n.id);
        const QRectF card = toImage.mapRect(item->nodeRect().translated(item->pos()));
        QCOMPARE(image.pixel(card.center().toPoint()), qRgb(255, 255, 255));
        QVERIFY(colourNear(image, QPoint(int(card.left()), int(card.center().y())),
                           item->outline(false).color(), 1));
    }
}

void TestLineRaster::draftFrameShowsTheSameFlows()
{
    // The view mid-zoom in a draft frame and once still: the draft's lines lie on the
    // full-quality frame's (within the width of an antialiased edge).
    MainWindow w;
    QVERIFY(showExample(&w));
    CanvasView *view = w.view();
    view->fitToView();
    QTRY_VERIFY(!view->inMotion());
    view->zoomBy(1.15);
    QVERIFY(view->inMotion());
    const QImage draft = view->viewport()->grab().toImage();
    QTRY_VERIFY_WITH_TIMEOUT(!view->inMotion(), CanvasView::kSettleMs * 20);
    const QImage still = view->viewport()->grab().toImage();
    // Each flow on screen shows its colour along its curve in both frames (the full-quality
    // frame's thin lines are antialiased: a paler shade of it). Not at the middle, where
    // the port label sits.
    int flows = 0, inDraft = 0, inStill = 0;
    for (FlowItem *f : w.scene()->flowItems()) {
        const QPoint mid = (QPointF(view->mapFromScene(f->path().pointAtPercent(0.3)))
                            * draft.devicePixelRatio())
                                   .toPoint(); // device pixels (a high-DPI screen: two per point)
        if (!f->isVisible() || !draft.rect().adjusted(3, 3, -3, -3).contains(mid))
            continue;
        ++flows;
        const QColor c = f->style(false).color;
        inDraft += colourNear(draft, mid, c, 2);
        const QColor pale((c.red() + 510) / 3, (c.green() + 510) / 3, (c.blue() + 510) / 3);
        inStill += colourNear(still, mid, c, 2) || colourNear(still, mid, pale, 2);
    }
    QVERIFY(flows > 5);
    const QString counts = QStringLiteral("%1 and %2 of %3").arg(inDraft).arg(inStill).arg(flows);
    QVERIFY2(inDraft * 10 >= flows * 8, qPrintable(counts));
    QVERIFY2(inStill * 10 >= flows * 8, qPrintable(counts));
    // Besides the lines the two frames are the same picture (cards, text, zones).
    int differ = 0;
    for (int y = 0; y < draft.height(); ++y)
        for (int x = 0; x < draft.width(); ++x)
            differ += draft.pixel(x, y) != still.pixel(x, y);
    QVERIFY2(differ * 10 < draft.width() * draft.height(), qPrintable(QString::number(differ)));
    w.document()->undoStack()->setClean();
}

void TestLineRaster::editsDrawDraftFrames()
{
    MainWindow w;
    QVERIFY(showExample(&w));
    CanvasView *view = w.view();
    QVERIFY(!view->inMotion()); // an opened design is drawn at full quality at once
    QTRY_VERIFY(view->fullFrameMs() > 0); // its first full-quality frame was timed
    Document *doc = w.document();
    const QString id = doc->design().nodes.front().id;
    // When full-quality frames are slow, an edit and its undo are drawn as drafts first...
    view->setDraftEditThreshold(0);
    doc->undoStack()->push(Commands::move(doc, {id}, {}, QPointF(40, 0)));
    QVERIFY(view->inMotion());
    QTRY_VERIFY_WITH_TIMEOUT(!view->inMotion(), CanvasView::kSettleMs * 20);
    doc->undoStack()->undo();
    QVERIFY(view->inMotion());
    QTRY_VERIFY_WITH_TIMEOUT(!view->inMotion(), CanvasView::kSettleMs * 20);
    QVERIFY(view->renderHints() & QPainter::Antialiasing);
    // ...and when they are fast, at full quality at once.
    view->setDraftEditThreshold(1e9);
    doc->undoStack()->redo();
    QVERIFY(!view->inMotion());
    QVERIFY(view->renderHints() & QPainter::Antialiasing);
    doc->undoStack()->setClean();
}

void TestLineRaster::overviewMatchesTheScene()
{
    // The overview draws zones and overlays itself and the rest as the line layer: the
    // same picture as QGraphicsScene::render(), with a selected node, hidden flows and a
    // mark on top.
    Document doc;
    QString error;
    QVERIFY2(doc.open(QStringLiteral(PORTOLAN_SOURCE_DIR
                                     "/data/examples/mixed-operations-centre.portolan"),
                      &error),
             qPrintable(error));
    DesignScene scene(&doc);
    const QString selected = doc.design().nodes.front().id;
    scene.selectOnly({selected}, {});
    FlowFilter filter = scene.flowFilter();
    filter.crossingOnly = true;
    scene.setFlowFilter(filter);
    int hidden = 0;
    for (FlowItem *f : scene.flowItems())
        hidden += !f->isVisible();
    QVERIFY(hidden > 0);
    auto *mark = new Mark;
    mark->setPos(scene.nodeItem(selected)->pos() + QPointF(300, 300));
    mark->setZValue(50);
    scene.addOverlayItem(mark);

    const QRectF source = scene.contentBounds();
    const QRectF target(3, 5, 300, 200);
    QVERIFY(std::min(target.width() / source.width(), target.height() / source.height())
            < lod::kDetail);
    auto draw = [&](bool overview) {
        QImage image = white(QSize(310, 212));
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        if (overview)
            scene.renderOverview(&p, target, source);
        else
            scene.render(&p, target, source, Qt::KeepAspectRatio);
        return image;
    };
    const QImage byItems = draw(false);
    const QImage overview = draw(true);
    int differ = 0;
    for (int y = 0; y < overview.height(); ++y)
        for (int x = 0; x < overview.width(); ++x)
            differ += overview.pixel(x, y) != byItems.pixel(x, y);
    QVERIFY2(differ * 200 < overview.width() * overview.height(),
             qPrintable(QStringLiteral("%1 pixels differ").arg(differ)));
    QVERIFY(inked(overview) > overview.width() * overview.height() / 4); // zones, cards, flows
    QVERIFY(countColour(overview, qRgb(255, 0, 0)) > 4);                 // the mark
    QVERIFY(countColour(overview, qRgb(0x1f, 0x6f, 0xd1)) > 0);          // the selection

    // The mark gone (deleted by its owner), it is gone from the overview too.
    delete mark;
    const QImage without = draw(true);
    QCOMPARE(countColour(without, qRgb(255, 0, 0)), 0);

    // Through a painter that is scaled already (printing, a high-resolution export) the
    // level of detail is the painter's: in detail here, so the items draw themselves.
    {
        QImage a = white(QSize(1240, 848)), b = a;
        QPainter pa(&a), pb(&b);
        pa.scale(4, 4);
        pb.scale(4, 4);
        scene.render(&pa, target, source, Qt::KeepAspectRatio);
        scene.renderOverview(&pb, target, source);
        pa.end();
        pb.end();
        QCOMPARE(b, a);
    }

    // Shown in detail (a small source), the items draw themselves as in render().
    const QRectF detail(scene.nodeItem(selected)->sceneBoundingRect().adjusted(-100, -100, 100, 100));
    QImage a = white(QSize(310, 212)), b = a;
    {
        QPainter p(&a);
        scene.render(&p, target, detail, Qt::KeepAspectRatio);
    }
    {
        QPainter p(&b);
        scene.renderOverview(&p, target, detail);
    }
    QCOMPARE(a, b);
}

/// The bounds of every item but the tiles (whose loose bounds itemsBoundingRect() counts).
static QRectF itemsBounds(const QGraphicsScene &scene)
{
    QRectF r;
    for (const QGraphicsItem *i : scene.items()) {
        if (!isTile(i))
            r |= i->sceneBoundingRect();
    }
    return r;
}

void TestLineRaster::overviewShowsTheWholeDesign()
{
    // The overview's bounds come from zones and cards; with the minimap's margin they hold
    // every item of every bundled example, flows with their labels included.
    const QDir dir(QStringLiteral(PORTOLAN_SOURCE_DIR "/data/examples"));
    const QStringList files = dir.entryList({QStringLiteral("*.portolan")});
    QVERIFY(files.size() >= 5);
    for (const QString &file : files) {
        Document doc;
        QString error;
        QVERIFY2(doc.open(dir.filePath(file), &error), qPrintable(error));
        DesignScene scene(&doc);
        const QRectF bounds = scene.overviewBounds();
        const QRectF shown = bounds.adjusted(-40, -40, 40, 40); // as MiniMap::refit
        const QRectF items = itemsBounds(scene);
        QVERIFY2(shown.contains(items),
                 qPrintable(QStringLiteral("%1: %2 %3 %4 %5 vs %6 %7 %8 %9")
                                    .arg(file)
                                    .arg(shown.left()).arg(shown.top()).arg(shown.right()).arg(shown.bottom())
                                    .arg(items.left()).arg(items.top())
                                    .arg(items.right()).arg(items.bottom())));
        // and not much more: the zones and cards themselves
        QVERIFY(items.contains(bounds));
        // Fit to view and the scroll bars see the same as the items, not the tiles.
        QCOMPARE(scene.contentBounds(), items);
        QCOMPARE(scene.sceneRect(), items);
    }
}

QTEST_MAIN(TestLineRaster)
#include "tst_lineraster.moc"
