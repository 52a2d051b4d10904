#include "matrixmodel.h"

#include "document/document.h"
#include "guicontext.h"
#include "scene/designscene.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <algorithm>

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

namespace {
constexpr int kChunk = 128;
}

void MatrixModel::rebuild()
{
    beginResetModel();
    const core::Design &d = m_doc->design();
    const core::FlowSet &flows = m_doc->flows();
    m_chunkDone.clear();
    if (!m_crossingOnly && !m_changes) {
        // One row per flow in flow order; the cells follow in rowAt().
        m_matrix = core::PortMatrix::build(d, core::FlowSet(), m_doc->catalogs(), language(),
                                           false);
        m_matrix.rows.resize(flows.flows.size());
        for (size_t i = 0; i < flows.flows.size(); ++i)
            m_matrix.rows[i].flow = &flows.flows[i];
        m_chunkDone.assign((flows.flows.size() + kChunk - 1) / kChunk, false);
    } else {
        m_matrix = core::PortMatrix::build(d, flows, m_doc->catalogs(), language(),
                                           m_crossingOnly);
    }
    m_keys.clear();
    m_crossing.clear();
    m_kinds.clear();
    // The plain list makes the flow keys when first asked for (keys()), like its cells.
    m_keysPending = !m_chunkDone.empty();
    for (const core::PortMatrix::Row &row : m_matrix.rows) {
        if (!m_keysPending)
            m_keys << (row.flow ? DesignScene::flowKey(*row.flow, d) : QString());
        m_crossing.push_back(row.flow && row.flow->crossesFirewall);
        if (m_changes)
            m_kinds.push_back(m_changes->kinds.value(m_keys.last(), MatrixChanges::None));
    }
    if (m_changes && !m_changes->removed.empty()) {
        // The removed flows as the older revision's matrix shows them.
        const core::PortMatrix old = core::PortMatrix::build(
                *m_changes->oldDesign, *m_changes->oldFlows, m_doc->catalogs(), language(),
                m_crossingOnly);
        std::vector<bool> gone(m_changes->oldFlows->flows.size(), false);
        for (int i : m_changes->removed)
            gone[size_t(i)] = true;
        for (const core::PortMatrix::Row &row : old.rows) {
            const qsizetype i = row.flow ? row.flow - m_changes->oldFlows->flows.data() : -1;
            if (i < 0 || !gone[size_t(i)])
                continue;
            m_matrix.rows.push_back(row);
            m_keys << QString(); // nothing on the canvas to select
            m_crossing.push_back(row.flow->crossesFirewall);
            m_kinds.push_back(MatrixChanges::Removed);
        }
    }
    endResetModel();
}

const QStringList &MatrixModel::keys() const
{
    if (!m_keysPending)
        return m_keys;
    const core::Design &d = m_doc->design();
    QStringList keys;
    keys.reserve(qsizetype(m_matrix.rows.size()));
    for (const core::PortMatrix::Row &row : m_matrix.rows) {
        // As in rowAt(): never read past the design's nodes.
        if (!row.flow || size_t(row.flow->source) >= d.nodes.size()
            || size_t(row.flow->target) >= d.nodes.size())
            return m_keys;
        keys << DesignScene::flowKey(*row.flow, d);
    }
    m_keys = std::move(keys);
    m_keysPending = false;
    return m_keys;
}

const core::PortMatrix::Row &MatrixModel::rowAt(int row) const
{
    const size_t chunk = size_t(row / kChunk);
    if (chunk < m_chunkDone.size() && !m_chunkDone[chunk]) {
        const core::Design &d = m_doc->design();
        const std::vector<core::Flow> &all = m_doc->flows().flows;
        const size_t begin = chunk * kChunk;
        const size_t end = std::min(all.size(), begin + kChunk);
        core::FlowSet part;
        for (size_t i = begin; i < end; ++i) {
            // Flows refer to nodes by position: never read past the design's nodes (the
            // flows are always re-derived, and this model reset, after the design changes).
            if (size_t(all[i].source) >= d.nodes.size() || size_t(all[i].target) >= d.nodes.size())
                return m_matrix.rows[size_t(row)];
            part.flows.push_back(all[i]);
        }
        m_chunkDone[chunk] = true;
        const core::PortMatrix made =
                core::PortMatrix::build(d, part, m_doc->catalogs(), language(), false);
        for (size_t i = 0; i < made.rows.size() && begin + i < m_matrix.rows.size(); ++i) {
            m_matrix.rows[begin + i].firewall = made.rows[i].firewall;
            m_matrix.rows[begin + i].cells = made.rows[i].cells;
        }
    }
    return m_matrix.rows[size_t(row)];
}

void MatrixModel::setChanges(std::shared_ptr<const MatrixChanges> changes)
{
    m_changes = std::move(changes);
    rebuild();
}

QVariant MatrixModel::changeData(int row, int column, int role) const
{
    const MatrixChanges::Kind kind = m_kinds[size_t(row)];
    if (role == ChangeRole)
        return int(kind);
    if (kind == MatrixChanges::None)
        return QVariant();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (column != changeColumn())
            return QVariant();
        if (kind == MatrixChanges::Added)
            return tr("Added");
        if (kind == MatrixChanges::Removed)
            return tr("Removed");
        return tr("Changed: %1").arg(m_changes->details.value(keys().value(row)));
    case Qt::BackgroundRole:
        return QBrush(kind == MatrixChanges::Added     ? QColor(0xdc, 0xf2, 0xe1)
                      : kind == MatrixChanges::Removed ? QColor(0xf8, 0xdc, 0xd8)
                                                       : QColor(0xfb, 0xec, 0xcf));
    case Qt::ForegroundRole:
        if (kind == MatrixChanges::Removed)
            return QBrush(QColor(0x8e, 0x2a, 0x20));
        return column == changeColumn() ? QBrush(kind == MatrixChanges::Added
                                                         ? QColor(0x1e, 0x6b, 0x34)
                                                         : QColor(0x8a, 0x55, 0x06))
                                        : QVariant();
    case Qt::FontRole:
        if (kind == MatrixChanges::Removed && column != changeColumn()) {
            QFont f;
            f.setStrikeOut(true);
            return f;
        }
        return QVariant();
    default:
        return QVariant();
    }
}

QList<int> MatrixModel::rowsForKey(const QString &key) const
{
    QList<int> rows;
    const QStringList &all = keys();
    for (int i = 0; i < all.size(); ++i) {
        if (all[i] == key)
            rows << i;
    }
    return rows;
}

QString MatrixModel::keyAt(int row) const
{
    return keys().value(row);
}

int MatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.rows.size());
}

int MatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.headers.size()) + (comparing() ? 1 : 0);
}

QVariant MatrixModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return QVariant();
    if (comparing()) {
        const QVariant change = changeData(index.row(), index.column(), role);
        if (change.isValid() || index.column() == changeColumn() || role == ChangeRole)
            return change;
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return rowAt(index.row()).cells.value(index.column());
    case Qt::ForegroundRole:
        if (m_crossing[size_t(index.row())]
            && index.column() == int(core::MatrixColumn::FirewallsCrossed))
            return QBrush(QColor(0xb0, 0x3a, 0x12));
        return QVariant();
    case FlowKeyRole:
        return keys().value(index.row());
    case CrossingRole:
        return bool(m_crossing[size_t(index.row())]);
    case ChangeRole:
        return int(MatrixChanges::None);
    default:
        return QVariant();
    }
}

QVariant MatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0
        && section < m_matrix.headers.size())
        return m_matrix.headers.value(section);
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section == changeColumn())
        return tr("Change");
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace portolan::gui
