// Never lose a design: atomic saves with a .bak, clear failures that keep the document
// modified, autosave after edits, and recovery of what a killed process left behind.

#include "testutil.h"

#include "commands/commands.h"
#include "dialogs/recoverydialog.h"
#include "document/autosave.h"
#include "document/document.h"
#include "mainwindow.h"

#include "io/designio.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

#include <cstdio>
#include <functional>

using namespace portolan;
using namespace portolan::gui;

static const char kExample[] = PORTOLAN_SOURCE_DIR "/data/examples/appmon-three-tier.portolan";
static const char kChildEnv[] = "TST_AUTOSAVE_CHILD";

static QByteArray readAll(const QString &fileName)
{
    QFile f(fileName);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

static bool writeAll(const QString &fileName, const QByteArray &data)
{
    QFile f(fileName);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

static void edit(Document *doc, const QPointF &pos = QPointF(100, 700))
{
    doc->undoStack()->push(Commands::addNode(doc, QStringLiteral("appmon.agent"), pos));
}

/// Runs `check` on the next message box that opens, then closes it with `button`.
static void answerNextMessageBox(QMessageBox::StandardButton button,
                                 const std::function<void(QMessageBox *)> &check)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, button, check] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        timer->stop();
        timer->deleteLater();
        check(box);
        box->button(button)->click();
    });
    timer->start();
}

class TestAutosave : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void saveFailureKeepsDocument_data();
    void saveFailureKeepsDocument();
    void saveFailureShowsMessage();
    void backupKeepsPreviousVersion();
    void backupFailureLeavesFileUntouched();
    void autosaveAfterDelay();
    void generationsRotate();
    void cleanSaveRemovesAutosave();
    void cleanCloseRemovesAutosave();
    void liveSessionIsNotOffered();
    void killedChildIsRecovered();
    void deadPidLockIsRecovered();
    void recoveryThroughMainWindow();
    void recoveryDialog();

private:
    /// A path whose save must fail for real: in a read-only directory, or, where chmod
    /// does not stop us (root), below a regular file.
    QString unwritablePath(const QTemporaryDir &dir, QString *expectedError);
    /// A session folder as a crashed process leaves it, written by hand: design, info and
    /// a lock naming a process that no longer exists.
    QString fakeCrashedSession(const QByteArray &design, const QString &originalFile);
};

void TestAutosave::initTestCase()
{
    testutil::isolateSettings();
    QCoreApplication::setOrganizationName(QStringLiteral("PortolanTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_autosave"));
    QVERIFY(Autosave::rootPath().contains(QLatin1String(".qttest")));
    QDir(Autosave::rootPath()).removeRecursively();
}

void TestAutosave::cleanup()
{
    qunsetenv("PORTOLAN_TEST_RECOVERY");
    QDir(Autosave::rootPath()).removeRecursively();
}

QString TestAutosave::unwritablePath(const QTemporaryDir &dir, QString *expectedError)
{
    const QString ro = dir.filePath(QStringLiteral("readonly"));
    QDir().mkpath(ro);
    QFile::setPermissions(ro, QFileDevice::ReadOwner | QFileDevice::ExeOwner
                                  | QFileDevice::ReadGroup | QFileDevice::ExeGroup
                                  | QFileDevice::ReadOther | QFileDevice::ExeOther);
    QFile probe(ro + QStringLiteral("/probe"));
    if (!probe.open(QIODevice::WriteOnly)) {
        *expectedError = QStringLiteral("Permission denied");
        return ro + QStringLiteral("/design.portolan");
    }
    // Privileged (root, CAP_DAC_OVERRIDE): the mode bits do not stop writes here.
    probe.close();
    probe.remove();
    const QString file = dir.filePath(QStringLiteral("plain-file"));
    writeAll(file, "not a directory");
    *expectedError = QStringLiteral("Not a directory");
    return file + QStringLiteral("/design.portolan");
}

