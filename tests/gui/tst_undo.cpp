// The document adapter and its commands: undo/redo to byte-identical files, save/reopen,
// failed opens, automatic layout, clipboard.

#include "engine/engine.h"
#include "testutil.h"

#include "commands/commands.h"
#include "document/clipboard.h"
#include "document/document.h"

#include "io/designio.h"

#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace portolan;
using namespace portolan::gui;

static const char kExample[] = PORTOLAN_SOURCE_DIR "/data/examples/appmon-three-tier.portolan";

class TestUndo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { testutil::isolateSettings(); }
    void twentyEditsUndoRedo();
    void saveAndReopen();
    void failedOpenKeepsDesign();
    void layoutWithoutGeometry();
    void clipboardRoundTrip();
    void clipboardRejectsBadInput();
    void signalsAreFineGrained();
};

void TestUndo::twentyEditsUndoRedo()
{
    Document doc;
    QString error;
    QVERIFY2(doc.open(QString::fromLatin1(kExample), &error), qPrintable(error));
    const QByteArray initial = core::DesignIO::write(doc.design());
    const size_t initialFlows = doc.flows().flows.size();
    QUndoStack *stack = doc.undoStack();
    auto push = [&](QUndoCommand *cmd) {
        QVERIFY(cmd);
        stack->push(cmd);
    };
    auto changeNode = [&](const QString &id, const std::function<void(core::Node &)> &fn) {
        core::Node after = *doc.node(id);
        fn(after);
        push(new ChangeNodeCommand(&doc, *doc.node(id), after));
    };

    push(Commands::addZone(&doc, QRectF(1300, 0, 500, 400)));                          // 1
    const QString newZone = doc.design().zones.back().id;
    push(Commands::addNode(&doc, QStringLiteral("appmon.agent"), QPointF(1400, 100)));  // 2
    const QString newAgent = doc.design().nodes.back().id;
    QCOMPARE(doc.node(newAgent)->zone, newZone);
    push(Commands::addNode(&doc, QStringLiteral("common.oracle"), QPointF(1600, 300))); // 3
    push(Commands::move(&doc, {newAgent}, {}, QPointF(40, 60)));                        // 4
    changeNode(newAgent, [](core::Node &n) {                                            // 5
        n.name = QStringLiteral("Batch JVM");
        n.host = QStringLiteral("batch01");
    });
    push(new AddLinkCommand(&doc, core::Link{newAgent, QStringLiteral("appcol"), {}}));   // 6
    core::Zone z = *doc.zone(newZone);
    z.firewalled = false;
    push(new ChangeZoneCommand(&doc, *doc.zone(newZone), z));                            // 7
    push(Commands::resizeZone(&doc, newZone, QRectF(1300, 0, 700, 450)));                // 8
    push(Commands::move(&doc, {}, {QStringLiteral("dmz")}, QPointF(0, -20)));           // 9
    nlohmann::json products = doc.design().products;
    products["appmon"]["version"] = "6.2";
    push(new SetProductOptionsCommand(&doc, doc.design().products, products));          // 10
    changeNode(QStringLiteral("web01-mod"), [](core::Node &n) {                         // 11
        n.options["webServerAgentRole"] = "master";
    });
    push(new RemoveLinkCommand(&doc, QStringLiteral("order"), QStringLiteral("appcol"))); // 12
    push(Commands::remove(&doc, {QStringLiteral("shopapi")}, {}, {}));                  // 13
    const core::Design fragment = Clipboard::extract(doc, {QStringLiteral("server"), QStringLiteral("pwh")}, {});
    push(Commands::insertFragment(&doc, Clipboard::prepareForInsert(doc, fragment, QPointF(30, 30)),
                                  QStringLiteral("Paste")));                               // 14
    push(Commands::move(&doc, {QStringLiteral("mas")}, {}, QPointF(10, 0), GeometryCommand::NudgeId)); // 15
    const int beforeMerge = stack->count();
    push(Commands::move(&doc, {QStringLiteral("mas")}, {}, QPointF(10, 0), GeometryCommand::NudgeId));
    QCOMPARE(stack->count(), beforeMerge); // nudges merge
    push(Commands::remove(&doc, {}, {QStringLiteral("ops")}, {}));                      // 16
    changeNode(QStringLiteral("dmzcol"), [](core::Node &n) {                            // 17
        n.ports[QStringLiteral("appmon.collector-agent")] = QStringLiteral("19998");
    });
    push(Commands::addZone(&doc, QRectF(420, 400, 220, 240)));                           // 18
    QCOMPARE(doc.design().zones.back().parent, QStringLiteral("mon"));
    push(Commands::move(&doc, {QStringLiteral("order")}, {}, QPointF(-700, 330)));      // 19
    QCOMPARE(doc.node(QStringLiteral("order"))->zone, QStringLiteral("mon"));
    push(Commands::remove(&doc, {QStringLiteral("payment")}, {newZone},                 // 20
                          {qMakePair(QStringLiteral("server"), QStringLiteral("pwh"))}));

    QCOMPARE(stack->count(), 20);
    const QByteArray final = core::DesignIO::write(doc.design());
    QVERIFY(final != initial);
    std::vector<core::LoadError> errors;
    QVERIFY(core::DesignIO::validate(doc.design(), QStringLiteral("edited"), &doc.catalogs(), &errors));

    // The document derives flows incrementally; after every step they must equal a full
    // derivation of the same design.
    auto sameAsFull = [&doc]() {
        const core::FlowSet full = core::Engine::derive(doc.design(), doc.catalogs());
        if (full.flows.size() != doc.flows().flows.size())
            return false;
        for (size_t i = 0; i < full.flows.size(); ++i) {
            const core::Flow &a = full.flows[i], &b = doc.flows().flows[i];
            if (a.id != b.id || a.source != b.source || a.target != b.target || a.ports != b.ports
                || a.firewalls != b.firewalls || a.ruleId != b.ruleId)
                return false;
        }
        return full.diagnostics.size() == doc.flows().diagnostics.size();
    };
    QVERIFY(sameAsFull());
    while (stack->canUndo()) {
        stack->undo();
        QVERIFY(sameAsFull());
    }
    QCOMPARE(core::DesignIO::write(doc.design()), initial);
    QCOMPARE(doc.flows().flows.size(), initialFlows);
    QVERIFY(!doc.isModified());
    while (stack->canRedo()) {
        stack->redo();
        QVERIFY(sameAsFull());
    }
    QCOMPARE(core::DesignIO::write(doc.design()), final);
    QVERIFY(doc.isModified());
}

