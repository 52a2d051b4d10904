// portolan-cli as a user and a script see it: commands, formats, exit codes, messages.
#include "testutil.h"

#include "cli/cli.h"
#include "export/csvwriter.h"

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

using namespace portolan::core;
using namespace portolan::test;
using json = nlohmann::json;

namespace {

struct Result
{
    int code = -1;
    QString out;
    QString err;
};

Result cli(const QStringList &args)
{
    Result r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.code = portolan::cli::run(args, out, err);
    out.flush();
    err.flush();
    return r;
}

const QString kExample = QStringLiteral(PORTOLAN_SOURCE_DIR "/data/examples/appmon-three-tier.portolan");

QString writeTemp(QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(data);
    return path;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void versionAndHelp();
    void usageErrors_data();
    void usageErrors();
    void productsAndComponents();
    void servicesJsonContract();
    void flowsCrossingOnlyForAppMon();
    void flowsJsonContract();
    void checkMalformedFiles_data();
    void checkMalformedFiles();
    void checkReportsDesignErrorsWithExitOne();
    void exportCsvForExcel();
    void catalogDirOption();
    void designPathsNeverNameOtherFiles();
    // Last: portolan::cli::run keeps its Chinese translator installed for the rest of the
    // process (app/cli/cli.cpp), and the reader messages follow the installed translator.
    void chineseOutput();
    void chineseErrors();
};

void TestCli::versionAndHelp()
{
    Result r = cli({"--version"});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith(QStringLiteral("portolan-cli ")));
    r = cli({"--help"});
    QCOMPARE(r.code, 0);
    for (const char *cmd : {"products", "components", "services", "flows", "check", "export",
                            "--crossing-only", "--catalog-dir", "--lang", "Exit status"})
        QVERIFY2(r.out.contains(QLatin1String(cmd)), cmd);
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command") << QStringList{} << "no command given";
    QTest::newRow("unknown command") << QStringList{"draw"} << "unknown command 'draw'";
    QTest::newRow("unknown option") << QStringList{"flows", kExample, "--colour"} << "unknown option --colour for 'flows'";
    QTest::newRow("bad format") << QStringList{"flows", kExample, "--format", "xml"} << "unknown format \"xml\" (expected text, csv, json)";
    QTest::newRow("bad language") << QStringList{"--lang", "fr", "products"} << "unknown language \"fr\"";
    QTest::newRow("missing value") << QStringList{"services", "--product"} << "--product needs a value";
    QTest::newRow("unknown product") << QStringList{"services", "--product", "acme"} << "unknown product \"acme\"";
    QTest::newRow("two designs") << QStringList{"check", kExample, kExample} << "'check' takes exactly one design file";
    QTest::newRow("export without output") << QStringList{"export", kExample} << "export needs an output";
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Result r = cli(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestCli::productsAndComponents()
{
    Result r = cli({"products", "--format", "json"});
    QCOMPARE(r.code, 0);
    const json products = json::parse(r.out.toStdString());
    QCOMPARE(products.size(), size_t(6));
    r = cli({"components", "--product", "appmon", "--format", "json"});
    QCOMPARE(r.code, 0);
    const json comps = json::parse(r.out.toStdString());
    QVERIFY(comps.size() >= 9);
    for (const auto &c : comps)
        QCOMPARE(QString::fromStdString(c["product"].get<std::string>()), QStringLiteral("appmon"));
    r = cli({"components", "--product", "dmcm"});
    QVERIFY(r.out.contains(QStringLiteral("dmcm.agent-proxy")));
}

void TestCli::servicesJsonContract()
{
    const Result r = cli({"services", "--product", "appmon", "--format", "json"});
    QCOMPARE(r.code, 0);
    const json arr = json::parse(r.out.toStdString());
    QVERIFY(arr.is_array() && arr.size() >= 18);
    bool sawCollector = false;
    for (const auto &s : arr) {
        for (const char *key : {"product", "component", "service", "protocol", "ports", "scope", "reference"})
            QVERIFY2(s.contains(key), key);
        QCOMPARE(s["reference"].get<std::string>(), std::string("000_f1f5e2ba1c7315cd.txt"));
        if (s["component"] == "appmon.collector" && s["ports"] == "9998" && s["protocol"] == "tcp")
            sawCollector = true;
    }
    QVERIFY(sawCollector);
    const Result csv = cli({"services", "--product", "prognosis", "--format", "csv"});
    QCOMPARE(csv.code, 0);
    const auto rows = CsvWriter::parse(csv.out.toUtf8());
    QVERIFY(rows.size() > 90);
    QCOMPARE(rows.front().value(0), QStringLiteral("Product"));
}

void TestCli::flowsCrossingOnlyForAppMon()
{
    // The matrix a security team expects from the AppMon document for the example: the
    // Collector -> Server SSL channel (6699), Client -> Frontend Server (2021), dashboards
    // (9911) cross FW-CORE; Agent -> Collector stays inside each zone.
    const Result r = cli({"flows", kExample, "--crossing-only"});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("== Firewall: FW-CORE")));
    QVERIFY(r.out.contains(QStringLiteral("== Firewall: FW-DMZ")));
    for (const char *port : {" 6699 ", " 2021 ", " 9911 "})
        QVERIFY2(r.out.contains(QLatin1String(port)), port);
    QVERIFY(!r.out.contains(QStringLiteral(" 9998 ")));
    QVERIFY(!r.out.contains(QStringLiteral(" 6698 ")));
    QVERIFY(r.err.contains(QStringLiteral("0 errors")));
}

