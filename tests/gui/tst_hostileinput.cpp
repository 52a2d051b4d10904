// Hostile input reaching the desktop app without a file dialog (issue 7): the clipboard, files
// dropped on the window, and the settings read at start-up. Whatever arrives is bounded,
// refused with a message that says where, and never crashes or gets trusted.

#include "testutil.h"

#include "document/clipboard.h"
#include "document/document.h"
#include "guicontext.h"
#include "mainwindow.h"
#include "scene/canvasview.h"
#include "scene/designscene.h"
#include "scene/zoneitem.h"
#include "widgets/inspector.h"

#include "io/designio.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDockWidget>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSet>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QUrl>

#include <functional>

using namespace portolan;
using namespace portolan::gui;

namespace {

const QString kExample = QStringLiteral(PORTOLAN_SOURCE_DIR "/data/examples/appmon-three-tier.portolan");

QByteArray design(const QByteArray &body)
{
    return QByteArray(R"({"format":"portolan-design","version":1,)") + body + "}";
}

/// Runs `check` on the next message box, then presses OK.
void answerNextMessageBox(const std::function<void(QMessageBox *)> &check)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, check] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        timer->stop();
        timer->deleteLater();
        check(box);
        box->button(QMessageBox::Ok)->click();
    });
    timer->start();
}

QMimeData *clipboardMime(const QByteArray &data, bool asText)
{
    auto *mime = new QMimeData;
    if (asText)
        mime->setText(QString::fromUtf8(data));
    else
        mime->setData(QString::fromLatin1(Clipboard::kMimeType), data);
    return mime;
}

QMimeData *urlsMime(const QStringList &files)
{
    auto *mime = new QMimeData;
    QList<QUrl> urls;
    for (const QString &f : files)
        urls << (f.contains(QLatin1String("://")) ? QUrl(f) : QUrl::fromLocalFile(f));
    mime->setUrls(urls);
    return mime;
}

/// Sends a drag-enter and a drop of `mime` to the window, as the platform does.
bool drop(MainWindow &w, const QMimeData *mime)
{
    QDragEnterEvent enter(QPoint(200, 200), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&w, &enter);
    QDropEvent dropEvent(QPointF(200, 200), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&w, &dropEvent);
    return enter.isAccepted() && dropEvent.isAccepted();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QMenu *recentMenu(MainWindow &w)
{
    for (QMenu *m : w.menuBar()->findChildren<QMenu *>()) {
        if (m->title() == QLatin1String("Open &Recent"))
            return m;
    }
    return nullptr;
}

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void clipboardRefusesBadContent_data();
    void clipboardRefusesBadContent();
    void pasteGivesFreshIds();
    void dropOpensOnlyLocalDesignFiles();
    void dropOfManyFiles();
    void dropOfBrokenDesignsKeepsTheDocument();
    void canvasDropOfComponentData();
    void namesAreNeverMarkup();
    void settingsLanguage();
    void settingsRecentFiles();
    void settingsWindowGeometryAndState();
    void settingsLastDirectory();
    void cleanupTestCase() { m_window.reset(); }

private:
    std::unique_ptr<MainWindow> m_window; ///< one window for the clipboard rows
};

void TestHostileInput::initTestCase()
{
    testutil::isolateSettings();
    QCoreApplication::setOrganizationName(QStringLiteral("PortolanTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_hostileinput"));
    // The menus are looked up by their English titles.
    setLanguage(core::Language::English);
}

void TestHostileInput::init()
{
    QSettings().clear();
}

