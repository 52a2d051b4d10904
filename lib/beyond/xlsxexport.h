#pragma once

#include "catalog/catalogset.h"
#include "engine/flow.h"
#include "model/design.h"

#include <QByteArray>
#include <QString>

namespace portolan::beyond {

struct XlsxOptions
{
    core::Language lang = core::Language::English;
    /// The "all flows" sheet lists only flows that cross a firewall.
    bool crossingOnly = false;
};

/// The firewall request as an Excel workbook (libxlsxwriter): one sheet per firewall with the
/// flows crossing it, a sheet with all flows, and the zone-to-zone matrix. Every sheet has a
/// frozen header row, an autofilter and column widths fitted to the text (CJK counts double).
/// The bytes depend only on the input: the document date is the design's `meta.date`.
class XlsxExport
{
public:
    /// False when this build has no libxlsxwriter; workbook() then always fails.
    static bool available();
    /// The .xlsx file's bytes, or empty with `error` set.
    static QByteArray workbook(const core::Design &design, const core::FlowSet &flows,
                               const core::CatalogSet &catalogs, const XlsxOptions &options,
                               QString *error);
    /// A valid, unique Excel sheet name (at most 31 characters, none of []:*?/\).
    static QString sheetName(const QString &wanted, const QStringList &taken);
};

} // namespace portolan::beyond
