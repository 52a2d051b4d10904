// CSV for Excel: BOM, CRLF, RFC 4180 quoting, formula injection neutralised; read back.
#include "testutil.h"

#include "export/csvwriter.h"
#include "export/portmatrix.h"

using namespace portolan::core;
using namespace portolan::test;

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void escapingAtEveryPosition();
    void injection_data();
    void injection();
    void matrixColumnsAndCrossingGroups();
};

void TestCsv::roundTrip()
{
    const QStringList headers = {"Source", "Purpose"};
    const std::vector<QStringList> rows = {
        {"a,b", "say \"hi\""},
        {"line1\nline2", "采集器 → 服务器"},
        {" padded ", ""},
    };
    const QByteArray csv = CsvWriter::write(headers, rows, CsvWriter::Options());
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    QVERIFY(csv.contains("\"a,b\",\"say \"\"hi\"\"\"\r\n"));
    QVERIFY(!csv.contains("\r\n\n"));
    const auto back = CsvWriter::parse(csv);
    QCOMPARE(back.size(), size_t(4));
    QCOMPARE(back[0], headers);
    QCOMPARE(back[1], rows[0]);
    QCOMPARE(back[2], rows[1]);
    QCOMPARE(back[3], rows[2]);
    // Every record ends with CRLF (embedded newlines stay inside quotes).
    QVERIFY(csv.endsWith("\r\n"));
    QCOMPARE(csv.count("\r\n"), 4);
}

// The writer looks for the characters that need quotes eight at a time and copies the runs
// between double quotes whole: each special character at each position, in cells of every
// length around those blocks, must come out as the plain rule says.
void TestCsv::escapingAtEveryPosition()
{
    const auto expected = [](const QString &cell) {
        QString body = cell;
        const bool apostrophe = !cell.isEmpty() && QStringLiteral("=+-@\t\r\n").contains(cell.front());
        const bool quote = (!apostrophe && (cell.startsWith(QLatin1Char(' ')) || cell.startsWith(QChar(0xFEFF))))
                           || cell.endsWith(QLatin1Char(' ')) || cell.contains(QLatin1Char(','))
                           || cell.contains(QLatin1Char('"')) || cell.contains(QLatin1Char('\n'))
                           || cell.contains(QLatin1Char('\r'));
        if (apostrophe)
            body.prepend(QLatin1Char('\''));
        if (!quote)
            return body;
        return QLatin1Char('"') + body.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    };
    const QString specials = QStringLiteral(",\"\n\r ") + QChar(0x4E2D) + QChar(0x802C);
    std::vector<QStringList> rows;
    QStringList cells;
    for (int size = 0; size <= 34; ++size) {
        for (int at = 0; at < std::max(size, 1); ++at) {
            for (const QChar special : specials) {
                QString cell(size, QLatin1Char('x'));
                if (size)
                    cell[at] = special;
                if (size > 20)
                    cell[size - 3] = QLatin1Char('"'); // a second quote further on
                QCOMPARE(CsvWriter::escapeCell(cell, true), expected(cell));
                cells << cell;
                if (cells.size() == 18) {
                    rows.push_back(cells);
                    cells.clear();
                }
            }
        }
    }
    // The rows are written through a buffer grown ahead of them: the text read back is the same.
    const QByteArray csv = CsvWriter::write(QStringList(18, QStringLiteral("h")), rows, {true, false});
    std::vector<QStringList> back = CsvWriter::parse(csv);
    QCOMPARE(back.size(), rows.size() + 1);
    back.erase(back.begin());
    QCOMPARE(back, rows);
}

void TestCsv::injection_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("expected");
    QTest::newRow("equals") << "=HYPERLINK(\"http://x\")" << "'=HYPERLINK(\"http://x\")";
    QTest::newRow("plus") << "+1+1" << "'+1+1";
    QTest::newRow("minus") << "-2+3" << "'-2+3";
    QTest::newRow("at") << "@SUM(A1)" << "'@SUM(A1)";
    QTest::newRow("tab") << "\t=1" << "'\t=1";
    QTest::newRow("carriage return") << "\r=1" << "'\r=1";
    QTest::newRow("plain text kept") << "FW-CORE" << "FW-CORE";
    QTest::newRow("port range kept") << "50901-50999" << "50901-50999";
}

void TestCsv::injection()
{
    QFETCH(QString, cell);
    QFETCH(QString, expected);
    const QByteArray csv = CsvWriter::write({"h"}, {{cell}}, CsvWriter::Options());
    const auto back = CsvWriter::parse(csv);
    QCOMPARE(back.size(), size_t(2));
    QCOMPARE(back[1].value(0), expected);
}

void TestCsv::matrixColumnsAndCrossingGroups()
{
    auto cats = testCatalogs();
    QVERIFY(cats);
    Design d;
    QVERIFY(designFrom(R"({"zones":[{"id":"dmz","name":"DMZ","firewalled":true,"firewall":"FW-EDGE"},
        {"id":"app","name":"应用区","firewalled":true,"firewall":"FW-CORE"}],
        "nodes":[{"id":"a1","type":"t.a","name":"=cmd|' /C calc'!A0","zone":"dmz","host":"web01","address":"10.0.0.5"},
                 {"id":"c1","type":"t.c","name":"采集器 1","zone":"app","host":"col01","address":"10.1.0.9"},
                 {"id":"c2","type":"t.c","name":"Collector 2","zone":"dmz","host":"col02"}],
        "links":[]})", *cats, &d));
    const FlowSet fs = Engine::derive(d, *cats);
    const PortMatrix all = PortMatrix::build(d, fs, *cats, Language::English, false);
    QCOMPARE(all.rows.size(), size_t(2));
    const PortMatrix crossing = PortMatrix::build(d, fs, *cats, Language::English, true);
    // One crossing flow through two firewalls: requested from each.
    QCOMPARE(crossing.firewalls(), (QStringList{"FW-EDGE", "FW-CORE"}));
    QCOMPARE(crossing.rows.size(), size_t(2));
    const auto rows = CsvWriter::parse(CsvWriter::write(crossing, CsvWriter::Options()));
    QCOMPARE(rows.front(), (QStringList{"Flow", "Firewall", "Source zone", "Source", "Source host",
                                        "Source address", "Target zone", "Target", "Target host",
                                        "Target address", "Protocol", "Ports", "Service", "Purpose",
                                        "Firewalls crossed", "Product", "Vendor reference", "Advisories"}));
    const QStringList &r = rows[1];
    QCOMPARE(r[1], QStringLiteral("FW-EDGE"));
    QCOMPARE(r[3], QStringLiteral("'=cmd|' /C calc'!A0"));
    QCOMPARE(r[5], QStringLiteral("10.0.0.5"));
    QCOMPARE(r[6], QStringLiteral("应用区"));
    QCOMPARE(r[7], QStringLiteral("采集器 1"));
    QCOMPARE(r[10], QStringLiteral("TCP"));
    QCOMPARE(r[11], QStringLiteral("9000-9001"));
    QCOMPARE(r[14], QStringLiteral("FW-EDGE → FW-CORE"));
    QCOMPARE(r[16], QStringLiteral("engine-tests \u00a7 R1"));
    QCOMPARE(r[17], QStringLiteral("No firewall between agent and collector"));
    QCOMPARE(rows[2][1], QStringLiteral("FW-CORE"));
    // Chinese catalog text in a Chinese export.
    const PortMatrix zh = PortMatrix::build(d, fs, *cats, Language::Chinese, true);
    QCOMPARE(zh.rows.front().cells[13], QStringLiteral("代理上报"));
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
