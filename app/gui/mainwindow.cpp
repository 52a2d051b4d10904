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
#include <QTabWidget>
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


MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_doc(new Document(this))
    , m_autosave(new Autosave(m_doc, m_doc))
    , m_scene(new DesignScene(m_doc, this))
    , m_view(new CanvasView(m_scene, this))
    , m_exports(new ExportActions(this))
    , m_compare(new CompareActions(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(appIcon());
    setCentralWidget(m_view);
    setAcceptDrops(true);
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);

    createActions();
    createDocks();
    createMenus();
    createToolBar();
    m_countLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_countLabel);
    retranslateUi();

    connect(m_doc, &Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_doc, &Document::fileNameChanged, this, &MainWindow::updateTitle);
    connect(m_doc, &Document::flowsChanged, this, &MainWindow::updateStatus);
    connect(m_autosave, &Autosave::failed, this, [this](const QString &error) {
        statusBar()->showMessage(tr("Autosave failed: %1").arg(error), 10000);
    });
    connect(m_doc, &Document::designReset, this, [this] {
        updateFilterCombos();
        m_view->fitToView();
        m_pasteCount = 0;
    });
    connect(m_doc, &Document::zoneAdded, this, &MainWindow::updateFilterCombos);
    connect(m_doc, &Document::zoneRemoved, this, &MainWindow::updateFilterCombos);
    connect(m_doc, &Document::zoneChanged, this, &MainWindow::updateFilterCombos);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &MainWindow::sceneSelectionChanged);
    connect(m_view, &CanvasView::openFileRequested, this, [this](const QString &f) {
        if (maybeSave())
            openFile(f);
    });
    connect(m_view, &CanvasView::toolChanged, this, [this](CanvasView::ToolKind k) {
        QAction *a = k == CanvasView::ToolKind::Zone   ? m_act.zoneTool
                     : k == CanvasView::ToolKind::Link ? m_act.linkTool
                                                       : m_act.selectTool;
        a->setChecked(true);
    });
    connect(m_palette, &PaletteWidget::componentActivated, this, [this](const QString &type) {
        // Keyboard placement: in the middle of what the user sees.
        const QPointF c = m_view->mapToScene(m_view->viewport()->rect().center());
        m_doc->undoStack()->push(Commands::addNode(m_doc, type, geometry::snap(c)));
    });

    if (!m_doc->catalogErrors().isEmpty())
        statusBar()->showMessage(tr("Some catalogs could not be loaded: %1")
                                     .arg(m_doc->catalogErrors().first()), 15000);
    updateFilterCombos();
    updateTitle();
    updateStatus();
    updateRecentMenu();
    resize(1280, 720);
    restoreSettings();
}

MainWindow::~MainWindow()
{
    // QObject deletes the children after this destructor, in creation order: the document
    // before the scene. The undo stack's and the scene's last signals (the scene clears its
    // selection) must no longer reach the inspector, the models or this half-destroyed
    // window. Found by the sanitizer stage (docs/reliability.md).
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        child->blockSignals(true);
}

void MainWindow::createDocks()
{
    // Titles are set in retranslateUi() and updateStatus().
    auto dock = [this](const QString &name, QWidget *w, Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(this);
        d->setObjectName(name);
        d->setWidget(w);
        addDockWidget(area, d);
        m_docks << d;
        return d;
    };

    m_palette = new PaletteWidget(m_doc->catalogs(), this);
    m_paletteDock = dock(QStringLiteral("PaletteDock"), m_palette, Qt::LeftDockWidgetArea);

    m_inspector = new Inspector(m_doc, this);
    m_inspectorDock = dock(QStringLiteral("InspectorDock"), m_inspector, Qt::RightDockWidgetArea);

    m_miniMap = new MiniMap(m_view, this);
    m_overviewDock = dock(QStringLiteral("OverviewDock"), m_miniMap, Qt::RightDockWidgetArea);
    splitDockWidget(m_inspectorDock, m_overviewDock, Qt::Vertical);

    m_undoView = new QUndoView(m_doc->undoStack(), this);
    m_historyDock = dock(QStringLiteral("HistoryDock"), m_undoView, Qt::RightDockWidgetArea);
    tabifyDockWidget(m_inspectorDock, m_historyDock);
    m_inspectorDock->raise();

    // Port matrix with its "crossing only" toggle.
    auto *matrixPanel = new QWidget(this);
    auto *ml = new QVBoxLayout(matrixPanel);
    ml->setContentsMargins(2, 2, 2, 2);
    ml->setSpacing(2);
    auto *crossing = m_crossingBox = new QCheckBox(matrixPanel);
    ml->addWidget(crossing);
    m_matrixModel = new MatrixModel(m_doc, this);
    m_matrixView = new QTableView(matrixPanel);
    m_matrixView->setModel(m_matrixModel);
    m_matrixView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_matrixView->setAlternatingRowColors(true);
    m_matrixView->setWordWrap(false);
    m_matrixView->verticalHeader()->hide();
    m_matrixView->verticalHeader()->setDefaultSectionSize(22);
    m_matrixView->horizontalHeader()->setHighlightSections(false);
    m_matrixView->horizontalHeader()->setStretchLastSection(true);
    ml->addWidget(m_matrixView);
    auto sizeColumns = [this] {
        const int widths[] = {44, 90, 120, 170, 90, 95, 120, 170, 90, 95, 60, 90, 150, 260, 150, 110, 160, 200};
        for (int c = 0; c < m_matrixModel->columnCount() && c < int(std::size(widths)); ++c)
            m_matrixView->setColumnWidth(c, widths[c]);
        m_matrixView->setColumnHidden(int(core::MatrixColumn::Firewall), !m_matrixModel->crossingOnly());
    };
    connect(m_matrixModel, &QAbstractItemModel::modelReset, this, sizeColumns);
    sizeColumns();
    connect(crossing, &QCheckBox::toggled, m_matrixModel, &MatrixModel::setCrossingOnly);
    connect(m_matrixView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::matrixSelectionChanged);
    m_matrixTabs = new QTabWidget(this);
    m_matrixTabs->setObjectName(QStringLiteral("MatrixTabs"));
    m_matrixTabs->setDocumentMode(true);
    m_matrixTabs->addTab(matrixPanel, QString());
    m_exports->installViews(m_matrixTabs);
    m_compare->installViews(m_matrixTabs);
    m_matrixDock = dock(QStringLiteral("MatrixDock"), m_matrixTabs, Qt::BottomDockWidgetArea);

    m_problemsModel = new ProblemsModel(m_doc, this);
    m_problemsView = new QTableView(this);
    m_problemsView->setModel(m_problemsModel);
    m_problemsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problemsView->verticalHeader()->hide();
    m_problemsView->horizontalHeader()->setStretchLastSection(true);
    m_problemsView->setColumnWidth(0, 90);
    m_problemsView->setWordWrap(false);
    connect(m_problemsView, &QTableView::doubleClicked, this, &MainWindow::problemActivated);
    m_problemsDock = dock(QStringLiteral("ProblemsDock"), m_problemsView, Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_matrixDock, m_problemsDock);
    m_matrixDock->raise();
}

