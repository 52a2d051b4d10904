// The command-line functions of app/cli/beyond.cpp: diff, import-inventory and the export
// outputs, with their exit codes and messages.
#include "beyondutil.h"

#include "cli/beyond.h"
#include "cli/cli.h"

#include "beyond/xlsxexport.h"
#include "export/csvwriter.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

using namespace portolan::core;
using namespace portolan::test;
namespace bcli = portolan::beyond::cli;

namespace {

struct Result
{
    int code = -1;
    QString out;
    QString err;
};

bcli::Options opts(const QList<QPair<QString, QString>> &list)
{
    bcli::Options o;
    for (const auto &p : list)
        o[p.first].append(p.second);
    return o;
}

QString writeTemp(QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(data);
    return path;
}

} // namespace

class TestBeyondCli : public QObject
{
    Q_OBJECT

    std::unique_ptr<CatalogSet> m_cats;
    QTemporaryDir m_dir;
    QString m_old, m_new;

    Result diff(const QStringList &files, const bcli::Options &o)
    {
        Result r;
        QTextStream out(&r.out), err(&r.err);
        r.code = bcli::diff(files, o, Language::English, *m_cats, out, err);
        out.flush();
        err.flush();
        return r;
    }

    Result import(const QStringList &files, const bcli::Options &o)
    {
        Result r;
        QTextStream out(&r.out), err(&r.err);
        r.code = bcli::importInventory(files, o, *m_cats, out, err);
        out.flush();
        err.flush();
        return r;
    }

    Result exportTo(const bcli::Options &o)
    {
        Design design;
        std::vector<LoadError> errors;
        Result r;
        if (!DesignIO::readFile(m_new, m_cats.get(), &design, &errors))
            return r;
        const FlowSet flows = Engine::derive(design, *m_cats);
        QTextStream out(&r.out), err(&r.err);
        r.code = bcli::exportOutputs(design, flows, *m_cats, o, Language::English, out, err);
        out.flush();
        err.flush();
        return r;
    }

private slots:
    void initTestCase()
    {
        m_cats = builtInCatalogs();
        QVERIFY(m_cats);
        QVERIFY(m_dir.isValid());
        const QByteArray base = readAll(beyondData(QStringLiteral("shop.portolan")));
        m_old = writeTemp(m_dir, QStringLiteral("shop-A.portolan"), base);
        json doc = json::parse(base.toStdString());
        doc["meta"]["revision"] = "B";
        nodeById(doc, "coll2")["zone"] = "core";
        m_new = writeTemp(m_dir, QStringLiteral("shop-B.portolan"),
                          QByteArray::fromStdString(doc.dump(2)));
    }

    void optionTables()
    {
        QStringList names;
        for (const auto &c : bcli::commands())
            names << c.first;
        QCOMPARE(names, QStringList({"diff", "import-inventory"}));
        QVERIFY(bcli::helpCommands().contains(QStringLiteral("import-inventory CSV -o DESIGN")));
        QVERIFY(bcli::helpExportOptions().contains(QStringLiteral("--xlsx F")));
    }

    void diffFormats()
    {
        Result r = diff({m_old, m_new}, {});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(
                QStringLiteral("Comparing shop-A.portolan (A) with shop-B.portolan (B)")));
        QVERIFY(r.out.contains(QStringLiteral("~ coll2  DMZ Collector: zone DMZ \u2192 Core")));

        r = diff({m_old, m_new}, opts({{"--format", "json"}}));
        QCOMPARE(r.code, 0);
        const json doc = json::parse(r.out.toStdString());
        QCOMPARE(doc["summary"]["flowsChanged"].get<int>(), 3);
        QCOMPARE(doc["summary"]["rulesToClose"].get<int>(), 4);

        r = diff({m_old, m_new}, opts({{"--format", "csv"}}));
        const auto rows = CsvWriter::parse(r.out.toUtf8());
        QCOMPARE(rows.front().value(0), QStringLiteral("Change"));
        QCOMPARE(int(rows.size()), 1 + 1 + 3); // header, one node field, three flows

