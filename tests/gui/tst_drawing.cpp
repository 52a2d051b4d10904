// How the canvas draws for speed, checked for what the user sees: draft frames while the
// view moves and a full-quality frame once it is still, long links drawn only where they
// show (with the dots where they were), node texts laid out once but always current, and
// the automatic layout of large zones.
#include "testutil.h"

#include "document/autolayout.h"
#include "document/document.h"
#include "document/geometry.h"
#include "mainwindow.h"
#include "scene/canvasview.h"
#include "scene/designscene.h"
#include "scene/flowitem.h"
#include "scene/linkitem.h"
#include "scene/lod.h"
#include "scene/nodeitem.h"

#include <QImage>
#include <QPainter>
#include <QScrollBar>
#include <QStyleOptionGraphicsItem>
#include <QTest>
#include <QUndoStack>

using namespace portolan;
using namespace portolan::gui;

namespace {

/// Paints `item` into an image the way a view at 100 % does, with `exposed` (item
/// coordinates) as the exposed rectangle; returns whether the item left antialiasing on.
bool paintInto(QImage *image, QGraphicsItem *item, const QRectF &exposed, bool antialiased,
               qreal zoom = 1.0)
{
    QPainter p(image);
    p.setRenderHint(QPainter::Antialiasing, antialiased);
    p.scale(zoom, zoom);
    QStyleOptionGraphicsItem option;
    option.exposedRect = exposed;
    option.state = QStyle::State_Enabled;
    item->paint(&p, &option, nullptr);
    return p.testRenderHint(QPainter::Antialiasing);
}

QImage blank(const QSize &size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    return image;
}

core::Design bigZones(int zones, int nodesPerZone)
{
    core::Design d;
    core::Zone dc;
    dc.id = QStringLiteral("dc");
    dc.name = QStringLiteral("Data centre");
    d.zones.push_back(dc);
    for (int z = 0; z < zones; ++z) {
        core::Zone zone;
        zone.id = QStringLiteral("z%1").arg(z);
        zone.name = QStringLiteral("Zone %1").arg(z);
        zone.parent = dc.id;
        d.zones.push_back(zone);
        for (int n = 0; n < nodesPerZone; ++n) {
            core::Node node;
            node.id = QStringLiteral("n%1_%2").arg(z).arg(n);
            node.name = node.id;
            node.type = QStringLiteral("appmon.agent");
            node.zone = zone.id;
            d.nodes.push_back(node);
        }
    }
    return d;
}

} // namespace

class TestDrawing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { testutil::isolateSettings(); }
    void draftFramesWhileTheViewMoves();
    void flowsFollowThePaintersQuality();
    void longLinkDrawsItsVisiblePart();
    void nodeTextsFollowTheirData();
    void largeZonesAreLaidOutWide();
};

void TestDrawing::draftFramesWhileTheViewMoves()
{
    MainWindow w;
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openFile(QStringLiteral(PORTOLAN_SOURCE_DIR "/data/examples/appmon-three-tier.portolan"), true));
    CanvasView *view = w.view();
    QTRY_VERIFY(!view->inMotion());
    QVERIFY(view->renderHints() & QPainter::Antialiasing);

    // A zoom step, a scroll and a drag each start draft frames...
    view->zoomBy(1.15);
    QVERIFY(view->inMotion());
    QVERIFY(!(view->renderHints() & QPainter::Antialiasing));
    QVERIFY(view->renderHints() & QPainter::TextAntialiasing); // text stays smooth
    // ...and the view returns to full quality once still for kSettleMs.
    QTRY_VERIFY_WITH_TIMEOUT(!view->inMotion(), CanvasView::kSettleMs * 20);
    QVERIFY(view->renderHints() & QPainter::Antialiasing);

    view->zoomBy(3);
    QTRY_VERIFY(!view->inMotion());
    QScrollBar *h = view->horizontalScrollBar();
    QVERIFY(h->maximum() > h->minimum());
    h->setValue(h->value() == h->maximum() ? h->value() - 30 : h->value() + 30);
    QVERIFY(view->inMotion());
    // Motion keeps the draft going: the settle timer restarts with every step.
    for (int i = 0; i < 4; ++i) {
        QTest::qWait(CanvasView::kSettleMs / 2);
        view->zoomBy(i % 2 ? 1.15 : 1 / 1.15);
        QVERIFY(view->inMotion());
    }
    QTRY_VERIFY_WITH_TIMEOUT(!view->inMotion(), CanvasView::kSettleMs * 20);

    const QPoint centre = view->viewport()->rect().center();
    QTest::mousePress(view->viewport(), Qt::MiddleButton, {}, centre);
    QMouseEvent move(QEvent::MouseMove, QPointF(centre + QPoint(25, 10)),
                     view->viewport()->mapToGlobal(QPointF(centre + QPoint(25, 10))),
                     Qt::NoButton, Qt::MiddleButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view->viewport(), &move);
    QVERIFY(view->inMotion());
    QTest::mouseRelease(view->viewport(), Qt::MiddleButton, {}, centre + QPoint(25, 10));
    QTRY_VERIFY_WITH_TIMEOUT(!view->inMotion(), CanvasView::kSettleMs * 20);
    QVERIFY(view->renderHints() & QPainter::Antialiasing);
    w.document()->undoStack()->setClean();
}

