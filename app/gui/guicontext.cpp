#include "guicontext.h"

#include "catalog/catalogset.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>

namespace portolan::gui {

namespace {
core::Language g_language = core::Language::English;
}

core::Language language()
{
    return g_language;
}

void setLanguage(core::Language lang)
{
    g_language = lang;
}

QString text(const core::Text &t)
{
    return t.get(g_language);
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
