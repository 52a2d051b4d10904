#pragma once

#include "document/autosave.h"

#include <QDialog>

class QPushButton;
class QTreeWidget;

namespace portolan::gui {

/// Offers the designs of sessions that did not end cleanly: title, time of the last
/// autosave and original file, each with a check box; Recover, Discard or Later.
class RecoveryDialog : public QDialog
{
    Q_OBJECT

public:
    enum Choice { Later, Recover, Discard };

    explicit RecoveryDialog(const QList<AutosaveSession> &sessions, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    /// The ticked sessions; the others stay for the next start.
    QList<AutosaveSession> selected() const;

    QTreeWidget *list() const { return m_list; }
    QPushButton *button(Choice choice) const;

private:
    void finish(Choice choice);

    QList<AutosaveSession> m_sessions;
    QTreeWidget *m_list;
    QPushButton *m_recover;
    QPushButton *m_discard;
    QPushButton *m_later;
    Choice m_choice = Later;
};

} // namespace portolan::gui
