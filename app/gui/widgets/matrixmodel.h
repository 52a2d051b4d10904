#pragma once

#include "export/portmatrix.h"

#include <QAbstractTableModel>

namespace portolan::gui {

class Document;

/// The port matrix (core::PortMatrix) as a table, rebuilt whenever the flows change.
class MatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        FlowKeyRole = Qt::UserRole + 1, ///< DesignScene::flowKey of the row's flow
        CrossingRole,
    };

    explicit MatrixModel(Document *doc, QObject *parent = nullptr);

    bool crossingOnly() const { return m_crossingOnly; }
    void setCrossingOnly(bool on);
    void rebuild();

    /// Rows showing the flow with this key.
    QList<int> rowsForKey(const QString &key) const;
    QString keyAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Document *m_doc;
    bool m_crossingOnly = false;
    core::PortMatrix m_matrix;
    QStringList m_keys;
    std::vector<bool> m_crossing;
};

} // namespace portolan::gui
