#pragma once

#include "tilegrid.h"

#include "engine/flow.h"

#include <QGraphicsScene>
#include <QHash>
#include <QGraphicsObject>
#include <QIcon>
#include <QPointer>
#include <QSet>
#include <QTransform>

#include <memory>

namespace portolan::core {
struct Design;
}

namespace portolan::gui {

class Document;
class FlowItem;
class LineRaster;
class LinkItem;
class NodeItem;
class ZoneItem;

/// What flows the canvas shows; the scene applies it, the document never sees it.
struct FlowFilter
{
    bool showLocal = false;
    bool crossingOnly = false;
    bool portLabels = true;
    QString product; ///< empty: every product
    QString zone;    ///< empty: every zone; else flows touching this zone or zones below it
};

/// Mirrors the document: creates, updates and removes items from its signals. It never
/// owns data and never computes flows.
///
/// After an edit only what changed is touched (docs/performance.md, "Canvas (GUI)"): flow
/// items are kept by flow identity and compared with the new flows, geometry, filter and
/// highlights are redone for the flows of the nodes and bundles concerned, and flow
/// tooltips are written when first shown. tst_sceneupdate checks the result against a
/// scene built from scratch.
class DesignScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit DesignScene(Document *doc, QObject *parent = nullptr);
    ~DesignScene() override;

    Document *document() const { return m_doc; }

    /// "source|target|protocol|rule": the identity of a flow item.
    static QString flowKey(const core::Flow &flow, const core::Design &design);

    NodeItem *nodeItem(const QString &id) const { return m_nodes.value(id); }
    QList<NodeItem *> nodeItems() const { return m_nodes.values(); }
    ZoneItem *zoneItem(const QString &id) const { return m_zones.value(id); }
    FlowItem *flowItem(const QString &key) const { return m_flows.value(key); }
    QList<FlowItem *> flowItems() const { return m_flows.values(); }
    LinkItem *linkItem(const QString &from, const QString &to) const;
    int linkItemCount() const { return int(m_links.size()); }

    QStringList selectedNodes() const;
    QStringList selectedZones() const;
    QList<QPair<QString, QString>> selectedLinks() const;
    QStringList selectedFlowKeys() const;
    void selectOnly(const QStringList &nodes, const QStringList &zones,
                    const QStringList &flowKeys = {});

    const FlowFilter &flowFilter() const { return m_filter; }
    void setFlowFilter(const FlowFilter &filter);
    void setPresentation(bool on);
    bool presentation() const { return m_presentation; }

    /// Puts items back where the model says (after a cancelled drag).
    void resetGeometry();
    /// Updates links and flows attached to a node that is being dragged.
    void nodeMoved(const QString &id);
    /// Refreshes every text the items show (after a language switch).
    void retranslate();
    /// The rich-text tooltip of a flow item, from the document as it is now.
    QString flowToolTip(const FlowItem *item) const;

    void setSnapToGrid(bool on) { m_snap = on; }
    bool snapToGrid() const { return m_snap; }

    /// For link, flow and (zoomed out) node items: whether the scene draws their lines and
    /// cards in this frame, all at once into an image (designscenelod.cpp). The first item
    /// to ask draws that picture; items then leave those parts out. Only on raster devices
    /// (the canvas, the overview) in draft frames and below lod::kDetail, and only while
    /// the scene itself is being drawn: printers and items painted on their own get the
    /// items' vector drawing.
    bool drawsLines(QPainter *painter);

    /// How many flow updates used only the engine's delta (no flow came or went), for
    /// tests and benchmarks.
    int quickFlowUpdates() const { return m_quickFlowUpdates; }

