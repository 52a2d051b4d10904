#include "inventorydialog.h"

#include "guicontext.h"

#include "engine/messages.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace portolan::gui {

namespace {

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setWordWrap(false);
    return t;
}

void addRow(QTableWidget *t, const QStringList &cells)
{
    const int row = t->rowCount();
    t->insertRow(row);
    for (int c = 0; c < cells.size(); ++c)
        t->setItem(row, c, new QTableWidgetItem(cells[c]));
}

} // namespace

InventoryDialog::InventoryDialog(const beyond::InventoryResult &result, const QString &fileName,
                                 const core::CatalogSet &catalogs, QWidget *parent)
    : QDialog(parent)
    , m_summary(new QLabel(this))
    , m_issues(makeTable({tr("Line"), tr("Problem")}, this))
    , m_nodes(makeTable({tr("Name"), tr("Component"), tr("Zone"), tr("Host"), tr("Address")},
                        this))
{
    setObjectName(QStringLiteral("InventoryDialog"));
    setWindowTitle(tr("Import Inventory - %1").arg(QFileInfo(fileName).fileName()));
    m_summary->setWordWrap(true);
    if (!result.fatal.isEmpty()) {
        m_summary->setText(tr("The file cannot be imported: %1").arg(result.fatal));
    } else {
        QString text = tr("%1 of %2 rows imported: %3 nodes in %4 zones.")
                               .arg(result.rowsUsed)
                               .arg(result.rowsRead)
                               .arg(result.design.nodes.size())
                               .arg(result.design.zones.size());
        if (result.rowsSkipped > 0)
            text += QLatin1Char(' ') + tr("%1 rows skipped (below).").arg(result.rowsSkipped);
        if (!result.usable())
            text += QLatin1Char(' ') + tr("Nothing to open.");
        m_summary->setText(text);
    }
    for (const beyond::InventoryIssue &issue : result.issues)
        addRow(m_issues, {issue.line > 0 ? QString::number(issue.line) : QString(), issue.message});
    m_issues->resizeColumnToContents(0);

    const core::Language lang = language();
    for (const core::Node &n : result.design.nodes) {
        const int z = result.design.zoneIndex(n.zone);
        const QString zone = z < 0 ? QString() : result.design.zones[size_t(z)].name;
        addRow(m_nodes, {n.name, core::Messages::componentName(n.type, catalogs, lang), zone,
                         n.host, n.address});
    }
    m_nodes->resizeColumnsToContents();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_open = buttons->addButton(tr("Open as New Design"), QDialogButtonBox::AcceptRole);
    m_open->setEnabled(result.usable());
    m_open->setDefault(result.usable());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    auto *issuesLabel = new QLabel(tr("Skipped rows and other problems:"), this);
    layout->addWidget(issuesLabel);
    layout->addWidget(m_issues, 1);
    issuesLabel->setVisible(!result.issues.empty());
    m_issues->setVisible(!result.issues.empty());
    layout->addWidget(new QLabel(tr("Nodes to create:"), this));
    layout->addWidget(m_nodes, 2);
    layout->addWidget(buttons);
    resize(760, 520);
}

QString InventoryDialog::summary() const
{
    return m_summary->text();
}

QStringList InventoryDialog::reportLines() const
{
    QStringList lines;
    for (int r = 0; r < m_issues->rowCount(); ++r) {
        const QString line = m_issues->item(r, 0)->text();
        const QString message = m_issues->item(r, 1)->text();
        lines << (line.isEmpty() ? message : tr("line %1: %2").arg(line, message));
    }
    return lines;
}

int InventoryDialog::previewRows() const
{
    return m_nodes->rowCount();
}

} // namespace portolan::gui
