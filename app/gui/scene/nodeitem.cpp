#include "nodeitem.h"

#include "lod.h"

#include "document/geometry.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QTextLayout>

namespace portolan::gui {

NodeItem::NodeItem(const QString &id)
    : m_id(id)
{
    setFlag(ItemIsSelectable);
    setFlag(ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    setZValue(10);
}

void NodeItem::setData(const Data &data)
{
    if (data.name == m_data.name && data.typeName == m_data.typeName && data.host == m_data.host
        && data.address == m_data.address && data.icon.cacheKey() == m_data.icon.cacheKey()
        && data.hostColor == m_data.hostColor)
        return; // a move: nothing to redraw here
    if (data.name != m_data.name)
        m_nameLines.clear();
    m_data = data;
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
    m_nameLines.clear();
}

QRectF NodeItem::nodeRect() const
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

const QStringList &NodeItem::nameLines(const QFont &font) const
{
    if (m_nameLines.isEmpty() || font != m_nameFont) {
        m_nameLines.clear();
        m_nameFont = font;
        elideLines(m_data.name, font, metrics::kNodeWidth - 10, 2, &m_nameLines);
    }
    return m_nameLines;
}

void NodeItem::paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF r = nodeRect();
    const qreal s = 1.0;
    const bool selected = option->state & QStyle::State_Selected;
    QPen pen(QColor(0x9a, 0xa6, 0xb4), 1);
    if (m_data.hostColor.isValid())
        pen = QPen(m_data.hostColor, 2);
    if (m_highlighted)
        pen = QPen(QColor(0xe6, 0x7e, 0x22), 2.5);
    if (selected)
        pen = QPen(QColor(0x1f, 0x6f, 0xd1), 2.5);

    if (option->levelOfDetailFromTransform(p->worldTransform()) < lod::kDetail) {
        // Zoomed out: the card and its outline (host colour, selection) only.
        p->setRenderHint(QPainter::Antialiasing, false);
        p->setPen(pen);
        p->setBrush(Qt::white);
        p->drawRect(r);
        return;
    }

    // Soft shadow, card, outline (host colour when the host is shared).
    p->setRenderHint(QPainter::Antialiasing, true);
    p->setPen(Qt::NoPen);
    p->setBrush(QColor(0, 0, 0, 28));
    p->drawRoundedRect(r.translated(1.5, 2), 6, 6);
    p->setBrush(Qt::white);
    p->setPen(pen);
    p->drawRoundedRect(r, 6, 6);

    const qreal pad = 5 * s;
    const qreal iconSize = 16 * s;
    m_data.icon.paint(p, QRectF(r.left() + pad, r.top() + pad, iconSize, iconSize).toRect());

    QFont small = p->font();
    small.setPointSizeF(7 * s * m_labelScale);
    QFont bold = p->font();
    bold.setPointSizeF(8.5 * s * m_labelScale);
    bold.setBold(true);
    const QFontMetricsF sfm(small), bfm(bold);
    const qreal textLeft = r.left() + pad;
    const qreal textWidth = r.width() - 2 * pad;

    p->setFont(small);
    p->setPen(QColor(0x5d, 0x6d, 0x7e));
    const QRectF typeRect(r.left() + pad + iconSize + 4, r.top() + pad, textWidth - iconSize - 4,
                          iconSize);
    p->drawText(typeRect, Qt::AlignVCenter | Qt::AlignLeft,
                sfm.elidedText(m_data.typeName, Qt::ElideRight, typeRect.width()));

    const QStringList &lines = nameLines(bold);
    p->setFont(bold);
    p->setPen(QColor(0x1c, 0x28, 0x33));
    qreal y = r.top() + pad + iconSize + 2;
    for (const QString &line : lines) {
        p->drawText(QRectF(textLeft, y, textWidth, bfm.height()), Qt::AlignLeft | Qt::AlignTop, line);
        y += bfm.height();
    }

    QStringList where;
    if (!m_data.host.isEmpty())
        where << m_data.host;
    if (!m_data.address.isEmpty())
        where << m_data.address;
    if (!where.isEmpty()) {
        p->setFont(small);
        p->setPen(QColor(0x5d, 0x6d, 0x7e));
        const QRectF hr(textLeft, r.bottom() - pad - sfm.height(), textWidth, sfm.height());
        p->drawText(hr, Qt::AlignLeft | Qt::AlignVCenter,
                    sfm.elidedText(where.join(QStringLiteral(" \u00b7 ")), Qt::ElideRight, textWidth));
    }

    // Shared host badge on the top edge.
    if (m_data.hostColor.isValid()) {
        QFont bf = small;
        bf.setBold(true);
        const QFontMetricsF bm(bf);
        const QString label = bm.elidedText(m_data.host, Qt::ElideRight, r.width() * 0.6);
        const qreal w = bm.horizontalAdvance(label) + 10;
        const QRectF br(r.right() - w - 8, r.top() - bm.height() / 2 - 2, w, bm.height() + 2);
        p->setPen(Qt::NoPen);
        p->setBrush(m_data.hostColor);
        p->drawRoundedRect(br, 4, 4);
        p->setFont(bf);
        p->setPen(Qt::white);
        p->drawText(br, Qt::AlignCenter, label);
    }
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged && m_moved)
        m_moved(m_id);
    return QGraphicsItem::itemChange(change, value);
}

} // namespace portolan::gui