void TestUndo::saveAndReopen()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Document doc;
    QString error;
    QVERIFY(doc.open(QString::fromLatin1(kExample), &error));
    doc.undoStack()->push(Commands::addNode(&doc, QStringLiteral("appmon.agent"), QPointF(100, 700)));
    QVERIFY(doc.isModified());
    QSignalSpy modified(&doc, &Document::modifiedChanged);
    const QString file = dir.filePath(QStringLiteral("saved.portolan"));
    QVERIFY2(doc.saveAs(file, &error), qPrintable(error));
    QVERIFY(!doc.isModified());
    QCOMPARE(modified.size(), 1);
    QCOMPARE(doc.fileName(), file);

    Document again;
    QVERIFY2(again.open(file, &error), qPrintable(error));
    QCOMPARE(core::DesignIO::write(again.design()), core::DesignIO::write(doc.design()));
    QCOMPARE(again.flows().flows.size(), doc.flows().flows.size());
}

void TestUndo::failedOpenKeepsDesign()
{
    QTemporaryDir dir;
    Document doc;
    QString error;
    QVERIFY(doc.open(QString::fromLatin1(kExample), &error));
    doc.undoStack()->push(Commands::addNode(&doc, QStringLiteral("appmon.agent"), QPointF(0, 900)));
    const QByteArray before = core::DesignIO::write(doc.design());

    const QString bad = dir.filePath(QStringLiteral("bad.portolan"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{ \"format\": \"portolan-design\", \"version\": 1, \"nodes\": [ { \"id\": 3 } ] }");
    f.close();
    QVERIFY(!doc.open(bad, &error));
    QVERIFY2(error.contains(QStringLiteral("bad.portolan")), qPrintable(error));
    QVERIFY(!doc.open(dir.filePath(QStringLiteral("missing.portolan")), &error));
    QVERIFY(error.contains(QStringLiteral("missing.portolan")));
    QCOMPARE(core::DesignIO::write(doc.design()), before);
    QVERIFY(doc.isModified());
    QCOMPARE(doc.fileName(), QString::fromLatin1(kExample));
    QVERIFY(doc.undoStack()->canUndo());
}

void TestUndo::layoutWithoutGeometry()
{
    const QByteArray json = R"({ "format": "portolan-design", "version": 1,
      "zones": [ { "id": "dc", "name": "DC", "firewalled": false },
                 { "id": "dmz", "name": "DMZ", "parent": "dc" },
                 { "id": "app", "name": "App", "parent": "dc" } ],
      "nodes": [ { "id": "a1", "type": "appmon.agent", "zone": "app" },
                 { "id": "a2", "type": "appmon.agent", "zone": "app" },
                 { "id": "c1", "type": "appmon.collector", "zone": "dmz" },
                 { "id": "s1", "type": "appmon.server" } ] })";
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("nogeo.portolan"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(json);
    f.close();
    Document doc;
    QString error;
    QVERIFY2(doc.open(file, &error), qPrintable(error));
    const core::Design &d = doc.design();
    QVERIFY(!d.needsLayout());
    for (const core::Zone &z : d.zones) {
        if (!z.parent.isEmpty())
            QVERIFY(doc.zone(z.parent)->rect.contains(z.rect));
    }
    QVERIFY(!doc.zone(QStringLiteral("dmz"))->rect.intersects(doc.zone(QStringLiteral("app"))->rect));
    for (const core::Node &n : d.nodes) {
        if (!n.zone.isEmpty()) {
            QVERIFY(doc.zone(n.zone)->rect.contains(n.pos));
            for (const core::Zone &z : d.zones) { // no node sits in a zone it does not belong to
                if (z.id != n.zone && !doc.descendantZones(z.id).contains(n.zone))
                    QVERIFY(!z.rect.contains(n.pos));
            }
        } else {
            for (const core::Zone &z : d.zones)
                QVERIFY(!z.rect.contains(n.pos));
        }
    }
    // Nodes do not overlap.
    for (size_t i = 0; i < d.nodes.size(); ++i)
        for (size_t j = i + 1; j < d.nodes.size(); ++j)
            QVERIFY(QLineF(d.nodes[i].pos, d.nodes[j].pos).length() > 100);
    QVERIFY(!doc.isModified());
}

void TestUndo::clipboardRoundTrip()
{
    Document doc;
    QString error;
    QVERIFY(doc.open(QString::fromLatin1(kExample), &error));
    const core::Design fragment = Clipboard::extract(doc, {}, {QStringLiteral("app")});
    QCOMPARE(fragment.zones.size(), size_t(1));
    QCOMPARE(fragment.nodes.size(), size_t(3));
    QCOMPARE(fragment.links.size(), size_t(2));
    std::unique_ptr<QMimeData> mime(Clipboard::toMimeData(fragment));
    core::Design read;
    QVERIFY2(Clipboard::fromMimeData(mime.get(), doc, &read, &error), qPrintable(error));
    const core::Design ready = Clipboard::prepareForInsert(doc, read, QPointF(0, 900));
    const size_t nodes = doc.design().nodes.size();
    const size_t flows = doc.flows().flows.size();
    doc.undoStack()->push(Commands::insertFragment(&doc, ready, QStringLiteral("Paste")));
    QCOMPARE(doc.design().nodes.size(), nodes + 3);
    QCOMPARE(doc.design().zones.back().id, QStringLiteral("app-2"));
    for (const core::Node &n : ready.nodes)
        QCOMPARE(doc.node(n.id)->zone, QStringLiteral("app-2"));
    QVERIFY(doc.flows().flows.size() > flows);
    std::vector<core::LoadError> errors;
    QVERIFY(core::DesignIO::validate(doc.design(), QStringLiteral("pasted"), &doc.catalogs(), &errors));
}

void TestUndo::clipboardRejectsBadInput()
{
    Document doc;
    core::Design out;
    QString error;
    QMimeData text;
    text.setText(QStringLiteral("hello"));
    QVERIFY(!Clipboard::fromMimeData(&text, doc, &out, &error));
    QVERIFY(!error.isEmpty());
    QMimeData unknownType;
    unknownType.setData(QString::fromLatin1(Clipboard::kMimeType),
                        R"({"format":"portolan-design","version":1,"nodes":[{"id":"x","type":"evil.thing"}]})");
    QVERIFY(!Clipboard::fromMimeData(&unknownType, doc, &out, &error));
    QString many = QStringLiteral(R"({"format":"portolan-design","version":1,"nodes":[)");
    for (int i = 0; i < Clipboard::kMaxItems + 1; ++i)
        many += QStringLiteral(R"({"id":"n%1","type":"appmon.agent"},)").arg(i);
    many.chop(1);
    many += QStringLiteral("]}");
    QMimeData big;
    big.setData(QString::fromLatin1(Clipboard::kMimeType), many.toUtf8());
    QVERIFY(!Clipboard::fromMimeData(&big, doc, &out, &error));
    QVERIFY(error.contains(QString::number(Clipboard::kMaxItems)));
}

void TestUndo::signalsAreFineGrained()
{
    Document doc;
    QSignalSpy added(&doc, &Document::nodeAdded);
    QSignalSpy changed(&doc, &Document::nodeChanged);
    QSignalSpy flows(&doc, &Document::flowsChanged);
    QSignalSpy reset(&doc, &Document::designReset);
    doc.undoStack()->push(Commands::addNode(&doc, QStringLiteral("appmon.agent"), QPointF(0, 0)));
    QCOMPARE(added.size(), 1);
    QCOMPARE(flows.size(), 1);
    const QString id = added.first().first().toString();
    doc.undoStack()->push(Commands::move(&doc, {id}, {}, QPointF(20, 0)));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toString(), id);
    QCOMPARE(flows.size(), 2);
    // A compound edit derives flows once.
    doc.undoStack()->push(Commands::addNode(&doc, QStringLiteral("appmon.collector"), QPointF(300, 0)));
    flows.clear();
    doc.undoStack()->push(Commands::remove(&doc, doc.nodesInside(QString()), {}, {}));
    QCOMPARE(doc.design().nodes.size(), size_t(0));
    QCOMPARE(flows.size(), 1);
    QCOMPARE(reset.size(), 0);
}

QTEST_MAIN(TestUndo)
#include "tst_undo.moc"
