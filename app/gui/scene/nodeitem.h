#pragma once

#include "lod.h"
#include "shapedtext.h"

#include <QCoreApplication>
#include <QFont>
#include <QGraphicsItem>
#include <QIcon>

namespace portolan::gui {

/// A placed component: category icon, type name, name and host/address. `pos` is the
/// centre. Nodes that share a host get the host's colour as outline and badge.
class NodeItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(NodeItem)

public:
    enum { Type = UserType + 2 };
    static constexpr qreal kZ = 10; ///< above links and flows

    struct Data
    {
        QString name;
        QString typeName;
        QString host;
        QString address;
        QIcon icon;
        QColor hostColor; ///< invalid unless the host is shared with another node
    };

    explicit NodeItem(const QString &id);
    int type() const override { return Type; }
    QString id() const { return m_id; }

    const Data &data() const { return m_data; }
    void setData(const Data &data);
    /// Only the shared-host colour (when another node starts or stops sharing the host).
    void setHostColor(const QColor &color);
    void setHighlighted(bool on);
    bool isHighlighted() const { return m_highlighted; }
    void setLabelScale(qreal scale);
    /// Called whenever the item moves, so that links and flows can follow during a drag.
    void setMovedCallback(std::function<void(const QString &)> fn) { m_moved = std::move(fn); }

    /// Wraps, elides and shapes the card's texts for `base` now (the font the view paints
    /// with), so that the first frame that shows the card in detail need not.
    void prepareTexts(const QFont &base) const { texts(base); }
    /// Whether the texts are shaped for `base` (then painting shapes nothing).
    bool hasTextsFor(const QFont &base) const { return m_texts.valid && m_texts.base == base; }
    /// How many times any card has shaped its texts (for tests).
    static int textsShaped() { return s_textsShaped; }

    QRectF nodeRect() const { return cardRect(); }
    /// The card, around the item's origin (the same for every node).
    static QRectF cardRect();
    /// The card's outline in its current state: shared host, highlight, selection.
    QPen outline(bool selected) const;
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    /// Zoomed out (below lod::kDetail) a node in a DesignScene draws nothing itself: the
    /// scene draws all cards at once (DesignScene::drawsLines).
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    friend class DesignScene;
    /// The outline's colour in its current state (outline()).
    QRgb outlineColor(bool selected) const;

    // What the scene's line layer reads zoomed out for every card (DesignScene::paintLines),
    // mirrored from QGraphicsItem's separate allocation (itemChange), first and together.
    QPointF m_at;
    QRgb m_hostRgb = 0; ///< m_data.hostColor, 0 when invalid
    lod::ItemState m_state;
    bool m_highlighted = false;

    /// The card's texts, wrapped, elided and shaped once (ShapedText), until the data, the
    /// label scale or the font changes.
    struct Texts
    {
        bool valid = false;
        QFont base, small, bold, badgeFont;
        qreal smallHeight = 0, boldHeight = 0, badgeHeight = 0, badgeWidth = 0;
        ShapedText type, where, badge;
        ShapedText name[2];
        int nameLines = 0;
    };
    const Texts &texts(const QFont &base) const;
    /// The card's shadow, face and outline.
    void paintCard(QPainter *p, const QPen &pen) const;

    QString m_id;
    Data m_data;
    mutable Texts m_texts;
    static inline int s_textsShaped = 0; ///< GUI thread only
    qreal m_labelScale = 1.0;
    std::function<void(const QString &)> m_moved;
};

} // namespace portolan::gui
