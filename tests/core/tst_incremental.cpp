// Incremental derivation gives exactly the flows and diagnostics of a full derivation after
// every kind of edit, over seeded random edit sequences on the bundled examples.
#include "testutil.h"

#include "engine/incremental.h"

#include <QDir>
#include <QRandomGenerator>

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

private:
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

static QStringList snapshot(const Design &d, const FlowSet &fs)
{
    QStringList out;
    for (const Flow &f : fs.flows)
        out << f.id + QLatin1Char(' ') + flowLine(d, f) + QLatin1Char(' ') + f.services.join(QLatin1Char(','))
                   + QLatin1Char(' ') + f.advisories.join(QLatin1Char(','));
    for (const Diagnostic &g : fs.diagnostics)
        out << severityName(g.severity) + QLatin1Char(' ') + g.code + QLatin1Char(' ') + g.args.join(QLatin1Char('|'))
                   + QLatin1Char(' ') + g.nodes.join(QLatin1Char(',')) + QLatin1Char(' ') + g.flows.join(QLatin1Char(','));
    return out;
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
    QStringList kinds;
    for (int step = 0; step < 250; ++step) {
        ChangeSet c;
        const int kind = int(rng.bounded(9));
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
            d.nodes.erase(d.nodes.begin() + long(i));
            c.nodes.insert(id);
            for (auto it = d.links.begin(); it != d.links.end();) {
                if (it->from == id || it->to == id) {
                    c.nodes.insert(it->from == id ? it->to : it->from);
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
        }
        kinds << QString::number(kind);
        const FlowSet &incremental = inc.update(d, c);
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
}

void TestIncremental::moveTouchesFewBuckets()
{
    Design d;
    std::vector<LoadError> errors;
    QVERIFY(DesignIO::readFile(QStringLiteral(PORTOLAN_SOURCE_DIR "/data/examples/appmon-three-tier.portolan"),
                               m_cats.get(), &d, &errors));
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

QTEST_GUILESS_MAIN(TestIncremental)
#include "tst_incremental.moc"
