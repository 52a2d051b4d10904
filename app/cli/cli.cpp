#include "cli.h"

#include "texttable.h"

#include "catalog/catalogset.h"
#include "engine/engine.h"
#include "engine/messages.h"
#include "engine/options.h"
#include "export/csvwriter.h"
#include "export/flowjson.h"
#include "export/portmatrix.h"
#include "io/designio.h"
#include "render/imageexport.h"
#include "render/pdfreport.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QSaveFile>
#include <QTextStream>
#include <QTranslator>

#include <map>
#include <memory>

namespace portolan::cli {

using namespace portolan::core;
using ojson = nlohmann::ordered_json;

namespace {

constexpr int kOk = 0;
constexpr int kDesignErrors = 1;
constexpr int kBadInput = 2;

struct Invocation
{
    QString command;
    QStringList positional;
    std::map<QString, QStringList> options; // option -> values (flags get one empty value)
    Language lang = Language::English;
    QStringList catalogDirs;
};

struct OptionSpec
{
    const char *name;
    bool takesValue;
};

const std::map<QString, std::vector<OptionSpec>> &commandOptions()
{
    static const std::map<QString, std::vector<OptionSpec>> specs = {
        {QStringLiteral("products"), {{"--format", true}}},
        {QStringLiteral("components"), {{"--product", true}, {"--format", true}}},
        {QStringLiteral("services"), {{"--product", true}, {"--format", true}}},
        {QStringLiteral("flows"), {{"--format", true}, {"--crossing-only", false}}},
        {QStringLiteral("check"), {{"--format", true}}},
        {QStringLiteral("export"),
         {{"--csv", true}, {"--pdf", true}, {"--svg", true}, {"--png", true},
          {"--crossing-only", false}, {"--page-size", true}, {"--portrait", false},
          {"--png-width", true}}},
    };
    return specs;
}

int usageError(QTextStream &err, const QString &message)
{
    err << "portolan-cli: " << message << "\n"
        << "Try 'portolan-cli --help'.\n";
    err.flush();
    return kBadInput;
}

// Splits argv into global options, the command, its options and positional arguments.
int parseArgs(const QStringList &args, Invocation *inv, QTextStream &out, QTextStream &err)
{
    std::vector<std::pair<QString, QString>> pending; // options seen before the command
    for (int i = 0; i < args.size(); ++i) {
        QString a = args[i];
        QString inlineValue;
        bool hasInline = false;
        if (a.startsWith(QLatin1String("--")) && a.contains(QLatin1Char('='))) {
            inlineValue = a.mid(a.indexOf(QLatin1Char('=')) + 1);
            a = a.left(a.indexOf(QLatin1Char('=')));
            hasInline = true;
        }
        auto value = [&](QString *v) {
            if (hasInline) {
                *v = inlineValue;
                return true;
            }
            if (i + 1 >= args.size())
                return false;
            *v = args[++i];
            return true;
        };
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            out << helpText();
            out.flush();
            return -1;
        }
        if (a == QLatin1String("--version")) {
            out << "portolan-cli " << PORTOLAN_VERSION << "\n";
            out.flush();
            return -1;
        }
        if (a == QLatin1String("--lang")) {
            QString v;
            if (!value(&v))
                return usageError(err, QStringLiteral("--lang needs a value (en, zh_CN or bilingual)"));
            if (!parseLanguage(v, &inv->lang))
                return usageError(err, QStringLiteral("unknown language \"%1\" (expected en, zh_CN or bilingual)").arg(v));
            continue;
        }
        if (a == QLatin1String("--catalog-dir")) {
            QString v;
            if (!value(&v) || v.isEmpty())
                return usageError(err, QStringLiteral("--catalog-dir needs a directory"));
            inv->catalogDirs << v;
            continue;
        }
        if (a.startsWith(QLatin1Char('-')) && a != QLatin1String("-")) {
            if (inv->command.isEmpty())
                return usageError(err, QStringLiteral("unknown option %1 (the command comes first)").arg(a));
            const auto &specs = commandOptions().at(inv->command);
            const OptionSpec *spec = nullptr;
            for (const OptionSpec &s : specs) {
                if (a == QLatin1String(s.name))
                    spec = &s;
            }
            if (!spec)
                return usageError(err, QStringLiteral("unknown option %1 for '%2'").arg(a, inv->command));
            QString v;
            if (spec->takesValue && !value(&v))
                return usageError(err, QStringLiteral("%1 needs a value").arg(a));
            if (!spec->takesValue && hasInline)
                return usageError(err, QStringLiteral("%1 takes no value").arg(a));
            inv->options[a].append(v);
            continue;
        }
        if (inv->command.isEmpty()) {
            if (!commandOptions().count(a))
                return usageError(err, QStringLiteral("unknown command '%1'").arg(a));
            inv->command = a;
            continue;
        }
        inv->positional << a;
    }
    Q_UNUSED(pending)
    if (inv->command.isEmpty())
        return usageError(err, QStringLiteral("no command given"));
    return kOk;
}

QString option(const Invocation &inv, const char *name, const QString &fallback = QString())
{
    auto it = inv.options.find(QLatin1String(name));
    return it == inv.options.end() ? fallback : it->second.last();
}

bool flag(const Invocation &inv, const char *name)
{
    return inv.options.count(QLatin1String(name)) > 0;
}

bool checkFormat(const QString &format, const QStringList &allowed, QTextStream &err)
{
    if (allowed.contains(format))
        return true;
    usageError(err, QStringLiteral("unknown format \"%1\" (expected %2)").arg(format, allowed.join(QStringLiteral(", "))));
    return false;
}

void printErrors(const std::vector<LoadError> &errors, QTextStream &err)
{
    const size_t shown = std::min<size_t>(errors.size(), 50);
    for (size_t i = 0; i < shown; ++i)
        err << "portolan-cli: " << errors[i].toString() << "\n";
    if (errors.size() > shown)
        err << "portolan-cli: ... and " << (errors.size() - shown) << " more problems\n";
    err.flush();
}

void writeJson(QTextStream &out, const ojson &doc)
{
    out << QString::fromStdString(doc.dump(2)) << "\n";
}

void installTranslator(Language lang)
{
    if (lang == Language::English || !QCoreApplication::instance())
        return;
    static QTranslator translator;
    if (translator.load(QStringLiteral(":/i18n/portolan_zh_CN.qm")))
        QCoreApplication::installTranslator(&translator);
}

// ---- catalog listings -------------------------------------------------------------------

int cmdProducts(const Invocation &inv, const CatalogSet &cats, QTextStream &out, QTextStream &err)
{
    const QString format = option(inv, "--format", QStringLiteral("text"));
    if (!checkFormat(format, {QStringLiteral("text"), QStringLiteral("json")}, err))
        return kBadInput;
    if (format == QLatin1String("json")) {
        ojson arr = ojson::array();
        for (const auto &c : cats.catalogs()) {
            ojson o = ojson::object();
            o["id"] = c->product.toStdString();
            o["name"] = c->name.get(inv.lang).toStdString();
            o["vendor"] = c->vendor.toStdString();
            o["source"] = c->source.toStdString();
            o["components"] = c->components.size();
            o["services"] = c->services.size();
            o["rules"] = c->rules.size();
            o["file"] = c->fileName.toStdString();
            arr.push_back(o);
        }
        writeJson(out, arr);
        return kOk;
    }
    std::vector<QStringList> rows;
    for (const auto &c : cats.catalogs())
        rows.push_back({c->product, c->name.get(inv.lang), QString::number(c->components.size()),
                        QString::number(c->services.size()), QString::number(c->rules.size()), c->source});
    out << renderTable({Messages::text(QT_TRANSLATE_NOOP("Messages", "Product"), inv.lang),
                        Messages::text(QT_TRANSLATE_NOOP("Messages", "Name"), inv.lang),
                        Messages::text(QT_TRANSLATE_NOOP("Messages", "Components"), inv.lang),
                        Messages::text(QT_TRANSLATE_NOOP("Messages", "Services"), inv.lang),
                        Messages::text(QT_TRANSLATE_NOOP("Messages", "Rules"), inv.lang),
                        Messages::text(QT_TRANSLATE_NOOP("Messages", "Source document"), inv.lang)},
                       rows);
    return kOk;
}

const Catalog *productFilter(const Invocation &inv, const CatalogSet &cats, bool *bad, QTextStream &err)
{
    *bad = false;
    const QString p = option(inv, "--product");
    if (p.isEmpty())
        return nullptr;
    const Catalog *c = cats.catalog(p);
    if (!c) {
        QStringList known;
        for (const auto &cat : cats.catalogs())
            known << cat->product;
        usageError(err, QStringLiteral("unknown product \"%1\" (known: %2)").arg(p, known.join(QStringLiteral(", "))));
        *bad = true;
    }
    return c;
}

int cmdComponents(const Invocation &inv, const CatalogSet &cats, QTextStream &out, QTextStream &err)
{
    const QString format = option(inv, "--format", QStringLiteral("text"));
    if (!checkFormat(format, {QStringLiteral("text"), QStringLiteral("json")}, err))
        return kBadInput;
    bool bad = false;
    const Catalog *only = productFilter(inv, cats, &bad, err);
    if (bad)
        return kBadInput;
    ojson arr = ojson::array();
    std::vector<QStringList> rows;
    for (const auto &c : cats.catalogs()) {
        if (only && c.get() != only)
            continue;
        for (const ComponentType &t : c->components) {
            ojson o = ojson::object();
            o["id"] = t.id.toStdString();
            o["product"] = t.product.toStdString();
            o["name"] = t.name.get(inv.lang).toStdString();
            o["category"] = t.category.toStdString();
            ojson tags = ojson::array();
            for (const QString &tag : t.tags)
                tags.push_back(tag.toStdString());
            o["tags"] = tags;
            ojson listens = ojson::array();
            for (const Service *s : cats.servicesOn(t.id))
                listens.push_back(s->id.toStdString());
            o["services"] = listens;
            arr.push_back(o);
            rows.push_back({t.id, t.name.get(inv.lang), t.category});
        }
    }
    if (format == QLatin1String("json"))
        writeJson(out, arr);
    else
        out << renderTable({Messages::text(QT_TRANSLATE_NOOP("Messages", "Component"), inv.lang),
                            Messages::text(QT_TRANSLATE_NOOP("Messages", "Name"), inv.lang),
                            Messages::text(QT_TRANSLATE_NOOP("Messages", "Category"), inv.lang)},
                           rows, 60);
    return kOk;
}

int cmdServices(const Invocation &inv, const CatalogSet &cats, QTextStream &out, QTextStream &err)
{
    const QString format = option(inv, "--format", QStringLiteral("text"));
    if (!checkFormat(format, {QStringLiteral("text"), QStringLiteral("csv"), QStringLiteral("json")}, err))
        return kBadInput;
    bool bad = false;
    const Catalog *only = productFilter(inv, cats, &bad, err);
    if (bad)
        return kBadInput;
    const Design empty;
    const OptionResolver resolver(empty, cats);
    ojson arr = ojson::array();
    std::vector<QStringList> rows;
    for (const auto &c : cats.catalogs()) {
        if (only && c.get() != only)
            continue;
        for (const Service &s : c->services) {
            for (const QString &type : s.on) {
                Node probe;
                probe.type = type;
                const PortSet ports = resolver.servicePorts(s, probe, false);
                const PortSet dyn = resolver.servicePorts(s, probe, true);
                for (Protocol p : s.protocols) {
                    const QString scope = s.scope == Service::Scope::Host ? QStringLiteral("host") : QStringLiteral("network");
                    ojson o = ojson::object();
                    o["product"] = s.product.toStdString();
                    o["component"] = type.toStdString();
                    o["service"] = s.id.toStdString();
                    o["name"] = s.name.get(inv.lang).toStdString();
                    o["protocol"] = protocolName(p).toStdString();
                    o["ports"] = dyn.toString().toStdString();
                    o["listenPorts"] = ports.toString().toStdString();
                    o["portsExpression"] = s.ports.text.toStdString();
                    o["dynamicPorts"] = s.dynamicPorts.text.toStdString();
                    o["scope"] = scope.toStdString();
                    o["conditional"] = s.when.has_value();
                    o["reference"] = s.reference.file.toStdString();
                    o["section"] = s.reference.section.toStdString();
                    o["erratum"] = s.erratum ? s.erratum->get(inv.lang).toStdString() : std::string();
                    arr.push_back(o);
                    rows.push_back({s.product, type, s.id, protocolName(p), dyn.toString(), scope,
                                    s.name.get(inv.lang), s.reference.toString()});
                }
            }
        }
    }
    const QStringList headers = {
        Messages::text(QT_TRANSLATE_NOOP("Messages", "Product"), inv.lang),
        Messages::text(QT_TRANSLATE_NOOP("Messages", "Component"), inv.lang),
        Messages::text(QT_TRANSLATE_NOOP("Messages", "Service"), inv.lang),
        Messages::text(QT_TRANSLATE_NOOP("Messages", "Protocol"), inv.lang),
        Messages::text(QT_TRANSLATE_NOOP("Messages", "Ports"), inv.lang),
        Messages::text(QT_TRANSLATE_NOOP("Messages", "Scope"), inv.lang),
        Messages::text(QT_TRANSLATE_NOOP("Messages", "Name"), inv.lang),
        Messages::text(QT_TRANSLATE_NOOP("Messages", "Vendor reference"), inv.lang)};
    if (format == QLatin1String("json"))
        writeJson(out, arr);
    else if (format == QLatin1String("csv"))
        out << QString::fromUtf8(CsvWriter::write(headers, rows, {false, true}));
    else
        out << renderTable(headers, rows, 40);
    return kOk;
}

// ---- design commands --------------------------------------------------------------------

int loadDesign(const Invocation &inv, const CatalogSet &cats, Design *design, QTextStream &err)
{
    if (inv.positional.size() != 1)
        return usageError(err, QStringLiteral("'%1' takes exactly one design file").arg(inv.command));
    std::vector<LoadError> errors;
    if (!DesignIO::readFile(inv.positional.first(), &cats, design, &errors)) {
        printErrors(errors, err);
        return kBadInput;
    }
    return kOk;
}

int exitFor(const FlowSet &flows)
{
    return flows.count(Severity::Error) > 0 ? kDesignErrors : kOk;
}

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
        out << QString::fromUtf8(CsvWriter::write(m, {false, true}));
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

bool writeOutput(const QString &fileName, const QByteArray &data, QTextStream &out, QTextStream &err)
{
    if (fileName == QLatin1String("-")) {
        out.flush();
        QFile stdoutFile;
        if (stdoutFile.open(stdout, QIODevice::WriteOnly))
            stdoutFile.write(data);
        return true;
    }
    QSaveFile f(fileName);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit()) {
        err << "portolan-cli: " << fileName << ": cannot write: " << f.errorString() << "\n";
        return false;
    }
    return true;
}

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
    const QStringList outputs = {x->csv, x->pdf, x->svg, x->png};
    if (outputs.count(QString()) == outputs.size())
        return usageError(err, QStringLiteral("export needs an output, e.g. --csv FILE, --pdf FILE, "
                                              "--svg FILE or --png FILE"));
    if (outputs.count(QStringLiteral("-")) > 1)
        return usageError(err, QStringLiteral("only one output can go to stdout ('-')"));
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
    err.flush();
    return exitFor(flows);
}

} // namespace

