#include "csvwriter.h"

#include "export/portmatrix.h"

namespace portolan::core {

namespace {

bool startsFormula(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-')
           || c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r')
           || c == QLatin1Char('\n');
}

// Appends one cell to `out`, in one pass over it: no copy of a cell that needs no quotes.
void appendCell(QString &out, const QString &cell, bool neutraliseFormulas)
{
    const bool apostrophe = neutraliseFormulas && !cell.isEmpty() && startsFormula(cell.front());
    // A leading apostrophe hides a leading space or BOM from the checks below.
    bool quote = !cell.isEmpty() && !apostrophe
                 && (cell.front() == QLatin1Char(' ') || cell.front() == QChar(0xFEFF)); // else a reader takes it for a BOM
    quote = quote || (!cell.isEmpty() && cell.back() == QLatin1Char(' '));
    // ',' '"' LF CR are all below U+002D: one comparison rules out almost every character.
    const auto *c = reinterpret_cast<const char16_t *>(cell.constData());
    for (const char16_t *end = c + cell.size(); !quote && c != end; ++c)
        quote = *c <= u',' && (*c == u',' || *c == u'"' || *c == u'\n' || *c == u'\r');
    if (quote)
        out += QLatin1Char('"');
    if (apostrophe)
        out += QLatin1Char('\'');
    if (!quote) {
        out += cell;
        return;
    }
    qsizetype from = 0;
    for (qsizetype i = 0; i < cell.size(); ++i) {
        if (cell[i] == QLatin1Char('"')) {
            out += QStringView(cell).mid(from, i - from + 1);
            out += QLatin1Char('"');
            from = i + 1;
        }
    }
    out += QStringView(cell).mid(from);
    out += QLatin1Char('"');
}

} // namespace

QString CsvWriter::escapeCell(const QString &cell, bool neutraliseFormulas)
{
    QString out;
    appendCell(out, cell, neutraliseFormulas);
    return out;
}

QByteArray CsvWriter::write(const QStringList &headers, const std::vector<QStringList> &rows,
                            const Options &options)
{
    QString out;
    qsizetype estimate = 0;
    for (size_t i = 0; i < rows.size() && i < 64; ++i) {
        for (const QString &c : rows[i])
            estimate += c.size() + 1;
    }
    if (!rows.empty())
        out.reserve(qsizetype(double(estimate) / double(std::min<size_t>(rows.size(), 64)) * 1.1
                              * double(rows.size()))
                    + 1024);
    auto line = [&](const QStringList &cells) {
        for (int i = 0; i < cells.size(); ++i) {
            if (i)
                out += QLatin1Char(',');
            appendCell(out, cells[i], options.neutraliseFormulas);
        }
        out += QLatin1String("\r\n");
    };
    line(headers);
    for (const QStringList &r : rows)
        line(r);
    QByteArray bytes = out.toUtf8();
    if (options.bom)
        bytes.prepend("\xEF\xBB\xBF");
    return bytes;
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
