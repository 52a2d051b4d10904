// Canvas benchmarks (not a test): medians of repeated runs on generated designs, for the
// "Canvas (GUI)" section of docs/performance.md.
//   cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DPORTOLAN_BENCHMARKS=ON
//   cmake --build build-bench --target bench_canvas portolan
//   ./build-bench/tests/bench/bench_canvas [--runs N] [--sizes 2000,10000] [--app PATH]
//       [--only startup,open,app-open,move] [--index bsp|none] [--update minimal|smart|...]
//       [--grab DIR] [--zoom-steps] [--no-warmup]
// --sizes: designs to open; the move is measured on the last (10,000 nodes by default).
// Runs offscreen unless QT_QPA_PLATFORM says otherwise (under xvfb-run: QT_QPA_PLATFORM=xcb).
#include "generator.h"

#include "commands/commands.h"
#include "document/document.h"
#include "io/designio.h"
#include "mainwindow.h"
#include "scene/canvasview.h"
#include "scene/designscene.h"
#include "scene/textwarmup.h"
#include "widgets/minimap.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>

#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <memory>

using namespace portolan;
using namespace portolan::gui;

namespace {

int g_runs = 15;
QString g_index;  ///< --index bsp|none: overrides the scene's item index (experiments)
QString g_update; ///< --update full|minimal|smart|bounding: the canvas's update mode
QString g_grab;   ///< --grab DIR: saves the canvas at fit-to-view and at 100 % as PNG
bool g_zoomSteps = false; ///< --zoom-steps: zoom frame medians at each zoom level too
bool g_noWarmup = false; ///< --no-warmup: the cards' texts are not shaped in idle time

void grab(QWidget *w, const QString &name)
{
    if (!g_grab.isEmpty())
        w->grab().save(g_grab + QLatin1Char('/') + name + QStringLiteral(".png"));
}

void applyExperiments(MainWindow *w)
{
    if (g_index == QLatin1String("bsp"))
        w->scene()->setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    else if (g_index == QLatin1String("none"))
        w->scene()->setItemIndexMethod(QGraphicsScene::NoIndex);
    const QHash<QString, QGraphicsView::ViewportUpdateMode> modes{
        {QStringLiteral("full"), QGraphicsView::FullViewportUpdate},
        {QStringLiteral("minimal"), QGraphicsView::MinimalViewportUpdate},
        {QStringLiteral("smart"), QGraphicsView::SmartViewportUpdate},
        {QStringLiteral("bounding"), QGraphicsView::BoundingRectViewportUpdate}};
    if (modes.contains(g_update))
        w->view()->setViewportUpdateMode(modes.value(g_update));
}

/// Wall-clock and CPU time of this thread: the machine is shared, and the CPU time shows
/// what a frame costs when nothing else runs.
struct Clock
{
    QElapsedTimer wall;
    double cpu0 = 0;
    static double threadCpuMs()
    {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
    }
    Clock() { restart(); }
    void restart()
    {
        cpu0 = threadCpuMs();
        wall.start();
    }
    double wallMs() const { return wall.nsecsElapsed() / 1e6; }
    double cpuMs() const { return threadCpuMs() - cpu0; }
};

struct Samples
{
    std::vector<double> wall, cpu;
    void add(const Clock &c) { add(c.wallMs(), c.cpuMs()); }
    void add(double w, double c)
    {
        wall.push_back(w);
        cpu.push_back(c);
    }
};

double median(std::vector<double> v)
{
    if (v.empty())
        return -1;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

void report(const char *what, int nodes, const Samples &s)
{
    std::printf("%-60s %7d %10.2f %10.2f\n", what, nodes, median(s.wall), median(s.cpu));
    std::fflush(stdout);
}

/// Counts paint events of a widget, so that a measurement can wait for the real next frame
/// (the event loop's UpdateRequest, partial repaints after a scroll) instead of forcing one.
class PaintCounter : public QObject
{
public:
    explicit PaintCounter(QWidget *w) { w->installEventFilter(this); }
    int paints = 0;

    /// Runs the event loop until a paint has happened (at most 10 s).
    void waitForPaint()
    {
        const int before = paints;
        QElapsedTimer t;
        t.start();
        while (paints == before && t.elapsed() < 10000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }

protected:
    bool eventFilter(QObject *o, QEvent *e) override
    {
        if (e->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(o, e);
    }
};

/// Runs the event loop until the canvas has stopped drawing draft frames (it repaints at
/// full quality CanvasView::kSettleMs after the last pan, zoom or drag).
void settle(CanvasView *view)
{
    QElapsedTimer t;
    t.start();
    while (view->inMotion() && t.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    QCoreApplication::processEvents();
}

/// Full-quality repaints of the whole canvas as it stands.
void fullRepaints(Samples *out, CanvasView *view, int runs)
{
    settle(view);
    for (int i = 0; i < runs; ++i) {
        Clock c;
        view->viewport()->repaint();
        out->add(c);
    }
}

/// One frame: `change`, then the event loop until the canvas has painted.
void frame(Samples *out, PaintCounter &counter, const std::function<void()> &change)
{
    Clock c;
    change();
    counter.waitForPaint();
    out->add(c);
}

/// One frame of an interaction: `change`, then the whole canvas painted at once. An upper
/// bound (after a scroll Qt paints only the uncovered strip), and free of the event loop's
/// scheduling, which on a loaded machine delays frames by more than they cost.
void forcedFrame(Samples *out, QWidget *viewport, const std::function<void()> &change)
{
    Clock c;
    change();
    viewport->repaint();
    out->add(c);
}

QString writeDesign(const QString &dir, int nodes)
{
    // The generator leaves zones without geometry; the document lays them out, and the
    // saved file carries that layout like any design saved by the application.
    Document doc;
    doc.setDesign(bench::generateDesign(nodes), QString());
    const QString path = dir + QStringLiteral("/canvas-%1.portolan").arg(nodes);
    QString error;
    if (!core::DesignIO::writeFile(doc.design(), path, &error)) {
        std::fprintf(stderr, "cannot write %s: %s\n", qPrintable(path), qPrintable(error));
        std::exit(2);
    }
    return path;
}

std::unique_ptr<MainWindow> showWindow()
{
    auto w = std::make_unique<MainWindow>();
    w->view()->textWarmup()->setEnabled(!g_noWarmup);
    applyExperiments(w.get());
    w->resize(1366, 768);
    w->show();
    QElapsedTimer t;
    t.start();
    while (!w->view()->viewport()->isVisible() && t.elapsed() < 5000)
        QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    return w;
}

/// Lets the event loop run until the view's TextWarmup is done (at once with --no-warmup,
/// which disables it in showWindow(): then the first frame in detail shapes the cards on
/// screen). The time includes the warm-up's delay of TextWarmup::kStartDelayMs after the
/// design was opened, when some of it has not passed yet.
void waitForWarmup(CanvasView *view, Samples *out = nullptr)
{
    TextWarmup *warm = view->textWarmup();
    Clock c;
    QElapsedTimer t;
    t.start();
    while (warm->isRunning() && t.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    if (out)
        out->add(c);
}

void benchOpenAndRepaint(const QString &file, int nodes)
{
    std::unique_ptr<MainWindow> w = showWindow();
    CanvasView *view = w->view();
    PaintCounter counter(view->viewport());
    Samples open, openCall, repaint, minimap, pan, zoom, panZoomed;
    for (int i = 0; i < std::max(3, g_runs / 3); ++i) {
        w->document()->newDesign();
        counter.waitForPaint();
        Clock call;
        frame(&open, counter, [&] {
            w->openFile(file, true);
            openCall.add(call);
        });
    }
    report("open to first painted frame", nodes, open);
    report("  of which openFile (document, scene, models)", nodes, openCall);

    view->fitToView();
    counter.waitForPaint();
    // A user looks at the opened design before zooming in; meanwhile the cards' texts are
    // shaped in idle time, which the first zoom frame in detail below relies on.
    Samples idle;
    waitForWarmup(view, &idle);
    report("cards' texts shaped in idle time (until done, with delay)", nodes, idle);
    fullRepaints(&repaint, view, g_runs);
    report("repaint at fit-to-view (whole viewport)", nodes, repaint);
    grab(w.get(), QStringLiteral("canvas-%1-fit").arg(nodes));
    if (auto *map = w->findChild<MiniMap *>(); map && map->isVisible()) {
        Samples redraw;
        for (int i = 0; i < g_runs; ++i) {
            Clock c;
            map->grab(); // what a pan of the main view costs the overview
            minimap.add(c);
            c.restart();
            map->refit(); // what an edit costs it
            map->grab();
            redraw.add(c);
        }
        report("overview: repaint (main view panned)", nodes, minimap);
        report("overview: render again (design edited)", nodes, redraw);
    }

    // Zoom in from fit-to-view to 100 % and back, one wheel step per frame.
    const qreal fit = view->zoom();
    const int steps = std::max(1, int(std::log(1.0 / fit) / std::log(1.15)));
    // Frames at zoom fit * 1.15^i: the first time the view gets there (zooming in from
    // fit-to-view, cards and flows shape their texts the first time they are drawn in
    // detail) and every time after, in both directions.
    std::vector<Samples> byStep(steps + 1), firstAt(steps + 1);
    const int rounds = std::max(g_zoomSteps ? 2 : 1, g_runs / steps);
    for (int round = 0; round < rounds; ++round) {
        for (int i = 0; i < steps; ++i) {
            forcedFrame(&zoom, view->viewport(), [&] { view->zoomBy(1.15); });
            (round == 0 ? firstAt : byStep)[size_t(i + 1)].add(zoom.wall.back(), zoom.cpu.back());
            if (round == 0 && i == steps / 2 && !g_grab.isEmpty()) {
                // A draft frame as the user sees it mid-zoom, and the same view once still.
                grab(w.get(), QStringLiteral("canvas-%1-zoom-draft").arg(nodes));
                // What the window system shows (the backing store as painted on screen,
                // not a render of the widgets into a pixmap).
                QCoreApplication::processEvents();
                if (QScreen *screen = w->screen()) {
                    screen->grabWindow(w->winId()).save(
                            g_grab + QStringLiteral("/canvas-%1-zoom-draft-screen.png").arg(nodes));
                }
                settle(view);
                grab(w.get(), QStringLiteral("canvas-%1-zoom-still").arg(nodes));
            }
        }
        for (int i = 0; i < steps; ++i) {
            forcedFrame(&zoom, view->viewport(), [&] { view->zoomBy(1 / 1.15); });
            byStep[steps - i - 1].add(zoom.wall.back(), zoom.cpu.back());
        }
    }
    report("zoom frame (fit-to-view <-> 100 %; draft)", nodes, zoom);
    if (g_zoomSteps) {
        for (int i = 0; i <= steps; ++i) {
            const QString at = QStringLiteral("  zoom frame at %1 %")
                                       .arg(fit * std::pow(1.15, i) * 100, 0, 'f', 0);
            auto line = [&](const char *when, const Samples &s) {
                report((at + QLatin1String(when)).toLatin1().constData(), nodes, s);
            };
            if (i > 0) // fit-to-view itself is reached only on the way back
                line(", first time", firstAt[size_t(i)]);
            line(", again", byStep[size_t(i)]);
        }
    }

    // Pan as the middle-button drag does: scroll bars by 40 px per frame.
    auto panFrames = [&](Samples *out) {
        QScrollBar *h = view->horizontalScrollBar();
        QScrollBar *v = view->verticalScrollBar();
        for (int i = 0; i < g_runs; ++i) {
            const int dir = (i / 5) % 2 ? -1 : 1;
            forcedFrame(out, view->viewport(), [&] {
                h->setValue(h->value() + dir * 40);
                v->setValue(v->value() + dir * 20);
            });
        }
    };
    // As the event loop paints a pan: Qt scrolls the pixels and paints the uncovered strip.
    auto stripFrames = [&](Samples *out) {
        QScrollBar *h = view->horizontalScrollBar();
        QScrollBar *v = view->verticalScrollBar();
        for (int i = 0; i < g_runs; ++i) {
            const int dir = (i / 5) % 2 ? -1 : 1;
            const int x = std::clamp(h->value() + dir * 40, h->minimum(), h->maximum());
            const int y = std::clamp(v->value() + dir * 20, v->minimum(), v->maximum());
            if (x == h->value() && y == v->value())
                continue; // nothing to scroll: no frame
            frame(out, counter, [&] {
                h->setValue(x);
                v->setValue(y);
            });
        }
    };
    view->resetZoom();
    view->centerOn(w->scene()->contentBounds().center());
    counter.waitForPaint();
    panFrames(&pan);
    report("pan frame at 100 % (draft, whole viewport)", nodes, pan);
    Samples strip, stripZoomed, still;
    stripFrames(&strip);
    report("pan frame at 100 % (draft, as the event loop paints it)", nodes, strip);
    fullRepaints(&still, view, g_runs);
    report("repaint at 100 %, full quality (once the view is still)", nodes, still);
    grab(w.get(), QStringLiteral("canvas-%1-100").arg(nodes));
    view->fitToView();
    view->zoomBy(1.15 * 1.15);
    counter.waitForPaint();
    panFrames(&panZoomed);
    report("pan frame zoomed out (fit-to-view x 1.3; draft, whole viewport)", nodes, panZoomed);
    stripFrames(&stripZoomed);
    report("pan frame zoomed out (draft, as the event loop paints it)", nodes, stripZoomed);
    w->document()->undoStack()->setClean();
}

/// Moves one agent into another firewalled zone and back (undo/redo), timing the command
/// (document, engine, scene) and the next painted frame.
void benchMove(int nodes)
{
    const core::Design design = bench::generateDesign(nodes);
    struct Setup
    {
        const char *name;
        bool scene;
        bool window;
    };
    for (const Setup s : {Setup{"move across firewall: document + engine", false, false},
                          Setup{"move across firewall: + scene", true, false},
                          Setup{"move across firewall: main window + whole canvas (draft)", true,
                                true}}) {
        std::unique_ptr<MainWindow> w;
        std::unique_ptr<Document> ownDoc;
        std::unique_ptr<DesignScene> scene;
        Document *doc = nullptr;
        if (s.window) {
            w = showWindow();
            doc = w->document();
        } else {
            ownDoc = std::make_unique<Document>();
            doc = ownDoc.get();
            if (s.scene)
                scene = std::make_unique<DesignScene>(doc);
        }
        doc->setDesign(design, QString());
        const core::Design &d = doc->design();
        QString agent;
        for (const core::Node &n : d.nodes) {
            if (n.type == QLatin1String("appmon.agent") && n.zone == QLatin1String("app0")) {
                agent = n.id;
                break;
            }
        }
        const core::Zone *target = doc->zone(QStringLiteral("app1"));
        const core::Node *node = doc->node(agent);
        if (!target || !node) {
            std::fprintf(stderr, "generated design lacks app0/app1\n");
            std::exit(2);
        }
        const QPointF delta = target->rect.center() + QPointF(0, 20) - node->pos;
        QUndoStack *stack = doc->undoStack();
        stack->push(Commands::move(doc, {agent}, {}, delta));
        if (doc->node(agent)->zone != target->id) {
            std::fprintf(stderr, "the move did not cross into %s\n", qPrintable(target->id));
            std::exit(2);
        }
        if (w) {
            w->view()->resetZoom();
            w->view()->centerOn(doc->node(agent)->pos);
            settle(w->view()); // an edit's frame is drawn at full quality
            waitForWarmup(w->view()); // (its slices are not part of the frames below)
        }
        Samples times;
        for (int i = 0; i < g_runs; ++i) {
            Clock c;
            if (i % 2 == 0)
                stack->undo();
            else
                stack->redo();
            if (w)
                w->view()->viewport()->repaint();
            times.add(c);
        }
        report(s.name, nodes, times);
        if (w) {
            // The frame the user sees: the command, then the event loop's repaint of what
            // changed (the canvas's dirty region, the port matrix rows, the status bar).
            PaintCounter counter(w->view()->viewport());
            Samples frames;
            for (int i = 0; i < g_runs; ++i) {
                frame(&frames, counter, [&] {
                    if (i % 2 == 0)
                        stack->undo();
                    else
                        stack->redo();
                });
            }
            report("move across firewall: main window, as the event loop paints it (draft)",
                   nodes, frames);
            // The full-quality frame that follows once the view is still (the whole canvas).
            Samples still;
            fullRepaints(&still, w->view(), g_runs);
            report("move across firewall: full-quality repaint once still", nodes, still);
        }
        stack->setClean();
    }
}

/// Starts the real application with PORTOLAN_STARTUP_TIMING=1 (app/gui/main.cpp).
void benchApp(const QString &app, const QString &file, int nodes)
{
    QTemporaryDir home;
    Samples process, inside, open;
    for (int i = 0; i < std::max(3, g_runs / 3); ++i) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PORTOLAN_STARTUP_TIMING"), QStringLiteral("1"));
        env.insert(QStringLiteral("HOME"), home.path()); // no settings, recent files, autosaves
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.path() + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home.path() + QStringLiteral("/cache"));
        env.insert(QStringLiteral("XDG_STATE_HOME"), home.path() + QStringLiteral("/state"));
        p.setProcessEnvironment(env);
        rusage before{}, after{};
        getrusage(RUSAGE_CHILDREN, &before);
        QElapsedTimer t;
        t.start();
        p.start(app, file.isEmpty() ? QStringList() : QStringList{file});
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            std::fprintf(stderr, "%s did not finish\n", qPrintable(app));
            return;
        }
        const double wall = t.nsecsElapsed() / 1e6;
        getrusage(RUSAGE_CHILDREN, &after);
        auto cpuMs = [](const rusage &r) {
            return (r.ru_utime.tv_sec + r.ru_stime.tv_sec) * 1e3
                   + (r.ru_utime.tv_usec + r.ru_stime.tv_usec) / 1e3;
        };
        process.add(wall, cpuMs(after) - cpuMs(before));
        const QString err = QString::fromLocal8Bit(p.readAllStandardError());
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("first frame (\\d+) ms, open (-?\\d+) ms")).match(err);
        if (!m.hasMatch()) {
            std::fprintf(stderr, "no timing from %s:\n%s\n", qPrintable(app), qPrintable(err));
            return;
        }
        inside.add(m.captured(1).toDouble(), 0);
        open.add(m.captured(2).toDouble(), 0);
    }
    if (file.isEmpty()) {
        report("app: process start to first frame (cpu: whole process)", 0, process);
        report("app:   main() to first frame", 0, inside);
    } else {
        report("app: start with a design to first frame", nodes, process);
        report("app:   of which openFile", nodes, open);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    auto option = [&](const char *name) {
        const int i = int(args.indexOf(QLatin1String(name)));
        return i > 0 && i + 1 < args.size() ? args[i + 1] : QString();
    };
    if (const QString runs = option("--runs"); !runs.isEmpty())
        g_runs = std::max(1, runs.toInt());
    g_index = option("--index");
    g_update = option("--update");
    g_grab = option("--grab");
    g_zoomSteps = args.contains(QLatin1String("--zoom-steps"));
    g_noWarmup = args.contains(QLatin1String("--no-warmup"));
    QString appPath = option("--app");
    if (appPath.isEmpty())
        appPath = QCoreApplication::applicationDirPath() + QStringLiteral("/../../app/portolan");
    const QStringList only = option("--only").split(QLatin1Char(','), Qt::SkipEmptyParts);
    QList<int> sizes{2000, 10000};
    if (const QString list = option("--sizes"); !list.isEmpty()) {
        sizes.clear();
        for (const QString &n : list.split(QLatin1Char(',')))
            sizes << std::max(100, n.toInt());
    }
    auto wanted = [&](const char *name) { return only.isEmpty() || only.contains(QLatin1String(name)); };

    QTemporaryDir dir;
    std::printf("%-60s %7s %10s %10s\n", "what (median)", "nodes", "wall ms", "cpu ms");
    if (wanted("startup"))
        benchApp(appPath, QString(), 0);
    if (wanted("open") || wanted("app-open")) {
        for (int nodes : sizes) {
            const QString file = writeDesign(dir.path(), nodes);
            if (wanted("open"))
                benchOpenAndRepaint(file, nodes);
            if (wanted("app-open"))
                benchApp(appPath, file, nodes);
        }
    }
    if (wanted("move"))
        benchMove(sizes.last());
    return 0;
}
