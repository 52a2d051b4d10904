// Engine scenarios per product on the BUILT-IN catalogs (data/catalogs/*.json), one small
// inline design per row. Every expected flow and diagnostic is worked out by hand from the
// seed document the catalog is written from (see /work/shared/seeds/README.md):
//   prognosis  003_94cd5f58aa2272be.txt   dataminer  002_6544bfac299fed21.txt
//   imc        001_60cb80242e533f7c.txt   dmcm       004_7891191694474d2b.txt
//   appmon     000_f1f5e2ba1c7315cd.txt
// The seed section is named in a comment next to each expected row.
//
// Flow lines are testutil's "src>tgt proto ports firewalls[ local]", in the engine's output
// order (source id, target id, protocol tcp<udp<icmp, first port). Diagnostic lines are
// "severity code:..." (see diagLines below) and compared as sorted lists: the tie order of
// diagnostics is engine semantics (tst_engine), not a product fact.
#include "testutil.h"

#include <algorithm>

using namespace portolan::core;
using namespace portolan::test;

namespace {

/// "severity advisory:<id>", "severity port-conflict:<a>,<b> <host> <proto> <ports>",
/// "severity missing-peer:<node> <rule>", else "severity code:<nodes>"; sorted.
QStringList diagLines(const FlowSet &fs)
{
    QStringList out;
    for (const Diagnostic &d : fs.diagnostics) {
        QString line = severityName(d.severity) + QLatin1Char(' ') + d.code + QLatin1Char(':');
        if (d.code == QLatin1String("advisory"))
            line += d.args.value(0);
        else if (d.code == QLatin1String("port-conflict"))
            line += d.nodes.join(QLatin1Char(',')) + QLatin1Char(' ') + d.args.mid(0, 3).join(QLatin1Char(' '));
        else if (d.code == QLatin1String("missing-peer"))
            line += d.nodes.join(QLatin1Char(',')) + QLatin1Char(' ') + d.args.value(0);
        else
            line += d.nodes.join(QLatin1Char(','));
        out << line;
    }
    std::sort(out.begin(), out.end());
    return out;
}

QStringList sorted(QStringList l)
{
    std::sort(l.begin(), l.end());
    return l;
}

/// A design document from its parts (zones and nodes are JSON arrays, products an object).
QByteArray doc(const QByteArray &zones, const QByteArray &products, const QByteArray &nodes,
               const QByteArray &links = "[]")
{
    return "{\"products\":" + products + ",\"zones\":" + zones + ",\"nodes\":" + nodes
           + ",\"links\":" + links + "}";
}

} // namespace

class TestProducts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void prognosis_data();
    void prognosis();
    void prognosisBasePlusOneStaysOnHost();
    void prognosisChoiceOutsideAlternativesIsRefused();

    void dataminer_data();
    void dataminer();

    void imc_data();
    void imc();
    void imcSmtpIsTcpErratum();

    void dmcm_data();
    void dmcm();

    void appmon_data();
    void appmon();

    void portConflict_data();
    void portConflict();

private:
    void addColumns();
    void runScenario();

    std::unique_ptr<CatalogSet> m_cats;
};

void TestProducts::initTestCase()
{
    m_cats = builtInCatalogs();
    QVERIFY(m_cats);
    for (const char *p : {"common", "appmon", "imc", "dataminer", "prognosis", "dmcm"})
        QVERIFY2(m_cats->catalog(QString::fromLatin1(p)), p);
}

void TestProducts::addColumns()
{
    QTest::addColumn<QByteArray>("design");
    QTest::addColumn<QStringList>("flows");
    QTest::addColumn<QStringList>("diagnostics");
}

void TestProducts::runScenario()
{
    QFETCH(QByteArray, design);
    QFETCH(QStringList, flows);
    QFETCH(QStringList, diagnostics);
    Design d;
    QString error;
    QVERIFY2(designFrom(design, *m_cats, &d, &error), qPrintable(error));
    const FlowSet fs = Engine::derive(d, *m_cats);
    QCOMPARE(flowLines(d, fs), flows);
    QCOMPARE(diagLines(fs), sorted(diagnostics));
    for (const Flow &f : fs.flows) {
        QCOMPARE(f.crossesFirewall, !f.firewalls.isEmpty());
        if (f.local)
            QVERIFY(f.firewalls.isEmpty());
    }
}

// ---------------------------------------------------------------------------------------
// IR Prognosis — 003_94cd5f58aa2272be.txt
// A Monitoring Server (pmon) and a Management Server (pmgt) on different hosts, each in its
// own firewalled zone. Router (base+0) is "Inbound" on every server, so server-to-server
// traffic goes both ways; Auto-Discovery (base+2, UDP) is "Inbound and Outbound".
// ---------------------------------------------------------------------------------------

static const QByteArray kPrognosisZones = R"([
    {"id":"mon","name":"Monitoring","firewalled":true,"firewall":"FW-MON"},
    {"id":"mgmt","name":"Management","firewalled":true,"firewall":"FW-MGMT"},
    {"id":"voice","name":"Voice","firewalled":true,"firewall":"FW-VOICE"},
    {"id":"ops","name":"Operators","firewalled":true,"firewall":"FW-OPS"}])";

static const QByteArray kPmon = R"({"id":"pmon","type":"prognosis.server","zone":"mon","host":"pmon01"})";
static const QByteArray kPmgt = R"({"id":"pmgt","type":"prognosis.server","zone":"mgmt","host":"pmgt01","options":{"role":"management"}})";

