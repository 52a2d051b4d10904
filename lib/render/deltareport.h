#pragma once

#include "pdfreport.h"

#include "beyond/diff.h"

namespace portolan::render {

/// The delta firewall change request as a PDF: only the rules to open and to close between
/// two revisions of a design (beyond::DesignDiff::delta), in the look of the full request.
///
/// Cover (title, revision old → new, compared file, dates, a summary of the changes and of
/// the rules per firewall); one section per firewall with a "rules to open" and a "rules to
/// close" table (headers repeat on every page, rows never split); the vendor references.
/// Every page has "Page X of Y" with the title and "Revision A → B". Uses `options.lang`,
/// `paper` and `landscape`; the diagram and appendix settings do not apply.
///
/// Pure: takes data and settings, returns bytes. Needs a QGuiApplication (fonts).
class DeltaRequest
{
public:
    static ReportResult pdf(const beyond::Revision &older, const beyond::Revision &newer,
                            const beyond::DesignDiff &diff, const core::CatalogSet &catalogs,
                            const ReportOptions &options);
};

} // namespace portolan::render
