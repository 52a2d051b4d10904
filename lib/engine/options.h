#pragma once

#include "catalog/catalogset.h"
#include "model/design.h"

namespace portolan::core {

/// Reads option values (design value or catalog default), evaluates conditions and resolves
/// the ports a service listens on for one node.
class OptionResolver
{
public:
    OptionResolver(const Design &design, const CatalogSet &catalogs)
        : m_design(design), m_catalogs(catalogs) {}

    /// Product option value from the design, else the default.
    nlohmann::json productValue(const OptionDef &def) const;
    /// Node option value (or a product port parameter overridden on the node).
    nlohmann::json nodeValue(const OptionDef &def, const Node &node) const;

    /// `self` is the listening node for service conditions; `source`/`target` for rules. A
    /// condition on a node that is not given (null) counts as true.
    bool evaluate(const Condition &c, const Node *self, const Node *source,
                  const Node *target) const;
    bool serviceActive(const Service &s, const Node &listener) const;
    /// Ports of `s` on `listener`: the node's override, else the expression with parameters
    /// substituted. Dynamic ranges are added when `withDynamic`. Ports pushed past 65535 by
    /// a parameter are dropped and reported in `outOfRange`.
    PortSet servicePorts(const Service &s, const Node &listener, bool withDynamic,
                         bool *outOfRange = nullptr) const;
    /// True when the condition reads node options (it must be evaluated per pair).
    static bool dependsOnNodes(const Condition &c);

private:
    /// The stored value (design or catalog default) without copying it.
    const nlohmann::json &productRef(const OptionDef &def) const;
    const nlohmann::json &nodeRef(const OptionDef &def, const Node &node) const;
    void addTerms(const PortExpr &e, const Node &listener, PortSet *out, bool *outOfRange) const;

    const Design &m_design;
    const CatalogSet &m_catalogs;
};

/// Compares dotted versions numerically ("6.10" > "6.5"); numbers compare as numbers.
int compareVersions(const QString &a, const QString &b);

} // namespace portolan::core
