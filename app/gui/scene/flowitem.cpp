#include "flowitem.h"

#include "designscene.h"
#include "draftpictures.h"
#include "lod.h"
#include "tilegrid.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>
#include <QtMath>

#include <algorithm>

namespace portolan::gui {

namespace {

const QColor kCrossing(0xe0, 0x5a, 0x1e);
const QColor kPlain(0x5b, 0x84, 0xb1);
const QColor kLocal(0x95, 0xa5, 0xa6);
const QColor kSelected(0x1f, 0x6f, 0xd1);

/// Where the segment from `inside` (in `r`) to `outside` leaves `r`.
QPointF exitPoint(const QRectF &r, const QPointF &inside, const QPointF &outside)
{
    if (r.contains(outside))
        return outside;
    qreal lo = 0, hi = 1;
    for (int i = 0; i < 24; ++i) {
        const qreal mid = (lo + hi) / 2;
        if (r.contains(inside + (outside - inside) * mid))
            lo = mid;
        else
            hi = mid;
    }
    return inside + (outside - inside) * hi;
}

QPointF quad(const QPointF &a, const QPointF &c, const QPointF &b, qreal t)
{
    const qreal u = 1 - t;
    return u * u * a + 2 * u * t * c + t * t * b;
}

} // namespace

FlowItem::FlowItem(const QString &key)
    : m_key(key)
{
    setFlag(ItemIsSelectable);
    setFlag(ItemUsesExtendedStyleOption); // exposedRect: long flows draw their visible part
    setAcceptHoverEvents(true);
    setZValue(kZ);
}

void FlowItem::setData(const Data &data)
{
    const bool relabel = data.label != m_data.label;
    m_data = data;
    if (relabel)
        m_labelText = ShapedText(); // (the font follows crossing: paintLabel compares it)
    setToolTip(data.tooltip);
    setZValue(data.crossing ? kCrossingZ : kZ);
    if (relabel)
        updateBounds();
    update();
}

void FlowItem::setGeometry(const QRectF &from, const QRectF &to, qreal bend,
                           const std::vector<QRectF> &firewallRects)
{
    const QPointF a = from.center();
    const QPointF b = to.center();
    QPointF d = b - a;
    const qreal len = std::max(qreal(1), std::hypot(d.x(), d.y()));
    const QPointF normal(-d.y() / len, d.x() / len);
    const QPointF c = (a + b) / 2 + normal * bend;

    // Clip both ends to the node cards, following the curve's tangents.
    const QRectF fromBox = from.adjusted(-2, -2, 2, 2);
    const QRectF toBox = to.adjusted(-4, -4, 4, 4);
    const QPointF start = exitPoint(fromBox, a, c);
    const QPointF end = exitPoint(toBox, b, c);
    m_path = QPainterPath(start);
    const QPointF c2 = (start + end) / 2 + normal * bend;
    m_path.quadTo(c2, end);
    m_start = start;
    m_control = c2;
    m_tip = end;
    QPointF dir = end - c2;
    const qreal dl = std::max(qreal(0.001), std::hypot(dir.x(), dir.y()));
    m_tipDir = dir / dl;
    m_labelPos = quad(start, c2, end, 0.5);
    updateBounds();

    m_markers.clear();
    for (const QRectF &r : firewallRects) {
        bool prev = r.contains(start);
        QPointF prevPt = start;
        for (int i = 1; i <= 64; ++i) {
            const QPointF pt = quad(start, c2, end, i / 64.0);
            const bool in = r.contains(pt);
            if (in != prev) {
                m_markers.push_back((pt + prevPt) / 2);
                break;
            }
            prev = in;
            prevPt = pt;
        }
    }
    update();
}

void FlowItem::setHighlighted(bool on)
{
    if (m_highlighted != on) {
        m_highlighted = on;
        update();
    }
}

void FlowItem::setDimmed(bool on)
{
    if (m_dimmed != on) {
        m_dimmed = on;
        update();
    }
}

void FlowItem::setShowLabel(bool on)
{
    if (m_showLabel != on) {
        m_showLabel = on;
        updateBounds();
    }
}

void FlowItem::setLabelScale(qreal scale)
{
    if (m_labelScale != scale) {
        m_labelScale = scale;
        updateBounds();
    }
}

void FlowItem::updateBounds()
{
    // Views ask for the bounding rect all the time: it is kept, not computed on demand.
    const QRectF before = m_bounds;
    prepareGeometryChange();
    QFont f;
    f.setPointSizeF(7 * m_labelScale);
    const QFontMetricsF fm(f);
    const qreal w = fm.horizontalAdvance(m_data.label) + 8;
    const qreal h = fm.height() + 2;
    m_labelRect = QRectF(m_labelPos.x() - w / 2, m_labelPos.y() - h / 2, w, h);
    m_bounds = m_path.boundingRect().adjusted(-12, -12, 12, 12);
    if (m_showLabel)
        m_bounds = m_bounds.united(m_labelRect);
    m_shape = QPainterPath();
    TileGrid::refit(this, before);
}

QVariant FlowItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    m_state.follow(change, value);
    if (change == ItemZValueHasChanged)
        TileGrid::refit(this, m_bounds); // crossing flows stack above the others: another layer
    return QGraphicsItem::itemChange(change, value);
}

