#pragma once

#include "catalog/catalog.h"
#include "io/jsonutil.h"

namespace portolan::core {

/// Reads one catalog document: checks its shape, types, ids, texts and literal ports.
/// Cross references (services, components, options of other catalogs) are checked later by
/// CatalogSet::finalize(). Returns false when any problem was added.
bool readCatalog(const nlohmann::json &doc, Catalog *out, ProblemList &problems);

/// Parses a port expression ("135,49152-65535", "{basePort+2}"); parameters are qualified
/// with `product` when written without a product prefix.
bool parsePortExpr(const QString &text, const QString &product, PortExpr *out, QString *error);

} // namespace portolan::core
