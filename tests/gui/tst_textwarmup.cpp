// The cards' texts are shaped in idle time once a design is opened or its labels change
// (TextWarmup), so that the first frame in detail need not shape them: every card ends up
// shaped for the font the view paints with, cards removed meanwhile are skipped, and a
// card shaped ahead paints exactly as one shaped while painting.
#include "testutil.h"

#include "commands/commands.h"
#include "document/document.h"
#include "mainwindow.h"
#include "scene/canvasview.h"
#include "scene/designscene.h"
#include "scene/nodeitem.h"
#include "scene/textwarmup.h"

#include <QImage>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QTest>
#include <QUndoStack>

using namespace portolan;
using namespace portolan::gui;

namespace {

const char kExample[] = PORTOLAN_SOURCE_DIR "/data/examples/mixed-operations-centre.portolan";

bool showWindow(MainWindow *w)
{
    w->resize(1280, 800);
    w->show();
    return QTest::qWaitForWindowExposed(w);
}

int cardsReady(CanvasView *view)
{
    const QFont font = view->viewport()->font();
    int ready = 0;
    for (const NodeItem *n : view->designScene()->nodeItems())
        ready += n->hasTextsFor(font) ? 1 : 0;
    return ready;
}

bool warmedUp(CanvasView *view)
{
    return QTest::qWaitFor([view] { return !view->textWarmup()->isRunning(); }, 10000)
           && cardsReady(view) == int(view->designScene()->nodeItems().size());
}

/// A card painted in detail on its own, as the canvas paints it.
QImage paintCard(const NodeItem *n, const QFont &font)
{
    QImage image(400, 200, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setFont(font);
    p.setRenderHint(QPainter::Antialiasing);
    p.translate(200, 100);
    QStyleOptionGraphicsItem option;
    option.exposedRect = n->boundingRect();
    const_cast<NodeItem *>(n)->paint(&p, &option, nullptr);
    return image;
}

} // namespace

class TestTextWarmup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { testutil::isolateSettings(); }
    void shapesEveryCardAfterOpening();
    void shapesAgainWhenLabelsChange();
    void skipsRemovedCards();
    void shapedAheadPaintsTheSame();
    void firstFrameInDetailShapesNothing();
};

void TestTextWarmup::shapesEveryCardAfterOpening()
{
    MainWindow w;
    QVERIFY(showWindow(&w));
    CanvasView *view = w.view();
    QVERIFY(w.openFile(kExample, true));
    const int cards = int(view->designScene()->nodeItems().size());
    QVERIFY(cards > 10);
    // Scheduled, not done at once: the first frame of the design comes first.
    QVERIFY(view->textWarmup()->isRunning());
    QVERIFY(cardsReady(view) < cards);
    QVERIFY(warmedUp(view));
    QCOMPARE(view->textWarmup()->pending(), 0);
}

void TestTextWarmup::shapesAgainWhenLabelsChange()
{
    MainWindow w;
    QVERIFY(showWindow(&w));
    QVERIFY(w.openFile(kExample, true));
    CanvasView *view = w.view();
    QVERIFY(warmedUp(view));
    // Presentation mode draws larger labels: every card is shaped again, in idle time.
    w.setPresentationMode(true);
    QVERIFY(view->textWarmup()->isRunning());
    QCOMPARE(cardsReady(view), 0);
    QVERIFY(warmedUp(view));
    w.setPresentationMode(false);
    QVERIFY(warmedUp(view));
}

void TestTextWarmup::skipsRemovedCards()
{
    MainWindow w;
    QVERIFY(showWindow(&w));
    CanvasView *view = w.view();
    view->textWarmup()->setSliceMs(0); // one card per slice
    QVERIFY(w.openFile(kExample, true));
    // Start the work, then delete half the cards while it is under way.
    const int cards = int(w.document()->design().nodes.size());
    QVERIFY(QTest::qWaitFor([view, cards] {
        const int left = view->textWarmup()->pending();
        return left > 0 && left < cards;
    }, 5000));
    QStringList half;
    const auto &nodes = w.document()->design().nodes;
    const qsizetype all = qsizetype(nodes.size());
    for (size_t i = 0; i < nodes.size(); i += 2)
        half << nodes[i].id;
    w.document()->undoStack()->push(Commands::remove(w.document(), half, {}, {}));
    QCOMPARE(view->designScene()->nodeItems().size(), all - half.size());
    QVERIFY(warmedUp(view));
    // Undo brings the cards back as new items, shaped when painted.
    w.document()->undoStack()->undo();
    QCOMPARE(view->designScene()->nodeItems().size(), all);
}

void TestTextWarmup::shapedAheadPaintsTheSame()
{
    MainWindow w;
    QVERIFY(showWindow(&w));
    CanvasView *view = w.view();
    view->textWarmup()->cancel();
    QVERIFY(w.openFile(kExample, true));
    view->textWarmup()->cancel();
    const QFont font = view->viewport()->font();
    int compared = 0;
    for (const NodeItem *n : view->designScene()->nodeItems()) {
        if (n->hasTextsFor(font))
            continue; // shaped by a frame already
        paintCard(n, font);
        QVERIFY(n->hasTextsFor(font));
        ++compared;
        if (compared > 8)
            break;
    }
    QVERIFY(compared > 0);
    // The same cards in a new window, shaped ahead by the warm-up, then painted.
    MainWindow w2;
    QVERIFY(showWindow(&w2));
    QVERIFY(w2.openFile(kExample, true));
    QVERIFY(warmedUp(w2.view()));
    for (const NodeItem *n : view->designScene()->nodeItems()) {
        const NodeItem *ahead = w2.view()->designScene()->nodeItem(n->id());
        QVERIFY(ahead && ahead->hasTextsFor(font));
        QCOMPARE(paintCard(ahead, font), paintCard(n, font));
    }
}

void TestTextWarmup::firstFrameInDetailShapesNothing()
{
    // The canvas as it paints itself, with the painter's own font: after the warm-up, a frame
    // in detail shapes no card; without it, the same frame shapes the cards on screen.
    for (const bool warm : {true, false}) {
        MainWindow w;
        QVERIFY(showWindow(&w));
        CanvasView *view = w.view();
        view->textWarmup()->setEnabled(warm);
        QVERIFY(w.openFile(kExample, true));
        if (warm)
            QVERIFY(warmedUp(view));
        else
            QVERIFY(!view->textWarmup()->isRunning());
        view->resetZoom(); // 100 %: in detail
        const int before = NodeItem::textsShaped();
        view->viewport()->repaint();
        const int shaped = NodeItem::textsShaped() - before;
        if (warm)
            QCOMPARE(shaped, 0);
        else
            QVERIFY2(shaped > 0, "cards on screen shape their texts in the frame");
    }
}

QTEST_MAIN(TestTextWarmup)
#include "tst_textwarmup.moc"
