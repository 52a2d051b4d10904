#include "beyond.h"

#include "commands.h"

#include "beyond/diff.h"
#include "beyond/inventory.h"
#include "beyond/snippets.h"
#include "beyond/verify.h"
#include "beyond/xlsxexport.h"

#include "engine/engine.h"
#include "io/designio.h"
#include "render/deltareport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace portolan::beyond::cli {

using namespace portolan::core;

namespace {

constexpr int kOk = 0;
constexpr int kDesignErrors = 1;
constexpr int kBadInput = 2;

int usage(QTextStream &err, const QString &message)
{
    err << "portolan-cli: " << message << "\n"
        << "Try 'portolan-cli --help'.\n";
    err.flush();
    return kBadInput;
}

QString option(const Options &options, const char *name, const QString &fallback = QString())
{
    const auto it = options.find(QLatin1String(name));
    return it == options.end() || it->second.isEmpty() ? fallback : it->second.last();
}

bool flag(const Options &options, const char *name)
{
    return options.count(QLatin1String(name)) > 0;
}

bool writeFile(const QString &fileName, const QByteArray &data, QTextStream &out, QTextStream &err,
               bool executable = false)
{
    if (!portolan::cli::writeOutput(fileName, data, out, err))
        return false;
    if (executable && fileName != QLatin1String("-"))
        QFile::setPermissions(fileName, QFile::permissions(fileName) | QFileDevice::ExeOwner
                                                | QFileDevice::ExeGroup | QFileDevice::ExeOther);
    return true;
}

bool makeDir(const QString &dir, QTextStream &err)
{
    if (QDir().mkpath(dir))
        return true;
    err << "portolan-cli: " << dir << ": cannot create the directory\n";
    return false;
}

} // namespace

const std::vector<std::pair<QString, std::vector<OptionSpec>>> &commands()
{
    static const std::vector<std::pair<QString, std::vector<OptionSpec>>> specs = {
            {QStringLiteral("diff"),
             {{"--format", true},
              {"--crossing-only", false},
              {"--delta", true},
              {"--pdf", true},
              {"--page-size", true},
              {"--portrait", false}}},
            {QStringLiteral("import-inventory"),
             {{"-o", true}, {"--output", true}, {"--title", true}}},
    };
    return specs;
}

const std::vector<OptionSpec> &exportOptions()
{
    static const std::vector<OptionSpec> specs = {{"--verify", true},
                                                  {"--verify-timeout", true},
                                                  {"--snippets", true},
                                                  {"--snippet-format", true},
                                                  {"--xlsx", true}};
    return specs;
}

int diff(const QStringList &positional, const Options &options, Language lang,
         const CatalogSet &catalogs, QTextStream &out, QTextStream &err)
{
    const QString format = option(options, "--format", QStringLiteral("text"));
    if (format != QLatin1String("text") && format != QLatin1String("csv")
        && format != QLatin1String("json"))
        return usage(
                err,
                QStringLiteral("unknown format \"%1\" (expected text, csv, json)").arg(format));
    if (positional.size() != 2)
        return usage(err, QStringLiteral("'diff' takes two design files: OLD NEW"));
    const QString delta = option(options, "--delta");
    if (flag(options, "--delta") && delta.isEmpty())
        return usage(err, QStringLiteral("--delta needs a file name"));
    const QString pdf = option(options, "--pdf");
    if (flag(options, "--pdf") && pdf.isEmpty())
        return usage(err, QStringLiteral("--pdf needs a file name"));
    if (pdf == QLatin1String("-")) // the report goes to stdout already
        return usage(err, QStringLiteral("--pdf needs a file name (the report is on stdout)"));
    const QString pageSize = option(options, "--page-size", QStringLiteral("a4")).toLower();
    if (pageSize != QLatin1String("a4") && pageSize != QLatin1String("letter"))
        return usage(err, QStringLiteral("unknown page size \"%1\" (expected a4 or letter)")
                                  .arg(pageSize));

    Design designs[2];
    FlowSet flows[2];
    for (int i = 0; i < 2; ++i) {
        std::vector<LoadError> errors;
        if (!DesignIO::readFile(positional[i], &catalogs, &designs[i], &errors)) {
            portolan::cli::printErrors(errors, err);
            return kBadInput;
        }
        flows[i] = Engine::derive(designs[i], catalogs);
    }
    auto label = [](const QString &file, const Design &d) {
        const QString name = QFileInfo(file).fileName();
        return d.meta.revision.isEmpty() ? name
                                         : QStringLiteral("%1 (%2)").arg(name, d.meta.revision);
    };
    const Revision older{&designs[0], &flows[0], label(positional[0], designs[0])};
    const Revision newer{&designs[1], &flows[1], label(positional[1], designs[1])};
    const DesignDiff d = DesignDiff::compute(older, newer, flag(options, "--crossing-only"));
    const DiffReport report(older, newer, d, catalogs, lang);

    if (format == QLatin1String("json"))
        out << QString::fromStdString(report.json().dump(2)) << "\n";
    else if (format == QLatin1String("csv"))
        out << QString::fromUtf8(report.changesCsv(false));
    else
        out << report.text();
    out.flush();
    if (!delta.isEmpty()
        && !writeFile(delta, report.deltaCsv(delta != QLatin1String("-")), out, err))
        return kBadInput;
    if (!pdf.isEmpty()) {
        render::ReportOptions ro;
        ro.lang = lang;
        ro.paper = pageSize == QLatin1String("letter") ? render::PaperSize::Letter
                                                       : render::PaperSize::A4;
        ro.landscape = !flag(options, "--portrait");
        const render::ReportResult r = render::DeltaRequest::pdf(older, newer, d, catalogs, ro);
        for (const QString &w : r.warnings)
            err << "portolan-cli: warning: " << w << "\n";
        if (r.pdf.isEmpty()) {
            err << "portolan-cli: " << pdf << ": cannot write the PDF\n";
            return kBadInput;
        }
        if (!writeFile(pdf, r.pdf, out, err))
            return kBadInput;
    }
    err.flush();
    return flows[1].count(Severity::Error) > 0 ? kDesignErrors : kOk;
}

