#include "csvwriter.h"

#include "export/portmatrix.h"

#include <algorithm>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace portolan::core {

namespace {

bool startsFormula(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-')
           || c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r')
           || c == QLatin1Char('\n');
}

const char16_t *findDoubleQuote(const char16_t *c, const char16_t *end)
{
#if defined(__SSE2__)
    const __m128i dquote = _mm_set1_epi16(u'"');
    for (; end - c >= 8; c += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(c));
        if (const int mask = _mm_movemask_epi8(_mm_cmpeq_epi16(v, dquote)))
            return c + __builtin_ctz(unsigned(mask)) / 2;
    }
#endif
    while (c != end && *c != u'"')
        ++c;
    return c;
}

// Writes one cell at `w`, in one pass over it, and returns the end: at most 2 * size + 3
// characters (quotes, an apostrophe, every '"' doubled).
char16_t *writeCell(char16_t *w, const QString &cell, bool neutraliseFormulas)
{
    const bool apostrophe = neutraliseFormulas && !cell.isEmpty() && startsFormula(cell.front());
    // A leading apostrophe hides a leading space or BOM from the checks below.
    bool quote = !cell.isEmpty() && !apostrophe
                 && (cell.front() == QLatin1Char(' ') || cell.front() == QChar(0xFEFF)); // else a reader takes it for a BOM
    quote = quote || (!cell.isEmpty() && cell.back() == QLatin1Char(' '));
    // ',' '"' LF CR are all below U+002D: one comparison rules out almost every character.
    const auto *begin = reinterpret_cast<const char16_t *>(cell.constData());
    const char16_t *end = begin + cell.size();
    const char16_t *c = begin;
#if defined(__SSE2__)
    // Eight characters at a time (every x86-64 has SSE2): most cells need no quotes.
    const __m128i comma = _mm_set1_epi16(u','), dquote = _mm_set1_epi16(u'"'),
                  lf = _mm_set1_epi16(u'\n'), cr = _mm_set1_epi16(u'\r');
    for (; !quote && end - c >= 8; c += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(c));
        const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi16(v, comma), _mm_cmpeq_epi16(v, dquote)),
                                         _mm_or_si128(_mm_cmpeq_epi16(v, lf), _mm_cmpeq_epi16(v, cr)));
        quote = _mm_movemask_epi8(hit) != 0;
    }
#endif
    for (; !quote && c != end; ++c) {
        if (*c <= u',' && (*c == u',' || *c == u'"' || *c == u'\n' || *c == u'\r'))
            quote = true;
    }
    if (quote)
        *w++ = u'"';
    if (apostrophe)
        *w++ = u'\'';
    if (!quote) {
        std::memcpy(w, begin, size_t(end - begin) * sizeof(char16_t));
        return w + (end - begin);
    }
    // Runs between double quotes are copied whole; each '"' is doubled.
    for (const char16_t *from = begin; from != end;) {
        const char16_t *q = findDoubleQuote(from, end);
        const size_t run = size_t(q - from) + (q != end ? 1 : 0); // with the quote
        std::memcpy(w, from, run * sizeof(char16_t));
        w += run;
        if (q == end)
            break;
        *w++ = u'"';
        from = q + 1;
    }
    *w++ = u'"';
    return w;
}

// The rows are written into a QString grown ahead of them, through a pointer: appending cell
// by cell to a QString (its checks and growth per call) was half of the writer's time.
template<typename Rows, typename CellsOf>
QByteArray writeRows(const QStringList &headers, const Rows &rows, CellsOf cellsOf,
                     const CsvWriter::Options &options)
{
    QString out;
    qsizetype used = 0;
    auto line = [&](const QStringList &cells) {
        qsizetype bound = 2; // CRLF
        for (const QString &c : cells)
            bound += 2 * c.size() + 4; // the cell at worst, and a comma
        if (out.size() - used < bound) // doubling: each character is moved twice at most
            out.resize(std::max(used + bound, 2 * out.size()));
        char16_t *const start = reinterpret_cast<char16_t *>(out.data());
        char16_t *w = start + used;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i)
                *w++ = u',';
            w = writeCell(w, cells[i], options.neutraliseFormulas);
        }
        *w++ = u'\r';
        *w++ = u'\n';
        used = w - start;
    };
    line(headers);
    for (const auto &r : rows)
        line(cellsOf(r));
    out.truncate(used);
    QByteArray bytes = out.toUtf8();
    if (options.bom)
        bytes.prepend("\xEF\xBB\xBF");
    return bytes;
}

} // namespace

QString CsvWriter::escapeCell(const QString &cell, bool neutraliseFormulas)
{
    QString out(2 * cell.size() + 3, Qt::Uninitialized);
    const auto *start = reinterpret_cast<char16_t *>(out.data());
    out.truncate(writeCell(reinterpret_cast<char16_t *>(out.data()), cell, neutraliseFormulas) - start);
    return out;
}

QByteArray CsvWriter::write(const QStringList &headers, const std::vector<QStringList> &rows,
                            const Options &options)
{
    return writeRows(headers, rows, [](const QStringList &r) -> const QStringList & { return r; },
                     options);
}

QByteArray CsvWriter::write(const PortMatrix &matrix, const Options &options)
{
    return writeRows(matrix.headers, matrix.rows,
                     [](const PortMatrix::Row &r) -> const QStringList & { return r.cells; },
                     options);
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
