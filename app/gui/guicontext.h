#pragma once

#include "model/text.h"

#include <QIcon>
#include <QObject>
#include <QString>

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

/// The flat icon of a component category ("server", "agent", ...); a neutral icon for
/// unknown categories.
QIcon categoryIcon(const QString &category);
/// The icon of a component type (its `icon`, else its category's).
QIcon componentIcon(const core::CatalogSet &catalogs, const QString &type);
QIcon appIcon();

/// The directory holding the example designs, or empty when none is found.
QString examplesDir();

} // namespace portolan::gui
