#include "recoverydialog.h"

#include "guicontext.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace portolan::gui {

RecoveryDialog::RecoveryDialog(const QList<AutosaveSession> &sessions, QWidget *parent)
    : QDialog(parent)
    , m_sessions(sessions)
    , m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Recover Designs"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Portolan did not close normally. These designs have changes "
                                "that were never saved. Recover them to continue where you "
                                "left off."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Design"), tr("Autosaved"), tr("Original file")});
    for (const AutosaveSession &s : sessions) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, s.title);
        item->setText(1, QLocale().toString(s.savedAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(2, s.fileName.isEmpty() ? tr("(never saved)")
                                              : QDir::toNativeSeparators(s.fileName));
        item->setToolTip(2, plainToolTip(QDir::toNativeSeparators(s.path)));
        item->setCheckState(0, Qt::Checked);
    }
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_list);

    auto *buttons = new QDialogButtonBox(this);
    m_recover = buttons->addButton(tr("&Recover"), QDialogButtonBox::AcceptRole);
    m_discard = buttons->addButton(tr("&Discard"), QDialogButtonBox::DestructiveRole);
    m_later = buttons->addButton(tr("&Later"), QDialogButtonBox::RejectRole);
    m_recover->setDefault(true);
    connect(m_recover, &QPushButton::clicked, this, [this] { finish(Recover); });
    connect(m_discard, &QPushButton::clicked, this, [this] { finish(Discard); });
    connect(m_later, &QPushButton::clicked, this, [this] { finish(Later); });
    // Nothing ticked: only Later makes sense.
    connect(m_list, &QTreeWidget::itemChanged, this, [this] {
        const bool any = !selected().isEmpty();
        m_recover->setEnabled(any);
        m_discard->setEnabled(any);
    });
    layout->addWidget(buttons);
    resize(640, 300);
}

QList<AutosaveSession> RecoveryDialog::selected() const
{
    QList<AutosaveSession> out;
    for (int i = 0; i < m_list->topLevelItemCount() && i < m_sessions.size(); ++i) {
        if (m_list->topLevelItem(i)->checkState(0) == Qt::Checked)
            out << m_sessions.at(i);
    }
    return out;
}

QPushButton *RecoveryDialog::button(Choice choice) const
{
    return choice == Recover ? m_recover : choice == Discard ? m_discard : m_later;
}

void RecoveryDialog::finish(Choice choice)
{
    if (choice == Discard) {
        const int n = int(selected().size());
        const auto answer = QMessageBox::warning(
            this, tr("Discard Designs"),
            tr("Discard the unsaved changes of %n design(s)? They cannot be recovered later.",
               nullptr, n),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    m_choice = choice;
    if (choice == Later)
        reject();
    else
        accept();
}

} // namespace portolan::gui
