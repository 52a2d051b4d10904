#pragma once

#include <QPointer>
#include <QWidget>

#include "model/design.h"

#include <nlohmann/json.hpp>

#include <functional>

class QCheckBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace portolan::core {
struct OptionDef;
}

namespace portolan::gui {

class Document;

/// Edits the selected node (name, host, address, node options, port overrides) or zone
/// (name, firewalled, firewall, colour). Every edit is one undoable command.
class Inspector : public QWidget
{
    Q_OBJECT

public:
    explicit Inspector(Document *doc, QWidget *parent = nullptr);

    void setSelection(const QStringList &nodes, const QStringList &zones);
    QString currentNode() const { return m_node; }
    QString currentZone() const { return m_zone; }
    /// Puts the cursor in the name field of the current node or zone.
    void focusName();

    // For tests: the editors of the current page.
    QLineEdit *nodeNameEdit() const { return m_nodeName; }
    QLineEdit *hostEdit() const { return m_host; }
    QLineEdit *zoneNameEdit() const { return m_zoneName; }
    QCheckBox *firewalledBox() const { return m_firewalled; }
    QWidget *optionEditor(const QString &key) const;
    QLineEdit *portEditor(const QString &serviceId) const;

protected:
    void changeEvent(QEvent *e) override;

private:
    void retranslateUi();
    void updateEmptyText();
    void buildNodePage();
    void refreshNode();
    void refreshZone();
    void commitNode(const std::function<void(core::Node &)> &edit);
    void commitNodeField();
    void commitZone();
    void setOption(const QString &key, const nlohmann::json &value);
    void setPortOverride(const QString &serviceId, QLineEdit *edit);
    QWidget *makeOptionEditor(const core::OptionDef &def);
    void writeOptionValue(QWidget *editor, const core::OptionDef &def, const nlohmann::json &v);

    Document *m_doc;
    QString m_node;
    QString m_zone;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    int m_selectionSize = 0;

    // Node page
    QWidget *m_nodePage;
    QFormLayout *m_nodeForm;
    QLabel *m_nodeType;
    QLabel *m_nodeZone;
    QLineEdit *m_nodeName;
    QLineEdit *m_host;
    QLineEdit *m_address;
    QWidget *m_optionsBox;
    QFormLayout *m_optionsForm;
    QWidget *m_portsBox;
    QFormLayout *m_portsForm;
    QList<QPair<QString, QPointer<QWidget>>> m_optionEditors; ///< key -> editor
    QList<QPair<QString, QPointer<QLineEdit>>> m_portEditors;  ///< service id -> editor
    QString m_builtForType;

    // Zone page
    QWidget *m_zonePage;
    QFormLayout *m_zoneForm;
    QHBoxLayout *m_colorRow;
    QLineEdit *m_zoneName;
    QCheckBox *m_firewalled;
    QLineEdit *m_firewall;
    QPushButton *m_color;
    QPushButton *m_clearColor;
};

} // namespace portolan::gui
