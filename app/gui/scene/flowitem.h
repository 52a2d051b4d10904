#pragma once

#include "lod.h"
#include "shapedtext.h"

#include "engine/flow.h"

#include <QGraphicsItem>
#include <QPainterPath>

#include <vector>

namespace portolan::gui {

/// A derived flow drawn as an arrow from initiator to listener. Crossing flows are strong
/// orange-red with a marker where they pass a firewalled boundary; others are muted blue.
/// Identity is the key (source, target, protocol, rule), stable across re-derivation.
class FlowItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 4 };
    /// Stacking: above links, below nodes; crossing flows above the others.
    static constexpr qreal kZ = 6;
    static constexpr qreal kCrossingZ = 7;

    struct Data
    {
        bool crossing = false; // (first: read with the geometry by the line layer)
        bool local = false;
        QString source;
        QString target;
        QString label;   ///< "TCP 9998"
        QString tooltip; ///< rich text
        QString product;
    };

    explicit FlowItem(const QString &key);
    int type() const override { return Type; }
    QString key() const { return m_key; }
    const Data &data() const { return m_data; }

    void setData(const Data &data);
    /// Endpoints as node rectangles in scene coordinates; `bend` separates parallel flows;
    /// `firewallRects` are the firewalled zones with exactly one end inside.
    void setGeometry(const QRectF &from, const QRectF &to, qreal bend,
                     const std::vector<QRectF> &firewallRects);
    void setHighlighted(bool on);
    void setDimmed(bool on);
    void setShowLabel(bool on);
    void setLabelScale(qreal scale);

    const QPainterPath &path() const { return m_path; }
    bool showsLabel() const { return m_showLabel; }
    bool isHighlighted() const { return m_highlighted; }
    bool isDimmed() const { return m_dimmed; }

    /// How the flow is stroked in its current state (shared by paint() and the scene's
    /// zoomed-out drawing).
    struct Style
    {
        QColor color;
        qreal width = 1;
        bool dashed = false;
    };
    Style style(bool selected) const;
    /// The arrow head at the listener for a line `width` wide.
    QPolygonF arrowHead(qreal width) const;
    /// Where the flow passes a firewalled boundary.
    const std::vector<QPointF> &firewallMarkers() const { return m_markers; }
    /// The brick drawn at a firewall marker.
    static QRectF markerRect(const QPointF &m) { return QRectF(m.x() - 6, m.y() - 5, 12, 10); }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    /// In draft frames and zoomed out, a flow in a DesignScene draws only its port label:
    /// the scene draws all lines at once (DesignScene::drawsLines).
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    friend class DesignScene;
    void updateBounds();
    void paintLabel(QPainter *p, const QColor &color, bool selected, bool draftFrame) const;
    /// The parts of the curve that meet `rect`, as pieces of the same curve.
    QPainterPath visiblePart(const QRectF &rect, qreal lod) const;

    // What the scene's line layer reads for every flow in every zoomed-out or draft frame
    // (DesignScene::paintLines) first, together: visibility and selection are mirrored
    // here (itemChange) because QGraphicsItem keeps them in a separate allocation, whose
    // cache miss per item was a third of an overview's rendering on 10,000 nodes.
    QRectF m_bounds;
    QPointF m_start, m_control; ///< the curve: m_start, m_control, m_tip
    QPointF m_tip;
    lod::ItemState m_state;
    bool m_highlighted = false;
    bool m_dimmed = false;
    Data m_data;
    QString m_key;
    QPainterPath m_path;
    mutable QPainterPath m_shape; ///< made when first asked for
    mutable ShapedText m_labelText; ///< shaped when first drawn
    mutable QFont m_labelFont;
    mutable qreal m_labelHeight = 0;
    QRectF m_labelRect;
    QPointF m_tipDir, m_labelPos;
    std::vector<QPointF> m_markers;
    bool m_showLabel = true;
    qreal m_labelScale = 1.0;

    // The scene's incremental update (DesignScene::updateFlows): the flow as last derived
    // (node indices aside), its place in the document's order, the update that last saw it,
    // its bundle (the unordered node pair) and its offset within the bundle.
    core::Flow m_flow;
    int m_order = 0;
    quint64 m_seen = 0;
    QString m_pair;
    qreal m_bend = 0;
};

} // namespace portolan::gui
