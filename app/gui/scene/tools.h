#pragma once

#include "zoneitem.h"

#include <QHash>
#include <QPointF>
#include <QSet>

#include <memory>

class QGraphicsLineItem;
class QGraphicsRectItem;
class QMouseEvent;
class QRubberBand;

namespace portolan::gui {

class CanvasView;
class DesignScene;
class Document;
class NodeItem;

/// A canvas tool: gets the view's mouse events first; returns false to let the view handle
/// them (item editors).
class Tool
{
public:
    explicit Tool(CanvasView *view) : m_view(view) {}
    virtual ~Tool() = default;
    virtual bool mousePress(QMouseEvent *e) = 0;
    virtual bool mouseMove(QMouseEvent *e) = 0;
    virtual bool mouseRelease(QMouseEvent *e) = 0;
    virtual bool mouseDoubleClick(QMouseEvent *) { return false; }
    virtual void cancel() {}
    virtual Qt::CursorShape cursor() const { return Qt::ArrowCursor; }

protected:
    DesignScene *scene() const;
    Document *doc() const;
    QPointF scenePos(QMouseEvent *e) const;
    NodeItem *nodeAt(const QPointF &scenePos) const;

    CanvasView *m_view;
};

/// Select, move (nodes, zones with their contents), resize zones, rename zones in place;
/// a drag from an empty spot selects what the band holds (with Ctrl or Shift, in addition
/// to what was selected).
class SelectTool : public Tool
{
public:
    explicit SelectTool(CanvasView *view);
    ~SelectTool() override;
    bool mousePress(QMouseEvent *e) override;
    bool mouseMove(QMouseEvent *e) override;
    bool mouseRelease(QMouseEvent *e) override;
    bool mouseDoubleClick(QMouseEvent *e) override;
    void cancel() override;

private:
    enum class Mode { Idle, Moving, Resizing, Band };
    void beginBand(const QPoint &at, bool additive);
    void dragBand(const QPoint &to);
    void endBand();

    Mode m_mode = Mode::Idle;
    QPoint m_bandOrigin; ///< viewport coordinates
    std::unique_ptr<QRubberBand> m_band;
    QSet<QGraphicsItem *> m_bandBase; ///< selected before an extending band (compared only)
    QPointF m_start;
    QPointF m_delta;
    QHash<QGraphicsItem *, QPointF> m_origin;
    QString m_zone;
    ZoneItem::Handle m_handle = ZoneItem::NoHandle;
    QRectF m_originalRect;
    QRectF m_newRect;
};

/// Drag a rectangle to create a zone.
class ZoneTool : public Tool
{
public:
    using Tool::Tool;
    ~ZoneTool() override;
    bool mousePress(QMouseEvent *e) override;
    bool mouseMove(QMouseEvent *e) override;
    bool mouseRelease(QMouseEvent *e) override;
    void cancel() override;
    Qt::CursorShape cursor() const override { return Qt::CrossCursor; }

private:
    QPointF m_start;
    QGraphicsRectItem *m_preview = nullptr;
};

/// Drag from a node to another node to link them.
class LinkTool : public Tool
{
public:
    using Tool::Tool;
    ~LinkTool() override;
    bool mousePress(QMouseEvent *e) override;
    bool mouseMove(QMouseEvent *e) override;
    bool mouseRelease(QMouseEvent *e) override;
    void cancel() override;
    Qt::CursorShape cursor() const override { return Qt::PointingHandCursor; }

private:
    QString m_from;
    QGraphicsLineItem *m_preview = nullptr;
};

} // namespace portolan::gui
