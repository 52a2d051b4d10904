#include "guicontext.h"

#include "catalog/catalogset.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLibraryInfo>
#include <QLocale>
#include <QMimeData>
#include <QPointer>
#include <QSettings>
#include <QTranslator>
#include <QUrl>

namespace portolan::gui {

namespace {

core::Language g_language = core::Language::English;
QPointer<QTranslator> g_appTranslator; ///< Portolan's own text (:/i18n in portolan_core)
QPointer<QTranslator> g_qtTranslator;  ///< Qt's standard dialogs and buttons

const char kLanguageKey[] = "language";

/// Loads `file` into `slot`'s translator and installs it; removes it when `file` is empty
/// or cannot be loaded.
void installTranslator(QPointer<QTranslator> &slot, const QString &file, const QString &dir)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot;
    }
    if (file.isEmpty())
        return;
    auto *t = new QTranslator(QCoreApplication::instance());
    if (!t->load(file, dir)) {
        delete t;
        return;
    }
    QCoreApplication::installTranslator(t);
    slot = t;
}

} // namespace

LanguageNotifier *LanguageNotifier::instance()
{
    static auto *notifier = new LanguageNotifier;
    return notifier;
}

core::Language language()
{
    return g_language;
}

void setLanguage(core::Language lang)
{
    // The app offers English and Chinese; bilingual text is for exports (CLI, PDF).
    if (lang == core::Language::Bilingual)
        lang = core::Language::Chinese;
    g_language = lang;
    if (QCoreApplication::instance()) {
        const bool zh = lang == core::Language::Chinese;
        // English still loads a catalogue: portolan_en.qm holds the English plural forms.
        installTranslator(g_appTranslator,
                          zh ? QStringLiteral("portolan_zh_CN.qm") : QStringLiteral("portolan_en.qm"),
                          QStringLiteral(":/i18n"));
        installTranslator(g_qtTranslator, zh ? QStringLiteral("qtbase_zh_CN.qm") : QString(),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        // Installing a translator posts LanguageChange to the windows; deliver it now so
        // that the whole UI is in the new language when this returns.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    }
    emit LanguageNotifier::instance()->languageChanged();
}

core::Language startupLanguage()
{
    core::Language lang;
    const QVariant saved = QSettings().value(QLatin1String(kLanguageKey));
    // Only a short string names a language; a list, a number or a blob is ignored.
    if (saved.typeId() == QMetaType::QString && saved.toString().size() <= 16
        && core::parseLanguage(saved.toString(), &lang) && lang != core::Language::Bilingual)
        return lang;
    return QLocale::system().name().startsWith(QLatin1String("zh")) ? core::Language::Chinese
                                                                     : core::Language::English;
}

void saveLanguage(core::Language lang)
{
    QSettings().setValue(QLatin1String(kLanguageKey), core::languageCode(lang));
}

namespace settings {

namespace {

bool usablePath(const QString &path)
{
    if (path.isEmpty() || path.size() > kMaxPathLength || !QDir::isAbsolutePath(path))
        return false;
    return std::none_of(path.begin(), path.end(), [](QChar c) { return c.category() == QChar::Other_Control; });
}

QStringList boundedPaths(const QVariant &value)
{
    QStringList out;
    // A list of strings, or one string (INI files written by hand hold one path as a string).
    const QVariantList items = value.typeId() == QMetaType::QString ? QVariantList{value}
                                                                    : value.toList();
    for (const QVariant &v : items) {
        if (out.size() >= kMaxRecentFiles)
            break;
        if (v.typeId() != QMetaType::QString)
            continue;
        const QString path = v.toString();
        if (usablePath(path) && !out.contains(path))
            out << path;
    }
    return out;
}

} // namespace

QStringList recentFiles()
{
    const QVariant value = QSettings().value(QStringLiteral("recentFiles"));
    // QStringList in the native store; stop a corrupt list of millions before it is copied.
    if (value.typeId() == QMetaType::QStringList) {
        const QStringList all = value.toStringList();
        return boundedPaths(QVariant(all.mid(0, kMaxRecentFiles * 4)));
    }
    return boundedPaths(value);
}

void addRecentFile(const QString &fileName)
{
    QStringList files = recentFiles();
    files.removeAll(fileName);
    if (usablePath(fileName))
        files.prepend(fileName);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    QSettings().setValue(QStringLiteral("recentFiles"), files);
}

QString lastDirectory()
{
    const QVariant value = QSettings().value(QStringLiteral("lastDir"));
    const QString dir = value.typeId() == QMetaType::QString ? value.toString() : QString();
    if (usablePath(dir) && QFileInfo(dir).isDir())
        return dir;
    return QDir::homePath();
}

QByteArray blob(const QString &key, int maxBytes)
{
    const QVariant value = QSettings().value(key);
    if (value.typeId() != QMetaType::QByteArray)
        return QByteArray();
    const QByteArray bytes = value.toByteArray();
    return bytes.size() <= maxBytes ? bytes : QByteArray();
}

} // namespace settings

QStringList droppedDesigns(const QMimeData *mime, int *others)
{
    QStringList designs;
    int skipped = 0;
    if (mime && mime->hasUrls()) {
        const QList<QUrl> urls = mime->urls();
        for (qsizetype i = 0; i < urls.size(); ++i) {
            const QString file = urls[i].isLocalFile() ? urls[i].toLocalFile() : QString();
            if (i < kMaxDroppedUrls && file.endsWith(QLatin1String(".portolan"), Qt::CaseInsensitive)
                && QFileInfo(file).isFile())
                designs << file;
            else
                ++skipped;
        }
    }
    if (others)
        *others = skipped;
    return designs;
}

QString text(const core::Text &t)
{
    return t.get(g_language);
}

QString plainToolTip(const QString &s)
{
    if (s.isEmpty())
        return s;
    // Escaped and marked as rich text explicitly: Qt would otherwise guess per string.
    return QStringLiteral("<html>") + s.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"))
           + QStringLiteral("</html>");
}

QString plainLabel(QString s)
{
    return s.replace(QLatin1Char('&'), QLatin1String("&&"));
}

QIcon categoryIcon(const QString &category)
{
    static QHash<QString, QIcon> cache;
    auto it = cache.constFind(category);
    if (it != cache.constEnd())
        return *it;
    QString file = QStringLiteral(":/icons/category-%1.svg").arg(category);
    if (!QFile::exists(file))
        file = QStringLiteral(":/icons/category-service.svg");
    const QIcon icon(file);
    cache.insert(category, icon);
    return icon;
}

QIcon componentIcon(const core::CatalogSet &catalogs, const QString &type)
{
    const core::ComponentType *c = catalogs.component(type);
    if (!c)
        return categoryIcon(QString());
    if (!c->icon.isEmpty()) {
        const QString file = QStringLiteral(":/icons/%1.svg").arg(c->icon);
        if (QFile::exists(file))
            return QIcon(file);
    }
    return categoryIcon(c->category);
}

QIcon appIcon()
{
    return QIcon(QStringLiteral(":/icons/app.svg"));
}

QString examplesDir()
{
    // An installed binary finds its data next to it; a binary in the build tree finds the
    // source tree; the configured install prefix comes last.
    QStringList candidates;
    if (QCoreApplication::instance()) {
        const QString appDir = QCoreApplication::applicationDirPath();
        candidates << appDir + QStringLiteral("/../share/portolan/examples");
    }
#ifdef PORTOLAN_SOURCE_DIR
    candidates << QStringLiteral(PORTOLAN_SOURCE_DIR "/data/examples");
#endif
#ifdef PORTOLAN_DATA_DIR
    candidates << QStringLiteral(PORTOLAN_DATA_DIR "/examples");
#endif
    for (const QString &dir : candidates) {
        if (QDir(dir).exists())
            return QDir(dir).absolutePath();
    }
    return QString();
}

} // namespace portolan::gui
