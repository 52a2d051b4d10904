#include "problemsmodel.h"

#include "document/document.h"
#include "guicontext.h"

#include "engine/messages.h"

#include <QApplication>
#include <QStyle>

namespace portolan::gui {

ProblemsModel::ProblemsModel(Document *doc, QObject *parent)
    : QAbstractTableModel(parent)
    , m_doc(doc)
{
    QStyle *style = QApplication::style();
    m_icons[0] = style->standardIcon(QStyle::SP_MessageBoxCritical);
    m_icons[1] = style->standardIcon(QStyle::SP_MessageBoxWarning);
    m_icons[2] = style->standardIcon(QStyle::SP_MessageBoxInformation);
    connect(doc, &Document::flowsChanged, this, &ProblemsModel::rebuild);
    connect(LanguageNotifier::instance(), &LanguageNotifier::languageChanged, this,
            &ProblemsModel::rebuild);
    rebuild();
}

void ProblemsModel::rebuild()
{
    std::vector<Row> rows;
    for (const core::Diagnostic &d : m_doc->flows().diagnostics) {
        Row row;
        row.severity = int(d.severity);
        row.severityText = core::Messages::severity(d.severity, language());
        row.message = core::Messages::diagnostic(d, m_doc->design(), m_doc->catalogs(), language());
        row.nodes = d.nodes;
        rows.push_back(row);
    }
    // Errors first, then warnings, then notes; engine order within a severity.
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row &a, const Row &b) { return a.severity < b.severity; });
    // Most edits leave the problems as they were: no reset then, so the list keeps its
    // selection and scroll position.
    if (rows == m_rows)
        return;
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return QVariant();
    const Row &row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == SeverityColumn ? row.severityText : row.message;
    case Qt::ToolTipRole:
        return row.message;
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn && row.severity >= 0 && row.severity < 3)
            return m_icons[row.severity];
        return QVariant();
    case NodesRole:
        return row.nodes;
    case SeverityRole:
        return row.severity;
    default:
        return QVariant();
    }
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        if (section == SeverityColumn)
            return tr("Severity");
        if (section == MessageColumn)
            return tr("Problem");
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace portolan::gui
