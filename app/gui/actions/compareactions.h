#pragma once

#include <QObject>

class QAction;
class QMenu;
class QPlainTextEdit;
class QTabWidget;

namespace portolan::core {
struct Design;
}

namespace portolan::gui {

class CompareBanner;
class CompareSession;
class DiffOverlay;
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

    // The steps behind the menu entries, without file dialogs (also used by tests).
    /// Compares the document with the older revision in `fileName`; shows the marks.
    bool compareWith(const QString &fileName, QString *error);
    void clearComparison();
    /// Writes the delta request of the current comparison: PDF, or CSV when `fileName`
    /// ends in .csv. Language: the app's.
    bool exportDelta(const QString &fileName, QString *error);
    /// Reads an inventory CSV, shows what it gives, and on the user's go opens it as a new
    /// untitled, modified design (after asking to save the current one). False when
    /// cancelled or nothing was usable.
    bool importInventory(const QString &fileName);

    CompareSession *session() const { return m_session; }
    DiffOverlay *overlay() const { return m_overlay; }
    CompareBanner *banner() const { return m_banner; }
    QPlainTextEdit *changesView() const { return m_changesView; }
    QAction *compareAction() const { return m_compareAct; }
    QAction *clearAction() const { return m_clearAct; }
    QAction *deltaAction() const { return m_deltaAct; }
    QAction *inventoryAction() const { return m_inventoryAct; }

private:
    void chooseRevision();
    void chooseDeltaFile();
    void chooseInventory();
    /// Redraws marks, matrix and change list after the comparison changed.
    void refresh();
    bool replaceDocument(const core::Design &design);

    MainWindow *m_window;
    CompareSession *m_session;
    DiffOverlay *m_overlay;
    QAction *m_compareAct;
    QAction *m_clearAct;
    QAction *m_deltaAct;
    QAction *m_inventoryAct;
    CompareBanner *m_banner;
    QTabWidget *m_tabs = nullptr;
    QPlainTextEdit *m_changesView = nullptr;
};

} // namespace portolan::gui
