#pragma once

#include "model/text.h"

#include <QIcon>
#include <QString>

namespace portolan::core {
class CatalogSet;
}

namespace portolan::gui {

/// The one place that knows the language of catalog text in the app. English for now; a
/// language switch later changes it here and tells the widgets to refresh.
core::Language language();
void setLanguage(core::Language lang);

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
