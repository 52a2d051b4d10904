// Puts the real main window into the states docs/screenshots/ shows; the screenshots are
// taken from outside (xvfb-run + import), see docs/screenshots/README.md. Not a test.
//
//   portolan-screenshot-driver [--lang en|zh_CN] DESIGN [overview|node:ID|zone:ID|crossing|presentation]

#include "guicontext.h"
#include "mainwindow.h"
#include "scene/canvasview.h"
#include "scene/designscene.h"
#include "scene/nodeitem.h"
#include "scene/zoneitem.h"

#include <QApplication>
#include <QScreen>
#include <QStandardPaths>
#include <QTimer>

using namespace portolan::gui;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QStringList args = app.arguments();
    // The UI language: --lang, else English (the screenshots must not depend on the machine).
    portolan::core::Language lang = portolan::core::Language::English;
    if (const qsizetype i = args.indexOf(QStringLiteral("--lang")); i > 0) {
        if (!portolan::core::parseLanguage(args.value(i + 1), &lang))
            return 2;
        args.remove(i, 2);
    }
    setLanguage(lang);
    if (args.size() < 2)
        return 2;
    const QString mode = args.value(2, QStringLiteral("overview"));
    MainWindow w;
    w.setGeometry(QGuiApplication::primaryScreen()->availableGeometry());
    w.show();
    if (!w.openFile(args.at(1), true))
        return 1;
    QTimer::singleShot(300, &w, [&w, mode] {
        if (mode.startsWith(QLatin1String("node:"))) {
            const QString id = mode.mid(5);
            w.scene()->selectOnly({id}, {});
            w.view()->resetZoom();
            if (NodeItem *n = w.scene()->nodeItem(id))
                w.view()->centerOn(n->pos() + QPointF(150, 60));
        } else if (mode.startsWith(QLatin1String("zone:"))) {
            const QString id = mode.mid(5);
            w.scene()->selectOnly({}, {id});
            w.view()->resetZoom();
            if (ZoneItem *z = w.scene()->zoneItem(id))
                w.view()->centerOn(z->sceneRectOfZone().center());
        } else if (mode == QLatin1String("crossing")) {
            const QString crossing = QCoreApplication::translate("portolan::gui::MainWindow",
                                                                 "Only &Crossing Flows");
            for (QAction *a : w.findChildren<QAction *>()) {
                if (a->text() == crossing)
                    a->setChecked(true);
            }
        } else if (mode == QLatin1String("presentation")) {
            w.setPresentationMode(true);
        } else {
            w.view()->fitToView();
        }
    });
    return app.exec();
}
