#pragma once

#include "engine/flow.h"

#include <QGraphicsScene>
#include <QHash>
#include <QSet>

namespace portolan::core {
struct Design;
}

namespace portolan::gui {

class Document;
class FlowItem;
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

    void setSnapToGrid(bool on) { m_snap = on; }
    bool snapToGrid() const { return m_snap; }

signals:
    /// The user renamed a zone in place.
    void zoneRenameRequested(const QString &id, const QString &name);

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;

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
    void updateFlows();
    void updateFlowGeometry(FlowItem *item);
    void updateHostColors();
    void updateZOrder();
    void applyFilter();
    void updateHighlights();

    Document *m_doc;
    QHash<QString, ZoneItem *> m_zones;
    QHash<QString, NodeItem *> m_nodes;
    QHash<QString, LinkItem *> m_links; ///< key "from|to"
    QHash<QString, FlowItem *> m_flows;
    QHash<QString, qreal> m_bends; ///< flow key -> offset from the straight line
    FlowFilter m_filter;
    bool m_presentation = false;
    bool m_snap = true;
};

} // namespace portolan::gui
