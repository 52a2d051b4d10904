#pragma once

#include "render/zonematrix.h"

#include <QAbstractTableModel>
#include <QHash>

namespace portolan::gui {

class Document;

/// The zone-to-zone matrix (render::ZoneMatrix) as a table: source zones as rows, target
/// zones as columns, in each cell the protocols and ports that must be open from the row's
/// zone to the column's zone. Rebuilt whenever the flows, a zone or the language change —
/// while active (its tab is shown); an inactive model only notes that it is out of date and
/// catches up when activated, so edits in a large design do not pay for a hidden tab.
class ZoneMatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        FlowIdsRole = Qt::UserRole + 1, ///< QStringList: the flows behind the cell
        FlowKeysRole, ///< QStringList: their DesignScene::flowKey
        NodeIdsRole, ///< QStringList: the nodes at both ends of those flows
    };

    explicit ZoneMatrixModel(Document *doc, QObject *parent = nullptr);

    /// Only flows that cross a firewall (the default, as in the PDF request).
    bool crossingOnly() const { return m_crossingOnly; }
    void setCrossingOnly(bool on);
    const render::ZoneMatrix &matrix() const { return m_matrix; }
    void rebuild();
    bool isActive() const { return m_active; }
    /// Active models follow every change; activating an out-of-date model rebuilds it.
    void setActive(bool on);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const render::ZoneMatrix::Cell *cellAt(const QModelIndex &index) const;
    QString toolTip(const QModelIndex &index) const;
    void invalidate();

    Document *m_doc;
    bool m_crossingOnly = true;
    bool m_active = false;
    bool m_dirty = true;
    render::ZoneMatrix m_matrix;
    /// Per flow id: its port matrix row (the text the tooltips list) and its canvas key.
    struct FlowInfo
    {
        QStringList cells;
        QString key;
        QString source;
        QString target;
    };
    QHash<QString, FlowInfo> m_flows;
};

} // namespace portolan::gui
