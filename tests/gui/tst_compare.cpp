// File → Compare with… (canvas marks, matrix marks, banner, updates, clear), the delta
// request written from the GUI, and File → Import Inventory… through the real main window.

#include "testutil.h"

#include "actions/compareactions.h"
#include "commands/commands.h"
#include "dialogs/comparebanner.h"
#include "dialogs/comparesession.h"
#include "dialogs/inventorydialog.h"
#include "document/document.h"
#include "guicontext.h"
#include "mainwindow.h"
#include "scene/canvasview.h"
#include "scene/designscene.h"
#include "scene/diffoverlay.h"
#include "scene/flowitem.h"
#include "scene/nodeitem.h"
#include "widgets/matrixmodel.h"

#include "export/csvwriter.h"
#include "export/portmatrix.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace portolan;
using namespace portolan::gui;
using Kind = DiffMarkItem::Kind;

static const char kOld[] = PORTOLAN_SOURCE_DIR "/tests/beyond/data/shop-rev-a.portolan";
static const char kNew[] = PORTOLAN_SOURCE_DIR "/tests/beyond/data/shop-rev-b.portolan";
static const char kExample[] = PORTOLAN_SOURCE_DIR "/data/examples/appmon-three-tier.portolan";

namespace {

DiffMarkItem *mark(DiffOverlay *o, Kind kind, const QString &ref)
{
    for (DiffMarkItem *i : o->items()) {
        if (i->kind() == kind && i->ref() == ref)
            return i;
    }
    return nullptr;
}

QList<int> rowsOfKind(const MatrixModel *m, MatrixChanges::Kind kind)
{
    QList<int> rows;
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->index(r, 0).data(MatrixModel::ChangeRole).toInt() == int(kind))
            rows << r;
    }
    return rows;
}

QString cell(const MatrixModel *m, int row, core::MatrixColumn c)
{
    return m->index(row, int(c)).data().toString();
}

/// Runs `fn` on the next modal dialog once it is shown (QDialog::exec() blocks the test).
void onModal(std::function<void(QWidget *)> fn)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, fn] {
        if (QWidget *w = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            fn(w);
        }
    });
    timer->start();
}

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestCompare : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { testutil::isolateSettings(); }
    void cleanup() { setLanguage(core::Language::English); }
    void canvasMarks();
    void matrixMarks();
    void followsEditsAndClears();
    void deltaRequest();
    void importInventory();
    void importInventoryCancelled();
};

