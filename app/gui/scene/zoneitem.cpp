#include "zoneitem.h"

#include "guicontext.h"

#include "bandfill.h"
#include "lod.h"

#include "document/geometry.h"

#include <QFocusEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QTextCursor>

namespace portolan::gui {

namespace {

constexpr qreal kBorderGrab = 6;
constexpr qreal kHandle = 8;

const QColor kFirewallColor(0xc0, 0x39, 0x2b);
const QColor kPlainBorder(0x8a, 0x94, 0xa0);

/// The in-place editor: Enter commits, Escape cancels, losing focus commits.
class ZoneNameEditor : public QGraphicsTextItem
{
public:
    explicit ZoneNameEditor(QGraphicsItem *parent)
        : QGraphicsTextItem(parent)
    {
        setTextInteractionFlags(Qt::TextEditorInteraction);
        setZValue(1);
    }

    std::function<void(const QString &)> commit;

protected:
    void keyPressEvent(QKeyEvent *e) override
    {
        if (e->key() == Qt::Key_Return || e->key() == Qt::Key_Enter) {
            finish(true);
            return;
        }
        if (e->key() == Qt::Key_Escape) {
            finish(false);
            return;
        }
        QGraphicsTextItem::keyPressEvent(e);
    }
    void focusOutEvent(QFocusEvent *e) override
    {
        QGraphicsTextItem::focusOutEvent(e);
        finish(true);
    }
    void paint(QPainter *p, const QStyleOptionGraphicsItem *o, QWidget *w) override
    {
        // Sets all it uses: zoomed out, the zone before it leaves its brush and hints on
        // the painter (CanvasView::paintEvent).
        p->setRenderHint(QPainter::Antialiasing, true);
        p->fillRect(boundingRect(), Qt::white);
        p->setPen(QPen(QColor(0x3b, 0x6e, 0xa5), 1));
        p->setBrush(Qt::NoBrush);
        p->drawRect(boundingRect().adjusted(0, 0, -1, -1));
        QGraphicsTextItem::paint(p, o, w);
    }

private:
    void finish(bool accept)
    {
        if (!isVisible())
            return;
        hide();
        clearFocus();
        auto fn = std::move(commit);
        commit = nullptr;
        const QString name = toPlainText().simplified();
        if (accept && fn && !name.isEmpty())
            fn(name);
    }
};

} // namespace

ZoneItem::ZoneItem(const QString &id)
    : m_id(id)
{
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(true);
}

void ZoneItem::setZone(const core::Zone &zone)
{
    prepareGeometryChange();
    m_name = zone.name.isEmpty() ? zone.id : zone.name;
    m_firewalled = zone.firewalled;
    m_firewall = zone.firewall;
    m_color = QColor(zone.color);
    if (!m_color.isValid())
        m_color = zone.firewalled ? QColor(0xfd, 0xf3, 0xf0) : QColor(0xf1, 0xf4, 0xf8);
    setPos(zone.rect.topLeft());
    m_size = zone.rect.size();
    // Zone and firewall names are the user's text, never markup.
    setToolTip(plainToolTip(
            m_firewalled ? tr("%1\nFirewalled by %2")
                                   .arg(m_name, m_firewall.isEmpty() ? m_name : m_firewall)
                         : tr("%1\nNot firewalled").arg(m_name)));
    update();
}

void ZoneItem::setPreviewRect(const QRectF &rect)
{
    prepareGeometryChange();
    setPos(rect.topLeft());
    m_size = rect.size();
}

void ZoneItem::setLabelScale(qreal scale)
{
    prepareGeometryChange();
    m_labelScale = scale;
    update();
}

QRectF ZoneItem::handleRect(Handle h) const
{
    const qreal w = m_size.width(), ht = m_size.height();
    QPointF c;
    switch (h) {
    case TopLeft: c = QPointF(0, 0); break;
    case Top: c = QPointF(w / 2, 0); break;
    case TopRight: c = QPointF(w, 0); break;
    case Right: c = QPointF(w, ht / 2); break;
    case BottomRight: c = QPointF(w, ht); break;
    case Bottom: c = QPointF(w / 2, ht); break;
    case BottomLeft: c = QPointF(0, ht); break;
    case Left: c = QPointF(0, ht / 2); break;
    case NoHandle: return QRectF();
    }
    return QRectF(c - QPointF(kHandle / 2, kHandle / 2), QSizeF(kHandle, kHandle));
}

ZoneItem::Handle ZoneItem::handleAt(const QPointF &scenePos) const
{
    if (!isSelected())
        return NoHandle;
    const QPointF p = mapFromScene(scenePos);
    for (int h = TopLeft; h <= Left; ++h) {
        if (handleRect(Handle(h)).adjusted(-3, -3, 3, 3).contains(p))
            return Handle(h);
    }
    return NoHandle;
}

QRectF ZoneItem::resized(const QRectF &rect, Handle handle, const QPointF &p)
{
    QRectF r = rect;
    const QPointF s = geometry::snap(p);
    switch (handle) {
    case TopLeft: r.setTopLeft(s); break;
    case Top: r.setTop(s.y()); break;
    case TopRight: r.setTopRight(s); break;
    case Right: r.setRight(s.x()); break;
    case BottomRight: r.setBottomRight(s); break;
    case Bottom: r.setBottom(s.y()); break;
    case BottomLeft: r.setBottomLeft(s); break;
    case Left: r.setLeft(s.x()); break;
    case NoHandle: break;
    }
    r = r.normalized();
    if (r.width() < metrics::kMinZoneWidth)
        r.setWidth(metrics::kMinZoneWidth);
    if (r.height() < metrics::kMinZoneHeight)
        r.setHeight(metrics::kMinZoneHeight);
    return r;
}

void ZoneItem::startRename(std::function<void(const QString &)> commit)
{
    if (!m_editor)
        m_editor = new ZoneNameEditor(this);
    auto *editor = static_cast<ZoneNameEditor *>(m_editor);
    editor->commit = std::move(commit);
    QFont f = editor->font();
    f.setPointSizeF(9.5 * m_labelScale);
    f.setBold(true);
    editor->setFont(f);
    editor->setPlainText(m_name);
    editor->setTextWidth(std::max(qreal(160), m_size.width() * 0.6));
    editor->setPos(4, 1);
    editor->show();
    editor->setFocus(Qt::MouseFocusReason);
    QTextCursor c = editor->textCursor();
    c.select(QTextCursor::Document);
    editor->setTextCursor(c);
}

bool ZoneItem::isRenaming() const
{
    return m_editor && m_editor->isVisible();
}

QRectF ZoneItem::boundingRect() const
{
    return QRectF(QPointF(0, 0), m_size).adjusted(-kHandle, -kHandle, kHandle, kHandle);
}

QPainterPath ZoneItem::shape() const
{
    QPainterPath outer;
    outer.addRect(QRectF(QPointF(0, 0), m_size).adjusted(-kBorderGrab, -kBorderGrab, kBorderGrab,
                                                         kBorderGrab));
    QPainterPath inner;
    const qreal header = metrics::kZoneHeader * m_labelScale;
    inner.addRect(QRectF(kBorderGrab, header, m_size.width() - 2 * kBorderGrab,
                         m_size.height() - header - kBorderGrab));
    QPainterPath path = outer.subtracted(inner);
    if (isSelected()) {
        for (int h = TopLeft; h <= Left; ++h)
            path.addRect(handleRect(Handle(h)));
    }
    return path;
}

void ZoneItem::paintHeader(QPainter *p, const QRectF &r) const
{
    // Header: name, and for firewalled zones a badge naming the firewall.
    QFont f = p->font();
    f.setPointSizeF(9.5 * m_labelScale);
    f.setBold(true);
    p->setFont(f);
    const QFontMetricsF fm(f);
    const qreal header = metrics::kZoneHeader * m_labelScale;
    qreal x = 8;
    const qreal available = r.width() - 16;
    QString badge;
    qreal badgeW = 0;
    QFont bf = f;
    bf.setPointSizeF(8 * m_labelScale);
    const QFontMetricsF bfm(bf);
    if (m_firewalled) {
        badge = m_firewall.isEmpty() ? tr("firewall") : m_firewall;
        badgeW = std::min(bfm.horizontalAdvance(badge) + 26 * m_labelScale, available * 0.45);
    }
    const QString name = fm.elidedText(m_name, Qt::ElideRight, available - badgeW - 8);
    if (!isRenaming()) {
        p->setPen(m_firewalled ? QColor(0x7b, 0x24, 0x1c) : QColor(0x3c, 0x46, 0x52));
        p->drawText(QRectF(x, 0, available, header), Qt::AlignVCenter | Qt::AlignLeft, name);
    }
    if (m_firewalled) {
        const qreal bh = 17 * m_labelScale;
        const QRectF br(r.width() - 8 - badgeW, (header - bh) / 2, badgeW, bh);
        p->setPen(Qt::NoPen);
        p->setBrush(kFirewallColor);
        p->drawRoundedRect(br, bh / 2, bh / 2);
        // A small brick-wall glyph.
        const qreal g = 10 * m_labelScale;
        const QRectF gr(br.left() + 6 * m_labelScale, br.center().y() - g / 2, g, g);
        p->setPen(QPen(Qt::white, 1));
        p->setBrush(Qt::NoBrush);
        p->drawRect(gr);
        p->drawLine(QPointF(gr.left(), gr.center().y()), QPointF(gr.right(), gr.center().y()));
        p->drawLine(QPointF(gr.center().x(), gr.top()), QPointF(gr.center().x(), gr.center().y()));
        p->drawLine(QPointF(gr.left() + g / 4, gr.center().y()), QPointF(gr.left() + g / 4, gr.bottom()));
        p->drawLine(QPointF(gr.right() - g / 4, gr.center().y()), QPointF(gr.right() - g / 4, gr.bottom()));
        p->setFont(bf);
        p->setPen(Qt::white);
        const QRectF tr = br.adjusted(g + 9 * m_labelScale, 0, -6, 0);
        p->drawText(tr, Qt::AlignVCenter | Qt::AlignLeft,
                    bfm.elidedText(badge, Qt::ElideRight, tr.width()));
    }
}

void ZoneItem::paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF r(QPointF(0, 0), m_size);
    const qreal lod = option->levelOfDetailFromTransform(p->worldTransform());
    QColor fill = m_color;
    fill.setAlpha(200);
    p->setBrush(fill);
    QPen pen = m_firewalled ? QPen(kFirewallColor, 3) : QPen(kPlainBorder, 1.2, Qt::DashLine);
    if (lod < lod::kDetail) {
        // Zoomed out the corners' radius is under a pixel and the border a pixel or less:
        // a plain rectangle without antialiasing, its border a cosmetic pen when thinner
        // than a pixel and a half (an antialiased rounded box, filled and outlined, was a
        // tenth of a fit-to-view frame).
        p->setRenderHint(QPainter::Antialiasing, false);
        if (pen.widthF() * lod < 1.5)
            pen.setWidth(0);
        fillInBands(p, r, fill);
        p->setPen(pen);
        p->setBrush(Qt::NoBrush);
        p->drawRect(r);
    } else {
        p->setRenderHint(QPainter::Antialiasing, true);
        p->setPen(pen);
        p->drawRoundedRect(r, 4, 4);
    }

    if (lod < lod::kDetail) {
        // Zoomed out: text would be a few pixels high; the firewall badge stays as a mark.
        if (m_firewalled) {
            const qreal header = metrics::kZoneHeader * m_labelScale;
            const qreal bh = 17 * m_labelScale;
            const qreal bw = std::min(r.width() * 0.45, 90 * m_labelScale);
            p->setPen(Qt::NoPen);
            p->setBrush(kFirewallColor);
            p->drawRect(QRectF(r.width() - 8 - bw, (header - bh) / 2, bw, bh));
        }
    } else {
        paintHeader(p, r);
    }

    if (option->state & QStyle::State_Selected) {
        p->setPen(QPen(QColor(0x1f, 0x6f, 0xd1), 1.5, Qt::DashLine));
        p->setBrush(Qt::NoBrush);
        p->drawRect(r.adjusted(-3, -3, 3, 3));
        p->setPen(QPen(QColor(0x1f, 0x6f, 0xd1), 1));
        p->setBrush(Qt::white);
        for (int h = TopLeft; h <= Left; ++h)
            p->drawRect(handleRect(Handle(h)));
    }
}

} // namespace portolan::gui
