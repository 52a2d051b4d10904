// libFuzzer target: the CSV writer and its reader.
//
// Input: one flags byte (bit 0: write a BOM, bit 1: neutralise formulas), then rows
// separated by 0x1E and cells by 0x1F, each cell UTF-8 (invalid bytes become U+FFFD; a
// leading BOM stays in the cell as U+FEFF). The first row is the header.
//
// 1. write() then parse() must give back every cell exactly, except that a cell starting
//    with = + - @ TAB CR LF gains the documented apostrophe when formulas are neutralised.
// 2. The bytes after the flags are also parsed as CSV as they are (an import); writing what
//    was parsed and parsing that again must give the same rows.
#include "fuzzutil.h"

#include <QStringDecoder>

using namespace portolan::core;
using namespace portolan::fuzz;

namespace {

void writeAndReadBack(const std::vector<QStringList> &table, const CsvWriter::Options &options)
{
    const QStringList &headers = table.front();
    const std::vector<QStringList> rows(table.begin() + 1, table.end());
    checkCsvRoundTrip(headers, rows, options, CsvWriter::write(headers, rows, options));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    CsvWriter::Options options;
    options.bom = data[0] & 1;
    options.neutraliseFormulas = data[0] & 2;
    const QByteArray body(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));

    std::vector<QStringList> table;
    for (const QByteArray &row : body.split('\x1e')) {
        QStringList cells;
        for (const QByteArray &cell : row.split('\x1f')) {
            // QString::fromUtf8() would drop a leading BOM, and a cell may well start with one.
            QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
            cells << utf8.decode(cell);
        }
        table.push_back(cells);
    }
    writeAndReadBack(table, options);

    const std::vector<QStringList> imported = CsvWriter::parse(body);
    if (!imported.empty()) {
        CsvWriter::Options plain = options;
        plain.neutraliseFormulas = false;
        writeAndReadBack(imported, plain);
    }
    return 0;
}
