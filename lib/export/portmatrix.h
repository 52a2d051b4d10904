#pragma once

#include "catalog/catalogset.h"
#include "engine/flow.h"
#include "model/design.h"

#include <QStringList>

namespace portolan::core {

/// The columns of a port matrix, in order.
enum class MatrixColumn {
    Flow,
    Firewall,
    SourceZone,
    SourceName,
    SourceHost,
    SourceAddress,
    TargetZone,
    TargetName,
    TargetHost,
    TargetAddress,
    Protocol,
    Ports,
    Service,
    Purpose,
    FirewallsCrossed,
    Product,
    Reference,
    Advisories,
    Count
};

/// A port matrix as text: one row per flow, or (crossing only) one row per firewall crossed
/// per flow, grouped by firewall. Shared by the CSV writer, the PDF and the GUI table.
struct PortMatrix
{
    struct Row
    {
        const Flow *flow = nullptr;
        QString firewall; ///< the group (crossing only), or every firewall crossed
        QStringList cells;
    };

    QStringList headers;
    std::vector<Row> rows;

    /// Local flows never appear on a firewall request; they are included only when
    /// `crossingOnly` is false.
    static PortMatrix build(const Design &design, const FlowSet &flows, const CatalogSet &catalogs,
                            Language lang, bool crossingOnly);
    static QString header(MatrixColumn c, Language lang);
    /// The firewalls that appear, in first-seen order.
    QStringList firewalls() const;
};

} // namespace portolan::core
