// Every port each seed document lists is in its catalog: the hand-written tables in
// tests/data/<product>-ports.tsv are checked against `portolan-cli services --format json`.
// And every bundled example design checks clean.
#include "testutil.h"

#include "cli/cli.h"

#include <QDir>
#include <QFile>
#include <QTextStream>

using namespace portolan::core;
using json = nlohmann::json;

namespace {

int runCli(const QStringList &args, QString *out)
{
    QString err;
    QTextStream o(out), e(&err);
    const int rc = portolan::cli::run(args, o, e);
    o.flush();
    return rc;
}

} // namespace

class TestCompleteness : public QObject
{
    Q_OBJECT

private slots:
    void seedTables_data();
    void seedTables();
    void examplesHaveNoErrors_data();
    void examplesHaveNoErrors();
};

void TestCompleteness::seedTables_data()
{
    QTest::addColumn<QString>("product");
    QTest::addColumn<int>("minimumRows");
    // Row counts are what the seed documents list; a shrinking table is a lost port.
    QTest::newRow("appmon") << "appmon" << 15;
    QTest::newRow("imc") << "imc" << 200;
    QTest::newRow("dataminer") << "dataminer" << 18;
    QTest::newRow("prognosis") << "prognosis" << 120;
    QTest::newRow("dmcm") << "dmcm" << 8;
}

void TestCompleteness::seedTables()
{
    QFETCH(QString, product);
    QFETCH(int, minimumRows);
    QString out;
    QCOMPARE(runCli({"services", "--product", product, "--format", "json"}, &out), 0);
    const json services = json::parse(out.toStdString());

    QFile f(QStringLiteral(PORTOLAN_TEST_DATA "/") + product + QStringLiteral("-ports.tsv"));
    QVERIFY2(f.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(f.fileName()));
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 1);
    QCOMPARE(lines.first().split(QLatin1Char('\t')).mid(0, 3), (QStringList{"component", "protocol", "ports"}));
    int rows = 0;
    QStringList missing;
    for (int i = 1; i < lines.size(); ++i) {
        const QStringList cols = lines[i].split(QLatin1Char('\t'));
        if (cols.size() < 3 || lines[i].startsWith(QLatin1Char('#')))
            continue;
        ++rows;
        const QString component = cols[0].trimmed(), protocol = cols[1].trimmed();
        PortSet want;
        QString error;
        QVERIFY2(PortSet::parse(cols[2], &want, &error), qPrintable(lines[i] + QStringLiteral(": ") + error));
        bool found = false;
        for (const auto &s : services) {
            if (QString::fromStdString(s["component"].get<std::string>()) != component
                || QString::fromStdString(s["protocol"].get<std::string>()) != protocol)
                continue;
            PortSet have;
            PortSet::parse(QString::fromStdString(s["ports"].get<std::string>()), &have, &error);
            if (have.containsAll(want)) {
                found = true;
                break;
            }
        }
        if (!found)
            missing << QStringLiteral("line %1: %2").arg(i + 1).arg(lines[i]);
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    QVERIFY2(rows >= minimumRows, qPrintable(QStringLiteral("%1 rows").arg(rows)));
}

void TestCompleteness::examplesHaveNoErrors_data()
{
    QTest::addColumn<QString>("file");
    const QDir dir(QStringLiteral(PORTOLAN_SOURCE_DIR "/data/examples"));
    for (const QString &f : dir.entryList({QStringLiteral("*.portolan")}, QDir::Files))
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

void TestCompleteness::examplesHaveNoErrors()
{
    QFETCH(QString, file);
    QString out;
    QCOMPARE(runCli({"check", file, "--format", "json"}, &out), 0);
    const json doc = json::parse(out.toStdString());
    QCOMPARE(doc["errors"].get<int>(), 0);
    QVERIFY(doc["flows"].get<int>() > 5);
    QVERIFY(doc["crossing"].get<int>() > 0);
}

QTEST_GUILESS_MAIN(TestCompleteness)
#include "tst_completeness.moc"
