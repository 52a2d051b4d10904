#pragma once

#include <QAbstractTableModel>
#include <QIcon>

namespace portolan::gui {

class Document;

/// The engine's diagnostics with severity icons; text from core::Messages::diagnostic.
class ProblemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { NodesRole = Qt::UserRole + 1, SeverityRole };
    enum Column { SeverityColumn, MessageColumn, ColumnCount };

    explicit ProblemsModel(Document *doc, QObject *parent = nullptr);
    void rebuild();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        int severity = 0;
        QString severityText;
        QString message;
        QStringList nodes;

        bool operator==(const Row &o) const
        {
            return severity == o.severity && severityText == o.severityText
                    && message == o.message && nodes == o.nodes;
        }
    };

    Document *m_doc;
    std::vector<Row> m_rows;
    QIcon m_icons[3];
};

} // namespace portolan::gui