void TestHostileInput::clipboardRefusesBadContent_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("asText");
    QTest::addColumn<QString>("error");

    QTest::newRow("empty") << QByteArray() << false << "The clipboard holds no Portolan items.";
    QTest::newRow("blank text") << QByteArray(" \n\t ") << true << "The clipboard holds no Portolan items.";
    QTest::newRow("too large") << QByteArray(4 * 1024 * 1024 + 1, '[') << false
                               << "The clipboard content is too large to paste (at most 4 MB).";
    QTest::newRow("too large as text") << QByteArray(4 * 1024 * 1024 + 1, ' ') << true
                                       << "The clipboard content is too large to paste (at most 4 MB).";
    QTest::newRow("prose") << QByteArray("Dear firewall team,\nplease open") << true
                           << "clipboard:1:1: invalid JSON: syntax error";
    QTest::newRow("truncated") << QByteArray("{\"format\":\"portolan-design\",\n\"nodes\":[") << false
                               << "clipboard:2:";
    QTest::newRow("wrong type") << design(R"("nodes":[{"id":5,"type":"appmon.agent"}])") << false
                                << "clipboard: /nodes/0/id: expected a string, found an integer";
    QTest::newRow("unknown component") << design(R"("nodes":[{"id":"a","type":"appmon.nothing"}])") << true
                                       << "clipboard: /nodes/0/type: unknown component type \"appmon.nothing\"";
    QTest::newRow("dangling link") << design(R"("nodes":[{"id":"a","type":"appmon.agent"}],"links":[{"from":"a","to":"ghost"}])")
                                   << false << "clipboard: /links/0/to: unknown node \"ghost\"";
    QTest::newRow("zone cycle") << design(R"("zones":[{"id":"a","parent":"b"},{"id":"b","parent":"a"}])") << false
                                << "clipboard: /zones/0/parent: zone \"a\" is its own ancestor (parent cycle)";
    QTest::newRow("colliding ids inside the fragment")
        << design(R"("nodes":[{"id":"a","type":"appmon.agent"},{"id":"a","type":"appmon.collector"}])") << false
        << "clipboard: /nodes/1/id: duplicate node id \"a\"";
    QTest::newRow("several problems") << design(R"("nodes":[{"id":1},{"id":2}])") << false
                                      << "clipboard: /nodes/0/id: expected a string, found an integer (and 3 more problems)";
    QTest::newRow("deep nesting") << design("\"x\":" + QByteArray(1000, '[') + QByteArray(1000, ']')) << false
                                  << "clipboard: nesting deeper than 64 levels";
    QTest::newRow("long name") << design("\"nodes\":[{\"id\":\"a\",\"type\":\"appmon.agent\",\"name\":\""
                                         + QByteArray(5000, 'n') + "\"}]")
                               << false << "clipboard: /nodes/0/name: string is too long (5000 bytes, at most 4096)";
    QByteArray many;
    for (int i = 0; i <= Clipboard::kMaxItems; ++i)
        many += (i ? "," : "") + QStringLiteral(R"({"id":"n%1","type":"appmon.agent"})").arg(i).toUtf8();
    QTest::newRow("too many nodes") << design("\"nodes\":[" + many + "]") << false
                                    << "Too many items on the clipboard (at most 500 nodes and zones, 2000 links).";
    QTest::newRow("nothing to paste") << design(R"("title":"empty")") << false
                                      << "The clipboard holds no nodes or zones.";
}

void TestHostileInput::clipboardRefusesBadContent()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, asText);
    QFETCH(QString, error);
    if (!m_window)
        m_window = std::make_unique<MainWindow>();
    MainWindow &w = *m_window;
    const std::unique_ptr<QMimeData> mime(clipboardMime(data, asText));
    core::Design fragment;
    QString why;
    QVERIFY(!Clipboard::fromMimeData(mime.get(), *w.document(), &fragment, &why));
    QVERIFY2(why.startsWith(error), qPrintable(why));
    // Through the real Edit > Paste: the message is shown, the document stays as it was.
    QApplication::clipboard()->setMimeData(clipboardMime(data, asText));
    w.paste();
    QVERIFY2(w.statusBar()->currentMessage().startsWith(error), qPrintable(w.statusBar()->currentMessage()));
    QVERIFY(w.document()->design().nodes.empty());
    QVERIFY(!w.document()->isModified());
}

