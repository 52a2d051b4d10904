// Every item model under QAbstractItemModelTester, while the design changes under it.

#include "testutil.h"

#include "commands/commands.h"
#include "document/document.h"
#include "scene/designscene.h"
#include "widgets/matrixmodel.h"
#include "widgets/palettemodel.h"
#include "widgets/problemsmodel.h"

#include "export/portmatrix.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace portolan;
using namespace portolan::gui;

static const char kExample[] = PORTOLAN_SOURCE_DIR "/data/examples/appmon-three-tier.portolan";

class TestModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { testutil::isolateSettings(); }
    void palette();
    void paletteSearch_data();
    void paletteSearch();
    void matrix();
    void matrixOfManyFlowsAfterEdits();
    void problems();
};

static int leafCount(const QAbstractItemModel *m, const QModelIndex &parent = QModelIndex())
{
    int n = 0;
    for (int r = 0; r < m->rowCount(parent); ++r) {
        const QModelIndex i = m->index(r, 0, parent);
        n += m->rowCount(i) > 0 ? leafCount(m, i) : (i.data(PaletteModel::TypeIdRole).toString().isEmpty() ? 0 : 1);
    }
    return n;
}

void TestModels::palette()
{
    Document doc;
    PaletteModel model(doc.catalogs());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), int(doc.catalogs().catalogs().size()));
    QCOMPARE(leafCount(&model), int(doc.catalogs().allComponents().size()));
    // Generic infrastructure comes last.
    QCOMPARE(model.index(model.rowCount() - 1, 0).data(PaletteModel::ProductRole).toString(),
             QStringLiteral("common"));
    const QModelIndexList hits = model.match(model.index(0, 0), PaletteModel::TypeIdRole,
                                             QStringLiteral("appmon.collector"), 1,
                                             Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(hits.size(), 1);
    QVERIFY(!hits.first().data(Qt::DecorationRole).value<QIcon>().isNull());
    std::unique_ptr<QMimeData> mime(model.mimeData(hits));
    QCOMPARE(mime->data(QStringLiteral("application/x-portolan-component")), QByteArray("appmon.collector"));
    // Product rows are not draggable.
    QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsDragEnabled));
    QVERIFY(!model.mimeData({model.index(0, 0)}));
    model.rebuild();
    QCOMPARE(leafCount(&model), int(doc.catalogs().allComponents().size()));
}

void TestModels::paletteSearch_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("notExpected");
    QTest::newRow("english") << "collector" << "appmon.collector" << "appmon.agent";
    QTest::newRow("id") << "dataminer.cass" << "dataminer.cassandra" << "appmon.collector";
    QTest::newRow("chinese") << QString::fromUtf8("采集器") << "appmon.collector" << "common.ldap";
    QTest::newRow("product name") << "skyline" << "dataminer.dma" << "appmon.agent";
}

void TestModels::paletteSearch()
{
    QFETCH(QString, search);
    QFETCH(QString, expected);
    QFETCH(QString, notExpected);
    Document doc;
    PaletteModel model(doc.catalogs());
    PaletteFilter filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int all = leafCount(&filter);
    // Type it one character at a time, as a user does.
    for (int i = 1; i <= search.size(); ++i)
        filter.setSearch(search.left(i));
    auto has = [&](const QString &type) {
        return !filter.match(filter.index(0, 0), PaletteModel::TypeIdRole, type, 1,
                             Qt::MatchExactly | Qt::MatchRecursive).isEmpty();
    };
    QVERIFY2(has(expected), qPrintable(expected));
    QVERIFY2(!has(notExpected), qPrintable(notExpected));
    QVERIFY(leafCount(&filter) < all);
    filter.setSearch(QString());
    QCOMPARE(leafCount(&filter), all);
}

void TestModels::matrix()
{
    Document doc;
    MatrixModel model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QString error;
    QVERIFY(doc.open(QString::fromLatin1(kExample), &error));
    QCOMPARE(model.rowCount(), int(doc.flows().flows.size()));
    QCOMPARE(model.columnCount(), int(core::MatrixColumn::Count));
    const core::PortMatrix expected = core::PortMatrix::build(doc.design(), doc.flows(), doc.catalogs(),
                                                              core::Language::English, false);
    for (int r = 0; r < model.rowCount(); ++r)
        for (int c = 0; c < model.columnCount(); ++c)
            QCOMPARE(model.index(r, c).data().toString(), expected.rows[size_t(r)].cells[c]);

    model.setCrossingOnly(true);
    const core::PortMatrix crossing = core::PortMatrix::build(doc.design(), doc.flows(), doc.catalogs(),
                                                              core::Language::English, true);
    QCOMPARE(model.rowCount(), int(crossing.rows.size()));
    for (int r = 0; r < model.rowCount(); ++r)
        QVERIFY(model.index(r, 0).data(MatrixModel::CrossingRole).toBool());
    model.setCrossingOnly(false);

    // Edits flow through: deleting the server removes its rows; undo brings them back.
    const int rows = model.rowCount();
    doc.undoStack()->push(Commands::remove(&doc, {QStringLiteral("server")}, {}, {}));
    QVERIFY(model.rowCount() < rows);
    for (int r = 0; r < model.rowCount(); ++r)
        QVERIFY(!model.keyAt(r).contains(QStringLiteral("server|")));
    doc.undoStack()->undo();
    QCOMPARE(model.rowCount(), rows);
    QVERIFY(!model.rowsForKey(model.keyAt(0)).isEmpty());
}

