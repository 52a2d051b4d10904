#include "palettewidget.h"

#include "palettemodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace portolan::gui {

namespace {

/// Rows as tall as an icon or a line of Latin and Chinese text, whichever is more. The view
/// takes every row's height from the first (uniform rows), a product row without an icon,
/// and Chinese glyphs come from a taller fallback font.
class PaletteRowDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        const QFontMetrics fm(option.font);
        size.setHeight(std::max({size.height(), option.decorationSize.height() + 2,
                                 fm.boundingRect(QStringLiteral("Ag\u4e2d\u6587")).height() + 4}));
        return size;
    }
};

} // namespace

PaletteWidget::PaletteWidget(const core::CatalogSet &catalogs, QWidget *parent)
    : QWidget(parent)
    , m_model(new PaletteModel(catalogs, this))
    , m_filter(new PaletteFilter(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTreeView(this))
{
    m_filter->setSourceModel(m_model);
    retranslateUi();
    m_search->setClearButtonEnabled(true);
    m_view->setModel(m_filter);
    m_view->setHeaderHidden(true);
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->setIconSize(QSize(20, 20));
    m_view->setUniformRowHeights(true);
    m_view->setItemDelegate(new PaletteRowDelegate(m_view));
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

void PaletteWidget::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(e);
}

void PaletteWidget::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search components (English or \u4e2d\u6587)"));
}

} // namespace portolan::gui