void TestProducts::prognosis_data()
{
    addColumns();
    const QByteArray servers = "[" + kPmon + "," + kPmgt + "]";

    QTest::newRow("two servers, default base port 1960")
        << doc(kPrognosisZones, "{}", servers)
        << QStringList{
               "pmgt>pmon tcp 1960 FW-MGMT+FW-MON",  // Base Ports <PortNumber>+0, IRNETRTR Inbound (router-to-router)
               "pmgt>pmon udp 1962 FW-MGMT+FW-MON",  // Base Ports <PortNumber>+2, Auto-Discovery Inbound and Outbound
               "pmon>pmgt tcp 1960 FW-MON+FW-MGMT",  // Base Ports <PortNumber>+0
               "pmon>pmgt tcp 5671 FW-MON+FW-MGMT",  // Common Ports 5671: Monitoring Server outbound AMQP(TLS) to Management Server
               "pmon>pmgt udp 1962 FW-MON+FW-MGMT"}  // Base Ports <PortNumber>+2
        << QStringList{"warning advisory:prognosis.multicast"}; // +2 multicast across FW-MON/FW-MGMT

    QTest::newRow("base port moved to 2960 moves every base-port flow")
        << doc(kPrognosisZones, R"({"prognosis":{"basePort":2960}})", servers)
        << QStringList{
               "pmgt>pmon tcp 2960 FW-MGMT+FW-MON",  // Changing the Base Port: TCPIP-PORT 2960 -> +0 = 2960
               "pmgt>pmon udp 2962 FW-MGMT+FW-MON",  // +2 = 2962
               "pmon>pmgt tcp 2960 FW-MON+FW-MGMT",
               "pmon>pmgt tcp 5671 FW-MON+FW-MGMT",  // Common Ports 5671 is not relative to the base port
               "pmon>pmgt udp 2962 FW-MON+FW-MGMT"}
        << QStringList{"warning advisory:prognosis.multicast"};

    QTest::newRow("auto-discovery off: no +2 UDP flows, no multicast advisory")
        << doc(kPrognosisZones, R"({"prognosis":{"autoDiscovery":false}})", servers)
        << QStringList{
               "pmgt>pmon tcp 1960 FW-MGMT+FW-MON",  // +0 still needed
               "pmon>pmgt tcp 1960 FW-MON+FW-MGMT",
               "pmon>pmgt tcp 5671 FW-MON+FW-MGMT"}  // +2: "not used if Auto-Discovery is disabled"
        << QStringList{};

    QTest::newRow("base port 2960 and auto-discovery off")
        << doc(kPrognosisZones, R"({"prognosis":{"basePort":2960,"autoDiscovery":false}})", servers)
        << QStringList{
               "pmgt>pmon tcp 2960 FW-MGMT+FW-MON",  // Changing the Base Port + <PortNumber>+2 row
               "pmon>pmgt tcp 2960 FW-MON+FW-MGMT",
               "pmon>pmgt tcp 5671 FW-MON+FW-MGMT"}
        << QStringList{};

    QTest::newRow("base port set on one server only: the listener's base port counts")
        << doc(kPrognosisZones, "{}",
               R"([{"id":"pmon","type":"prognosis.server","zone":"mon","host":"pmon01","options":{"basePort":2960}},)"
                   + kPmgt + "]")
        << QStringList{
               "pmgt>pmon tcp 2960 FW-MGMT+FW-MON",  // Changing the Base Port (NETWORK config of pmon only): pmon listens on 2960
               "pmgt>pmon udp 2962 FW-MGMT+FW-MON",  // ... and 2962
               "pmon>pmgt tcp 1960 FW-MON+FW-MGMT",  // pmgt keeps the default 1960
               "pmon>pmgt tcp 5671 FW-MON+FW-MGMT",
               "pmon>pmgt udp 1962 FW-MON+FW-MGMT"}
        << QStringList{"warning advisory:prognosis.multicast"};

    // IIS web server co-located on the Management Server, a Windows Client and a browser in
    // the operator LAN.
    const QByteArray withWeb = "[" + kPmgt + R"(,
        {"id":"pweb","type":"prognosis.web-server","zone":"mgmt","host":"pmgt01"},
        {"id":"wc","type":"prognosis.windows-client","zone":"ops"},
        {"id":"br","type":"common.browser","zone":"ops"}])";
    QTest::newRow("IIS on the server host: local web flows, client to router, no base+1")
        << doc(kPrognosisZones, "{}", withWeb)
        << QStringList{
               "br>pweb tcp 443 FW-OPS+FW-MGMT",     // Common Ports 443: default IIS port (Web Application)
               "pweb>pmgt tcp 5432 - local",         // Common Ports 5432 PostgreSQL, Inbound (same host: local)
               "pweb>pmgt tcp 6767 - local",         // Common Ports 6767: IIS Web Server -> Prognosis Server
               "wc>pmgt tcp 1960 FW-OPS+FW-MGMT"}    // Base Ports +0: "the port that the Windows Client connects to"
        << QStringList{"note advisory:prognosis.web-port"}; // 443 row: 8080..8089 if 443 was taken

    QTest::newRow("IIS on 8081 and base port 2960")
        << doc(kPrognosisZones, R"({"prognosis":{"basePort":2960,"webPort":8081}})", withWeb)
        << QStringList{
               "br>pweb tcp 8081 FW-OPS+FW-MGMT",    // Common Ports 443: "... incrementing ... up to port 8089"
               "pweb>pmgt tcp 5432 - local",         // 5432 and 6767 are fixed
               "pweb>pmgt tcp 6767 - local",
               "wc>pmgt tcp 2960 FW-OPS+FW-MGMT"}    // Base Ports +0 moved with TCPIP-PORT
        << QStringList{"note advisory:prognosis.web-port"};

    // Cisco CUCM monitored by the Monitoring Server; the Management Server collects nothing.
    const QByteArray cucm = "[" + kPmon + "," + kPmgt + R"(,
        {"id":"cucm","type":"prognosis.cisco-cucm","zone":"voice"}])";
    const QByteArray cucm8443 = "[" + kPmon + "," + kPmgt + R"(,
        {"id":"cucm","type":"prognosis.cisco-cucm","zone":"voice","options":{"soapPort":8443}}])";
    QTest::newRow("CUCM, SOAP on 443 (the default of '443 or 8443')")
        << doc(kPrognosisZones, R"({"prognosis":{"autoDiscovery":false}})", cucm)
        << QStringList{
               "cucm>pmon tcp 22 FW-VOICE+FW-MON",   // CUCM row 22 Inbound: CUCM pushes CDR/CMR by SFTP
               "pmgt>pmon tcp 1960 FW-MGMT+FW-MON",  // Base Ports +0
               "pmon>cucm tcp 22 FW-MON+FW-VOICE",   // CUCM row 22 Outbound: CLI, certificates
               "pmon>cucm tcp 443 FW-MON+FW-VOICE",  // CUCM row '443 or 8443': one port, 443
               "pmon>cucm udp 161 FW-MON+FW-VOICE",  // CUCM row 161 UDP Outbound SNMP
               "pmon>pmgt tcp 1960 FW-MON+FW-MGMT",
               "pmon>pmgt tcp 5671 FW-MON+FW-MGMT"}  // Common Ports 5671
        << QStringList{};

    QTest::newRow("CUCM, SOAP on 8443: exactly one port, not both")
        << doc(kPrognosisZones, R"({"prognosis":{"autoDiscovery":false}})", cucm8443)
        << QStringList{
               "cucm>pmon tcp 22 FW-VOICE+FW-MON",
               "pmgt>pmon tcp 1960 FW-MGMT+FW-MON",
               "pmon>cucm tcp 22 FW-MON+FW-VOICE",
               "pmon>cucm tcp 8443 FW-MON+FW-VOICE", // CUCM row '443 or 8443': 8443 replaces 443
               "pmon>cucm udp 161 FW-MON+FW-VOICE",
               "pmon>pmgt tcp 1960 FW-MON+FW-MGMT",
               "pmon>pmgt tcp 5671 FW-MON+FW-MGMT"}
        << QStringList{};
}

