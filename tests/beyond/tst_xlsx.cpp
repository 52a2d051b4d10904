// XLSX export: the workbook is unzipped and its sheets read back cell by cell.
#include "beyondutil.h"

#include "beyond/xlsxexport.h"
#include "beyond/zonetable.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <map>

using namespace portolan::core;
using namespace portolan::beyond;
using namespace portolan::test;

namespace {

QByteArray unzip(const QString &file, const QString &member)
{
    QProcess p;
    p.start(QStringLiteral("unzip"), {QStringLiteral("-p"), file, member});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return p.readAllStandardOutput();
}

QStringList sharedStrings(const QByteArray &xml)
{
    QStringList out;
    QXmlStreamReader r(xml);
    QString current;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == QLatin1String("si"))
            current.clear();
        else if (r.isStartElement() && r.name() == QLatin1String("t"))
            current += r.readElementText();
        else if (r.isEndElement() && r.name() == QLatin1String("si"))
            out << current;
    }
    return out;
}

// Cell reference ("B2") -> text, for string cells.
std::map<QString, QString> cells(const QByteArray &xml, const QStringList &strings)
{
    std::map<QString, QString> out;
    QXmlStreamReader r(xml);
    QString ref, type;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == QLatin1String("c")) {
            ref = r.attributes().value(QLatin1String("r")).toString();
            type = r.attributes().value(QLatin1String("t")).toString();
        } else if (r.isStartElement() && r.name() == QLatin1String("v")
                   && type == QLatin1String("s")) {
            out[ref] = strings.value(r.readElementText().toInt());
        }
    }
    return out;
}

} // namespace

class TestXlsx : public QObject
{
    Q_OBJECT

    std::unique_ptr<CatalogSet> m_cats;
    Design m_design;
    FlowSet m_flows;

private slots:
    void initTestCase()
    {
        m_cats = builtInCatalogs();
        QVERIFY(m_cats);
        QVERIFY(shopDesign(*m_cats, &m_design, [](json &d) { d["zones"][2]["name"] = "核心区"; }));
        m_flows = Engine::derive(m_design, *m_cats);
    }

    void sheetNames()
    {
        QCOMPARE(XlsxExport::sheetName(QStringLiteral("FW-CORE"), {}), QStringLiteral("FW-CORE"));
        QCOMPARE(XlsxExport::sheetName(QStringLiteral("a/b:c?[d]"), {}),
                 QStringLiteral("a_b_c__d_"));
        QCOMPARE(XlsxExport::sheetName(QStringLiteral("fw-core"), {QStringLiteral("FW-CORE")}),
                 QStringLiteral("fw-core (2)"));
        QCOMPARE(XlsxExport::sheetName(QString(40, QLatin1Char('x')), {}).size(), 31);
        QCOMPARE(XlsxExport::sheetName(QStringLiteral("'quoted'"), {}), QStringLiteral("quoted"));
    }

    void zoneTable()
    {
        const ZoneTable t = ZoneTable::build(m_design, m_flows, Language::English);
        QCOMPARE(t.rowZones, QStringList({"dmz"}));
        QCOMPARE(t.columnZones, QStringList({"core"}));
        QCOMPARE(t.text(0, 0), QStringLiteral("TCP 1521,6699,8041,19998"));
        QCOMPARE(t.flows[0][0], QStringList({"F1", "F2", "F5", "F6", "F8"}));
        const ZoneTable all = ZoneTable::build(m_design, m_flows, Language::English, false);
        QCOMPARE(all.rowZones, QStringList({"dmz", "core"}));
        QCOMPARE(all.text(1, 1), QStringLiteral("TCP 1521,6699,8041"));
    }

