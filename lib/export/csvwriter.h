#pragma once

#include <QByteArray>
#include <QStringList>

#include <vector>

namespace portolan::core {

struct PortMatrix;

/// Writes RFC 4180 CSV that Excel opens correctly: UTF-8 with BOM, CRLF line ends, quoted
/// fields where needed, and text cells that would start a formula neutralised (OWASP CSV
/// injection: = + - @ TAB CR LF get a leading apostrophe).
class CsvWriter
{
public:
    struct Options
    {
        bool bom = true;
        bool neutraliseFormulas = true;
    };

    static QByteArray write(const QStringList &headers, const std::vector<QStringList> &rows,
                            const Options &options);
    static QByteArray write(const PortMatrix &matrix, const Options &options);
    static QString escapeCell(const QString &cell, bool neutraliseFormulas);

    /// Parses CSV written by write() (or any RFC 4180 text); used by tests and imports.
    static std::vector<QStringList> parse(const QByteArray &data);
};

} // namespace portolan::core