void TestProducts::prognosis()
{
    runScenario();
    if (QTest::currentTestFailed())
        return;
    // Base Ports <PortNumber>+1 (IRPROMGR) is "Local only": never on any flow between hosts.
    QFETCH(QByteArray, design);
    Design d;
    QVERIFY(designFrom(design, *m_cats, &d));
    const FlowSet fs = Engine::derive(d, *m_cats);
    for (const Flow &f : fs.flows) {
        if (!f.local)
            QVERIFY2(!f.ports.contains(1961) && !f.ports.contains(2961), qPrintable(flowLine(d, f)));
    }
}

void TestProducts::prognosisBasePlusOneStaysOnHost()
{
    // Base Ports, row <PortNumber>+1: IRPROMGR, "N/A (Local only) ... used for local
    // communications only". The catalog must model it as a host-only base+1 service.
    const Service *pm = m_cats->service(QStringLiteral("prognosis.process-manager"));
    QVERIFY(pm);
    QVERIFY(pm->scope == Service::Scope::Host);
    QCOMPARE(pm->ports.text, QStringLiteral("{basePort+1}"));

    std::vector<const Rule *> users;
    for (const Rule *r : m_cats->allRules()) {
        if (r->services.contains(pm->id))
            users.push_back(r);
    }
    if (users.empty()) {
        // No component is modelled as a same-host client of the Process Manager (its clients
        // are the server's own child processes), so base+1 appears in no flow at all, not even
        // between two Prognosis components that share a host.
        Design d;
        QVERIFY(designFrom(R"({"products":{"prognosis":{"basePort":2960}},"nodes":[
            {"id":"pmon","type":"prognosis.server","host":"h1"},
            {"id":"cra","type":"prognosis.cra-server","host":"h1"},
            {"id":"pweb","type":"prognosis.web-server","host":"h1"},
            {"id":"wc","type":"prognosis.windows-client","host":"h1"},
            {"id":"pmgt","type":"prognosis.server","host":"h2","options":{"role":"management"}}]})",
                           *m_cats, &d));
        const FlowSet fs = Engine::derive(d, *m_cats);
        QVERIFY(!fs.flows.empty());
        bool sawLocal = false;
        for (const Flow &f : fs.flows) {
            sawLocal = sawLocal || f.local;
            QVERIFY2(!f.ports.contains(2961), qPrintable(flowLine(d, f)));
        }
        QVERIFY(sawLocal);
        return;
    }
    // A rule does use it: same host gives a local base+1 flow, another host gives none.
    for (const Rule *r : users) {
        for (const QString &host2 : {QStringLiteral("h1"), QStringLiteral("h2")}) {
            Design d;
            const QByteArray json = QStringLiteral(R"({"products":{"prognosis":{"basePort":2960}},"nodes":[
                {"id":"a","type":"%1","host":"h1"},{"id":"b","type":"%2","host":"%3"}]})")
                                        .arg(r->from.value(0), r->to.value(0), host2)
                                        .toUtf8();
            QVERIFY(designFrom(json, *m_cats, &d));
            const FlowSet fs = Engine::derive(d, *m_cats);
            bool local2961 = false;
            for (const Flow &f : fs.flows) {
                if (f.ports.contains(2961)) {
                    QVERIFY2(f.local, qPrintable(flowLine(d, f)));
                    local2961 = true;
                }
            }
            QCOMPARE(local2961, host2 == QLatin1String("h1"));
        }
    }
}

void TestProducts::prognosisChoiceOutsideAlternativesIsRefused()
{
    // CUCM row '443 or 8443': any other SOAP port is not one of the document's alternatives.
    Design d;
    QString error;
    QVERIFY(!designFrom(R"({"nodes":[{"id":"cucm","type":"prognosis.cisco-cucm","options":{"soapPort":8080}}]})",
                        *m_cats, &d, &error));
    QVERIFY2(error.contains(QLatin1String("/nodes/0/options/soapPort")), qPrintable(error));
}