QString helpText()
{
    return QStringLiteral(
        "Usage: portolan-cli [GLOBAL OPTIONS] COMMAND [ARGUMENTS]\n"
        "\n"
        "Portolan derives the network flows of a deployment design from vendor port catalogs\n"
        "and writes firewall requests.\n"
        "\n"
        "Commands:\n"
        "  products   [--format text|json]                   list the catalog products\n"
        "  components [--product P] [--format text|json]     list the component types\n"
        "  services   [--product P] [--format text|csv|json] every port a product uses\n"
        "  flows DESIGN [--format text|csv|json] [--crossing-only]\n"
        "                                                    derive the flows of a design\n"
        "  check DESIGN [--format text|json]                 list a design's diagnostics\n"
        "  export DESIGN [--csv F] [--pdf F] [--svg F] [--png F] [--crossing-only]\n"
        "         [--page-size a4|letter] [--portrait] [--png-width N]\n"
        "                                                    write one or more outputs:\n"
        "    --csv F        the port matrix as CSV (UTF-8 with BOM, for Excel)\n"
        "    --pdf F        the firewall change request as PDF (cover, diagram, one table\n"
        "                   per firewall, advisories, appendices)\n"
        "    --svg F        the diagram as SVG\n"
        "    --png F        the diagram as PNG\n"
        "    --crossing-only  CSV: only flows crossing a firewall, grouped by firewall;\n"
        "                   PDF: leave out the appendix of all flows; SVG/PNG: draw only\n"
        "                   flows crossing a firewall\n"
        "    --page-size a4|letter  PDF paper size (default a4)\n"
        "    --portrait     PDF pages upright (default landscape)\n"
        "    --png-width N  PNG width in pixels, 16-16384 (default 1600; the height\n"
        "                   follows the diagram)\n"
        "                   F '-' writes to stdout (one output at most)\n"
        "\n"
        "Global options:\n"
        "  --lang en|zh_CN|bilingual   language of human text (default en)\n"
        "  --catalog-dir DIR           also load the catalogs in DIR (repeatable); a catalog\n"
        "                              with a built-in product id replaces the built-in one\n"
        "  --help, -h                  show this help\n"
        "  --version                   show the version\n"
        "\n"
        "Environment:\n"
        "  PORTOLAN_CATALOG_PATH       colon-separated catalog directories\n"
        "\n"
        "Exit status:\n"
        "  0  success\n"
        "  1  the design has errors (diagnostics of severity error)\n"
        "  2  bad usage, or unreadable or invalid input (the message names the file and the\n"
        "     line/column or JSON path)\n"
        "\n"
        "Examples:\n"
        "  portolan-cli flows data/examples/appmon-three-tier.portolan --crossing-only\n"
        "  portolan-cli export design.portolan --csv request.csv --crossing-only --lang zh_CN\n"
        "  portolan-cli export design.portolan --pdf request.pdf --svg diagram.svg \\\n"
        "      --png diagram.png --png-width 2400\n"
        "  portolan-cli services --product prognosis --format csv\n");
}

int run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    Invocation inv;
    const int parsed = parseArgs(args, &inv, out, err);
    if (parsed == -1)
        return kOk;
    if (parsed != kOk)
        return parsed;
    installTranslator(inv.lang);

    std::vector<LoadError> errors;
    const std::unique_ptr<CatalogSet> cats = CatalogSet::loadStandard(inv.catalogDirs, &errors);
    if (!cats) {
        printErrors(errors, err);
        return kBadInput;
    }
    int rc = kOk;
    if (inv.command == QLatin1String("products"))
        rc = cmdProducts(inv, *cats, out, err);
    else if (inv.command == QLatin1String("components"))
        rc = cmdComponents(inv, *cats, out, err);
    else if (inv.command == QLatin1String("services"))
        rc = cmdServices(inv, *cats, out, err);
    else if (inv.command == QLatin1String("flows"))
        rc = cmdFlows(inv, *cats, out, err);
    else if (inv.command == QLatin1String("check"))
        rc = cmdCheck(inv, *cats, out, err);
    else if (inv.command == QLatin1String("export"))
        rc = cmdExport(inv, *cats, out, err);
    out.flush();
    err.flush();
    return rc;
}

} // namespace portolan::cli
