// The zone-to-zone matrix tab of the real main window on the three-tier example: it holds
// exactly the port matrix's firewall crossings, follows edits and the language only while
// shown, and selects a cell's nodes on the canvas.
#include "testutil.h"

#include "actions/exportactions.h"
#include "commands/commands.h"
#include "document/document.h"
#include "guicontext.h"
#include "mainwindow.h"
#include "scene/designscene.h"
#include "widgets/zonematrixmodel.h"
#include "widgets/zonematrixpanel.h"

#include "engine/messages.h"
#include "export/portmatrix.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <set>

using namespace portolan;
using namespace portolan::gui;

static const char kExample[] = PORTOLAN_SOURCE_DIR "/data/examples/appmon-three-tier.portolan";

class TestZoneMatrix : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void zoneMatrixMatchesThePortMatrix();
    void zoneMatrixFollowsEditsAndLanguage();
    void zoneMatrixSelectsOnCanvas();

private:
    ExportActions *exports() const { return m_window->exportActions(); }
    QString cellText(const QString &from, const QString &to) const;

    MainWindow *m_window = nullptr;
};

void TestZoneMatrix::initTestCase()
{
    testutil::isolateSettings();
    QSettings().clear();
    m_window = new MainWindow;
    m_window->resize(1280, 800);
    QVERIFY(m_window->openFile(QString::fromUtf8(kExample), true));
}

void TestZoneMatrix::cleanupTestCase()
{
    // MainWindow deletes its document before its scene; a scene dying with a selection
    // tells the inspector, which then reads the deleted document's catalogs.
    m_window->scene()->clearSelection();
    delete m_window;
    setLanguage(core::Language::English);
}

namespace {

QString columnName(const ZoneMatrixModel *model, const QString &zone)
{
    return model->headerData(model->matrix().column(zone), Qt::Horizontal).toString();
}

bool nodesOf(const QModelIndex &cell, const char *node)
{
    return cell.data(ZoneMatrixModel::NodeIdsRole).toStringList().contains(QLatin1String(node));
}

} // namespace

QString TestZoneMatrix::cellText(const QString &from, const QString &to) const
{
    const ZoneMatrixModel *model = exports()->zoneMatrix()->model();
    return model->index(model->matrix().row(from), model->matrix().column(to)).data().toString();
}

namespace {

/// The zone matrix model against the document's flows: every flow that crosses a firewall is
/// in the cell of its nodes' zones with its protocol and ports, and no other flow is.
void checkAgainstFlows(const ZoneMatrixModel *model, const Document *doc)
{
    const core::Design &design = doc->design();
    std::set<QString> inCells;
    for (int r = 0; r < model->rowCount(); ++r) {
        for (int c = 0; c < model->columnCount(); ++c) {
            const QModelIndex i = model->index(r, c);
            for (const QString &id : i.data(ZoneMatrixModel::FlowIdsRole).toStringList())
                QVERIFY2(inCells.insert(id).second, qPrintable(id));
        }
    }
    const core::PortMatrix request = core::PortMatrix::build(design, doc->flows(), doc->catalogs(),
                                                             core::Language::English, true);
    std::set<QString> requested;
    for (const auto &row : request.rows)
        requested.insert(row.flow->id);
    QCOMPARE(inCells, requested);
    for (const core::Flow &f : doc->flows().flows) {
        if (!f.crossesFirewall || f.local)
            continue;
        const int r = model->matrix().row(design.nodes[size_t(f.source)].zone);
        const int c = model->matrix().column(design.nodes[size_t(f.target)].zone);
        QVERIFY(r >= 0 && c >= 0);
        const QModelIndex i = model->index(r, c);
        QVERIFY(i.data(ZoneMatrixModel::FlowIdsRole).toStringList().contains(f.id));
        QCOMPARE(i.data().toString().remove(QChar(0x200b)),
                 model->matrix().cells[size_t(r)][size_t(c)].lines().join('\n'));
        QVERIFY(i.data().toString().contains(core::protocolName(f.protocol).toUpper()));
        const render::ZoneMatrix::Cell &cell = model->matrix().cells[size_t(r)][size_t(c)];
        QVERIFY(cell.ports.at(f.protocol).containsAll(f.ports));
        QVERIFY(i.data(Qt::ToolTipRole).toString().contains(f.id));
        const QStringList nodes = i.data(ZoneMatrixModel::NodeIdsRole).toStringList();
        QVERIFY(nodes.contains(design.nodes[size_t(f.source)].id));
    }
}

} // namespace

