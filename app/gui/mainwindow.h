#pragma once

#include <QMainWindow>

class QAction;
class QActionGroup;
class QCheckBox;
class QComboBox;
class QDockWidget;
class QLabel;
class QMenu;
class QTabWidget;
class QTableView;
class QToolBar;
class QUndoView;

namespace portolan::gui {

class Autosave;
class CompareActions;
class ExportActions;
class AutosaveRecovery;
struct AutosaveSession;
class CanvasView;
class DesignScene;
class Document;
class Inspector;
class MatrixModel;
class MiniMap;
class PaletteWidget;
class ProblemsModel;

/// The canvas editor: palette, canvas, inspector, port matrix, problems, history, overview.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Document *document() const { return m_doc; }
    Autosave *autosave() const { return m_autosave; }
    DesignScene *scene() const { return m_scene; }
    CanvasView *view() const { return m_view; }
    PaletteWidget *palette() const { return m_palette; }
    Inspector *inspector() const { return m_inspector; }
    MatrixModel *matrixModel() const { return m_matrixModel; }
    QTableView *matrixView() const { return m_matrixView; }
    ProblemsModel *problemsModel() const { return m_problemsModel; }
    QTableView *problemsView() const { return m_problemsView; }
    /// The tabs of the bottom panel: the port matrix first, then the feature views.
    QTabWidget *matrixTabs() const { return m_matrixTabs; }
    ExportActions *exportActions() const { return m_exports; }
    CompareActions *compareActions() const { return m_compare; }

    /// Opens a design; on failure shows a message (unless `quiet`) and keeps the current one.
    bool openFile(const QString &fileName, bool quiet = false);
    bool saveTo(const QString &fileName);
    /// Before the design is replaced: asks to save a modified design (Save / Discard /
    /// Cancel); false when the user cancels or the save fails.
    bool maybeSave();
    /// Looks for designs left by sessions that did not end cleanly and offers them back
    /// (PORTOLAN_TEST_RECOVERY=accept-all|discard-all|later answers without the dialog).
    /// Recovered designs open here if this window is untouched, else in new windows.
    void offerRecovery();
    /// Opens an autosaved design as a modified document with its original file name; the
    /// old autosave folder goes once this session has saved the design again.
    bool recoverSession(AutosaveRecovery &recovery, const AutosaveSession &session);
    void setPresentationMode(bool on);

    // Edit operations (also used by tests).
    void deleteSelection();
    void copySelection();
    void paste();
    void duplicateSelection();
    void alignSelection(Qt::Alignment edge);

protected:
    void changeEvent(QEvent *e) override;
    void closeEvent(QCloseEvent *e) override;
    void dragEnterEvent(QDragEnterEvent *e) override;
    void dropEvent(QDropEvent *e) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createDocks();
    /// Every text of the window in the current language (also after a language switch).
    void retranslateUi();
    void updateUndoRedoText();
    void restoreSettings();
    void updateTitle();
    void updateStatus();
    void updateFilterCombos();
    void applyFlowFilter();
    void updateRecentMenu();
    void addRecentFile(const QString &fileName);
    bool save();
    bool saveAs();
    void newDesign();
    void openDialog();
    void showProductOptions();
    void about();

    // Selection sync between canvas, matrix, inspector and problems.
    void sceneSelectionChanged();
    void matrixSelectionChanged();
    void problemActivated(const QModelIndex &index);

    Document *m_doc;
    Autosave *m_autosave;
    DesignScene *m_scene;
    CanvasView *m_view;
    ExportActions *m_exports;
    CompareActions *m_compare;
    PaletteWidget *m_palette = nullptr;
    Inspector *m_inspector = nullptr;
    MatrixModel *m_matrixModel = nullptr;
    QTableView *m_matrixView = nullptr;
    QTabWidget *m_matrixTabs = nullptr;
    ProblemsModel *m_problemsModel = nullptr;
    QTableView *m_problemsView = nullptr;
    QUndoView *m_undoView = nullptr;
    MiniMap *m_miniMap = nullptr;
    QList<QDockWidget *> m_docks;
    QDockWidget *m_paletteDock = nullptr;
    QDockWidget *m_inspectorDock = nullptr;
    QDockWidget *m_matrixDock = nullptr;
    QDockWidget *m_problemsDock = nullptr;
    QDockWidget *m_historyDock = nullptr;
    QDockWidget *m_overviewDock = nullptr;

    QToolBar *m_toolBar = nullptr;
    QCheckBox *m_crossingBox = nullptr;
    QComboBox *m_productFilter = nullptr;
    QComboBox *m_zoneFilter = nullptr;
    QLabel *m_countLabel = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_examplesMenu = nullptr;
    QByteArray m_stateBeforePresentation;
    bool m_syncing = false;
    int m_pasteCount = 0;

    struct Actions
    {
        QAction *newDesign, *open, *save, *saveAs, *quit;
        QAction *undo, *redo, *cut, *copy, *paste, *duplicate, *del, *selectAll;
        QAction *alignLeft, *alignTop, *productOptions;
        QAction *zoomIn, *zoomOut, *zoomReset, *fit;
        QAction *showLocal, *crossingOnly, *portLabels, *snap, *presentation;
        QAction *selectTool, *zoneTool, *linkTool;
        QAction *about, *aboutQt;
        QAction *english, *chinese;
        QActionGroup *tools, *languages;
    } m_act {};

    struct Menus
    {
        QMenu *file, *edit, *view, *panels, *language, *tools, *help;
    } m_menus {};
};

} // namespace portolan::gui
