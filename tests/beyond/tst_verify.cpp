// Verification scripts: generated per source host, and the bash script run for real against
// listeners on 127.0.0.1.
#include "beyondutil.h"

#include "beyond/verify.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace portolan::core;
using namespace portolan::beyond;
using namespace portolan::test;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run runBash(const QString &script, const QStringList &args = {},
            const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("/bin/bash"), QStringList{script} + args);
    Run r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// A port on 127.0.0.1 that nothing listens on (taken and released at once).
quint16 freePort()
{
    QTcpServer s;
    if (!s.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = s.serverPort();
    s.close();
    return port;
}

QByteArray loopbackDesign(quint16 open, quint16 closed, const QString &targetName)
{
    json d = {
            {"format", "portolan-design"},
            {"version", 1},
            {"title", "Loopback check"},
            {"meta", {{"revision", "T"}}},
            {"zones", json::array({{{"id", "lan"},
                                    {"name", "LAN"},
                                    {"firewalled", true},
                                    {"firewall", "FW-LAN"}}})},
            {"nodes", json::array({
                              {{"id", "src"},
                               {"type", "common.linux-host"},
                               {"name", "Source"},
                               {"host", "src01"},
                               {"address", "127.0.0.1"}},
                              {{"id", "dst"},
                               {"type", "common.linux-host"},
                               {"name", targetName.toStdString()},
                               {"zone", "lan"},
                               {"host", "dst01"},
                               {"address", "127.0.0.1"}},
                              {{"id", "win"},
                               {"type", "common.windows-host"},
                               {"name", "Jump host"},
                               {"host", "win01"},
                               {"address", "127.0.0.1"}},
                              {{"id", "tagged"},
                               {"type", "common.linux-host"},
                               {"name", "Tagged"},
                               {"host", "tagged01"},
                               {"address", "127.0.0.1"},
                               {"os", "Windows"}},
                              {{"id", "same"},
                               {"type", "common.linux-host"},
                               {"name", "Same host"},
                               {"host", "src01"},
                               {"address", "127.0.0.1"}},
                      })},
            {"flows",
             json::array({
                     {{"from", "src"},
                      {"to", "dst"},
                      {"protocol", "tcp"},
                      {"ports", std::to_string(open)},
                      {"purpose", "open port"}},
                     {{"from", "src"},
                      {"to", "dst"},
                      {"protocol", "tcp"},
                      {"ports", std::to_string(closed)},
                      {"purpose", "closed port"}},
                     {{"from", "src"},
                      {"to", "dst"},
                      {"protocol", "udp"},
                      {"ports", "514"},
                      {"purpose", "syslog"}},
                     {{"from", "src"}, {"to", "dst"}, {"protocol", "icmp"}, {"purpose", "ping"}},
                     {{"from", "src"},
                      {"to", "same"},
                      {"protocol", "tcp"},
                      {"ports", "22"},
                      {"purpose", "local, never checked"}},
                     {{"from", "win"},
                      {"to", "dst"},
                      {"protocol", "tcp"},
                      {"ports", std::to_string(open)},
                      {"purpose", "from Windows"}},
                     {{"from", "tagged"},
                      {"to", "dst"},
                      {"protocol", "tcp"},
                      {"ports", "9000-9099"},
                      {"purpose", "a range"}},
             })},
    };
    return QByteArray::fromStdString(d.dump());
}

} // namespace

class TestVerify : public QObject
{
    Q_OBJECT

    std::unique_ptr<CatalogSet> m_cats;

    std::vector<VerifyScript> generate(const QByteArray &doc, Design *design)
    {
        std::vector<LoadError> errors;
        if (!DesignIO::read(doc, QStringLiteral("loop.portolan"), m_cats.get(), design, &errors)) {
            for (const LoadError &e : errors)
                qWarning("%s", qPrintable(e.toString()));
            return {};
        }
        const FlowSet flows = Engine::derive(*design, *m_cats);
        VerifyOptions o;
        o.timeoutSeconds = 2;
        return VerifyScripts::generate(*design, flows, *m_cats, o);
    }

private slots:
    void initTestCase()
    {
        m_cats = builtInCatalogs();
        QVERIFY(m_cats);
        if (QStandardPaths::findExecutable(QStringLiteral("bash")).isEmpty())
            QSKIP("bash is not installed");
    }

