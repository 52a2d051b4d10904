#include "inspector.h"

#include "commands/commands.h"
#include "document/document.h"
#include "guicontext.h"

#include "engine/messages.h"
#include "engine/options.h"
#include "io/jsonutil.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace portolan::gui {

Inspector::Inspector(Document *doc, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_stack(new QStackedWidget(this))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_stack);
    outer->addWidget(scroll);

    m_empty = new QLabel;
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_empty->setMargin(10);
    m_empty->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_stack->addWidget(m_empty);

    // Node page.
    m_nodePage = new QWidget;
    auto *nl = new QVBoxLayout(m_nodePage);
    nl->setContentsMargins(6, 6, 6, 6);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_nodeType = new QLabel;
    m_nodeType->setWordWrap(true);
    m_nodeType->setTextFormat(Qt::PlainText); // catalog text is never markup
    m_nodeZone = new QLabel;
    m_nodeZone->setTextFormat(Qt::PlainText);
    m_nodeName = new QLineEdit;
    m_host = new QLineEdit;
    m_address = new QLineEdit;
    // Labels get their text in retranslateUi().
    for (QWidget *field : {static_cast<QWidget *>(m_nodeType), static_cast<QWidget *>(m_nodeZone),
                           static_cast<QWidget *>(m_nodeName), static_cast<QWidget *>(m_host),
                           static_cast<QWidget *>(m_address)})
        form->addRow(new QLabel, field);
    m_nodeForm = form;
    nl->addLayout(form);
    auto *optionsGroup = new QGroupBox;
    m_optionsBox = optionsGroup;
    m_optionsForm = new QFormLayout(optionsGroup);
    m_optionsForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    nl->addWidget(optionsGroup);
    auto *portsGroup = new QGroupBox;
    m_portsBox = portsGroup;
    m_portsForm = new QFormLayout(portsGroup);
    m_portsForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_portsForm->setRowWrapPolicy(QFormLayout::WrapAllRows); // service names are long
    nl->addWidget(portsGroup);
    nl->addStretch(1);
    m_stack->addWidget(m_nodePage);
    for (QLineEdit *e : {m_nodeName, m_host, m_address})
        connect(e, &QLineEdit::editingFinished, this, &Inspector::commitNodeField);

    // Zone page.
    m_zonePage = new QWidget;
    auto *zl = new QFormLayout(m_zonePage);
    zl->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_zoneName = new QLineEdit;
    m_firewalled = new QCheckBox;
    m_firewall = new QLineEdit;
    m_color = new QPushButton;
    m_clearColor = new QPushButton;
    auto *colorRow = new QHBoxLayout;
    colorRow->addWidget(m_color);
    colorRow->addWidget(m_clearColor);
    zl->addRow(new QLabel, m_zoneName);
    zl->addRow(QString(), m_firewalled);
    zl->addRow(new QLabel, m_firewall);
    zl->addRow(new QLabel, colorRow);
    m_zoneForm = zl;
    m_colorRow = colorRow;
    m_stack->addWidget(m_zonePage);
    retranslateUi();
    connect(m_zoneName, &QLineEdit::editingFinished, this, &Inspector::commitZone);
    connect(m_firewall, &QLineEdit::editingFinished, this, &Inspector::commitZone);
    connect(m_firewalled, &QCheckBox::toggled, this, &Inspector::commitZone);
    connect(m_color, &QPushButton::clicked, this, [this] {
        const core::Zone *z = m_doc->zone(m_zone);
        if (!z)
            return;
        const QColor c = QColorDialog::getColor(QColor(z->color), this, tr("Zone colour"));
        if (!c.isValid())
            return;
        core::Zone after = *z;
        after.color = c.name();
        m_doc->undoStack()->push(new ChangeZoneCommand(m_doc, *z, after));
    });
    connect(m_clearColor, &QPushButton::clicked, this, [this] {
        const core::Zone *z = m_doc->zone(m_zone);
        if (!z || z->color.isEmpty())
            return;
        core::Zone after = *z;
        after.color.clear();
        m_doc->undoStack()->push(new ChangeZoneCommand(m_doc, *z, after));
    });

    connect(doc, &Document::nodeChanged, this, [this](const QString &id) {
        if (id == m_node)
            refreshNode();
    });
    connect(doc, &Document::zoneChanged, this, [this](const QString &id) {
        if (id == m_zone)
            refreshZone();
        if (!m_node.isEmpty())
            refreshNode(); // the zone's name shows on the node page
    });
    connect(doc, &Document::nodeRemoved, this, [this](const QString &id) {
        if (id == m_node)
            setSelection({}, {});
    });
    connect(doc, &Document::zoneRemoved, this, [this](const QString &id) {
        if (id == m_zone)
            setSelection({}, {});
    });
    connect(doc, &Document::productsChanged, this, [this] { refreshNode(); });
    connect(doc, &Document::designReset, this, [this] { setSelection({}, {}); });
}

