#include "imageexport.h"

#include "engine/messages.h"

#include <QBuffer>
#include <QPainter>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace portolan::render {

using namespace portolan::core;

QByteArray ImageExport::svg(const Design &design, const FlowSet &flows, const CatalogSet &catalogs,
                            const DiagramOptions &options)
{
    const DiagramRenderer renderer(design, flows, catalogs, options);
    const QRectF scene = renderer.sceneRect();
    const QSize size(int(std::ceil(scene.width())), int(std::ceil(scene.height())));

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator gen;
    gen.setOutputDevice(&buffer);
    gen.setSize(size);
    gen.setViewBox(QRect(QPoint(0, 0), size));
    gen.setResolution(96);
    gen.setTitle(design.title.isEmpty() ? QStringLiteral("Portolan diagram") : design.title);
    gen.setDescription(
            Messages::text(QT_TRANSLATE_NOOP("Messages", "Network zones, components and flows"),
                           options.lang)
            + QStringLiteral(" \u2014 Portolan " PORTOLAN_VERSION));
    QPainter p;
    if (!p.begin(&gen))
        return QByteArray();
    p.fillRect(QRect(QPoint(0, 0), size), Qt::white);
    renderer.paint(&p, QRectF(QPointF(0, 0), QSizeF(size)));
    p.end();
    return buffer.data();
}

QSize ImageExport::imageSize(const DiagramRenderer &renderer, QSize requested)
{
    const QRectF scene = renderer.sceneRect();
    int w = std::clamp(requested.width() > 0 ? requested.width() : int(std::ceil(scene.width())), 1,
                       kMaxPixels);
    int h = requested.height();
    if (h <= 0)
        h = int(std::lround(w * scene.height() / std::max<qreal>(scene.width(), 1)));
    if (h > kMaxPixels && requested.height() <= 0) {
        // A very tall diagram: keep the aspect ratio within the limit.
        w = std::max(1, int(std::lround(w * double(kMaxPixels) / h)));
        h = kMaxPixels;
    }
    return QSize(w, std::clamp(h, 1, kMaxPixels));
}

QImage ImageExport::image(const Design &design, const FlowSet &flows, const CatalogSet &catalogs,
                          const DiagramOptions &options, QSize size, int dpi)
{
    const DiagramRenderer renderer(design, flows, catalogs, options);
    const QSize px = imageSize(renderer, size);
    QImage img(px, QImage::Format_ARGB32_Premultiplied);
    if (img.isNull())
        return img;
    const int dpm = int(std::lround(std::max(dpi, 1) / 0.0254));
    img.setDotsPerMeterX(dpm);
    img.setDotsPerMeterY(dpm);
    img.fill(Qt::white);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    p.setRenderHint(QPainter::SmoothPixmapTransform, true);
    // A small margin so that thick firewall borders at the edge are not cut.
    const qreal margin = std::min(px.width(), px.height()) * 0.01;
    renderer.paint(&p,
                   QRectF(QPointF(0, 0), QSizeF(px)).adjusted(margin, margin, -margin, -margin));
    p.end();
    return img;
}

QByteArray ImageExport::png(const Design &design, const FlowSet &flows, const CatalogSet &catalogs,
                            const DiagramOptions &options, QSize size, int dpi)
{
    const QImage img = image(design, flows, catalogs, options, size, dpi);
    if (img.isNull())
        return QByteArray();
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    img.convertToFormat(QImage::Format_RGB32).save(&buffer, "PNG");
    return out;
}

} // namespace portolan::render
