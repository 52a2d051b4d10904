#include "exportactions.h"

#include "mainwindow.h"

#include <QMenu>
#include <QTabWidget>

namespace portolan::gui {

ExportActions::ExportActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
}

ExportActions::~ExportActions() = default;

void ExportActions::addToFileMenu(QMenu *file)
{
    Q_UNUSED(file);
}

void ExportActions::installViews(QTabWidget *matrixTabs)
{
    Q_UNUSED(matrixTabs);
}

void ExportActions::retranslate()
{
}

} // namespace portolan::gui
