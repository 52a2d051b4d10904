// Engine semantics (DESIGN.md "Engine semantics"), one row per hand-worked scenario on the
// small test catalog tests/data/engine/t.json:
//   t.a -> t.c   9000 + 9001 (one rule, two services: merged), required, advisory on crossing
//   t.c -> t.s   {base} (1000), {base+1} host-only, 8000 only below version 2.0
//   t.c -> t.s   when t.feature: udp 7000-7002 if node module "extra", tcp+udp 5000, icmp
//   t.p <-> t.p  6000, one flow per unordered pair
//   t.q <-> t.q  6100 + dynamic 49152-65535, bidirectional, advisory "always"
#include "testutil.h"

#include "engine/flowid.h"

#include <thread>

using namespace portolan::core;
using namespace portolan::test;

class TestEngine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void scenarios_data();
    void scenarios();
    void flowIdsAndOrder();
    void flowIdsBeyondOneBlock();
    void inMemoryCycleDoesNotHang();

private:
    std::unique_ptr<CatalogSet> m_cats;
};

void TestEngine::initTestCase()
{
    m_cats = testCatalogs();
    QVERIFY(m_cats);
}

void TestEngine::scenarios_data()
{
    QTest::addColumn<QByteArray>("design");
    QTest::addColumn<QStringList>("flows");
    QTest::addColumn<QStringList>("diagnostics");

    const QByteArray zones = R"("zones":[
        {"id":"dc","name":"DC","parent":null,"firewalled":false},
        {"id":"dmz","name":"DMZ","parent":"dc","firewalled":true,"firewall":"FW-EDGE"},
        {"id":"app","name":"App","parent":"dc","firewalled":true,"firewall":"FW-CORE"},
        {"id":"inner","name":"Inner","parent":"app","firewalled":true},
        {"id":"x","name":"X","parent":null,"firewalled":true,"firewall":"FW1"},
        {"id":"y","name":"Y","parent":"x","firewalled":true,"firewall":"FW1"}],)";

    QTest::newRow("one rule, two services merge into one row")
        << QByteArray(R"({"nodes":[{"id":"a1","type":"t.a"},{"id":"c1","type":"t.c"}]})")
        << QStringList{"a1>c1 tcp 9000-9001 -"} << QStringList{};
    QTest::newRow("every candidate when the source has no links")
        << QByteArray(R"({"nodes":[{"id":"a1","type":"t.a"},{"id":"c1","type":"t.c"},{"id":"c2","type":"t.c"}]})")
        << QStringList{"a1>c1 tcp 9000-9001 -", "a1>c2 tcp 9000-9001 -"} << QStringList{};
    QTest::newRow("links narrow the pairing of the linked source only")
        << QByteArray(R"({"nodes":[{"id":"a1","type":"t.a"},{"id":"a2","type":"t.a"},
              {"id":"c1","type":"t.c"},{"id":"c2","type":"t.c"}],
              "links":[{"from":"a1","to":"c2"}]})")
        << QStringList{"a1>c2 tcp 9000-9001 -", "a2>c1 tcp 9000-9001 -", "a2>c2 tcp 9000-9001 -"}
        << QStringList{};
    QTest::newRow("links are undirected")
        << QByteArray(R"({"nodes":[{"id":"a1","type":"t.a"},{"id":"c1","type":"t.c"},{"id":"c2","type":"t.c"}],
              "links":[{"from":"c2","to":"a1"}]})")
        << QStringList{"a1>c2 tcp 9000-9001 -"} << QStringList{};
    QTest::newRow("a link to another type does not narrow")
        << QByteArray(R"({"nodes":[{"id":"a1","type":"t.a"},{"id":"c1","type":"t.c"},{"id":"p1","type":"t.p"}],
              "links":[{"from":"a1","to":"p1"}]})")
        << QStringList{"a1>c1 tcp 9000-9001 -"} << QStringList{};
    QTest::newRow("missing required peer")
        << QByteArray(R"({"nodes":[{"id":"a1","type":"t.a"},{"id":"s1","type":"t.s"}]})")
        << QStringList{} << QStringList{"missing-peer:a1"};
    QTest::newRow("condition on product version: default 2.0 has no legacy port")
        << QByteArray(R"({"nodes":[{"id":"c1","type":"t.c"},{"id":"s1","type":"t.s"}]})")
        << QStringList{"c1>s1 tcp 1000 -"} << QStringList{};
    QTest::newRow("condition on product version: 1.0 adds the legacy port")
        << QByteArray(R"({"products":{"t":{"version":"1.0"}},"nodes":[{"id":"c1","type":"t.c"},{"id":"s1","type":"t.s"}]})")
        << QStringList{"c1>s1 tcp 1000,8000 -"} << QStringList{};
    QTest::newRow("rule condition true: tcp+udp service gives two rows, icmp has no ports")
        << QByteArray(R"({"products":{"t":{"feature":true}},"nodes":[{"id":"c1","type":"t.c"},{"id":"s1","type":"t.s"}]})")
        << QStringList{"c1>s1 tcp 1000 -", "c1>s1 tcp 5000 -", "c1>s1 udp 5000 -", "c1>s1 icmp  -"}
        << QStringList{};
    QTest::newRow("node option switches a service on")
        << QByteArray(R"({"products":{"t":{"feature":true}},"nodes":[{"id":"c1","type":"t.c"},
              {"id":"s1","type":"t.s","options":{"modules":["core","extra"]}}]})")
        << QStringList{"c1>s1 tcp 1000 -", "c1>s1 tcp 5000 -", "c1>s1 udp 5000,7000-7002 -", "c1>s1 icmp  -"}
        << QStringList{};
    QTest::newRow("port parameter set on the design")
        << QByteArray(R"({"products":{"t":{"base":2000}},"nodes":[{"id":"c1","type":"t.c"},{"id":"s1","type":"t.s"}]})")
        << QStringList{"c1>s1 tcp 2000 -"} << QStringList{};
    QTest::newRow("port parameter overridden on the node")
        << QByteArray(R"({"products":{"t":{"base":2000}},"nodes":[{"id":"c1","type":"t.c"},
              {"id":"s1","type":"t.s","options":{"base":3000}}]})")
        << QStringList{"c1>s1 tcp 3000 -"} << QStringList{};
    QTest::newRow("per-node port override of a service")
        << QByteArray(R"({"nodes":[{"id":"c1","type":"t.c"},{"id":"s1","type":"t.s","ports":{"t.s-in":"4444"}}]})")
        << QStringList{"c1>s1 tcp 4444 -"} << QStringList{};
    QTest::newRow("same host: local flow includes host-only service, never crosses")
        << QByteArray(R"({"zones":[{"id":"z1","name":"Z1","firewalled":true},{"id":"z2","name":"Z2","firewalled":true}],
              "nodes":[{"id":"c1","type":"t.c","host":"h1","zone":"z1"},{"id":"s1","type":"t.s","host":"h1","zone":"z2"}]})")
        << QStringList{"c1>s1 tcp 1000-1001 - local"} << QStringList{};
    QTest::newRow("host-only service never reaches another host")
        << QByteArray(R"({"nodes":[{"id":"c1","type":"t.c","host":"h1"},{"id":"s1","type":"t.s","host":"h2"}]})")
        << QStringList{"c1>s1 tcp 1000 -"} << QStringList{};
    QTest::newRow("peers of one type: one flow per unordered pair")
        << QByteArray(R"({"nodes":[{"id":"p1","type":"t.p"},{"id":"p2","type":"t.p"},{"id":"p3","type":"t.p"}]})")
        << QStringList{"p1>p2 tcp 6000 -", "p1>p3 tcp 6000 -", "p2>p3 tcp 6000 -"} << QStringList{};
    QTest::newRow("bidirectional peers: both directions, dynamic range included, always-advisory")
        << QByteArray(R"({"nodes":[{"id":"q1","type":"t.q"},{"id":"q2","type":"t.q"}]})")
        << QStringList{"q1>q2 tcp 6100,49152-65535 -", "q2>q1 tcp 6100,49152-65535 -"}
        << QStringList{"advisory:t.always"};
    QTest::newRow("nested zones: up to the common ancestor and down, unnamed firewall uses zone name")
        << (QByteArray("{") + zones + R"("nodes":[{"id":"a1","type":"t.a","zone":"dmz"},{"id":"c1","type":"t.c","zone":"inner"}]})")
        << QStringList{"a1>c1 tcp 9000-9001 FW-EDGE+FW-CORE+Inner"} << QStringList{"advisory:t.no-fw"};
    QTest::newRow("consecutive boundaries of one firewall count once")
        << (QByteArray("{") + zones + R"("nodes":[{"id":"a1","type":"t.a","zone":"y"},{"id":"c1","type":"t.c"}]})")
        << QStringList{"a1>c1 tcp 9000-9001 FW1"} << QStringList{"advisory:t.no-fw"};
    QTest::newRow("same zone crosses nothing")
        << (QByteArray("{") + zones + R"("nodes":[{"id":"a1","type":"t.a","zone":"dmz"},{"id":"c1","type":"t.c","zone":"dmz"}]})")
        << QStringList{"a1>c1 tcp 9000-9001 -"} << QStringList{};
    QTest::newRow("leaving an unfiltered zone crosses nothing")
        << (QByteArray("{") + zones + R"("nodes":[{"id":"a1","type":"t.a","zone":"dc"},{"id":"c1","type":"t.c"}]})")
        << QStringList{"a1>c1 tcp 9000-9001 -"} << QStringList{};
    QTest::newRow("parent to child crosses the child's boundary only")
        << (QByteArray("{") + zones + R"("nodes":[{"id":"a1","type":"t.a","zone":"app"},{"id":"c1","type":"t.c","zone":"inner"}]})")
        << QStringList{"a1>c1 tcp 9000-9001 Inner"} << QStringList{"advisory:t.no-fw"};
    QTest::newRow("port conflict: two nodes on one host listen on one port")
        << QByteArray(R"({"nodes":[{"id":"c1","type":"t.c","host":"h1"},{"id":"c2","type":"t.c","host":"h1"}]})")
        << QStringList{} << QStringList{"port-conflict:c1,c2"};
    QTest::newRow("no conflict once one node's port is overridden")
        << QByteArray(R"({"nodes":[{"id":"c1","type":"t.c","host":"h1"},{"id":"c2","type":"t.c","host":"h1",
              "ports":{"t.c-in":"19000","t.c-in2":"19001"}}]})")
        << QStringList{} << QStringList{};
    QTest::newRow("manual flows: added, merged by source/target/protocol")
        << QByteArray(R"({"nodes":[{"id":"a1","type":"t.a"},{"id":"c1","type":"t.c"}],
              "flows":[{"from":"c1","to":"a1","protocol":"udp","ports":"514","purpose":"syslog"},
                       {"from":"c1","to":"a1","protocol":"udp","ports":"162","purpose":"traps"}]})")
        << QStringList{"a1>c1 tcp 9000-9001 -", "c1>a1 udp 162,514 -"} << QStringList{};
}

