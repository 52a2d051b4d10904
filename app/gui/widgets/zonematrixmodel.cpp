#include "zonematrixmodel.h"

#include "document/document.h"
#include "guicontext.h"
#include "scene/designscene.h"

#include "export/portmatrix.h"

#include <QBrush>
#include <QColor>

namespace portolan::gui {

using core::MatrixColumn;

ZoneMatrixModel::ZoneMatrixModel(Document *doc, QObject *parent)
    : QAbstractTableModel(parent)
    , m_doc(doc)
{
    connect(doc, &Document::flowsChanged, this, &ZoneMatrixModel::invalidate);
    // A renamed zone changes a header without changing a flow.
    connect(doc, &Document::zoneChanged, this, &ZoneMatrixModel::invalidate);
    connect(LanguageNotifier::instance(), &LanguageNotifier::languageChanged, this,
            &ZoneMatrixModel::invalidate);
}

void ZoneMatrixModel::setActive(bool on)
{
    m_active = on;
    if (m_active && m_dirty)
        rebuild();
}

void ZoneMatrixModel::invalidate()
{
    if (m_active)
        rebuild();
    else
        m_dirty = true;
}

void ZoneMatrixModel::setCrossingOnly(bool on)
{
    if (m_crossingOnly == on)
        return;
    m_crossingOnly = on;
    invalidate();
}

void ZoneMatrixModel::rebuild()
{
    m_dirty = false;
    beginResetModel();
    const core::Design &d = m_doc->design();
    const core::FlowSet &flows = m_doc->flows();
    m_matrix = render::ZoneMatrix::build(d, flows, language(), m_crossingOnly);
    // The tooltips list each flow as the port matrix shows it, in the current language.
    m_flows.clear();
    const core::PortMatrix pm = core::PortMatrix::build(d, flows, m_doc->catalogs(), language(),
                                                        false);
    for (const core::PortMatrix::Row &row : pm.rows) {
        if (!row.flow || row.flow->source < 0 || row.flow->target < 0)
            continue;
        m_flows.insert(row.flow->id,
                       {row.cells, DesignScene::flowKey(*row.flow, d),
                        d.nodes[size_t(row.flow->source)].id,
                        d.nodes[size_t(row.flow->target)].id});
    }
    endResetModel();
}

int ZoneMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.rowZones.size());
}

int ZoneMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.columnZones.size());
}

const render::ZoneMatrix::Cell *ZoneMatrixModel::cellAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return nullptr;
    return &m_matrix.cells[size_t(index.row())][size_t(index.column())];
}

QString ZoneMatrixModel::toolTip(const QModelIndex &index) const
{
    const render::ZoneMatrix::Cell *cell = cellAt(index);
    if (!cell || cell->isEmpty())
        return tr("Nothing to open from %1 to %2")
                .arg(m_matrix.rowNames.value(index.row()),
                     m_matrix.columnNames.value(index.column()));
    QStringList lines;
    lines << tr("From %1 to %2:").arg(m_matrix.rowNames.value(index.row()),
                                      m_matrix.columnNames.value(index.column()));
    for (const QString &id : cell->flows) {
        const auto it = m_flows.constFind(id);
        if (it == m_flows.constEnd())
            continue;
        const QStringList &c = it->cells;
        auto at = [&c](MatrixColumn col) { return c.value(int(col)); };
        // "F3  Collector A → AppMon Server  TCP 6699  (Agent/collector channel)"
        QString line = QStringLiteral("%1  %2 \u2192 %3  %4 %5")
                               .arg(at(MatrixColumn::Flow), at(MatrixColumn::SourceName),
                                    at(MatrixColumn::TargetName), at(MatrixColumn::Protocol),
                                    at(MatrixColumn::Ports));
        if (!at(MatrixColumn::Service).isEmpty())
            line += QStringLiteral("  (") + at(MatrixColumn::Service) + QLatin1Char(')');
        lines << line.simplified();
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant ZoneMatrixModel::data(const QModelIndex &index, int role) const
{
    const render::ZoneMatrix::Cell *cell = cellAt(index);
    if (!cell)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        // Long port lists wrap after a comma (a zero-width space), never inside a range.
        return cell->lines().join(QLatin1Char('\n')).replace(QLatin1Char(','),
                                                             QStringLiteral(",\u200b"));
    case Qt::ToolTipRole: return toolTip(index);
    case Qt::TextAlignmentRole: return int(Qt::AlignLeft | Qt::AlignTop);
    case Qt::BackgroundRole:
        // The cells a security team has to act on stand out.
        if (!cell->isEmpty())
            return QBrush(m_crossingOnly ? QColor(0xfd, 0xec, 0xe4) : QColor(0xe8, 0xf0, 0xf8));
        return {};
    case FlowIdsRole: return cell->flows;
    case FlowKeysRole:
    case NodeIdsRole: {
        QStringList out;
        for (const QString &id : cell->flows) {
            const auto it = m_flows.constFind(id);
            if (it == m_flows.constEnd())
                continue;
            if (role == FlowKeysRole) {
                out << it->key;
            } else {
                for (const QString &n : {it->source, it->target}) {
                    if (!out.contains(n))
                        out << n;
                }
            }
        }
        return out;
    }
    default: return {};
    }
}

QVariant ZoneMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const QStringList &names =
            orientation == Qt::Horizontal ? m_matrix.columnNames : m_matrix.rowNames;
    if (section < 0 || section >= names.size())
        return {};
    if (role == Qt::DisplayRole)
        return names[section];
    if (role == Qt::ToolTipRole)
        return orientation == Qt::Horizontal ? tr("To %1").arg(names[section])
                                             : tr("From %1").arg(names[section]);
    return {};
}

} // namespace portolan::gui
