// Firewall rule snippets: goldens for nftables, iptables-restore and Cisco ASA, checked with
// `nft -c` and `iptables-restore --test` where those tools can run.
#include "beyondutil.h"

#include "beyond/snippets.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace portolan::core;
using namespace portolan::beyond;
using namespace portolan::test;

namespace {

struct Tool
{
    int code = -1;
    QString output;
};

Tool runTool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    Tool t;
    if (!p.waitForFinished(30000))
        return t;
    t.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    t.output = QString::fromUtf8(p.readAll());
    return t;
}

bool permissionProblem(const QString &output)
{
    return output.contains(QStringLiteral("Operation not permitted"))
           || output.contains(QStringLiteral("Permission denied"))
           || output.contains(QStringLiteral("you must be root"))
           || output.contains(QStringLiteral("Could not fetch rule set"))
           || output.contains(QStringLiteral("Protocol not supported"));
}

QString writeTemp(QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(data);
    return path;
}

const SnippetFile *fileNamed(const SnippetResult &r, const QString &name)
{
    for (const SnippetFile &f : r.files) {
        if (f.fileName == name)
            return &f;
    }
    return nullptr;
}

} // namespace

class TestSnippets : public QObject
{
    Q_OBJECT

    std::unique_ptr<CatalogSet> m_cats;

    // A nft check; returns false (after QSKIP) when nft cannot run here.
    Tool nftCheck(QTemporaryDir &dir, const QString &name, const QByteArray &data)
    {
        return runTool(QStringLiteral("nft"),
                       {QStringLiteral("-c"), QStringLiteral("-f"), writeTemp(dir, name, data)});
    }

    SnippetResult edgeCases(Design *design)
    {
        // A zone subnet standing in for nodes without an address; a DNS name and a missing
        // address (placeholders); IPv6 at both ends; IPv4 to IPv6 (no rule).
        const bool ok = shopDesign(*m_cats, design, [](json &d) {
            d["zones"][1]["subnet"] = "10.1.0.0/24";
            nodeById(d, "agent1")["address"] = "";
            nodeById(d, "wsa1")["address"] = "";
            nodeById(d, "coll1")["address"] = "apm01.example.com";
            nodeById(d, "coll2")["address"] = "2001:db8:1::9";
            nodeById(d, "srv1")["address"] = "2001:db8::11";
            nodeById(d, "db1")["address"] = "2001:db8:0:0::20";
            d["nodes"].push_back({{"id", "coll3"},
                                  {"type", "appmon.collector"},
                                  {"name", "Core Collector"},
                                  {"zone", "core"},
                                  {"host", "apm03"}});
        });
        if (!ok)
            return {};
        return FirewallSnippets::generate(*design, Engine::derive(*design, *m_cats));
    }

private slots:
    void initTestCase()
    {
        m_cats = builtInCatalogs();
        QVERIFY(m_cats);
    }

    void parseFormats()
    {
        QString unknown;
        QCOMPARE(FirewallSnippets::parseFormats(QStringLiteral("nft,asa"), &unknown),
                 int(Nftables | CiscoAsa));
        QCOMPARE(FirewallSnippets::parseFormats(QStringLiteral("all"), &unknown),
                 int(AllSnippetFormats));
        QCOMPARE(FirewallSnippets::parseFormats(QStringLiteral("nft,pf"), &unknown), 0);
        QCOMPARE(unknown, QStringLiteral("pf"));
    }

