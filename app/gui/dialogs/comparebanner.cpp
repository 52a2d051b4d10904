#include "comparebanner.h"

#include "comparesession.h"
#include "scene/diffoverlay.h"

#include <QAbstractScrollArea>
#include <QEvent>
#include <QHBoxLayout>
#include <QVBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace portolan::gui {

namespace {

QString chip(DiffMarkItem::Kind kind, const QString &text)
{
    return QStringLiteral("<span style=\"color:%1\">\u25a0</span>&nbsp;%2")
            .arg(DiffMarkItem::color(kind).name(), text.toHtmlEscaped());
}

} // namespace

CompareBanner::CompareBanner(CompareSession *session, QAbstractScrollArea *canvas,
                             QAction *delta, QAction *clear)
    : QFrame(canvas)
    , m_session(session)
    , m_viewport(canvas->viewport())
    , m_text(new QLabel(this))
    , m_legend(new QLabel(this))
    , m_delta(new QToolButton(this))
    , m_clear(new QToolButton(this))
{
    setObjectName(QStringLiteral("CompareBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setStyleSheet(QStringLiteral("#CompareBanner { background: #fffdf5; border: 1px solid #d6b656;"
                                 " border-radius: 4px; }"));
    m_text->setTextFormat(Qt::RichText);
    m_delta->setDefaultAction(delta);
    m_clear->setDefaultAction(clear);
    for (QToolButton *b : {m_delta, m_clear})
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_legend->setTextFormat(Qt::RichText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->setSpacing(2);
    layout->addWidget(m_text);
    auto *row = new QHBoxLayout;
    row->addWidget(m_legend, 1);
    row->addWidget(m_delta);
    row->addWidget(m_clear);
    layout->addLayout(row);
    canvas->viewport()->installEventFilter(this);
    connect(session, &CompareSession::changed, this, &CompareBanner::update);
    update();
}

void CompareBanner::retranslate()
{
    update();
}

void CompareBanner::update()
{
    setVisible(m_session->active());
    if (!m_session->active())
        return;
    using K = DiffMarkItem::Kind;
    using N = beyond::NodeChange::Kind;
    using F = beyond::FlowChange::Kind;
    const beyond::DesignDiff &d = m_session->diff();
    const QString nodes = tr("Nodes: %1 added, %2 removed, %3 changed")
                                  .arg(d.count(N::Added))
                                  .arg(d.count(N::Removed))
                                  .arg(d.count(N::Changed));
    const QString flows = tr("Flows: %1 added, %2 removed, %3 changed")
                                  .arg(d.count(F::Added))
                                  .arg(d.count(F::Removed))
                                  .arg(d.count(F::Changed));
    const QString rules = tr("Firewall rules: %1 to open, %2 to close")
                                  .arg(m_session->rulesToOpen())
                                  .arg(m_session->rulesToClose());
    const QString title = tr("Compared with %1").arg(m_session->older().label);
    m_summary = QStringList{title, nodes, flows, rules}.join(QStringLiteral(" \u00b7 "));
    const QString legend = QStringList{chip(K::NodeAdded, tr("added")),
                                       chip(K::NodeRemoved, tr("removed")),
                                       chip(K::NodeChanged, tr("changed"))}
                                   .join(QStringLiteral("&nbsp;&nbsp;"));
    m_text->setText(QStringLiteral("<b>%1</b><br>%2 \u00b7 %3 \u00b7 %4")
                            .arg(title.toHtmlEscaped(), nodes.toHtmlEscaped(),
                                 flows.toHtmlEscaped(), rules.toHtmlEscaped()));
    m_legend->setText(legend);
    place();
    raise();
}

void CompareBanner::place()
{
    if (!m_viewport)
        return;
    const QRect area = m_viewport->geometry();
    layout()->invalidate(); // size hints for the new text
    layout()->activate();
    const QSize hint = sizeHint();
    setGeometry(area.left() + 8, area.top() + 8, std::min(area.width() - 16, hint.width()),
                hint.height());
}

bool CompareBanner::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_viewport && event->type() == QEvent::Resize && isVisible())
        place();
    return QFrame::eventFilter(watched, event);
}

} // namespace portolan::gui
