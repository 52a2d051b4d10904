#include "nodeitem.h"

#include "designscene.h"
#include "draftpictures.h"
#include "lod.h"
#include "tilegrid.h"

#include "document/geometry.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QTextLayout>

namespace portolan::gui {

namespace {
constexpr qreal kPad = 5;
constexpr qreal kIconSize = 16;
} // namespace

NodeItem::NodeItem(const QString &id)
    : m_id(id)
{
    setFlag(ItemIsSelectable);
    setFlag(ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    setZValue(kZ);
}

void NodeItem::setData(const Data &data)
{
    if (data.name == m_data.name && data.typeName == m_data.typeName && data.host == m_data.host
        && data.address == m_data.address && data.icon.cacheKey() == m_data.icon.cacheKey()
        && data.hostColor == m_data.hostColor)
        return; // a move: nothing to redraw here
    m_texts.valid = false;
    m_data = data;
    m_hostRgb = data.hostColor.isValid() ? data.hostColor.rgba() : 0;
    QString tip = QStringLiteral("<b>%1</b><br>%2").arg(data.name.toHtmlEscaped(),
                                                        data.typeName.toHtmlEscaped());
    if (!data.host.isEmpty())
        tip += QStringLiteral("<br>") + tr("Host: %1").arg(data.host.toHtmlEscaped());
    if (!data.address.isEmpty())
        tip += QStringLiteral("<br>") + tr("Address: %1").arg(data.address.toHtmlEscaped());
    setToolTip(tip);
    update();
}

void NodeItem::setHostColor(const QColor &color)
{
    if (m_data.hostColor == color)
        return;
    m_data.hostColor = color;
    m_hostRgb = color.isValid() ? color.rgba() : 0;
    m_texts.valid = false; // the host badge comes or goes
    update();
}

void NodeItem::setHighlighted(bool on)
{
    if (m_highlighted == on)
        return;
    m_highlighted = on;
    update();
}

void NodeItem::setLabelScale(qreal scale)
{
    if (m_labelScale == scale)
        return;
    prepareGeometryChange();
    m_labelScale = scale;
    m_texts.valid = false; // (the card keeps its size: the tile holds it still)
}

QRectF NodeItem::cardRect()
{
    return QRectF(-metrics::kNodeWidth / 2, -metrics::kNodeHeight / 2, metrics::kNodeWidth,
                  metrics::kNodeHeight);
}

QRectF NodeItem::boundingRect() const
{
    return nodeRect().adjusted(-4, -12, 4, 4);
}

QPainterPath NodeItem::shape() const
{
    QPainterPath p;
    p.addRoundedRect(nodeRect(), 6, 6);
    return p;
}

static void elideLines(const QString &text, const QFont &font, qreal width, int maxLines,
                       QStringList *lines)
{
    QTextLayout layout(text, font);
    layout.beginLayout();
    const QFontMetricsF fm(font);
    int start = 0;
    while (true) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        if (lines->size() == maxLines - 1) {
            lines->append(fm.elidedText(text.mid(start), Qt::ElideRight, width));
            break;
        }
        lines->append(text.mid(line.textStart(), line.textLength()).trimmed());
        start = line.textStart() + line.textLength();
    }
    layout.endLayout();
}

const NodeItem::Texts &NodeItem::texts(const QFont &base) const
{
    if (m_texts.valid && m_texts.base == base)
        return m_texts;
    ++s_textsShaped;
    Texts &t = m_texts;
    t = Texts();
    t.valid = true;
    t.base = base;
    t.small = base;
    t.small.setPointSizeF(7 * m_labelScale);
    t.bold = base;
    t.bold.setPointSizeF(8.5 * m_labelScale);
    t.bold.setBold(true);
    const QFontMetricsF sfm(t.small), bfm(t.bold);
    t.smallHeight = sfm.height();
    t.boldHeight = bfm.height();
    const qreal textWidth = metrics::kNodeWidth - 2 * kPad;

    t.type = ShapedText::shared(m_data.typeName, t.small, textWidth - kIconSize - 4);
    QStringList lines;
    elideLines(m_data.name, t.bold, metrics::kNodeWidth - 10, 2, &lines);
    t.nameLines = int(std::min<qsizetype>(lines.size(), 2));
    for (int i = 0; i < t.nameLines; ++i)
        t.name[i] = ShapedText::shape(lines[i], t.bold);
    QStringList where;
    if (!m_data.host.isEmpty())
        where << m_data.host;
    if (!m_data.address.isEmpty())
        where << m_data.address;
    t.where = ShapedText::shape(
            sfm.elidedText(where.join(QStringLiteral(" \u00b7 ")), Qt::ElideRight, textWidth),
            t.small);
    if (m_data.hostColor.isValid()) {
        t.badgeFont = t.small;
        t.badgeFont.setBold(true);
        const QFontMetricsF bm(t.badgeFont);
        const QString label =
                bm.elidedText(m_data.host, Qt::ElideRight, metrics::kNodeWidth * 0.6);
        t.badge = ShapedText::shape(label, t.badgeFont);
        t.badgeWidth = bm.horizontalAdvance(label);
        t.badgeHeight = bm.height();
    }
    return t;
}

QRgb NodeItem::outlineColor(bool selected) const
{
    if (selected)
        return qRgb(0x1f, 0x6f, 0xd1);
    if (m_highlighted)
        return qRgb(0xe6, 0x7e, 0x22);
    if (m_hostRgb)
        return m_hostRgb;
    return qRgb(0x9a, 0xa6, 0xb4);
}

QPen NodeItem::outline(bool selected) const
{
    const QColor color = QColor::fromRgba(outlineColor(selected));
    if (selected || m_highlighted)
        return QPen(color, 2.5);
    return QPen(color, m_data.hostColor.isValid() ? 2 : 1);
}

void NodeItem::paintCard(QPainter *p, const QPen &pen) const
{
    const QRectF r = nodeRect();
    p->setRenderHint(QPainter::Antialiasing, true);
    p->setPen(Qt::NoPen);
    p->setBrush(QColor(0, 0, 0, 28));
    p->drawRoundedRect(r.translated(1.5, 2), 6, 6);
    p->setBrush(Qt::white);
    p->setPen(pen);
    p->drawRoundedRect(r, 6, 6);
}

void NodeItem::paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF r = nodeRect();
    if (option->levelOfDetailFromTransform(p->worldTransform()) < lod::kDetail) {
        if (auto *s = qobject_cast<DesignScene *>(scene()); s && s->drawsLines(p))
            return; // drawn with all the others (DesignScene::drawsLines)
        const QPen pen = outline(option->state & QStyle::State_Selected);
        // Zoomed out: the card and its outline (host colour, selection) only.
        p->setRenderHint(QPainter::Antialiasing, false);
        p->setPen(pen);
        p->setBrush(Qt::white);
        p->drawRect(r);
        return;
    }

