// Actions, menus, toolbar and their texts: the part of the main window that follows the
// language. The window itself (docks, status, filters) is in mainwindow.cpp.
#include "mainwindow.h"

#include "commands/commands.h"
#include "document/autosave.h"
#include "document/document.h"
#include "document/geometry.h"
#include "guicontext.h"
#include "scene/canvasview.h"
#include "scene/designscene.h"
#include "widgets/inspector.h"
#include "widgets/matrixmodel.h"
#include "widgets/minimap.h"
#include "widgets/palettemodel.h"
#include "widgets/palettewidget.h"
#include "widgets/problemsmodel.h"

#include "catalog/catalogset.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QGraphicsItem>
#include <QDockWidget>
#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QPainter>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

#include <functional>

#include "actions/compareactions.h"
#include "actions/exportactions.h"

namespace portolan::gui {

namespace {

/// Small tool icons drawn in code, in the style of the category icons.
QIcon paintedIcon(const std::function<void(QPainter &)> &draw)
{
    QPixmap pm(32, 32);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    draw(p);
    return QIcon(pm);
}

QIcon selectIcon()
{
    return paintedIcon([](QPainter &p) {
        QPolygonF arrow;
        arrow << QPointF(9, 4) << QPointF(9, 26) << QPointF(14, 21) << QPointF(18, 29)
              << QPointF(21, 27.5) << QPointF(17, 19.5) << QPointF(24, 19.5);
        p.setPen(QPen(QColor(0x2c, 0x3e, 0x50), 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::white);
        p.drawPolygon(arrow);
    });
}

QIcon zoneIcon()
{
    return paintedIcon([](QPainter &p) {
        p.setPen(QPen(QColor(0xc0, 0x39, 0x2b), 3));
        p.setBrush(QColor(0xfd, 0xf3, 0xf0));
        p.drawRoundedRect(QRectF(4, 6, 24, 20), 3, 3);
        p.fillRect(QRectF(4, 6, 24, 6), QColor(0xc0, 0x39, 0x2b));
    });
}

QIcon linkIcon()
{
    return paintedIcon([](QPainter &p) {
        p.setPen(QPen(QColor(0x7f, 0x8c, 0x8d), 2.2, Qt::DotLine, Qt::RoundCap));
        p.drawLine(QPointF(9, 23), QPointF(23, 9));
        p.setPen(QPen(QColor(0x3b, 0x6e, 0xa5), 2));
        p.setBrush(Qt::white);
        p.drawEllipse(QPointF(8, 24), 5, 5);
        p.drawEllipse(QPointF(24, 8), 5, 5);
    });
}

QIcon crossingIcon()
{
    return paintedIcon([](QPainter &p) {
        p.setPen(QPen(QColor(0xc0, 0x39, 0x2b), 2.5));
        p.drawLine(QPointF(16, 3), QPointF(16, 29));
        p.setPen(QPen(QColor(0xe0, 0x5a, 0x1e), 2.8, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(4, 16), QPointF(25, 16));
        p.setBrush(QColor(0xe0, 0x5a, 0x1e));
        p.setPen(Qt::NoPen);
        p.drawPolygon(QPolygonF() << QPointF(29, 16) << QPointF(22, 11) << QPointF(22, 21));
    });
}

/// "&Open..." -> "Open", "打开(&O)..." -> "打开": for toolbar buttons and tooltips.
QString withoutMnemonic(QString text)
{
    static const QRegularExpression cjkMnemonic(QStringLiteral("\\(&[^&]\\)"));
    text.remove(cjkMnemonic);
    text.replace(QLatin1String("&&"), QLatin1String("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    if (text.endsWith(QLatin1String("...")))
        text.chop(3);
    return text.trimmed();
}

QIcon standard(QStyle::StandardPixmap sp, const char *themeName)
{
    return QIcon::fromTheme(QString::fromLatin1(themeName), qApp->style()->standardIcon(sp));
}

} // namespace
void MainWindow::createActions()
{
    // Texts are set in retranslateUi().
    auto make = [this](const QKeySequence &key, auto slot) {
        auto *a = new QAction(this);
        if (!key.isEmpty())
            a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_act.newDesign = make(QKeySequence::New, [this] { newDesign(); });
    m_act.newDesign->setIcon(standard(QStyle::SP_FileIcon, "document-new"));
    m_act.open = make(QKeySequence::Open, [this] { openDialog(); });
    m_act.open->setIcon(standard(QStyle::SP_DialogOpenButton, "document-open"));
    m_act.save = make(QKeySequence::Save, [this] { save(); });
    m_act.save->setIcon(standard(QStyle::SP_DialogSaveButton, "document-save"));
    m_act.saveAs = make(QKeySequence::SaveAs, [this] { saveAs(); });
    m_act.quit = make(QKeySequence::Quit, [this] { close(); });

    // Not QUndoStack::createUndoAction(): its prefix is fixed at creation, and the text has
    // to follow a language switch.
    QUndoStack *stack = m_doc->undoStack();
    m_act.undo = make(QKeySequence::Undo, [stack] { stack->undo(); });
    m_act.undo->setIcon(standard(QStyle::SP_ArrowBack, "edit-undo"));
    m_act.redo = make(QKeySequence::Redo, [stack] { stack->redo(); });
    m_act.redo->setShortcuts({QKeySequence::Redo, QKeySequence(tr("Ctrl+Y"))});
    m_act.redo->setIcon(standard(QStyle::SP_ArrowForward, "edit-redo"));
    m_act.undo->setEnabled(stack->canUndo());
    m_act.redo->setEnabled(stack->canRedo());
    connect(stack, &QUndoStack::canUndoChanged, m_act.undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, m_act.redo, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, this, &MainWindow::updateUndoRedoText);
    connect(stack, &QUndoStack::redoTextChanged, this, &MainWindow::updateUndoRedoText);
    m_act.cut = make(QKeySequence::Cut, [this] {
        copySelection();
        deleteSelection();
    });
    m_act.copy = make(QKeySequence::Copy, [this] { copySelection(); });
    m_act.paste = make(QKeySequence::Paste, [this] { paste(); });
    m_act.duplicate = make(QKeySequence(tr("Ctrl+D")), [this] { duplicateSelection(); });
    m_act.del = make(QKeySequence::Delete, [this] { deleteSelection(); });
    m_act.del->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
    m_act.selectAll = make(QKeySequence::SelectAll, [this] {
        for (QGraphicsItem *i : m_scene->items()) {
            if (i->isVisible() && (i->flags() & QGraphicsItem::ItemIsSelectable))
                i->setSelected(true);
        }
    });
    m_act.alignLeft = make(QKeySequence(), [this] { alignSelection(Qt::AlignLeft); });
    m_act.alignTop = make(QKeySequence(), [this] { alignSelection(Qt::AlignTop); });
    m_act.productOptions = make(QKeySequence(tr("Ctrl+Shift+O")), [this] { showProductOptions(); });

    m_act.zoomIn = make(QKeySequence::ZoomIn, [this] { m_view->zoomBy(1.2); });
    m_act.zoomIn->setIcon(paintedIcon([](QPainter &p) {
        p.setPen(QPen(QColor(0x2c, 0x3e, 0x50), 2.4));
        p.drawEllipse(QPointF(13, 13), 8, 8);
        p.drawLine(QPointF(19, 19), QPointF(27, 27));
        p.drawLine(QPointF(9, 13), QPointF(17, 13));
        p.drawLine(QPointF(13, 9), QPointF(13, 17));
    }));
    m_act.zoomOut = make(QKeySequence::ZoomOut, [this] { m_view->zoomBy(1 / 1.2); });
    m_act.zoomOut->setIcon(paintedIcon([](QPainter &p) {
        p.setPen(QPen(QColor(0x2c, 0x3e, 0x50), 2.4));
        p.drawEllipse(QPointF(13, 13), 8, 8);
        p.drawLine(QPointF(19, 19), QPointF(27, 27));
        p.drawLine(QPointF(9, 13), QPointF(17, 13));
    }));
    m_act.zoomReset = make(QKeySequence(tr("Ctrl+1")), [this] { m_view->resetZoom(); });
    m_act.fit = make(QKeySequence(tr("Ctrl+0")), [this] { m_view->fitToView(); });
    m_act.fit->setIcon(paintedIcon([](QPainter &p) {
        p.setPen(QPen(QColor(0x2c, 0x3e, 0x50), 2.4, Qt::SolidLine, Qt::RoundCap));
        for (auto [x, y, dx, dy] : {std::tuple{5, 5, 1, 1}, {27, 5, -1, 1}, {5, 27, 1, -1}, {27, 27, -1, -1}}) {
            p.drawLine(QPointF(x, y), QPointF(x + 7 * dx, y));
            p.drawLine(QPointF(x, y), QPointF(x, y + 7 * dy));
        }
    }));

    auto toggle = [this](bool on, const QKeySequence &key = {}) {
        auto *a = new QAction(this);
        a->setCheckable(true);
        a->setChecked(on);
        a->setShortcut(key);
        connect(a, &QAction::toggled, this, &MainWindow::applyFlowFilter);
        return a;
    };
    m_act.showLocal = toggle(false);
    m_act.crossingOnly = toggle(false, QKeySequence(tr("Ctrl+Shift+C")));
    m_act.crossingOnly->setIcon(crossingIcon());
    m_act.portLabels = toggle(true);
    m_act.snap = new QAction(this);
    m_act.snap->setCheckable(true);
    m_act.snap->setChecked(true);
    connect(m_act.snap, &QAction::toggled, this, [this](bool on) {
        m_scene->setSnapToGrid(on);
        m_scene->update();
    });
    m_act.presentation = new QAction(this);
    m_act.presentation->setCheckable(true);
    m_act.presentation->setShortcut(QKeySequence(Qt::Key_F11));
    connect(m_act.presentation, &QAction::toggled, this, &MainWindow::setPresentationMode);

    m_act.tools = new QActionGroup(this);
    auto tool = [this](const QIcon &icon, const QKeySequence &key, CanvasView::ToolKind kind) {
        auto *a = new QAction(icon, QString(), m_act.tools);
        a->setCheckable(true);
        a->setShortcut(key);
        connect(a, &QAction::triggered, this, [this, kind] { m_view->setTool(kind); });
        return a;
    };
    m_act.selectTool = tool(selectIcon(), QKeySequence(tr("S")), CanvasView::ToolKind::Select);
    m_act.zoneTool = tool(zoneIcon(), QKeySequence(tr("Z")), CanvasView::ToolKind::Zone);
    m_act.linkTool = tool(linkIcon(), QKeySequence(tr("L")), CanvasView::ToolKind::Link);
    m_act.selectTool->setChecked(true);
    m_act.about = make(QKeySequence(), [this] { about(); });

    // Language names are not translated: each is written in its own language.
    m_act.languages = new QActionGroup(this);
    auto languageAction = [this](const QString &name, core::Language lang) {
        auto *a = new QAction(name, m_act.languages);
        a->setCheckable(true);
        a->setData(core::languageCode(lang));
        connect(a, &QAction::triggered, this, [lang] {
            setLanguage(lang);
            saveLanguage(lang);
        });
        return a;
    };
    m_act.english = languageAction(QStringLiteral("English"), core::Language::English);
    m_act.chinese = languageAction(QStringLiteral("\u4e2d\u6587"), core::Language::Chinese);

    // Single-letter shortcuts must not fire while typing in the inspector.
    for (QAction *a : {m_act.selectTool, m_act.zoneTool, m_act.linkTool})
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    for (QAction *a : {m_act.selectTool, m_act.zoneTool, m_act.linkTool})
        m_view->addAction(a);

    auto updateEnabled = [this] {
        const bool any = !m_scene->selectedItems().isEmpty();
        const bool movable = !m_scene->selectedNodes().isEmpty() || !m_scene->selectedZones().isEmpty();
        m_act.del->setEnabled(any);
        m_act.cut->setEnabled(movable);
        m_act.copy->setEnabled(movable);
        m_act.duplicate->setEnabled(movable);
        m_act.alignLeft->setEnabled(m_scene->selectedNodes().size() > 1);
        m_act.alignTop->setEnabled(m_scene->selectedNodes().size() > 1);
    };
    connect(m_scene, &QGraphicsScene::selectionChanged, this, updateEnabled);
    updateEnabled();
}

void MainWindow::createMenus()
{
    QMenu *file = m_menus.file = menuBar()->addMenu(QString());
    file->addAction(m_act.newDesign);
    file->addAction(m_act.open);
    m_examplesMenu = file->addMenu(QString());
    connect(m_examplesMenu, &QMenu::aboutToShow, this, [this] {
        m_examplesMenu->clear();
        const QString dir = examplesDir();
        const QStringList files = dir.isEmpty() ? QStringList()
            : QDir(dir).entryList({QStringLiteral("*.portolan")}, QDir::Files, QDir::Name);
        for (const QString &f : files) {
            const QString path = dir + QLatin1Char('/') + f;
            m_examplesMenu->addAction(f, this, [this, path] {
                if (maybeSave())
                    openFile(path);
            });
        }
        if (files.isEmpty())
            m_examplesMenu->addAction(tr("(no examples found)"))->setEnabled(false);
    });
    m_recentMenu = file->addMenu(QString());
    file->addSeparator();
    file->addAction(m_act.save);
    file->addAction(m_act.saveAs);
    m_compare->addToFileMenu(file);
    m_exports->addToFileMenu(file);
    file->addSeparator();
    file->addAction(m_act.quit);

    QMenu *edit = m_menus.edit = menuBar()->addMenu(QString());
    edit->addAction(m_act.undo);
    edit->addAction(m_act.redo);
    edit->addSeparator();
    edit->addAction(m_act.cut);
    edit->addAction(m_act.copy);
    edit->addAction(m_act.paste);
    edit->addAction(m_act.duplicate);
    edit->addAction(m_act.del);
    edit->addSeparator();
    edit->addAction(m_act.selectAll);
    edit->addAction(m_act.alignLeft);
    edit->addAction(m_act.alignTop);
    edit->addSeparator();
    edit->addAction(m_act.productOptions);

    QMenu *view = m_menus.view = menuBar()->addMenu(QString());
    view->addAction(m_act.zoomIn);
    view->addAction(m_act.zoomOut);
    view->addAction(m_act.zoomReset);
    view->addAction(m_act.fit);
    view->addSeparator();
    view->addAction(m_act.showLocal);
    view->addAction(m_act.crossingOnly);
    view->addAction(m_act.portLabels);
    view->addAction(m_act.snap);
    view->addSeparator();
    view->addAction(m_act.presentation);
    view->addSeparator();
    QMenu *panels = m_menus.panels = view->addMenu(QString());
    for (QDockWidget *d : std::as_const(m_docks))
        panels->addAction(d->toggleViewAction());
    m_menus.language = view->addMenu(QString());
    m_menus.language->addActions(m_act.languages->actions());

    QMenu *tools = m_menus.tools = menuBar()->addMenu(QString());
    tools->addAction(m_act.selectTool);
    tools->addAction(m_act.zoneTool);
    tools->addAction(m_act.linkTool);

    QMenu *help = m_menus.help = menuBar()->addMenu(QString());
    help->addAction(m_act.about);
    m_act.aboutQt = help->addAction(QString(), qApp, &QApplication::aboutQt);
}

void MainWindow::createToolBar()
{
    QToolBar *tb = m_toolBar = addToolBar(QString());
    tb->setObjectName(QStringLiteral("MainToolBar"));
    tb->setIconSize(QSize(20, 20));
    tb->setMovable(false);
    tb->addAction(m_act.newDesign);
    tb->addAction(m_act.open);
    tb->addAction(m_act.save);
    tb->addSeparator();
    tb->addAction(m_act.undo);
    tb->addAction(m_act.redo);
    tb->addSeparator();
    tb->setToolButtonStyle(Qt::ToolButtonIconOnly);
    for (QAction *a : {m_act.selectTool, m_act.zoneTool, m_act.linkTool})
        tb->addAction(a);
    tb->addSeparator();
    tb->addAction(m_act.zoomIn);
    tb->addAction(m_act.zoomOut);
    tb->addAction(m_act.fit);
    tb->addSeparator();
    tb->addAction(m_act.crossingOnly);
    m_productFilter = new QComboBox(tb);
    m_productFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_productFilter->setMaximumWidth(180);
    m_zoneFilter = new QComboBox(tb);
    m_zoneFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_zoneFilter->setMaximumWidth(180);
    tb->addWidget(m_productFilter);
    tb->addWidget(m_zoneFilter);
    connect(m_productFilter, &QComboBox::currentIndexChanged, this, &MainWindow::applyFlowFilter);
    connect(m_zoneFilter, &QComboBox::currentIndexChanged, this, &MainWindow::applyFlowFilter);
    tb->addSeparator();
    tb->addAction(m_act.productOptions);
}

void MainWindow::retranslateUi()
{
    m_act.newDesign->setText(tr("&New"));
    m_act.open->setText(tr("&Open..."));
    m_act.save->setText(tr("&Save"));
    m_act.saveAs->setText(tr("Save &As..."));
    m_act.quit->setText(tr("&Quit"));
    updateUndoRedoText();
    m_act.cut->setText(tr("Cu&t"));
    m_act.copy->setText(tr("&Copy"));
    m_act.paste->setText(tr("&Paste"));
    m_act.duplicate->setText(tr("D&uplicate"));
    m_act.del->setText(tr("&Delete"));
    m_act.selectAll->setText(tr("Select &All"));
    m_act.alignLeft->setText(tr("Align &Left"));
    m_act.alignTop->setText(tr("Align &Top"));
    m_act.productOptions->setText(tr("Product &Options..."));
    m_act.zoomIn->setText(tr("Zoom &In"));
    m_act.zoomOut->setText(tr("Zoom &Out"));
    m_act.zoomReset->setText(tr("&Actual Size"));
    m_act.fit->setText(tr("&Fit to Window"));
    m_act.showLocal->setText(tr("Show &Local Flows"));
    m_act.crossingOnly->setText(tr("Only &Crossing Flows"));
    m_act.portLabels->setText(tr("&Port Labels"));
    m_act.snap->setText(tr("&Snap to Grid"));
    m_act.presentation->setText(tr("&Presentation Mode"));
    m_act.selectTool->setText(tr("&Select"));
    m_act.zoneTool->setText(tr("Draw &Zone"));
    m_act.linkTool->setText(tr("&Link Nodes"));
    m_act.about->setText(tr("&About Portolan"));
    m_act.aboutQt->setText(tr("About &Qt"));
    // Toolbar buttons and tooltips show the text without its mnemonic: Qt would only drop
    // the '&' and leave "(O)" of a Chinese "产品选项(&O)...".
    for (QAction *a : {m_act.newDesign, m_act.open, m_act.save, m_act.saveAs, m_act.quit,
                       m_act.cut, m_act.copy, m_act.paste, m_act.duplicate, m_act.del,
                       m_act.selectAll, m_act.alignLeft, m_act.alignTop, m_act.productOptions,
                       m_act.zoomIn, m_act.zoomOut, m_act.zoomReset, m_act.fit, m_act.showLocal,
                       m_act.crossingOnly, m_act.portLabels, m_act.snap, m_act.presentation,
                       m_act.selectTool, m_act.zoneTool, m_act.linkTool, m_act.about}) {
        a->setIconText(withoutMnemonic(a->text()));
        a->setToolTip(a->iconText());
    }
    m_act.crossingOnly->setToolTip(tr("Show only flows that cross a firewall"));
    for (QAction *a : {m_act.selectTool, m_act.zoneTool, m_act.linkTool}) {
        a->setToolTip(tr("%1 (%2)").arg(a->iconText(),
                                        a->shortcut().toString(QKeySequence::NativeText)));
    }
    for (QAction *a : m_act.languages->actions())
        a->setChecked(a->data().toString() == core::languageCode(language()));

    m_menus.file->setTitle(tr("&File"));
    m_examplesMenu->setTitle(tr("Open &Example"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_menus.edit->setTitle(tr("&Edit"));
    m_menus.view->setTitle(tr("&View"));
    m_menus.panels->setTitle(tr("&Panels"));
    m_menus.language->setTitle(tr("&Language"));
    m_menus.tools->setTitle(tr("&Tools"));
    m_menus.help->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Main"));
    m_productFilter->setToolTip(tr("Show the flows of one product"));
    m_zoneFilter->setToolTip(tr("Show the flows that touch one zone"));

    m_paletteDock->setWindowTitle(tr("Components"));
    m_inspectorDock->setWindowTitle(tr("Properties"));
    m_overviewDock->setWindowTitle(tr("Overview"));
    m_historyDock->setWindowTitle(tr("History"));
    m_undoView->setEmptyLabel(tr("<opened design>"));
    m_crossingBox->setText(tr("Firewall crossings only (the firewall request)"));
    m_matrixTabs->setTabText(0, tr("Flows"));
    m_exports->retranslate();
    m_compare->retranslate();

    // Texts that also change with the document.
    updateFilterCombos();
    updateTitle();
    updateStatus();
}

void MainWindow::updateUndoRedoText()
{
    const QUndoStack *stack = m_doc->undoStack();
    const QString undo = stack->undoText();
    const QString redo = stack->redoText();
    m_act.undo->setText(undo.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undo));
    m_act.redo->setText(redo.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redo));
    for (QAction *a : {m_act.undo, m_act.redo}) {
        a->setIconText(withoutMnemonic(a->text()));
        a->setToolTip(a->iconText());
    }
}

} // namespace portolan::gui
