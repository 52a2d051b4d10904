#include "draftpictures.h"

#include <QHash>
#include <QImage>
#include <QPainter>

#include <cmath>

namespace portolan::gui::draft {

namespace {

struct Cache
{
    qreal scale = 0, dpr = 0;
    QHash<quint64, QImage> pictures;
    qsizetype bytes = 0;
};

/// At most this much memory in pictures (a card at the highest zoom is about 2 MB).
constexpr qsizetype kBudget = 64 << 20;

Cache &cache()
{
    static Cache c; // the GUI thread's only
    return c;
}

} // namespace

bool drawPicture(QPainter *p, const QRectF &bounds, quint64 key,
                 const std::function<void(QPainter *)> &paint)
{
    const QTransform &t = p->worldTransform();
    if (t.type() > QTransform::TxScale || t.m11() <= 0 || t.m11() != t.m22())
        return false;
    const qreal dpr = p->device()->devicePixelRatio();
    Cache &c = cache();
    if (c.scale != t.m11() || c.dpr != dpr || c.bytes > kBudget) {
        c.scale = t.m11();
        c.dpr = dpr;
        c.pictures.clear();
        c.bytes = 0;
    }
    const qreal pixels = c.scale * dpr;
    auto it = c.pictures.find(key);
    if (it == c.pictures.end()) {
        QImage image((bounds.size() * pixels).toSize() + QSize(2, 2),
                     QImage::Format_ARGB32_Premultiplied);
        image.fill(0);
        {
            QPainter ip(&image);
            ip.scale(pixels, pixels);
            ip.translate(-bounds.topLeft());
            paint(&ip);
        }
        image.setDevicePixelRatio(dpr);
        c.bytes += image.sizeInBytes();
        it = c.pictures.insert(key, image);
    }
    const QPointF at = t.map(bounds.topLeft()) * dpr;
    p->save();
    p->resetTransform();
    p->drawImage(QPointF(std::round(at.x()), std::round(at.y())) / dpr, *it);
    p->restore();
    return true;
}

} // namespace portolan::gui::draft
