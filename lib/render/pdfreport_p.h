#pragma once

// The PDF request's internals, shared by pdfreport.cpp (page furniture, cover, contents,
// diagram) and pdfsections.cpp (the tables). Not installed, not used outside lib/render.

#include "diagramrenderer.h"
#include "pagelayout.h"
#include "pdfreport.h"

#include "engine/messages.h"
#include "export/portmatrix.h"

#include <functional>
#include <memory>

class QPdfWriter;

namespace portolan::render::detail {

using Cell = Table::Cell;

/// The columns of a firewall's table of flows (the request and the delta request):
/// flow, source, target, protocol, ports, service, purpose, then `extra` (e.g. a reason),
/// then the vendor reference.
std::vector<Table::Column> firewallColumns(core::Language lang,
                                           const std::vector<Table::Column> &extra = {});
/// A PDF writer for a request: 1200 dpi, the paper and orientation of `options`, no margins
/// (the page furniture draws its own), `title` and Portolan as the creator.
void setUpPdfWriter(QPdfWriter *writer, const ReportOptions &options, const QString &title);

inline const QColor kInk(0x1c, 0x28, 0x33);
inline const QColor kMuted(0x5d, 0x6d, 0x7e);
inline const QColor kAccent(0x92, 0x2b, 0x21);
inline const QColor kError(0xb0, 0x3a, 0x2e);
inline const QColor kWarning(0x9a, 0x62, 0x0a);
inline const QColor kNote(0x2e, 0x6d, 0xa4);
inline const QColor kRule(0xcf, 0xd6, 0xdd);

/// Builds the request as a list of blocks, then runs them in two passes over a PageFlow.
class Report
{
public:
    Report(const core::Design &design, const core::FlowSet &flows, const core::CatalogSet &cats,
           const ReportOptions &options, QPdfWriter *writer);

    void build();
    void run(QPainter *painter);
    int pages() const { return m_flow.pageCount(); }

private:
    using Block = std::function<void(PageFlow &)>;

    QString msg(const char *source) const { return core::Messages::text(source, m_lang); }
    QString zoneName(const QString &id) const;
    static Cell muted(const QString &text) { return Cell::fine(text, kMuted); }
    QStringList zonesBehind(const QString &firewall) const;

    void pageBreak();
    void heading(int level, const QString &text, const QString &anchor);
    void paragraph(const QString &text, const TextStyle &style);
    void table(const std::shared_ptr<Table> &t, qreal width = 0);
    /// "[3]": the number of a vendor reference, numbered in order of first use.
    QString referenceKey(const QString &reference);
    /// The references with the given keys, listed under a table ("[3] file § section").
    void referenceList(const QStringList &keys);

    void addCover();
    void addContents();
    void addDiagram();
    void addFirewalls();
    void addDiagnostics();
    void addAllFlows();
    void addZoneMatrix();
    void addInventory();

    const core::Design &m_design;
    const core::FlowSet &m_flows;
    const core::CatalogSet &m_cats;
    const ReportOptions m_options;
    const core::Language m_lang;
    core::PortMatrix m_request; // crossing only, grouped by firewall
    PageFlow m_flow;
    TextStyle m_title, m_h1, m_h2, m_text, m_label, m_cell, m_cellBold, m_note, m_kicker;
    std::vector<Block> m_blocks;
    QStringList m_references; ///< [n] is m_references[n - 1]
    struct Entry
    {
        int level;
        QString text;
        QString anchor;
    };
    std::vector<Entry> m_contents;
    std::unique_ptr<DiagramRenderer> m_diagram;
};

} // namespace portolan::render::detail
