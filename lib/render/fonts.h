#pragma once

#include <QFont>
#include <QStringList>

class QPaintDevice;

namespace portolan::render {

/// The fonts every renderer uses: a Latin sans-serif first, then a Chinese font whose PDF
/// text layer is exact.
///
/// Qt 6.4 writes a PDF ToUnicode map by taking, for each embedded glyph, the lowest code
/// point that maps to it. Fonts that share glyphs between the Kangxi radicals (U+2F00...)
/// and the unified ideographs (Noto Sans CJK, Source Han) therefore turn 口 into ⼝ and 火
/// into ⽕ in copied or searched text. The Chinese font is chosen among the installed ones
/// by checking exactly that, so that `pdftotext` returns the strings that were drawn.
class Fonts
{
public:
    /// Family list for QFont::setFamilies(): Latin font, then the Chinese font.
    static QStringList families();
    /// The chosen Chinese family, empty when none is installed.
    static QString chineseFamily();
    /// False when the only Chinese fonts installed break the PDF text layer (a warning for
    /// the user: install fonts-droid-fallback or fonts-wqy-zenhei).
    static bool chineseTextLayerExact();
    /// A font of `points` size for a device whose coordinates are its own pixels.
    static QFont font(qreal points, bool bold = false);
    /// A font whose pixel size is `pixels` in the logical coordinates of `device` before any
    /// painter transform (used by the diagram, which is drawn in scene units and scaled).
    static QFont pixelFont(qreal pixels, const QPaintDevice *device, bool bold = false);
    /// Whether `family` maps any unified ideograph to a glyph it also uses for a radical.
    static bool sharesRadicalGlyphs(const QString &family);
};

} // namespace portolan::render
