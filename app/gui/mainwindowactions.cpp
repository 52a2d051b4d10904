// MainWindow: documents, editing and selection sync (construction is in mainwindow.cpp).

#include "mainwindow.h"

#include "commands/commands.h"
#include "dialogs/productoptionsdialog.h"
#include "dialogs/recoverydialog.h"
#include "document/autosave.h"
#include "document/clipboard.h"
#include "document/document.h"
#include "document/geometry.h"
#include "guicontext.h"
#include "scene/canvasview.h"
#include "scene/designscene.h"
#include "scene/flowitem.h"
#include "scene/nodeitem.h"
#include "widgets/inspector.h"
#include "widgets/matrixmodel.h"
#include "widgets/problemsmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

namespace portolan::gui {

static const char kFileFilter[] = QT_TRANSLATE_NOOP("portolan::gui::MainWindow",
                                                    "Portolan designs (*.portolan);;All files (*)");

bool MainWindow::openFile(const QString &fileName, bool quiet)
{
    QString error;
    if (!m_doc->open(fileName, &error)) {
        if (!quiet) {
            QMessageBox box(QMessageBox::Warning, tr("Cannot Open Design"),
                            tr("The design \"%1\" could not be opened.")
                                .arg(QFileInfo(fileName).fileName()),
                            QMessageBox::Ok, this);
            box.setInformativeText(tr("File: %1\nThe current design is unchanged.")
                                       .arg(QFileInfo(fileName).absoluteFilePath()));
            box.setDetailedText(error);
            box.exec();
        }
        return false;
    }
    addRecentFile(m_doc->fileName());
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(m_doc->fileName())), 5000);
    return true;
}

bool MainWindow::saveTo(const QString &fileName)
{
    QString error;
    if (!m_doc->saveAs(fileName, &error)) {
        QMessageBox box(QMessageBox::Warning, tr("Cannot Save Design"),
                        tr("The design could not be saved to \"%1\".").arg(QFileInfo(fileName).fileName()),
                        QMessageBox::Ok, this);
        box.setInformativeText(tr("File: %1\n%2").arg(QFileInfo(fileName).absoluteFilePath(), error));
        box.exec();
        return false;
    }
    addRecentFile(m_doc->fileName());
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_doc->fileName())), 5000);
    return true;
}

bool MainWindow::save()
{
    // Examples are read-only references: saving one asks for a new name.
    const QString examples = examplesDir();
    if (m_doc->fileName().isEmpty()
        || (!examples.isEmpty() && m_doc->fileName().startsWith(examples + QLatin1Char('/'))))
        return saveAs();
    return saveTo(m_doc->fileName());
}

bool MainWindow::saveAs()
{
    QString suggested = m_doc->fileName();
    if (suggested.isEmpty() || suggested.startsWith(examplesDir()))
        suggested = QDir::homePath() + QLatin1Char('/')
                    + (suggested.isEmpty() ? tr("design.portolan") : QFileInfo(suggested).fileName());
    QString fileName = QFileDialog::getSaveFileName(this, tr("Save Design As"), suggested, tr(kFileFilter));
    if (fileName.isEmpty())
        return false;
    if (QFileInfo(fileName).suffix().isEmpty())
        fileName += QStringLiteral(".portolan");
    return saveTo(fileName);
}

void MainWindow::newDesign()
{
    if (maybeSave())
        m_doc->newDesign();
}

void MainWindow::openDialog()
{
    if (!maybeSave())
        return;
    const QString fileName = QFileDialog::getOpenFileName(this, tr("Open Design"),
                                                          settings::lastDirectory(), tr(kFileFilter));
    if (fileName.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("lastDir"), QFileInfo(fileName).absolutePath());
    openFile(fileName);
}

