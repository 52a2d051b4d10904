#include "xlsxexport.h"

#include "support.h"
#include "zonetable.h"

#include "engine/messages.h"
#include "export/portmatrix.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>

#ifdef PORTOLAN_HAVE_XLSX
#include <xlsxwriter.h>
#endif

#include <algorithm>

namespace portolan::beyond {

using namespace portolan::core;

bool XlsxExport::available()
{
#ifdef PORTOLAN_HAVE_XLSX
    return true;
#else
    return false;
#endif
}

QString XlsxExport::sheetName(const QString &wanted, const QStringList &taken)
{
    QString base;
    for (const QChar c : oneLine(wanted)) {
        if (QStringLiteral("[]:*?/\\").contains(c))
            base += QLatin1Char('_');
        else
            base += c;
    }
    while (base.startsWith(QLatin1Char('\'')))
        base.remove(0, 1);
    while (base.endsWith(QLatin1Char('\'')))
        base.chop(1);
    if (base.isEmpty())
        base = QStringLiteral("Sheet");
    base = base.left(31);
    QString name = base;
    auto clash = [&](const QString &n) {
        return std::any_of(taken.begin(), taken.end(), [&](const QString &t) {
            return t.compare(n, Qt::CaseInsensitive) == 0;
        });
    };
    for (int i = 2; clash(name); ++i) {
        const QString suffix = QStringLiteral(" (%1)").arg(i);
        name = base.left(31 - int(suffix.size())) + suffix;
    }
    return name;
}

#ifdef PORTOLAN_HAVE_XLSX

namespace {

// XML 1.0 cannot carry most control characters; Excel caps a cell at 32767 characters.
std::string cellText(const QString &text)
{
    QString clean;
    clean.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('\n') || c.category() != QChar::Other_Control)
            clean += c;
        else
            clean += QLatin1Char(' ');
    }
    return clean.left(32767).toStdString();
}

struct Formats
{
    lxw_format *header = nullptr;
    lxw_format *cell = nullptr;
    lxw_format *rowHeader = nullptr;
};

class Sheet
{
public:
    Sheet(lxw_workbook *wb, const QString &name, const Formats &formats)
        : m_ws(workbook_add_worksheet(wb, name.toStdString().c_str()))
        , m_formats(formats)
    {
    }

    bool ok() const { return m_ws != nullptr; }

    void write(int row, int col, const QString &text, lxw_format *format)
    {
        m_widths.resize(std::max<size_t>(m_widths.size(), size_t(col) + 1), 0);
        for (const QString &line : text.split(QLatin1Char('\n')))
            m_widths[size_t(col)] = std::max(m_widths[size_t(col)], displayWidth(line));
        if (!text.isEmpty())
            worksheet_write_string(m_ws, lxw_row_t(row), lxw_col_t(col), cellText(text).c_str(),
                                   format);
        else if (format)
            worksheet_write_blank(m_ws, lxw_row_t(row), lxw_col_t(col), format);
        m_rows = std::max(m_rows, row + 1);
    }

    void table(const QStringList &headers, const std::vector<QStringList> &rows)
    {
        for (int c = 0; c < headers.size(); ++c)
            write(0, c, headers[c], m_formats.header);
        for (size_t r = 0; r < rows.size(); ++r) {
            for (int c = 0; c < rows[r].size(); ++c)
                write(int(r) + 1, c, rows[r][c], m_formats.cell);
        }
        finish(int(headers.size()), 1, 0);
    }

    // Frozen header, autofilter over the used range, widths fitted to the text.
    void finish(int columns, int frozenRows, int frozenColumns)
    {
        worksheet_freeze_panes(m_ws, lxw_row_t(frozenRows), lxw_col_t(frozenColumns));
        if (columns > 0)
            worksheet_autofilter(m_ws, 0, 0, lxw_row_t(std::max(m_rows - 1, 0)),
                                 lxw_col_t(columns - 1));
        for (size_t c = 0; c < m_widths.size(); ++c) {
            // Room for the autofilter button; long text wraps instead of widening the column.
            const double width = std::clamp(m_widths[c] + 4, 8, 60);
            worksheet_set_column(m_ws, lxw_col_t(c), lxw_col_t(c), width, nullptr);
        }
    }

private:
    lxw_worksheet *m_ws;
    Formats m_formats;
    std::vector<int> m_widths;
    int m_rows = 0;
};

} // namespace

