#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QTableView;

namespace portolan::gui {

class DesignScene;
class Document;
class ZoneMatrixModel;

/// The "Zone to Zone" tab: the zone-to-zone matrix with a "firewall crossings only" switch.
/// Selecting cells selects the flows behind them and their nodes on the canvas.
class ZoneMatrixPanel : public QWidget
{
    Q_OBJECT

public:
    ZoneMatrixPanel(Document *doc, DesignScene *scene, QWidget *parent = nullptr);

    ZoneMatrixModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QCheckBox *crossingOnlyBox() const { return m_crossing; }

protected:
    void changeEvent(QEvent *e) override;
    /// The model follows the design only while this tab is on screen.
    void showEvent(QShowEvent *e) override;
    void hideEvent(QHideEvent *e) override;

private:
    void retranslateUi();
    void modelReset();
    void selectionChanged();

    DesignScene *m_scene;
    ZoneMatrixModel *m_model;
    QCheckBox *m_crossing;
    QLabel *m_empty;
    QTableView *m_view;
};

} // namespace portolan::gui
