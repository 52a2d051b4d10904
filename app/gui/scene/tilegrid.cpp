#include "tilegrid.h"

#include <QGraphicsScene>

#include <algorithm>
#include <cmath>

namespace portolan::gui {

TileItem::TileItem(TileGrid *grid, const QRectF &bounds, qreal z)
    : m_grid(grid)
    , m_bounds(bounds)
{
    setZValue(z);
    setAcceptedMouseButtons(Qt::NoButton);
    // Children draw inside the bounds: Qt skips the tile's subtree outside the exposed area
    // (without clipping the painter, as ItemClipsChildrenToShape would).
    setFlag(ItemContainsChildrenInShape);
}

void TileItem::include(const QRectF &rect)
{
    if (m_bounds.contains(rect))
        return;
    prepareGeometryChange();
    m_bounds = m_bounds.isEmpty() ? rect : m_bounds.united(rect);
}

QVariant TileItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemChildAddedChange) {
        m_members.push_back(value.value<QGraphicsItem *>());
    } else if (change == ItemChildRemovedChange) {
        // (Also while the child is being destroyed: only its address is used.)
        const auto *child = value.value<QGraphicsItem *>();
        const auto it = std::find(m_members.begin(), m_members.end(), child);
        if (it != m_members.end()) {
            *it = m_members.back();
            m_members.pop_back();
        }
    }
    return QGraphicsItem::itemChange(change, value);
}

TileGrid::Key TileGrid::keyOf(const QRectF &rect, qreal z)
{
    Key key;
    key.z = z;
    const qreal extent = std::max(rect.width(), rect.height());
    qreal size = kCell;
    for (int level = 0; level < kLevels; ++level, size *= 4) {
        if (extent <= size) {
            const QPointF c = rect.center();
            key.level = level;
            key.x = qint64(std::floor(c.x() / size));
            key.y = qint64(std::floor(c.y() / size));
            return key;
        }
    }
    key.level = kLevels;
    return key;
}

QRectF TileGrid::boundsOf(const Key &key)
{
    if (key.level >= kLevels)
        return QRectF(); // grows with its items (TileItem::include)
    const qreal size = kCell * std::pow(4.0, key.level);
    return QRectF((qreal(key.x) - 0.5) * size, (qreal(key.y) - 0.5) * size, 2 * size, 2 * size);
}

void TileGrid::place(QGraphicsItem *item, const QRectF &before)
{
    const QRectF rect = item->mapRectToParent(item->boundingRect());
    const Key key = keyOf(rect, item->zValue());
    m_extent |= rect;
    auto *current = qgraphicsitem_cast<TileItem *>(item->parentItem());
    if (current && current->grid() == this && m_keys.value(current) == key) {
        if (key.level >= kLevels)
            current->include(rect);
        return;
    }
    TileItem *&tile = m_tiles[key];
    if (!tile) {
        tile = new TileItem(this, boundsOf(key), key.z);
        m_keys.insert(tile, key);
        m_layers[key.z].push_back(tile);
        m_scene->addItem(tile);
    }
    if (key.level >= kLevels)
        tile->include(rect);
    if (current && !before.isEmpty())
        m_scene->update(before); // (outside the scene's dirty-item pass: not clipped)
    // Tiles sit at the origin untransformed: the item's position stays its scene position.
    item->setParentItem(tile);
}

void TileGrid::refit(QGraphicsItem *item, const QRectF &before)
{
    if (auto *tile = qgraphicsitem_cast<TileItem *>(item->parentItem()))
        tile->grid()->place(item, before);
}

void TileGrid::reset()
{
    m_extent = QRectF();
    m_tiles.clear();
    m_keys.clear();
    m_layers.clear();
}

} // namespace portolan::gui
