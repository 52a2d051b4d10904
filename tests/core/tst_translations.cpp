// The translations are complete and current. portolan_zh_CN.ts has a finished, non-empty
// Chinese translation for every message and nothing obsolete; both .ts files hold exactly
// the messages lupdate finds in the sources today, so a tr() added without running
// `cmake --build build --target update_translations` (and translating) fails here.

#include "engine/messages.h"
#include "export/portmatrix.h"

#include <QDirIterator>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace portolan::core;

namespace {

const QString kSourceDir = QStringLiteral(PORTOLAN_SOURCE_DIR);
const QString kZh = kSourceDir + QStringLiteral("/translations/portolan_zh_CN.ts");
const QString kEn = kSourceDir + QStringLiteral("/translations/portolan_en.ts");

// The trees lupdate scans; the same list as the translations block in lib/CMakeLists.txt.
const char *const kScannedTrees[] = {"lib", "app/gui", "app/cli"};

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; ///< the <translation> type attribute: "", unfinished, obsolete, vanished
    QStringList translations;

    QString key() const
    {
        return context + QLatin1Char('\x1f') + source + QLatin1Char('\x1f') + comment
               + (numerus ? QStringLiteral("\x1fN") : QString());
    }
    QString where() const { return context + QStringLiteral(": \"") + source + QLatin1Char('"'); }
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error;

    QSet<QString> keys() const
    {
        QSet<QString> out;
        for (const TsMessage &m : messages)
            out.insert(m.key());
        return out;
    }
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        ts.error = path + QStringLiteral(": ") + f.errorString();
        return ts;
    }
    QXmlStreamReader xml(&f);
    QString context;
    TsMessage msg;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                ts.language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("context")) {
                context.clear();
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                msg = TsMessage();
                msg.context = context;
                msg.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                msg.source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                msg.comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                msg.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!msg.numerus)
                    msg.translations << xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                msg.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            ts.messages << msg;
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

/// %1..%99 and %n (Qt's placeholders) in a text, sorted.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d{1,2}|n)"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out << it.next().captured(0);
    out.sort();
    out.removeDuplicates();
    return out;
}

/// A keyboard mnemonic ("&File"), not an escaped ampersand ("&&") or an entity.
bool hasMnemonic(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("(^|[^&])&[^&\\s;]"));
    return re.match(text).hasMatch();
}

