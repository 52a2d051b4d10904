#pragma once

#include "model/text.h"

#include <QIcon>
#include <QObject>
#include <QString>

class QMimeData;

namespace portolan::core {
class CatalogSet;
}

namespace portolan::gui {

/// The one place that knows the language of the app: catalog text, core messages and tr().
core::Language language();
/// Switches the language at run time: installs Portolan's and Qt's translators for `lang`
/// (which sends QEvent::LanguageChange to every widget, delivered before this returns) and
/// emits LanguageNotifier::languageChanged for models and scenes. Does not persist the choice.
void setLanguage(core::Language lang);
/// The language to start in: the saved choice (QSettings "language"), else the system
/// locale (Chinese for zh*, English otherwise).
core::Language startupLanguage();
/// Remembers `lang` as the choice for the next start.
void saveLanguage(core::Language lang);

// Settings are untrusted input: hand-edited, written by another version, or corrupt. These
// read them with bounds and return only values that are safe to use (docs/reliability.md,
// "Hostile input").
namespace settings {
constexpr int kMaxRecentFiles = 8;
constexpr int kMaxPathLength = 4096;
constexpr int kMaxGeometryBytes = 4 * 1024;
constexpr int kMaxStateBytes = 64 * 1024;
/// "recentFiles": at most kMaxRecentFiles distinct absolute paths of at most
/// kMaxPathLength characters without control characters; anything else is dropped.
QStringList recentFiles();
/// Puts `fileName` first in "recentFiles" (same bounds).
void addRecentFile(const QString &fileName);
/// "lastDir" when it is an existing directory, else the home directory.
QString lastDirectory();
/// A byte-array setting ("mainWindow/geometry", "mainWindow/state") of at most `maxBytes`;
/// empty when missing, of another type, or larger.
QByteArray blob(const QString &key, int maxBytes);
} // namespace settings

/// The design files among dropped URLs (untrusted: from any program). Only the first
/// kMaxDroppedUrls URLs are looked at, and of those only local regular files named
/// *.portolan; `others` (optional) counts every other URL. The design reader bounds the rest.
constexpr int kMaxDroppedUrls = 64;
QStringList droppedDesigns(const QMimeData *mime, int *others = nullptr);

/// Tells the non-widget parts (item models, the canvas scene) that the language changed.
/// Widgets use changeEvent(QEvent::LanguageChange) instead.
class LanguageNotifier : public QObject
{
    Q_OBJECT

public:
    static LanguageNotifier *instance();

signals:
    void languageChanged();

private:
    LanguageNotifier() = default;
};

/// Catalog text in the current language.
QString text(const core::Text &t);
/// `s` for a widget that reads '&' as a shortcut marker (check box, group box, button):
/// catalog and user text shows its ampersands instead of underlining a letter.
QString plainLabel(QString s);
/// `s` (plain text: catalog, design or file names) as a tooltip that Qt shows exactly as
/// written, never as markup; line breaks kept.
QString plainToolTip(const QString &s);

/// The flat icon of a component category ("server", "agent", ...); a neutral icon for
/// unknown categories.
QIcon categoryIcon(const QString &category);
/// The icon of a component type (its `icon`, else its category's).
QIcon componentIcon(const core::CatalogSet &catalogs, const QString &type);
QIcon appIcon();

/// The directory holding the example designs, or empty when none is found.
QString examplesDir();

} // namespace portolan::gui
