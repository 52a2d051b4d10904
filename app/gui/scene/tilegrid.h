#pragma once

#include <QGraphicsItem>
#include <QHash>

#include <vector>

namespace portolan::gui {

class TileGrid;

/// A container for the items of one stacking layer (links, flows, crossing flows, nodes)
/// whose bounds fall in one cell of the scene. It draws nothing; its bounds contain its
/// children's (QGraphicsItem::ItemContainsChildrenInShape), so a repaint skips the whole
/// tile when it lies outside the exposed area instead of testing each item: with
/// QGraphicsScene::NoIndex Qt tests every top-level item of the scene per repaint, 37,000
/// on a 10,000-node design. The line layer (DesignScene::paintLines) walks the same tiles.
///
/// Point and intersection queries (QGraphicsScene::items(QPointF)) return tiles too; they
/// accept no mouse buttons and callers skip them (isTile()). Queries for items *contained*
/// in an area skip the children of tiles the area does not contain whole: the canvas's
/// rubber band asks DesignScene::itemsInside() instead.
class TileItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 5 };

    TileItem(TileGrid *grid, const QRectF &bounds, qreal z);
    int type() const override { return Type; }
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *, const QStyleOptionGraphicsItem *, QWidget *) override {}

    TileGrid *grid() const { return m_grid; }
    /// The items in this tile, as Qt's children (kept from itemChange, without copying
    /// childItems()).
    const std::vector<QGraphicsItem *> &members() const { return m_members; }
    /// Grows the bounds to take `rect` (the catch-all tile of items too large for a cell).
    void include(const QRectF &rect);

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    TileGrid *m_grid;
    QRectF m_bounds;
    std::vector<QGraphicsItem *> m_members;
};

/// Whether `item` is a tile (to be skipped by hit tests).
inline bool isTile(const QGraphicsItem *item)
{
    return item && item->type() == TileItem::Type;
}

/// Puts a scene's items into tiles: a loose grid of square cells, 512 scene units at the
/// finest level and four times larger at each of two coarser levels. An item goes to the
/// finest level whose cell is at least as large as the item, in the cell holding its
/// centre; a tile's bounds are its cell grown by half a cell on each side, so that every
/// item in it fits whatever its position in the cell. Items larger than the coarsest cell
/// share one tile per layer whose bounds grow with them.
class TileGrid
{
public:
    explicit TileGrid(QGraphicsScene *scene) : m_scene(scene) {}
    TileGrid(const TileGrid &) = delete;
    TileGrid &operator=(const TileGrid &) = delete;

    /// Puts `item` (geometry and z value set) into the tile it belongs to now, adding it
    /// to the scene if it is not there yet; leaves it where it is when that is its tile. Items
    /// in a tile call refit() whenever their bounds or z value change, with the scene
    /// rectangle they covered before: Qt clips an item's repaints to its tile's bounds
    /// (ItemContainsChildrenInShape), so after a move to another tile the place it left
    /// would not be repainted.
    void place(QGraphicsItem *item, const QRectF &before = QRectF());
    /// Puts `item` in the right tile again if it is in one of this grid's tiles.
    static void refit(QGraphicsItem *item, const QRectF &before);
    /// Forgets every tile (after QGraphicsScene::clear() deleted them).
    void reset();

    /// Calls `fn(const TileItem &)` for every tile of the layer at `z` whose bounds meet
    /// `rect`.
    template<typename Fn>
    void forEachTile(qreal z, const QRectF &rect, Fn fn) const
    {
        const auto it = m_layers.find(z);
        if (it == m_layers.end())
            return;
        for (const TileItem *t : *it) {
            if (t->boundingRect().intersects(rect))
                fn(*t);
        }
    }
    /// Calls `fn(const TileItem &)` for every tile of every layer; with `rect`, for those
    /// whose bounds meet it.
    template<typename Fn>
    void forAllTiles(Fn fn, const QRectF &rect = QRectF()) const
    {
        for (const TileItem *t : m_tiles) {
            if (rect.isNull() || t->boundingRect().intersects(rect))
                fn(*t);
        }
    }
    /// Everything placed since the last reset(), where it was then: grows only, as
    /// QGraphicsScene's own scene rectangle does (which counts the tiles' loose bounds).
    QRectF extent() const { return m_extent; }

    static constexpr qreal kCell = 512;
    static constexpr int kLevels = 3;

private:
    struct Key
    {
        qreal z = 0;
        int level = 0; ///< kLevels: the catch-all tile of the layer
        qint64 x = 0, y = 0;
        bool operator==(const Key &o) const
        {
            return z == o.z && level == o.level && x == o.x && y == o.y;
        }
        friend size_t qHash(const Key &k, size_t seed = 0)
        {
            return qHashMulti(seed, k.z, k.level, k.x, k.y);
        }
    };
    static Key keyOf(const QRectF &rect, qreal z);
    static QRectF boundsOf(const Key &key);

    QGraphicsScene *m_scene;
    QRectF m_extent;
    QHash<Key, TileItem *> m_tiles;
    QHash<const TileItem *, Key> m_keys;
    QHash<qreal, std::vector<TileItem *>> m_layers; ///< z value -> its tiles
};

} // namespace portolan::gui