void TestAutosave::saveFailureKeepsDocument_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("unwritable directory") << QStringLiteral("unwritable");
    QTest::newRow("parent is a file") << QStringLiteral("parent-file");
    QTest::newRow("path is a directory") << QStringLiteral("directory");
    QTest::newRow("missing directory") << QStringLiteral("missing");
}

void TestAutosave::saveFailureKeepsDocument()
{
    QFETCH(QString, kind);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString path, expected;
    if (kind == QLatin1String("unwritable")) {
        path = unwritablePath(dir, &expected);
    } else if (kind == QLatin1String("parent-file")) {
        QVERIFY(writeAll(dir.filePath(QStringLiteral("file")), "x"));
        path = dir.filePath(QStringLiteral("file/design.portolan"));
        expected = QStringLiteral("Not a directory");
    } else if (kind == QLatin1String("directory")) {
        path = dir.filePath(QStringLiteral("folder.portolan"));
        QVERIFY(QDir().mkpath(path));
        expected = QStringLiteral("directory");
    } else {
        path = dir.filePath(QStringLiteral("no/such/dir/design.portolan"));
        expected = QStringLiteral("No such file or directory");
    }

    Document doc;
    QString error;
    QVERIFY2(doc.open(QString::fromLatin1(kExample), &error), qPrintable(error));
    edit(&doc);
    const QByteArray before = core::DesignIO::write(doc.design());
    QSignalSpy modified(&doc, &Document::modifiedChanged);

    QVERIFY(!doc.saveAs(path, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY2(error.contains(expected, Qt::CaseInsensitive), qPrintable(error));
    QVERIFY(doc.isModified());
    QCOMPARE(modified.size(), 0);
    QCOMPARE(doc.fileName(), QString::fromLatin1(kExample));
    QCOMPARE(core::DesignIO::write(doc.design()), before);
    QVERIFY(doc.undoStack()->canUndo());
    QVERIFY(!QFileInfo(path).isFile());
}

void TestAutosave::saveFailureShowsMessage()
{
    QTemporaryDir dir;
    QString expected;
    const QString path = unwritablePath(dir, &expected);
    MainWindow w;
    const QString copy = dir.filePath(QStringLiteral("copy.portolan"));
    QVERIFY(QFile::copy(QString::fromLatin1(kExample), copy));
    QVERIFY(w.openFile(copy, true));
    edit(w.document());
    QVERIFY(w.isWindowModified());

    QString title, text, informative;
    answerNextMessageBox(QMessageBox::Ok, [&](QMessageBox *box) {
        title = box->windowTitle();
        text = box->text();
        informative = box->informativeText();
    });
    QVERIFY(!w.saveTo(path));
    qInfo().noquote() << text << informative;
    QCOMPARE(title, QStringLiteral("Cannot Save Design"));
    QVERIFY2(text.contains(QStringLiteral("design.portolan")), qPrintable(text));
    QVERIFY2(informative.contains(QDir::toNativeSeparators(path)) || informative.contains(path),
             qPrintable(informative));
    QVERIFY2(informative.contains(expected), qPrintable(informative));
    QVERIFY(w.document()->isModified());
    QVERIFY(w.isWindowModified());
    QCOMPARE(w.document()->fileName(), copy);
}

void TestAutosave::backupKeepsPreviousVersion()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("plan.portolan"));
    const QString bak = file + QStringLiteral(".bak");
    QCOMPARE(core::DesignIO::backupFileName(file), bak);
    Document doc;
    QString error;
    QVERIFY(doc.open(QString::fromLatin1(kExample), &error));

    QVERIFY2(doc.saveAs(file, &error), qPrintable(error));
    const QByteArray v1 = readAll(file);
    QCOMPARE(v1, core::DesignIO::write(doc.design()));
    QVERIFY(!QFile::exists(bak)); // nothing was replaced

    edit(&doc);
    QVERIFY2(doc.saveAs(file, &error), qPrintable(error));
    const QByteArray v2 = readAll(file);
    QVERIFY(v2 != v1);
    QCOMPARE(v2, core::DesignIO::write(doc.design()));
    QCOMPARE(readAll(bak), v1);

    edit(&doc, QPointF(300, 700));
    QVERIFY2(doc.saveAs(file, &error), qPrintable(error));
    QCOMPARE(readAll(bak), v2);
    QCOMPARE(readAll(file), core::DesignIO::write(doc.design()));
    // No temporary files are left next to the design.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList({QStringLiteral("plan.portolan"), QStringLiteral("plan.portolan.bak")}));
}

