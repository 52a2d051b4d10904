#pragma once

#include "model/design.h"

namespace portolan::gui {

/// Gives a design written without geometry a tidy layout: nodes in rows inside their
/// zones, child zones in a grid inside their parents, top-level zones in a grid, nodes
/// outside every zone in a row below. Existing geometry is replaced.
void autoLayout(core::Design *design);

} // namespace portolan::gui
