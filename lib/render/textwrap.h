#pragma once

#include <QFontMetricsF>
#include <QStringList>

namespace portolan::render {

/// Breaks `text` into lines no wider than `width` for the font of `fm`.
///
/// Lines break at Unicode line-break opportunities (spaces, between Chinese characters,
/// after hyphens before letters) and also after ',', ';' and '/', so that a port list such as
/// "80,443,8000-8010" wraps between ports and never inside a range. A single token wider than
/// `width` is split between characters. Newlines in `text` are kept as line breaks; trailing
/// spaces of a line are dropped, so the lines hold exactly the drawn characters.
QStringList wrapText(const QString &text, const QFontMetricsF &fm, qreal width);

/// At most `maxLines` lines of wrapText(); the last one elided with "…" when text is cut.
QStringList wrapText(const QString &text, const QFontMetricsF &fm, qreal width, int maxLines);

} // namespace portolan::render
