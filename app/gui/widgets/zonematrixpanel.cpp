#include "zonematrixpanel.h"

#include "scene/designscene.h"
#include "zonematrixmodel.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace portolan::gui {

ZoneMatrixPanel::ZoneMatrixPanel(Document *doc, DesignScene *scene, QWidget *parent)
    : QWidget(parent)
    , m_scene(scene)
    , m_model(new ZoneMatrixModel(doc, this))
    , m_crossing(new QCheckBox(this))
    , m_empty(new QLabel(this))
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("ZoneMatrixPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    auto *top = new QHBoxLayout;
    top->addWidget(m_crossing);
    top->addWidget(m_empty, 1);
    layout->addLayout(top);
    layout->addWidget(m_view);
    m_crossing->setChecked(m_model->crossingOnly());
    m_empty->setStyleSheet(QStringLiteral("color: palette(mid);"));

    m_view->setModel(m_model);
    m_view->setWordWrap(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setHighlightSections(true);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    connect(m_crossing, &QCheckBox::toggled, m_model, &ZoneMatrixModel::setCrossingOnly);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ZoneMatrixPanel::modelReset);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ZoneMatrixPanel::selectionChanged);
    modelReset();
}

void ZoneMatrixPanel::modelReset()
{
    // Columns as wide as their ports (within reason); rows as tall as their lines.
    m_view->resizeColumnsToContents();
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_view->setColumnWidth(c, std::clamp(m_view->columnWidth(c) + 12, 110, 320));
    m_view->resizeRowsToContents();
    m_empty->setVisible(m_model->rowCount() == 0);
    retranslateUi(); // the empty text depends on the switch
}

void ZoneMatrixPanel::selectionChanged()
{
    QStringList nodes, keys;
    for (const QModelIndex &i : m_view->selectionModel()->selectedIndexes()) {
        for (const QString &n : i.data(ZoneMatrixModel::NodeIdsRole).toStringList()) {
            if (!nodes.contains(n))
                nodes << n;
        }
        keys << i.data(ZoneMatrixModel::FlowKeysRole).toStringList();
    }
    if (!nodes.isEmpty())
        m_scene->selectOnly(nodes, {}, keys);
}

void ZoneMatrixPanel::showEvent(QShowEvent *e)
{
    m_model->setActive(true);
    QWidget::showEvent(e);
}

void ZoneMatrixPanel::hideEvent(QHideEvent *e)
{
    m_model->setActive(false);
    QWidget::hideEvent(e);
}

void ZoneMatrixPanel::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(e);
}

void ZoneMatrixPanel::retranslateUi()
{
    m_crossing->setText(tr("Firewall crossings only"));
    m_crossing->setToolTip(tr("Count only flows that cross a firewall, as the firewall request "
                              "does; otherwise every flow between different hosts"));
    m_empty->setText(m_model->crossingOnly() ? tr("No flow crosses a firewall.")
                                             : tr("No flows between hosts."));
}

} // namespace portolan::gui
