#include "palettewidget.h"

#include "palettemodel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

namespace portolan::gui {

PaletteWidget::PaletteWidget(const core::CatalogSet &catalogs, QWidget *parent)
    : QWidget(parent)
    , m_model(new PaletteModel(catalogs, this))
    , m_filter(new PaletteFilter(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTreeView(this))
{
    m_filter->setSourceModel(m_model);
    m_search->setPlaceholderText(tr("Search components (English or \u4e2d\u6587)"));
    m_search->setClearButtonEnabled(true);
    m_view->setModel(m_filter);
    m_view->setHeaderHidden(true);
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->setIconSize(QSize(20, 20));
    m_view->setUniformRowHeights(true);
    m_view->setAnimated(false);
    m_view->expandAll();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_search);
    layout->addWidget(m_view);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearch(text);
        m_view->expandAll();
    });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QString type = index.data(PaletteModel::TypeIdRole).toString();
        if (!type.isEmpty())
            emit componentActivated(type);
    });
}

} // namespace portolan::gui
