#include "lineraster.h"

#include <algorithm>
#include <cmath>

namespace portolan::gui {

namespace {

/// Each channel of a premultiplied pixel times a / 255.
inline quint32 byteMul(quint32 x, quint32 a)
{
    quint32 t = (x & 0xff00ff) * a;
    t = (t + ((t >> 8) & 0xff00ff) + 0x800080) >> 8;
    t &= 0xff00ff;
    x = ((x >> 8) & 0xff00ff) * a;
    x = x + ((x >> 8) & 0xff00ff) + 0x800080;
    x &= 0xff00ff00;
    return x | t;
}

/// The pixels whose centres lie in [lo, hi), at least the one holding the middle.
std::pair<int, int> pixelSpan(qreal lo, qreal hi)
{
    int first = int(std::ceil(lo - 0.5));
    int last = int(std::ceil(hi - 0.5)) - 1;
    if (last < first)
        first = last = int(std::floor((lo + hi) / 2));
    return {first, last};
}

} // namespace

bool LineRaster::clip(const QPointF &a, const QPointF &b, const QRectF &r, qreal *t0, qreal *t1)
{
    const qreal dx = b.x() - a.x(), dy = b.y() - a.y();
    const qreal p[4] = {-dx, dx, -dy, dy};
    const qreal q[4] = {a.x() - r.left(), r.right() - a.x(), a.y() - r.top(),
                        r.bottom() - a.y()};
    *t0 = 0;
    *t1 = 1;
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const qreal t = q[i] / p[i];
        if (p[i] < 0)
            *t0 = std::max(*t0, t);
        else
            *t1 = std::min(*t1, t);
        if (*t0 > *t1)
            return false;
    }
    return true;
}

void LineRaster::begin(const QRect &area, const QTransform &toDevice, qreal dpr)
{
    if (m_image.size() != area.size())
        m_image = QImage(area.size(), QImage::Format_ARGB32_Premultiplied);
    m_image.setDevicePixelRatio(dpr);
    m_image.fill(0);
    m_bits = reinterpret_cast<quint32 *>(m_image.bits());
    m_stride = m_image.bytesPerLine() / 4;
    m_width = m_image.width();
    m_height = m_image.height();
    m_toDevice = toDevice * QTransform::fromTranslate(-area.x(), -area.y());
}

inline void LineRaster::put(quint32 *at, quint32 pixel, int alpha) const
{
    *at = alpha == 255 ? pixel : pixel + byteMul(*at, 255 - alpha);
}

void LineRaster::run(int x, int y, int length, bool vertical, quint32 pixel, int alpha)
{
    if (vertical) {
        if (x < 0 || x >= m_width)
            return;
        const int y0 = std::max(y, 0), y1 = std::min(y + length, m_height);
        quint32 *at = m_bits + y0 * m_stride + x;
        for (int i = y0; i < y1; ++i, at += m_stride)
            put(at, pixel, alpha);
    } else {
        if (y < 0 || y >= m_height)
            return;
        const int x0 = std::max(x, 0), x1 = std::min(x + length, m_width);
        quint32 *at = m_bits + y * m_stride;
        if (alpha == 255) {
            std::fill(at + x0, at + std::max(x0, x1), pixel);
            return;
        }
        for (int i = x0; i < x1; ++i)
            put(at + i, pixel, alpha);
    }
}

