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
#include "zoneitem.h"

#include "document/document.h"

#include <QPaintEngine>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace portolan::gui {

namespace {

/// A pen `width` scene units wide, in whole device pixels (at least one).
int pixels(qreal width, qreal lod)
{
    return std::max(1, int(std::lround(width * lod)));
}

/// Calls `fn` for every item in `scratch` (Item pointers), fetching items a few ahead into
/// the cache: each item is a separate allocation and the work per item is small, so a
/// plain walk waits on a cache miss per item (most of an overview's rendering on 10,000
/// nodes). The first `bytes` of an item hold what the line layer reads.
template<typename Item, typename Fn>
void walkPrefetched(std::vector<const void *> *scratch, int bytes, Fn fn)
{
    constexpr size_t kAhead = 8;
    const size_t n = scratch->size();
    for (size_t k = 0; k < n; ++k) {
        if (k + kAhead < n) {
            const char *next = static_cast<const char *>((*scratch)[k + kAhead]);
            for (int b = 0; b < bytes; b += 64)
                __builtin_prefetch(next + b);
        }
        fn(static_cast<const Item *>((*scratch)[k]));
    }
}

/// Every item in `items`, as walkPrefetched().
template<typename Item, typename Fn>
void forEachPrefetched(const QHash<QString, Item *> &items, std::vector<const void *> *scratch,
                       int bytes, Fn fn)
{
    scratch->clear();
    scratch->reserve(size_t(items.size()));
    for (const Item *i : items)
        scratch->push_back(i);
    walkPrefetched<Item>(scratch, bytes, fn);
}

/// The items of the tiles at `z` that meet `rect` (all of type Item: each layer holds one
/// kind of item), as walkPrefetched().
template<typename Item, typename Fn>
void forEachInTiles(const TileGrid &tiles, qreal z, const QRectF &rect,
                    std::vector<const void *> *scratch, int bytes, Fn fn)
{
    scratch->clear();
    tiles.forEachTile(z, rect, [&](const TileItem &t) {
        for (const QGraphicsItem *m : t.members()) {
            Q_ASSERT(m->type() == Item::Type);
            scratch->push_back(static_cast<const Item *>(m));
        }
    });
    walkPrefetched<Item>(scratch, bytes, fn);
}

/// Paints `item` as the scene would, under the view transform `view`.
void paintItem(QPainter *painter, QGraphicsItem *item, const QTransform &view)
{
    QStyleOptionGraphicsItem option;
    option.state = QStyle::State_None;
    if (item->isEnabled())
        option.state |= QStyle::State_Enabled;
    if (item->isSelected())
        option.state |= QStyle::State_Selected;
    option.exposedRect = item->boundingRect();
    option.rect = option.exposedRect.toAlignedRect();
    painter->save();
    painter->setWorldTransform(item->sceneTransform() * view);
    painter->setOpacity(item->effectiveOpacity());
    item->paint(painter, &option, nullptr);
    painter->restore();
}

} // namespace

void DesignScene::addOverlayItem(QGraphicsObject *item)
{
    m_overlays.removeAll(nullptr);
    m_overlays << item;
    addItem(item);
}

QList<QGraphicsItem *> DesignScene::itemsInside(const QRectF &rect) const
{
    // For a rectangle, "the shape inside" is "the bounding rectangle inside" (Qt tests the
    // bounding rectangle first too).
    QList<QGraphicsItem *> out;
    auto take = [&](QGraphicsItem *i) {
        if (i->isVisible() && (i->flags() & QGraphicsItem::ItemIsSelectable)
            && rect.contains(i->sceneBoundingRect()))
            out << i;
    };
    for (ZoneItem *z : m_zones)
        take(z);
    m_tiles.forAllTiles(
            [&](const TileItem &t) {
                for (QGraphicsItem *m : t.members())
                    take(m);
            },
            rect);
    return out;
}

QRectF DesignScene::zonesAndOverlaysBounds() const
{
    QRectF bounds;
    for (const ZoneItem *z : m_zones) {
        if (z->isVisible())
            bounds |= z->sceneBoundingRect();
    }
    for (const QPointer<QGraphicsObject> &o : m_overlays) {
        if (o && o->scene() == this && o->isVisible())
            bounds |= o->sceneBoundingRect();
    }
    return bounds;
}

QRectF DesignScene::contentBounds() const
{
    QRectF bounds = zonesAndOverlaysBounds();
    m_tiles.forAllTiles([&](const TileItem &t) {
        for (const QGraphicsItem *m : t.members()) {
            if (m->isVisible())
                bounds |= m->sceneBoundingRect();
        }
    });
    return bounds;
}

QRectF DesignScene::overviewBounds()
{
    QRectF bounds = zonesAndOverlaysBounds();
    qreal left = 0, top = 0, right = 0, bottom = 0;
    bool any = false;
    forEachPrefetched(m_nodes, &m_walkScratch, 64, [&](const NodeItem *n) {
        if (!n->m_state.shown)
            return;
        const QPointF at = n->m_at;
        if (!any) {
            left = right = at.x();
            top = bottom = at.y();
            any = true;
            return;
        }
        left = std::min(left, at.x());
        right = std::max(right, at.x());
        top = std::min(top, at.y());
        bottom = std::max(bottom, at.y());
    });
    if (any) {
        const QRectF card = NodeItem::cardRect();
        bounds |= QRectF(QPointF(left, top) + card.topLeft(),
                         QPointF(right, bottom) + card.bottomRight());
    }
    return bounds;
}

