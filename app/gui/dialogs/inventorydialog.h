#pragma once

#include "beyond/inventory.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace portolan::gui {

/// File → Import Inventory…: what an inventory CSV gives before it replaces the document —
/// the counts, every skipped row with its line number, and the nodes that will be created.
class InventoryDialog : public QDialog
{
    Q_OBJECT

public:
    InventoryDialog(const beyond::InventoryResult &result, const QString &fileName,
                    const core::CatalogSet &catalogs, QWidget *parent = nullptr);

    QString summary() const;
    /// The reported problems, one per line: "line 3: unknown component type ..." (a line
    /// number of 0 is left out).
    QStringList reportLines() const;
    int previewRows() const;
    QPushButton *openButton() const { return m_open; }

private:
    QLabel *m_summary;
    QTableWidget *m_issues;
    QTableWidget *m_nodes;
    QPushButton *m_open;
};

} // namespace portolan::gui
