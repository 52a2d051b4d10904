// Incremental derivation gives exactly the flows and diagnostics of a full derivation after
// every kind of edit, over seeded random edit sequences on the bundled examples and on a
// generated design; the per-update FlowDelta describes exactly what changed.
#include "testutil.h"

#include "engine/incremental.h"

#include <QDir>
#include <QRandomGenerator>

#include <optional>

using namespace portolan::core;
using namespace portolan::test;

class TestIncremental : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void randomEdits_data();
    void randomEdits();
    void moveTouchesFewBuckets();
    void movePatchesOnlyItsFlows();
    void removingAPeerKeepsOneMissingPeerWarning();
    void repeatedIdsAfterARemoval();

private:
    bool readExample(const char *name, Design *d) const
    {
        std::vector<LoadError> errors;
        return DesignIO::readFile(QStringLiteral(PORTOLAN_SOURCE_DIR "/data/examples/") + QLatin1String(name),
                                  m_cats.get(), d, &errors);
    }

    std::unique_ptr<CatalogSet> m_cats;
};

void TestIncremental::initTestCase()
{
    m_cats = builtInCatalogs();
    QVERIFY(m_cats);
}

void TestIncremental::randomEdits_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<quint32>("seed");
    const QDir dir(QStringLiteral(PORTOLAN_SOURCE_DIR "/data/examples"));
    quint32 seed = 1;
    for (const QString &f : dir.entryList({QStringLiteral("*.portolan")}, QDir::Files))
        QTest::newRow(qPrintable(f)) << dir.filePath(f) << seed++;
}

// Every field of a flow but its id (node indices too unless `indices` is false).
static QString describe(const Design &d, const Flow &f, bool indices = true)
{
    return flowLine(d, f) + QLatin1Char(' ') + f.services.join(QLatin1Char(',')) + QLatin1Char(' ')
           + f.advisories.join(QLatin1Char(',')) + QLatin1Char(' ') + f.ruleId + QLatin1Char(' ')
           + f.product + (f.crossesFirewall ? QStringLiteral(" crossing ") : QStringLiteral(" - "))
           + f.manualPurpose + (indices ? QStringLiteral(" #%1>%2").arg(f.source).arg(f.target) : QString())
           + (f.rule ? QStringLiteral(" rule=") + f.rule->id : QString());
}

static QStringList snapshot(const Design &d, const FlowSet &fs)
{
    QStringList out;
    for (const Flow &f : fs.flows)
        out << f.id + QLatin1Char(' ') + describe(d, f);
    for (const Diagnostic &g : fs.diagnostics)
        out << severityName(g.severity) + QLatin1Char(' ') + g.code + QLatin1Char(' ') + g.args.join(QLatin1Char('|'))
                   + QLatin1Char(' ') + g.nodes.join(QLatin1Char(',')) + QLatin1Char(' ') + g.flows.join(QLatin1Char(','));
    return out;
}

// Rebuilds the new flow list from the previous one and the delta (taking only added and
// changed flows from the new list) and checks it against the new list.
// `was` is the design before the edit: removing a node moves the indices of later nodes.
static void checkDelta(const Design &was, const Design &d, const FlowSet &before,
                       const FlowSet &after, const FlowDelta &delta)
{
    if (delta.full)
        return;
    std::vector<const Flow *> kept;
    size_t r = 0;
    for (size_t p = 0; p < before.flows.size(); ++p) {
        if (r < delta.removed.size() && size_t(delta.removed[r]) == p) {
            ++r;
            continue;
        }
        kept.push_back(&before.flows[p]);
    }
    QCOMPARE(r, delta.removed.size());
    size_t k = 0, a = 0, c = 0;
    for (size_t q = 0; q < after.flows.size(); ++q) {
        if (a < delta.added.size() && size_t(delta.added[a]) == q) {
            ++a;
            continue;
        }
        QVERIFY(k < kept.size());
        const Flow &prev = *kept[k++];
        if (c < delta.changed.size() && size_t(delta.changed[c]) == q) {
            ++c;
            continue;
        }
        const Flow &now = after.flows[size_t(q)];
        const bool same = was.nodes[size_t(prev.source)].id == d.nodes[size_t(now.source)].id
                          && was.nodes[size_t(prev.target)].id == d.nodes[size_t(now.target)].id
                          && prev.protocol == now.protocol && prev.ports == now.ports
                          && prev.services == now.services && prev.rule == now.rule
                          && prev.ruleId == now.ruleId && prev.product == now.product
                          && prev.local == now.local && prev.crossesFirewall == now.crossesFirewall
                          && prev.firewalls == now.firewalls
                          && prev.manualPurpose == now.manualPurpose
                          && prev.advisories == now.advisories;
        if (!same)
            QCOMPARE(describe(was, prev, false), describe(d, now, false));
        if (delta.firstRenumbered < 0 || int(q) < delta.firstRenumbered)
            QCOMPARE(prev.id, now.id);
    }
    QCOMPARE(k, kept.size());
    QCOMPARE(a, delta.added.size());
    QCOMPARE(c, delta.changed.size());
    if (!delta.diagnosticsChanged) {
        QCOMPARE(before.diagnostics.size(), after.diagnostics.size());
        for (size_t i = 0; i < before.diagnostics.size(); ++i) {
            QCOMPARE(before.diagnostics[i].nodes, after.diagnostics[i].nodes);
            QCOMPARE(before.diagnostics[i].flows, after.diagnostics[i].flows);
            QCOMPARE(before.diagnostics[i].args, after.diagnostics[i].args);
        }
    }
}

