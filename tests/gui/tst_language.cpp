// Switches the real main window between English and Chinese at run time: menus, docks,
// port matrix, palette, problems, inspector and canvas follow without a restart.

#include "testutil.h"

#include "document/document.h"
#include "guicontext.h"
#include "mainwindow.h"
#include "scene/designscene.h"
#include "scene/nodeitem.h"
#include "widgets/inspector.h"
#include "widgets/matrixmodel.h"
#include "widgets/palettemodel.h"
#include "widgets/palettewidget.h"
#include "widgets/problemsmodel.h"

#include "catalog/catalogset.h"
#include "export/portmatrix.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QTreeView>

#include <algorithm>

using namespace portolan;
using namespace portolan::gui;

static const char kExample[] = PORTOLAN_SOURCE_DIR "/data/examples/appmon-three-tier.portolan";

class TestLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { testutil::isolateSettings(); }
    void cleanup() { setLanguage(core::Language::English); }
    void switchAtRunTime();
    void menuSwitchIsRemembered();

private:
    static QStringList menuTitles(MainWindow &w);
    static QString dockTitle(MainWindow &w, const char *name);
    static QModelIndex paletteItem(MainWindow &w, const QString &type);
    static QStringList labelTexts(QWidget *w);
};

QStringList TestLanguage::menuTitles(MainWindow &w)
{
    QStringList out;
    for (QAction *a : w.menuBar()->actions())
        out << a->text();
    return out;
}

QString TestLanguage::dockTitle(MainWindow &w, const char *name)
{
    auto *d = w.findChild<QDockWidget *>(QLatin1String(name));
    return d ? d->windowTitle() : QStringLiteral("<no dock %1>").arg(QLatin1String(name));
}

QModelIndex TestLanguage::paletteItem(MainWindow &w, const QString &type)
{
    const PaletteModel *m = w.palette()->model();
    const QModelIndexList hits = m->match(m->index(0, 0), PaletteModel::TypeIdRole, type, 1,
                                          Qt::MatchExactly | Qt::MatchRecursive);
    return hits.value(0);
}

QStringList TestLanguage::labelTexts(QWidget *w)
{
    QStringList out;
    for (QLabel *l : w->findChildren<QLabel *>())
        out << l->text();
    return out;
}