    const QPen pen = outline(option->state & QStyle::State_Selected);
    // Soft shadow, card, outline (host colour when the host is shared). In a draft frame
    // on screen a picture of them made once for the frame's scale: each frame of a zoom
    // has a new scale, and two antialiased rounded rectangles per card were a third of it.
    auto *designScene = qobject_cast<DesignScene *>(scene());
    const qreal penWidth = pen.widthF();
    const QRectF cardBounds = r.adjusted(-penWidth, -penWidth, 1.5 + penWidth, 2 + penWidth);
    const quint64 key = qHashMulti(0, 'C', pen.color().rgba(), penWidth, r.width(), r.height());
    if (!designScene || !designScene->drawsLines(p)
        || !draft::drawPicture(p, cardBounds, key, [&](QPainter *q) { paintCard(q, pen); }))
        paintCard(p, pen);

    m_data.icon.paint(p, QRectF(r.left() + kPad, r.top() + kPad, kIconSize, kIconSize).toRect());

    const Texts &t = texts(p->font());
    const qreal textLeft = r.left() + kPad;
    p->setPen(QColor(0x5d, 0x6d, 0x7e));
    t.type.draw(p, QPointF(textLeft + kIconSize + 4,
                           r.top() + kPad + (kIconSize - t.smallHeight) / 2));

    p->setPen(QColor(0x1c, 0x28, 0x33));
    qreal y = r.top() + kPad + kIconSize + 2;
    for (int i = 0; i < t.nameLines; ++i) {
        t.name[i].draw(p, QPointF(textLeft, y));
        y += t.boldHeight;
    }

    if (!t.where.isEmpty()) {
        p->setPen(QColor(0x5d, 0x6d, 0x7e));
        t.where.draw(p, QPointF(textLeft, r.bottom() - kPad - t.smallHeight));
    }

    // Shared host badge on the top edge.
    if (m_data.hostColor.isValid()) {
        const qreal w = t.badgeWidth + 10;
        const QRectF br(r.right() - w - 8, r.top() - t.badgeHeight / 2 - 2, w, t.badgeHeight + 2);
        p->setPen(Qt::NoPen);
        p->setBrush(m_data.hostColor);
        p->drawRoundedRect(br, 4, 4);
        p->setPen(Qt::white);
        t.badge.draw(p, QPointF(br.left() + 5, br.top() + 1));
    }
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    m_state.follow(change, value);
    if (change == ItemPositionHasChanged) {
        const QRectF before = boundingRect().translated(m_at);
        m_at = value.toPointF();
        TileGrid::refit(this, before);
        if (m_moved)
            m_moved(m_id);
    }
    return QGraphicsItem::itemChange(change, value);
}

} // namespace portolan::gui
