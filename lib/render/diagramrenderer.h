#pragma once

#include "diagramgeometry.h"

#include "catalog/catalogset.h"
#include "engine/flow.h"
#include "model/design.h"

#include <QFontMetricsF>
#include <QRectF>

class QPainter;

namespace portolan::render {

/// What a diagram shows.
struct DiagramOptions
{
    core::Language lang = core::Language::English; ///< component type names
    bool portLabels = true; ///< "TCP 6699" on each arrow
    bool showLocalFlows = false; ///< same-host flows (never on a firewall request)
    bool crossingOnly = false; ///< only flows that cross a firewall
    bool showLinks = true;
    QRectF area; ///< part of the scene to draw (scene units); empty: the whole design
};

/// Draws a design with QPainter onto any paint device (PDF, SVG, image, printer).
///
/// Zones are rectangles (firewalled: thick solid dark red with the firewall's name on a
/// tag; otherwise thin dashed grey), nested inside their parents; nodes are rounded cards
/// with a category glyph, the component type, the name and host/address; links are dotted
/// grey; flows are arrows from initiator to listener, those crossing a firewall strong
/// orange-red with a marker where they cross a firewalled boundary, others muted blue.
/// Flows between the same two nodes share one arrow whose label lists their ports.
class DiagramRenderer
{
public:
    DiagramRenderer(const core::Design &design, const core::FlowSet &flows,
                    const core::CatalogSet &catalogs, const DiagramOptions &options = {});

    const DiagramGeometry &geometry() const { return m_geo; }
    /// The scene rectangle drawn: options.area or the whole design.
    QRectF sceneRect() const;
    /// Paints sceneRect() scaled uniformly and centred into `target` (painter coordinates).
    void paint(QPainter *painter, const QRectF &target) const;
    /// Paints a one-line legend of the symbols into `target`; returns the height used.
    static qreal paintLegend(QPainter *painter, const QRectF &target, qreal fontPixels,
                             core::Language lang);

private:
    struct Edge
    {
        int source = -1;
        int target = -1;
        bool crossing = false;
        std::map<core::Protocol, core::PortSet> ports;
        bool reversed = false; ///< the opposite direction has an arrow too
    };

    void paintZones(QPainter *p) const;
    void paintZoneTitles(QPainter *p) const;
    struct ZoneLabel
    {
        QString title;
        QRectF titleRect; ///< backing patch of the title
        QString tag; ///< firewall name, empty when not firewalled
        QRectF tagRect;
    };
    ZoneLabel zoneLabel(size_t zone, const QFontMetricsF &title, const QFontMetricsF &tag) const;
    std::vector<size_t> zonesByDepth() const;
    void paintLinks(QPainter *p) const;
    void paintEdges(QPainter *p, bool labels) const;
    void paintNodes(QPainter *p) const;
    void paintNode(QPainter *p, size_t index) const;

    const core::Design &m_design;
    const core::CatalogSet &m_catalogs;
    DiagramOptions m_options;
    DiagramGeometry m_geo;
    std::vector<Edge> m_edges;
};

} // namespace portolan::render
