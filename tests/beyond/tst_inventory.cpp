// Inventory import: CMDB CSV rows become a laid-out, valid design; bad rows are reported with
// their line numbers.
#include "beyondutil.h"

#include "beyond/inventory.h"

using namespace portolan::core;
using namespace portolan::beyond;
using namespace portolan::test;

namespace {

QStringList issueLines(const InventoryResult &r)
{
    QStringList out;
    for (const InventoryIssue &i : r.issues)
        out << QStringLiteral("%1: %2").arg(i.line).arg(i.message);
    return out;
}

const Node *node(const Design &d, const char *id)
{
    const int i = d.nodeIndex(QLatin1String(id));
    return i < 0 ? nullptr : &d.nodes[size_t(i)];
}

} // namespace

class TestInventory : public QObject
{
    Q_OBJECT

    std::unique_ptr<CatalogSet> m_cats;

private slots:
    void initTestCase()
    {
        m_cats = builtInCatalogs();
        QVERIFY(m_cats);
    }

    void goodRows()
    {
        const QByteArray csv = "Host,IP Address,Zone,Component Type,Name,Product\n"
                               "web01,10.10.1.11,DMZ,appmon.agent,Shop JVM,\n"
                               "apm01,10.20.1.50,Monitoring,collector,,appmon\n"
                               "apm01,10.20.1.50,monitoring,AppMon Server,,\n"
                               "db01,10.30.0.5,数据库区,Oracle database,,\n"
                               "\"pc \"\"one\"\"\",10.40.0.7,,common.windows-host,\"Ops, PC\",\n"
                               "\n";
        const InventoryResult r = InventoryImport::import(csv, QStringLiteral("cmdb.csv"), *m_cats);
        QVERIFY2(r.fatal.isEmpty(), qPrintable(r.fatal));
        QVERIFY2(r.issues.empty(), qPrintable(issueLines(r).join(QLatin1Char('\n'))));
        QCOMPARE(r.rowsRead, 5);
        QCOMPARE(r.rowsUsed, 5);
        const Design &d = r.design;
        QCOMPARE(d.title, QStringLiteral("cmdb"));
        QStringList zones;
        for (const Zone &z : d.zones)
            zones << z.id + QLatin1Char('=') + z.name + (z.firewalled ? "" : " open");
        QCOMPARE(zones, QStringList({"dmz=DMZ", "monitoring=Monitoring", "zone-3=数据库区"}));
        QStringList nodes;
        for (const Node &n : d.nodes)
            nodes << QStringLiteral("%1 %2 %3 %4 %5").arg(n.id, n.type, n.zone, n.host, n.name);
        QCOMPARE(nodes, QStringList({
                                "web01 appmon.agent dmz web01 Shop JVM",
                                "apm01 appmon.collector monitoring apm01 apm01",
                                "apm01-server appmon.server monitoring apm01 apm01",
                                "db01 common.oracle zone-3 db01 db01",
                                "pc-one common.windows-host  pc \"one\" Ops, PC",
                        }));
        QCOMPARE(node(d, "db01")->address, QStringLiteral("10.30.0.5"));

        // A tidy layout: zones do not overlap, every node sits inside its zone.
        QVERIFY(!d.needsLayout());
        for (size_t i = 0; i < d.zones.size(); ++i) {
            for (size_t j = i + 1; j < d.zones.size(); ++j)
                QVERIFY(!d.zones[i].rect.intersects(d.zones[j].rect));
        }
        for (const Node &n : d.nodes) {
            if (n.zone.isEmpty()) {
                for (const Zone &z : d.zones)
                    QVERIFY(!z.rect.contains(n.pos));
                continue;
            }
            QVERIFY(d.zones[size_t(d.zoneIndex(n.zone))].rect.contains(n.pos));
        }

        // The design is valid, survives a round trip and derives flows across the firewalls.
        std::vector<LoadError> errors;
        Design back;
        QVERIFY(DesignIO::read(DesignIO::write(d), QStringLiteral("cmdb.portolan"), m_cats.get(),
                               &back, &errors));
        const FlowSet flows = Engine::derive(back, *m_cats);
        QVERIFY(flowLines(back, flows)
                        .contains(QStringLiteral("web01>apm01 tcp 9998 DMZ+Monitoring")));
    }