bool MainWindow::maybeSave()
{
    if (!m_doc->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved Changes"),
        tr("The design \"%1\" has unsaved changes. Save them?")
            .arg(m_doc->fileName().isEmpty() ? tr("Untitled") : QFileInfo(m_doc->fileName()).fileName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *e)
{
    if (!maybeSave()) {
        e->ignore();
        return;
    }
    m_autosave->discard(); // saved or discarded on purpose: nothing left to recover
    if (m_act.presentation->isChecked())
        setPresentationMode(false);
    QSettings s;
    s.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    s.setValue(QStringLiteral("mainWindow/state"), saveState());
    e->accept();
}

void MainWindow::offerRecovery()
{
    AutosaveRecovery recovery;
    if (recovery.sessions().isEmpty())
        return;
    const QString mode = qEnvironmentVariable("PORTOLAN_TEST_RECOVERY");
    RecoveryDialog::Choice choice = RecoveryDialog::Later;
    QList<AutosaveSession> chosen = recovery.sessions();
    if (mode == QLatin1String("accept-all")) {
        choice = RecoveryDialog::Recover;
    } else if (mode == QLatin1String("discard-all")) {
        choice = RecoveryDialog::Discard;
    } else if (mode.isEmpty()) {
        RecoveryDialog dialog(recovery.sessions(), this);
        dialog.exec();
        choice = dialog.choice();
        chosen = dialog.selected();
    }
    if (choice == RecoveryDialog::Later)
        return; // the folders stay and are offered again at the next start
    for (const AutosaveSession &s : std::as_const(chosen)) {
        if (choice == RecoveryDialog::Discard) {
            recovery.remove(s);
            continue;
        }
        MainWindow *target = this;
        if (m_doc->isModified() || !m_doc->fileName().isEmpty()
            || m_doc->undoStack()->count() > 0) {
            target = new MainWindow;
            target->setAttribute(Qt::WA_DeleteOnClose);
            target->show();
        }
        if (!target->recoverSession(recovery, s) && target != this)
            target->close();
    }
}

bool MainWindow::recoverSession(AutosaveRecovery &recovery, const AutosaveSession &session)
{
    core::Design design;
    QString error;
    if (!AutosaveRecovery::load(session, &m_doc->catalogs(), &design, &error)) {
        qCWarning(lcAutosave).noquote() << "cannot recover" << session.path << error;
        if (qEnvironmentVariableIsEmpty("PORTOLAN_TEST_RECOVERY")) {
            QMessageBox box(QMessageBox::Warning, tr("Cannot Recover Design"),
                            tr("The autosaved design \"%1\" could not be read.").arg(session.title),
                            QMessageBox::Ok, this);
            box.setInformativeText(tr("Folder: %1\nThe folder is kept.")
                                       .arg(QDir::toNativeSeparators(session.path)));
            box.setDetailedText(error);
            box.exec();
        }
        return false;
    }
    m_doc->setDesign(design, session.fileName);
    m_doc->markModified();
    // The old folder goes only once this session holds its own copy of the design.
    if (m_autosave->saveNow(&error))
        recovery.remove(session);
    else
        qCWarning(lcAutosave).noquote() << "keeping" << session.path << error;
    qCInfo(lcAutosave).noquote() << "recovered" << session.path << "title:" << design.title
                                 << "file:" << session.fileName;
    statusBar()->showMessage(tr("Recovered \"%1\" - save it to keep it").arg(session.title), 10000);
    return true;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *e)
{
    int others = 0;
    if (!droppedDesigns(e->mimeData(), &others).isEmpty())
        e->acceptProposedAction();
    else
        e->ignore();
}

void MainWindow::dropEvent(QDropEvent *e)
{
    int others = 0;
    const QStringList designs = droppedDesigns(e->mimeData(), &others);
    if (designs.isEmpty()) {
        e->ignore();
        return;
    }
    e->acceptProposedAction();
    // One window holds one design: the first dropped design opens, the rest are named.
    if (maybeSave() && openFile(designs.front()) && designs.size() + others > 1)
        statusBar()->showMessage(tr("Opened %1; the other %n dropped files were not opened.", nullptr,
                                    int(designs.size() - 1 + others))
                                     .arg(QFileInfo(designs.front()).fileName()),
                                 10000);
}

void MainWindow::addRecentFile(const QString &fileName)
{
    settings::addRecentFile(fileName);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = settings::recentFiles();
    for (const QString &f : files) {
        // A path is shown as it is: '&' would otherwise turn into a mnemonic.
        QString label = QDir::toNativeSeparators(f);
        label.replace(QLatin1Char('&'), QStringLiteral("&&"));
        m_recentMenu->addAction(label, this, [this, f] {
            if (maybeSave())
                openFile(f);
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::setPresentationMode(bool on)
{
    if (m_act.presentation->isChecked() != on) {
        m_act.presentation->setChecked(on); // re-enters through toggled
        return;
    }
    if (on) {
        m_stateBeforePresentation = saveState();
        for (QDockWidget *d : std::as_const(m_docks))
            d->hide();
        for (QToolBar *tb : findChildren<QToolBar *>())
            tb->hide();
        showFullScreen();
        m_scene->setPresentation(true);
        // Fit once the docks are gone and the window has its full-screen size.
        QTimer::singleShot(100, m_view, [this] { m_view->fitToView(); });
    } else {
        m_scene->setPresentation(false);
        showNormal();
        if (!m_stateBeforePresentation.isEmpty())
            restoreState(m_stateBeforePresentation);
        for (QToolBar *tb : findChildren<QToolBar *>())
            tb->show();
    }
}

// --- editing -------------------------------------------------------------------------------

void MainWindow::deleteSelection()
{
    QUndoCommand *cmd = Commands::remove(m_doc, m_scene->selectedNodes(), m_scene->selectedZones(),
                                         m_scene->selectedLinks());
    if (cmd)
        m_doc->undoStack()->push(cmd);
}

void MainWindow::copySelection()
{
    const core::Design fragment = Clipboard::extract(*m_doc, m_scene->selectedNodes(),
                                                     m_scene->selectedZones());
    if (fragment.nodes.empty() && fragment.zones.empty())
        return;
    QApplication::clipboard()->setMimeData(Clipboard::toMimeData(fragment));
    m_pasteCount = 0;
}

void MainWindow::paste()
{
    core::Design fragment;
    QString error;
    if (!Clipboard::fromMimeData(QApplication::clipboard()->mimeData(), *m_doc, &fragment, &error)) {
        statusBar()->showMessage(error, 5000);
        return;
    }
    ++m_pasteCount;
    const qreal shift = 3 * metrics::kGrid * m_pasteCount;
    const core::Design ready = Clipboard::prepareForInsert(*m_doc, fragment, QPointF(shift, shift));
    m_doc->undoStack()->push(Commands::insertFragment(
        m_doc, ready, tr("Paste %n items", nullptr, int(ready.nodes.size() + ready.zones.size()))));
    QStringList nodes, zones;
    for (const core::Node &n : ready.nodes)
        nodes << n.id;
    for (const core::Zone &z : ready.zones)
        zones << z.id;
    m_scene->selectOnly(nodes, zones);
}

void MainWindow::duplicateSelection()
{
    const core::Design fragment = Clipboard::extract(*m_doc, m_scene->selectedNodes(),
                                                     m_scene->selectedZones());
    if (fragment.nodes.empty() && fragment.zones.empty())
        return;
    const qreal shift = 3 * metrics::kGrid;
    const core::Design ready = Clipboard::prepareForInsert(*m_doc, fragment, QPointF(shift, shift));
    m_doc->undoStack()->push(Commands::insertFragment(
        m_doc, ready, tr("Duplicate %n items", nullptr, int(ready.nodes.size() + ready.zones.size()))));
    QStringList nodes, zones;
    for (const core::Node &n : ready.nodes)
        nodes << n.id;
    for (const core::Zone &z : ready.zones)
        zones << z.id;
    m_scene->selectOnly(nodes, zones);
}

void MainWindow::alignSelection(Qt::Alignment edge)
{
    const QStringList ids = m_scene->selectedNodes();
    if (ids.size() < 2)
        return;
    qreal target = 1e12;
    for (const QString &id : ids) {
        const core::Node *n = m_doc->node(id);
        target = std::min(target, edge == Qt::AlignLeft ? n->pos.x() : n->pos.y());
    }
    QHash<QString, QPointF> pos;
    for (const QString &id : ids) {
        QPointF p = m_doc->node(id)->pos;
        if (edge == Qt::AlignLeft)
            p.setX(target);
        else
            p.setY(target);
        pos.insert(id, p);
    }
    const GeometryChange change = geometry::computeChange(m_doc->design(), pos, {});
    if (!change.isEmpty())
        m_doc->undoStack()->push(new GeometryCommand(m_doc, change, tr("Align")));
}

void MainWindow::showProductOptions()
{
    ProductOptionsDialog dialog(m_doc, this);
    if (dialog.exec() == QDialog::Accepted)
        dialog.apply();
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Portolan"),
                       tr("<h3>Portolan %1</h3><p>A topology planner for firewall requests.</p>"
                          "<p>Place the components of your monitoring products into network zones; "
                          "Portolan derives every flow they need and marks the ones that cross a "
                          "firewall.</p>").arg(QStringLiteral(PORTOLAN_VERSION)));
}

// --- selection sync ------------------------------------------------------------------------

void MainWindow::sceneSelectionChanged()
{
    m_inspector->setSelection(m_scene->selectedNodes(), m_scene->selectedZones());
    if (m_syncing)
        return;
    m_syncing = true;
    QItemSelection selection;
    for (const QString &key : m_scene->selectedFlowKeys()) {
        for (int row : m_matrixModel->rowsForKey(key))
            selection.select(m_matrixModel->index(row, 0),
                             m_matrixModel->index(row, m_matrixModel->columnCount() - 1));
    }
    m_matrixView->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!selection.isEmpty())
        m_matrixView->scrollTo(selection.indexes().first());
    m_syncing = false;
}

void MainWindow::matrixSelectionChanged()
{
    if (m_syncing)
        return;
    m_syncing = true;
    QStringList keys;
    for (const QModelIndex &i : m_matrixView->selectionModel()->selectedRows())
        keys << m_matrixModel->keyAt(i.row());
    m_scene->selectOnly({}, {}, keys);
    if (!keys.isEmpty()) {
        if (FlowItem *f = m_scene->flowItem(keys.first()); f && f->isVisible())
            m_view->ensureVisible(f, 40, 40);
    }
    m_syncing = false;
}

void MainWindow::problemActivated(const QModelIndex &index)
{
    const QStringList nodes = index.data(ProblemsModel::NodesRole).toStringList();
    if (nodes.isEmpty())
        return;
    m_scene->selectOnly(nodes, {});
    if (NodeItem *n = m_scene->nodeItem(nodes.first()))
        m_view->centerOn(n);
}

} // namespace portolan::gui
