#pragma once

#include "catalog/catalogset.h"
#include "engine/flow.h"
#include "model/design.h"

namespace portolan::core {

/// The rule engine: derive(design, catalogs) -> flows + diagnostics, deterministic order.
///
/// Nodes are indexed by type and links by node, so the work grows with the number of flows
/// produced, not with the square of the number of nodes.
class Engine
{
public:
    static FlowSet derive(const Design &design, const CatalogSet &catalogs);
};

} // namespace portolan::core
