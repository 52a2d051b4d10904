#include "palettemodel.h"

#include "guicontext.h"
#include "scene/canvasview.h"

#include "catalog/catalogset.h"

#include <QMimeData>

namespace portolan::gui {

namespace {

QString componentTip(const core::ComponentType &c)
{
    QString tip = QStringLiteral("<b>%1</b><br><small>%2</small>")
                      .arg(text(c.name).toHtmlEscaped(), c.id.toHtmlEscaped());
    if (!c.description.isEmpty())
        tip += QStringLiteral("<br>") + text(c.description).toHtmlEscaped();
    return tip;
}

} // namespace

PaletteModel::PaletteModel(const core::CatalogSet &catalogs, QObject *parent)
    : QStandardItemModel(parent)
    , m_catalogs(catalogs)
{
    rebuild();
    connect(LanguageNotifier::instance(), &LanguageNotifier::languageChanged, this,
            &PaletteModel::retranslate);
}

void PaletteModel::rebuild()
{
    clear();
    setColumnCount(1);
    // Generic infrastructure last: the vendor products are what a design is about.
    std::vector<const core::Catalog *> cats;
    for (const auto &c : m_catalogs.catalogs())
        cats.push_back(c.get());
    std::stable_sort(cats.begin(), cats.end(), [](const core::Catalog *a, const core::Catalog *b) {
        return (a->product == QLatin1String("common")) < (b->product == QLatin1String("common"));
    });
    for (const core::Catalog *cat : cats) {
        auto *product = new QStandardItem(text(cat->name));
        product->setFlags(Qt::ItemIsEnabled);
        product->setData(cat->product, ProductRole);
        product->setData(QStringList{cat->product, cat->name.en, cat->name.zh}
                             .join(QLatin1Char('\n')).toLower(),
                         SearchTextRole);
        QFont f = product->font();
        f.setBold(true);
        product->setFont(f);
        for (const core::ComponentType &c : cat->components) {
            auto *item = new QStandardItem(componentIcon(m_catalogs, c.id), text(c.name));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
            item->setData(c.id, TypeIdRole);
            item->setData(cat->product, ProductRole);
            item->setData(QStringList{c.id, c.name.en, c.name.zh}.join(QLatin1Char('\n')).toLower(),
                          SearchTextRole);
            item->setToolTip(componentTip(c));
            product->appendRow(item);
        }
        appendRow(product);
    }
}

void PaletteModel::retranslate()
{
    // In place, so that the views keep their expansion, selection and scroll position.
    for (int r = 0; r < rowCount(); ++r) {
        QStandardItem *product = item(r);
        if (const core::Catalog *cat = m_catalogs.catalog(product->data(ProductRole).toString()))
            product->setText(text(cat->name));
        for (int i = 0; i < product->rowCount(); ++i) {
            QStandardItem *child = product->child(i);
            if (const core::ComponentType *c = m_catalogs.component(child->data(TypeIdRole).toString())) {
                child->setText(text(c->name));
                child->setToolTip(componentTip(*c));
            }
        }
    }
}

QStringList PaletteModel::mimeTypes() const
{
    return {QString::fromLatin1(CanvasView::kComponentMimeType)};
}

QMimeData *PaletteModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &i : indexes) {
        const QString type = i.data(TypeIdRole).toString();
        if (type.isEmpty())
            continue;
        auto *mime = new QMimeData;
        mime->setData(QString::fromLatin1(CanvasView::kComponentMimeType), type.toUtf8());
        mime->setText(type);
        return mime;
    }
    return nullptr;
}

PaletteFilter::PaletteFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setAutoAcceptChildRows(true);
}

void PaletteFilter::setSearch(const QString &text)
{
    m_search = text.trimmed().toLower();
    invalidateFilter();
}

bool PaletteFilter::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    if (m_search.isEmpty())
        return true;
    const QModelIndex i = sourceModel()->index(row, 0, parent);
    return i.data(PaletteModel::SearchTextRole).toString().contains(m_search);
}

} // namespace portolan::gui
