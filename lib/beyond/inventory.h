#pragma once

#include "catalog/catalogset.h"
#include "model/design.h"

#include <QByteArray>
#include <QStringList>

#include <vector>

namespace portolan::beyond {

/// A row that was skipped, or another problem, with its line in the CSV (1-based; 0: none).
struct InventoryIssue
{
    int line = 0;
    QString message;
};

struct InventoryResult
{
    core::Design design;
    std::vector<InventoryIssue> issues;
    int rowsRead = 0;    ///< data rows (not counting the header and empty lines)
    int rowsUsed = 0;    ///< rows that became nodes
    int rowsSkipped = 0; ///< rows reported in `issues`
    QString fatal;       ///< set when the file is unusable as a whole (no header, no type column)

    /// True when at least one node was imported and the file was usable.
    bool usable() const { return fatal.isEmpty() && rowsUsed > 0; }
};

/// Turns a CMDB/inventory CSV into a laid-out design.
///
/// Columns are found by their header, case-insensitively: `host` (also hostname), `address`
/// (ip, ip address), `zone` (network zone, segment), `type` (component type, component),
/// `name`, `product` (Chinese headers 主机, 地址, 区域, 类型, 名称, 产品 too). The delimiter is
/// the first line's most frequent of `,` `;` TAB. A type is a component id
/// (`appmon.collector`), a short id with the product column (`collector` + `appmon`), or a
/// component's English or Chinese name. Each zone named in the zone column becomes a
/// firewalled top-level zone; zones and nodes are laid out in a tidy grid.
class InventoryImport
{
public:
    /// Issues and `fatal` are in `lang` (the command line keeps English).
    static InventoryResult import(const QByteArray &csv, const QString &fileName,
                                  const core::CatalogSet &catalogs,
                                  core::Language lang = core::Language::English);
    /// Places zones on a grid sized to their nodes, nodes on a grid inside their zone, and
    /// nodes without a zone in a row below. Replaces existing geometry.
    static void layout(core::Design *design);

    /// Rows of a delimited text with the line each row starts on (RFC 4180 quoting).
    static std::vector<std::pair<int, QStringList>> parseCsv(const QByteArray &data,
                                                             QChar *delimiter);
};

} // namespace portolan::beyond
