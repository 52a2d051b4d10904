#pragma once

#include <QSortFilterProxyModel>
#include <QStandardItemModel>

namespace portolan::core {
class CatalogSet;
}

namespace portolan::gui {

/// Products -> component types, with category icons; drags carry the component type id.
class PaletteModel : public QStandardItemModel
{
    Q_OBJECT

public:
    enum Role {
        TypeIdRole = Qt::UserRole + 1, ///< component type id (empty on product rows)
        SearchTextRole,                ///< id and names in every language, lower case
        ProductRole,
    };

    explicit PaletteModel(const core::CatalogSet &catalogs, QObject *parent = nullptr);

    void rebuild();
    /// Names and tooltips in the current language (the search text holds every language).
    void retranslate();
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction; }

private:
    const core::CatalogSet &m_catalogs;
};

/// Filters as you type: a component matches when its id or its English or Chinese name
/// contains the text; a product that matches shows all its components.
class PaletteFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PaletteFilter(QObject *parent = nullptr);
    void setSearch(const QString &text);

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;

private:
    QString m_search;
};

} // namespace portolan::gui
