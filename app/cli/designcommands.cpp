// portolan-cli flows, check, export: what a design needs.
#include "beyond.h"
#include "commands.h"

#include "texttable.h"

#include "engine/engine.h"
#include "engine/messages.h"
#include "export/csvwriter.h"
#include "export/flowjson.h"
#include "export/portmatrix.h"
#include "render/imageexport.h"
#include "render/pdfreport.h"

#include <QGuiApplication>

namespace portolan::cli {

using namespace portolan::core;
using ojson = nlohmann::ordered_json;

namespace {

QString flowsText(const Design &design, const FlowSet &flows, const CatalogSet &cats,
                  Language lang, bool crossingOnly)
{
    const PortMatrix m = PortMatrix::build(design, flows, cats, lang, crossingOnly);
    const std::vector<MatrixColumn> cols = {
        MatrixColumn::Flow, MatrixColumn::SourceName, MatrixColumn::SourceZone,
        MatrixColumn::TargetName, MatrixColumn::TargetZone, MatrixColumn::Protocol,
        MatrixColumn::Ports, MatrixColumn::FirewallsCrossed, MatrixColumn::Purpose};
    auto pick = [&](const QStringList &cells) {
        QStringList r;
        for (MatrixColumn c : cols)
            r << cells.value(int(c));
        return r;
    };
    QStringList headers = pick(m.headers);
    QString out;
    if (!crossingOnly) {
        std::vector<QStringList> rows;
        for (const auto &r : m.rows)
            rows.push_back(pick(r.cells));
        return renderTable(headers, rows);
    }
    if (m.rows.empty())
        return Messages::text(QT_TRANSLATE_NOOP("Messages", "No flow crosses a firewall."), lang) + QLatin1Char('\n');
    for (const QString &fw : m.firewalls()) {
        std::vector<QStringList> rows;
        for (const auto &r : m.rows) {
            if (r.firewall == fw)
                rows.push_back(pick(r.cells));
        }
        out += QStringLiteral("== %1: %2 (%3) ==\n")
                   .arg(Messages::text(QT_TRANSLATE_NOOP("Messages", "Firewall"), lang), fw)
                   .arg(rows.size());
        out += renderTable(headers, rows) + QLatin1Char('\n');
    }
    return out;
}

QString diagnosticsText(const Design &design, const FlowSet &flows, const CatalogSet &cats, Language lang)
{
    QString out;
    for (const Diagnostic &d : flows.diagnostics)
        out += Messages::severity(d.severity, lang) + QStringLiteral(": ")
               + Messages::diagnostic(d, design, cats, lang) + QLatin1Char('\n');
    out += Messages::text(QT_TRANSLATE_NOOP("Messages", "%1 errors, %2 warnings, %3 notes; %4 flows, %5 crossing a firewall"), lang)
               .arg(flows.count(Severity::Error))
               .arg(flows.count(Severity::Warning))
               .arg(flows.count(Severity::Note))
               .arg(flows.flows.size())
               .arg(flows.crossingCount())
           + QLatin1Char('\n');
    return out;
}

} // namespace

int cmdFlows(const Invocation &inv, const CatalogSet &cats, QTextStream &out, QTextStream &err)
{
    const QString format = option(inv, "--format", QStringLiteral("text"));
    if (!checkFormat(format, {QStringLiteral("text"), QStringLiteral("csv"), QStringLiteral("json")}, err))
        return kBadInput;
    Design design;
    if (int rc = loadDesign(inv, cats, &design, err))
        return rc;
    const FlowSet flows = Engine::derive(design, cats);
    const bool crossing = flag(inv, "--crossing-only");
    if (format == QLatin1String("json")) {
        writeJson(out, flowsToJson(design, flows, cats, inv.lang, crossing));
    } else if (format == QLatin1String("csv")) {
        const PortMatrix m = PortMatrix::build(design, flows, cats, inv.lang, crossing);
        const QByteArray csv = CsvWriter::write(m, {false, true});
        // Straight to the file or terminal when there is one: no decoding and encoding again.
        out.flush();
        if (out.device())
            out.device()->write(csv);
        else
            out << QString::fromUtf8(csv);
    } else {
        out << flowsText(design, flows, cats, inv.lang, crossing);
        out.flush();
        err << diagnosticsText(design, flows, cats, inv.lang);
    }
    return exitFor(flows);
}

int cmdCheck(const Invocation &inv, const CatalogSet &cats, QTextStream &out, QTextStream &err)
{
    const QString format = option(inv, "--format", QStringLiteral("text"));
    if (!checkFormat(format, {QStringLiteral("text"), QStringLiteral("json")}, err))
        return kBadInput;
    Design design;
    if (int rc = loadDesign(inv, cats, &design, err))
        return rc;
    const FlowSet flows = Engine::derive(design, cats);
    if (format == QLatin1String("json")) {
        ojson doc = ojson::object();
        doc["diagnostics"] = diagnosticsToJson(design, flows, cats, inv.lang);
        doc["errors"] = flows.count(Severity::Error);
        doc["warnings"] = flows.count(Severity::Warning);
        doc["notes"] = flows.count(Severity::Note);
        doc["flows"] = flows.flows.size();
        doc["crossing"] = flows.crossingCount();
        writeJson(out, doc);
    } else {
        out << diagnosticsText(design, flows, cats, inv.lang);
    }
    return exitFor(flows);
}

namespace {

bool canRender(QTextStream &err)
{
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return true;
    err << "portolan-cli: PDF, SVG and PNG export need a QGuiApplication (portolan-cli creates "
           "one when it sees --pdf, --svg or --png)\n";
    return false;
}

struct ExportRequest
{
    QString csv, pdf, svg, png;
    bool crossingOnly = false;
    render::ReportOptions report;
    int pngWidth = 1600;
};

int parseExport(const Invocation &inv, ExportRequest *x, QTextStream &err)
{
    x->csv = option(inv, "--csv");
    x->pdf = option(inv, "--pdf");
    x->svg = option(inv, "--svg");
    x->png = option(inv, "--png");
    const QStringList outputs = {x->csv, x->pdf, x->svg, x->png, option(inv, "--xlsx")};
    if (outputs.count(QString()) == outputs.size() && !beyond::cli::hasExportOutput(inv.options))
        return usageError(err, QStringLiteral("export needs an output, e.g. --csv FILE, --pdf FILE, "
                                              "--svg FILE, --png FILE, --xlsx FILE, --verify DIR "
                                              "or --snippets DIR"));
    if (outputs.count(QStringLiteral("-")) > 1)
        return usageError(err, QStringLiteral("only one output can go to stdout ('-')"));
    if (int rc = beyond::cli::checkExportOptions(inv.options, err))
        return rc;
    x->crossingOnly = flag(inv, "--crossing-only");

    const QString page = option(inv, "--page-size", QStringLiteral("a4")).toLower();
    if (page != QLatin1String("a4") && page != QLatin1String("letter"))
        return usageError(err, QStringLiteral("unknown page size \"%1\" (expected a4 or letter)").arg(page));
    x->report.lang = inv.lang;
    x->report.paper = page == QLatin1String("letter") ? render::PaperSize::Letter
                                                      : render::PaperSize::A4;
    x->report.landscape = !flag(inv, "--portrait");
    x->report.allFlowsAppendix = !x->crossingOnly;

    const QString width = option(inv, "--png-width");
    if (!width.isEmpty()) {
        bool ok = false;
        x->pngWidth = width.toInt(&ok);
        if (!ok || x->pngWidth < 16 || x->pngWidth > render::ImageExport::kMaxPixels)
            return usageError(err, QStringLiteral("--png-width must be a number of pixels from 16 to %1")
                                       .arg(render::ImageExport::kMaxPixels));
    }
    return kOk;
}

// Writes bytes an exporter produced; an exporter that produced nothing is reported like an
// unwritable file, naming it.
bool writeProduced(const QString &fileName, const QByteArray &data, QTextStream &out, QTextStream &err)
{
    if (data.isEmpty()) {
        err << "portolan-cli: " << fileName << ": cannot write: nothing was produced\n";
        return false;
    }
    return writeOutput(fileName, data, out, err);
}

} // namespace

int cmdExport(const Invocation &inv, const CatalogSet &cats, QTextStream &out, QTextStream &err)
{
    ExportRequest x;
    if (int rc = parseExport(inv, &x, err))
        return rc;
    Design design;
    if (int rc = loadDesign(inv, cats, &design, err))
        return rc;
    if ((!x.pdf.isEmpty() || !x.svg.isEmpty() || !x.png.isEmpty()) && !canRender(err))
        return kBadInput;
    const FlowSet flows = Engine::derive(design, cats);
    if (!x.csv.isEmpty()) {
        const PortMatrix m = PortMatrix::build(design, flows, cats, inv.lang, x.crossingOnly);
        if (!writeOutput(x.csv, CsvWriter::write(m, CsvWriter::Options()), out, err))
            return kBadInput;
    }
    if (!x.pdf.isEmpty()) {
        const render::ReportResult r = render::FirewallRequest::pdf(design, flows, cats, x.report);
        for (const QString &w : r.warnings)
            err << "portolan-cli: warning: " << w << "\n";
        if (!writeProduced(x.pdf, r.pdf, out, err))
            return kBadInput;
    }
    render::DiagramOptions diagram;
    diagram.lang = inv.lang;
    diagram.crossingOnly = x.crossingOnly;
    if (!x.svg.isEmpty()
        && !writeProduced(x.svg, render::ImageExport::svg(design, flows, cats, diagram), out, err))
        return kBadInput;
    if (!x.png.isEmpty()) {
        const QByteArray png =
                render::ImageExport::png(design, flows, cats, diagram, QSize(x.pngWidth, 0));
        if (!writeProduced(x.png, png, out, err))
            return kBadInput;
    }
    // --xlsx, --verify, --snippets (app/cli/beyond.cpp)
    if (int rc = beyond::cli::exportOutputs(design, flows, cats, inv.options, inv.lang, out, err))
        return rc;
    err.flush();
    return exitFor(flows);
}

} // namespace portolan::cli
