#include "fonts.h"

#include <QFontDatabase>
#include <QPaintDevice>
#include <QRawFont>
#include <QSet>

namespace portolan::render {

namespace {

struct Choice
{
    QString latin;
    QString chinese;
    bool exact = true;
};

bool installed(const QStringList &all, const QString &family)
{
    return all.contains(family, Qt::CaseInsensitive);
}

Choice choose()
{
    Choice c;
    const QStringList all = QFontDatabase::families();
    for (const char *f : {"DejaVu Sans", "Liberation Sans", "Noto Sans", "FreeSans", "Arial",
                          "Helvetica", "Segoe UI"}) {
        if (installed(all, QLatin1String(f))) {
            c.latin = QLatin1String(f);
            break;
        }
    }
    // Known-good fonts first, then whatever else claims Simplified Chinese.
    QStringList candidates;
    for (const char *f :
         {"Droid Sans Fallback", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "Microsoft YaHei",
          "SimHei", "SimSun", "PingFang SC", "Heiti SC", "AR PL UMing CN", "AR PL UKai CN"}) {
        if (installed(all, QLatin1String(f)))
            candidates << QLatin1String(f);
    }
    for (const QString &f : QFontDatabase::families(QFontDatabase::SimplifiedChinese)) {
        if (!candidates.contains(f, Qt::CaseInsensitive))
            candidates << f;
    }
    for (const QString &f : candidates) {
        if (!Fonts::sharesRadicalGlyphs(f)) {
            c.chinese = f;
            return c;
        }
    }
    // Nothing exact: take the first Chinese font anyway so that the page still shows the
    // text, and let the caller warn.
    c.chinese = candidates.value(0);
    c.exact = candidates.isEmpty();
    return c;
}

const Choice &choice()
{
    static const Choice c = choose();
    return c;
}

} // namespace

bool Fonts::sharesRadicalGlyphs(const QString &family)
{
    QFont font(family);
    font.setPixelSize(32);
    const QRawFont raw = QRawFont::fromFont(font);
    if (!raw.isValid() || raw.familyName().compare(family, Qt::CaseInsensitive) != 0)
        return true; // not really installed: treat as unusable
    QString radicals;
    for (char16_t u = 0x2E80; u < 0x2FE0; ++u)
        radicals += QChar(u);
    QSet<quint32> radicalGlyphs;
    for (quint32 g : raw.glyphIndexesForString(radicals)) {
        if (g != 0)
            radicalGlyphs.insert(g);
    }
    if (radicalGlyphs.isEmpty())
        return false;
    QString ideographs;
    ideographs.reserve(0xA000 - 0x4E00);
    for (char16_t u = 0x4E00; u < 0xA000; ++u)
        ideographs += QChar(u);
    for (quint32 g : raw.glyphIndexesForString(ideographs)) {
        if (g != 0 && radicalGlyphs.contains(g))
            return true;
    }
    return false;
}

QStringList Fonts::families()
{
    QStringList out;
    if (!choice().latin.isEmpty())
        out << choice().latin;
    if (!choice().chinese.isEmpty())
        out << choice().chinese;
    return out;
}

QString Fonts::chineseFamily()
{
    return choice().chinese;
}

bool Fonts::chineseTextLayerExact()
{
    return choice().exact;
}

QFont Fonts::font(qreal points, bool bold)
{
    QFont f;
    const QStringList fam = families();
    if (!fam.isEmpty())
        f.setFamilies(fam);
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    // No optional shaping for Latin text: ligatures would put U+FB01 "ﬁ" into the PDF text
    // layer instead of "fi" (Chinese needs no shaping; complex scripts still get it).
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

QFont Fonts::pixelFont(qreal pixels, const QPaintDevice *device, bool bold)
{
    const qreal dpi = device && device->logicalDpiY() > 0 ? device->logicalDpiY() : 96.0;
    return font(pixels * 72.0 / dpi, bold);
}

} // namespace portolan::render
