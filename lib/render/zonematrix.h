#pragma once

#include "engine/flow.h"
#include "model/design.h"
#include "model/text.h"

#include <QStringList>

#include <map>
#include <vector>

namespace portolan::render {

/// What must be open from zone to zone: rows are source zones, columns target zones, each
/// cell the protocols and ports of the flows from the row's zone to the column's zone.
///
/// Zones are those of the flows' end nodes (the innermost zone a node sits in); nodes outside
/// every zone count as one pseudo zone with an empty id. Local (same-host) flows never count;
/// by default only flows that cross a firewall do.
struct ZoneMatrix
{
    struct Cell
    {
        std::map<core::Protocol, core::PortSet> ports; ///< union of the flows' ports
        QStringList flows; ///< flow ids, in flow order

        bool isEmpty() const { return flows.isEmpty(); }
        /// One line per protocol: "TCP 443,8443", "UDP 161", "ICMP".
        QStringList lines() const;
        QString text() const { return lines().join(QStringLiteral("; ")); }
    };

    QStringList rowZones; ///< zone ids of the rows, design order, "" (no zone) last
    QStringList columnZones; ///< zone ids of the columns
    QStringList rowNames;
    QStringList columnNames;
    std::vector<std::vector<Cell>> cells; ///< [row][column]

    static ZoneMatrix build(const core::Design &design, const core::FlowSet &flows,
                            core::Language lang, bool crossingOnly = true);

    int row(const QString &zoneId) const { return int(rowZones.indexOf(zoneId)); }
    int column(const QString &zoneId) const { return int(columnZones.indexOf(zoneId)); }
    /// The cell from zone `from` to zone `to`, null when neither has flows.
    const Cell *cell(const QString &from, const QString &to) const;
    bool isEmpty() const { return rowZones.isEmpty(); }
};

} // namespace portolan::render
