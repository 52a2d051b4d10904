#include "textwrap.h"

#include <QTextBoundaryFinder>

#include <algorithm>

namespace portolan::render {

namespace {

QString rtrim(const QString &s)
{
    int n = int(s.size());
    while (n > 0 && s.at(n - 1).isSpace())
        --n;
    return s.left(n);
}

int skipSpaces(const QString &s, int i)
{
    while (i < s.size() && s.at(i).isSpace())
        ++i;
    return i;
}

// Splits a token that is wider than `width` between grapheme clusters.
void splitToken(const QString &token, const QFontMetricsF &fm, qreal width, QStringList *lines,
                QString *rest)
{
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, token);
    int start = 0;
    int lastFit = 0;
    while (graphemes.toNextBoundary() != -1) {
        const int b = int(graphemes.position());
        if (fm.horizontalAdvance(token.mid(start, b - start)) <= width) {
            lastFit = b;
            continue;
        }
        const int cut = lastFit > start ? lastFit : b; // at least one cluster per line
        lines->append(token.mid(start, cut - start));
        start = cut;
        lastFit = cut;
        if (fm.horizontalAdvance(token.mid(start, b - start)) <= width)
            lastFit = b;
    }
    *rest = token.mid(start);
}

void wrapParagraph(const QString &para, const QFontMetricsF &fm, qreal width, QStringList *lines)
{
    std::vector<int> breaks;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Line, para);
    while (finder.toNextBoundary() != -1)
        breaks.push_back(int(finder.position()));
    for (int i = 0; i + 1 < para.size(); ++i) {
        const QChar c = para.at(i);
        if (c == QLatin1Char(',') || c == QLatin1Char(';') || c == QLatin1Char('/'))
            breaks.push_back(i + 1);
    }
    std::sort(breaks.begin(), breaks.end());
    breaks.erase(std::unique(breaks.begin(), breaks.end()), breaks.end());

    int start = 0;
    int lastFit = -1;
    for (size_t k = 0; k < breaks.size(); ++k) {
        const int b = breaks[k];
        if (b <= start)
            continue;
        if (fm.horizontalAdvance(rtrim(para.mid(start, b - start))) <= width) {
            lastFit = b;
            continue;
        }
        if (lastFit > start) {
            lines->append(rtrim(para.mid(start, lastFit - start)));
            start = skipSpaces(para, lastFit);
            lastFit = -1;
            --k; // measure this break again from the new line start
            continue;
        }
        // One token alone is too wide.
        // One token alone is too wide: emit its full-width pieces, keep the last piece as
        // the start of the current line.
        const QString token = rtrim(para.mid(start, b - start));
        QString rest;
        splitToken(token, fm, width, lines, &rest);
        start += int(token.size() - rest.size());
        lastFit = b;
    }
    const QString tail = rtrim(para.mid(start));
    if (!tail.isEmpty() || lines->isEmpty())
        lines->append(tail);
}

} // namespace

QStringList wrapText(const QString &text, const QFontMetricsF &fm, qreal width)
{
    QStringList lines;
    if (width <= 0) {
        lines << text;
        return lines;
    }
    const QStringList paras = text.split(QLatin1Char('\n'));
    for (const QString &p : paras)
        wrapParagraph(p, fm, width, &lines);
    return lines;
}

QStringList wrapText(const QString &text, const QFontMetricsF &fm, qreal width, int maxLines)
{
    QStringList lines = wrapText(text, fm, width);
    if (maxLines > 0 && lines.size() > maxLines) {
        QString last = lines.at(maxLines - 1);
        lines = lines.mid(0, maxLines);
        lines.last() = fm.elidedText(last + QStringLiteral(" \u2026"), Qt::ElideRight, width);
    }
    return lines;
}

} // namespace portolan::render