void TestCli::flowsJsonContract()
{
    const Result r = cli({"flows", kExample, "--format", "json"});
    QCOMPARE(r.code, 0);
    const json doc = json::parse(r.out.toStdString());
    QVERIFY(doc["flows"].is_array() && doc["flows"].size() > 5);
    QVERIFY(doc["diagnostics"].is_array());
    int crossing = 0;
    for (const auto &f : doc["flows"]) {
        for (const char *key : {"id", "source", "target", "protocol", "ports", "service", "product", "rule",
                                "local", "crossesFirewall", "firewalls", "purpose", "reference", "advisories"})
            QVERIFY2(f.contains(key), key);
        for (const char *key : {"node", "name", "type", "zone", "host", "address"})
            QVERIFY2(f["source"].contains(key) && f["target"].contains(key), key);
        QCOMPARE(f["crossesFirewall"].get<bool>(), !f["firewalls"].empty());
        crossing += f["crossesFirewall"].get<bool>();
    }
    QVERIFY(crossing > 0);
    for (const auto &d : doc["diagnostics"])
        for (const char *key : {"severity", "code", "message", "nodes", "flows"})
            QVERIFY2(d.contains(key), key);
    const Result only = cli({"flows", kExample, "--format", "json", "--crossing-only"});
    QCOMPARE(int(json::parse(only.out.toStdString())["flows"].size()), crossing);
}

void TestCli::checkMalformedFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("where");
    QTest::newRow("empty file") << QByteArray() << "bad.portolan:1:1: invalid JSON";
    QTest::newRow("binary junk") << QByteArray("\x00\xff\xfe\x01garbage", 11) << "bad.portolan:1:1: invalid JSON";
    QTest::newRow("truncated") << QByteArray("{\n  \"format\": \"portolan-design\",\n  \"version\": 1,\n  \"nodes\": [\n")
                               << "bad.portolan:5:1: invalid JSON";
    QTest::newRow("wrong type deep inside") << QByteArray(R"({"format":"portolan-design","version":1,"nodes":[{"id":"a","type":"appmon.agent","pos":"here"}]})")
                                            << "bad.portolan: /nodes/0/pos: expected an array of 2 numbers";
    QTest::newRow("unknown type") << QByteArray(R"({"format":"portolan-design","version":1,"nodes":[{"id":"a","type":"appmon.agnet"}]})")
                                  << "bad.portolan: /nodes/0/type: unknown component type \"appmon.agnet\"";
    QTest::newRow("newer version") << QByteArray(R"({"format":"portolan-design","version":2})")
                                   << "bad.portolan: /version: design format version 2 is newer";
    QTest::newRow("huge number") << QByteArray(R"({"format":"portolan-design","version":99999999999999999999999})")
                                 << "bad.portolan: /version: expected an integer";
    QTest::newRow("deep nesting") << (QByteArray(R"({"format":"portolan-design","version":1,"x":)") + QByteArray(100000, '['))
                                  << "bad.portolan: nesting deeper than 64 levels";
}

