#pragma once

#include <QObject>

class QMenu;
class QTabWidget;

namespace portolan::gui {

class MainWindow;

/// File → Compare with… (revision differences on the canvas and in the matrix, delta request)
/// and File → Import Inventory…
/// Owned by the main window; keeps its own actions and texts.
class CompareActions : public QObject
{
    Q_OBJECT

public:
    explicit CompareActions(MainWindow *window);
    ~CompareActions() override;

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
