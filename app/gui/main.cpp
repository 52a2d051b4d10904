#include "mainwindow.h"

#include "commands/commands.h"
#include "document/autosave.h"
#include "document/document.h"
#include "guicontext.h"

#include "scene/canvasview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QScreen>
#include <QSettings>
#include <QTimer>
#include <QUndoStack>

#include <cstdio>

namespace {

/// PORTOLAN_STARTUP_TIMING=1 (docs/performance.md, "Canvas (GUI)"): prints the time from
/// main() to the canvas's first painted frame (after the design named on the command line is
/// open) on stderr, then quits. tests/bench/bench_canvas drives it.
class FirstFrameTimer : public QObject
{
public:
    explicit FirstFrameTimer(const QElapsedTimer &clock) : m_clock(clock) {}
    bool waitForOpen = false;
    qint64 openMs = -1;

protected:
    bool eventFilter(QObject *watched, QEvent *e) override
    {
        if (e->type() == QEvent::Paint && !m_done && !waitForOpen) {
            m_done = true;
            // Reported once the paint has finished and the frame is flushed.
            QTimer::singleShot(0, this, [this] {
                std::fprintf(stderr, "portolan-timing: first frame %lld ms, open %lld ms\n",
                             m_clock.elapsed(), openMs);
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, e);
    }

private:
    QElapsedTimer m_clock;
    bool m_done = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Portolan"));
    QApplication::setApplicationName(QStringLiteral("Portolan"));
    QApplication::setApplicationVersion(QStringLiteral(PORTOLAN_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.portolan.Portolan"));
    // Before any text is made: the saved choice, else the system locale.
    portolan::gui::setLanguage(portolan::gui::startupLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Topology planner for firewall requests"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("design"),
                                 QApplication::translate("main", "A design (*.portolan) to open."));
    parser.process(app);

    portolan::gui::MainWindow window;
    FirstFrameTimer *timing = nullptr;
    if (qEnvironmentVariableIntValue("PORTOLAN_STARTUP_TIMING") == 1) {
        timing = new FirstFrameTimer(clock);
        timing->setParent(&window);
        window.view()->viewport()->installEventFilter(timing);
    }
    if (!QSettings().contains(QStringLiteral("mainWindow/geometry"))) {
        // First start: use the whole (often small) screen.
        if (QScreen *screen = QGuiApplication::primaryScreen())
            window.setGeometry(screen->availableGeometry());
        window.showMaximized();
    } else {
        window.show();
    }
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty()) {
        const QString file = files.first();
        if (timing)
            timing->waitForOpen = true;
        QTimer::singleShot(0, &window, [&window, file, timing] {
            QElapsedTimer open;
            open.start();
            window.openFile(file);
            if (timing) {
                timing->openMs = open.elapsed();
                timing->waitForOpen = false;
                window.view()->viewport()->update();
            }
        });
    }
    // After the file above: recovered designs then go to windows of their own.
    QTimer::singleShot(0, &window, [&window] { window.offerRecovery(); });
    if (qEnvironmentVariableIntValue("PORTOLAN_TEST_AUTOSAVE_EDIT") == 1) {
        // Test hook for the kill test (docs/reliability.md): one real edit to recover.
        QTimer::singleShot(0, &window, [&window] {
            portolan::gui::Document *doc = window.document();
            doc->undoStack()->push(portolan::gui::Commands::addNode(
                doc, QStringLiteral("appmon.agent"), QPointF(-400, -300)));
            qCInfo(portolan::gui::lcAutosave).noquote()
                << "test edit: added" << doc->design().nodes.back().id;
        });
    }
    return app.exec();
}