void TestHostileInput::pasteGivesFreshIds()
{
    MainWindow w;
    QVERIFY(w.openFile(kExample, true));
    const core::Design before = w.document()->design();
    QStringList all;
    for (const core::Node &n : before.nodes)
        all << n.id;
    QStringList zones;
    for (const core::Zone &z : before.zones)
        zones << z.id;
    const core::Design fragment = Clipboard::extract(*w.document(), all, zones);
    QVERIFY(!fragment.links.empty());
    // Pasted twice: every id in the document collides with one on the clipboard.
    for (int round = 1; round <= 2; ++round) {
        QApplication::clipboard()->setMimeData(Clipboard::toMimeData(fragment));
        w.paste();
        const core::Design &d = w.document()->design();
        QCOMPARE(d.nodes.size(), before.nodes.size() * size_t(round + 1));
        QCOMPARE(d.zones.size(), before.zones.size() * size_t(round + 1));
        QCOMPARE(d.links.size(), before.links.size() * size_t(round + 1));
        QSet<QString> nodeIds, zoneIds;
        for (const core::Node &n : d.nodes)
            nodeIds.insert(n.id);
        for (const core::Zone &z : d.zones)
            zoneIds.insert(z.id);
        QCOMPARE(nodeIds.size(), qsizetype(d.nodes.size()));
        QCOMPARE(zoneIds.size(), qsizetype(d.zones.size()));
        // The copies' links join the copies, never the originals.
        for (size_t i = before.links.size() * size_t(round); i < d.links.size(); ++i)
            QVERIFY2(!all.contains(d.links[i].from) && !all.contains(d.links[i].to), qPrintable(d.links[i].from));
        std::vector<core::LoadError> errors;
        QVERIFY(core::DesignIO::validate(d, QString(), &w.document()->catalogs(), &errors));
    }
}

void TestHostileInput::dropOpensOnlyLocalDesignFiles()
{
    QTemporaryDir tmp;
    MainWindow w;
    const QString text = tmp.filePath(QStringLiteral("notes.txt"));
    QVERIFY(writeFile(text, design(R"("title":"a design in a text file")")));
    const QString folder = tmp.filePath(QStringLiteral("folder.portolan"));
    QVERIFY(QDir().mkdir(folder));
    const QString fifo = tmp.filePath(QStringLiteral("fifo.portolan"));
    QCOMPARE(QProcess::execute(QStringLiteral("mkfifo"), {fifo}), 0);
    for (const QString &bad : {text, folder, fifo, QStringLiteral("https://example.com/plan.portolan"),
                               tmp.filePath(QStringLiteral("missing.portolan"))}) {
        std::unique_ptr<QMimeData> mime(urlsMime({bad}));
        QVERIFY2(!drop(w, mime.get()), qPrintable(bad));
        QVERIFY(w.document()->fileName().isEmpty());
    }
    // Upper-case extensions come from Windows shares.
    const QString upper = tmp.filePath(QStringLiteral("PLAN.PORTOLAN"));
    QVERIFY(QFile::copy(kExample, upper));
    std::unique_ptr<QMimeData> mime(urlsMime({upper}));
    QVERIFY(drop(w, mime.get()));
    QCOMPARE(w.document()->fileName(), upper);
    QVERIFY(!w.document()->design().nodes.empty());
}

void TestHostileInput::dropOfManyFiles()
{
    QTemporaryDir tmp;
    const QString plan = tmp.filePath(QStringLiteral("plan.portolan"));
    QVERIFY(QFile::copy(kExample, plan));
    QStringList others;
    for (int i = 0; i < 199; ++i)
        others << tmp.filePath(QStringLiteral("photo-%1.jpg").arg(i));
    {
        // The design first: it opens, and the window says what it left out.
        MainWindow w;
        std::unique_ptr<QMimeData> mime(urlsMime(QStringList{plan} + others));
        QVERIFY(drop(w, mime.get()));
        QCOMPARE(w.document()->fileName(), plan);
        QCOMPARE(w.statusBar()->currentMessage(),
                 QStringLiteral("Opened plan.portolan; the other 199 dropped files were not opened."));
    }
    {
        // A design after the first 64 URLs is not looked at.
        MainWindow w;
        std::unique_ptr<QMimeData> mime(urlsMime(others.mid(0, 64) + QStringList{plan}));
        QVERIFY(!drop(w, mime.get()));
        QVERIFY(w.document()->fileName().isEmpty());
        QCOMPARE(droppedDesigns(mime.get()), QStringList());
        std::unique_ptr<QMimeData> within(urlsMime(others.mid(0, 63) + QStringList{plan}));
        int skipped = 0;
        QCOMPARE(droppedDesigns(within.get(), &skipped), QStringList{plan});
        QCOMPARE(skipped, 63);
    }
}

