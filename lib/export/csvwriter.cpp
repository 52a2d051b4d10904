#include "csvwriter.h"

#include "export/portmatrix.h"

namespace portolan::core {

QString CsvWriter::escapeCell(const QString &cell, bool neutraliseFormulas)
{
    QString v = cell;
    if (neutraliseFormulas && !v.isEmpty()) {
        const QChar c = v.front();
        if (c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-')
            || c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r')
            || c == QLatin1Char('\n'))
            v.prepend(QLatin1Char('\''));
    }
    const bool quote = v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"'))
                       || v.contains(QLatin1Char('\n')) || v.contains(QLatin1Char('\r'))
                       || v.startsWith(QLatin1Char(' ')) || v.endsWith(QLatin1Char(' '))
                       || v.startsWith(QChar(0xFEFF)); // else a reader takes it for a BOM
    if (!quote)
        return v;
    v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + v + QLatin1Char('"');
}

QByteArray CsvWriter::write(const QStringList &headers, const std::vector<QStringList> &rows,
                            const Options &options)
{
    QString out;
    auto line = [&](const QStringList &cells) {
        for (int i = 0; i < cells.size(); ++i) {
            if (i)
                out += QLatin1Char(',');
            out += escapeCell(cells[i], options.neutraliseFormulas);
        }
        out += QStringLiteral("\r\n");
    };
    line(headers);
    for (const QStringList &r : rows)
        line(r);
    QByteArray bytes;
    if (options.bom)
        bytes = QByteArray("\xEF\xBB\xBF");
    return bytes + out.toUtf8();
}

QByteArray CsvWriter::write(const PortMatrix &matrix, const Options &options)
{
    std::vector<QStringList> rows;
    rows.reserve(matrix.rows.size());
    for (const PortMatrix::Row &r : matrix.rows)
        rows.push_back(r.cells);
    return write(matrix.headers, rows, options);
}

std::vector<QStringList> CsvWriter::parse(const QByteArray &input)
{
    QByteArray data = input;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    const QString text = QString::fromUtf8(data);
    std::vector<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false, fieldStarted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n'))
                ++i;
            row << field;
            rows.push_back(row);
            row.clear();
            field.clear();
            fieldStarted = false;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !row.isEmpty()) {
        row << field;
        rows.push_back(row);
    }
    return rows;
}

} // namespace portolan::core