    void windowsRule_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<bool>("windows");
        QTest::newRow("windows host") << "common.windows-host" << true;
        QTest::newRow("prognosis client") << "prognosis.windows-client" << true;
        QTest::newRow("prognosis server") << "prognosis.server" << true;
        QTest::newRow("dataminer agent") << "dataminer.dma" << true;
        QTest::newRow("linux host") << "common.linux-host" << false;
        QTest::newRow("appmon collector") << "appmon.collector" << false;
        QTest::newRow("cisco cucm") << "prognosis.cisco-cucm" << false;
    }

    void windowsRule()
    {
        QFETCH(QString, type);
        QFETCH(bool, windows);
        QCOMPARE(VerifyScripts::isWindowsType(type), windows);
    }

    void oneScriptPerSourceHost()
    {
        Design design;
        const auto scripts
                = generate(loopbackDesign(8443, 9443, QStringLiteral("Target")), &design);
        QStringList names;
        for (const VerifyScript &s : scripts)
            names << s.fileName;
        // src01 (two nodes, only "src" initiates non-local flows), tagged01 (explicit os:
        // Windows wins over its Linux type), win01 (Windows type).
        QCOMPARE(names,
                 QStringList({"verify-src01.sh", "verify-tagged01.ps1", "verify-win01.ps1"}));
        const VerifyScript &src = scripts[0];
        QCOMPARE(src.nodes, QStringList({"src"}));
        QStringList checks;
        for (const VerifyCheck &c : src.checks)
            checks << QStringLiteral("%1 %2 %3 %4")
                              .arg(c.flows.join(QLatin1Char(',')), c.protocol, c.ports,
                                   c.untestedWhy.isEmpty() ? "check" : "list");
        QCOMPARE(checks, QStringList({"F1 tcp 8443 check", "F1 tcp 9443 check", "F2 udp 514 list",
                                      "F3 icmp  list"}));
        QVERIFY(matchesGolden(src.content, QStringLiteral("verify-src01.sh")));
        QVERIFY(matchesGolden(scripts[1].content, QStringLiteral("verify-tagged01.ps1")));
        QVERIFY(scripts[1].content.startsWith("\xEF\xBB\xBF"));
        QVERIFY(scripts[1].content.contains("Test-NetConnection"));
        QVERIFY(scripts[1].content.contains("9000-9099"));
    }

    // The bash script for real: one port open, one closed -> exit 1; both open -> exit 0.
    void bashScriptAgainstListeners()
    {
        QTcpServer open;
        QVERIFY(open.listen(QHostAddress::LocalHost, 0));
        const quint16 closed = freePort();
        QVERIFY(closed);
        QTemporaryDir dir;
        const QString marker = dir.filePath(QStringLiteral("pwned"));
        // A hostile node name must stay text in the script.
        const QString name
                = QStringLiteral("Tgt 目标 '$(touch %1)' `touch %1` \"$HOME\"").arg(marker);
        Design design;
        const auto scripts = generate(loopbackDesign(open.serverPort(), closed, name), &design);
        QVERIFY(!scripts.empty());
        const QString path = dir.filePath(scripts[0].fileName);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(scripts[0].content);
        f.close();

        Run r = runBash(path, {QStringLiteral("-t"), QStringLiteral("2")});
        QVERIFY2(r.code == 1, qPrintable(r.out + r.err));
        const QStringList lines = r.out.split(QLatin1Char('\n'));
        auto rowFor = [&](quint16 port) {
            for (const QString &l : lines) {
                if (l.contains(QStringLiteral(" %1 ").arg(port))
                    && l.contains(QStringLiteral("tcp")))
                    return l.simplified();
            }
            return QString();
        };
        QVERIFY2(rowFor(open.serverPort()).startsWith(QStringLiteral("OPEN tcp")),
                 qPrintable(r.out));
        QVERIFY2(rowFor(closed).startsWith(QStringLiteral("CLOSED tcp")), qPrintable(r.out));
        const QString flat = r.out.simplified();
        QVERIFY(flat.contains(QStringLiteral("UNTESTED udp 514 127.0.0.1 F2")));
        QVERIFY(r.out.contains(QStringLiteral("UDP cannot be proven by a TCP connect")));
        QVERIFY(flat.contains(QStringLiteral("UNTESTED icmp - 127.0.0.1 F3")));
        QVERIFY(r.out.contains(QStringLiteral("1 open, 1 closed, 2 not tested")));
        QVERIFY(r.out.contains(name));
        QVERIFY(!QFile::exists(marker));

        // Now something listens on the other port too.
        QTcpServer second;
        QVERIFY(second.listen(QHostAddress::LocalHost, closed));
        r = runBash(path);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("2 open, 0 closed, 2 not tested")));

        // Bad usage.
        r = runBash(path, {QStringLiteral("-t"), QStringLiteral("soon")});
        QCOMPARE(r.code, 2);

        // Without coreutils' timeout the script falls back to nc, or says what it needs.
        QTemporaryDir bin;
        QVERIFY(QFile::link(QStandardPaths::findExecutable(QStringLiteral("bash")),
                            bin.filePath(QStringLiteral("bash"))));
        const QString nc = QStandardPaths::findExecutable(QStringLiteral("nc"));
        if (!nc.isEmpty())
            QVERIFY(QFile::link(nc, bin.filePath(QStringLiteral("nc"))));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"), bin.path());
        r = runBash(path, {}, env);
        if (nc.isEmpty()) {
            QCOMPARE(r.code, 2);
            QVERIFY(r.err.contains(QStringLiteral("needs 'timeout' (coreutils) or 'nc'")));
        } else {
            QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
            QVERIFY(r.err.contains(QStringLiteral("(nc, timeout")));
        }
    }
};

QTEST_GUILESS_MAIN(TestVerify)
#include "tst_verify.moc"