    void workbook()
    {
        if (!XlsxExport::available()) {
            QString error;
            QVERIFY(XlsxExport::workbook(m_design, m_flows, *m_cats, {}, &error).isEmpty());
            QCOMPARE(error, QStringLiteral("XLSX export is not available in this build"));
            QSKIP("built without libxlsxwriter");
        }
        if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
            QSKIP("unzip is not installed");
        XlsxOptions options;
        options.lang = Language::Chinese;
        QString error;
        const QByteArray data = XlsxExport::workbook(m_design, m_flows, *m_cats, options, &error);
        QVERIFY2(!data.isEmpty(), qPrintable(error));
        QVERIFY(data.startsWith("PK"));
        // Reproducible: the same input gives the same bytes.
        QCOMPARE(XlsxExport::workbook(m_design, m_flows, *m_cats, options, &error), data);

        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("request.xlsx"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
        f.close();

        const QString workbookXml
                = QString::fromUtf8(unzip(file, QStringLiteral("xl/workbook.xml")));
        const QStringList expectedSheets = {"FW-EDGE", "FW-CORE", "All flows", "Zone matrix"};
        int at = 0;
        for (const QString &s : expectedSheets) {
            const int i = int(workbookXml.indexOf(QStringLiteral("name=\"%1\"").arg(s)));
            QVERIFY2(i > at, qPrintable(s + QStringLiteral(" in ") + workbookXml));
            at = i;
        }
        const QStringList strings
                = sharedStrings(unzip(file, QStringLiteral("xl/sharedStrings.xml")));
        QVERIFY(strings.contains(QStringLiteral("核心区")));
        QVERIFY(strings.contains(QStringLiteral("Collector 将 Agent 数据转发给 Server")));

        // Sheet 1, FW-EDGE: header row, then one row per flow crossing FW-EDGE.
        const QByteArray sheet1 = unzip(file, QStringLiteral("xl/worksheets/sheet1.xml"));
        auto c1 = cells(sheet1, strings);
        QCOMPARE(c1["A1"], QStringLiteral("Flow"));
        QCOMPARE(c1["B1"], QStringLiteral("Firewall"));
        QCOMPARE(c1["A2"], QStringLiteral("F1"));
        QCOMPARE(c1["B2"], QStringLiteral("FW-EDGE"));
        QCOMPARE(c1["G2"], QStringLiteral("核心区"));
        QCOMPARE(c1["L2"], QStringLiteral("19998"));
        QCOMPARE(c1["N2"], QStringLiteral("Agent 向所属 Collector 发送 PurePath 和监控数据"));
        QCOMPARE(c1["A6"], QStringLiteral("F8"));
        QVERIFY(!c1.count("A7"));
        QVERIFY(sheet1.contains("state=\"frozen\""));
        QVERIFY(sheet1.contains("ySplit=\"1\""));
        QVERIFY(sheet1.contains("<autoFilter ref=\"A1:R6\"/>"));
        QVERIFY(sheet1.contains("<cols>"));

        // Sheet 3: every flow. Sheet 4: the zone matrix, frozen on row and column.
        auto c3 = cells(unzip(file, QStringLiteral("xl/worksheets/sheet3.xml")), strings);
        QCOMPARE(c3["A10"], QStringLiteral("F9"));
        QVERIFY(!c3.count("A11"));
        const QByteArray sheet4 = unzip(file, QStringLiteral("xl/worksheets/sheet4.xml"));
        auto c4 = cells(sheet4, strings);
        QCOMPARE(c4["A2"], QStringLiteral("DMZ"));
        QCOMPARE(c4["B1"], QStringLiteral("核心区"));
        QCOMPARE(c4["B2"], QStringLiteral("TCP 1521,6699,8041,19998"));
        QVERIFY(sheet4.contains("xSplit=\"1\""));

        // --crossing-only: the all-flows sheet keeps only flows crossing a firewall.
        options.crossingOnly = true;
        const QByteArray crossing
                = XlsxExport::workbook(m_design, m_flows, *m_cats, options, &error);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(crossing);
        f.close();
        const QStringList s2 = sharedStrings(unzip(file, QStringLiteral("xl/sharedStrings.xml")));
        auto all = cells(unzip(file, QStringLiteral("xl/worksheets/sheet3.xml")), s2);
        QCOMPARE(all["A6"], QStringLiteral("F8"));
        QVERIFY(!all.count("A7"));
    }
};

QTEST_GUILESS_MAIN(TestXlsx)
#include "tst_xlsx.moc"
