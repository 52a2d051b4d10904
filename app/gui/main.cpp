#include "mainwindow.h"

#include "commands/commands.h"
#include "document/autosave.h"
#include "document/document.h"
#include "guicontext.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QScreen>
#include <QSettings>
#include <QTimer>
#include <QUndoStack>

int main(int argc, char *argv[])
{
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
        QTimer::singleShot(0, &window, [&window, file] { window.openFile(file); });
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