// ---------------------------------------------------------------------------------------
// Skyline DataMiner — 002_6544bfac299fed21.txt, "Overview of IP ports used in a DMS"
// Two DMAs and a shared Cassandra in the DMS zone, Cube (linked to dma1) in the operator LAN.
// ---------------------------------------------------------------------------------------

static const QByteArray kDmZones = R"([
    {"id":"dms","name":"DMS","firewalled":true,"firewall":"FW-DMS"},
    {"id":"db","name":"Databases","firewalled":true,"firewall":"FW-DB"},
    {"id":"ops","name":"Operators","firewalled":true,"firewall":"FW-OPS"}])";

static const QByteArray kDms = R"([
    {"id":"dma1","type":"dataminer.dma","zone":"dms","host":"dma01"},
    {"id":"dma2","type":"dataminer.dma","zone":"dms","host":"dma02"},
    {"id":"cas","type":"dataminer.cassandra","zone":"dms","host":"cas01"},
    {"id":"cube","type":"dataminer.cube","zone":"ops"}])";
static const QByteArray kDmsLinks = R"([{"from":"cube","to":"dma1"}])";

void TestProducts::dataminer_data()
{
    addColumns();

    // Rows the DMS has whatever the transport (table rows 'N/A 9042', 'N/A 7199', NATS).
    // 7199 (cluster backups) only with the cassandraBackups option: see the clusters rows.
    const QStringList storage1{"dma1>cas tcp 9042 -"}; // 'N/A 9042/tcp Cassandra (server listening for client requests)'
    const QStringList storage2{"dma2>cas tcp 9042 -"};
    const QStringList nats12{"dma1>dma2 tcp 4222 -",   // 'Multiple protocols 4222/tcp 6222/tcp NATS'
                             "dma1>dma2 tcp 6222 -"};
    const QStringList nats21{"dma2>dma1 tcp 4222 -", "dma2>dma1 tcp 6222 -"};
    const QString nas12 = "dma1>dma2 tcp 9090 -";      // 'NAS 9090/tcp NATS Account Server'
    const QString nas21 = "dma2>dma1 tcp 9090 -";
    const QStringList natsNotes{"note advisory:dataminer.default-open-ports", // NOTE: only 80, 8004, 162 opened by default
                                "note advisory:dataminer.nas-port-in-use"};   // CAUTION: 9090 already used

    QStringList grpc{"cube>dma1 tcp 80,443 FW-OPS+FW-DMS"}; // HTTP(S) 80/443: DataMiner Cube (if gRPC)
    grpc << storage1 << "dma1>dma2 tcp 80,443 -"            // HTTP(S) 80/443: Inter-DMA communication (if gRPC)
         << nats12 << nas12 << storage2 << "dma2>dma1 tcp 80,443 -" << nats21 << nas21;

    QTest::newRow("gRPC (default): 80/443 both ways between DMAs and from Cube, no 8004")
        << doc(kDmZones, "{}", kDms, kDmsLinks) << grpc << natsNotes;
    QTest::newRow("gRPC: the .NET Remoting port does not matter")
        << doc(kDmZones, R"({"dataminer":{"transport":"grpc","remotingPort":9004}})", kDms, kDmsLinks)
        << grpc << natsNotes;

    QStringList remoting{"cube>dma1 tcp 8004 FW-OPS+FW-DMS"}; // .NET Remoting 8004/tcp: DataMiner Cube
    remoting << storage1 << nats12 << "dma1>dma2 tcp 8004 -"   // .NET Remoting 8004/tcp: Inter-DMA communication
             << nas12 << storage2 << nats21 << "dma2>dma1 tcp 8004 -" << nas21;
    QTest::newRow(".NET Remoting: 8004 instead of 80/443")
        << doc(kDmZones, R"({"dataminer":{"transport":"remoting"}})", kDms, kDmsLinks)
        << remoting << natsNotes + QStringList{"note advisory:dataminer.grpc-recommended"};

    QStringList remoting9004{"cube>dma1 tcp 9004 FW-OPS+FW-DMS"}; // .NET Remoting: "Configurable port"
    remoting9004 << storage1 << nats12 << "dma1>dma2 tcp 9004 -" << nas12 << storage2 << nats21
                 << "dma2>dma1 tcp 9004 -" << nas21;
    QTest::newRow(".NET Remoting on 9004")
        << doc(kDmZones, R"({"dataminer":{"transport":"remoting","remotingPort":9004}})", kDms, kDmsLinks)
        << remoting9004 << natsNotes + QStringList{"note advisory:dataminer.grpc-recommended"};

    QStringList remotingOneNode{"cube>dma1 tcp 8004 FW-OPS+FW-DMS"};
    remotingOneNode << storage1 << nats12 << "dma1>dma2 tcp 9004 -" // dma2 configured (SLNet.exe.config) for 9004
                    << nas12 << storage2 << nats21 << "dma2>dma1 tcp 8004 -" << nas21;
    QTest::newRow(".NET Remoting port changed on one DMA only")
        << doc(kDmZones, R"({"dataminer":{"transport":"remoting"}})",
               R"([{"id":"dma1","type":"dataminer.dma","zone":"dms","host":"dma01"},
                   {"id":"dma2","type":"dataminer.dma","zone":"dms","host":"dma02","options":{"remotingPort":9004}},
                   {"id":"cas","type":"dataminer.cassandra","zone":"dms","host":"cas01"},
                   {"id":"cube","type":"dataminer.cube","zone":"ops"}])",
               kDmsLinks)
        << remotingOneNode << natsNotes + QStringList{"note advisory:dataminer.grpc-recommended"};

    // One DMA with a two-node Cassandra cluster and a two-node Elasticsearch cluster.
    const QByteArray storage = R"([
        {"id":"dma1","type":"dataminer.dma","zone":"dms","host":"dma01"},
        {"id":"cas1","type":"dataminer.cassandra","zone":"db","host":"cas01"},
        {"id":"cas2","type":"dataminer.cassandra","zone":"db","host":"cas02"},
        {"id":"es1","type":"dataminer.elasticsearch","zone":"db","host":"es01"},
        {"id":"es2","type":"dataminer.elasticsearch","zone":"db","host":"es02"}])";
    QTest::newRow("Cassandra and Elasticsearch clusters")
        << doc(kDmZones, "{}", storage)
        << QStringList{
               "cas1>cas2 tcp 7000 -",                // 'N/A 7000/tcp Cassandra: non-TLS setup (inter-node)'
               "cas2>cas1 tcp 7000 -",
               "dma1>cas1 tcp 9042 FW-DMS+FW-DB",     // 'N/A 9042/tcp Cassandra (client requests)'
               "dma1>cas2 tcp 9042 FW-DMS+FW-DB",
               "dma1>es1 tcp 9200 FW-DMS+FW-DB",      // 'HTTP(S) 9200/tcp Indexing Engine' = 'N/A 9200/tcp Elasticsearch'
               "dma1>es2 tcp 9200 FW-DMS+FW-DB",
               "es1>es2 tcp 9300 -",                  // 'N/A 9300/tcp Elasticsearch (inter-node)'
               "es2>es1 tcp 9300 -"}
        << QStringList{};
    QTest::newRow("Cassandra inter-node TLS: 7001 instead of 7000; backups open 7199")
        << doc(kDmZones, R"({"dataminer":{"cassandraTls":true,"cassandraBackups":true}})", storage)
        << QStringList{
               "cas1>cas2 tcp 7001 -",                // 'N/A 7001/tcp Cassandra: TLS setup'
               "cas2>cas1 tcp 7001 -",
               "dma1>cas1 tcp 7199 FW-DMS+FW-DB",
               "dma1>cas1 tcp 9042 FW-DMS+FW-DB",
               "dma1>cas2 tcp 7199 FW-DMS+FW-DB",
               "dma1>cas2 tcp 9042 FW-DMS+FW-DB",
               "dma1>es1 tcp 9200 FW-DMS+FW-DB",
               "dma1>es2 tcp 9200 FW-DMS+FW-DB",
               "es1>es2 tcp 9300 -",
               "es2>es1 tcp 9300 -"}
        << QStringList{};
    QTest::newRow("DMA without Cassandra: missing peer")
        << doc(kDmZones, "{}", R"([{"id":"dma1","type":"dataminer.dma","zone":"dms"}])")
        << QStringList{}
        << QStringList{"warning missing-peer:dma1 dataminer.dma-cassandra"}; // 9042: DMA is Cassandra's client
}

