// Comparing two revisions of a design: node and flow changes and the delta firewall request,
// on crafted revisions of the worked example in docs/design-format.md.
#include "beyondutil.h"

#include "beyond/diff.h"
#include "export/csvwriter.h"

using namespace portolan::core;
using namespace portolan::beyond;
using namespace portolan::test;

namespace {

struct Pair
{
    Design oldDesign, newDesign;
    FlowSet oldFlows, newFlows;
    Revision older, newer;
    DesignDiff diff;
};

// "+node id", "-node id", "~node id:fields"; "+ src>tgt proto ports fws", "- ...",
// "~ src>tgt proto:fields"; "open FW src>tgt proto ports reason".
QStringList lines(const Pair &p)
{
    QStringList out;
    static const char *sign[] = {"+", "-", "~"};
    for (const NodeChange &c : p.diff.nodes) {
        const Revision &rev = c.newNode >= 0 ? p.newer : p.older;
        const QString id = rev.node(c.newNode >= 0 ? c.newNode : c.oldNode).id;
        out << QStringLiteral("%1node %2%3")
                        .arg(QLatin1String(sign[int(c.kind)]), id,
                             c.fields.isEmpty()
                                     ? QString()
                                     : QLatin1Char(':') + c.fields.join(QLatin1Char(',')));
    }
    for (const FlowChange &c : p.diff.flows) {
        const Revision &rev = c.newFlow ? p.newer : p.older;
        const Flow &f = c.newFlow ? *c.newFlow : *c.oldFlow;
        if (c.kind == FlowChange::Kind::Changed)
            out << QStringLiteral("~ %1>%2 %3:%4")
                            .arg(rev.node(f.source).id, rev.node(f.target).id,
                                 protocolName(f.protocol), c.fields.join(QLatin1Char(',')));
        else
            out << QLatin1String(sign[int(c.kind)]) + QLatin1Char(' ') + flowLine(*rev.design, f);
    }
    for (const DeltaRule &r : p.diff.delta) {
        const Revision &rev = r.action == DeltaRule::Action::Open ? p.newer : p.older;
        out << QStringLiteral("%1 %2 %3>%4 %5 %6 %7")
                        .arg(r.action == DeltaRule::Action::Open ? QStringLiteral("open")
                                                                 : QStringLiteral("close"),
                             r.firewall, rev.node(r.flow->source).id, rev.node(r.flow->target).id,
                             protocolName(r.flow->protocol), r.ports.toString(),
                             DiffReport::reasonText(r.reason, Language::English));
    }
    return out;
}

} // namespace

class TestDiff : public QObject
{
    Q_OBJECT

    std::unique_ptr<CatalogSet> m_cats;

    bool compare(Pair *p, const std::function<void(json &)> &edit, bool crossingOnly = false)
    {
        if (!shopDesign(*m_cats, &p->oldDesign) || !shopDesign(*m_cats, &p->newDesign, edit))
            return false;
        p->oldFlows = Engine::derive(p->oldDesign, *m_cats);
        p->newFlows = Engine::derive(p->newDesign, *m_cats);
        p->older = {&p->oldDesign, &p->oldFlows, QStringLiteral("old")};
        p->newer = {&p->newDesign, &p->newFlows, QStringLiteral("new")};
        p->diff = DesignDiff::compute(p->older, p->newer, crossingOnly);
        return true;
    }

private slots:
    void initTestCase()
    {
        m_cats = builtInCatalogs();
        QVERIFY(m_cats);
    }

    void identicalRevisions()
    {
        Pair p;
        QVERIFY(compare(&p, {}));
        QVERIFY(p.diff.isEmpty());
        QVERIFY(p.diff.delta.empty());
        QVERIFY(DiffReport(p.older, p.newer, p.diff, *m_cats, Language::English)
                        .text()
                        .contains(QStringLiteral("No differences.")));
    }

    void renameOnlyChangesNoFlow()
    {
        Pair p;
        QVERIFY(compare(&p, [](json &d) {
            nodeById(d, "agent1")["name"] = "Shop JVM (renamed)";
            nodeById(d, "coll1")["name"] = "收集器";
            d["zones"][1]["name"] = "Perimeter";
        }));
        QCOMPARE(lines(p), QStringList({"~node agent1:name", "~node coll1:name"}));
    }