int importInventory(const QStringList &positional, const Options &options,
                    const CatalogSet &catalogs, QTextStream &out, QTextStream &err)
{
    if (positional.size() != 1)
        return usage(err, QStringLiteral("'import-inventory' takes one CSV file"));
    const QString output = option(options, "--output", option(options, "-o"));
    if (output.isEmpty())
        return usage(err, QStringLiteral("import-inventory needs -o DESIGN (the design to write)"));
    const QString input = positional.first();
    QFile f(input);
    if (!f.open(QIODevice::ReadOnly)) {
        err << "portolan-cli: " << input << ": cannot read: " << f.errorString() << "\n";
        return kBadInput;
    }
    if (f.size() > 64 * 1024 * 1024) {
        err << "portolan-cli: " << input << ": file is too large (" << f.size()
            << " bytes, at most 67108864)\n";
        return kBadInput;
    }
    InventoryResult r = InventoryImport::import(f.readAll(), input, catalogs);
    for (const InventoryIssue &issue : r.issues) {
        err << "portolan-cli: " << input;
        if (issue.line > 0)
            err << ":" << issue.line;
        err << ": " << issue.message << "\n";
    }
    if (!r.fatal.isEmpty()) {
        err << "portolan-cli: " << input << ": " << r.fatal << "\n";
        return kBadInput;
    }
    if (!r.usable()) {
        err << "portolan-cli: " << input << ": no usable rows (" << r.rowsRead << " read)\n";
        return kBadInput;
    }
    const QString title = option(options, "--title");
    if (!title.isEmpty())
        r.design.title = title;
    if (!writeFile(output, DesignIO::write(r.design), out, err))
        return kBadInput;
    auto count = [](size_t n, const char *one, const char *many) {
        return QString::number(n) + QLatin1Char(' ') + QLatin1String(n == 1 ? one : many);
    };
    err << "portolan-cli: " << input << ": imported " << r.rowsUsed << " of "
        << count(size_t(r.rowsRead), "row", "rows") << " into "
        << count(r.design.nodes.size(), "node", "nodes") << " in "
        << count(r.design.zones.size(), "zone", "zones");
    if (r.rowsSkipped)
        err << "; " << count(size_t(r.rowsSkipped), "row", "rows") << " skipped";
    err << "\n";
    err.flush();
    return r.rowsSkipped > 0 ? kDesignErrors : kOk;
}

bool hasExportOutput(const Options &options)
{
    return flag(options, "--verify") || flag(options, "--snippets") || flag(options, "--xlsx");
}