QRectF FlowItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath FlowItem::shape() const
{
    if (m_shape.isEmpty()) {
        QPainterPathStroker stroker;
        stroker.setWidth(8);
        m_shape = stroker.createStroke(m_path);
        if (m_showLabel)
            m_shape.addRect(m_labelRect);
    }
    return m_shape;
}

QPainterPath FlowItem::visiblePart(const QRectF &rect, qreal lod) const
{
    // Stroking a curve many screens long costs as much as its whole length, even though
    // only a screenful shows: zoomed in on a large design, a few hundred such flows took
    // most of a frame. The curve is cut into pieces of about 32 px; each piece lies inside
    // the bounds of its own three control points, and the runs of pieces that meet the
    // rectangle are drawn as pieces of the same curve (one quadratic each, which the
    // stroker handles far faster than a polyline of the same length: no joins).
    const qreal length = QLineF(m_start, m_control).length() + QLineF(m_control, m_tip).length();
    const int n = std::clamp(int(length * lod / 32), 4, 4000);
    // The control point of the curve's piece between parameters a and b (its blossom).
    auto control = [this](qreal a, qreal b) {
        return (1 - a) * (1 - b) * m_start + ((1 - a) * b + a * (1 - b)) * m_control
                + a * b * m_tip;
    };
    QPainterPath out;
    int runStart = -1;
    auto flush = [&](int runEnd) {
        const qreal a = qreal(runStart) / n;
        const qreal b = qreal(runEnd) / n;
        out.moveTo(quad(m_start, m_control, m_tip, a));
        out.quadTo(control(a, b), quad(m_start, m_control, m_tip, b));
        runStart = -1;
    };
    QPointF prev = m_start;
    for (int i = 1; i <= n; ++i) {
        const qreal a = qreal(i - 1) / n;
        const qreal b = qreal(i) / n;
        const QPointF pt = quad(m_start, m_control, m_tip, b);
        const QPointF c = control(a, b);
        const qreal left = std::min({prev.x(), c.x(), pt.x()});
        const qreal right = std::max({prev.x(), c.x(), pt.x()});
        const qreal top = std::min({prev.y(), c.y(), pt.y()});
        const qreal bottom = std::max({prev.y(), c.y(), pt.y()});
        const bool meets = right >= rect.left() - 1 && left <= rect.right() + 1
                && bottom >= rect.top() - 1 && top <= rect.bottom() + 1;
        if (meets && runStart < 0)
            runStart = i - 1;
        else if (!meets && runStart >= 0)
            flush(i - 1);
        prev = pt;
    }
    if (runStart >= 0)
        flush(n);
    return out;
}

FlowItem::Style FlowItem::style(bool selected) const
{
    Style st;
    st.color = m_data.local ? kLocal : (m_data.crossing ? kCrossing : kPlain);
    st.width = m_data.crossing ? 2.4 : 1.3;
    st.dashed = m_data.local;
    if (m_highlighted || selected) {
        st.width += 1.4;
        if (selected)
            st.color = kSelected;
    }
    if (m_dimmed && !selected && !m_highlighted)
        st.color.setAlpha(70);
    return st;
}

