#pragma once

#include <QGraphicsView>

#include <memory>

class QMimeData;
class QTimer;

namespace portolan::gui {

class DesignScene;
class Document;
class TextWarmup;
class Tool;

/// The canvas: dispatches mouse events to the active tool, zooms with Ctrl+wheel, pans with
/// the middle button or Space+drag, accepts palette drops and dropped design files.
class CanvasView : public QGraphicsView
{
    Q_OBJECT

public:
    enum class ToolKind { Select, Zone, Link };
    static constexpr const char *kComponentMimeType = "application/x-portolan-component";

    explicit CanvasView(DesignScene *scene, QWidget *parent = nullptr);
    ~CanvasView() override;

    DesignScene *designScene() const { return m_scene; }
    Document *document() const;

    void setTool(ToolKind kind);
    ToolKind tool() const { return m_toolKind; }

    /// True while the view paints draft frames: from a pan, zoom, drag or edit until it has
    /// been still for kSettleMs (then it repaints once at full quality).
    bool inMotion() const { return m_inMotion; }
    static constexpr int kSettleMs = 150;
    /// How long the last full-quality paint of most of the canvas took (0 before one). An
    /// edit starts draft frames only when that was more than the threshold (by default
    /// kDraftEditMs): a small design redraws at full quality at once, without its lines
    /// sharpening a moment after every keystroke in the inspector.
    double fullFrameMs() const { return m_fullFrameMs; }
    static constexpr double kDraftEditMs = 8;
    void setDraftEditThreshold(double ms) { m_draftEditMs = ms; }

    /// Shapes the cards' texts in idle time after the design changes wholesale.
    TextWarmup *textWarmup() const { return m_warmup; }

    qreal zoom() const;
    void zoomBy(qreal factor);
    void resetZoom();
    void fitToView();

signals:
    void toolChanged(portolan::gui::CanvasView::ToolKind kind);
    void openFileRequested(const QString &fileName);
    void viewportChanged();

protected:
    void mousePressEvent(QMouseEvent *e) override;
    void mouseMoveEvent(QMouseEvent *e) override;
    void mouseReleaseEvent(QMouseEvent *e) override;
    void mouseDoubleClickEvent(QMouseEvent *e) override;
    void wheelEvent(QWheelEvent *e) override;
    void keyPressEvent(QKeyEvent *e) override;
    void keyReleaseEvent(QKeyEvent *e) override;
    void dragEnterEvent(QDragEnterEvent *e) override;
    void dragMoveEvent(QDragMoveEvent *e) override;
    void dropEvent(QDropEvent *e) override;
    void scrollContentsBy(int dx, int dy) override;
    void resizeEvent(QResizeEvent *e) override;
    void changeEvent(QEvent *e) override;
    void paintEvent(QPaintEvent *e) override;

private:
    bool acceptsDrop(const QMimeData *mime) const;
    void beginMotion();
    void settle();
    void updateCursor();

    DesignScene *m_scene;
    TextWarmup *m_warmup;
    std::unique_ptr<Tool> m_tool;
    ToolKind m_toolKind = ToolKind::Select;
    bool m_spaceDown = false;
    bool m_panning = false;
    QPoint m_panStart;
    bool m_inMotion = false;
    QTimer *m_settleTimer;
    double m_fullFrameMs = 0;
    double m_draftEditMs = kDraftEditMs;
};

} // namespace portolan::gui