void TestCli::checkMalformedFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, where);
    QTemporaryDir dir;
    const QString path = writeTemp(dir, QStringLiteral("bad.portolan"), content);
    const Result r = cli({"check", path});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(where), qPrintable(r.err));
    QVERIFY(r.err.contains(path));
}

void TestCli::checkReportsDesignErrorsWithExitOne()
{
    QTemporaryDir dir;
    // Two AppMon collectors on one host both listen on 9998: a port conflict error.
    const QString path = writeTemp(dir, QStringLiteral("conflict.portolan"), R"({"format":"portolan-design","version":1,
        "nodes":[{"id":"c1","type":"appmon.collector","host":"mon01"},{"id":"c2","type":"appmon.collector","host":"mon01"}]})");
    Result r = cli({"check", path});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains(QStringLiteral("error: Port conflict on host mon01")), qPrintable(r.out));
    r = cli({"check", path, "--format", "json"});
    QCOMPARE(r.code, 1);
    const json doc = json::parse(r.out.toStdString());
    QVERIFY(doc["errors"].get<int>() >= 1);
    QCOMPARE(doc["diagnostics"][0]["code"].get<std::string>(), std::string("port-conflict"));
    QCOMPARE(cli({"check", QStringLiteral("/nonexistent/x.portolan")}).code, 2);
    QCOMPARE(cli({"check", dir.path()}).code, 2);
}

void TestCli::exportCsvForExcel()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("request.csv"));
    const Result r = cli({"export", kExample, "--csv", out, "--crossing-only"});
    QCOMPARE(r.code, 0);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray data = f.readAll();
    QVERIFY(data.startsWith("\xEF\xBB\xBF"));
    QVERIFY(data.contains("\r\n"));
    const auto rows = CsvWriter::parse(data);
    QVERIFY(rows.size() > 2);
    QCOMPARE(rows.front().value(1), QStringLiteral("Firewall"));
    QCOMPARE(rows.front().value(5), QStringLiteral("Source address"));
    for (size_t i = 1; i < rows.size(); ++i) {
        QCOMPARE(rows[i].size(), rows.front().size());
        QVERIFY(!rows[i].value(1).isEmpty()); // every row names its firewall
        QVERIFY(!rows[i].value(11).isEmpty()); // and its ports
        QVERIFY(rows[i].value(16).startsWith(QStringLiteral("000_f1f5e2ba1c7315cd.txt")));
    }
    QCOMPARE(cli({"export", kExample, "--csv", dir.filePath(QStringLiteral("no/such/dir/x.csv"))}).code, 2);
}

void TestCli::chineseOutput()
{
    const Result r = cli({"--lang", "zh_CN", "components", "--product", "appmon"});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("采集器")), qPrintable(r.out));
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("zh.csv"));
    QCOMPARE(cli({"--lang", "zh_CN", "export", kExample, "--csv", out}).code, 0);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const auto rows = CsvWriter::parse(f.readAll());
    bool chinesePurpose = false;
    for (const QStringList &row : rows)
        chinesePurpose = chinesePurpose || row.value(13).contains(QStringLiteral("转发"));
    QVERIFY(chinesePurpose);
}