void TestAutosave::backupFailureLeavesFileUntouched()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("plan.portolan"));
    Document doc;
    QString error;
    QVERIFY(doc.open(QString::fromLatin1(kExample), &error));
    QVERIFY(doc.saveAs(file, &error));
    const QByteArray v1 = readAll(file);
    // A directory where the backup should go: the backup cannot be written.
    QVERIFY(QDir().mkpath(core::DesignIO::backupFileName(file)));
    edit(&doc);
    QVERIFY(!doc.saveAs(file, &error));
    QVERIFY2(error.contains(core::DesignIO::backupFileName(file)), qPrintable(error));
    QCOMPARE(readAll(file), v1);
    QVERIFY(doc.isModified());
}

void TestAutosave::autosaveAfterDelay()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("plan.portolan"));
    QVERIFY(QFile::copy(QString::fromLatin1(kExample), file));
    Document doc;
    QString error;
    QVERIFY(doc.open(file, &error));
    Autosave autosave(&doc);
    QCOMPARE(autosave.delay(), Autosave::kDefaultDelayMs);
    autosave.setDelay(300);
    QSignalSpy saved(&autosave, &Autosave::saved);
    QVERIFY(!autosave.isPending());

    edit(&doc);
    QVERIFY(autosave.isPending());
    QTest::qWait(100);
    edit(&doc, QPointF(200, 700)); // restarts the delay
    QTest::qWait(150);
    QCOMPARE(saved.size(), 0);
    QVERIFY(!QFileInfo::exists(autosave.sessionPath()));
    QVERIFY(saved.wait(3000));
    QCOMPARE(saved.size(), 1);

    const QString latest = autosave.latestFile();
    QCOMPARE(saved.first().first().toString(), latest);
    QCOMPARE(QFileInfo(latest).fileName(), QStringLiteral("plan.1.portolan"));
    QCOMPARE(QFileInfo(latest).absolutePath(), autosave.sessionPath());
    QVERIFY(autosave.sessionPath().startsWith(Autosave::rootPath() + QLatin1Char('/')));
    QCOMPARE(readAll(latest), core::DesignIO::write(doc.design()));
    QVERIFY(QFile::exists(autosave.sessionPath() + QStringLiteral("/lock")));
    const QJsonObject info =
        QJsonDocument::fromJson(readAll(autosave.sessionPath() + QStringLiteral("/session.json")))
            .object();
    QCOMPARE(info.value(QStringLiteral("file")).toString(), file);
    QCOMPARE(info.value(QStringLiteral("title")).toString(), doc.design().title);
    // The user's file is untouched: autosave never writes there.
    QCOMPARE(readAll(file), readAll(QString::fromLatin1(kExample)));
    QVERIFY(doc.isModified());
}