void TestHostileInput::dropOfBrokenDesignsKeepsTheDocument()
{
    QTemporaryDir tmp;
    MainWindow w;
    QVERIFY(w.openFile(kExample, true));
    const QByteArray original = core::DesignIO::write(w.document()->design());
    const QString dangling = tmp.filePath(QStringLiteral("dangling.portolan"));
    QVERIFY(writeFile(dangling, design(R"("nodes":[{"id":"a","type":"appmon.agent","zone":"dmz"}])")));
    const QString big = tmp.filePath(QStringLiteral("big.portolan"));
    {
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(16 * 1024 * 1024 + 1));
    }
    const QString binary = tmp.filePath(QStringLiteral("binary.portolan"));
    QByteArray junk(4096, '\0');
    for (char &c : junk)
        c = char(QRandomGenerator::global()->bounded(256));
    junk[0] = '\x01'; // the error is then at 1:1, wherever the random bytes put newlines
    QVERIFY(writeFile(binary, junk));
    const QList<QPair<QString, QString>> cases = {
        {dangling, dangling + QStringLiteral(": /nodes/0/zone: unknown zone \"dmz\"")},
        {big, big + QStringLiteral(": file is too large (16777217 bytes, at most 16777216)")},
        {binary, binary + QStringLiteral(":1:1: invalid JSON: syntax error")},
    };
    for (const auto &[file, detail] : cases) {
        QString shown;
        answerNextMessageBox([&](QMessageBox *box) { shown = box->text() + QLatin1Char('\n') + box->detailedText(); });
        std::unique_ptr<QMimeData> mime(urlsMime({file}));
        QVERIFY(drop(w, mime.get()));
        QVERIFY2(shown.contains(QStringLiteral("could not be opened")), qPrintable(shown));
        QVERIFY2(shown.contains(detail), qPrintable(shown));
        QCOMPARE(w.document()->fileName(), kExample);
        QCOMPARE(core::DesignIO::write(w.document()->design()), original);
    }
}