void TestProducts::dataminer()
{
    runScenario();
}

// ---------------------------------------------------------------------------------------
// H3C iMC — 001_60cb80242e533f7c.txt
// ---------------------------------------------------------------------------------------

static const QByteArray kImcZones = R"([
    {"id":"imc","name":"iMC servers","firewalled":true,"firewall":"FW-IMC"},
    {"id":"site","name":"Remote site","firewalled":true,"firewall":"FW-SITE"},
    {"id":"net","name":"Network devices","firewalled":true,"firewall":"FW-NET"},
    {"id":"svc","name":"Infrastructure","firewalled":true,"firewall":"FW-SVC"},
    {"id":"ops","name":"Operators","firewalled":true,"firewall":"FW-OPS"}])";

static QByteArray imcMaster(const QByteArray &modules, const QByteArray &zone = "imc")
{
    return R"({"id":"master","type":"imc.master","zone":")" + zone
           + R"(","host":"imc01","options":{"modules":)" + modules + "}}";
}

void TestProducts::imc_data()
{
    addColumns();
    const QByteArray sw1 = R"({"id":"sw1","type":"imc.access-device","zone":"net"})";

    // PLAT only: device management, no RADIUS.
    const QStringList platDevice{
        "master>sw1 tcp 22 FW-IMC+FW-NET",      // 2.1 PLAT 22/TCP SSH
        "master>sw1 tcp 23 FW-IMC+FW-NET",      // 2.1 PLAT 23/TCP Telnet
        "master>sw1 tcp 80 FW-IMC+FW-NET",      // 2.1 PLAT 80/TCP HTTP, 获取网络数据
        "master>sw1 udp 161 FW-IMC+FW-NET",     // 2.1 PLAT 161,162/UDP: 161 is polled on the device
        "master>sw1 icmp  FW-IMC+FW-NET",       // 2.1 PLAT ICMP 探测设备在线状态
        "sw1>master tcp 20-21 FW-NET+FW-IMC",   // 2.1 PLAT 20,21/TCP FTP (iCC config backup)
        "sw1>master udp 69 FW-NET+FW-IMC",      // 2.1 PLAT 69/UDP TFTP
        "sw1>master udp 162 FW-NET+FW-IMC",     // 2.1 PLAT 161,162/UDP: traps to iMC
        "sw1>master udp 514-515 FW-NET+FW-IMC"}; // 2.1 PLAT 514,515/UDP Syslog
    QTest::newRow("PLAT only with an access device: no RADIUS")
        << doc(kImcZones, "{}", "[" + imcMaster(R"(["plat"])") + "," + sw1 + "]")
        << platDevice
        << QStringList{"note advisory:imc.ftp-inspection"};

    QTest::newRow("PLAT + UAM/EAD: RADIUS 1812/1813 from the access device")
        << doc(kImcZones, "{}", "[" + imcMaster(R"(["plat","uam-ead"])") + "," + sw1 + "]")
        << QStringList{
               "master>sw1 tcp 22 FW-IMC+FW-NET",
               "master>sw1 tcp 23 FW-IMC+FW-NET",
               "master>sw1 tcp 80 FW-IMC+FW-NET",
               "master>sw1 udp 161 FW-IMC+FW-NET",
               "master>sw1 udp 1812 FW-IMC+FW-NET",   // 8.1 1812: UAM/策略服务器向接入设备发 Session-Control 的目的端口
               "master>sw1 icmp  FW-IMC+FW-NET",
               "sw1>master tcp 20-21 FW-NET+FW-IMC",
               "sw1>master udp 69 FW-NET+FW-IMC",
               "sw1>master udp 162 FW-NET+FW-IMC",
               "sw1>master udp 514-515 FW-NET+FW-IMC",
               "sw1>master udp 1812-1813 FW-NET+FW-IMC", // 8.1 1812/1813 UDP: 接收接入设备的认证/计费请求
               "sw1>master udp 9033 FW-NET+FW-IMC",      // 8.1 9033: 监听设备的回应报文
               "sw1>master udp 50100 FW-NET+FW-IMC"}     // 8.1 50100 出/入: Portal Server (BAS side)
        << QStringList{"note advisory:imc.ftp-inspection", "note advisory:imc.session-control-port"};

    // A module's listening port goes away with the module: APM web 7070 (5.1) for a browser.
    const QByteArray br = R"({"id":"br","type":"common.browser","zone":"ops"})";
    QTest::newRow("browser, PLAT + APM: 8080/8443 and APM web 7070")
        << doc(kImcZones, "{}", "[" + imcMaster(R"(["plat","apm"])") + "," + br + "]")
        << QStringList{"br>master tcp 7070,8080,8443 FW-OPS+FW-IMC"} // 2.1 8080/8443 (configurable); 5.1 7070 访问APM的Web端口
        << QStringList{};
    QTest::newRow("browser, APM switched off: 7070 gone")
        << doc(kImcZones, "{}", "[" + imcMaster(R"(["plat"])") + "," + br + "]")
        << QStringList{"br>master tcp 8080,8443 FW-OPS+FW-IMC"}
        << QStringList{};
    QTest::newRow("browser, web ports changed at installation")
        << doc(kImcZones, R"({"imc":{"webPort":8088,"webSslPort":9443}})", "[" + imcMaster(R"(["plat"])") + "," + br + "]")
        << QStringList{"br>master tcp 8088,9443 FW-OPS+FW-IMC"} // 2.1 8080/8443 可由用户在安装过程中配置
        << QStringList{};

    const QByteArray exporters = R"(,{"id":"ns1","type":"imc.netstream-exporter","zone":"net"},
                                     {"id":"sf1","type":"imc.sflow-exporter","zone":"net"}])";
    QTest::newRow("UBA/NTA on: sFlow 6343 and NetStream 9020/9021")
        << doc(kImcZones, "{}", "[" + imcMaster(R"(["plat","uba-nta"])") + exporters)
        << QStringList{
               "ns1>master udp 9020-9021 FW-NET+FW-IMC", // 3.1 9020,9021/UDP NetStream
               "sf1>master udp 6343 FW-NET+FW-IMC"}      // 3.1 6343/UDP sFlow
        << QStringList{"note advisory:imc.flow-port-match"}; // 3.1 需要与设备侧保持一致
    QTest::newRow("UBA/NTA off: the flow ports disappear")
        << doc(kImcZones, "{}", "[" + imcMaster(R"(["plat"])") + exporters)
        << QStringList{}
        << QStringList{};

    // 1 说明 / 2.2 PLAT 内部端口: master and slave.
    const QByteArray slaveSite = R"({"id":"slave","type":"imc.slave","zone":"site","host":"imc02","options":{"modules":["plat"]}})";
    const QByteArray slaveSame = R"({"id":"slave","type":"imc.slave","zone":"imc","host":"imc02","options":{"modules":["plat"]}})";
    QTest::newRow("master and slave across a firewall: advisory warning")
        << doc(kImcZones, "{}", "[" + imcMaster(R"(["plat"])") + "," + slaveSite + "]")
        << QStringList{
               "master>slave tcp 8800,21190-21191,21195 FW-IMC+FW-SITE", // 2.2 8800, 21190, 21191, 21195
               "slave>master tcp 8800,21190-21191,21195 FW-SITE+FW-IMC",
               "slave>master tcp 61616 FW-SITE+FW-IMC"}                  // 2.2 61616 从服务器与主服务器的通信端口
        << QStringList{"warning advisory:imc.no-firewall-between-servers"}; // 1 说明: 服务器之间不要设置防火墙
    QTest::newRow("master and slave in one zone: no advisory")
        << doc(kImcZones, "{}", "[" + imcMaster(R"(["plat"])") + "," + slaveSame + "]")
        << QStringList{
               "master>slave tcp 8800,21190-21191,21195 -",
               "slave>master tcp 8800,21190-21191,21195 -",
               "slave>master tcp 61616 -"}
        << QStringList{};

    QTest::newRow("SMTP: TCP 25 (the table's UDP is an erratum)")
        << doc(kImcZones, "{}", "[" + imcMaster(R"(["plat"])") + R"(,{"id":"mail","type":"common.smtp","zone":"svc"}])")
        << QStringList{"master>mail tcp 25 FW-IMC+FW-SVC"} // 2.1 PLAT '25 UDP SMTP' -> TCP
        << QStringList{};
}