void LineRaster::segment(QPointF a, QPointF b, const Pen &pen, qreal *phase, bool last)
{
    const qreal length = std::hypot(b.x() - a.x(), b.y() - a.y());
    const qreal start = *phase;
    *phase += length;
    if (!(length > 1e-9) || !qIsFinite(length))
        return;
    const qreal margin = pen.width + 1;
    const QRectF bounds(-margin, -margin, m_width + 2 * margin,
                        m_height + 2 * margin);
    qreal t0, t1;
    if (!clip(a, b, bounds, &t0, &t1))
        return;
    const QPointF d = b - a;
    const QPointF ca = a + d * t0, cb = a + d * t1;
    last = last || t1 < 1; // a clipped end is no joint with the next segment

    // Step along the major axis one pixel column (or row) at a time; at each, a run of
    // `width` pixels across it, centred on the line.
    const bool steep = std::abs(d.y()) > std::abs(d.x());
    const qreal major0 = steep ? ca.y() : ca.x(), major1 = steep ? cb.y() : cb.x();
    const qreal minor0 = steep ? ca.x() : ca.y();
    const qreal dMajor = steep ? d.y() : d.x(), dMinor = steep ? d.x() : d.y();
    const int dir = dMajor > 0 ? 1 : -1;
    const qreal slope = dMinor / dMajor;
    const qreal secant = length / std::abs(dMajor); // line length per major step
    int first, end; // pixels [first, end) in the direction of travel
    if (dir > 0) {
        first = int(std::ceil(major0 - 0.5));
        end = last ? int(std::floor(major1)) + 1 : int(std::ceil(major1 - 0.5));
    } else {
        first = int(std::floor(major0 - 0.5));
        end = last ? int(std::floor(major1)) - 1 : int(std::floor(major1 - 0.5));
    }
    const quint32 pixel = qPremultiply(pen.color);
    const int alpha = qAlpha(pen.color);
    const qreal half = pen.width / 2.0;
    const int period = pen.dashOn + pen.dashOff;
    if (pen.width == 1 && period == 0) {
        // The common case (every line zoomed out): solid and one pixel wide. The order of
        // the pixels does not matter, so the range is walked upwards, inside the image.
        const int majorSize = steep ? m_height : m_width;
        const int minorSize = steep ? m_width : m_height;
        const int lo = std::max(dir > 0 ? first : end + 1, 0);
        const int hi = std::min(dir > 0 ? end - 1 : first, majorSize - 1);
        const qsizetype majorStep = steep ? m_stride : 1, minorStep = steep ? 1 : m_stride;
        quint32 *base = m_bits + lo * majorStep;
        qreal minor = minor0 + (lo + 0.5 - major0) * slope + 1024; // floor by truncation
        for (int i = lo; i <= hi; ++i, minor += slope, base += majorStep) {
            const int m = int(minor) - 1024;
            if (unsigned(m) < unsigned(minorSize))
                put(base + m * minorStep, pixel, alpha);
        }
        return;
    }
    qreal dash = 0;
    if (period > 0) {
        dash = std::fmod(start + t0 * length + std::abs(first + 0.5 - major0) * secant,
                         qreal(period));
    }
    // The run's first pixel across the line, stepped along (floor by truncation: the clip
    // keeps it within a few pixels of the image).
    qreal across = minor0 + (first + 0.5 - major0) * slope - half + 0.5 + 1024;
    const qreal step = dir * slope;
    for (int i = first; dir > 0 ? i < end : i > end; i += dir, across += step) {
        if (period > 0) {
            const bool on = dash < pen.dashOn;
            dash += secant;
            while (dash >= period)
                dash -= period;
            if (!on)
                continue;
        }
        const int a = int(across) - 1024;
        if (pen.width == 1) {
            const int x = steep ? a : i, y = steep ? i : a;
            if (unsigned(x) < unsigned(m_width) && unsigned(y) < unsigned(m_height))
                put(m_bits + y * m_stride + x, pixel, alpha);
            continue;
        }
        if (steep)
            run(a, i, pen.width, false, pixel, alpha);
        else
            run(i, a, pen.width, true, pixel, alpha);
    }
}

void LineRaster::strokeLine(const QPointF &from, const QPointF &to, const Pen &pen)
{
    qreal phase = 0;
    segment(m_toDevice.map(from), m_toDevice.map(to), pen, &phase, true);
}

