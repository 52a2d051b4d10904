#pragma once

#include "model/design.h"

namespace portolan::bench {

/// Synthetic but realistic designs for benchmarks: data centres with firewalled zones,
/// AppMon servers with collectors and agents linked to them, iMC masters with linked
/// devices, databases. Deterministic for a given node count.
core::Design generateDesign(int nodeCount);

} // namespace portolan::bench