void TestEngine::scenarios()
{
    QFETCH(QByteArray, design);
    QFETCH(QStringList, flows);
    QFETCH(QStringList, diagnostics);
    Design d;
    QString error;
    QVERIFY2(designFrom(design, *m_cats, &d, &error), qPrintable(error));
    const FlowSet fs = Engine::derive(d, *m_cats);
    QCOMPARE(flowLines(d, fs), flows);
    QCOMPARE(diagnosticLines(fs), diagnostics);
    for (const Flow &f : fs.flows)
        QCOMPARE(f.crossesFirewall, !f.firewalls.isEmpty());
}

void TestEngine::flowIdsAndOrder()
{
    // Node order in the file must not change the output: flows sort by source, target,
    // protocol, first port, and ids follow that order.
    Design d1, d2;
    QVERIFY(designFrom(R"({"nodes":[{"id":"a1","type":"t.a"},{"id":"c2","type":"t.c"},{"id":"c1","type":"t.c"},{"id":"a0","type":"t.a"}]})", *m_cats, &d1));
    QVERIFY(designFrom(R"({"nodes":[{"id":"c1","type":"t.c"},{"id":"a0","type":"t.a"},{"id":"a1","type":"t.a"},{"id":"c2","type":"t.c"}]})", *m_cats, &d2));
    const FlowSet f1 = Engine::derive(d1, *m_cats);
    const FlowSet f2 = Engine::derive(d2, *m_cats);
    QCOMPARE(flowLines(d1, f1), flowLines(d2, f2));
    QCOMPARE(flowLines(d1, f1).first(), QStringLiteral("a0>c1 tcp 9000-9001 -"));
    for (size_t i = 0; i < f1.flows.size(); ++i)
        QCOMPARE(f1.flows[i].id, QStringLiteral("F%1").arg(i + 1));
}