/// Many rows (the model makes the cells of a long list as they are shown, a chunk at a
/// time): every cell, read in any order, is the port matrix of the current design, also
/// right after edits that rename, remove and add nodes.
void TestModels::matrixOfManyFlowsAfterEdits()
{
    Document doc;
    QString error;
    QVERIFY(doc.open(QString::fromLatin1(kExample), &error));
    core::Design design = doc.design();
    const core::Node order = *doc.node(QStringLiteral("order"));
    for (int i = 0; i < 400; ++i) {
        core::Node n = order;
        n.id = QStringLiteral("agent%1").arg(i);
        n.name = QStringLiteral("Agent %1").arg(i);
        n.pos += QPointF(0, 2 * i);
        design.nodes.push_back(n);
        design.links.push_back(
                core::Link{n.id, QStringLiteral("appcol"), nlohmann::json::object()});
    }
    doc.setDesign(design, QString());
    MatrixModel model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.rowCount() > 400);

    auto checkAll = [&] {
        const core::PortMatrix expected = core::PortMatrix::build(
                doc.design(), doc.flows(), doc.catalogs(), core::Language::English, false);
        QCOMPARE(model.rowCount(), int(expected.rows.size()));
        for (int r = model.rowCount() - 1; r >= 0; --r) { // from the end: chunks out of order
            for (int c = 0; c < model.columnCount(); ++c)
                QCOMPARE(model.index(r, c).data().toString(), expected.rows[size_t(r)].cells[c]);
        }
        for (int r = 0; r < model.rowCount(); ++r) { // the flow keys that select on the canvas
            const QString key = DesignScene::flowKey(doc.flows().flows[size_t(r)], doc.design());
            QCOMPARE(model.keyAt(r), key);
            QCOMPARE(model.index(r, 0).data(MatrixModel::FlowKeyRole).toString(), key);
            QVERIFY(model.rowsForKey(key).contains(r));
        }
    };
    // Some rows shown before the edits (their chunks made), the rest after.
    QVERIFY(!model.index(model.rowCount() / 2, 3).data().toString().isEmpty());
    const core::Node before = *doc.node(QStringLiteral("agent200"));
    core::Node after = before;
    after.name = QStringLiteral("Renamed agent");
    doc.undoStack()->push(new ChangeNodeCommand(&doc, before, after));
    QCOMPARE(model.match(model.index(0, int(core::MatrixColumn::SourceName)), Qt::DisplayRole,
                         QStringLiteral("Renamed agent"), -1, Qt::MatchExactly)
                     .size(),
             model.match(model.index(0, int(core::MatrixColumn::SourceName)), Qt::DisplayRole,
                         QStringLiteral("Agent 201"), -1, Qt::MatchExactly)
                     .size());
    checkAll();
    doc.undoStack()->push(Commands::remove(&doc, {QStringLiteral("agent5")}, {}, {}));
    checkAll();
    doc.undoStack()->push(Commands::addNode(&doc, QStringLiteral("appmon.agent"), QPointF(0, 0)));
    checkAll();
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    checkAll();
    model.setCrossingOnly(true);
    model.setCrossingOnly(false);
    checkAll();
}

void TestModels::problems()
{
    Document doc;
    ProblemsModel model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    // An agent alone misses its collector: a warning naming the node.
    doc.undoStack()->push(Commands::addNode(&doc, QStringLiteral("appmon.agent"), QPointF(0, 0)));
    QVERIFY(model.rowCount() >= 1);
    const QString id = doc.design().nodes.back().id;
    bool found = false;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex i = model.index(r, ProblemsModel::MessageColumn);
        if (i.data(ProblemsModel::NodesRole).toStringList().contains(id)) {
            found = true;
            QCOMPARE(i.data(ProblemsModel::SeverityRole).toInt(), int(core::Severity::Warning));
            QVERIFY(!model.index(r, 0).data(Qt::DecorationRole).value<QIcon>().isNull());
            QVERIFY(!i.data().toString().isEmpty());
        }
    }
    QVERIFY(found);
    // An edit that leaves the problems as they were does not reset the list (its selection
    // stays); one that changes them does.
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    const int problems = model.rowCount();
    doc.undoStack()->push(Commands::move(&doc, {id}, {}, QPointF(40, 0)));
    QCOMPARE(resets.count(), 0);
    QCOMPARE(model.rowCount(), problems);
    doc.undoStack()->undo();
    QCOMPARE(resets.count(), 0);
    doc.undoStack()->push(Commands::addNode(&doc, QStringLiteral("appmon.collector"), QPointF(300, 0)));
    QCOMPARE(resets.count(), 1);
    for (int r = 0; r < model.rowCount(); ++r)
        QVERIFY(!model.index(r, 1).data(ProblemsModel::NodesRole).toStringList().contains(id)
                || model.index(r, 1).data(ProblemsModel::SeverityRole).toInt() != int(core::Severity::Warning));
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestModels)
#include "tst_models.moc"