    void addedNode()
    {
        Pair p;
        QVERIFY(compare(&p, [](json &d) {
            d["nodes"].push_back({{"id", "coll3"},
                                  {"type", "appmon.collector"},
                                  {"name", "DMZ Collector 2"},
                                  {"zone", "dmz"},
                                  {"host", "dmz-apm02"},
                                  {"address", "10.1.0.10"}});
        }));
        QCOMPARE(lines(p), QStringList({
                                   "+node coll3",
                                   "+ coll3>srv1 tcp 6699 FW-EDGE+FW-CORE",
                                   "+ coll3>srv1 tcp 8041 FW-EDGE+FW-CORE",
                                   "+ wsa1>coll3 tcp 9998 -",
                                   "open FW-CORE coll3>srv1 tcp 6699 new flow",
                                   "open FW-CORE coll3>srv1 tcp 8041 new flow",
                                   "open FW-EDGE coll3>srv1 tcp 6699 new flow",
                                   "open FW-EDGE coll3>srv1 tcp 8041 new flow",
                           }));
    }

    void removedNode()
    {
        Pair p;
        auto removeDb = [](json &d) {
            json nodes = json::array();
            for (const json &n : d["nodes"]) {
                if (n["id"] != "db1")
                    nodes.push_back(n);
            }
            d["nodes"] = nodes;
            d["links"] = json::array({{{"from", "agent1"}, {"to", "coll1"}}});
            d["flows"] = json::array();
        };
        QVERIFY(compare(&p, removeDb));
        QCOMPARE(lines(p), QStringList({
                                   "-node db1",
                                   "- agent1>db1 tcp 1521 FW-EDGE+FW-CORE",
                                   "- srv1>db1 tcp 1521 -",
                                   "close FW-CORE agent1>db1 tcp 1521 flow removed",
                                   "close FW-EDGE agent1>db1 tcp 1521 flow removed",
                           }));
        // Crossing only: the flow inside the core zone is left out, the request is the same.
        Pair q;
        QVERIFY(compare(&q, removeDb, true));
        QCOMPARE(lines(q), QStringList({
                                   "-node db1",
                                   "- agent1>db1 tcp 1521 FW-EDGE+FW-CORE",
                                   "close FW-CORE agent1>db1 tcp 1521 flow removed",
                                   "close FW-EDGE agent1>db1 tcp 1521 flow removed",
                           }));
    }

    void nodeMovedAcrossFirewall()
    {
        Pair p;
        QVERIFY(compare(&p, [](json &d) { nodeById(d, "coll2")["zone"] = "core"; }));
        QCOMPARE(lines(p), QStringList({
                                   "~node coll2:zone",
                                   "~ coll2>srv1 tcp:firewalls",
                                   "~ coll2>srv1 tcp:firewalls",
                                   "~ wsa1>coll2 tcp:firewalls",
                                   "open FW-CORE wsa1>coll2 tcp 9998 firewalls crossed changed",
                                   "close FW-CORE coll2>srv1 tcp 6699 firewalls crossed changed",
                                   "close FW-CORE coll2>srv1 tcp 8041 firewalls crossed changed",
                                   "open FW-EDGE wsa1>coll2 tcp 9998 firewalls crossed changed",
                                   "close FW-EDGE coll2>srv1 tcp 6699 firewalls crossed changed",
                                   "close FW-EDGE coll2>srv1 tcp 8041 firewalls crossed changed",
                           }));
    }

    void portOverrideChanged()
    {
        Pair p;
        QVERIFY(compare(&p, [](json &d) {
            nodeById(d, "coll1")["ports"]["appmon.collector-agent"] = "29998";
        }));
        QCOMPARE(lines(p), QStringList({
                                   "~node coll1:ports",
                                   "~ agent1>coll1 tcp:ports",
                                   "~ wsa1>coll1 tcp:ports",
                                   "open FW-CORE agent1>coll1 tcp 29998 ports changed",
                                   "open FW-CORE wsa1>coll1 tcp 29998 ports changed",
                                   "close FW-CORE agent1>coll1 tcp 19998 ports changed",
                                   "close FW-CORE wsa1>coll1 tcp 19998 ports changed",
                                   "open FW-EDGE agent1>coll1 tcp 29998 ports changed",
                                   "open FW-EDGE wsa1>coll1 tcp 29998 ports changed",
                                   "close FW-EDGE agent1>coll1 tcp 19998 ports changed",
                                   "close FW-EDGE wsa1>coll1 tcp 19998 ports changed",
                           }));
    }