void TestEngine::flowIdsBeyondOneBlock()
{
    // Flow ids are views of a shared table that grows 4,096 ids at a time (engine/flowid.h).
    Design d;
    Node c;
    c.id = QStringLiteral("c");
    c.type = QStringLiteral("t.c");
    d.nodes.push_back(c);
    for (int i = 0; i < 9000; ++i) {
        Node a;
        a.id = QStringLiteral("a%1").arg(i, 5, 10, QLatin1Char('0'));
        a.type = QStringLiteral("t.a");
        d.nodes.push_back(a);
    }
    // Two threads derive at once while a third fills blocks no one has used yet.
    FlowSet first, second;
    std::thread t1([&] { first = Engine::derive(d, *m_cats); });
    std::thread t2([&] { second = Engine::derive(d, *m_cats); });
    QStringList far;
    std::thread t3([&] {
        for (size_t p = 200000; p < 200000 + 3 * 4096; p += 1021)
            far << flowId(p);
    });
    t1.join();
    t2.join();
    t3.join();
    QCOMPARE(first.flows.size(), size_t(9000));
    QCOMPARE(second.flows.size(), size_t(9000));
    for (size_t i = 0; i < first.flows.size(); ++i) {
        const QString expected = QStringLiteral("F%1").arg(i + 1);
        if (first.flows[i].id != expected || second.flows[i].id != expected)
            QFAIL(qPrintable(QStringLiteral("flow %1: %2 / %3").arg(expected, first.flows[i].id, second.flows[i].id)));
    }
    for (int k = 0; k < far.size(); ++k)
        QCOMPARE(far[k], QStringLiteral("F%1").arg(200001 + 1021 * k));
    // Changing a flow's id (here through utf16(), which copies a view) leaves the table alone.
    Flow &f = first.flows[4096];
    QCOMPARE(QString::fromUtf16(reinterpret_cast<const char16_t *>(f.id.utf16())), QStringLiteral("F4097"));
    f.id += QLatin1Char('x');
    QCOMPARE(f.id, QStringLiteral("F4097x"));
    QCOMPARE(flowId(4096), QStringLiteral("F4097"));
    QCOMPARE(second.flows[4096].id, QStringLiteral("F4097"));
    // Past the table (2^28 flows) ids are built one by one.
    QCOMPARE(flowId(size_t(1) << 28), QStringLiteral("F268435457"));
    QCOMPARE(flowId((size_t(1) << 28) - 1), QStringLiteral("F268435456"));
}

void TestEngine::inMemoryCycleDoesNotHang()
{
    // The reader refuses cycles, but a design built in memory must still derive.
    Design d;
    Zone a, b;
    a.id = QStringLiteral("a");
    a.parent = QStringLiteral("b");
    b.id = QStringLiteral("b");
    b.parent = QStringLiteral("a");
    d.zones = {a, b};
    Node n1, n2;
    n1.id = QStringLiteral("a1");
    n1.type = QStringLiteral("t.a");
    n1.zone = QStringLiteral("a");
    n2.id = QStringLiteral("c1");
    n2.type = QStringLiteral("t.c");
    n2.zone = QStringLiteral("b");
    d.nodes = {n1, n2};
    const FlowSet fs = Engine::derive(d, *m_cats);
    QCOMPARE(fs.flows.size(), size_t(1));
}

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