void TestHostileInput::canvasDropOfComponentData()
{
    // Component drags onto the canvas come from any program: only a short, known type id
    // places a node; anything else is refused without touching the design.
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1000, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    CanvasView *view = m_window->view();
    QWidget *target = view->viewport();
    const QString format = QString::fromLatin1(CanvasView::kComponentMimeType);
    const auto dropData = [&](const QByteArray &data) {
        QMimeData mime;
        mime.setData(format, data);
        QDragEnterEvent enter(QPoint(300, 300), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        QDragMoveEvent move(QPoint(300, 300), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &move);
        QDropEvent ev(QPointF(300, 300), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &ev);
        return ev.isAccepted();
    };
    const size_t before = m_window->document()->design().nodes.size();
    QVERIFY(!dropData(QByteArray(100000, 'x')));
    QVERIFY(!dropData(QByteArray("appmon.agent") + QByteArray(300, ' ')));
    QVERIFY(!dropData(QByteArray("no.such.type")));
    QVERIFY(!dropData(QByteArray()));
    QCOMPARE(m_window->document()->design().nodes.size(), before);
    QVERIFY(!m_window->document()->isModified());
    // A real type still works.
    const QString type = m_window->document()->catalogs().catalogs().front()->components.front().id;
    QVERIFY(dropData(type.toUtf8()));
    QCOMPARE(m_window->document()->design().nodes.size(), before + 1);
    m_window->document()->undoStack()->setClean();
    m_window.reset();
}

void TestHostileInput::namesAreNeverMarkup()
{
    // A zone named like markup (designs come by mail): the canvas tooltip shows the text as
    // written, escaped, not bold and not a link.
    MainWindow w;
    core::Design d;
    core::Zone z = testutil::zone(QStringLiteral("dmz"), QRectF(0, 0, 400, 300));
    z.name = QStringLiteral("<b>DMZ</b> & <a href=\"x\">co</a>");
    z.firewall = QStringLiteral("FW <1>");
    d.zones.push_back(z);
    w.document()->setDesign(d, QString());
    const ZoneItem *item = w.scene()->zoneItem(QStringLiteral("dmz"));
    QVERIFY(item);
    const QString tip = item->toolTip();
    QVERIFY2(tip.contains(QStringLiteral("&lt;b&gt;DMZ&lt;/b&gt; &amp; &lt;a href=&quot;x&quot;&gt;co&lt;/a&gt;")),
             qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("FW &lt;1&gt;")), qPrintable(tip));
    QVERIFY(!tip.contains(QStringLiteral("<b>")));

    // The inspector's plain-text labels carry no markup of their own either (the type line
    // showed "<small>(appmon.collector)</small>" as written).
    d.nodes.push_back(testutil::node(QStringLiteral("col"), QStringLiteral("appmon.collector"),
                                     QPointF(100, 100), QStringLiteral("dmz")));
    w.document()->setDesign(d, QString());
    w.scene()->selectOnly({QStringLiteral("col")}, {});
    QStringList shown;
    for (const QLabel *l : w.inspector()->findChildren<QLabel *>()) {
        if (l->textFormat() != Qt::PlainText || !l->isVisibleTo(w.inspector()))
            continue;
        shown << l->text();
    }
    // (the zone's name is shown as written, markup-like characters and all)
    QVERIFY(shown.contains(QStringLiteral("<b>DMZ</b> & <a href=\"x\">co</a>")));
    QVERIFY2(shown.contains(QStringLiteral("AppMon Collector  (appmon.collector)")),
             qPrintable(shown.join(QLatin1Char('|'))));
}

void TestHostileInput::settingsLanguage()
{
    QSettings().remove(QStringLiteral("language"));
    const core::Language fallback = startupLanguage(); // the system locale's
    QSettings().setValue(QStringLiteral("language"), QStringLiteral("zh_CN"));
    QCOMPARE(startupLanguage(), core::Language::Chinese); // a real choice is honoured
    const QList<QVariant> garbage = {QStringLiteral("klingon"), QString(100000, QLatin1Char('z')),
                                     QStringLiteral("bilingual"), 42,
                                     QStringList{QStringLiteral("zh_CN"), QStringLiteral("en")},
                                     QByteArray("\xff\xfe\x00zh_CN", 8)};
    for (const QVariant &v : garbage) {
        QSettings().setValue(QStringLiteral("language"), v);
        QCOMPARE(startupLanguage(), fallback);
    }
}

