#pragma once

#include "diagramrenderer.h"

#include <QByteArray>
#include <QImage>
#include <QSize>

namespace portolan::render {

/// The diagram as an SVG or PNG document. Pure: takes data and settings, returns bytes.
class ImageExport
{
public:
    /// Largest width or height of a raster image, in pixels.
    static constexpr int kMaxPixels = 16384;

    /// An SVG document (scene units are SVG user units) with <title> set to the design title
    /// and <desc> to a short description.
    static QByteArray svg(const core::Design &design, const core::FlowSet &flows,
                          const core::CatalogSet &catalogs, const DiagramOptions &options);
    /// The diagram on a white background, antialiased, `size` pixels (a height of 0 keeps the
    /// diagram's aspect ratio), with `dpi` recorded in the image.
    static QImage image(const core::Design &design, const core::FlowSet &flows,
                        const core::CatalogSet &catalogs, const DiagramOptions &options, QSize size,
                        int dpi = 96);
    /// image() encoded as PNG.
    static QByteArray png(const core::Design &design, const core::FlowSet &flows,
                          const core::CatalogSet &catalogs, const DiagramOptions &options,
                          QSize size, int dpi = 96);
    /// The pixel size image() uses for a requested size (height 0: aspect ratio kept).
    static QSize imageSize(const DiagramRenderer &renderer, QSize requested);
};

} // namespace portolan::render