        const QString delta = m_dir.filePath(QStringLiteral("delta.csv"));
        r = diff({m_old, m_new}, opts({{"--crossing-only", ""}, {"--delta", delta}}));
        QCOMPARE(r.code, 0);
        const auto deltaRows = CsvWriter::parse(readAll(delta));
        QCOMPARE(int(deltaRows.size()), 1 + 6);
        QCOMPARE(deltaRows[1].value(0), QStringLiteral("open"));
    }

    void diffErrors()
    {
        Result r = diff({m_old}, {});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("'diff' takes two design files")));
        r = diff({m_old, m_new}, opts({{"--format", "xml"}}));
        QCOMPARE(r.code, 2);
        r = diff({m_old, m_dir.filePath(QStringLiteral("missing.portolan"))}, {});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("missing.portolan")));
    }

    void importInventory()
    {
        const QString good = writeTemp(m_dir, QStringLiteral("good.csv"),
                                       "host,address,zone,type\n"
                                       "web01,10.0.0.1,DMZ,appmon.agent\n"
                                       "apm01,10.0.1.1,Core,appmon.collector\n");
        const QString out = m_dir.filePath(QStringLiteral("good.portolan"));
        Result r = import({good}, opts({{"-o", out}, {"--title", "Imported"}}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("imported 2 of 2 rows into 2 nodes in 2 zones")));
        Design d;
        std::vector<LoadError> errors;
        QVERIFY(DesignIO::readFile(out, m_cats.get(), &d, &errors));
        QCOMPARE(d.title, QStringLiteral("Imported"));

        const QString bad = writeTemp(m_dir, QStringLiteral("bad.csv"),
                                      "host,type\nweb01,appmon.agent\nweb02,appmon.agnet\n");
        r = import({bad}, opts({{"-o", out}}));
        QCOMPARE(r.code, 1);
        QVERIFY2(
                r.err.contains(bad + QStringLiteral(":3: unknown component type \"appmon.agnet\"")),
                qPrintable(r.err));

        const QString useless = writeTemp(m_dir, QStringLiteral("useless.csv"),
                                          "host,type\nweb02,appmon.agnet\n");
        r = import({useless}, opts({{"-o", out}}));
        QCOMPARE(r.code, 2);
        r = import({good}, {});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("needs -o DESIGN")));
    }

    void exportOutputs()
    {
        const QString verify = m_dir.filePath(QStringLiteral("verify"));
        const QString snippets = m_dir.filePath(QStringLiteral("rules"));
        const QString xlsx = m_dir.filePath(QStringLiteral("request.xlsx"));
        bcli::Options o = opts({{"--verify", verify},
                                {"--snippets", snippets},
                                {"--snippet-format", "nft,asa"},
                                {"--verify-timeout", "5"}});
        if (portolan::beyond::XlsxExport::available())
            o[QStringLiteral("--xlsx")] << xlsx;
        QVERIFY(bcli::hasExportOutput(o));
        const Result r = exportTo(o);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QFileInfo script(QDir(verify).filePath(QStringLiteral("verify-shop01.sh")));
        QVERIFY(script.exists());
        QVERIFY(script.isExecutable());
        QVERIFY(readAll(script.filePath()).contains("PORTOLAN_TIMEOUT:-5"));
        QCOMPARE(QDir(snippets).entryList(QDir::Files),
                 QStringList({"fw-core.asa", "fw-core.nft", "fw-edge.asa", "fw-edge.nft"}));
        if (portolan::beyond::XlsxExport::available())
            QVERIFY(readAll(xlsx).startsWith("PK"));
    }

    void exportUsageErrors_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("timeout") << "--verify-timeout"
                                 << "0"
                                 << "--verify-timeout must be";
        QTest::newRow("format") << "--snippet-format"
                                << "pf"
                                << "unknown snippet format \"pf\"";
        QTest::newRow("stdout") << "--verify"
                                << "-"
                                << "write a directory, not stdout";
        QTest::newRow("empty") << "--xlsx"
                               << ""
                               << "--xlsx needs a file name";
    }

    void exportUsageErrors()
    {
        QFETCH(QString, option);
        QFETCH(QString, value);
        QFETCH(QString, message);
        Result r;
        QTextStream err(&r.err);
        r.code = bcli::checkExportOptions(opts({{option, value}}), err);
        err.flush();
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void xlsxAvailability()
    {
        Result r;
        QTextStream err(&r.err);
        r.code = bcli::checkExportOptions(opts({{"--xlsx", "out.xlsx"}}), err);
        err.flush();
        if (portolan::beyond::XlsxExport::available()) {
            QCOMPARE(r.code, 0);
        } else {
            QCOMPARE(r.code, 2);
            QCOMPARE(r.err,
                     QStringLiteral("portolan-cli: XLSX export is not available in this build\n"));
        }
    }

    // The same through portolan-cli's argument parsing and dispatch.
    void throughRun()
    {
        auto run = [](const QStringList &args) {
            Result r;
            QTextStream out(&r.out), err(&r.err);
            r.code = portolan::cli::run(args, out, err);
            out.flush();
            err.flush();
            return r;
        };
        Result r = run({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        for (const char *word : {"diff OLD NEW", "import-inventory CSV", "--xlsx F", "--verify DIR",
                                 "--snippets DIR", "--snippet-format", "--verify-timeout"})
            QVERIFY2(r.out.contains(QLatin1String(word)), word);

        r = run({QStringLiteral("diff"), m_old, m_new, QStringLiteral("--format=json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(json::parse(r.out.toStdString())["summary"]["nodesChanged"].get<int>(), 1);
        r = run({QStringLiteral("diff"), m_old, QStringLiteral("--delta")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("--delta needs a value")));

        const QString rules = m_dir.filePath(QStringLiteral("run-rules"));
        r = run({QStringLiteral("export"), m_new, QStringLiteral("--snippets"), rules,
                 QStringLiteral("--snippet-format"), QStringLiteral("iptables")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(QDir(rules).entryList(QDir::Files),
                 QStringList({"fw-core.iptables", "fw-edge.iptables"}));
        r = run({QStringLiteral("export"), m_new});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("--xlsx FILE, --verify DIR or --snippets DIR")));
        r = run({QStringLiteral("export"), m_new, QStringLiteral("--verify-timeout"),
                 QStringLiteral("x"), QStringLiteral("--verify"), rules});
        QCOMPARE(r.code, 2);

        const QString csv = writeTemp(m_dir, QStringLiteral("run.csv"),
                                      "host,zone,type\nweb01,DMZ,appmon.agent\n");
        const QString design = m_dir.filePath(QStringLiteral("run.portolan"));
        r = run({QStringLiteral("import-inventory"), csv, QStringLiteral("-o"), design});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = run({QStringLiteral("check"), design});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    void unwritableOutput()
    {
        const Result r = exportTo(opts({{"--snippets", "/proc/no/such/dir"}}));
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("/proc/no/such/dir: cannot create the directory")));
    }
};

QTEST_GUILESS_MAIN(TestBeyondCli)
#include "tst_beyondcli.moc"