void TestProducts::imc()
{
    runScenario();
}

void TestProducts::imcSmtpIsTcpErratum()
{
    // 2.1 PLAT lists "25 UDP SMTP": the catalog models TCP and records the erratum.
    const Service *s = m_cats->service(QStringLiteral("imc.smtp"));
    QVERIFY(s);
    QVERIFY(s->protocols == std::vector<Protocol>{Protocol::Tcp});
    QCOMPARE(s->ports.text, QStringLiteral("25"));
    QVERIFY(s->erratum.has_value());
}

// ---------------------------------------------------------------------------------------
// Enstratius / DMCM — 004_7891191694474d2b.txt
// Dispatcher on its own host; KM, MySQL, Riak and RabbitMQ share a backend host. Guest VM
// agents in their own zone, the Agent Proxy in an edge zone.
// ---------------------------------------------------------------------------------------

static const QByteArray kDmcmZones = R"([
    {"id":"guest","name":"Guest VMs","firewalled":true,"firewall":"FW-GUEST"},
    {"id":"edge","name":"Agent proxy","firewalled":true,"firewall":"FW-EDGE"},
    {"id":"core","name":"DMCM core","firewalled":true,"firewall":"FW-DMCM"}])";

static const QByteArray kDmcmCore = R"(
    {"id":"disp","type":"dmcm.dispatcher","zone":"core","host":"dmcm-app"},
    {"id":"km","type":"dmcm.km","zone":"core","host":"dmcm-be"},
    {"id":"mq","type":"dmcm.rabbitmq","zone":"core","host":"dmcm-be"},
    {"id":"my","type":"dmcm.mysql","zone":"core","host":"dmcm-be"},
    {"id":"riak","type":"dmcm.riak","zone":"core","host":"dmcm-be"})";