void TestCompare::canvasMarks()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openFile(QString::fromLatin1(kNew), true));
    CompareActions *c = w.compareActions();
    QVERIFY(!c->deltaAction()->isEnabled());
    QString error;
    QVERIFY(!c->compareWith(QStringLiteral("/no/such/file.portolan"), &error));
    QVERIFY(error.contains(QStringLiteral("/no/such/file.portolan")));
    QVERIFY(c->compareWith(QString::fromLatin1(kOld), &error));
    QVERIFY(c->session()->active());
    QVERIFY(c->deltaAction()->isEnabled() && c->clearAction()->isEnabled());

    DiffOverlay *o = c->overlay();
    const beyond::DesignDiff &diff = c->session()->diff();
    // The crafted revision: coll3 added, db2 removed, coll2 moved from Core into the DMZ,
    // coll1's agent port override changed from 29998 to 19998.
    QCOMPARE(o->count(Kind::NodeAdded), 1);
    QCOMPARE(o->count(Kind::NodeRemoved), 1);
    QCOMPARE(o->count(Kind::NodeChanged), 2);
    QCOMPARE(o->count(Kind::FlowAdded), diff.count(beyond::FlowChange::Kind::Added));
    QCOMPARE(o->count(Kind::FlowRemoved), diff.count(beyond::FlowChange::Kind::Removed));
    QCOMPARE(o->count(Kind::FlowChanged), diff.count(beyond::FlowChange::Kind::Changed));
    QVERIFY(o->count(Kind::FlowAdded) >= 1);
    QVERIFY(o->count(Kind::FlowRemoved) >= 1);
    QVERIFY(o->count(Kind::FlowChanged) >= 2);
    QCOMPARE(o->items().size(), int(diff.nodes.size() + diff.flows.size()));

    // Added and changed nodes are outlined where their live item is; the removed node is a
    // ghost at its old position, above everything else.
    DesignScene *s = w.scene();
    DiffMarkItem *added = mark(o, Kind::NodeAdded, QStringLiteral("coll3"));
    QVERIFY(added);
    QCOMPARE(added->pos(), QPointF(320, 260));
    QCOMPARE(added->pos(), s->nodeItem(QStringLiteral("coll3"))->pos());
    DiffMarkItem *moved = mark(o, Kind::NodeChanged, QStringLiteral("coll2"));
    QVERIFY(moved);
    QCOMPARE(moved->pos(), QPointF(180, 260));
    QVERIFY(moved->label().contains(QStringLiteral("zone")));
    QVERIFY(mark(o, Kind::NodeChanged, QStringLiteral("coll1"))
                    ->label()
                    .contains(QStringLiteral("ports")));
    DiffMarkItem *ghost = mark(o, Kind::NodeRemoved, QStringLiteral("db2"));
    QVERIFY(ghost);
    QCOMPARE(ghost->pos(), QPointF(600, 440));
    QVERIFY(!s->nodeItem(QStringLiteral("db2")));
    QVERIFY(ghost->zValue() > s->nodeItem(QStringLiteral("coll3"))->zValue());
    QVERIFY(ghost->isVisible() && ghost->scene() == s);
    QVERIFY(ghost->toolTip().contains(QStringLiteral("Reporting DB")));

    // The removed manual flow runs from the live Shop JVM to the ghost database.
    DiffMarkItem *gone = nullptr;
    for (DiffMarkItem *i : o->items()) {
        if (i->kind() == Kind::FlowRemoved && i->label() == QStringLiteral("TCP 1522"))
            gone = i;
    }
    QVERIFY(gone);
    QVERIFY(gone->isVisible() && gone->shown());
    const QPointF jvm = s->nodeItem(QStringLiteral("agent1"))->pos();
    QVERIFY(QLineF(gone->path().pointAtPercent(0), jvm).length() < 60);
    QVERIFY(QLineF(gone->path().pointAtPercent(1), QPointF(600, 440)).length() < 60);

    // Changed flows outline their live flow item.
    for (DiffMarkItem *i : o->items()) {
        if (i->kind() != Kind::FlowChanged && i->kind() != Kind::FlowAdded)
            continue;
        const FlowItem *f = s->flowItem(i->ref());
        QVERIFY2(f, qPrintable(i->ref()));
        QVERIFY(i->path().boundingRect().contains(f->sceneBoundingRect().center())
                || i->path().intersects(f->sceneBoundingRect()));
        QCOMPARE(i->shown(), f->isVisible());
    }
    // Marks never take the clicks meant for the items under them.
    QVERIFY(added->shape().isEmpty());
    // (The first item there that is not a tile, as the select tool looks: tiles take no
    // mouse buttons.)
    QGraphicsItem *top = nullptr;
    for (QGraphicsItem *i : s->items(QPointF(320, 260))) {
        if (!isTile(i)) {
            top = i;
            break;
        }
        QCOMPARE(i->acceptedMouseButtons(), Qt::NoButton);
    }
    QVERIFY(top);
    QCOMPARE(top->type(), int(NodeItem::Type));

    // The banner says the same.
    CompareBanner *banner = c->banner();
    QVERIFY(banner->isVisibleTo(&w));
    QVERIFY(banner->summary().contains(QStringLiteral("Compared with shop-rev-a.portolan (A)")));
    QVERIFY(banner->summary().contains(QStringLiteral("Nodes: 1 added, 1 removed, 2 changed")));
    QVERIFY(banner->summary().contains(
            QStringLiteral("Flows: %1 added, %2 removed, %3 changed")
                    .arg(o->count(Kind::FlowAdded))
                    .arg(o->count(Kind::FlowRemoved))
                    .arg(o->count(Kind::FlowChanged))));
    QVERIFY(banner->summary().contains(QStringLiteral("Firewall rules: %1 to open, %2 to close")
                                               .arg(c->session()->rulesToOpen())
                                               .arg(c->session()->rulesToClose())));
    QVERIFY(c->session()->rulesToOpen() > 0 && c->session()->rulesToClose() > 0);
    QVERIFY(c->changesView()->toPlainText().contains(QStringLiteral("- db2  Reporting DB")));

    // Dragging a node: its mark follows during the drag, and is there after the move.
    QWidget *vp = w.view()->viewport();
    const QPointF start = s->nodeItem(QStringLiteral("coll3"))->pos();
    auto at = [&](const QPointF &p) { return w.view()->mapFromScene(p); };
    QTest::mousePress(vp, Qt::LeftButton, Qt::NoModifier, at(start));
    QTest::mouseMove(vp, at(start + QPointF(20, 10)));
    QTest::mouseMove(vp, at(start + QPointF(60, 40)));
    QTRY_COMPARE(added->pos(), s->nodeItem(QStringLiteral("coll3"))->pos());
    QVERIFY(QLineF(added->pos(), start).length() > 30);
    QTest::mouseRelease(vp, Qt::LeftButton, Qt::NoModifier, at(start + QPointF(60, 40)));
    added = mark(o, Kind::NodeAdded, QStringLiteral("coll3"));
    QVERIFY(added);
    QCOMPARE(added->pos(), w.document()->node(QStringLiteral("coll3"))->pos);
    QVERIFY(QLineF(added->pos(), start).length() > 30);

    // The crossing-only filter hides the flows that cross nothing, and their marks with them.
    FlowFilter filter = s->flowFilter();
    filter.crossingOnly = true;
    s->setFlowFilter(filter);
    int hidden = 0;
    for (DiffMarkItem *i : o->items()) {
        if (const FlowItem *f = i->isNode() || i->isGhost() ? nullptr : s->flowItem(i->ref())) {
            QCOMPARE(i->shown(), f->isVisible());
            hidden += i->shown() ? 0 : 1;
        }
    }
    QVERIFY(hidden > 0); // Shop Apache -> DMZ Collector no longer crosses a firewall
}

