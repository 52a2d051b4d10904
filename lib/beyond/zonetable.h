#pragma once

#include "engine/flow.h"
#include "model/design.h"
#include "model/text.h"

#include <QStringList>

#include <vector>

namespace portolan::beyond {

/// The zone-to-zone matrix of a firewall request: rows are source zones, columns target
/// zones, and each cell lists the protocols and ports of the flows from the row's zone to the
/// column's zone ("TCP 443,8443" / "UDP 161" / "ICMP", one line per protocol).
///
/// A node's zone is the innermost zone it sits in; nodes outside every zone form one pseudo
/// zone with an empty id, listed last. Local (same-host) flows never count; with
/// `crossingOnly` (the default) only flows that cross a firewall do.
struct ZoneTable
{
    QStringList rowZones;    ///< source zone ids, design order
    QStringList columnZones; ///< target zone ids, design order
    QStringList rowNames;
    QStringList columnNames;
    std::vector<std::vector<QStringList>> cells; ///< [row][column] lines
    std::vector<std::vector<QStringList>> flows; ///< [row][column] flow ids

    static ZoneTable build(const core::Design &design, const core::FlowSet &flows,
                           core::Language lang, bool crossingOnly = true);
    bool isEmpty() const { return rowZones.isEmpty(); }
    /// The cell text with lines joined by `separator`; empty when no flow goes that way.
    QString text(int row, int column, const QString &separator = QStringLiteral("\n")) const;
};

} // namespace portolan::beyond