    void addresses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("normalised"); // empty: not an IP
        QTest::newRow("v4") << "10.1.0.5"
                            << "10.1.0.5";
        QTest::newRow("v4 net") << "10.1.0.0/24"
                                << "10.1.0.0/24";
        QTest::newRow("v4 host bits") << "10.1.0.5/24"
                                      << "";
        QTest::newRow("v4 /32") << "10.1.0.5/32"
                                << "10.1.0.5";
        QTest::newRow("v6") << "2001:DB8:0:0::1"
                            << "2001:db8::1";
        QTest::newRow("v6 net") << "2001:db8::/64"
                                << "2001:db8::/64";
        QTest::newRow("dns") << "db01.example.com"
                             << "";
        QTest::newRow("short") << "10.1"
                               << "";
        QTest::newRow("octet") << "10.1.0.256"
                               << "";
        QTest::newRow("prefix") << "10.0.0.0/33"
                                << "";
        QTest::newRow("spaces") << " 10.1.0.5 "
                                << "10.1.0.5";
    }

    void addresses()
    {
        QFETCH(QString, text);
        QFETCH(QString, normalised);
        QString out;
        const bool ok = parseIp(text, nullptr, &out, nullptr);
        QCOMPARE(ok, !normalised.isEmpty());
        if (ok)
            QCOMPARE(out, normalised);
    }

    void shopGoldens()
    {
        Design design;
        QVERIFY(shopDesign(*m_cats, &design));
        const SnippetResult r = FirewallSnippets::generate(design, Engine::derive(design, *m_cats));
        QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(QLatin1Char('\n'))));
        QStringList names;
        for (const SnippetFile &f : r.files) {
            names << f.fileName;
            QVERIFY(matchesGolden(f.content, f.fileName));
        }
        QCOMPARE(names, QStringList({"fw-edge.nft", "fw-edge.iptables", "fw-edge.asa",
                                     "fw-core.nft", "fw-core.iptables", "fw-core.asa"}));
        // One rule per crossing flow, citing the flow id and the vendor document.
        const QString nft = QString::fromUtf8(fileNamed(r, QStringLiteral("fw-core.nft"))->content);
        QVERIFY(nft.contains(QStringLiteral(
                "ip saddr 10.1.0.5 ip daddr 10.2.0.10 tcp dport 19998 accept comment "
                "\"F1 appmon.agent-to-collector\"")));
        QVERIFY(nft.contains(QStringLiteral("000_f1f5e2ba1c7315cd.txt")));
        QVERIFY(nft.contains(QStringLiteral("F2 agent1 -> db1")) == false);
        QVERIFY(nft.contains(
                QStringLiteral("# F2 Shop JVM -> Repository DB: custom JDBC health check")));
    }

    void nftAccepts()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("nft")).isEmpty())
            QSKIP("nft is not installed (apt-get install nftables)");
        Design design;
        QVERIFY(shopDesign(*m_cats, &design));
        const SnippetResult r
                = FirewallSnippets::generate(design, Engine::derive(design, *m_cats), Nftables);
        QTemporaryDir dir;
        for (const SnippetFile &f : r.files) {
            const Tool t = nftCheck(dir, f.fileName, f.content);
            if (t.code != 0 && permissionProblem(t.output))
                QSKIP(qPrintable(QStringLiteral("nft -c cannot run here: ") + t.output.trimmed()));
            QVERIFY2(t.code == 0, qPrintable(f.fileName + QStringLiteral(": ") + t.output));
        }
    }

    void iptablesRestoreAccepts()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("iptables-restore")).isEmpty())
            QSKIP("iptables-restore is not installed (apt-get install iptables)");
        Design design;
        QVERIFY(shopDesign(*m_cats, &design));
        const SnippetResult r
                = FirewallSnippets::generate(design, Engine::derive(design, *m_cats), Iptables);
        QTemporaryDir dir;
        for (const SnippetFile &f : r.files) {
            const Tool t
                    = runTool(QStringLiteral("iptables-restore"),
                              {QStringLiteral("--test"), writeTemp(dir, f.fileName, f.content)});
            if (t.code != 0 && permissionProblem(t.output))
                QSKIP(qPrintable(QStringLiteral("iptables-restore --test cannot run here: ")
                                 + t.output.trimmed()));
            QVERIFY2(t.code == 0, qPrintable(f.fileName + QStringLiteral(": ") + t.output));
        }
        // IPv6 rules load with ip6tables-restore.
        Design edge;
        const SnippetResult e = edgeCases(&edge);
        const SnippetFile *v6 = fileNamed(e, QStringLiteral("fw-core.ip6tables"));
        QVERIFY(v6);
        const Tool t
                = runTool(QStringLiteral("ip6tables-restore"),
                          {QStringLiteral("--test"), writeTemp(dir, v6->fileName, v6->content)});
        if (t.code != 0 && permissionProblem(t.output))
            QSKIP(qPrintable(QStringLiteral("ip6tables-restore --test cannot run here: ")
                             + t.output.trimmed()));
        QVERIFY2(t.code == 0, qPrintable(t.output));
    }

    // Missing and unusable addresses become named placeholders with a warning; zone subnets
    // stand in for nodes without an address; IPv6 gets ip6/ip6tables; mixed families no rule.
    void placeholdersAndFamilies()
    {
        Design design;
        const SnippetResult r = edgeCases(&design);
        QVERIFY(!r.files.empty());
        const QString warnings = r.warnings.join(QLatin1Char('\n'));
        QVERIFY2(warnings.contains(
                         QStringLiteral("node coll3 (Core Collector): no address; the rules "
                                        "use the placeholder ADDR_coll3 (ASA: object "
                                        "PLACEHOLDER_coll3)")),
                 qPrintable(warnings));
        QVERIFY(warnings.contains(QStringLiteral("node coll1 (Collector): address "
                                                 "\"apm01.example.com\" is a DNS name")));
        QVERIFY2(warnings.contains(QStringLiteral("F2: Shop JVM is IPv4 and Repository DB IPv6; "
                                                  "no rule written")),
                 qPrintable(warnings));
        QStringList names;
        for (const SnippetFile &f : r.files) {
            names << f.fileName;
            QVERIFY(matchesGolden(f.content, QStringLiteral("edge-") + f.fileName));
        }
        QVERIFY(names.contains(QStringLiteral("fw-core.ip6tables")));

        const QString nft = QString::fromUtf8(fileNamed(r, QStringLiteral("fw-core.nft"))->content);
        QVERIFY(nft.contains(
                QStringLiteral("ip saddr 10.1.0.0/24 ip daddr $ADDR_coll1 tcp dport 19998")));
        QVERIFY(nft.contains(QStringLiteral("# define ADDR_coll1 = <IP address>")));
        const QString asa = QString::fromUtf8(fileNamed(r, QStringLiteral("fw-core.asa"))->content);
        QVERIFY(asa.contains(
                QStringLiteral("object network PLACEHOLDER_coll1\n description SET ADDRESS")));
        QVERIFY(asa.contains(
                QStringLiteral("object network PORTOLAN_NET_dmz\n subnet 10.1.0.0 255.255.255.0")));
        QVERIFY(asa.contains(QStringLiteral("host 2001:db8::11")));

        if (QStandardPaths::findExecutable(QStringLiteral("nft")).isEmpty())
            return;
        // nft refuses the file until the placeholders are defined, then accepts it.
        QTemporaryDir dir;
        const QByteArray content = fileNamed(r, QStringLiteral("fw-core.nft"))->content;
        Tool t = nftCheck(dir, QStringLiteral("placeholders.nft"), content);
        if (t.code != 0 && permissionProblem(t.output))
            QSKIP(qPrintable(QStringLiteral("nft -c cannot run here: ") + t.output.trimmed()));
        QVERIFY(t.code != 0);
        QVERIFY2(t.output.contains(QStringLiteral("ADDR_")), qPrintable(t.output));
        QByteArray defined = content;
        defined.replace("# define ADDR_coll1 = <IP address>", "define ADDR_coll1 = 10.2.0.10");
        defined.replace("# define ADDR_coll3 = <IP address>", "define ADDR_coll3 = 10.2.0.12");
        t = nftCheck(dir, QStringLiteral("defined.nft"), defined);
        QVERIFY2(t.code == 0, qPrintable(t.output));
    }
};

QTEST_GUILESS_MAIN(TestSnippets)
#include "tst_snippets.moc"