void TestHostileInput::settingsRecentFiles()
{
    QStringList stored = {QString(), QStringLiteral("relative/plan.portolan"),
                          QStringLiteral("/work/R&D/plan.portolan"),
                          QStringLiteral("/work/bad\x01name.portolan"),
                          QStringLiteral("/work/R&D/plan.portolan"),
                          QLatin1Char('/') + QString(5000, QLatin1Char('x'))};
    // Thousands of entries (a corrupt or hostile file): only the first few are looked at.
    for (int i = 0; i < 3000; ++i)
        stored << QStringLiteral("/work/old-%1.portolan").arg(i);
    QSettings().setValue(QStringLiteral("recentFiles"), stored);
    QStringList expected = {QStringLiteral("/work/R&D/plan.portolan")};
    for (int i = 0; i < settings::kMaxRecentFiles - 1; ++i)
        expected << QStringLiteral("/work/old-%1.portolan").arg(i);
    QCOMPARE(settings::recentFiles(), expected);

    MainWindow w;
    QMenu *menu = recentMenu(w);
    QVERIFY(menu);
    QCOMPARE(menu->actions().size(), qsizetype(settings::kMaxRecentFiles));
    QCOMPARE(menu->actions().front()->text(), QStringLiteral("/work/R&&D/plan.portolan"));

    // One path as a plain string (an INI file edited by hand), or a list with other types.
    QSettings().setValue(QStringLiteral("recentFiles"), QStringLiteral("/work/one.portolan"));
    QCOMPARE(settings::recentFiles(), QStringList{QStringLiteral("/work/one.portolan")});
    QSettings().setValue(QStringLiteral("recentFiles"),
                         QVariantList{42, QByteArray("/work/bytes"), QStringLiteral("/work/two.portolan")});
    QCOMPARE(settings::recentFiles(), QStringList{QStringLiteral("/work/two.portolan")});
    QSettings().setValue(QStringLiteral("recentFiles"), 3.5);
    QCOMPARE(settings::recentFiles(), QStringList());

    // Opening a design writes back a clean list.
    QSettings().setValue(QStringLiteral("recentFiles"), stored);
    QVERIFY(w.openFile(kExample, true));
    const QStringList written = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    QCOMPARE(written.size(), qsizetype(settings::kMaxRecentFiles));
    QCOMPARE(written.front(), kExample);
    QCOMPARE(menu->actions().size(), qsizetype(settings::kMaxRecentFiles));
}

void TestHostileInput::settingsWindowGeometryAndState()
{
    QByteArray noise(3000, '\0');
    for (char &c : noise)
        c = char(QRandomGenerator::global()->bounded(256));
    const QList<QPair<QVariant, QVariant>> cases = {
        {noise.left(64), noise},                                  // random bytes
        {QByteArray(100000, '\x01'), QByteArray(1000000, '\x02')}, // beyond the bounds
        {QStringLiteral("maximized"), 7},                         // other types
        {QByteArray::fromHex("01d9d0cb00030000"), QByteArray::fromHex("000000ff00000000fd")}, // headers only
    };
    for (const auto &[geometry, state] : cases) {
        QSettings().setValue(QStringLiteral("mainWindow/geometry"), geometry);
        QSettings().setValue(QStringLiteral("mainWindow/state"), state);
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::qWait(50); // the default dock sizes are applied on the next turn of the loop
        // The window is usable: on screen, with its docks.
        QVERIFY(w.width() > 100 && w.height() > 100);
        int visibleDocks = 0;
        for (QDockWidget *d : w.findChildren<QDockWidget *>())
            visibleDocks += d->isVisible() ? 1 : 0;
        QVERIFY(visibleDocks >= 3);
    }
    QSettings().setValue(QStringLiteral("mainWindow/state"), QByteArray(settings::kMaxStateBytes + 1, 'x'));
    QCOMPARE(settings::blob(QStringLiteral("mainWindow/state"), settings::kMaxStateBytes), QByteArray());
    QSettings().setValue(QStringLiteral("mainWindow/state"), QByteArray(10, 'x'));
    QCOMPARE(settings::blob(QStringLiteral("mainWindow/state"), settings::kMaxStateBytes), QByteArray(10, 'x'));
}

void TestHostileInput::settingsLastDirectory()
{
    QTemporaryDir tmp;
    const QString file = tmp.filePath(QStringLiteral("f"));
    QVERIFY(writeFile(file, "x"));
    for (const QVariant &v : QList<QVariant>{QStringLiteral("/no/such/folder"), file, QStringLiteral("."),
                                             QString(), 12}) {
        QSettings().setValue(QStringLiteral("lastDir"), v);
        QCOMPARE(settings::lastDirectory(), QDir::homePath());
    }
    QSettings().setValue(QStringLiteral("lastDir"), tmp.path());
    QCOMPARE(settings::lastDirectory(), tmp.path());
}

QTEST_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