QByteArray XlsxExport::workbook(const Design &design, const FlowSet &flows,
                                const CatalogSet &catalogs, const XlsxOptions &options,
                                QString *error)
{
    QTemporaryDir dir;
    if (!dir.isValid()) {
        if (error)
            *error = QStringLiteral("cannot create a temporary directory: ") + dir.errorString();
        return {};
    }
    const QString path = dir.filePath(QStringLiteral("request.xlsx"));
    lxw_workbook_options wbOptions = {};
    const QByteArray tmpdir = QFile::encodeName(dir.path());
    wbOptions.tmpdir = const_cast<char *>(tmpdir.constData());
    lxw_workbook *wb = workbook_new_opt(QFile::encodeName(path).constData(), &wbOptions);
    if (!wb) {
        if (error)
            *error = QStringLiteral("cannot create the workbook");
        return {};
    }

    // Document properties; the creation date is the design's date, so output is reproducible.
    // libxlsxwriter 1.1 declares these `char *` (newer versions `const char *`).
    std::string title = cellText(design.title);
    std::string author = cellText(design.meta.author);
    std::string company = cellText(design.meta.customer);
    std::string subject = cellText(
            Messages::text(QT_TRANSLATE_NOOP("Messages", "Firewall request"), options.lang));
    lxw_doc_properties props = {};
    props.title = title.data();
    props.author = author.data();
    props.company = company.data();
    props.subject = subject.data();
    QDate date = QDate::fromString(design.meta.date.trimmed(), Qt::ISODate);
    if (!date.isValid())
        date = QDate(2000, 1, 1);
    props.created = time_t(QDateTime(date, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch());
    workbook_set_properties(wb, &props);

    Formats formats;
    formats.header = workbook_add_format(wb);
    format_set_bold(formats.header);
    format_set_bg_color(formats.header, 0xDDE4EE);
    format_set_border(formats.header, LXW_BORDER_THIN);
    format_set_text_wrap(formats.header);
    format_set_align(formats.header, LXW_ALIGN_VERTICAL_TOP);
    formats.cell = workbook_add_format(wb);
    format_set_text_wrap(formats.cell);
    format_set_align(formats.cell, LXW_ALIGN_VERTICAL_TOP);
    formats.rowHeader = workbook_add_format(wb);
    format_set_bold(formats.rowHeader);
    format_set_bg_color(formats.rowHeader, 0xF2F2F2);
    format_set_align(formats.rowHeader, LXW_ALIGN_VERTICAL_TOP);

    QStringList taken;
    bool ok = true;
    auto addSheet = [&](const QString &wanted) {
        const QString name = sheetName(wanted, taken);
        taken << name;
        Sheet sheet(wb, name, formats);
        ok = ok && sheet.ok();
        return sheet;
    };

    // One sheet per firewall: the request each security team receives.
    const PortMatrix request = PortMatrix::build(design, flows, catalogs, options.lang, true);
    for (const QString &fw : request.firewalls()) {
        std::vector<QStringList> rows;
        for (const PortMatrix::Row &r : request.rows) {
            if (r.firewall == fw)
                rows.push_back(r.cells);
        }
        Sheet sheet = addSheet(fw);
        if (sheet.ok())
            sheet.table(request.headers, rows);
    }

    // Every flow (or every crossing flow), one row each.
    const PortMatrix all = PortMatrix::build(design, flows, catalogs, options.lang, false);
    std::vector<QStringList> rows;
    for (const PortMatrix::Row &r : all.rows) {
        if (!options.crossingOnly || (r.flow->crossesFirewall && !r.flow->local))
            rows.push_back(r.cells);
    }
    {
        Sheet sheet = addSheet(
                Messages::text(QT_TRANSLATE_NOOP("Messages", "All flows"), options.lang));
        if (sheet.ok())
            sheet.table(all.headers, rows);
    }

    // Zone to zone: what must be open through the firewalls.
    const ZoneTable zones = ZoneTable::build(design, flows, options.lang, true);
    {
        Sheet sheet = addSheet(
                Messages::text(QT_TRANSLATE_NOOP("Messages", "Zone matrix"), options.lang));
        if (sheet.ok()) {
            sheet.write(0, 0,
                        Messages::text(QT_TRANSLATE_NOOP("Messages", "Source zone \\ Target zone"),
                                       options.lang),
                        formats.header);
            for (int c = 0; c < zones.columnNames.size(); ++c)
                sheet.write(0, c + 1, zones.columnNames[c], formats.header);
            for (int r = 0; r < zones.rowNames.size(); ++r) {
                sheet.write(r + 1, 0, zones.rowNames[r], formats.rowHeader);
                for (int c = 0; c < zones.columnNames.size(); ++c)
                    sheet.write(r + 1, c + 1, zones.text(r, c), formats.cell);
            }
            sheet.finish(int(zones.columnNames.size()) + 1, 1, 1);
        }
    }

    const lxw_error rc = workbook_close(wb);
    if (!ok || rc != LXW_NO_ERROR) {
        if (error)
            *error = rc != LXW_NO_ERROR ? QString::fromUtf8(lxw_strerror(rc))
                                        : QStringLiteral("cannot add a worksheet");
        return {};
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = f.errorString();
        return {};
    }
    return f.readAll();
}

#else

QByteArray XlsxExport::workbook(const Design &, const FlowSet &, const CatalogSet &,
                                const XlsxOptions &, QString *error)
{
    if (error)
        *error = QStringLiteral("XLSX export is not available in this build");
    return {};
}

#endif

} // namespace portolan::beyond