void TestDrawing::flowsFollowThePaintersQuality()
{
    FlowItem flow(QStringLiteral("a|b|tcp|r"));
    flow.setGeometry(QRectF(0, 0, 120, 60), QRectF(600, 300, 120, 60), 0, {});
    QImage image = blank(QSize(800, 400));
    const QRectF all = flow.boundingRect();
    // Full quality at a readable zoom; a draft frame (painter without antialiasing) and a
    // zoom below the level of detail draw plain lines.
    QVERIFY(paintInto(&image, &flow, all, true));
    QVERIFY(!paintInto(&image, &flow, all, false));
    QVERIFY(!paintInto(&image, &flow, all, true, lod::kDetail * 0.9));
    // The draft draws the same curve: the pixels it sets lie on the smooth one's.
    QImage smooth = blank(QSize(800, 400)), draft = blank(QSize(800, 400));
    paintInto(&smooth, &flow, all, true);
    paintInto(&draft, &flow, all, false);
    int drawn = 0, off = 0;
    for (int y = 0; y < draft.height(); ++y) {
        for (int x = 0; x < draft.width(); ++x) {
            if (draft.pixel(x, y) == qRgb(255, 255, 255))
                continue;
            ++drawn;
            off += smooth.pixel(x, y) == qRgb(255, 255, 255);
        }
    }
    QVERIFY(drawn > 300);
    QVERIFY2(off * 50 < drawn, qPrintable(QStringLiteral("%1 of %2").arg(off).arg(drawn)));
}

void TestDrawing::longLinkDrawsItsVisiblePart()
{
    LinkItem link(QStringLiteral("a"), QStringLiteral("b"));
    // Long, but short enough for Qt to dash the whole line too (beyond about 10,000 dots
    // its dash stroker draws a solid line, which the clipped drawing now avoids).
    link.setLine(QLineF(-6000, -2700, 6000, 2700));
    // Bounds without stroking: the line's box and a small margin.
    QVERIFY(link.boundingRect().contains(QRectF(-6000, -2700, 12000, 5400)));
    QVERIFY(QRectF(-6010, -2710, 12020, 5420).contains(link.boundingRect()));

    // Draw the part inside a 400 x 300 window, and the whole link: inside the window the
    // pixels are the same (the dots do not shift), and nothing is drawn far outside it.
    const QRectF window(-200, -150, 400, 300);
    QImage part = blank(QSize(1200, 900)), whole = blank(QSize(1200, 900));
    auto draw = [&](QImage *image, const QRectF &exposed) {
        QPainter p(image);
        p.setRenderHint(QPainter::Antialiasing, false);
        p.translate(600, 450);
        QStyleOptionGraphicsItem option;
        option.exposedRect = exposed;
        option.state = QStyle::State_Enabled;
        link.paint(&p, &option, nullptr);
    };
    draw(&part, window);
    draw(&whole, link.boundingRect());
    int inside = 0, differ = 0, outside = 0;
    for (int y = 0; y < 900; ++y) {
        for (int x = 0; x < 1200; ++x) {
            const QPointF scenePoint(x - 600 + 0.5, y - 450 + 0.5);
            if (window.contains(scenePoint)) {
                inside += whole.pixel(x, y) != qRgb(255, 255, 255);
                differ += whole.pixel(x, y) != part.pixel(x, y);
            } else if (!window.adjusted(-6, -6, 6, 6).contains(scenePoint)) {
                outside += part.pixel(x, y) != qRgb(255, 255, 255);
            }
        }
    }
    QVERIFY(inside > 50); // dotted: about a third of the line's pixels
    QCOMPARE(differ, 0);
    QCOMPARE(outside, 0);
}