void DesignScene::renderOverview(QPainter *painter, const QRectF &target, const QRectF &source)
{
    if (source.isEmpty() || target.isEmpty())
        return;
    const qreal scale =
            std::min(target.width() / source.width(), target.height() / source.height());
    const QTransform view = QTransform()
                                    .translate(target.left(), target.top())
                                    .scale(scale, scale)
                                    .translate(-source.left(), -source.top())
            * painter->worldTransform();
    const QPaintEngine *engine = painter->paintEngine();
    if (QStyleOptionGraphicsItem::levelOfDetailFromTransform(view) >= lod::kDetail || !engine
        || engine->type() != QPaintEngine::Raster) {
        // A small design shown in detail, or a vector device: the items draw themselves.
        render(painter, target, source, Qt::KeepAspectRatio);
        return;
    }
    // QGraphicsScene::render() sorts every item by stacking order and paints each in turn
    // (89 ms for 10,000 nodes, most items returning at once); here zones and overlays
    // paint themselves and everything else is the line layer.
    painter->save();
    painter->setClipRect(target, Qt::IntersectClip);
    painter->setWorldTransform(view);
    drawBackground(painter, source); // starts the line frame

    // Zones in their stacking order: outer zones (lower z) first, then the document's order.
    std::vector<ZoneItem *> zones;
    zones.reserve(size_t(m_zones.size()));
    for (const core::Zone &z : m_doc->design().zones) {
        ZoneItem *item = m_zones.value(z.id);
        if (item && item->isVisible() && item->sceneBoundingRect().intersects(source))
            zones.push_back(item);
    }
    std::stable_sort(zones.begin(), zones.end(), [](const ZoneItem *a, const ZoneItem *b) {
        return a->zValue() < b->zValue();
    });
    for (ZoneItem *z : zones)
        paintItem(painter, z, view);

    if (m_lineFrame.active) {
        m_lineFrame.pending = false;
        paintLines(painter);
    }

    m_overlays.removeAll(nullptr);
    std::vector<QGraphicsItem *> overlays;
    for (const QPointer<QGraphicsObject> &o : std::as_const(m_overlays)) {
        if (o->scene() == this && o->isVisible() && o->sceneBoundingRect().intersects(source))
            overlays.push_back(o.data());
    }
    std::stable_sort(overlays.begin(), overlays.end(),
                     [](const QGraphicsItem *a, const QGraphicsItem *b) {
                         return a->zValue() < b->zValue();
                     });
    for (QGraphicsItem *o : overlays)
        paintItem(painter, o, view);

    drawForeground(painter, source);
    painter->restore();
}

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
    forEachInTiles<LinkItem>(m_tiles, LinkItem::kZ, visible, &m_walkScratch, 64, [&](const LinkItem *l) {
        if (!l->m_state.shown || !l->boundingRect().intersects(visible))
            return;
        const bool selected = l->m_state.selected;
        LineRaster::Pen pen;
        pen.color = selected ? qRgb(0x1f, 0x6f, 0xd1) : qRgb(0x7f, 0x8c, 0x8d);
        pen.width = fine ? pixels(selected ? 2.2 : LinkItem::kWidth, lod) : 1;
        pen.dashOn = pen.width;
        pen.dashOff = 2 * pen.width;
        r.strokeLine(l->m_line.p1(), l->m_line.p2(), pen);
    });

    // Flows: plain ones (z 6), then those crossing a firewall (z 7) on top. The items'
    // own copies of their visibility and selection (FlowItem::itemChange) spare a cache
    // miss per flow.
    const bool arrows = lod >= lod::kArrows;
    auto flow = [&](const FlowItem *f) {
        const FlowItem::Style st = f->style(f->m_state.selected);
        LineRaster::Pen pen;
        pen.color = st.color.rgba();
        pen.width = st.width * lod < 1.5 ? 1 : pixels(st.width, lod);
        if (st.dashed) { // Qt's dash line: four widths on, two off
            pen.dashOn = 4 * pen.width;
            pen.dashOff = 2 * pen.width;
        }
        r.strokeQuad(f->m_start, f->m_control, f->m_tip, pen);
        if (!arrows)
            return;
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
    };
    for (const qreal z : {FlowItem::kZ, FlowItem::kCrossingZ}) {
        forEachInTiles<FlowItem>(m_tiles, z, visible, &m_walkScratch, 128, [&](const FlowItem *f) {
            if (f->m_state.shown && f->m_bounds.intersects(visible))
                flow(f);
        });
    }

    // Zoomed out, the node cards (z 10) on top: white, outlined in their state's colour.
    if (!fine) {
        const QRectF cardRect = NodeItem::cardRect();
        forEachInTiles<NodeItem>(m_tiles, NodeItem::kZ, visible, &m_walkScratch, 64, [&](const NodeItem *n) {
            if (!n->m_state.shown)
                return;
            const QRectF card = cardRect.translated(n->m_at);
            if (!card.intersects(visible))
                return;
            r.fillRect(card, qRgb(0xff, 0xff, 0xff));
            r.outlineRect(card, n->outlineColor(n->m_state.selected));
        });
    }

    painter->save();
    painter->setWorldTransform(QTransform());
    painter->drawImage(QPointF(area.topLeft()) / dpr, r.image());
    painter->restore();
}

} // namespace portolan::gui
