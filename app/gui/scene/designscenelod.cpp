// DesignScene's line layer: in draft frames (while the view pans, zooms or drags) and when
// zoomed out, every visible link, flow, arrow head, firewall marker and (zoomed out) node
// card is drawn at once into an image by LineRaster, in the stacking order the items
// have. Items draw themselves at full quality and on vector devices.
#include "designscene.h"

#include "flowitem.h"
#include "lineraster.h"
#include "linkitem.h"
#include "lod.h"
#include "nodeitem.h"

#include <QPaintEngine>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace portolan::gui {

namespace {

/// A pen `width` scene units wide, in whole device pixels (at least one).
int pixels(qreal width, qreal lod)
{
    return std::max(1, int(std::lround(width * lod)));
}

} // namespace

void DesignScene::beginLineFrame(QPainter *painter, const QRectF &rect)
{
    m_lineFrame.lod =
            QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    const QPaintEngine *engine = painter->paintEngine();
    m_lineFrame.active = engine && engine->type() == QPaintEngine::Raster
            && (m_lineFrame.lod < lod::kDetail
                || !painter->testRenderHint(QPainter::Antialiasing));
    m_lineFrame.pending = m_lineFrame.active;
    m_lineFrame.rect = rect;
    // Scene to the device's pixels, as the painter maps them with no world transform (a
    // widget's offset in its window, which deviceTransform() includes, left out).
    const qreal dpr = painter->device()->devicePixelRatio();
    m_lineFrame.toDevice = painter->worldTransform() * QTransform::fromScale(dpr, dpr);
}

void DesignScene::drawForeground(QPainter *, const QRectF &)
{
    m_lineFrame.active = m_lineFrame.pending = false;
}

bool DesignScene::drawsLines(QPainter *painter)
{
    if (!m_lineFrame.active)
        return false;
    if (m_lineFrame.pending) {
        m_lineFrame.pending = false;
        paintLines(painter);
    }
    return true;
}

void DesignScene::paintLines(QPainter *painter)
{
    // The exposed part of the device, in device pixels.
    const qreal dpr = painter->device()->devicePixelRatio();
    QRect area = m_lineFrame.toDevice.mapRect(m_lineFrame.rect).toAlignedRect();
    area &= QRect(0, 0, int(std::ceil(painter->device()->width() * dpr)),
                  int(std::ceil(painter->device()->height() * dpr)));
    if (painter->hasClipping()) {
        const QTransform toPixels = painter->worldTransform() * QTransform::fromScale(dpr, dpr);
        area &= toPixels.mapRect(painter->clipBoundingRect()).toAlignedRect();
    }
    if (area.isEmpty())
        return;
    if (!m_raster)
        m_raster = std::make_unique<LineRaster>();
    LineRaster &r = *m_raster;
    r.begin(area, m_lineFrame.toDevice, dpr);
    const qreal lod = m_lineFrame.lod;
    const bool fine = lod >= lod::kDetail;
    // What the image covers, in scene coordinates, with room for pens and arrow heads.
    const QRectF visible = m_lineFrame.toDevice.inverted()
                                   .mapRect(QRectF(area))
                                   .adjusted(-16 / lod, -16 / lod, 16 / lod, 16 / lod);

    // Links (z 5) under the flows: dotted, one dot on, two off.
    for (LinkItem *l : std::as_const(m_links)) {
        if (!l->isVisible() || !l->boundingRect().intersects(visible))
            continue;
        const bool selected = l->isSelected();
        LineRaster::Pen pen;
        pen.color = selected ? qRgb(0x1f, 0x6f, 0xd1) : qRgb(0x7f, 0x8c, 0x8d);
        pen.width = fine ? pixels(selected ? 2.2 : l->pen().widthF(), lod) : 1;
        pen.dashOn = pen.width;
        pen.dashOff = 2 * pen.width;
        r.strokeLine(l->line().p1(), l->line().p2(), pen);
    }

    // Flows: plain ones (z 6), then those crossing a firewall (z 7) on top.
    const bool arrows = lod >= lod::kArrows;
    for (const bool crossing : {false, true}) {
        for (FlowItem *f : std::as_const(m_flows)) {
            if (f->data().crossing != crossing || !f->isVisible()
                || !f->boundingRect().intersects(visible))
                continue;
            const FlowItem::Style st = f->style(f->isSelected());
            LineRaster::Pen pen;
            pen.color = st.color.rgba();
            pen.width = st.width * lod < 1.5 ? 1 : pixels(st.width, lod);
            if (st.dashed) { // Qt's dash line: four widths on, two off
                pen.dashOn = 4 * pen.width;
                pen.dashOff = 2 * pen.width;
            }
            r.strokeQuad(f->m_start, f->m_control, f->m_tip, pen);
            if (!arrows)
                continue;
            const QPolygonF head = f->arrowHead(st.width);
            r.fillTriangle(head[0], head[1], head[2], pen.color);
            for (const QPointF &m : f->firewallMarkers()) {
                const QRectF brick = FlowItem::markerRect(m);
                r.fillRect(brick, qRgba(0xc0, 0x39, 0x2b, f->isDimmed() ? 90 : 255));
                if (!fine || 1.2 * lod < 0.8)
                    continue; // thinner than a pixel: a plain brick
                // The brick's white mortar, as FlowItem::paint draws it.
                const QRgb white = qRgb(0xff, 0xff, 0xff);
                const LineRaster::Pen mortar{white, 1, 0, 0};
                r.outlineRect(brick, white);
                const QPointF c = brick.center();
                r.strokeLine(QPointF(brick.left(), c.y()), QPointF(brick.right(), c.y()), mortar);
                r.strokeLine(QPointF(c.x(), brick.top()), c, mortar);
            }
        }
    }

    // Zoomed out, the node cards (z 10) on top: white, outlined in their state's colour.
    if (!fine) {
        for (NodeItem *n : std::as_const(m_nodes)) {
            if (!n->isVisible())
                continue;
            const QRectF card = n->nodeRect().translated(n->pos());
            if (!card.intersects(visible))
                continue;
            r.fillRect(card, qRgb(0xff, 0xff, 0xff));
            r.outlineRect(card, n->outline(n->isSelected()).color().rgba());
        }
    }

    painter->save();
    painter->setWorldTransform(QTransform());
    painter->drawImage(QPointF(area.topLeft()) / dpr, r.image());
    painter->restore();
}

} // namespace portolan::gui