QStringList scannedFiles()
{
    QStringList files;
    for (const char *tree : kScannedTrees) {
        QDirIterator it(kSourceDir + QLatin1Char('/') + QLatin1String(tree),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    files.sort();
    return files;
}

QString findLupdate()
{
    const QStringList dirs = {QLibraryInfo::path(QLibraryInfo::BinariesPath),
                              QLibraryInfo::path(QLibraryInfo::LibraryExecutablesPath)};
    for (const char *name : {"lupdate", "lupdate-qt6", "lupdate6"}) {
        QString exe = QStandardPaths::findExecutable(QLatin1String(name), dirs);
        if (exe.isEmpty())
            exe = QStandardPaths::findExecutable(QLatin1String(name));
        if (!exe.isEmpty())
            return exe;
    }
    return QString();
}

QString describe(const QSet<QString> &keys)
{
    QStringList lines;
    for (QString k : keys) {
        k.replace(QLatin1Char('\x1f'), QStringLiteral(" | "));
        lines << QStringLiteral("  ") + k;
    }
    lines.sort();
    return lines.join(QLatin1Char('\n'));
}

/// Decodes the C++ string literal(s) starting at `pos` ("a" "b" concatenate). Returns the
/// position after them, or -1 when `pos` holds no literal.
int readLiterals(const QString &code, int pos, QString *out)
{
    out->clear();
    bool any = false;
    for (;;) {
        while (pos < code.size() && code.at(pos).isSpace())
            ++pos;
        if (pos >= code.size() || code.at(pos) != QLatin1Char('"'))
            return any ? pos : -1;
        any = true;
        for (++pos; pos < code.size() && code.at(pos) != QLatin1Char('"'); ++pos) {
            QChar c = code.at(pos);
            if (c == QLatin1Char('\\') && pos + 1 < code.size()) {
                const QChar e = code.at(++pos);
                if (e == QLatin1Char('n'))
                    c = QLatin1Char('\n');
                else if (e == QLatin1Char('t'))
                    c = QLatin1Char('\t');
                else if (e == QLatin1Char('u') && pos + 4 < code.size()) {
                    c = QChar(code.mid(pos + 1, 4).toUShort(nullptr, 16));
                    pos += 4;
                } else
                    c = e;
            }
            out->append(c);
        }
        ++pos; // closing quote
    }
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void chineseIsComplete();
    void chineseUsesTheGlossary_data();
    void chineseUsesTheGlossary();
    void englishHasThePluralForms();
    void tsFilesMatchTheSources();
    void everyNoopReachesLupdate();
    void embeddedCatalogsTranslate();
};

void TestTranslations::chineseIsComplete()
{
    const TsFile ts = readTs(kZh);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QCOMPARE(ts.language, QStringLiteral("zh_CN"));
    QVERIFY(ts.messages.size() > 100);
    QStringList problems;
    for (const TsMessage &m : ts.messages) {
        if (!m.type.isEmpty()) {
            problems << m.type + QStringLiteral(": ") + m.where();
            continue;
        }
        if (m.translations.isEmpty() || m.translations.contains(QString())) {
            problems << QStringLiteral("empty: ") + m.where();
            continue;
        }
        if (m.numerus && m.translations.size() != 1) // Chinese has one plural form
            problems << QStringLiteral("plural forms: ") + m.where();
        for (const QString &t : m.translations) {
            // Every argument the code passes must show up, or its text is lost.
            QStringList want = placeholders(m.source);
            if (m.numerus && !want.contains(QStringLiteral("%n")))
                want = placeholders(m.source + QStringLiteral(" %n"));
            if (placeholders(t) != want)
                problems << QStringLiteral("placeholders %1 vs %2: ").arg(want.join(','),
                                                                        placeholders(t).join(','))
                                + m.where();
            if (hasMnemonic(m.source) != hasMnemonic(t))
                problems << QStringLiteral("keyboard mnemonic (&) lost or added: ") + m.where();
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("portolan_zh_CN.ts:\n  ")
                                            + problems.join(QStringLiteral("\n  "))));
}

void TestTranslations::chineseUsesTheGlossary_data()
{
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("chinese");
    // translations/README.md lists the same glossary.
    QTest::newRow("firewall") << QStringLiteral("\\bfirewall(s|ed)?\\b") << QStringLiteral("防火墙");
    QTest::newRow("port") << QStringLiteral("\\bports?\\b") << QStringLiteral("端口");
    QTest::newRow("protocol") << QStringLiteral("\\bprotocols?\\b") << QStringLiteral("协议");
    QTest::newRow("flow") << QStringLiteral("\\bflows?\\b") << QStringLiteral("连接");
    QTest::newRow("zone") << QStringLiteral("\\bzones?\\b") << QStringLiteral("区域");
    QTest::newRow("node") << QStringLiteral("\\bnodes?\\b") << QStringLiteral("节点");
    QTest::newRow("component") << QStringLiteral("\\bcomponents?\\b") << QStringLiteral("组件");
}

void TestTranslations::chineseUsesTheGlossary()
{
    QFETCH(QString, english);
    QFETCH(QString, chinese);
    const QRegularExpression re(english, QRegularExpression::CaseInsensitiveOption);
    const TsFile ts = readTs(kZh);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QStringList off;
    for (const TsMessage &m : ts.messages) {
        QString source = m.source;
        source.remove(QLatin1Char('&'));
        if (!re.match(source).hasMatch())
            continue;
        for (const QString &t : m.translations) {
            if (!t.contains(chinese))
                off << m.where() + QStringLiteral(" -> ") + t;
        }
    }
    QVERIFY2(off.isEmpty(), qPrintable(QStringLiteral("not using %1:\n  ").arg(chinese)
                                       + off.join(QStringLiteral("\n  "))));
}

void TestTranslations::englishHasThePluralForms()
{
    // portolan_en.ts exists for "%n item(s)": its other messages stay untranslated (the
    // English source is the text), its plural messages need both English forms.
    const TsFile ts = readTs(kEn);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QVERIFY2(ts.language.startsWith(QLatin1String("en")), qPrintable(ts.language));
    int plurals = 0;
    QStringList problems;
    for (const TsMessage &m : ts.messages) {
        if (m.type == QLatin1String("obsolete") || m.type == QLatin1String("vanished"))
            problems << m.type + QStringLiteral(": ") + m.where();
        if (!m.numerus)
            continue;
        ++plurals;
        if (!m.type.isEmpty() || m.translations.size() != 2
            || !m.translations.at(0).contains(QLatin1String("%n"))
            || !m.translations.at(1).contains(QLatin1String("%n")))
            problems << QStringLiteral("needs singular and plural: ") + m.where();
    }
    QVERIFY(plurals > 0);
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("portolan_en.ts:\n  ")
                                            + problems.join(QStringLiteral("\n  "))));
}

