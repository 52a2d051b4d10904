// The kill test, for real: starts the built application on a copy of an example, lets it
// make an edit (PORTOLAN_TEST_AUTOSAVE_EDIT=1) and autosave it, kills it with SIGKILL,
// starts it again with PORTOLAN_TEST_RECOVERY=accept-all and checks that the edit comes
// back byte for byte. The application runs on the X server of xvfb-run when CTest provides
// one (DISPLAY set), else on the offscreen platform. See docs/reliability.md.

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

static const char kApp[] = PORTOLAN_APP;
static const char kExample[] = PORTOLAN_SOURCE_DIR "/data/examples/appmon-three-tier.portolan";

static QByteArray readAll(const QString &fileName)
{
    QFile f(fileName);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

class TestKillRecovery : public QObject
{
    Q_OBJECT

private slots:
    void killAndRecover();

private:
    QProcessEnvironment environment(const QTemporaryDir &dir) const;
    /// Reads the process output until `pattern` matches (its first capture is returned).
    static QString waitFor(QProcess &p, QByteArray *log, const QRegularExpression &pattern,
                           int timeoutMs = 30000);
};

QProcessEnvironment TestKillRecovery::environment(const QTemporaryDir &dir) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Private data, settings and runtime folders: the user's autosaves stay out of it.
    for (const char *v :
         {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"}) {
        const QString path = dir.filePath(QString::fromLatin1(v).toLower());
        QDir().mkpath(path);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                        | QFileDevice::ExeOwner);
        env.insert(QString::fromLatin1(v), path);
    }
    env.insert(QStringLiteral("QT_QPA_PLATFORM"),
               env.value(QStringLiteral("DISPLAY")).isEmpty() ? QStringLiteral("offscreen")
                                                               : QStringLiteral("xcb"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("portolan.autosave.info=true"));
    env.insert(QStringLiteral("PORTOLAN_AUTOSAVE_DELAY_MS"), QStringLiteral("500"));
    env.remove(QStringLiteral("PORTOLAN_TEST_RECOVERY"));
    env.remove(QStringLiteral("PORTOLAN_TEST_AUTOSAVE_EDIT"));
    return env;
}

QString TestKillRecovery::waitFor(QProcess &p, QByteArray *log, const QRegularExpression &pattern,
                                  int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        const QString text = QString::fromUtf8(*log);
        const QRegularExpressionMatch m = pattern.match(text);
        if (m.hasMatch())
            return m.captured(1);
        if (p.state() != QProcess::Running)
            break;
        p.waitForReadyRead(100);
        *log += p.readAll();
    }
    return QString();
}

void TestKillRecovery::killAndRecover()
{
    QVERIFY2(QFile::exists(QString::fromLatin1(kApp)), kApp);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString design = dir.filePath(QStringLiteral("plan.portolan"));
    QVERIFY(QFile::copy(QString::fromLatin1(kExample), design));
    const QByteArray original = readAll(design);
    const QProcessEnvironment base = environment(dir);
    qInfo("platform: %s", qPrintable(base.value(QStringLiteral("QT_QPA_PLATFORM"))));

    // 1. Edit, wait for the autosave, kill -9.
    QProcess first;
    QProcessEnvironment env = base;
    env.insert(QStringLiteral("PORTOLAN_TEST_AUTOSAVE_EDIT"), QStringLiteral("1"));
    first.setProcessEnvironment(env);
    first.setProcessChannelMode(QProcess::MergedChannels);
    first.start(QString::fromLatin1(kApp), {design});
    QVERIFY(first.waitForStarted());
    QByteArray log1;
    const QString added =
        waitFor(first, &log1, QRegularExpression(QStringLiteral("test edit: added (\\S+)")));
    QVERIFY2(!added.isEmpty(), log1.constData());
    const QString autosaved =
        waitFor(first, &log1, QRegularExpression(QStringLiteral("autosaved (\\S+)")));
    QVERIFY2(!autosaved.isEmpty(), log1.constData());
    const QByteArray beforeKill = readAll(autosaved);
    QVERIFY(beforeKill.contains(QStringLiteral("\"id\": \"%1\"").arg(added).toUtf8()));
    first.kill(); // SIGKILL
    QVERIFY(first.waitForFinished(10000));
    QCOMPARE(first.exitStatus(), QProcess::CrashExit);
    const QString session = QFileInfo(autosaved).absolutePath();
    QVERIFY(QFile::exists(session + QStringLiteral("/lock")));
    QCOMPARE(readAll(design), original); // the user's file was never touched
    qInfo("killed after autosave %s (edit: added %s)", qPrintable(autosaved), qPrintable(added));

    // 2. Start again: the design is offered and recovered.
    QProcess second;
    env = base;
    env.insert(QStringLiteral("PORTOLAN_TEST_RECOVERY"), QStringLiteral("accept-all"));
    second.setProcessEnvironment(env);
    second.setProcessChannelMode(QProcess::MergedChannels);
    second.start(QString::fromLatin1(kApp), {});
    QVERIFY(second.waitForStarted());
    QByteArray log2;
    const QString offered =
        waitFor(second, &log2, QRegularExpression(QStringLiteral("recoverable (\\S+)")));
    QCOMPARE(offered, QDir::toNativeSeparators(session));
    const QString ownCopy =
        waitFor(second, &log2, QRegularExpression(QStringLiteral("autosaved (\\S+)")));
    QVERIFY2(!ownCopy.isEmpty(), log2.constData());
    const QString recoveredFile = waitFor(
        second, &log2, QRegularExpression(QStringLiteral("recovered \\S+ title: .* file: (\\S+)")));
    QCOMPARE(recoveredFile, design);
    // The recovered design, autosaved again by the new session, is byte-identical.
    QCOMPARE(readAll(ownCopy), beforeKill);
    QVERIFY(!QFile::exists(session)); // the old folder is gone once the new one holds it
    second.kill();
    QVERIFY(second.waitForFinished(10000));
    qInfo("recovered into %s, byte-identical", qPrintable(ownCopy));
}

QTEST_GUILESS_MAIN(TestKillRecovery)
#include "tst_killrecovery.moc"
