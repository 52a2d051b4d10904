#pragma once

#include "export/portmatrix.h"

#include <QAbstractTableModel>
#include <QHash>

#include <memory>

namespace portolan::gui {

class Document;

/// What a revision comparison (File → Compare with…) marks in the matrix.
struct MatrixChanges
{
    enum Kind { None, Added, Removed, Changed };

    QHash<QString, Kind> kinds;      ///< flow key in the current design -> Added or Changed
    QHash<QString, QString> details; ///< flow key -> changed fields ("ports, firewalls")
    /// Removed flows, listed after the current rows, come from the older revision.
    std::shared_ptr<const core::Design> oldDesign;
    std::shared_ptr<const core::FlowSet> oldFlows;
    std::vector<int> removed; ///< indices into oldFlows->flows
};

/// The port matrix (core::PortMatrix) as a table, rebuilt whenever the flows change.
class MatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        FlowKeyRole = Qt::UserRole + 1, ///< DesignScene::flowKey of the row's flow
        CrossingRole,
        ChangeRole, ///< MatrixChanges::Kind of the row while comparing, else None
    };

    explicit MatrixModel(Document *doc, QObject *parent = nullptr);

    bool crossingOnly() const { return m_crossingOnly; }
    void setCrossingOnly(bool on);
    void rebuild();

    /// Marks added and changed rows, appends the removed flows and a "Change" column;
    /// null ends the comparison.
    void setChanges(std::shared_ptr<const MatrixChanges> changes);
    bool comparing() const { return m_changes != nullptr; }
    /// The "Change" column while comparing, else -1.
    int changeColumn() const { return comparing() ? int(m_matrix.headers.size()) : -1; }

    /// Rows showing the flow with this key.
    QList<int> rowsForKey(const QString &key) const;
    QString keyAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant changeData(int row, int column, int role) const;
    /// In the plain list (one row per flow, no comparison) the cells are made when first
    /// shown, a chunk of rows at a time: a view shows a few dozen of 17,000 rows, and making
    /// them all took 90 ms after every edit of a 10,000-node design.
    const core::PortMatrix::Row &rowAt(int row) const;
    const QStringList &keys() const;

    Document *m_doc;
    bool m_crossingOnly = false;
    mutable core::PortMatrix m_matrix;
    mutable std::vector<bool> m_chunkDone; ///< lazy cells: chunks of rows made; empty: all
    mutable QStringList m_keys;
    mutable bool m_keysPending = false; ///< m_keys not made yet (see keys())
    std::vector<bool> m_crossing;
    std::shared_ptr<const MatrixChanges> m_changes;
    std::vector<MatrixChanges::Kind> m_kinds; ///< per row while comparing
};

} // namespace portolan::gui
