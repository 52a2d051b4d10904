#pragma once

// Shared by the libFuzzer targets: the built-in catalogs, the export path run on every
// derived flow set, and the checks whose failure is a finding (abort() = crash to libFuzzer).

#include "catalog/catalogset.h"
#include "engine/engine.h"
#include "engine/messages.h"
#include "export/csvwriter.h"
#include "export/flowjson.h"
#include "export/portmatrix.h"
#include "model/design.h"

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace portolan::fuzz {

using namespace portolan::core;

[[noreturn]] inline void fail(const char *what, const QString &detail = QString())
{
    std::fprintf(stderr, "FUZZ CHECK FAILED: %s\n%s\n", what, qPrintable(detail));
    std::fflush(stderr);
    std::abort();
}

inline QString errorText(const std::vector<LoadError> &errors)
{
    QStringList lines;
    for (const LoadError &e : errors)
        lines << e.toString();
    return lines.join(QLatin1Char('\n'));
}

/// The built-in catalogs only: a user's PORTOLAN_CATALOG_PATH must not change what a
/// fuzzer does, or a crash found on one machine would not reproduce on another.
inline const CatalogSet &builtInCatalogs()
{
    static const std::unique_ptr<CatalogSet> set = [] {
        qunsetenv("PORTOLAN_CATALOG_PATH");
        std::vector<LoadError> errors;
        std::unique_ptr<CatalogSet> s = CatalogSet::loadStandard({}, &errors);
        if (!s)
            fail("the built-in catalogs do not load", errorText(errors));
        return s;
    }();
    return *set;
}

/// What the CSV writer promises for a cell read back: the cell itself, with an apostrophe
/// in front when it would start a formula (= + - @ TAB CR LF, csvwriter.h).
inline QString expectedCell(const QString &cell, bool neutralise)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r\n");
    if (neutralise && !cell.isEmpty() && formulaStarts.contains(cell.front()))
        return QLatin1Char('\'') + cell;
    return cell;
}

/// Parses `csv` and checks it gives back `headers` and `rows` exactly.
inline void checkCsvRoundTrip(const QStringList &headers, const std::vector<QStringList> &rows,
                              const CsvWriter::Options &options, const QByteArray &csv)
{
    const std::vector<QStringList> back = CsvWriter::parse(csv);
    if (back.size() != rows.size() + 1)
        fail("CSV read back has a different number of rows",
             QStringLiteral("wrote %1 rows, read %2").arg(rows.size() + 1).arg(back.size()));
    for (size_t r = 0; r <= rows.size(); ++r) {
        const QStringList &want = r == 0 ? headers : rows[r - 1];
        const QStringList &got = back[r];
        if (got.size() != want.size())
            fail("CSV row read back has a different number of cells",
                 QStringLiteral("row %1: wrote %2 cells, read %3")
                     .arg(r)
                     .arg(want.size())
                     .arg(got.size()));
        for (int c = 0; c < want.size(); ++c) {
            const QString expected = expectedCell(want[c], options.neutraliseFormulas);
            if (got[c] != expected)
                fail("CSV cell read back differs",
                     QStringLiteral("row %1 cell %2: wrote [%3] (escaped [%4]), read [%5]")
                         .arg(r)
                         .arg(c)
                         .arg(want[c], CsvWriter::escapeCell(want[c], options.neutraliseFormulas),
                              got[c]));
        }
    }
}

/// Everything that turns a flow set into output: the port matrix both ways, the CSV (checked
/// by reading it back), the diagnostics as text and the flow JSON.
inline void exportAll(const Design &design, const FlowSet &flows, const CatalogSet &catalogs)
{
    // Bilingual goes through both the English and the translated text of every message.
    const Language lang = Language::Bilingual;
    for (bool crossingOnly : {false, true}) {
        const PortMatrix matrix = PortMatrix::build(design, flows, catalogs, lang, crossingOnly);
        const CsvWriter::Options options;
        const QByteArray csv = CsvWriter::write(matrix, options);
        std::vector<QStringList> rows;
        for (const PortMatrix::Row &r : matrix.rows)
            rows.push_back(r.cells);
        checkCsvRoundTrip(matrix.headers, rows, options, csv);
        matrix.firewalls();
    }
    for (const Diagnostic &d : flows.diagnostics)
        Messages::diagnostic(d, design, catalogs, lang);
    // dump() throws on invalid UTF-8: every string the exporters produce must be valid.
    flowsToJson(design, flows, catalogs, lang, false).dump();
}

/// The flows and diagnostics in a compact text, to compare two derivations.
inline QString flowSignature(const FlowSet &flows)
{
    QStringList lines;
    for (const Flow &f : flows.flows) {
        lines << QStringList{f.id, QString::number(f.source), QString::number(f.target),
                             protocolName(f.protocol), f.ports.toString(),
                             f.services.join(QLatin1Char(',')), f.ruleId, f.product,
                             QString::number(f.local), QString::number(f.crossesFirewall),
                             f.firewalls.join(QLatin1Char('>')), f.manualPurpose,
                             f.advisories.join(QLatin1Char(','))}
                     .join(QLatin1Char('|'));
    }
    for (const Diagnostic &d : flows.diagnostics) {
        lines << QStringList{severityName(d.severity), d.code, d.args.join(QLatin1Char(',')),
                             d.nodes.join(QLatin1Char(',')), d.flows.join(QLatin1Char(','))}
                     .join(QLatin1Char('|'));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace portolan::fuzz