void TestIncremental::randomEdits()
{
    QFETCH(QString, file);
    QFETCH(quint32, seed);
    Design d;
    std::vector<LoadError> errors;
    QVERIFY(DesignIO::readFile(file, m_cats.get(), &d, &errors));
    QRandomGenerator rng(seed);
    IncrementalDerivation inc(*m_cats);
    inc.reset(d);
    QStringList types;
    for (const Node &n : d.nodes) {
        if (!types.contains(n.type))
            types << n.type;
    }
    QStringList hosts;
    for (const Node &n : d.nodes)
        hosts << n.host;
    int added = 0;
    int patched = 0;
    struct Removed
    {
        Node node;
        int index;
        std::vector<Link> links;
    };
    std::optional<Removed> removed; // for undoing the last removal
    QStringList kinds;
    for (int step = 0; step < 250; ++step) {
        ChangeSet c;
        const Design designBefore = d;
        const FlowSet before = inc.flows();
        const int kind = int(rng.bounded(12));
        auto randomNode = [&]() -> Node & { return d.nodes[rng.bounded(quint32(d.nodes.size()))]; };
        if (d.nodes.size() < 3 && kind == 3)
            continue;
        switch (kind) {
        case 0: { // move to another zone (across firewalls)
            Node &n = randomNode();
            n.zone = d.zones.empty() || rng.bounded(5) == 0 ? QString() : d.zones[rng.bounded(quint32(d.zones.size()))].id;
            c.nodes.insert(n.id);
            break;
        }
        case 1: { // change host: share a host, or get a new one
            Node &n = randomNode();
            n.host = rng.bounded(3) == 0 ? QStringLiteral("new%1").arg(step) : hosts[rng.bounded(quint32(hosts.size()))];
            c.nodes.insert(n.id);
            break;
        }
        case 2: { // add a node
            Node n;
            n.id = QStringLiteral("added%1").arg(++added);
            n.type = types[rng.bounded(quint32(types.size()))];
            n.zone = d.zones.empty() ? QString() : d.zones[rng.bounded(quint32(d.zones.size()))].id;
            n.host = rng.bounded(2) ? hosts[rng.bounded(quint32(hosts.size()))] : QString();
            d.nodes.push_back(n);
            c.nodes.insert(n.id);
            break;
        }
        case 3: { // remove a node with its links and manual flows
            const size_t i = rng.bounded(quint32(d.nodes.size()));
            const QString id = d.nodes[i].id;
            removed = {d.nodes[i], int(i), {}};
            d.nodes.erase(d.nodes.begin() + long(i));
            c.nodes.insert(id);
            for (auto it = d.links.begin(); it != d.links.end();) {
                if (it->from == id || it->to == id) {
                    c.nodes.insert(it->from == id ? it->to : it->from);
                    removed->links.push_back(*it);
                    it = d.links.erase(it);
                } else {
                    ++it;
                }
            }
            const auto before = d.flows.size();
            d.flows.erase(std::remove_if(d.flows.begin(), d.flows.end(),
                                         [&](const ManualFlow &f) { return f.from == id || f.to == id; }),
                          d.flows.end());
            c.flows = before != d.flows.size();
            break;
        }
        case 4: { // add a link
            const Node &a = randomNode();
            const Node &b = randomNode();
            if (a.id == b.id)
                continue;
            d.links.push_back({a.id, b.id, nlohmann::json::object()});
            c.nodes << a.id << b.id;
            break;
        }
        case 5: { // remove a link
            if (d.links.empty())
                continue;
            const size_t i = rng.bounded(quint32(d.links.size()));
            c.nodes << d.links[i].from << d.links[i].to;
            d.links.erase(d.links.begin() + long(i));
            break;
        }
        case 6: { // zone firewall settings
            if (d.zones.empty())
                continue;
            Zone &z = d.zones[rng.bounded(quint32(d.zones.size()))];
            if (rng.bounded(2))
                z.firewalled = !z.firewalled;
            else
                z.firewall = QStringLiteral("FW-%1").arg(rng.bounded(3));
            c.zones = true;
            break;
        }
        case 7: { // a manual flow
            const Node &a = randomNode();
            const Node &b = randomNode();
            d.flows.push_back({a.id, b.id, QStringLiteral("tcp"), QString::number(1000 + rng.bounded(50)), QStringLiteral("test"), nlohmann::json::object()});
            c.flows = true;
            break;
        }
        case 8: { // a per-node port override on some service the node listens on
            Node &n = randomNode();
            const auto &services = m_cats->servicesOn(n.type);
            if (services.empty())
                continue;
            const Service *s = services[rng.bounded(quint32(services.size()))];
            n.ports[s->id] = QString::number(20000 + rng.bounded(100));
            c.nodes.insert(n.id);
            break;
        }
        case 9: { // change a node's type
            Node &n = randomNode();
            n.type = types[rng.bounded(quint32(types.size()))];
            c.nodes.insert(n.id);
            break;
        }
        case 11: { // undo the last removal: the node back where it was, with its links
            if (!removed || d.nodeIndex(removed->node.id) >= 0)
                continue;
            const size_t at = std::min(size_t(removed->index), d.nodes.size());
            d.nodes.insert(d.nodes.begin() + long(at), removed->node);
            c.nodes.insert(removed->node.id);
            for (const Link &l : removed->links) {
                d.links.push_back(l);
                c.nodes << l.from << l.to;
            }
            removed.reset();
            break;
        }
        case 10: { // add a node linked to an existing one (links both ways of the new index)
            const QString peer = randomNode().id;
            Node n;
            n.id = QStringLiteral("linked%1").arg(++added);
            n.type = types[rng.bounded(quint32(types.size()))];
            n.zone = d.zones.empty() ? QString() : d.zones[rng.bounded(quint32(d.zones.size()))].id;
            d.nodes.push_back(n);
            d.links.push_back({rng.bounded(2) ? n.id : peer, rng.bounded(2) ? peer : n.id, nlohmann::json::object()});
            c.nodes << n.id << peer;
            break;
        }
        }
        kinds << QString::number(kind);
        const FlowSet &incremental = inc.update(d, c);
        patched += inc.lastUpdatePatched() ? 1 : 0;
        checkDelta(designBefore, d, before, incremental, inc.lastDelta());
        if (QTest::currentTestFailed())
            qWarning("step %d (edits %s): delta does not match", step, qPrintable(kinds.join(QLatin1Char(' '))));
        const FlowSet full = Engine::derive(d, *m_cats);
        const QStringList a = snapshot(d, incremental), b = snapshot(d, full);
        if (a != b) {
            for (int i = 0; i < std::max(a.size(), b.size()); ++i) {
                if (a.value(i) != b.value(i)) {
                    qWarning("step %d (edits %s): first difference at %d:\n inc:  %s\n full: %s", step,
                             qPrintable(kinds.join(QLatin1Char(' '))), i, qPrintable(a.value(i)), qPrintable(b.value(i)));
                    break;
                }
            }
        }
        QCOMPARE(a.size(), b.size());
        QCOMPARE(a, b);
    }
    // Every kind of edit is patched but zone edits (about one in eleven here), which assemble
    // everything again.
    QVERIFY2(patched * 10 >= int(kinds.size()) * 8,
             qPrintable(QStringLiteral("%1 of %2 updates patched").arg(patched).arg(kinds.size())));
}

