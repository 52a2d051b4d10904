#include "productoptionsdialog.h"

#include "commands/commands.h"
#include "document/document.h"
#include "guicontext.h"

#include "engine/options.h"
#include "io/jsonutil.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QSpinBox>
#include <QUndoStack>
#include <QVBoxLayout>

namespace portolan::gui {

ProductOptionsDialog::ProductOptionsDialog(Document *doc, QWidget *parent)
    : QDialog(parent)
    , m_doc(doc)
{
    retranslateUi();
    auto *layout = new QVBoxLayout(this);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    auto *content = new QWidget;
    auto *cl = new QVBoxLayout(content);
    const core::OptionResolver resolver(doc->design(), doc->catalogs());
    // Only values the user changes are written, so defaults stay implicit in the file.
    auto addWriter = [this](const std::string &product, const std::string &key,
                            const nlohmann::json &original, std::function<nlohmann::json()> get) {
        m_writers.push_back([=](nlohmann::json &p) {
            const nlohmann::json v = get();
            if (v != original)
                p[product][key] = v;
        });
    };

    for (const auto &cat : doc->catalogs().catalogs()) {
        QGroupBox *group = nullptr;
        QFormLayout *form = nullptr;
        for (const core::OptionDef &def : cat->options) {
            if (def.scope != core::OptionDef::Scope::Product)
                continue;
            if (!group) {
                group = new QGroupBox(plainLabel(text(cat->name)));
                form = new QFormLayout(group);
                form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
                cl->addWidget(group);
            }
            const nlohmann::json value = resolver.productValue(def);
            const std::string product = core::toStd(def.product);
            const std::string key = core::toStd(def.key);
            QWidget *editor = nullptr;
            switch (def.type) {
            case core::OptionDef::Type::Bool: {
                auto *box = new QCheckBox(plainLabel(text(def.label)));
                box->setChecked(value.is_boolean() && value.get<bool>());
                addWriter(product, key, value, [=] { return nlohmann::json(box->isChecked()); });
                form->addRow(box);
                editor = box;
                break;
            }
            case core::OptionDef::Type::Enum: {
                auto *combo = new QComboBox;
                for (const core::OptionValue &v : def.values)
                    combo->addItem(text(v.label), v.value);
                if (value.is_string())
                    combo->setCurrentIndex(std::max(0, combo->findData(core::toQString(value.get<std::string>()))));
                addWriter(product, key, value, [=] {
                    return nlohmann::json(core::toStd(combo->currentData().toString()));
                });
                editor = combo;
                break;
            }
            case core::OptionDef::Type::Set: {
                auto *list = new QListWidget;
                QStringList on;
                if (value.is_array()) {
                    for (const auto &e : value) {
                        if (e.is_string())
                            on << core::toQString(e.get<std::string>());
                    }
                }
                for (const core::OptionValue &v : def.values) {
                    auto *item = new QListWidgetItem(text(v.label), list);
                    item->setData(Qt::UserRole, v.value);
                    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
                    item->setCheckState(on.contains(v.value) ? Qt::Checked : Qt::Unchecked);
                }
                list->setMaximumHeight(int(std::min<size_t>(def.values.size(), 6) * 20 + 6));
                addWriter(product, key, value, [=] {
                    nlohmann::json arr = nlohmann::json::array();
                    for (int i = 0; i < list->count(); ++i) {
                        if (list->item(i)->checkState() == Qt::Checked)
                            arr.push_back(core::toStd(list->item(i)->data(Qt::UserRole).toString()));
                    }
                    return arr;
                });
                editor = list;
                break;
            }
            case core::OptionDef::Type::Port:
            case core::OptionDef::Type::Int: {
                const bool port = def.type == core::OptionDef::Type::Port;
                if (port && !def.choices.empty()) {
                    auto *combo = new QComboBox;
                    for (int c : def.choices)
                        combo->addItem(QString::number(c), c);
                    if (value.is_number_integer())
                        combo->setCurrentIndex(std::max(0, combo->findData(value.get<int>())));
                    addWriter(product, key, value, [=] {
                        return nlohmann::json(combo->currentData().toInt());
                    });
                    editor = combo;
                    break;
                }
                auto *spin = new QSpinBox;
                spin->setRange(int(def.min.value_or(port ? 1 : 0)),
                               int(def.max.value_or(port ? 65535 : 1000000)));
                if (value.is_number_integer())
                    spin->setValue(value.get<int>());
                addWriter(product, key, value, [=] { return nlohmann::json(spin->value()); });
                editor = spin;
                break;
            }
            }
            editor->setToolTip(plainToolTip(text(def.description)));
            if (def.type != core::OptionDef::Type::Bool) {
                auto *label = new QLabel(text(def.label) + QLatin1Char(':'));
                label->setTextFormat(Qt::PlainText); // catalog text is never markup
                form->addRow(label, editor);
            }
        }
    }
    cl->addStretch(1);
    scroll->setWidget(content);
    layout->addWidget(scroll);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, 560);
}

void ProductOptionsDialog::changeEvent(QEvent *e)
{
    // The editors show catalog text in the language the dialog was opened in; the dialog is
    // modal and built anew each time, so only its own title can change while it is open.
    if (e->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(e);
}

void ProductOptionsDialog::retranslateUi()
{
    setWindowTitle(tr("Product Options"));
}

nlohmann::json ProductOptionsDialog::result() const
{
    nlohmann::json products = m_doc->design().products;
    if (!products.is_object())
        products = nlohmann::json::object();
    for (const auto &w : m_writers)
        w(products);
    return products;
}

bool ProductOptionsDialog::apply()
{
    const nlohmann::json after = result();
    if (after == m_doc->design().products)
        return false;
    m_doc->undoStack()->push(new SetProductOptionsCommand(m_doc, m_doc->design().products, after));
    return true;
}

} // namespace portolan::gui
