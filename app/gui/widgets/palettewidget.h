#pragma once

#include <QWidget>

class QLineEdit;
class QTreeView;

namespace portolan::core {
class CatalogSet;
}

namespace portolan::gui {

class PaletteFilter;
class PaletteModel;

/// The component palette: a search box over a tree of products and component types.
class PaletteWidget : public QWidget
{
    Q_OBJECT

public:
    explicit PaletteWidget(const core::CatalogSet &catalogs, QWidget *parent = nullptr);

    PaletteModel *model() const { return m_model; }
    PaletteFilter *filter() const { return m_filter; }
    QTreeView *view() const { return m_view; }
    QLineEdit *searchBox() const { return m_search; }

signals:
    /// Double-click or Enter on a component: place it.
    void componentActivated(const QString &type);

protected:
    void changeEvent(QEvent *e) override;

private:
    void retranslateUi();

    PaletteModel *m_model;
    PaletteFilter *m_filter;
    QLineEdit *m_search;
    QTreeView *m_view;
};

} // namespace portolan::gui