void TestAutosave::generationsRotate()
{
    Document doc; // untitled
    Autosave autosave(&doc);
    QList<QByteArray> versions;
    for (int i = 0; i < 5; ++i) {
        edit(&doc, QPointF(100 + 200 * i, 700));
        QVERIFY(autosave.saveNow());
        versions << core::DesignIO::write(doc.design());
    }
    const QString dir = autosave.sessionPath();
    QCOMPARE(QDir(dir).entryList({QStringLiteral("*.portolan")}, QDir::Files, QDir::Name),
             QStringList({QStringLiteral("untitled.1.portolan"),
                          QStringLiteral("untitled.2.portolan"),
                          QStringLiteral("untitled.3.portolan")}));
    QCOMPARE(readAll(dir + QStringLiteral("/untitled.1.portolan")), versions.at(4));
    QCOMPARE(readAll(dir + QStringLiteral("/untitled.2.portolan")), versions.at(3));
    QCOMPARE(readAll(dir + QStringLiteral("/untitled.3.portolan")), versions.at(2));
}

void TestAutosave::cleanSaveRemovesAutosave()
{
    QTemporaryDir dir;
    Document doc;
    Autosave autosave(&doc);
    edit(&doc);
    QVERIFY(autosave.saveNow());
    QVERIFY(QFileInfo::exists(autosave.sessionPath()));
    QString error;
    QVERIFY(doc.saveAs(dir.filePath(QStringLiteral("saved.portolan")), &error));
    QVERIFY(!QFileInfo::exists(autosave.sessionPath()));
    QVERIFY(!autosave.isPending());

    // Edited again, then undone back to the saved state: nothing to recover either.
    edit(&doc);
    QVERIFY(autosave.saveNow());
    QVERIFY(QFileInfo::exists(autosave.sessionPath()));
    doc.undoStack()->undo();
    QVERIFY(!QFileInfo::exists(autosave.sessionPath()));

    // A failed save keeps it.
    edit(&doc);
    QVERIFY(autosave.saveNow());
    QVERIFY(!doc.saveAs(dir.filePath(QStringLiteral("missing/x.portolan")), &error));
    QVERIFY(QFileInfo::exists(autosave.latestFile()));
    QCOMPARE(QDir(Autosave::rootPath()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 1);
}

void TestAutosave::cleanCloseRemovesAutosave()
{
    auto *w = new MainWindow;
    w->autosave()->setDelay(50);
    edit(w->document());
    QTRY_VERIFY(!w->autosave()->latestFile().isEmpty());
    const QString session = w->autosave()->sessionPath();
    QVERIFY(QFileInfo::exists(session));

    // Cancel keeps the window and the autosave.
    answerNextMessageBox(QMessageBox::Cancel, [](QMessageBox *) {});
    QVERIFY(!w->close());
    QVERIFY(QFileInfo::exists(session));
    // Discard closes cleanly: the user chose to drop the changes.
    answerNextMessageBox(QMessageBox::Discard, [](QMessageBox *) {});
    QVERIFY(w->close());
    QVERIFY(!QFileInfo::exists(session));
    delete w;
    QVERIFY(QDir(Autosave::rootPath()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
}

void TestAutosave::liveSessionIsNotOffered()
{
    Document doc;
    auto *autosave = new Autosave(&doc);
    edit(&doc);
    QVERIFY(autosave->saveNow());
    {
        AutosaveRecovery recovery;
        QVERIFY(recovery.sessions().isEmpty()); // ours, and we are alive
    }
    QVERIFY(QFileInfo::exists(autosave->latestFile()));
    // Destroyed with unsaved changes but without a clean close: left for the next start.
    const QString session = autosave->sessionPath();
    delete autosave;
    QVERIFY(QFileInfo::exists(session));
    QVERIFY(!QFileInfo::exists(session + QStringLiteral("/lock")));
    AutosaveRecovery recovery;
    QCOMPARE(recovery.sessions().size(), 1);
    QCOMPARE(recovery.sessions().first().path, session);
}

void TestAutosave::killedChildIsRecovered()
{
    QTemporaryDir dir;
    const QString original = dir.filePath(QStringLiteral("plan.portolan"));
    QVERIFY(QFile::copy(QString::fromLatin1(kExample), original));
    const QString expectedFile = dir.filePath(QStringLiteral("expected.portolan"));

    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(kChildEnv), original + QLatin1Char('|') + expectedFile);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForStarted());
    QByteArray out;
    QDeadlineTimer deadline(20000);
    while (!out.contains("READY") && !deadline.hasExpired() && child.state() == QProcess::Running) {
        child.waitForReadyRead(200);
        out += child.readAllStandardOutput();
    }
    QVERIFY2(out.contains("READY"), out.constData());
    const QString session = QString::fromUtf8(out.mid(out.indexOf("READY ") + 6).trimmed());
    QVERIFY2(QFileInfo::exists(session + QStringLiteral("/lock")), qPrintable(session));

    {
        // The child is alive: its autosave is not up for recovery.
        AutosaveRecovery recovery;
        QVERIFY(recovery.sessions().isEmpty());
    }
    child.kill(); // SIGKILL: no destructors, no cleanup
    QVERIFY(child.waitForFinished(5000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    QVERIFY(QFileInfo::exists(session + QStringLiteral("/lock"))); // stale, not removed

    const QByteArray expected = readAll(expectedFile);
    QVERIFY(!expected.isEmpty());
    AutosaveRecovery recovery;
    QCOMPARE(recovery.sessions().size(), 1);
    const AutosaveSession s = recovery.sessions().first();
    QCOMPARE(s.path, session);
    QCOMPARE(s.fileName, original);
    QCOMPARE(s.title, QStringLiteral("AppMon three-tier shop rollout"));
    QVERIFY(qAbs(s.savedAt.secsTo(QDateTime::currentDateTime())) < 60);
    QCOMPARE(readAll(s.generations.first()), expected);
    {
        // Another scan while this one holds the session does not offer it twice.
        AutosaveRecovery second;
        QVERIFY(second.sessions().isEmpty());
    }

    Document doc;
    core::Design design;
    QString error;
    QVERIFY2(AutosaveRecovery::load(s, &doc.catalogs(), &design, &error), qPrintable(error));
    doc.setDesign(design, s.fileName);
    doc.markModified();
    QCOMPARE(core::DesignIO::write(doc.design()), expected); // byte-identical
    QVERIFY(doc.isModified());
    QCOMPARE(doc.fileName(), original);
    QVERIFY(doc.design().nodes.size() > 0);
    recovery.remove(s);
    QVERIFY(!QFileInfo::exists(session));
    QVERIFY(recovery.sessions().isEmpty());
}

QString TestAutosave::fakeCrashedSession(const QByteArray &design, const QString &originalFile)
{
    const QString session = Autosave::rootPath() + QStringLiteral("/fake-crashed-session");
    QDir().mkpath(session);
    // The lock exactly as QLockFile writes it, but naming a process that existed and is
    // gone now.
    QByteArray lockData;
    {
        QLockFile real(session + QStringLiteral("/lock"));
        if (!real.tryLock(0))
            return QString();
        lockData = readAll(session + QStringLiteral("/lock"));
    }
    QProcess p;
    p.start(QStringLiteral("true"), {});
    p.waitForStarted();
    const qint64 deadPid = p.processId() > 0 ? p.processId() : 999999;
    p.waitForFinished(); // and reaped: no zombie keeps the PID alive
    lockData = QByteArray::number(deadPid) + lockData.mid(lockData.indexOf('\n'));
    writeAll(session + QStringLiteral("/lock"), lockData);
    writeAll(session + QStringLiteral("/design.1.portolan"), design);
    QJsonObject info;
    info.insert(QStringLiteral("title"), QStringLiteral("Fake crash"));
    info.insert(QStringLiteral("file"), originalFile);
    info.insert(QStringLiteral("saved"), QStringLiteral("2024-05-01T10:20:30.000Z"));
    writeAll(session + QStringLiteral("/session.json"), QJsonDocument(info).toJson());
    return session;
}

void TestAutosave::deadPidLockIsRecovered()
{
    Document doc;
    QString error;
    QVERIFY(doc.open(QString::fromLatin1(kExample), &error));
    edit(&doc);
    const QByteArray content = core::DesignIO::write(doc.design());
    const QString session = fakeCrashedSession(content, QStringLiteral("/somewhere/plan.portolan"));
    qint64 pid = 0;
    QString host, app;
    QVERIFY(QLockFile(session + QStringLiteral("/lock")).getLockInfo(&pid, &host, &app));
    QVERIFY(pid != QCoreApplication::applicationPid());
    // An empty folder with a stale lock (crashed before the first autosave) is cleaned up.
    const QString empty = Autosave::rootPath() + QStringLiteral("/empty-session");
    QDir().mkpath(empty);

    AutosaveRecovery recovery;
    QVERIFY(!QFileInfo::exists(empty));
    QCOMPARE(recovery.sessions().size(), 1);
    const AutosaveSession s = recovery.sessions().first();
    QCOMPARE(s.title, QStringLiteral("Fake crash"));
    QCOMPARE(s.fileName, QStringLiteral("/somewhere/plan.portolan"));
    QCOMPARE(s.savedAt, QDateTime(QDate(2024, 5, 1), QTime(10, 20, 30), Qt::UTC));
    core::Design design;
    QVERIFY2(AutosaveRecovery::load(s, &doc.catalogs(), &design, &error), qPrintable(error));
    QCOMPARE(core::DesignIO::write(design), content);
}

void TestAutosave::recoveryThroughMainWindow()
{
    QTemporaryDir dir;
    const QString original = dir.filePath(QStringLiteral("plan.portolan"));
    QVERIFY(QFile::copy(QString::fromLatin1(kExample), original));
    QByteArray contents[2];
    for (int i = 0; i < 2; ++i) {
        Document doc;
        QString error;
        QVERIFY(doc.open(original, &error));
        edit(&doc, QPointF(100 + 300 * i, 700));
        contents[i] = core::DesignIO::write(doc.design());
    }
    const QString first = fakeCrashedSession(contents[0], original);
    const QString second = Autosave::rootPath() + QStringLiteral("/second");
    QVERIFY(QDir().rename(first, second));
    fakeCrashedSession(contents[1], QString()); // never saved

    // Later keeps both.
    qputenv("PORTOLAN_TEST_RECOVERY", "later");
    MainWindow w;
    w.offerRecovery();
    QVERIFY(!w.document()->isModified());
    QCOMPARE(AutosaveRecovery().sessions().size(), 2);

    qputenv("PORTOLAN_TEST_RECOVERY", "accept-all");
    w.offerRecovery();
    QVERIFY(w.document()->isModified());
    QVERIFY(w.isWindowModified());
    QList<MainWindow *> others;
    for (QWidget *tl : QApplication::topLevelWidgets()) {
        if (auto *m = qobject_cast<MainWindow *>(tl); m && m != &w)
            others << m;
    }
    QCOMPARE(others.size(), 1); // the second design got a window of its own
    QList<Document *> docs{w.document(), others.first()->document()};
    QSet<QByteArray> recovered;
    for (Document *d : docs) {
        QVERIFY(d->isModified());
        recovered << core::DesignIO::write(d->design());
        if (d->fileName().isEmpty())
            QCOMPARE(core::DesignIO::write(d->design()), contents[1]);
        else
            QCOMPARE(d->fileName(), original);
    }
    QCOMPARE(recovered, QSet<QByteArray>({contents[0], contents[1]}));
    // Undo cannot make a recovered design look saved.
    while (w.document()->undoStack()->canUndo())
        w.document()->undoStack()->undo();
    QVERIFY(w.document()->isModified());

    // The old folders are gone; each window now holds its own autosave of what it recovered.
    const QStringList left =
        QDir(Autosave::rootPath()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCOMPARE(left.size(), 2);
    QVERIFY(!left.contains(QStringLiteral("second")));
    QVERIFY(!left.contains(QStringLiteral("fake-crashed-session")));
    QCOMPARE(readAll(w.autosave()->latestFile()), core::DesignIO::write(w.document()->design()));
    delete others.first();

    // Saving the recovered design ends its autosave.
    QString error;
    QVERIFY(w.document()->saveAs(dir.filePath(QStringLiteral("recovered.portolan")), &error));
    QVERIFY(w.autosave()->latestFile().isEmpty());
}

void TestAutosave::recoveryDialog()
{
    QList<AutosaveSession> sessions(2);
    sessions[0].title = QStringLiteral("Shop");
    sessions[0].fileName = QStringLiteral("/data/shop.portolan");
    sessions[0].savedAt = QDateTime::currentDateTime();
    sessions[0].path = QStringLiteral("/tmp/a");
    sessions[1].title = QStringLiteral("Untitled design");
    sessions[1].savedAt = QDateTime::currentDateTime().addSecs(-600);
    sessions[1].path = QStringLiteral("/tmp/b");
    RecoveryDialog dialog(sessions);
    QCOMPARE(dialog.list()->topLevelItemCount(), 2);
    QCOMPARE(dialog.list()->topLevelItem(0)->text(0), QStringLiteral("Shop"));
    QCOMPARE(dialog.list()->topLevelItem(0)->text(2),
             QDir::toNativeSeparators(sessions[0].fileName));
    QCOMPARE(dialog.list()->topLevelItem(1)->text(2), QStringLiteral("(never saved)"));
    QCOMPARE(dialog.selected().size(), 2);
    dialog.list()->topLevelItem(0)->setCheckState(0, Qt::Unchecked);
    QCOMPARE(dialog.selected().size(), 1);
    QCOMPARE(dialog.selected().first().path, QStringLiteral("/tmp/b"));
    dialog.list()->topLevelItem(1)->setCheckState(0, Qt::Unchecked);
    QVERIFY(!dialog.button(RecoveryDialog::Recover)->isEnabled());
    dialog.list()->topLevelItem(1)->setCheckState(0, Qt::Checked);
    QVERIFY(dialog.button(RecoveryDialog::Recover)->isEnabled());

    // Discard asks first; Cancel there keeps the dialog open.
    answerNextMessageBox(QMessageBox::Cancel, [](QMessageBox *box) {
        QVERIFY(box->text().contains(QLatin1String("1 design")));
    });
    dialog.button(RecoveryDialog::Discard)->click();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(dialog.choice(), RecoveryDialog::Later);
    dialog.button(RecoveryDialog::Recover)->click();
    QCOMPARE(dialog.choice(), RecoveryDialog::Recover);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

// --- child mode: a Portolan session that autosaves and then waits to be killed ------------

static int childMain(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PortolanTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_autosave"));
    const QStringList args = qEnvironmentVariable(kChildEnv).split(QLatin1Char('|'));
    Document doc;
    QString error;
    if (!doc.open(args.value(0), &error)) {
        qWarning("child: %s", qPrintable(error));
        return 1;
    }
    Autosave autosave(&doc);
    autosave.setDelay(50);
    QObject::connect(&autosave, &Autosave::saved, &app, [&](const QString &) {
        writeAll(args.value(1), core::DesignIO::write(doc.design()));
        printf("READY %s\n", qPrintable(autosave.sessionPath()));
        fflush(stdout);
    });
    edit(&doc);
    core::Node n = *doc.node(doc.design().nodes.back().id);
    core::Node after = n;
    after.name = QStringLiteral("Edited before the crash");
    doc.undoStack()->push(new ChangeNodeCommand(&doc, n, after));
    return app.exec(); // until SIGKILL
}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet(kChildEnv))
        return childMain(argc, argv);
    QApplication app(argc, argv);
    TestAutosave tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_autosave.moc"