void TestProducts::dmcm_data()
{
    addColumns();
    // Communications table: Dispatcher initiates to MySQL, Riak, Rabbit MQ, KM; KM to MySQL, Riak.
    const QStringList dispatcherBackend{
        "disp>km tcp 2013 -",          // row 'KM' 2013 (ssl), accepts from all DMCM components
        "disp>mq tcp 5672 -",          // row 'RabbitMQ' 5672, accepts from Dispatcher
        "disp>my tcp 3306 -",          // row 'MySQL' 3306
        "disp>riak tcp 8098 -"};       // row 'Riak' 8098
    const QStringList kmBackend{
        "km>my tcp 3306 - local",      // row 'KM' initiates to MySQL (same host)
        "km>riak tcp 8098 - local"};   // row 'KM' initiates to Riak
    const QByteArray agent = R"({"id":"ag1","type":"dmcm.agent","zone":"guest","host":"vm01"})";
    const QByteArray proxy = R"({"id":"ap","type":"dmcm.agent-proxy","zone":"edge","host":"dmcm-ap"})";

    QTest::newRow("no agent proxy: agent <-> dispatcher directly")
        << doc(kDmcmZones, R"({"dmcm":{"agentProxy":false}})", "[" + agent + "," + kDmcmCore + "]")
        << QStringList{"ag1>disp tcp 3302 FW-GUEST+FW-DMCM",  // Dispatcher Service: guest VMs reach 3302
                       "disp>ag1 tcp 2003 FW-DMCM+FW-GUEST"}  // Agent: dispatcher communicates to the agent on 2003
               + dispatcherBackend + kmBackend
        << QStringList{"note advisory:dmcm.consider-agent-proxy"};

    QTest::newRow("no agent proxy: a proxy node carries nothing")
        << doc(kDmcmZones, "{}", "[" + agent + "," + proxy + "," + kDmcmCore + "]")
        << QStringList{"ag1>disp tcp 3302 FW-GUEST+FW-DMCM",
                       "disp>ag1 tcp 2003 FW-DMCM+FW-GUEST"}
               + dispatcherBackend + kmBackend
        << QStringList{"note advisory:dmcm.consider-agent-proxy"};

    QTest::newRow("agent proxy: traffic goes through the proxy only")
        << doc(kDmcmZones, R"({"dmcm":{"agentProxy":true}})", "[" + agent + "," + proxy + "," + kDmcmCore + "]")
        << QStringList{"ag1>ap tcp 3302 FW-GUEST+FW-EDGE",    // note: inbound from guest VMs happens through the proxy
                       "ap>ag1 tcp 2003 FW-EDGE+FW-GUEST",    // note: dispatcher-to-agent communication goes through the proxy
                       "ap>disp tcp 3302 FW-EDGE+FW-DMCM",    // proxy -> dispatcher 3302
                       "disp>ap tcp 2003 FW-DMCM+FW-EDGE"}    // dispatcher -> proxy 2003
               + dispatcherBackend + kmBackend
        << QStringList{};

    QTest::newRow("agent proxy on but none placed: the agent misses its peer")
        << doc(kDmcmZones, R"({"dmcm":{"agentProxy":true}})", "[" + agent + "," + kDmcmCore + "]")
        << dispatcherBackend + kmBackend
        << QStringList{"warning missing-peer:ag1 dmcm.agent-proxy-in"};
}

void TestProducts::dmcm()
{
    runScenario();
}

// ---------------------------------------------------------------------------------------
// Dynatrace AppMon — 000_f1f5e2ba1c7315cd.txt (网络; tables From/To and Components to Connect)
// ---------------------------------------------------------------------------------------

static const QByteArray kAppmonZones = R"([
    {"id":"web","name":"Web tier","firewalled":true,"firewall":"FW-WEB"},
    {"id":"app","name":"App tier","firewalled":true,"firewall":"FW-APP"},
    {"id":"apm","name":"APM","firewalled":true,"firewall":"FW-APM"}])";

static QByteArray appmonNodes(const QByteArray &agentZone, const QByteArray &masZone,
                              const QByteArray &masHost)
{
    return R"([{"id":"ag","type":"appmon.agent","zone":")" + agentZone + R"(","host":"app01"},
               {"id":"col","type":"appmon.collector","zone":"app","host":"col01"},
               {"id":"srv","type":"appmon.server","zone":"apm","host":"apm01"},
               {"id":"mas","type":"appmon.memory-analysis-server","zone":")" + masZone
           + R"(","host":")" + masHost + R"("}])";
}