void Inspector::setSelection(const QStringList &nodes, const QStringList &zones)
{
    const QString node = nodes.size() == 1 && zones.isEmpty() ? nodes.first() : QString();
    const QString zone = zones.size() == 1 && nodes.isEmpty() ? zones.first() : QString();
    if (node == m_node && zone == m_zone)
        return;
    m_node = node;
    m_zone = zone;
    if (!m_node.isEmpty() && m_doc->node(m_node)) {
        buildNodePage();
        m_stack->setCurrentWidget(m_nodePage);
    } else if (!m_zone.isEmpty() && m_doc->zone(m_zone)) {
        refreshZone();
        m_stack->setCurrentWidget(m_zonePage);
    } else {
        m_node.clear();
        m_zone.clear();
        m_selectionSize = int(nodes.size() + zones.size());
        updateEmptyText();
        m_stack->setCurrentWidget(m_empty);
    }
}

void Inspector::updateEmptyText()
{
    m_empty->setText(m_selectionSize > 1
                         ? tr("%n items selected.", nullptr, m_selectionSize)
                         : tr("Select a node or a zone to edit it.\n\nDrag components from the "
                              "palette onto the canvas; draw zones with the zone tool (Z)."));
}

void Inspector::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(e);
}

void Inspector::retranslateUi()
{
    auto setLabel = [](QFormLayout *form, auto *field, const QString &text) {
        if (auto *label = qobject_cast<QLabel *>(form->labelForField(field)))
            label->setText(text);
    };
    setLabel(m_nodeForm, m_nodeType, tr("Type:"));
    setLabel(m_nodeForm, m_nodeZone, tr("Zone:"));
    setLabel(m_nodeForm, m_nodeName, tr("Name:"));
    setLabel(m_nodeForm, m_host, tr("Host:"));
    setLabel(m_nodeForm, m_address, tr("Address:"));
    m_host->setPlaceholderText(tr("machine name"));
    m_address->setPlaceholderText(tr("IP address"));
    static_cast<QGroupBox *>(m_optionsBox)->setTitle(tr("Options"));
    static_cast<QGroupBox *>(m_portsBox)->setTitle(tr("Port overrides"));
    m_portsBox->setToolTip(tr("Leave empty to use the catalog's ports"));

    setLabel(m_zoneForm, m_zoneName, tr("Name:"));
    setLabel(m_zoneForm, m_firewall, tr("Firewall:"));
    setLabel(m_zoneForm, m_colorRow, tr("Colour:"));
    m_firewalled->setText(tr("Boundary is firewalled"));
    m_firewall->setPlaceholderText(tr("named after the zone"));
    m_color->setText(tr("Choose..."));
    m_clearColor->setText(tr("Default"));

    updateEmptyText();
    // Catalog text (type name, option labels, service names) follows gui::language().
    if (!m_node.isEmpty() && m_doc->node(m_node))
        buildNodePage();
}

void Inspector::focusName()
{
    if (m_stack->currentWidget() == m_nodePage) {
        m_nodeName->setFocus();
        m_nodeName->selectAll();
    } else if (m_stack->currentWidget() == m_zonePage) {
        m_zoneName->setFocus();
        m_zoneName->selectAll();
    }
}

QWidget *Inspector::optionEditor(const QString &key) const
{
    for (const auto &p : m_optionEditors) {
        if (p.first == key)
            return p.second;
    }
    return nullptr;
}

QLineEdit *Inspector::portEditor(const QString &serviceId) const
{
    for (const auto &p : m_portEditors) {
        if (p.first == serviceId)
            return p.second;
    }
    return nullptr;
}

static void clearForm(QFormLayout *form)
{
    while (form->rowCount() > 0)
        form->removeRow(0);
}

