#include "compareactions.h"

#include "mainwindow.h"

#include <QMenu>
#include <QTabWidget>

namespace portolan::gui {

CompareActions::CompareActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
}

CompareActions::~CompareActions() = default;

void CompareActions::addToFileMenu(QMenu *file)
{
    Q_UNUSED(file);
}

void CompareActions::installViews(QTabWidget *matrixTabs)
{
    Q_UNUSED(matrixTabs);
}

void CompareActions::retranslate()
{
}

} // namespace portolan::gui
