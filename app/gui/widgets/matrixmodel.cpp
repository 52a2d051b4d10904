#include "matrixmodel.h"

#include "document/document.h"
#include "guicontext.h"
#include "scene/designscene.h"

#include <QBrush>
#include <QColor>

namespace portolan::gui {

MatrixModel::MatrixModel(Document *doc, QObject *parent)
    : QAbstractTableModel(parent)
    , m_doc(doc)
{
    connect(doc, &Document::flowsChanged, this, &MatrixModel::rebuild);
    // Headers and cells are text in the current language: a reset refreshes both.
    connect(LanguageNotifier::instance(), &LanguageNotifier::languageChanged, this,
            &MatrixModel::rebuild);
    rebuild();
}

void MatrixModel::setCrossingOnly(bool on)
{
    if (m_crossingOnly == on)
        return;
    m_crossingOnly = on;
    rebuild();
}

void MatrixModel::rebuild()
{
    beginResetModel();
    const core::Design &d = m_doc->design();
    m_matrix = core::PortMatrix::build(d, m_doc->flows(), m_doc->catalogs(), language(),
                                       m_crossingOnly);
    m_keys.clear();
    m_crossing.clear();
    for (const core::PortMatrix::Row &row : m_matrix.rows) {
        m_keys << (row.flow ? DesignScene::flowKey(*row.flow, d) : QString());
        m_crossing.push_back(row.flow && row.flow->crossesFirewall);
    }
    endResetModel();
}

QList<int> MatrixModel::rowsForKey(const QString &key) const
{
    QList<int> rows;
    for (int i = 0; i < m_keys.size(); ++i) {
        if (m_keys[i] == key)
            rows << i;
    }
    return rows;
}

QString MatrixModel::keyAt(int row) const
{
    return m_keys.value(row);
}

int MatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.rows.size());
}

int MatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.headers.size());
}

QVariant MatrixModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return QVariant();
    const core::PortMatrix::Row &row = m_matrix.rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return row.cells.value(index.column());
    case Qt::ForegroundRole:
        if (m_crossing[size_t(index.row())]
            && index.column() == int(core::MatrixColumn::FirewallsCrossed))
            return QBrush(QColor(0xb0, 0x3a, 0x12));
        return QVariant();
    case FlowKeyRole:
        return m_keys.value(index.row());
    case CrossingRole:
        return bool(m_crossing[size_t(index.row())]);
    default:
        return QVariant();
    }
}

QVariant MatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0
        && section < m_matrix.headers.size())
        return m_matrix.headers.value(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace portolan::gui