QPolygonF FlowItem::arrowHead(qreal width) const
{
    const qreal size = 7 + width * 1.5;
    const QPointF n(-m_tipDir.y(), m_tipDir.x());
    const QPointF base = m_tip - m_tipDir * size;
    QPolygonF head;
    head << m_tip << base + n * size * 0.45 << base - n * size * 0.45;
    return head;
}

void FlowItem::paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const qreal lod = option->levelOfDetailFromTransform(p->worldTransform());
    const bool fine = lod >= lod::kDetail;
    const bool selected = option->state & QStyle::State_Selected;
    const Style st = style(selected);
    if (auto *s = qobject_cast<DesignScene *>(scene()); s && s->drawsLines(p)) {
        if (fine)
            paintLabel(p, st.color, selected, true); // the line, head and markers: the scene's
        return;
    }
    p->setRenderHint(QPainter::Antialiasing, lod::smoothLines(p, lod));
    const QColor color = st.color;
    const qreal width = st.width;
    QPen pen(color, width, m_data.local ? Qt::DashLine : Qt::SolidLine);
    pen.setCapStyle(Qt::RoundCap);
    // Under a pixel and a half on screen (below about 60 % zoom), a one-pixel cosmetic pen:
    // the rasteriser's fast path, against outlining and filling a sub-pixel-wide band.
    if (width * lod < 1.5)
        pen.setWidth(0);
    p->setPen(pen);
    p->setBrush(Qt::NoBrush);
    const QRectF exposed = option->exposedRect.adjusted(-width, -width, width, width);
    if (exposed.isEmpty() || exposed.contains(m_path.boundingRect()))
        p->drawPath(m_path);
    else
        p->drawPath(visiblePart(exposed, lod));
    if (lod < lod::kArrows)
        return; // far out: the coloured line says enough

    // Arrow head at the listener.
    p->setPen(Qt::NoPen);
    p->setBrush(color);
    p->drawPolygon(arrowHead(width));

    // Firewall markers: a small red brick on the crossed boundary.
    for (const QPointF &m : m_markers) {
        const QRectF r = markerRect(m);
        p->setPen(fine ? QPen(Qt::white, 1.2) : QPen(Qt::NoPen));
        p->setBrush(QColor(0xc0, 0x39, 0x2b, m_dimmed ? 90 : 255));
        p->drawRect(r);
        if (fine) {
            p->drawLine(QPointF(r.left(), r.center().y()), QPointF(r.right(), r.center().y()));
            p->drawLine(QPointF(r.center().x(), r.top()), QPointF(r.center().x(), r.center().y()));
        }
    }
    if (fine)
        paintLabel(p, color, selected, false);
}

void FlowItem::paintLabel(QPainter *p, const QColor &color, bool selected, bool draftFrame) const
{
    if (!m_showLabel || m_data.label.isEmpty())
        return;
    p->setRenderHint(QPainter::Antialiasing, true);
    const QRectF lr = m_labelRect;
    const QColor bg(255, 255, 255, m_dimmed ? 120 : 235);
    auto box = [&](QPainter *q) {
        q->setRenderHint(QPainter::Antialiasing, true);
        q->setPen(QPen(color, 0.8));
        q->setBrush(bg);
        q->drawRoundedRect(lr, 3, 3);
    };
    // In a draft frame a picture of the box, made once per scale (draftpictures.h).
    const QRectF bounds = lr.adjusted(-1, -1, 1, 1);
    const quint64 key = qHashMulti(0, 'L', lr.width(), lr.height(), color.rgba(), bg.rgba());
    if (!draftFrame || !draft::drawPicture(p, bounds, key, box))
        box(p);
    QFont f = p->font();
    f.setPointSizeF(7 * m_labelScale);
    f.setBold(m_data.crossing);
    if (m_labelText.isEmpty() || f != m_labelFont) {
        m_labelFont = f;
        m_labelText = ShapedText::shared(m_data.label, f);
        m_labelHeight = QFontMetricsF(f).height();
    }
    QColor textColor = m_data.crossing ? QColor(0x9c, 0x34, 0x0a) : QColor(0x2c, 0x4a, 0x6e);
    if (m_dimmed && !selected && !m_highlighted)
        textColor.setAlpha(110);
    p->setPen(textColor);
    m_labelText.draw(p, lr.center() - QPointF(m_labelText.width / 2, m_labelHeight / 2));
}

} // namespace portolan::gui