int checkExportOptions(const Options &options, QTextStream &err)
{
    for (const char *name : {"--verify", "--snippets", "--xlsx"}) {
        if (flag(options, name) && option(options, name).isEmpty())
            return usage(err, QStringLiteral("%1 needs a %2")
                                      .arg(QLatin1String(name),
                                           QLatin1String(name) == QLatin1String("--xlsx")
                                                   ? QStringLiteral("file name")
                                                   : QStringLiteral("directory")));
    }
    if (option(options, "--verify") == QLatin1String("-")
        || option(options, "--snippets") == QLatin1String("-"))
        return usage(err, QStringLiteral("--verify and --snippets write a directory, not stdout"));
    if (flag(options, "--verify-timeout")) {
        bool ok = false;
        const int t = option(options, "--verify-timeout").toInt(&ok);
        if (!ok || t < 1 || t > 3600)
            return usage(
                    err,
                    QStringLiteral("--verify-timeout must be a number of seconds from 1 to 3600"));
    }
    if (flag(options, "--snippet-format")) {
        QString unknown;
        if (!FirewallSnippets::parseFormats(option(options, "--snippet-format"), &unknown))
            return usage(err, QStringLiteral("unknown snippet format \"%1\" (expected nft, "
                                             "iptables, asa or all)")
                                      .arg(unknown));
    }
    if (flag(options, "--xlsx") && !XlsxExport::available()) {
        err << "portolan-cli: XLSX export is not available in this build\n";
        return kBadInput;
    }
    return kOk;
}

int exportOutputs(const Design &design, const FlowSet &flows, const CatalogSet &catalogs,
                  const Options &options, Language lang, QTextStream &out, QTextStream &err)
{
    if (int rc = checkExportOptions(options, err))
        return rc;
    const bool crossingOnly = flag(options, "--crossing-only");
    const QString verifyDir = option(options, "--verify");
    if (!verifyDir.isEmpty()) {
        if (!makeDir(verifyDir, err))
            return kBadInput;
        VerifyOptions vo;
        vo.crossingOnly = crossingOnly;
        vo.timeoutSeconds = option(options, "--verify-timeout", QStringLiteral("3")).toInt();
        const std::vector<VerifyScript> scripts
                = VerifyScripts::generate(design, flows, catalogs, vo);
        for (const VerifyScript &s : scripts) {
            if (!writeFile(QDir(verifyDir).filePath(s.fileName), s.content, out, err, !s.windows))
                return kBadInput;
        }
        if (scripts.empty())
            err << "portolan-cli: warning: no flow leaves a host; no verification script written\n";
    }
    const QString snippetDir = option(options, "--snippets");
    if (!snippetDir.isEmpty()) {
        if (!makeDir(snippetDir, err))
            return kBadInput;
        const int formats = flag(options, "--snippet-format") ? FirewallSnippets::parseFormats(
                                    option(options, "--snippet-format"), nullptr)
                                                              : int(AllSnippetFormats);
        const SnippetResult r = FirewallSnippets::generate(design, flows, formats);
        for (const QString &w : r.warnings)
            err << "portolan-cli: warning: " << w << "\n";
        for (const SnippetFile &f : r.files) {
            if (!writeFile(QDir(snippetDir).filePath(f.fileName), f.content, out, err))
                return kBadInput;
        }
        if (r.files.empty())
            err << "portolan-cli: warning: no flow crosses a firewall; no rule snippet written\n";
    }
    const QString xlsx = option(options, "--xlsx");
    if (!xlsx.isEmpty()) {
        XlsxOptions xo;
        xo.lang = lang;
        xo.crossingOnly = crossingOnly;
        QString error;
        const QByteArray data = XlsxExport::workbook(design, flows, catalogs, xo, &error);
        if (data.isEmpty()) {
            err << "portolan-cli: " << xlsx << ": cannot write: " << error << "\n";
            return kBadInput;
        }
        if (!writeFile(xlsx, data, out, err))
            return kBadInput;
    }
    err.flush();
    return kOk;
}

QString helpCommands()
{
    return QStringLiteral(
            "  diff OLD NEW [--format text|csv|json] [--crossing-only] [--delta F]\n"
            "       [--pdf F] [--page-size a4|letter] [--portrait]\n"
            "                                                    compare two revisions of a design:\n"
            "                                                    nodes and flows added, removed,\n"
            "                                                    changed; --delta F writes the rules\n"
            "                                                    to open and close as CSV, --pdf F\n"
            "                                                    as a delta change request PDF\n"
            "  import-inventory CSV -o DESIGN [--title T]        make a laid-out design from an\n"
            "                                                    inventory CSV (host, address, zone,\n"
            "                                                    component type, name, product)\n");
}

QString helpExportOptions()
{
    return QStringLiteral(
            "    --xlsx F       the request as an Excel workbook: a sheet per firewall, all\n"
            "                   flows, the zone-to-zone matrix\n"
            "    --verify DIR   per source host a script that checks the TCP ports its flows\n"
            "                   need (bash for Linux, PowerShell for Windows hosts)\n"
            "    --verify-timeout N  per-check timeout written into the scripts (default 3 s)\n"
            "    --snippets DIR firewall rules per firewall: nftables, iptables-restore, Cisco\n"
            "                   ASA; placeholders where the design has no IP address\n"
            "    --snippet-format nft,iptables,asa  which snippet formats (default all)\n");
}

} // namespace portolan::beyond::cli
