// Puts the real main window into the states docs/screenshots/ shows; the screenshots are
// taken from outside (xvfb-run + import), see docs/screenshots/README.md. Not a test.
//
//   portolan-screenshot-driver DESIGN [overview|node:ID|zone:ID|crossing|presentation]

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
    const QStringList args = app.arguments();
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
            for (QAction *a : w.findChildren<QAction *>()) {
                if (a->text().contains(QLatin1String("Only &Crossing")))
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