void TestIncremental::moveTouchesFewBuckets()
{
    Design d;
    QVERIFY(readExample("appmon-three-tier.portolan", &d));
    IncrementalDerivation inc(*m_cats);
    inc.reset(d);
    int agent = -1;
    for (int i = 0; i < int(d.nodes.size()); ++i) {
        if (d.nodes[size_t(i)].type == QLatin1String("appmon.agent"))
            agent = i;
    }
    QVERIFY(agent >= 0);
    d.nodes[size_t(agent)].zone = d.zones.back().id;
    ChangeSet c;
    c.nodes.insert(d.nodes[size_t(agent)].id);
    inc.update(d, c);
    // Only the agent's own bucket: agents are initiators that nobody pairs with.
    QCOMPARE(inc.lastDerivedSources(), 1);
}

void TestIncremental::movePatchesOnlyItsFlows()
{
    Design d;
    QVERIFY(readExample("appmon-three-tier.portolan", &d));
    IncrementalDerivation inc(*m_cats);
    inc.reset(d);
    QVERIFY(inc.lastDelta().full);
    // Move every agent, one at a time, into each zone in turn: across firewalls and back.
    int moves = 0, changedFlows = 0;
    for (int i = 0; i < int(d.nodes.size()); ++i) {
        if (d.nodes[size_t(i)].type != QLatin1String("appmon.agent"))
            continue;
        for (const Zone &z : d.zones) {
            const FlowSet before = inc.flows();
            d.nodes[size_t(i)].zone = z.id;
            ChangeSet c;
            c.nodes.insert(d.nodes[size_t(i)].id);
            const FlowSet &after = inc.update(d, c);
            QVERIFY(inc.lastUpdatePatched());
            const FlowDelta &delta = inc.lastDelta();
            QVERIFY(!delta.full);
            QVERIFY(delta.added.empty());
            QVERIFY(delta.removed.empty());
            QCOMPARE(delta.firstRenumbered, -1);
            // Only the agent's own flows can change; a move changes their crossing.
            for (int p : delta.changed) {
                const Flow &f = after.flows[size_t(p)];
                QVERIFY(f.source == i || f.target == i);
                QVERIFY(before.flows[size_t(p)].crossesFirewall != f.crossesFirewall
                        || before.flows[size_t(p)].firewalls != f.firewalls);
            }
            changedFlows += int(delta.changed.size());
            checkDelta(d, d, before, after, delta);
            QCOMPARE(snapshot(d, after), snapshot(d, Engine::derive(d, *m_cats)));
            ++moves;
        }
    }
    QVERIFY(moves > 0);
    QVERIFY(changedFlows > 0);
}