void TestCompare::matrixMarks()
{
    MainWindow w;
    QVERIFY(w.openFile(QString::fromLatin1(kNew), true));
    MatrixModel *m = w.matrixModel();
    QAbstractItemModelTester tester(m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int plainColumns = m->columnCount();
    const int plainRows = m->rowCount();
    QCOMPARE(rowsOfKind(m, MatrixChanges::None).size(), plainRows);
    QString error;
    QVERIFY(w.compareActions()->compareWith(QString::fromLatin1(kOld), &error));
    DiffOverlay *o = w.compareActions()->overlay();

    QCOMPARE(m->columnCount(), plainColumns + 1);
    QCOMPARE(m->changeColumn(), plainColumns);
    QCOMPARE(m->headerData(m->changeColumn(), Qt::Horizontal).toString(), QStringLiteral("Change"));
    const QList<int> added = rowsOfKind(m, MatrixChanges::Added);
    const QList<int> changed = rowsOfKind(m, MatrixChanges::Changed);
    const QList<int> removed = rowsOfKind(m, MatrixChanges::Removed);
    QCOMPARE(added.size(), o->count(Kind::FlowAdded));
    QCOMPARE(changed.size(), o->count(Kind::FlowChanged));
    QCOMPARE(removed.size(), o->count(Kind::FlowRemoved));
    QCOMPARE(m->rowCount(), plainRows + removed.size()); // removed flows listed after the rest
    QCOMPARE(removed.first(), plainRows);

    for (int r : added) {
        QCOMPARE(m->index(r, m->changeColumn()).data().toString(), QStringLiteral("Added"));
        QVERIFY(m->index(r, 0).data(Qt::BackgroundRole).isValid());
    }
    bool portChange = false;
    for (int r : changed) {
        const QString text = m->index(r, m->changeColumn()).data().toString();
        QVERIFY(text.startsWith(QStringLiteral("Changed: ")));
        if (text.contains(QStringLiteral("ports"))) {
            portChange = true;
            QCOMPARE(cell(m, r, core::MatrixColumn::Ports), QStringLiteral("19998"));
        }
    }
    QVERIFY(portChange);
    bool report = false;
    for (int r : removed) {
        QCOMPARE(m->index(r, m->changeColumn()).data().toString(), QStringLiteral("Removed"));
        QVERIFY(m->index(r, 0).data(Qt::FontRole).value<QFont>().strikeOut());
        QVERIFY(m->keyAt(r).isEmpty());
        if (cell(m, r, core::MatrixColumn::TargetName) == QStringLiteral("Reporting DB")) {
            report = true;
            QCOMPARE(cell(m, r, core::MatrixColumn::Ports), QStringLiteral("1522"));
        }
    }
    QVERIFY(report);

    // Crossing only: one row per firewall, the removed flow to the database twice.
    m->setCrossingOnly(true);
    int reportRows = 0;
    for (int r : rowsOfKind(m, MatrixChanges::Removed))
        reportRows += cell(m, r, core::MatrixColumn::TargetName) == QStringLiteral("Reporting DB");
    QCOMPARE(reportRows, 2);
    m->setCrossingOnly(false);

    w.compareActions()->clearComparison();
    QCOMPARE(m->columnCount(), plainColumns);
    QCOMPARE(m->rowCount(), plainRows);
    QVERIFY(!m->comparing());
}

void TestCompare::followsEditsAndClears()
{
    MainWindow w;
    QVERIFY(w.openFile(QString::fromLatin1(kNew), true));
    CompareActions *c = w.compareActions();
    QString error;
    QVERIFY(c->compareWith(QString::fromLatin1(kOld), &error));
    DiffOverlay *o = c->overlay();
    QUndoStack *undo = w.document()->undoStack();

    // Deleting the added collector: nothing added any more; undo brings it back.
    undo->push(Commands::remove(w.document(), {QStringLiteral("coll3")}, {}, {}));
    QCOMPARE(o->count(Kind::NodeAdded), 0);
    QVERIFY(c->banner()->summary().contains(
            QStringLiteral("Nodes: 0 added, 1 removed, 2 changed")));
    undo->undo();
    QCOMPARE(o->count(Kind::NodeAdded), 1);
    QVERIFY(mark(o, Kind::NodeAdded, QStringLiteral("coll3")));

    // Moving the DMZ collector back into Core (where revision A had it): no longer changed.
    const QPointF from = w.document()->node(QStringLiteral("coll2"))->pos;
    undo->push(
            Commands::move(w.document(), {QStringLiteral("coll2")}, {}, QPointF(600, 300) - from));
    QCOMPARE(w.document()->node(QStringLiteral("coll2"))->zone, QStringLiteral("core"));
    QVERIFY(!mark(o, Kind::NodeChanged, QStringLiteral("coll2")));
    QCOMPARE(o->count(Kind::NodeChanged), 1);

    // Clear.
    c->clearComparison();
    QVERIFY(o->items().isEmpty());
    QVERIFY(!c->banner()->isVisibleTo(&w));
    QVERIFY(!c->deltaAction()->isEnabled());
    for (QGraphicsItem *i : w.scene()->items())
        QVERIFY(i->type() != DiffMarkItem::Type);

    // Opening another design ends the comparison too.
    QVERIFY(c->compareWith(QString::fromLatin1(kOld), &error));
    QVERIFY(!o->items().isEmpty());
    QVERIFY(w.openFile(QString::fromLatin1(kExample), true));
    QVERIFY(!c->session()->active());
    QVERIFY(o->items().isEmpty());
    QVERIFY(!w.matrixModel()->comparing());
    QVERIFY(!c->banner()->isVisibleTo(&w));
}

void TestCompare::deltaRequest()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext not installed (poppler-utils)");
    QTemporaryDir dir;
    MainWindow w;
    QVERIFY(w.openFile(QString::fromLatin1(kNew), true));
    CompareActions *c = w.compareActions();
    QString error;
    QVERIFY(!c->exportDelta(dir.filePath(QStringLiteral("x.pdf")), &error));
    QVERIFY(error.contains(QStringLiteral("no comparison")));
    QVERIFY(c->compareWith(QString::fromLatin1(kOld), &error));

    const QString csv = dir.filePath(QStringLiteral("delta.csv"));
    QVERIFY2(c->exportDelta(csv, &error), qPrintable(error));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const auto rows = core::CsvWriter::parse(f.readAll());
    QCOMPARE(int(rows.size()), 1 + int(c->session()->diff().delta.size()));
    int closes = 0;
    for (const QStringList &row : rows)
        closes += row.value(0) == QStringLiteral("close");
    QCOMPARE(closes, c->session()->rulesToClose());

    const QString pdf = dir.filePath(QStringLiteral("delta.pdf"));
    QVERIFY2(c->exportDelta(pdf, &error), qPrintable(error));
    QString text = pdfText(pdf);
    QVERIFY(text.contains(QStringLiteral("Rules to open")));
    QVERIFY(text.contains(QStringLiteral("Rules to close")));
    QVERIFY(text.contains(QStringLiteral("Reporting DB")));
    QVERIFY(text.contains(QStringLiteral("Revision A \u2192 B")));

    // In Chinese, from the app's language.
    setLanguage(core::Language::Chinese);
    const QString zh = dir.filePath(QStringLiteral("delta-zh.pdf"));
    QVERIFY2(c->exportDelta(zh, &error), qPrintable(error));
    text = pdfText(zh);
    const QString firewall = QCoreApplication::translate("Messages", "Firewall %1")
                                     .arg(QStringLiteral("FW-CORE"));
    QVERIFY(firewall != QStringLiteral("Firewall FW-CORE"));
    QVERIFY2(text.contains(firewall), qPrintable(text.left(300)));
    QVERIFY(text.contains(QCoreApplication::translate("Messages", "Rules to close")));

    // The comparison's texts follow the switch (whatever the translations hold today).
    auto tr = [](const char *context, const char *source) {
        return QCoreApplication::translate(context, source);
    };
    QVERIFY(c->banner()->summary().startsWith(
            tr("portolan::gui::CompareBanner", "Compared with %1")
                    .arg(QStringLiteral("shop-rev-a.portolan (A)"))));
    MatrixModel *m = w.matrixModel();
    QCOMPARE(m->headerData(m->changeColumn(), Qt::Horizontal).toString(),
             tr("portolan::gui::MatrixModel", "Change"));
    QCOMPARE(mark(c->overlay(), Kind::NodeRemoved, QStringLiteral("db2"))->label(),
             tr("portolan::gui::DiffOverlay", "Removed"));
    QCOMPARE(c->deltaAction()->text(),
             tr("portolan::gui::CompareActions", "Export &Delta Request..."));
    QVERIFY(c->changesView()->toPlainText().startsWith(
            tr("Messages", "Comparing %1 with %2").left(2)));
}