void TestDrawing::nodeTextsFollowTheirData()
{
    // The texts are laid out once and kept: after every change the card must look exactly
    // like a new card made with the same data.
    auto render = [](NodeItem *item) {
        QImage image = blank(QSize(260, 140));
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.translate(130, 70);
        QStyleOptionGraphicsItem option;
        option.exposedRect = item->boundingRect();
        option.state = QStyle::State_Enabled;
        item->paint(&p, &option, nullptr);
        return image;
    };
    NodeItem::Data data;
    data.name = QStringLiteral("collector-frankfurt-01");
    data.typeName = QStringLiteral("AppMon Collector");
    data.host = QStringLiteral("fra-col-01");
    data.address = QStringLiteral("10.1.2.3");
    NodeItem kept(QStringLiteral("n"));
    kept.setData(data);
    const QImage first = render(&kept);

    auto same = [&](const NodeItem::Data &d, qreal scale, const QColor &hostColor) {
        NodeItem fresh(QStringLiteral("n"));
        fresh.setData(d);
        fresh.setLabelScale(scale);
        fresh.setHostColor(hostColor);
        return render(&kept) == render(&fresh);
    };
    data.name = QStringLiteral("a much longer collector name that wraps onto two lines");
    kept.setData(data);
    QVERIFY(render(&kept) != first);
    QVERIFY(same(data, 1.0, QColor()));
    data.host = QStringLiteral("other-host");
    data.address.clear();
    kept.setData(data);
    QVERIFY(same(data, 1.0, QColor()));
    kept.setHostColor(QColor(0x8e, 0x44, 0xad)); // shared host: a badge appears
    QVERIFY(same(data, 1.0, QColor(0x8e, 0x44, 0xad)));
    kept.setLabelScale(1.3);
    QVERIFY(same(data, 1.3, QColor(0x8e, 0x44, 0xad)));
    kept.setHostColor(QColor());
    QVERIFY(same(data, 1.3, QColor()));
    // Markup in a name is shown as typed.
    data.name = QStringLiteral("<b>bold</b> & co");
    kept.setData(data);
    QVERIFY(same(data, 1.3, QColor()));
}

void TestDrawing::largeZonesAreLaidOutWide()
{
    core::Design d = bigZones(20, 100);
    autoLayout(&d);
    // A 100-node zone is about half as wide again as tall (it was 4 columns by 25 rows).
    const core::Zone &z0 = d.zones[1];
    QVERIFY(z0.hasRect);
    QVERIFY2(z0.rect.width() >= z0.rect.height()
                     && z0.rect.width() <= 2.5 * z0.rect.height(),
             qPrintable(QStringLiteral("%1 x %2").arg(z0.rect.width()).arg(z0.rect.height())));
    // Twenty zones in a grid of at most five columns, so the data centre is not a strip.
    const core::Zone &dc = d.zones[0];
    QVERIFY(dc.rect.width() >= dc.rect.height() / 2);
    QVERIFY(dc.rect.height() >= dc.rect.width() / 2);
    for (size_t i = 1; i < d.zones.size(); ++i) {
        QVERIFY(dc.rect.contains(d.zones[i].rect));
        for (size_t j = i + 1; j < d.zones.size(); ++j)
            QVERIFY(!d.zones[i].rect.intersects(d.zones[j].rect));
    }
    // Every node inside its zone, none overlapping its neighbours.
    QHash<QString, QRectF> zoneRect;
    for (const core::Zone &z : d.zones)
        zoneRect.insert(z.id, z.rect);
    const QSizeF card(metrics::kNodeWidth, metrics::kNodeHeight);
    for (size_t i = 0; i < d.nodes.size(); ++i) {
        const QRectF r(d.nodes[i].pos - QPointF(card.width() / 2, card.height() / 2), card);
        QVERIFY(zoneRect.value(d.nodes[i].zone).contains(r));
        if (i + 1 < d.nodes.size() && d.nodes[i + 1].zone == d.nodes[i].zone) {
            const QRectF next(d.nodes[i + 1].pos - QPointF(card.width() / 2, card.height() / 2),
                              card);
            QVERIFY(!r.intersects(next));
        }
    }
    // Small zones keep four to a row, as before.
    core::Design small = bigZones(2, 6);
    autoLayout(&small);
    QCOMPARE(small.nodes[3].pos.y(), small.nodes[0].pos.y());
    QVERIFY(small.nodes[4].pos.y() > small.nodes[0].pos.y() + metrics::kNodeHeight);
    QCOMPARE(small.nodes[4].pos.x(), small.nodes[0].pos.x());
}

QTEST_MAIN(TestDrawing)
#include "tst_drawing.moc"