void TestCli::catalogDirOption()
{
    QTemporaryDir dir;
    writeTemp(dir, QStringLiteral("broken.json"), R"({"format":"portolan-catalog","version":1,
        "product":{"id":"acme","name":{"en":"ACME"},"source":"x"}})");
    const Result r = cli({"--catalog-dir", dir.path(), "products"});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(dir.filePath(QStringLiteral("broken.json")) + QStringLiteral(": /product/name/zh_CN: missing")),
             qPrintable(r.err));
    QCOMPARE(cli({"--catalog-dir", dir.filePath(QStringLiteral("nope")), "products"}).code, 2);
}

// A design names hosts and firewalls, never files: hostile names ("../..", absolute paths)
// in a design still only produce files inside the folders given on the command line.
void TestCli::designPathsNeverNameOtherFiles()
{
    QFile example(kExample);
    QVERIFY(example.open(QIODevice::ReadOnly));
    json doc = json::parse(example.readAll().toStdString());
    int i = 0;
    for (json &n : doc["nodes"]) {
        ++i;
        n["host"] = std::string(i % 2 ? "../../escaped-" : "/tmp/escaped-") + std::to_string(i);
    }
    for (json &z : doc["zones"]) {
        if (z.value("firewalled", false))
            z["firewall"] = "../../../escaped-fw";
    }
    QTemporaryDir root;
    QVERIFY(QDir(root.path()).mkpath(QStringLiteral("a/b/work")));
    const QString work = root.filePath(QStringLiteral("a/b/work"));
    const QString design = work + QStringLiteral("/hostile.portolan");
    QFile f(design);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray::fromStdString(doc.dump()));
    f.close();
    const Result r = cli({"export", design, "--verify", work + QStringLiteral("/verify"), "--snippets",
                          work + QStringLiteral("/rules"), "--csv", work + QStringLiteral("/r.csv")});
    QCOMPARE(r.code, 0);
    QStringList outside, inside;
    QDirIterator it(root.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        (file.startsWith(work + QLatin1Char('/')) ? inside : outside) << file;
    }
    QVERIFY2(outside.isEmpty(), qPrintable(outside.join(QLatin1Char('\n'))));
    QVERIFY2(inside.size() > 3, qPrintable(inside.join(QLatin1Char('\n'))));
    const QStringList escaped = QDir(QStringLiteral("/tmp")).entryList({QStringLiteral("escaped-*")});
    QVERIFY2(escaped.isEmpty(), qPrintable(escaped.join(QLatin1Char(' '))));
}

// Issue 6: errors of the design and catalog readers in Chinese, at the same place.
void TestCli::chineseErrors()
{
    QTemporaryDir dir;
    const QString dangling = writeTemp(dir, QStringLiteral("bad.portolan"),
                                       R"({"format":"portolan-design","version":1,"nodes":[{"id":"a","type":"appmon.agent","zone":"dmz"}]})");
    Result r = cli({"--lang", "zh_CN", "check", dangling});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(dangling + QStringLiteral(": /nodes/0/zone: 未知区域 \"dmz\"")), qPrintable(r.err));

    const QString syntax = writeTemp(dir, QStringLiteral("syntax.portolan"), "{\n  \"format\": \"portolan-design\",\n  \"version\": 1,,\n}");
    r = cli({"--lang", "zh_CN", "check", syntax});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(syntax + QStringLiteral(":3:16: 无效的 JSON：")), qPrintable(r.err));

    writeTemp(dir, QStringLiteral("broken.json"), R"({"format":"portolan-catalog","version":1,
        "product":{"id":"acme","name":{"en":"ACME"},"source":"x"}})");
    r = cli({"--lang", "zh_CN", "--catalog-dir", dir.path(), "products"});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(dir.filePath(QStringLiteral("broken.json")) + QStringLiteral(": /product/name/zh_CN: 缺少（应为字符串）")),
             qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
