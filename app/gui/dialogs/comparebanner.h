#pragma once

#include <QFrame>
#include <QPointer>

class QAbstractScrollArea;
class QAction;
class QLabel;
class QToolButton;

namespace portolan::gui {

class CompareSession;

/// The bar over the top of the canvas while a comparison is shown: what is compared, the
/// legend with the counts in the colours of the canvas marks, and the comparison's actions.
class CompareBanner : public QFrame
{
    Q_OBJECT

public:
    CompareBanner(CompareSession *session, QAbstractScrollArea *canvas, QAction *delta,
                  QAction *clear);

    /// The legend as plain text ("Nodes: 1 added, 1 removed, 2 changed · ...").
    QString summary() const { return m_summary; }
    void retranslate();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update();
    void place();

    CompareSession *m_session;
    /// The canvas's viewport, kept apart from the canvas: its events can still arrive while
    /// the canvas is being destroyed, when calling into the canvas is undefined behaviour.
    QPointer<QWidget> m_viewport;
    QLabel *m_text;
    QLabel *m_legend;
    QToolButton *m_delta;
    QToolButton *m_clear;
    QString m_summary;
};

} // namespace portolan::gui
