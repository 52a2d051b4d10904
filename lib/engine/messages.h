#pragma once

#include "catalog/catalogset.h"
#include "engine/flow.h"
#include "model/design.h"

#include <QCoreApplication>

namespace portolan::core {

/// Turns engine codes into user text in a language. English source strings go through
/// Qt's translation system (translations/portolan_*.ts); catalog text comes from catalogs.
class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Messages)

public:
    /// A translatable source string in `lang` (bilingual: "English / 中文").
    static QString text(const char *source, Language lang);

    static QString diagnostic(const Diagnostic &d, const Design &design,
                              const CatalogSet &catalogs, Language lang);
    static QString severity(Severity s, Language lang);
    static QString componentName(const QString &type, const CatalogSet &catalogs, Language lang);
    /// "Shop JVM (shop01)" style label of a node.
    static QString nodeLabel(const Node &node);
    static QString flowPurpose(const Flow &f, const CatalogSet &catalogs, Language lang);
    static QString flowServices(const Flow &f, const CatalogSet &catalogs, Language lang);
    static QString flowReference(const Flow &f);
    static QString flowAdvisories(const Flow &f, const CatalogSet &catalogs, Language lang);
};

} // namespace portolan::core
