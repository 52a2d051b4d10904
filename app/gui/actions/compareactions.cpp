#include "compareactions.h"

#include "dialogs/comparebanner.h"
#include "dialogs/comparesession.h"
#include "dialogs/inventorydialog.h"
#include "document/document.h"
#include "guicontext.h"
#include "mainwindow.h"
#include "scene/canvasview.h"
#include "scene/designscene.h"
#include "scene/diffoverlay.h"
#include "widgets/matrixmodel.h"

#include "beyond/inventory.h"
#include "render/deltareport.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSaveFile>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>

namespace portolan::gui {

namespace {

constexpr qint64 kMaxInventoryBytes = 64 * 1024 * 1024;

void rememberDir(const QString &fileName)
{
    QSettings().setValue(QStringLiteral("lastDir"), QFileInfo(fileName).absolutePath());
}

} // namespace

CompareActions::CompareActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_session(new CompareSession(window->document(), this))
    , m_overlay(new DiffOverlay(window->scene(), window->view()->viewport(), this))
    , m_compareAct(new QAction(this))
    , m_clearAct(new QAction(this))
    , m_deltaAct(new QAction(this))
    , m_inventoryAct(new QAction(this))
    , m_banner(new CompareBanner(m_session, window->view(), m_deltaAct, m_clearAct))
{
    connect(m_compareAct, &QAction::triggered, this, &CompareActions::chooseRevision);
    connect(m_clearAct, &QAction::triggered, this, &CompareActions::clearComparison);
    connect(m_deltaAct, &QAction::triggered, this, &CompareActions::chooseDeltaFile);
    connect(m_inventoryAct, &QAction::triggered, this, &CompareActions::chooseInventory);
    connect(m_session, &CompareSession::changed, this, &CompareActions::refresh);
    m_clearAct->setEnabled(false);
    m_deltaAct->setEnabled(false);
}

CompareActions::~CompareActions() = default;

void CompareActions::addToFileMenu(QMenu *file)
{
    file->addSeparator();
    file->addAction(m_compareAct);
    file->addAction(m_deltaAct);
    file->addAction(m_clearAct);
    file->addAction(m_inventoryAct);
}

void CompareActions::installViews(QTabWidget *matrixTabs)
{
    m_tabs = matrixTabs;
    m_changesView = new QPlainTextEdit(matrixTabs);
    m_changesView->setObjectName(QStringLiteral("CompareChanges"));
    m_changesView->setReadOnly(true);
    m_changesView->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_changesView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    matrixTabs->addTab(m_changesView, QString());
}

void CompareActions::retranslate()
{
    m_compareAct->setText(tr("Compare &With..."));
    m_compareAct->setStatusTip(
            tr("Show what changed since an older revision of this design, on the canvas and in "
               "the port matrix"));
    m_clearAct->setText(tr("C&lear Comparison"));
    m_deltaAct->setText(tr("Export &Delta Request..."));
    m_deltaAct->setStatusTip(
            tr("Write only the firewall rules to open and to close since the compared revision "
               "(PDF or CSV)"));
    m_inventoryAct->setText(tr("Import &Inventory..."));
    m_inventoryAct->setStatusTip(
            tr("Make a new design from an inventory (CMDB) CSV: host, address, zone, component "
               "type"));
    m_banner->retranslate();
    refresh();
}

bool CompareActions::compareWith(const QString &fileName, QString *error)
{
    if (!m_session->load(fileName, error))
        return false;
    m_window->statusBar()->showMessage(
            tr("Comparing with %1").arg(QDir::toNativeSeparators(fileName)), 5000);
    return true;
}

void CompareActions::clearComparison()
{
    m_session->clear();
}

void CompareActions::refresh()
{
    const bool active = m_session->active();
    m_clearAct->setEnabled(active);
    m_deltaAct->setEnabled(active);
    MatrixModel *matrix = m_window->matrixModel();
    if (!active) {
        m_overlay->clear();
        if (matrix && matrix->comparing())
            matrix->setChanges(nullptr);
        if (m_changesView)
            m_changesView->setPlainText(
                    tr("No comparison. Use File > Compare With... to see what changed since an "
                       "older revision of this design."));
        if (m_tabs && m_changesView)
            m_tabs->setTabText(m_tabs->indexOf(m_changesView), tr("Changes"));
        return;
    }
    const beyond::DesignDiff &diff = m_session->diff();
    m_overlay->show(m_session->older(), m_session->newer(), diff);

    const std::shared_ptr<const OlderRevision> old = m_session->olderRevision();
    auto changes = std::make_shared<MatrixChanges>();
    changes->oldDesign = std::shared_ptr<const core::Design>(old, &old->design);
    changes->oldFlows = std::shared_ptr<const core::FlowSet>(old, &old->flows);
    const core::Language lang = language();
    const core::Design &current = m_window->document()->design();
    for (const beyond::FlowChange &c : diff.flows) {
        if (c.kind == beyond::FlowChange::Kind::Removed) {
            changes->removed.push_back(int(c.oldFlow - old->flows.flows.data()));
            continue;
        }
        const QString key = DesignScene::flowKey(*c.newFlow, current);
        if (c.kind == beyond::FlowChange::Kind::Added) {
            changes->kinds.insert(key, MatrixChanges::Added);
            continue;
        }
        QStringList fields;
        for (const QString &f : c.fields)
            fields << beyond::DiffReport::fieldText(f, lang);
        changes->kinds.insert(key, MatrixChanges::Changed);
        changes->details.insert(key, fields.join(QStringLiteral(", ")));
    }
    if (matrix)
        matrix->setChanges(changes);

    if (m_changesView) {
        const beyond::DiffReport report(m_session->older(), m_session->newer(), diff,
                                        m_window->document()->catalogs(), lang);
        const int scroll = m_changesView->verticalScrollBar()->value();
        m_changesView->setPlainText(report.text());
        m_changesView->verticalScrollBar()->setValue(scroll);
        if (m_tabs)
            m_tabs->setTabText(m_tabs->indexOf(m_changesView),
                               tr("Changes (%1)").arg(diff.nodes.size() + diff.flows.size()));
    }
}

bool CompareActions::exportDelta(const QString &fileName, QString *error)
{
    if (!m_session->active()) {
        *error = tr("There is no comparison: use File > Compare With... first.");
        return false;
    }
    const core::Language lang = language();
    QByteArray data;
    if (fileName.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        data = beyond::DiffReport(m_session->older(), m_session->newer(), m_session->diff(),
                                  m_window->document()->catalogs(), lang)
                       .deltaCsv(true);
    } else {
        render::ReportOptions options;
        options.lang = lang;
        const render::ReportResult r = render::DeltaRequest::pdf(
                m_session->older(), m_session->newer(), m_session->diff(),
                m_window->document()->catalogs(), options);
        if (r.pdf.isEmpty()) {
            *error = r.warnings.join(QLatin1Char('\n'));
            return false;
        }
        data = r.pdf;
    }
    QSaveFile f(fileName);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit()) {
        *error = f.errorString();
        return false;
    }
    return true;
}

