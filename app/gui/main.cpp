#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QScreen>
#include <QSettings>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Portolan"));
    QApplication::setApplicationName(QStringLiteral("Portolan"));
    QApplication::setApplicationVersion(QStringLiteral(PORTOLAN_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.portolan.Portolan"));

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
    return app.exec();
}