void MainWindow::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(e);
}

void MainWindow::restoreSettings()
{
    // Untrusted bytes (settings::blob bounds them); Qt checks their format and refuses what
    // it cannot read, and restoreGeometry keeps the window on an existing screen.
    const QByteArray geometry = settings::blob(QStringLiteral("mainWindow/geometry"),
                                               settings::kMaxGeometryBytes);
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = settings::blob(QStringLiteral("mainWindow/state"),
                                            settings::kMaxStateBytes);
    if (!state.isEmpty() && restoreState(state))
        return;
    // Default proportions for a 1366x768 laptop: the canvas gets the most room.
    QTimer::singleShot(0, this, [this] {
        resizeDocks({m_paletteDock, m_inspectorDock}, {215, 265}, Qt::Horizontal);
        resizeDocks({m_matrixDock}, {230}, Qt::Vertical);
        resizeDocks({m_inspectorDock, m_overviewDock}, {330, 140}, Qt::Vertical);
    });
}

void MainWindow::updateTitle()
{
    const QString name = m_doc->fileName().isEmpty() ? tr("Untitled")
                                                     : QFileInfo(m_doc->fileName()).fileName();
    setWindowTitle(tr("%1[*] - Portolan").arg(name));
    setWindowModified(m_doc->isModified());
    setWindowFilePath(m_doc->fileName());
}

void MainWindow::updateStatus()
{
    const core::FlowSet &f = m_doc->flows();
    m_countLabel->setText(tr("%1 nodes  |  %2 flows  |  %3 crossing  |  %4 errors, %5 warnings")
                              .arg(m_doc->design().nodes.size())
                              .arg(f.flows.size())
                              .arg(f.crossingCount())
                              .arg(f.count(core::Severity::Error))
                              .arg(f.count(core::Severity::Warning)));
    const int problems = int(f.diagnostics.size());
    m_problemsDock->setWindowTitle(problems ? tr("Problems (%1)").arg(problems) : tr("Problems"));
    m_matrixDock->setWindowTitle(tr("Port Matrix (%1)").arg(m_matrixModel->rowCount()));
}

void MainWindow::updateFilterCombos()
{
    const QString product = m_productFilter->currentData().toString();
    const QString zone = m_zoneFilter->currentData().toString();
    {
        const QSignalBlocker b1(m_productFilter), b2(m_zoneFilter);
        m_productFilter->clear();
        m_productFilter->addItem(tr("All products"), QString());
        for (const auto &c : m_doc->catalogs().catalogs())
            m_productFilter->addItem(text(c->name), c->product);
        m_productFilter->setCurrentIndex(std::max(0, m_productFilter->findData(product)));
        m_zoneFilter->clear();
        m_zoneFilter->addItem(tr("All zones"), QString());
        for (const core::Zone &z : m_doc->design().zones) {
            const QString indent(m_doc->zoneDepth(z.id) * 2, QLatin1Char(' '));
            m_zoneFilter->addItem(indent + (z.name.isEmpty() ? z.id : z.name), z.id);
        }
        m_zoneFilter->setCurrentIndex(std::max(0, m_zoneFilter->findData(zone)));
    }
    applyFlowFilter();
}

void MainWindow::applyFlowFilter()
{
    FlowFilter f;
    f.showLocal = m_act.showLocal->isChecked();
    f.crossingOnly = m_act.crossingOnly->isChecked();
    f.portLabels = m_act.portLabels->isChecked();
    f.product = m_productFilter ? m_productFilter->currentData().toString() : QString();
    f.zone = m_zoneFilter ? m_zoneFilter->currentData().toString() : QString();
    m_scene->setFlowFilter(f);
}

} // namespace portolan::gui