    void addressAndProtocolChanges()
    {
        Pair p;
        QVERIFY(compare(&p, [](json &d) {
            nodeById(d, "db1")["address"] = "10.2.0.21";
            d["flows"][0]["protocol"] = "udp";
        }));
        QCOMPARE(lines(p), QStringList({
                                   "~node db1:address",
                                   "~ agent1>db1 udp:protocol,target-address",
                                   "~ srv1>db1 tcp:target-address",
                                   "open FW-CORE agent1>db1 udp 1521 protocol changed",
                                   "close FW-CORE agent1>db1 tcp 1521 protocol changed",
                                   "open FW-EDGE agent1>db1 udp 1521 protocol changed",
                                   "close FW-EDGE agent1>db1 tcp 1521 protocol changed",
                           }));
    }

    // Several changes at once, through every report; the goldens are reviewed by hand.
    void reports()
    {
        Pair p;
        QVERIFY(compare(&p, [](json &d) {
            d["meta"]["revision"] = "B";
            nodeById(d, "coll2")["zone"] = "core";
            nodeById(d, "coll1")["ports"]["appmon.collector-agent"] = "29998";
            nodeById(d, "srv1")["name"] = "AppMon 服务器";
            d["nodes"].push_back({{"id", "coll3"},
                                  {"type", "appmon.collector"},
                                  {"name", "DMZ Collector 2"},
                                  {"zone", "dmz"},
                                  {"host", "dmz-apm02"},
                                  {"address", "10.1.0.10"}});
        }));
        p.older.label = QStringLiteral("shop-A.portolan (A)");
        p.newer.label = QStringLiteral("shop-B.portolan (B)");
        const DiffReport report(p.older, p.newer, p.diff, *m_cats, Language::English);
        QVERIFY(matchesGolden(report.text().toUtf8(), QStringLiteral("diff-shop.txt")));
        QVERIFY(matchesGolden(report.changesCsv(false), QStringLiteral("diff-shop.csv")));
        QVERIFY(matchesGolden(QByteArray::fromStdString(report.json().dump(2)) + '\n',
                              QStringLiteral("diff-shop.json")));
        const QByteArray delta = report.deltaCsv(true);
        QVERIFY(matchesGolden(delta, QStringLiteral("delta-shop.csv")));

        // The delta request parses back: one row per rule, opens before closes per firewall.
        const auto rows = CsvWriter::parse(delta);
        QCOMPARE(rows.front().value(0), QStringLiteral("Action"));
        QCOMPARE(int(rows.size()) - 1, int(p.diff.delta.size()));
        QStringList actions;
        for (size_t i = 1; i < rows.size(); ++i)
            actions << rows[i].value(1) + QLatin1Char(':') + rows[i].value(0);
        QCOMPARE(actions.first(), QStringLiteral("FW-CORE:open"));
        QCOMPARE(actions.last(), QStringLiteral("FW-EDGE:close"));

        const auto json = report.json();
        QCOMPARE(json["summary"]["nodesAdded"].get<int>(), 1);
        QCOMPARE(json["summary"]["nodesChanged"].get<int>(), 3);
        QCOMPARE(json["new"]["revision"].get<std::string>(), std::string("B"));
    }

    void chineseLabels()
    {
        Pair p;
        QVERIFY(compare(&p, [](json &d) { nodeById(d, "coll2")["zone"] = "core"; }));
        const QString text
                = DiffReport(p.older, p.newer, p.diff, *m_cats, Language::Chinese).text();
        // Catalog text follows the language even without an installed translator.
        QVERIFY2(text.contains(QStringLiteral("Collector 将 Agent 数据转发给 Server")),
                 qPrintable(text));
        const QByteArray delta
                = DiffReport(p.older, p.newer, p.diff, *m_cats, Language::Chinese).deltaCsv(true);
        QVERIFY(delta.startsWith("\xEF\xBB\xBF"));
        QVERIFY(QString::fromUtf8(delta).contains(
                QStringLiteral("Collector 将 Agent 数据转发给 Server")));
    }
};

QTEST_GUILESS_MAIN(TestDiff)
#include "tst_diff.moc"
