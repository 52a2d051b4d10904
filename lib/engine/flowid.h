#pragma once

#include <QString>

#include <cstddef>

namespace portolan::core {

/// The id of the flow at `position` in a flow set: "F1", "F2", ...
///
/// The strings live in a table that grows on demand and is never freed, and each is a
/// QString::fromRawData() view of it. Copying, comparing or destroying one touches neither a
/// reference count nor memory elsewhere: a derivation assigns one to every flow, and with
/// 100,000 flows that was a cache miss each. Returned by value (a copy of a view costs
/// nothing), so that no caller can reach the shared table itself. Safe from any thread; the
/// table only grows (a block of 4,096 ids at a time, about 180 KB), so a large design leaves
/// its ids behind.
QString flowId(size_t position);

} // namespace portolan::core