void TestProducts::appmon_data()
{
    addColumns();
    const QString httpAgents = "col>srv tcp 8040-8041 FW-APP+FW-APM"; // Collector to Server 8040/8041 HTTP(S) agents
    const QString collectorNote = "note advisory:appmon.collector-server-open"; // 网络 3: firewall allowed, open the port

    QTest::newRow("6.5 (default): Collector to Server 6699 only")
        << doc(kAppmonZones, "{}", appmonNodes("app", "apm", "mas01"))
        << QStringList{"ag>col tcp 9998 -",                    // Agent to Collector 9998
                       "col>srv tcp 6699 FW-APP+FW-APM",       // Collector to Server (6698) 6699: 6.5+ SSL only
                       httpAgents,
                       "srv>mas tcp 7788 -"}                   // From/To table: Server -> Memory Analysis Server 7788
        << QStringList{collectorNote};
    QTest::newRow("6.5 explicit")
        << doc(kAppmonZones, R"({"appmon":{"version":"6.5"}})", appmonNodes("app", "apm", "mas01"))
        << QStringList{"ag>col tcp 9998 -", "col>srv tcp 6699 FW-APP+FW-APM", httpAgents, "srv>mas tcp 7788 -"}
        << QStringList{collectorNote};
    QTest::newRow("6.2: plain 6698 added to Collector to Server")
        << doc(kAppmonZones, R"({"appmon":{"version":"6.2"}})", appmonNodes("app", "apm", "mas01"))
        << QStringList{"ag>col tcp 9998 -",
                       "col>srv tcp 6698-6699 FW-APP+FW-APM",  // first table 6698; pre-6.5 plain port
                       httpAgents,
                       "srv>mas tcp 7788 -"}
        << QStringList{collectorNote};
    QTest::newRow("Agent to Collector across a firewall: warning")
        << doc(kAppmonZones, "{}", appmonNodes("web", "apm", "mas01"))
        << QStringList{"ag>col tcp 9998 FW-WEB+FW-APP",        // Important: do not pass Agent-Collector through firewalls
                       "col>srv tcp 6699 FW-APP+FW-APM", httpAgents, "srv>mas tcp 7788 -"}
        << QStringList{collectorNote, "warning advisory:appmon.agent-collector-no-firewall"};
    QTest::newRow("Memory Analysis Server on the Server host: local, Server initiates")
        << doc(kAppmonZones, "{}", appmonNodes("app", "apm", "apm01"))
        << QStringList{"ag>col tcp 9998 -", "col>srv tcp 6699 FW-APP+FW-APM", httpAgents,
                       "srv>mas tcp 7788 - local"}             // 7788: 同一台机器则无需开通
        << QStringList{collectorNote};
    QTest::newRow("Memory Analysis Server behind a firewall: still Server to MAS")
        << doc(kAppmonZones, "{}", appmonNodes("app", "app", "mas01"))
        << QStringList{"ag>col tcp 9998 -", "col>srv tcp 6699 FW-APP+FW-APM", httpAgents,
                       "srv>mas tcp 7788 FW-APM+FW-APP"}       // erratum: second table's "MAS to Server" direction is wrong
        << QStringList{collectorNote, "note advisory:appmon.memory-analysis-same-segment"};
}

void TestProducts::appmon()
{
    runScenario();
}

// ---------------------------------------------------------------------------------------
// Cross-product port conflicts on one host (DESIGN.md engine semantics 6).
// ---------------------------------------------------------------------------------------

void TestProducts::portConflict_data()
{
    addColumns();
    // prognosis Common Ports 443 (IIS) and dataminer 'HTTP(S) 80/tcp 443/tcp' on one host.
    const QStringList dmaStorage{"dma1>cas tcp 9042 -"};
    auto design = [](const QByteArray &products, const QByteArray &webHost, const QByteArray &other) {
        return "{\"products\":" + products + R"(,"nodes":[
            {"id":"pmon","type":"prognosis.server","host":"pmon01"},
            {"id":"pweb","type":"prognosis.web-server","host":")" + webHost + R"("},)" + other + "]}";
    };
    const QByteArray dma = R"({"id":"dma1","type":"dataminer.dma","host":"ops01"},
                              {"id":"cas","type":"dataminer.cassandra","host":"cas01"})";

    QTest::newRow("Prognosis IIS and a DMA on one host: 443 conflict")
        << design("{}", "ops01", dma)
        << dmaStorage + QStringList{"pweb>pmon tcp 5432 -", "pweb>pmon tcp 6767 -"}
        << QStringList{"error port-conflict:dma1,pweb ops01 tcp 443"};
    QTest::newRow("IIS moved to the Prognosis host: no conflict")
        << design("{}", "pmon01", dma)
        << dmaStorage + QStringList{"pweb>pmon tcp 5432 - local", "pweb>pmon tcp 6767 - local"}
        << QStringList{};
    QTest::newRow("IIS fell back to 8080 next to the DMA: no conflict")
        << design(R"({"prognosis":{"webPort":8080}})", "ops01", dma)
        << dmaStorage + QStringList{"pweb>pmon tcp 5432 -", "pweb>pmon tcp 6767 -"}
        << QStringList{};
    // iMC 2.1 PLAT: 8080 HTTP (jserver) on the same host as IIS on its 8080 fallback.
    QTest::newRow("IIS on 8080 next to an iMC master on 8080: conflict")
        << design(R"({"prognosis":{"webPort":8080}})", "ops01",
                  R"({"id":"master","type":"imc.master","host":"ops01","options":{"modules":["plat"]}})")
        << QStringList{"pweb>pmon tcp 5432 -", "pweb>pmon tcp 6767 -"}
        << QStringList{"error port-conflict:master,pweb ops01 tcp 8080"};
}

void TestProducts::portConflict()
{
    runScenario();
}

QTEST_GUILESS_MAIN(TestProducts)
#include "tst_products.moc"