bool CompareActions::importInventory(const QString &fileName)
{
    QFile f(fileName);
    QString problem;
    if (!f.open(QIODevice::ReadOnly))
        problem = f.errorString();
    else if (f.size() > kMaxInventoryBytes)
        problem = tr("The file is too large (%1 MB; at most 64 MB).").arg(f.size() >> 20);
    if (!problem.isEmpty()) {
        QMessageBox::warning(m_window, tr("Import Inventory"),
                             tr("The inventory \"%1\" cannot be read: %2")
                                     .arg(QFileInfo(fileName).fileName(), problem));
        return false;
    }
    const core::CatalogSet &catalogs = m_window->document()->catalogs();
    const beyond::InventoryResult result =
            beyond::InventoryImport::import(f.readAll(), fileName, catalogs, language());
    InventoryDialog dialog(result, fileName, catalogs, m_window);
    if (dialog.exec() != QDialog::Accepted || !result.usable())
        return false;
    if (!replaceDocument(result.design))
        return false;
    m_window->statusBar()->showMessage(
            tr("Imported %1 nodes from %2").arg(result.design.nodes.size()).arg(
                    QFileInfo(fileName).fileName()),
            5000);
    return true;
}

bool CompareActions::replaceDocument(const core::Design &design)
{
    Document *doc = m_window->document();
    if (doc->isModified() && !m_window->maybeSave())
        return false; // cancelled, or the save failed
    doc->setDesign(design, QString());
    doc->markModified(); // nothing on disk yet
    return true;
}

void CompareActions::chooseRevision()
{
    const QString fileName = QFileDialog::getOpenFileName(
            m_window, tr("Compare With Revision"), settings::lastDirectory(),
            QCoreApplication::translate("portolan::gui::MainWindow",
                                        "Portolan designs (*.portolan);;All files (*)"));
    if (fileName.isEmpty())
        return;
    rememberDir(fileName);
    QString error;
    if (!compareWith(fileName, &error)) {
        QMessageBox box(QMessageBox::Warning, tr("Compare With Revision"),
                        tr("The revision \"%1\" could not be read.")
                                .arg(QFileInfo(fileName).fileName()),
                        QMessageBox::Ok, m_window);
        box.setDetailedText(error);
        box.exec();
    }
}

void CompareActions::chooseDeltaFile()
{
    const QString pdf = tr("Delta request PDF (*.pdf)");
    const QString csv = tr("Delta request CSV (*.csv)");
    const QString base = m_window->document()->fileName().isEmpty()
            ? tr("delta-request")
            : QFileInfo(m_window->document()->fileName()).completeBaseName()
                    + QStringLiteral("-delta");
    QString filter = pdf;
    QString fileName = QFileDialog::getSaveFileName(
            m_window, tr("Export Delta Request"), QDir(settings::lastDirectory()).filePath(base + ".pdf"),
            pdf + QStringLiteral(";;") + csv, &filter);
    if (fileName.isEmpty())
        return;
    if (QFileInfo(fileName).suffix().isEmpty())
        fileName += filter == csv ? QStringLiteral(".csv") : QStringLiteral(".pdf");
    rememberDir(fileName);
    QString error;
    if (exportDelta(fileName, &error))
        m_window->statusBar()->showMessage(
                tr("Delta request written to %1").arg(QDir::toNativeSeparators(fileName)), 5000);
    else
        QMessageBox::warning(m_window, tr("Export Delta Request"),
                             tr("The delta request could not be written to \"%1\": %2")
                                     .arg(QFileInfo(fileName).fileName(), error));
}

void CompareActions::chooseInventory()
{
    const QString fileName = QFileDialog::getOpenFileName(
            m_window, tr("Import Inventory"), settings::lastDirectory(),
            tr("Inventory CSV (*.csv *.txt);;All files (*)"));
    if (fileName.isEmpty())
        return;
    rememberDir(fileName);
    importInventory(fileName);
}

} // namespace portolan::gui
