#include "engine.h"

#include "engine/incremental.h"

#include <algorithm>

namespace portolan::core {

int FlowSet::count(Severity s) const
{
    return int(std::count_if(diagnostics.begin(), diagnostics.end(),
                             [s](const Diagnostic &d) { return d.severity == s; }));
}

int FlowSet::crossingCount() const
{
    return int(std::count_if(flows.begin(), flows.end(),
                             [](const Flow &f) { return f.crossesFirewall; }));
}

FlowSet Engine::derive(const Design &design, const CatalogSet &catalogs)
{
    // One code path for full and incremental derivation, so they cannot disagree.
    IncrementalDerivation derivation(catalogs);
    derivation.reset(design);
    return derivation.takeFlows();
}

} // namespace portolan::core