    void badRows()
    {
        const QByteArray csv = "host,address,zone,type\n"              // 1
                               "ok01,10.0.0.1,LAN,common.linux-host\n" // 2
                               "typo01,10.0.0.2,LAN,appmon.colector\n" // 3
                               "notype,10.0.0.3,LAN,\n"                // 4
                               ",10.0.0.4,LAN,common.linux-host\n"     // 5
                               "ok01,10.0.0.1,LAN,common.linux-host\n" // 6
                               "\"multi\n"                             // 7
                               "line\",10.0.0.5,LAN,common.dns\n"      // 8
                               "bad02,10.0.0.6,LAN,nonsense\n";        // 9
        const InventoryResult r = InventoryImport::import(csv, QStringLiteral("bad.csv"), *m_cats);
        QVERIFY(r.fatal.isEmpty());
        QCOMPARE(issueLines(r), QStringList({
                                        "3: unknown component type \"appmon.colector\"",
                                        "4: no component type",
                                        "5: no host or name",
                                        "6: duplicate of line 2 (same host and component type)",
                                        "9: unknown component type \"nonsense\"",
                                }));
        QCOMPARE(r.rowsRead, 7);
        QCOMPARE(r.rowsUsed, 2);
        QCOMPARE(r.rowsSkipped, 5);
        QVERIFY(r.usable());
        QCOMPARE(r.design.nodes[1].host, QStringLiteral("multi line"));
    }

    void productColumnAndAmbiguity()
    {
        const QByteArray csv = "name,type,product\n"
                               "a,server,dataminer\n" // no dataminer.server
                               "b,server,acme\n"      // unknown product
                               "c,DMA,\n"             // not an id, not a name
                               "d,dma,dataminer\n"
                               "e,DataMiner Agent (DMA),\n";
        const InventoryResult r = InventoryImport::import(csv, QStringLiteral("p.csv"), *m_cats);
        QCOMPARE(issueLines(r), QStringList({
                                        "2: unknown component type \"server\"",
                                        "3: unknown product \"acme\"",
                                        "4: unknown component type \"DMA\"",
                                }));
        QCOMPARE(r.design.nodes.size(), size_t(2));
        QCOMPARE(r.design.nodes[0].type, QStringLiteral("dataminer.dma"));
        QCOMPARE(r.design.nodes[1].type, QStringLiteral("dataminer.dma"));
        QVERIFY(r.design.nodes[0].zone.isEmpty());
    }

    // Excel in a Chinese or German locale: BOM, semicolons, CRLF, Chinese headers.
    void semicolonsAndChineseHeaders()
    {
        const QByteArray csv = "\xEF\xBB\xBF主机;地址;区域;类型\r\n"
                               "srv01;10.1.1.1;核心区;common.ldap\r\n"
                               "srv02;10.1.1.2;核心区;common.smtp\r\n";
        const InventoryResult r = InventoryImport::import(csv, QStringLiteral("资产.csv"), *m_cats);
        QVERIFY(r.issues.empty());
        QCOMPARE(r.rowsUsed, 2);
        QCOMPARE(r.design.zones.size(), size_t(1));
        QCOMPARE(r.design.zones[0].name, QStringLiteral("核心区"));
        QCOMPARE(r.design.nodes[1].address, QStringLiteral("10.1.1.2"));
    }

    void unusableFiles()
    {
        InventoryResult r = InventoryImport::import("", QStringLiteral("e.csv"), *m_cats);
        QCOMPARE(r.fatal, QStringLiteral("the file is empty"));
        QVERIFY(!r.usable());
        r = InventoryImport::import("host,address\nweb01,10.0.0.1\n", QStringLiteral("h.csv"),
                                    *m_cats);
        QVERIFY(r.fatal.startsWith(
                QStringLiteral("line 1: the header needs a component type column")));
        r = InventoryImport::import("host,type\nweb01,bogus\n", QStringLiteral("u.csv"), *m_cats);
        QVERIFY(r.fatal.isEmpty());
        QVERIFY(!r.usable());
        QCOMPARE(r.rowsSkipped, 1);
    }
};

QTEST_GUILESS_MAIN(TestInventory)
#include "tst_inventory.moc"
