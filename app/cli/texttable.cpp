#include "texttable.h"

namespace portolan::cli {

int displayWidth(const QString &s)
{
    int w = 0;
    for (const QChar c : s) {
        const ushort u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF)
                          || (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF)
                          || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60)
                          || (u >= 0xFFE0 && u <= 0xFFE6);
        w += wide ? 2 : 1;
    }
    return w;
}

namespace {

QString clip(const QString &s, int width)
{
    if (displayWidth(s) <= width)
        return s;
    QString out;
    int w = 0;
    for (const QChar c : s) {
        const int cw = displayWidth(QString(c));
        if (w + cw > width - 1)
            break;
        out += c;
        w += cw;
    }
    return out + QChar(0x2026);
}

QString pad(const QString &s, int width)
{
    return s + QString(std::max(0, width - displayWidth(s)), QLatin1Char(' '));
}

} // namespace

QString renderTable(const QStringList &headers, const std::vector<QStringList> &rows,
                    int maxColumnWidth)
{
    const int n = int(headers.size());
    std::vector<int> widths(size_t(n), 0);
    auto measure = [&](const QStringList &r) {
        for (int i = 0; i < n && i < r.size(); ++i)
            widths[size_t(i)] = std::min(maxColumnWidth, std::max(widths[size_t(i)], displayWidth(r[i])));
    };
    measure(headers);
    for (const QStringList &r : rows)
        measure(r);
    QString out;
    auto line = [&](const QStringList &r) {
        QString l;
        for (int i = 0; i < n; ++i) {
            const QString cell = clip(r.value(i).simplified(), widths[size_t(i)]);
            l += (i + 1 < n) ? pad(cell, widths[size_t(i)]) + QStringLiteral("  ") : cell;
        }
        while (l.endsWith(QLatin1Char(' ')))
            l.chop(1);
        out += l + QLatin1Char('\n');
    };
    line(headers);
    QStringList rule;
    for (int i = 0; i < n; ++i)
        rule << QString(widths[size_t(i)], QLatin1Char('-'));
    line(rule);
    for (const QStringList &r : rows)
        line(r);
    return out;
}

} // namespace portolan::cli