void Inspector::buildNodePage()
{
    const core::Node *n = m_doc->node(m_node);
    if (!n)
        return;
    const core::CatalogSet &cats = m_doc->catalogs();
    clearForm(m_optionsForm);
    clearForm(m_portsForm);
    m_optionEditors.clear();
    m_portEditors.clear();
    for (const core::OptionDef *def : cats.nodeOptions(n->type)) {
        QWidget *editor = makeOptionEditor(*def);
        editor->setToolTip(text(def->description));
        m_optionEditors << qMakePair(def->key, QPointer<QWidget>(editor));
        if (def->type == core::OptionDef::Type::Bool)
            m_optionsForm->addRow(editor);
        else
            m_optionsForm->addRow(text(def->label) + QLatin1Char(':'), editor);
    }
    m_optionsBox->setVisible(!m_optionEditors.isEmpty());
    for (const core::Service *s : cats.servicesOn(n->type)) {
        if (s->ports.isEmpty())
            continue;
        auto *edit = new QLineEdit;
        QStringList protos;
        for (core::Protocol p : s->protocols)
            protos << core::protocolName(p).toUpper();
        const QString label = QStringLiteral("%1 (%2)").arg(text(s->name), protos.join(QLatin1Char('/')));
        auto *l = new QLabel(label + QLatin1Char(':'));
        l->setTextFormat(Qt::PlainText);
        l->setToolTip(s->id);
        m_portsForm->addRow(l, edit);
        m_portEditors << qMakePair(s->id, QPointer<QLineEdit>(edit));
        const QString sid = s->id;
        connect(edit, &QLineEdit::editingFinished, this, [this, sid, edit] {
            setPortOverride(sid, edit);
        });
    }
    m_portsBox->setVisible(!m_portEditors.isEmpty());
    m_builtForType = n->type;
    refreshNode();
}

QWidget *Inspector::makeOptionEditor(const core::OptionDef &def)
{
    const QString key = def.key;
    switch (def.type) {
    case core::OptionDef::Type::Bool: {
        auto *box = new QCheckBox(plainLabel(text(def.label)));
        connect(box, &QCheckBox::toggled, this, [this, key](bool on) { setOption(key, on); });
        return box;
    }
    case core::OptionDef::Type::Enum: {
        auto *combo = new QComboBox;
        for (const core::OptionValue &v : def.values)
            combo->addItem(text(v.label), v.value);
        connect(combo, &QComboBox::activated, this, [this, key, combo](int i) {
            setOption(key, core::toStd(combo->itemData(i).toString()));
        });
        return combo;
    }
    case core::OptionDef::Type::Set: {
        auto *list = new QListWidget;
        for (const core::OptionValue &v : def.values) {
            auto *item = new QListWidgetItem(text(v.label), list);
            item->setData(Qt::UserRole, v.value);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        list->setMaximumHeight(int(std::min<size_t>(def.values.size(), 6) * 20 + 6));
        connect(list, &QListWidget::itemChanged, this, [this, key, list] {
            nlohmann::json arr = nlohmann::json::array();
            for (int i = 0; i < list->count(); ++i) {
                if (list->item(i)->checkState() == Qt::Checked)
                    arr.push_back(core::toStd(list->item(i)->data(Qt::UserRole).toString()));
            }
            setOption(key, arr);
        });
        return list;
    }
    case core::OptionDef::Type::Port:
        if (!def.choices.empty()) {
            auto *combo = new QComboBox;
            for (int c : def.choices)
                combo->addItem(QString::number(c), c);
            connect(combo, &QComboBox::activated, this, [this, key, combo](int i) {
                setOption(key, combo->itemData(i).toInt());
            });
            return combo;
        }
        Q_FALLTHROUGH();
    case core::OptionDef::Type::Int: {
        auto *spin = new QSpinBox;
        const bool port = def.type == core::OptionDef::Type::Port;
        spin->setRange(int(def.min.value_or(port ? 1 : 0)), int(def.max.value_or(port ? 65535 : 1000000)));
        spin->setKeyboardTracking(false);
        connect(spin, &QSpinBox::valueChanged, this, [this, key](int v) { setOption(key, v); });
        return spin;
    }
    }
    return new QWidget;
}

void Inspector::writeOptionValue(QWidget *editor, const core::OptionDef &def, const nlohmann::json &v)
{
    const QSignalBlocker blocker(editor);
    if (auto *box = qobject_cast<QCheckBox *>(editor)) {
        box->setChecked(v.is_boolean() && v.get<bool>());
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const QVariant want = v.is_string() ? QVariant(core::toQString(v.get<std::string>()))
                              : v.is_number_integer() ? QVariant(v.get<int>())
                                                      : QVariant();
        combo->setCurrentIndex(std::max(0, combo->findData(want)));
    } else if (auto *list = qobject_cast<QListWidget *>(editor)) {
        QStringList on;
        if (v.is_array()) {
            for (const auto &e : v) {
                if (e.is_string())
                    on << core::toQString(e.get<std::string>());
            }
        }
        for (int i = 0; i < list->count(); ++i)
            list->item(i)->setCheckState(on.contains(list->item(i)->data(Qt::UserRole).toString())
                                             ? Qt::Checked : Qt::Unchecked);
    } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->setValue(v.is_number_integer() ? v.get<int>() : spin->minimum());
    }
    Q_UNUSED(def)
}