void TestTranslations::tsFilesMatchTheSources()
{
    const QString lupdate = findLupdate();
    if (lupdate.isEmpty())
        QSKIP("lupdate not found: install qt6-l10n-tools to check the .ts files against the sources");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // Same inputs as the update_translations target: the scanned trees and include paths.
    QFile list(dir.filePath(QStringLiteral("sources.lst")));
    QVERIFY(list.open(QIODevice::WriteOnly | QIODevice::Text));
    for (const char *inc : {"lib", "app/gui", "app"})
        list.write("-I" + (kSourceDir + QLatin1Char('/') + QLatin1String(inc)).toUtf8() + '\n');
    for (const QString &f : scannedFiles())
        list.write(f.toUtf8() + '\n');
    list.close();
    const QString fresh = dir.filePath(QStringLiteral("fresh_zh_CN.ts"));
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(lupdate, {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                      QStringLiteral("none"), QLatin1Char('@') + list.fileName(),
                      QStringLiteral("-ts"), fresh});
    QVERIFY2(p.waitForFinished(120000), qPrintable(lupdate + QStringLiteral(" did not finish")));
    QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
             p.readAll().constData());

    const TsFile now = readTs(fresh);
    QVERIFY2(now.error.isEmpty(), qPrintable(now.error));
    QVERIFY(now.messages.size() > 100);
    const QSet<QString> wanted = now.keys();
    for (const QString &path : {kZh, kEn}) {
        const QSet<QString> have = readTs(path).keys();
        const QSet<QString> missing = wanted - have;
        const QSet<QString> stale = have - wanted;
        if (!missing.isEmpty() || !stale.isEmpty()) {
            // On stderr in full: a test failure message is cut short.
            qWarning().noquote() << path << "- new in the sources:\n" << describe(missing)
                                 << "\ngone from the sources:\n" << describe(stale);
        }
        QVERIFY2(missing.isEmpty() && stale.isEmpty(),
                 qPrintable(QStringLiteral("%1 is out of date (%2 new, %3 gone messages, listed "
                                           "above); run `cmake --build build --target "
                                           "update_translations` and translate")
                                .arg(path).arg(missing.size()).arg(stale.size())));
    }
}

void TestTranslations::everyNoopReachesLupdate()
{
    // lupdate skips a QT_TRANSLATE_NOOP nested in a call it takes for a translation call
    // (a helper named tr(), say): such a string would stay English in every language.
    const QSet<QString> have = readTs(kZh).keys();
    static const QRegularExpression noop(QStringLiteral("QT_TRANSLATE_NOOP\\s*\\("));
    QStringList lost;
    for (const QString &path : scannedFiles()) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString code = QString::fromUtf8(f.readAll());
        for (auto it = noop.globalMatch(code); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            QString context, source;
            int pos = readLiterals(code, int(m.capturedEnd()), &context);
            if (pos < 0)
                continue; // the macro's own definition or a non-literal argument
            while (pos < code.size() && (code.at(pos).isSpace() || code.at(pos) == QLatin1Char(',')))
                ++pos;
            if (readLiterals(code, pos, &source) < 0)
                continue;
            TsMessage msg;
            msg.context = context;
            msg.source = source;
            if (!have.contains(msg.key())) {
                const int line = int(code.left(m.capturedStart()).count(QLatin1Char('\n'))) + 1;
                lost << QStringLiteral("%1:%2: %3").arg(path.mid(kSourceDir.size() + 1)).arg(line)
                            .arg(msg.where());
            }
        }
    }
    if (!lost.isEmpty())
        qWarning().noquote() << "strings lupdate does not see:\n " << lost.join(QStringLiteral("\n  "));
    QVERIFY2(lost.isEmpty(),
             qPrintable(QStringLiteral("%1 QT_TRANSLATE_NOOP strings (listed above) are not in the "
                                       ".ts: is the macro inside a call to a function named tr()?")
                            .arg(lost.size())));
}

void TestTranslations::embeddedCatalogsTranslate()
{
    // portolan_core carries the compiled catalogs as resources (the CLI and the GUI load them).
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/portolan_zh_CN.qm")));
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/portolan_en.qm")));
    QCOMPARE(PortMatrix::header(MatrixColumn::SourceZone, Language::Chinese),
             QStringLiteral("Source zone")); // no translator installed yet

    QTranslator zh;
    QVERIFY(zh.load(QStringLiteral(":/i18n/portolan_zh_CN.qm")));
    QCoreApplication::installTranslator(&zh);
    QCOMPARE(PortMatrix::header(MatrixColumn::SourceZone, Language::Chinese), QStringLiteral("源区域"));
    QCOMPARE(PortMatrix::header(MatrixColumn::Ports, Language::Chinese), QStringLiteral("端口"));
    QCOMPARE(PortMatrix::header(MatrixColumn::Ports, Language::English), QStringLiteral("Ports"));
    QCOMPARE(PortMatrix::header(MatrixColumn::Firewall, Language::Bilingual),
             QStringLiteral("Firewall / 防火墙"));
    QCOMPARE(Messages::severity(Severity::Warning, Language::Chinese), QStringLiteral("警告"));
    QCOMPARE(QCoreApplication::translate("Commands", "Move %n items", nullptr, 3),
             QStringLiteral("移动 3 个对象"));
    QCoreApplication::removeTranslator(&zh);

    QTranslator en;
    QVERIFY(en.load(QStringLiteral(":/i18n/portolan_en.qm")));
    QCoreApplication::installTranslator(&en);
    QCOMPARE(QCoreApplication::translate("Commands", "Move %n items", nullptr, 1),
             QStringLiteral("Move 1 item"));
    QCOMPARE(QCoreApplication::translate("Commands", "Move %n items", nullptr, 2),
             QStringLiteral("Move 2 items"));
    QCoreApplication::removeTranslator(&en);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
