#pragma once

#include <QObject>

class QMenu;
class QTabWidget;

namespace portolan::gui {

class MainWindow;

/// File → Export (PDF request, diagram SVG/PNG, CSV, XLSX), print and print preview, and the
/// zone-to-zone matrix tab next to the port matrix.
/// Owned by the main window; keeps its own actions and texts.
class ExportActions : public QObject
{
    Q_OBJECT

public:
    explicit ExportActions(MainWindow *window);
    ~ExportActions() override;

    /// Adds this feature's entries (with their separator) to the File menu.
    void addToFileMenu(QMenu *file);
    /// Adds this feature's tabs, if any, next to the port matrix.
    void installViews(QTabWidget *matrixTabs);
    /// Every text in the current language; called by MainWindow::retranslateUi().
    void retranslate();

private:
    MainWindow *m_window;
};

} // namespace portolan::gui
