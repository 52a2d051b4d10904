#pragma once

#include "catalog/catalogset.h"
#include "engine/flow.h"
#include "model/design.h"

#include <nlohmann/json.hpp>

namespace portolan::core {

/// The `flows --format json` document: { "flows": [...], "diagnostics": [...] } (DESIGN.md).
nlohmann::ordered_json flowsToJson(const Design &design, const FlowSet &flows,
                                   const CatalogSet &catalogs, Language lang, bool crossingOnly);
nlohmann::ordered_json diagnosticsToJson(const Design &design, const FlowSet &flows,
                                         const CatalogSet &catalogs, Language lang);

} // namespace portolan::core
