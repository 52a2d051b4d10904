#pragma once

#include <QGraphicsItem>
#include <QPainter>
#include <QVariant>
#include <QtGlobal>

namespace portolan::gui::lod {

/// Level of detail (QStyleOptionGraphicsItem::levelOfDetailFromTransform, 1 = 100 %). Below
/// kDetail text is too small to read (a 9 pt label is about 3 px), so items leave out text,
/// icons, shadows and port labels and draw their shapes only; below kArrows arrow heads
/// and firewall marker glyphs are a pixel or two and go as well. Hundreds of items then
/// paint as fast as a handful. (At 0.4 a 15-node design fitted to a laptop window already
/// showed blank cards: names at 0.3 are small but still tell the nodes apart.)
constexpr qreal kDetail = 0.25;
constexpr qreal kArrows = 0.1;

/// Whether flows and links are stroked antialiased: at a readable zoom, unless the painter
/// has antialiasing off — CanvasView paints draft frames that way while the user pans,
/// zooms or drags, and after an edit on a slow design (an antialiased curve costs ten
/// times a plain one, and a frame of a dense design holds hundreds), and a full-quality
/// frame once the view has been still for a moment. On screen, draft frames' lines are
/// drawn by the scene's line layer (DesignScene::drawsLines), not by the items.
inline bool smoothLines(const QPainter *p, qreal levelOfDetail)
{
    return levelOfDetail >= kDetail && p->testRenderHint(QPainter::Antialiasing);
}

/// Copies of an item's visibility and selection, kept up to date from its itemChange()
/// for the line layer (DesignScene::paintLines), which reads them for every item of a
/// frame: QGraphicsItem keeps them in a separate allocation, a cache miss per item.
struct ItemState
{
    bool shown = true;
    bool selected = false;

    void follow(QGraphicsItem::GraphicsItemChange change, const QVariant &value)
    {
        if (change == QGraphicsItem::ItemVisibleHasChanged)
            shown = value.toBool();
        else if (change == QGraphicsItem::ItemSelectedHasChanged)
            selected = value.toBool();
    }
};

} // namespace portolan::gui::lod
