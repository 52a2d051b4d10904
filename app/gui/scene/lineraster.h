#pragma once

#include <QImage>
#include <QPointF>
#include <QRect>
#include <QTransform>

namespace portolan::gui {

/// Draws the canvas's lines in draft frames and zoomed out: plain, aliased lines, filled
/// triangles and rectangles written straight into an image, in device pixels. QPainter's
/// rasteriser goes through span callbacks for every pixel run; for thousands of thin
/// curves a frame that was most of the cost of zooming (docs/performance.md, "Canvas,
/// fifth round"). What it draws matches QPainter's aliased drawing to a pixel or so; the
/// full-quality frame after the motion is QPainter's own.
class LineRaster
{
public:
    /// A pen in device pixels: `dashOn`/`dashOff` zero for a solid line.
    struct Pen
    {
        QRgb color = 0; ///< not premultiplied; alpha below 255 blends
        int width = 1;
        int dashOn = 0;
        int dashOff = 0;
    };

    /// Starts a picture of the device rectangle `area`, transparent; `toDevice` maps
    /// scene coordinates to device pixels, `dpr` device pixels per logical pixel. The
    /// image is kept between frames.
    void begin(const QRect &area, const QTransform &toDevice, qreal dpr = 1);
    const QImage &image() const { return m_image; }

    /// A straight line or a quadratic curve from scene coordinates; dashes start at `from`.
    void strokeLine(const QPointF &from, const QPointF &to, const Pen &pen);
    void strokeQuad(const QPointF &from, const QPointF &control, const QPointF &to,
                    const Pen &pen);
    /// The part [t0, t1] of the segment a-b inside `r` (Liang-Barsky); false if it misses.
    static bool clip(const QPointF &a, const QPointF &b, const QRectF &r, qreal *t0, qreal *t1);

    /// A filled triangle and rectangle from scene coordinates (pixel centres inside).
    void fillTriangle(const QPointF &a, const QPointF &b, const QPointF &c, QRgb color);
    void fillRect(const QRectF &sceneRect, QRgb color);
    /// A rectangle's one-pixel outline.
    void outlineRect(const QRectF &sceneRect, QRgb color);

private:
    /// One segment in device pixels relative to the image; `phase` is the dash position
    /// at `a` and comes back advanced to `b`. `last`: the end pixel is drawn too.
    void segment(QPointF a, QPointF b, const Pen &pen, qreal *phase, bool last);
    void fillDeviceRect(QRect r, QRgb color);
    void put(quint32 *at, quint32 pixel, int alpha) const;
    void run(int x, int y, int length, bool vertical, quint32 pixel, int alpha);

    QImage m_image;
    quint32 *m_bits = nullptr; ///< the image's pixels, m_stride per row
    qsizetype m_stride = 0;
    int m_width = 0, m_height = 0;
    QTransform m_toDevice; ///< scene to image pixels (the area's origin subtracted)
};

} // namespace portolan::gui