    /// Draws the design scaled from `source` (scene) into `target` (painter), keeping its
    /// aspect ratio, as QGraphicsScene::render() does (the overview, designscenelod.cpp).
    /// Zoomed out on a raster device it paints the zones and overlay items itself and the
    /// rest as the line layer, instead of visiting every item.
    void renderOverview(QPainter *painter, const QRectF &target, const QRectF &source);
    /// Adds an item that is not part of the design (a comparison mark); the overview
    /// draws it on top of the design.
    void addOverlayItem(QGraphicsObject *item);
    /// What the overview shows: zones, cards and overlay items (flows run between cards),
    /// without asking every item for its bounds as itemsBoundingRect() does.
    QRectF overviewBounds();
    /// The selectable items of the design whose shape lies inside `rect` (the canvas's
    /// rubber band): QGraphicsScene::items(rect, Qt::ContainsItemShape) leaves out the
    /// items of tiles that `rect` does not contain whole (TileItem).
    QList<QGraphicsItem *> itemsInside(const QRectF &rect) const;
    /// The bounds of every item of the design and every overlay item as they are now
    /// (fit to view): itemsBoundingRect() counts the tiles' loose bounds.
    QRectF contentBounds() const;
    /// Grows the scene rectangle (the scroll bars' range) to everything the design's items
    /// have covered since it was opened, and `extra` (overlay items): as Qt's own growing
    /// rectangle, without the tiles' loose bounds. Called after edits, for dragged nodes
    /// and by the comparison overlay; drag previews (a zone dragged or resized, the tools'
    /// rubber lines) count once committed.
    void growSceneRect(const QRectF &extra = QRectF());

signals:
    /// The user renamed a zone in place.
    void zoneRenameRequested(const QString &id, const QString &name);
    /// The document's content on the canvas changed (after each edit, not during drags).
    void contentChanged();
    /// Every card's texts are to be shaped again: a new design, language or label size
    /// (CanvasView shapes them in idle time, see TextWarmup).
    void cardTextsStale();

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    /// Ends the frame drawsLines() belongs to.
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void helpEvent(QGraphicsSceneHelpEvent *event) override;

private:
    void rebuild();
    void addZone(const QString &id);
    void updateZone(const QString &id);
    void removeZone(const QString &id);
    void addNode(const QString &id);
    void updateNode(const QString &id);
    void removeNode(const QString &id);
    void addLink(const QString &from, const QString &to);
    void removeLink(const QString &from, const QString &to);
    void updateLinkGeometry(LinkItem *item);
    /// Everything flows show, computed again (filter, presentation, language).
    void refreshAllFlows();
    void updateFlows();
    void updateFlowGeometry(FlowItem *item);
    void updateBundle(const QString &pair, QSet<FlowItem *> *moved);
    void removeFlowItem(FlowItem *item);
    QColor hostColorOf(const QString &host) const;
    void setNodeHost(const QString &id, const QString &host);
    void updateZOrder();
    void applyFilter(FlowItem *item, const QSet<QString> &zoneNodes);
    QSet<QString> filterZoneNodes() const;
    void updateHighlights();
    const QIcon &icon(const QString &type);
    /// Starts a frame: what drawsLines() will draw, and whether it will (designscenelod.cpp).
    void beginLineFrame(QPainter *painter, const QRectF &rect);
    void paintLines(QPainter *painter);
    /// Visible zones and overlay items (for overviewBounds() and contentBounds()).
    QRectF zonesAndOverlaysBounds() const;

    /// Identity of a flow item without building its text key.
    struct FlowId
    {
        QString source, target, rule, manualPorts;
        int protocol = 0;
        bool operator==(const FlowId &o) const
        {
            return protocol == o.protocol && source == o.source && target == o.target
                   && rule == o.rule && manualPorts == o.manualPorts;
        }
        friend size_t qHash(const FlowId &id, size_t seed = 0)
        {
            return qHashMulti(seed, id.source, id.target, id.rule, id.protocol);
        }
        /// A flow's identity; a manual flow's ports are part of it.
        static FlowId of(const core::Flow &f, const QString &source, const QString &target)
        {
            return FlowId{source, target, f.ruleId, f.rule ? QString() : f.ports.toString(),
                          int(f.protocol)};
        }
    };

    Document *m_doc;
    QHash<QString, ZoneItem *> m_zones;
    QHash<QString, NodeItem *> m_nodes;
    QHash<QString, LinkItem *> m_links; ///< key "from|to"
    QHash<QString, FlowItem *> m_flows;
    QHash<FlowId, FlowItem *> m_flowIds;
    QHash<QString, QSet<FlowItem *>> m_nodeFlows;  ///< node id -> flows from or to it
    QHash<QString, QSet<LinkItem *>> m_nodeLinks;  ///< node id -> its links
    QHash<QString, QList<FlowItem *>> m_bundles;   ///< "a|b" (a < b) -> flows between a and b
    QHash<QString, QSet<QString>> m_hostNodes;     ///< host -> nodes on it
    QHash<QString, QString> m_nodeHost;            ///< node id -> host as shown
    QHash<QString, QIcon> m_icons;                 ///< component type -> icon
    QSet<FlowItem *> m_litFlows;                   ///< highlighted flows
    QSet<QString> m_litNodes;                      ///< highlighted nodes
    QSet<QString> m_dirtyNodes; ///< nodes changed since the last flow update
    bool m_zonesDirty = false;  ///< zones changed since the last flow update
    bool m_refreshAll = true;   ///< the next flow update redoes every flow item
    quint64 m_flowPass = 0;
    quint64 m_flowGeneration = 0; ///< the document's flowGeneration() last shown
    int m_quickFlowUpdates = 0;
    /// The item of each position in the document's flows (null where an earlier flow has
    /// the same identity), as of the last full pass; valid while no flow comes or goes.
    std::vector<FlowItem *> m_byPosition;
    /// The frame being drawn, for drawsLines().
    struct LineFrame
    {
        bool active = false;  ///< between drawBackground() and drawForeground()
        bool pending = false; ///< the lines are still to be drawn in this frame
        QRectF rect;          ///< exposed, in scene coordinates
        QTransform toDevice;  ///< scene to device pixels
        qreal lod = 1;
    } m_lineFrame;
    TileGrid m_tiles{this};
    QRectF m_zoneExtent;    ///< every zone's bounds since the design was opened
    QRectF m_overlayExtent; ///< growSceneRect()'s extras since the design was opened
    std::unique_ptr<LineRaster> m_raster;
    std::vector<const void *> m_walkScratch;         ///< paintLines(): the items to walk
    QList<QPointer<QGraphicsObject>> m_overlays; ///< addOverlayItem(), pruned as they go
    FlowFilter m_filter;
    bool m_presentation = false;
    bool m_snap = true;
};

} // namespace portolan::gui