void TestCompare::importInventory()
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("cmdb.csv"));
    {
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Host,IP Address,Zone,Component Type,Name,Product\n"
                "web01,10.10.1.11,DMZ,appmon.agent,Shop JVM,\n"
                "apm01,10.20.1.50,Monitoring,collector,,appmon\n"
                "apm01,10.20.1.50,Monitoring,appmon.colector,,\n"
                "db01,10.30.0.5,Data,,,\n"
                "apm02,10.20.1.51,Monitoring,AppMon Server,,\n");
    }
    MainWindow w;
    QVERIFY(w.openFile(QString::fromLatin1(kExample), true));
    // A modified design: the import asks to save it first (answered Discard).
    const QString first = w.document()->design().nodes.front().id;
    w.document()->undoStack()->push(Commands::remove(w.document(), {first}, {}, {}));
    QVERIFY(w.document()->isModified());

    QStringList report;
    QString summary;
    int preview = 0;
    bool asked = false;
    onModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<InventoryDialog *>(modal);
        QVERIFY(dialog);
        report = dialog->reportLines();
        summary = dialog->summary();
        preview = dialog->previewRows();
        QVERIFY(dialog->openButton()->isEnabled());
        onModal([&](QWidget *box) {
            auto *m = qobject_cast<QMessageBox *>(box);
            QVERIFY(m);
            asked = true;
            m->button(QMessageBox::Discard)->click();
        });
        dialog->openButton()->click();
    });
    QVERIFY(w.compareActions()->importInventory(csv));
    QVERIFY(asked);
    QCOMPARE(report,
             QStringList({QStringLiteral("line 4: unknown component type \"appmon.colector\""),
                          QStringLiteral("line 5: no component type")}));
    QVERIFY(summary.contains(QStringLiteral("3 of 5 rows imported: 3 nodes in 2 zones.")));
    QCOMPARE(preview, 3);

    const Document *doc = w.document();
    QVERIFY(doc->fileName().isEmpty());
    QVERIFY(doc->isModified());
    QStringList ids;
    for (const core::Node &n : doc->design().nodes)
        ids << n.id;
    QCOMPARE(ids, QStringList({QStringLiteral("web01"), QStringLiteral("apm01"),
                               QStringLiteral("apm02")}));
    QCOMPARE(doc->node(QStringLiteral("apm01"))->type, QStringLiteral("appmon.collector"));
    QCOMPARE(doc->node(QStringLiteral("web01"))->address, QStringLiteral("10.10.1.11"));
    QCOMPARE(int(doc->design().zones.size()), 2);
    QVERIFY(w.scene()->nodeItem(QStringLiteral("apm02")));
    QVERIFY(doc->flows().crossingCount() > 0); // Agent → Collector across DMZ/Monitoring
}

void TestCompare::importInventoryCancelled()
{
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("bad.csv"));
    {
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Host,Zone,Component Type\nweb01,DMZ,nonsense\n");
    }
    MainWindow w;
    QVERIFY(w.openFile(QString::fromLatin1(kExample), true));
    const int nodes = int(w.document()->design().nodes.size());
    bool disabled = false;
    QStringList report;
    onModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<InventoryDialog *>(modal);
        QVERIFY(dialog);
        disabled = !dialog->openButton()->isEnabled();
        report = dialog->reportLines();
        dialog->reject();
    });
    QVERIFY(!w.compareActions()->importInventory(bad));
    QVERIFY(disabled);
    QCOMPARE(report, QStringList({QStringLiteral("line 2: unknown component type \"nonsense\"")}));
    QCOMPARE(int(w.document()->design().nodes.size()), nodes);
    QVERIFY(!w.document()->fileName().isEmpty());
}

QTEST_MAIN(TestCompare)
#include "tst_compare.moc"