void Inspector::refreshNode()
{
    const core::Node *n = m_doc->node(m_node);
    if (!n)
        return;
    if (n->type != m_builtForType) {
        buildNodePage();
        return;
    }
    const core::CatalogSet &cats = m_doc->catalogs();
    // (Plain text: the label shows catalog text as written.)
    m_nodeType->setText(QStringLiteral("%1  (%2)").arg(
            core::Messages::componentName(n->type, cats, language()), n->type));
    const core::Zone *z = m_doc->zone(n->zone);
    m_nodeZone->setText(z ? (z->name.isEmpty() ? z->id : z->name) : tr("(outside every zone)"));
    auto setText = [](QLineEdit *e, const QString &t) {
        if (e->text() != t) {
            const QSignalBlocker b(e);
            e->setText(t);
        }
    };
    setText(m_nodeName, n->name);
    setText(m_host, n->host);
    setText(m_address, n->address);
    const core::OptionResolver resolver(m_doc->design(), cats);
    for (const auto &p : m_optionEditors) {
        const core::OptionDef *def = cats.nodeOption(n->type, p.first);
        if (def && p.second)
            writeOptionValue(p.second, *def, resolver.nodeValue(*def, *n));
    }
    for (const auto &p : m_portEditors) {
        const core::Service *s = cats.service(p.first);
        if (!s || !p.second)
            continue;
        core::Node plain = *n;
        plain.ports.clear();
        p.second->setPlaceholderText(resolver.servicePorts(*s, plain, false).toString());
        auto it = n->ports.find(p.first);
        setText(p.second, it == n->ports.end() ? QString() : it->second);
        p.second->setStyleSheet(QString());
    }
}

void Inspector::commitNode(const std::function<void(core::Node &)> &edit)
{
    const core::Node *n = m_doc->node(m_node);
    if (!n)
        return;
    core::Node after = *n;
    edit(after);
    if (after.name == n->name && after.host == n->host && after.address == n->address
        && after.options == n->options && after.ports == n->ports)
        return;
    m_doc->undoStack()->push(new ChangeNodeCommand(m_doc, *n, after));
}

void Inspector::commitNodeField()
{
    const QString name = m_nodeName->text().trimmed();
    const QString host = m_host->text().trimmed();
    const QString address = m_address->text().trimmed();
    commitNode([&](core::Node &n) {
        if (!name.isEmpty())
            n.name = name;
        n.host = host;
        n.address = address;
    });
}

void Inspector::setOption(const QString &key, const nlohmann::json &value)
{
    commitNode([&](core::Node &n) { n.options[core::toStd(key)] = value; });
}

void Inspector::setPortOverride(const QString &serviceId, QLineEdit *edit)
{
    const QString t = edit->text().trimmed();
    if (!t.isEmpty()) {
        core::PortSet ports;
        QString error;
        if (!core::PortSet::parse(t, &ports, &error)) {
            edit->setStyleSheet(QStringLiteral("background: #fde2e1;"));
            edit->setToolTip(error);
            return;
        }
    }
    edit->setStyleSheet(QString());
    commitNode([&](core::Node &n) {
        if (t.isEmpty())
            n.ports.erase(serviceId);
        else
            n.ports[serviceId] = t;
    });
}

void Inspector::refreshZone()
{
    const core::Zone *z = m_doc->zone(m_zone);
    if (!z)
        return;
    const QSignalBlocker b1(m_zoneName), b2(m_firewalled), b3(m_firewall);
    if (m_zoneName->text() != z->name)
        m_zoneName->setText(z->name);
    m_firewalled->setChecked(z->firewalled);
    if (m_firewall->text() != z->firewall)
        m_firewall->setText(z->firewall);
    m_firewall->setEnabled(z->firewalled);
    const QColor c(z->color);
    m_color->setStyleSheet(c.isValid() ? QStringLiteral("background: %1;").arg(c.name()) : QString());
}

void Inspector::commitZone()
{
    const core::Zone *z = m_doc->zone(m_zone);
    if (!z)
        return;
    core::Zone after = *z;
    const QString name = m_zoneName->text().trimmed();
    if (!name.isEmpty())
        after.name = name;
    after.firewalled = m_firewalled->isChecked();
    after.firewall = m_firewall->text().trimmed();
    if (after.name == z->name && after.firewalled == z->firewalled && after.firewall == z->firewall)
        return;
    m_doc->undoStack()->push(new ChangeZoneCommand(m_doc, *z, after));
}

} // namespace portolan::gui
