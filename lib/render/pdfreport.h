#pragma once

#include "catalog/catalogset.h"
#include "engine/flow.h"
#include "model/design.h"

#include <QByteArray>
#include <QStringList>

class QPagedPaintDevice;

namespace portolan::render {

enum class PaperSize { A4, Letter };

/// Settings of a firewall change request.
struct ReportOptions
{
    core::Language lang = core::Language::English;
    PaperSize paper = PaperSize::A4;
    bool landscape = true;
    /// Appendix with every flow, including flows inside zones and on one host. A request
    /// that should show only what must be opened (`--crossing-only`) leaves it out.
    bool allFlowsAppendix = true;
    bool diagram = true;
};

struct ReportResult
{
    QByteArray pdf; ///< empty when painted on another device
    int pages = 0; ///< 0 when nothing could be painted
    QStringList warnings; ///< e.g. no Chinese font with an exact PDF text layer
};

/// The firewall change request as a PDF, for the security team.
///
/// Cover (title, customer, author, revision and date from the design, a summary of flows
/// per firewall and of the diagnostics, contents); the diagram as vector graphics fitted to
/// a page; one section per firewall with the flows to open (from core::PortMatrix, grouped
/// by firewall); advisories and conflicts; appendices with every flow, the zone-to-zone
/// matrix and the component inventory. Table headers repeat on every page, rows never split,
/// every page has "Page X of Y" with the design's title and revision.
///
/// Pure: takes data and settings, returns bytes or paints a device. Needs a QGuiApplication
/// (fonts).
class FirewallRequest
{
public:
    static ReportResult pdf(const core::Design &design, const core::FlowSet &flows,
                            const core::CatalogSet &catalogs, const ReportOptions &options);
    /// The same request painted on a paged device (a QPrinter, the print preview) with the
    /// device's page size, orientation and resolution: `options.paper` and
    /// `options.landscape` are not used. Begins and ends its own QPainter on `device`, from
    /// the sheet's corner whatever the device's margins.
    static ReportResult paint(QPagedPaintDevice *device, const core::Design &design,
                              const core::FlowSet &flows, const core::CatalogSet &catalogs,
                              const ReportOptions &options);
};

} // namespace portolan::render
