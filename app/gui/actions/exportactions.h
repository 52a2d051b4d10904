#pragma once

#include "dialogs/exportsettings.h"

#include <QObject>

#include <functional>

class QAction;
class QDialog;
class QMenu;
class QPrinter;
class QTabWidget;

namespace portolan::gui {

class MainWindow;
class ZoneMatrixPanel;

/// File → Export (PDF request, diagram SVG/PNG, CSV, XLSX, verification scripts, firewall rule
/// snippets), print and print preview, and the zone-to-zone matrix tab next to the port matrix.
/// Owned by the main window; keeps its own actions and texts.
///
/// Every export reads the document's current design and derived flows and writes a file; the
/// design itself is never changed.
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

    QAction *action(ExportSettings::Kind kind) const;
    QAction *printAction() const { return m_print; }
    QAction *printPreviewAction() const { return m_preview; }
    ZoneMatrixPanel *zoneMatrix() const { return m_zoneMatrix; }

    /// The export dialog's starting point for `kind`: the remembered choices, a file named
    /// after the design, and the canvas's visible area.
    ExportSettings defaults(ExportSettings::Kind kind) const;
    /// Writes the export `settings` describe from the current design; false with `error`
    /// set when nothing could be written. `summary` says what was written ("9 pages"),
    /// `warnings` what the user should check (placeholders in rules, fonts). No dialog: this
    /// is what the dialogs run.
    bool exportTo(const ExportSettings &settings, QString *error, QString *summary = nullptr,
                  QStringList *warnings = nullptr);
    /// Paints the firewall request on `printer` with its page layout (size, orientation);
    /// the language and contents come from `settings`. Returns the pages painted, 0 on error.
    int printTo(QPrinter *printer, const ExportSettings &settings, QString *error = nullptr);

    /// Runs the export dialog for `kind` and then the export (the menu entries).
    bool exportWithDialog(ExportSettings::Kind kind);
    void print();
    void printPreview();

    /// Replaces QDialog::exec() for every dialog this class opens (export options, print,
    /// print preview, error messages), so that tests can drive them without an event loop.
    void setDialogRunner(std::function<int(QDialog *)> runner) { m_runDialog = std::move(runner); }

private:
    int runDialog(QDialog *dialog);
    void showError(const QString &title, const QString &error);
    QString baseName() const;
    void setUpPrinter(QPrinter *printer, const ExportSettings &settings) const;
    /// Verification scripts or rule snippets into the folder `settings.path`.
    bool exportFolder(const ExportSettings &settings, QString *error, QString *summary,
                      QStringList *warnings);

    MainWindow *m_window;
    std::function<int(QDialog *)> m_runDialog;
    QMenu *m_menu = nullptr;
    QAction *m_pdf = nullptr;
    QAction *m_svg = nullptr;
    QAction *m_png = nullptr;
    QAction *m_csv = nullptr;
    QAction *m_xlsx = nullptr;
    QAction *m_verify = nullptr;
    QAction *m_snippets = nullptr;
    QAction *m_preview = nullptr;
    QAction *m_print = nullptr;
    QTabWidget *m_tabs = nullptr;
    ZoneMatrixPanel *m_zoneMatrix = nullptr;
};

} // namespace portolan::gui
