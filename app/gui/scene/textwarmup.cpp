#include "textwarmup.h"

#include "canvasview.h"
#include "designscene.h"
#include "nodeitem.h"

#include <QElapsedTimer>
#include <QEvent>

#include <algorithm>
#include <utility>
#include <vector>

namespace portolan::gui {

TextWarmup::TextWarmup(CanvasView *view)
    : QObject(view)
    , m_view(view)
{
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_started)
            slice();
        else
            begin(); // (the first slice gets a timeout of its own)
    });
    view->viewport()->installEventFilter(this);
}

void TextWarmup::restart()
{
    m_timer.stop();
    m_pending.clear();
    m_started = false;
    m_armed = m_enabled;
}

bool TextWarmup::eventFilter(QObject *watched, QEvent *event)
{
    // A timer alone could fire before an opened design's first frame, when opening and
    // that frame take longer than the delay, and push the frame back by its slices.
    if (m_armed && event->type() == QEvent::Paint) {
        m_armed = false;
        m_timer.start(kStartDelayMs);
    }
    return QObject::eventFilter(watched, event);
}

void TextWarmup::setEnabled(bool on)
{
    m_enabled = on;
    if (!on)
        cancel();
}

void TextWarmup::cancel()
{
    m_armed = false;
    m_timer.stop();
    m_pending.clear();
}

void TextWarmup::begin()
{
    // Which cards, and in which order, is decided when the work starts: by then the view
    // shows the design (fitted or where the user went).
    m_started = true;
    m_timer.setInterval(0);
    const QPointF centre = m_view->mapToScene(m_view->viewport()->rect().center());
    std::vector<std::pair<qreal, QString>> byDistance;
    for (const NodeItem *n : m_view->designScene()->nodeItems()) {
        const QPointF d = n->pos() - centre;
        byDistance.emplace_back(d.x() * d.x() + d.y() * d.y(), n->id());
    }
    std::sort(byDistance.begin(), byDistance.end(),
              [](const auto &a, const auto &b) { return a.first > b.first; });
    m_pending.reserve(qsizetype(byDistance.size()));
    for (auto &entry : byDistance)
        m_pending.append(std::move(entry.second));
}

void TextWarmup::slice()
{
    if (m_pending.isEmpty()) { // an empty design
        m_timer.stop();
        return;
    }
    // The font the view paints with: a card shaped for another one shapes again.
    const QFont font = m_view->viewport()->font();
    const DesignScene *scene = m_view->designScene();
    QElapsedTimer clock;
    clock.start();
    const qint64 budget = qint64(m_sliceMs) * 1000000;
    do {
        if (const NodeItem *n = scene->nodeItem(m_pending.takeLast())) // (removed since)
            n->prepareTexts(font);
    } while (!m_pending.isEmpty() && clock.nsecsElapsed() < budget);
    if (m_pending.isEmpty())
        m_timer.stop();
}

} // namespace portolan::gui