void TestZoneMatrix::zoneMatrixMatchesThePortMatrix()
{
    ZoneMatrixPanel *panel = exports()->zoneMatrix();
    QVERIFY(panel);
    QTabWidget *tabs = m_window->matrixTabs();
    QCOMPARE(tabs->indexOf(panel), 1);
    // Hidden, the tab does not follow the design; shown, it catches up at once.
    tabs->setCurrentIndex(0);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(!panel->model()->isActive());
    tabs->setCurrentWidget(panel);
    QVERIFY(panel->model()->isActive());
    QCOMPARE(tabs->tabText(1), QStringLiteral("Zone to Zone"));
    ZoneMatrixModel *model = panel->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model->crossingOnly());
    checkAgainstFlows(model, m_window->document());

    // The AppMon example: the DMZ collector talks to the server through both firewalls.
    const QString dmzToMon = cellText(QStringLiteral("dmz"), QStringLiteral("mon"));
    QVERIFY2(dmzToMon.contains(QLatin1String("TCP")) && dmzToMon.contains(QLatin1String("6699")),
             qPrintable(dmzToMon));
    QCOMPARE(model->headerData(model->matrix().row(QStringLiteral("dmz")), Qt::Vertical).toString(),
             QStringLiteral("DMZ (shop front-end)"));
    QCOMPARE(columnName(model, QStringLiteral("mon")), QStringLiteral("Monitoring zone"));
    // Agents and their collector share the DMZ: nothing to open inside it.
    QVERIFY(cellText(QStringLiteral("dmz"), QStringLiteral("dmz")).isEmpty());

    // Every flow between hosts, not only the firewall request.
    const int crossingRows = model->rowCount();
    panel->crossingOnlyBox()->setChecked(false);
    QVERIFY(!model->crossingOnly());
    QVERIFY(model->rowCount() >= crossingRows);
    QVERIFY(cellText(QStringLiteral("dmz"), QStringLiteral("dmz")).contains(QLatin1String("TCP")));
    panel->crossingOnlyBox()->setChecked(true);
    QVERIFY(cellText(QStringLiteral("dmz"), QStringLiteral("dmz")).isEmpty());
}

void TestZoneMatrix::zoneMatrixFollowsEditsAndLanguage()
{
    Document *doc = m_window->document();
    ZoneMatrixModel *model = exports()->zoneMatrix()->model();
    QVERIFY(model->isActive());
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    QModelIndex cell = model->index(model->matrix().row(QStringLiteral("dmz")),
                                    model->matrix().column(QStringLiteral("mon")));
    QVERIFY(nodesOf(cell, "dmzcol"));

    // Rename a zone: its header follows.
    const core::Zone before = *doc->zone(QStringLiteral("mon"));
    core::Zone after = before;
    after.name = QStringLiteral("Monitoring (renamed)");
    doc->undoStack()->push(new ChangeZoneCommand(doc, before, after));
    QCOMPARE(columnName(model, QStringLiteral("mon")), after.name);
    QVERIFY(!resets.isEmpty());

    // Remove the DMZ collector: its flows leave the matrix, the agents' new ones come in.
    doc->undoStack()->push(Commands::remove(doc, {QStringLiteral("dmzcol")}, {}, {}));
    for (int r = 0; r < model->rowCount(); ++r) {
        for (int c = 0; c < model->columnCount(); ++c)
            QVERIFY(!nodesOf(model->index(r, c), "dmzcol"));
    }
    checkAgainstFlows(model, doc);
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    checkAgainstFlows(model, doc);
    cell = model->index(model->matrix().row(QStringLiteral("dmz")),
                        model->matrix().column(QStringLiteral("mon")));
    QVERIFY(nodesOf(cell, "dmzcol"));
    QCOMPARE(model->headerData(cell.column(), Qt::Horizontal).toString(), before.name);
    QVERIFY(!doc->isModified());

    // Switch to Chinese: the flows behind a cell are described in Chinese, the tab and the
    // switch are retranslated.
    const QString english = cell.data(Qt::ToolTipRole).toString();
    setLanguage(core::Language::Chinese);
    cell = model->index(cell.row(), cell.column());
    const QString chinese = cell.data(Qt::ToolTipRole).toString();
    QVERIFY(chinese != english);
    QVERIFY2(std::any_of(chinese.begin(), chinese.end(),
                         [](QChar c) { return c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff; }),
             qPrintable(chinese));
    const int tab = m_window->matrixTabs()->indexOf(exports()->zoneMatrix());
    QCOMPARE(m_window->matrixTabs()->tabText(tab),
             QCoreApplication::translate("portolan::gui::ExportActions", "Zone to Zone"));
    QCOMPARE(exports()->zoneMatrix()->crossingOnlyBox()->text(),
             QCoreApplication::translate("portolan::gui::ZoneMatrixPanel",
                                         "Firewall crossings only"));
    setLanguage(core::Language::English);
    QCOMPARE(model->index(cell.row(), cell.column()).data(Qt::ToolTipRole).toString(), english);

    // With the tab hidden an edit costs the matrix nothing; showing it brings it up to date.
    m_window->matrixTabs()->setCurrentIndex(0);
    QVERIFY(!model->isActive());
    resets.clear();
    doc->undoStack()->push(Commands::remove(doc, {QStringLiteral("dmzcol")}, {}, {}));
    QCOMPARE(resets.count(), 0);
    m_window->matrixTabs()->setCurrentWidget(exports()->zoneMatrix());
    QCOMPARE(resets.count(), 1);
    checkAgainstFlows(model, doc);
    doc->undoStack()->undo();
    checkAgainstFlows(model, doc);
    QVERIFY(!doc->isModified());
}

void TestZoneMatrix::zoneMatrixSelectsOnCanvas()
{
    ZoneMatrixPanel *panel = exports()->zoneMatrix();
    const ZoneMatrixModel *model = panel->model();
    const QModelIndex cell = model->index(model->matrix().row(QStringLiteral("dmz")),
                                          model->matrix().column(QStringLiteral("mon")));
    panel->view()->selectionModel()->select(cell, QItemSelectionModel::ClearAndSelect);
    QStringList expected = cell.data(ZoneMatrixModel::NodeIdsRole).toStringList();
    QStringList selected = m_window->scene()->selectedNodes();
    expected.sort();
    selected.sort();
    QCOMPARE(selected, expected);
    QVERIFY(selected.contains(QStringLiteral("dmzcol")));
    QVERIFY(selected.contains(QStringLiteral("server")));
}

QTEST_MAIN(TestZoneMatrix)
#include "tst_zonematrix.moc"