void TestIncremental::removingAPeerKeepsOneMissingPeerWarning()
{
    // Found by fuzz_design: an agent linked to a server (no collector among its linked
    // peers: a missing-peer warning); removing the server and the link left the warning
    // twice in the incremental result (the agent, changed, is taken out and put back, and
    // its old bucket was not found).
    Design d;
    std::vector<LoadError> errors;
    QVERIFY(DesignIO::read(R"({"format":"portolan-design","version":1,"nodes":[
 {"id":"a","type":"appmon.server","host":"h","ports":{"appmon.server-collector":"8500,8999"}},
 {"id":"c","type":"appmon.agent","host":"h"}],
 "links":[{"from":"c","to":"a"}]})",
                           QStringLiteral("t.portolan"), m_cats.get(), &d, &errors));
    IncrementalDerivation inc(*m_cats);
    const FlowSet before = inc.reset(d);
    QCOMPARE(diagnosticLines(before), diagnosticLines(Engine::derive(d, *m_cats)));
    Design edited = d;
    edited.nodes.erase(edited.nodes.begin());
    edited.links.clear();
    ChangeSet change;
    change.nodes << QStringLiteral("a") << QStringLiteral("c");
    const FlowSet after = inc.update(edited, change);
    const FlowSet full = Engine::derive(edited, *m_cats);
    QCOMPARE(diagnosticLines(after), diagnosticLines(full));
    QCOMPARE(flowLines(edited, after), flowLines(edited, full));
}

void TestIncremental::repeatedIdsAfterARemoval()
{
    // An invalid in-memory design whose ids repeat (the reader refuses such files): the id
    // stands for its last node, in a full derivation and in an update alike. Removing the
    // second of two agents named "a" leaves the first as "a" with its flow; the index
    // before session 7 lost "a" altogether and with it the agent's flow.
    Design d;
    std::vector<LoadError> errors;
    QVERIFY(DesignIO::read(R"({"format":"portolan-design","version":1,"nodes":[
 {"id":"a","type":"appmon.agent","host":"h1"},
 {"id":"s","type":"appmon.collector","host":"h2"},
 {"id":"x","type":"appmon.agent","host":"h3"},
 {"id":"b","type":"appmon.agent","host":"h4"}],
 "links":[{"from":"a","to":"s"},{"from":"x","to":"s"},{"from":"b","to":"s"}]})",
                           QStringLiteral("t.portolan"), m_cats.get(), &d, &errors));
    d.nodes[2].id = QStringLiteral("a"); // ids a, s, a, b
    IncrementalDerivation inc(*m_cats);
    const FlowSet before = inc.reset(d);
    QCOMPARE(flowLines(d, before), flowLines(d, Engine::derive(d, *m_cats)));
    Design edited = d;
    edited.nodes.erase(edited.nodes.begin() + 2);
    ChangeSet change;
    change.nodes << QStringLiteral("a");
    const FlowSet after = inc.update(edited, change);
    const FlowSet full = Engine::derive(edited, *m_cats);
    QCOMPARE(flowLines(edited, after), flowLines(edited, full));
    QCOMPARE(diagnosticLines(after), diagnosticLines(full));
    int fromA = 0;
    for (const Flow &f : after.flows)
        fromA += edited.nodes[size_t(f.source)].id == QLatin1String("a");
    QVERIFY(fromA > 0);
}

QTEST_GUILESS_MAIN(TestIncremental)
#include "tst_incremental.moc"