void LineRaster::strokeQuad(const QPointF &from, const QPointF &control, const QPointF &to,
                            const Pen &pen)
{
    const QPointF a = m_toDevice.map(from), c = m_toDevice.map(control), b = m_toDevice.map(to);
    const qreal margin = pen.width + 1;
    const qreal left = std::min({a.x(), b.x(), c.x()}), right = std::max({a.x(), b.x(), c.x()});
    const qreal top = std::min({a.y(), b.y(), c.y()}), bottom = std::max({a.y(), b.y(), c.y()});
    if (right < -margin || bottom < -margin || left > m_width + margin
        || top > m_height + margin)
        return;
    // A quadratic cut into n chords strays at most |a - 2c + b| / (4 n^2) from them: a
    // quarter of a pixel.
    const QPointF bend = a - 2 * c + b;
    const qreal deviation = std::hypot(bend.x(), bend.y());
    const int n = std::clamp(int(std::ceil(std::sqrt(deviation))), 1, 1024);
    qreal phase = 0;
    QPointF prev = a;
    for (int i = 1; i <= n; ++i) {
        const qreal t = qreal(i) / n, u = 1 - t;
        const QPointF pt = u * u * a + 2 * u * t * c + t * t * b;
        segment(prev, pt, pen, &phase, i == n);
        prev = pt;
    }
}

void LineRaster::fillTriangle(const QPointF &sa, const QPointF &sb, const QPointF &sc,
                              QRgb color)
{
    const QPointF p[3] = {m_toDevice.map(sa), m_toDevice.map(sb), m_toDevice.map(sc)};
    const qreal top = std::min({p[0].y(), p[1].y(), p[2].y()});
    const qreal bottom = std::max({p[0].y(), p[1].y(), p[2].y()});
    const quint32 pixel = qPremultiply(color);
    const int alpha = qAlpha(color);
    const auto [y0, y1] = pixelSpan(top, bottom);
    for (int y = std::max(y0, 0); y <= std::min(y1, m_height - 1); ++y) {
        const qreal yc = y + 0.5;
        qreal lo = 1e18, hi = -1e18;
        for (int e = 0; e < 3; ++e) {
            const QPointF &u = p[e], &v = p[(e + 1) % 3];
            if ((yc < u.y()) == (yc < v.y()))
                continue; // the edge does not cross this row's centre
            const qreal x = u.x() + (yc - u.y()) * (v.x() - u.x()) / (v.y() - u.y());
            lo = std::min(lo, x);
            hi = std::max(hi, x);
        }
        if (lo > hi) {
            lo = std::min({p[0].x(), p[1].x(), p[2].x()}); // thinner than a row
            hi = std::max({p[0].x(), p[1].x(), p[2].x()});
        }
        const auto [x0, x1] = pixelSpan(lo, hi);
        run(x0, y, x1 - x0 + 1, false, pixel, alpha);
    }
}

void LineRaster::fillDeviceRect(QRect r, QRgb color)
{
    r = r.intersected(QRect(0, 0, m_width, m_height));
    const quint32 pixel = qPremultiply(color);
    const int alpha = qAlpha(color);
    for (int y = r.top(); y <= r.bottom(); ++y)
        run(r.left(), y, r.width(), false, pixel, alpha);
}

void LineRaster::fillRect(const QRectF &sceneRect, QRgb color)
{
    const QRectF d = m_toDevice.mapRect(sceneRect);
    const auto [x0, x1] = pixelSpan(d.left(), d.right());
    const auto [y0, y1] = pixelSpan(d.top(), d.bottom());
    fillDeviceRect(QRect(QPoint(x0, y0), QPoint(x1, y1)), color);
}

void LineRaster::outlineRect(const QRectF &sceneRect, QRgb color)
{
    const QRectF d = m_toDevice.mapRect(sceneRect);
    const auto [x0, x1] = pixelSpan(d.left(), d.right());
    const auto [y0, y1] = pixelSpan(d.top(), d.bottom());
    fillDeviceRect(QRect(x0, y0, x1 - x0 + 1, 1), color);
    if (y1 > y0)
        fillDeviceRect(QRect(x0, y1, x1 - x0 + 1, 1), color);
    if (y1 - y0 > 1) {
        fillDeviceRect(QRect(x0, y0 + 1, 1, y1 - y0 - 1), color);
        if (x1 > x0)
            fillDeviceRect(QRect(x1, y0 + 1, 1, y1 - y0 - 1), color);
    }
}

} // namespace portolan::gui
