#pragma once

#include <QObject>
#include <QStringList>
#include <QTimer>

namespace portolan::gui {

class CanvasView;

/// Wraps, elides and shapes the cards' texts in idle time, nearest the view's centre first,
/// once a design is opened or the labels change language or size. Zoomed out a card draws
/// no text, so the first frame in detail used to shape every card on screen: 10-14 ms of
/// that frame's 37-48 ms on 2,000 nodes (docs/performance.md, "Ninth round").
///
/// The work is done in slices of at most kSliceMs on the GUI thread, so input and painting
/// wait at most one slice; it starts kStartDelayMs after the canvas's next frame, so that a
/// newly opened design is on screen before any of it runs.
class TextWarmup : public QObject
{
    Q_OBJECT

public:
    explicit TextWarmup(CanvasView *view);

    static constexpr int kSliceMs = 4;
    static constexpr int kStartDelayMs = 250;

    /// Starts again with every card (those shaped for the view's font are skipped quickly).
    /// Does nothing while disabled.
    void restart();
    /// Off: restart() does nothing (benchmarks compare with and without).
    void setEnabled(bool on);
    /// The time one slice may take; 0: one card per slice (for tests).
    void setSliceMs(int ms) { m_sliceMs = ms; }
    /// Stops until the next restart().
    void cancel();
    bool isRunning() const { return m_armed || m_timer.isActive(); }
    /// Cards left to shape.
    int pending() const { return int(m_pending.size()); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void begin();
    void slice();

    CanvasView *m_view;
    QStringList m_pending; ///< node ids, the nearest to the centre last
    QTimer m_timer;
    bool m_armed = false; ///< waiting for the canvas's next frame
    bool m_started = false;
    bool m_enabled = true;
    int m_sliceMs = kSliceMs;
};

} // namespace portolan::gui
