#pragma once

#include "beyond/diff.h"

#include <QGraphicsObject>
#include <QHash>
#include <QObject>
#include <QPainterPath>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace portolan::gui {

class DesignScene;

/// One mark of a revision comparison on the canvas. Marks of what exists in the current
/// design (added or changed nodes and flows) outline the live item and follow it; marks of
/// what was removed are ghosts drawn where the older revision had them. A QGraphicsObject so
/// that the overlay notices when a scene deletes it (DesignScene::rebuild, scene deletion).
class DiffMarkItem : public QGraphicsObject
{
public:
    enum { Type = UserType + 40 };
    enum class Kind { NodeAdded, NodeRemoved, NodeChanged, FlowAdded, FlowRemoved, FlowChanged };

    /// `ref`: the node id, or the flow key (DesignScene::flowKey) in its own revision.
    DiffMarkItem(Kind kind, const QString &ref);
    int type() const override { return Type; }
    Kind kind() const { return m_kind; }
    QString ref() const { return m_ref; }
    bool isNode() const { return int(m_kind) <= int(Kind::NodeChanged); }
    bool isGhost() const { return m_kind == Kind::NodeRemoved || m_kind == Kind::FlowRemoved; }

    /// The tag drawn next to the mark ("Added", "Changed: zone", "TCP 6699").
    QString label() const { return m_label; }
    void setLabel(const QString &label);
    /// Ghost node: the name drawn inside the card.
    void setTitle(const QString &title);
    /// Flow marks: the outline of the live flow item (added, changed) or the line of a
    /// removed flow, in scene coordinates. Returns false when nothing changed.
    bool setPath(const QPainterPath &path);
    QPainterPath path() const { return m_path; }

    /// Whether what the mark stands for is shown now (flow filters hide flows without a
    /// signal): asked when painting, so a mark disappears with its flow.
    void setShownTest(std::function<bool()> shown) { m_shown = std::move(shown); }
    bool shown() const { return !m_shown || m_shown(); }

    static QColor color(Kind kind);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;

private:
    QRectF cardRect() const;
    QRectF tagRect() const;

    Kind m_kind;
    QString m_ref;
    QString m_label;
    QString m_title;
    QPainterPath m_path;
    std::function<bool()> m_shown;
};

/// Draws a beyond::DesignDiff over a DesignScene at a high z-value: added nodes and flows
/// highlighted in green, changed ones in amber, removed ones as red ghosts at the older
/// revision's positions. Follows moves (also during a drag in `view`), filters and deletions
/// of the live items; show() again after each edit.
class DiffOverlay : public QObject
{
    Q_OBJECT

public:
    DiffOverlay(DesignScene *scene, QWidget *view, QObject *parent = nullptr);
    ~DiffOverlay() override;

    /// Replaces the marks. `newer` must be the scene's current design and flows.
    void show(const beyond::Revision &older, const beyond::Revision &newer,
              const beyond::DesignDiff &diff);
    void clear();

    /// The marks on the canvas now.
    QList<DiffMarkItem *> items() const;
    int count(DiffMarkItem::Kind kind) const;
    /// Puts every mark where its item is now.
    void sync();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct GhostFlow
    {
        QString source, target; ///< node ids
        QPointF oldSource, oldTarget;
        bool local = false, crossing = false;
        QString product;
    };
    DiffMarkItem *add(DiffMarkItem::Kind kind, const QString &ref);
    QPointF nodeCentre(const QString &id, const QPointF &fallback) const;

    QPointer<DesignScene> m_scene;
    QList<QPointer<DiffMarkItem>> m_items;
    bool ghostShown(const GhostFlow &g) const;

    QHash<DiffMarkItem *, GhostFlow> m_ghostFlows;
    QTimer m_dragSync;
};

} // namespace portolan::gui