void TestLanguage::switchAtRunTime()
{
    MainWindow w;
    w.resize(1280, 720);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openFile(QString::fromLatin1(kExample), true));
    QAbstractItemModelTester matrixTester(w.matrixModel(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester problemsTester(w.problemsModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester paletteTester(w.palette()->model(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    const core::CatalogSet &cats = w.document()->catalogs();
    const core::ComponentType *collector = cats.component(QStringLiteral("appmon.collector"));
    QVERIFY(collector);
    QVERIFY(collector->name.zh.contains(QStringLiteral("采集器")));
    const QString collectorNode = [&] {
        for (const core::Node &n : w.document()->design().nodes) {
            if (n.type == collector->id)
                return n.id;
        }
        return QString();
    }();
    QVERIFY(!collectorNode.isEmpty());
    w.scene()->selectOnly({collectorNode}, {});
    QCOMPARE(w.inspector()->currentNode(), collectorNode);
    auto matrixHeader = [&](core::MatrixColumn c) {
        return w.matrixView()->model()->headerData(int(c), Qt::Horizontal).toString();
    };
    const int rows = w.matrixModel()->rowCount();
    QVERIFY(rows > 0);

    auto checkEnglish = [&] {
        const QStringList menus = menuTitles(w);
        QVERIFY2(menus.contains(QStringLiteral("&File")), qPrintable(menus.join(',')));
        QVERIFY(menus.contains(QStringLiteral("&View")));
        QVERIFY(menus.contains(QStringLiteral("&Help")));
        QCOMPARE(dockTitle(w, "PaletteDock"), QStringLiteral("Components"));
        QCOMPARE(dockTitle(w, "InspectorDock"), QStringLiteral("Properties"));
        QVERIFY(dockTitle(w, "MatrixDock").startsWith(QStringLiteral("Port Matrix")));
        QCOMPARE(matrixHeader(core::MatrixColumn::SourceZone), QStringLiteral("Source zone"));
        QCOMPARE(matrixHeader(core::MatrixColumn::Ports), QStringLiteral("Ports"));
        QCOMPARE(w.problemsView()->model()->headerData(0, Qt::Horizontal).toString(),
                 QStringLiteral("Severity"));
        QCOMPARE(paletteItem(w, collector->id).data().toString(), collector->name.en);
        QVERIFY(labelTexts(w.inspector()).contains(QStringLiteral("Type:")));
        QVERIFY(w.scene()->nodeItem(collectorNode)->toolTip().contains(collector->name.en));
        QCOMPARE(w.palette()->searchBox()->placeholderText(),
                 QStringLiteral("Search components (English or 中文)"));
    };
    checkEnglish();

    setLanguage(core::Language::Chinese);
    QCOMPARE(language(), core::Language::Chinese);
    // Menus, actions and docks.
    const QStringList menus = menuTitles(w);
    QVERIFY2(menus.contains(QStringLiteral("文件(&F)")), qPrintable(menus.join(',')));
    QVERIFY(menus.contains(QStringLiteral("视图(&V)")));
    QVERIFY(menus.contains(QStringLiteral("帮助(&H)")));
    QVERIFY(!menus.contains(QStringLiteral("&File")));
    QCOMPARE(dockTitle(w, "PaletteDock"), QStringLiteral("组件"));
    QCOMPARE(dockTitle(w, "InspectorDock"), QStringLiteral("属性"));
    QCOMPARE(dockTitle(w, "MatrixDock"), QStringLiteral("端口矩阵（%1）").arg(rows));
    // Port matrix and problems: headers and catalog text.
    QCOMPARE(matrixHeader(core::MatrixColumn::SourceZone), QStringLiteral("源区域"));
    QCOMPARE(matrixHeader(core::MatrixColumn::Ports), QStringLiteral("端口"));
    QCOMPARE(w.matrixModel()->rowCount(), rows);
    QCOMPARE(w.problemsView()->model()->headerData(0, Qt::Horizontal).toString(),
             QStringLiteral("级别"));
    // Palette: names in Chinese, search in either language.
    QCOMPARE(paletteItem(w, collector->id).data().toString(), collector->name.zh);
    QCOMPARE(w.palette()->searchBox()->placeholderText(), QStringLiteral("搜索组件（中文或 English）"));
    for (const QString &query : {QStringLiteral("采集器"), QStringLiteral("collector")}) {
        w.palette()->searchBox()->setText(query);
        const QModelIndexList hits = w.palette()->filter()->match(
                w.palette()->filter()->index(0, 0), PaletteModel::TypeIdRole, collector->id, 1,
                Qt::MatchExactly | Qt::MatchRecursive);
        QVERIFY2(hits.size() == 1, qPrintable(query));
    }
    w.palette()->searchBox()->clear();
    // Inspector and canvas.
    QVERIFY(labelTexts(w.inspector()).contains(QStringLiteral("类型：")));
    QVERIFY(w.scene()->nodeItem(collectorNode)->toolTip().contains(collector->name.zh));
    // Status bar and the language menu's check mark.
    const QStringList labels = labelTexts(&w);
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(),
                        [](const QString &t) { return t.contains(QStringLiteral("个节点")); }));
    QAction *chinese = nullptr;
    for (QAction *a : w.findChildren<QAction *>()) {
        if (a->text() == QStringLiteral("中文"))
            chinese = a;
    }
    QVERIFY(chinese && chinese->isChecked());
    // Qt's own texts (standard buttons) come from qtbase_zh_CN.qm when it is installed.
    if (QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath)
                      + QStringLiteral("/qtbase_zh_CN.qm")))
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
    else
        qWarning("qtbase_zh_CN.qm not installed (qt6-translations-l10n): Qt's own texts stay English");

    // The selection survives the switch; nothing was rebuilt from scratch.
    QCOMPARE(w.scene()->selectedNodes(), QStringList{collectorNode});

    setLanguage(core::Language::English);
    checkEnglish();
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
}

void TestLanguage::menuSwitchIsRemembered()
{
    QSettings().remove(QStringLiteral("language"));
    MainWindow w;
    QAction *chinese = nullptr, *english = nullptr;
    for (QAction *a : w.findChildren<QAction *>()) {
        if (a->text() == QStringLiteral("中文"))
            chinese = a;
        else if (a->text() == QStringLiteral("English"))
            english = a;
    }
    QVERIFY(chinese && english);
    QVERIFY(english->isChecked());
    chinese->trigger();
    QCOMPARE(language(), core::Language::Chinese);
    QCOMPARE(startupLanguage(), core::Language::Chinese);
    QVERIFY(chinese->isChecked() && !english->isChecked());
    english->trigger();
    QCOMPARE(language(), core::Language::English);
    QCOMPARE(startupLanguage(), core::Language::English);
    QSettings().remove(QStringLiteral("language"));
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
