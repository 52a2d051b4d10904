#include "cli.h"

#include "beyond.h"
#include "commands.h"

#include "catalog/catalogset.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTranslator>

#include <map>
#include <memory>

namespace portolan::cli {

using namespace portolan::core;

namespace {

struct OptionSpec
{
    const char *name;
    bool takesValue;
};

const std::map<QString, std::vector<OptionSpec>> &commandOptions()
{
    static const std::map<QString, std::vector<OptionSpec>> specs = [] {
        std::map<QString, std::vector<OptionSpec>> s = {
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
        // diff, import-inventory and the export outputs of lib/beyond (app/cli/beyond.cpp).
        for (const auto &[command, options] : beyond::cli::commands()) {
            for (const beyond::cli::OptionSpec &o : options)
                s[command].push_back({o.name, o.takesValue});
        }
        for (const beyond::cli::OptionSpec &o : beyond::cli::exportOptions())
            s[QStringLiteral("export")].push_back({o.name, o.takesValue});
        return s;
    }();
    return specs;
}

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

void installTranslator(Language lang)
{
    if (!QCoreApplication::instance())
        return;
    static QTranslator translator;
    // In-process callers (tests) run several invocations: English must undo an earlier one.
    QCoreApplication::removeTranslator(&translator);
    if (lang == Language::English)
        return;
    if (translator.load(QStringLiteral(":/i18n/portolan_zh_CN.qm")))
        QCoreApplication::installTranslator(&translator);
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
        "  check DESIGN [--format text|json]                 list a design's diagnostics\n")
        + beyond::cli::helpCommands()
        + QStringLiteral(
        "  export DESIGN [--csv F] [--pdf F] [--svg F] [--png F] [--crossing-only]\n"
        "         [--page-size a4|letter] [--portrait] [--png-width N]\n"
        "         [--xlsx F] [--verify DIR] [--snippets DIR] ...\n"
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
        "                   follows the diagram)\n")
        + beyond::cli::helpExportOptions()
        + QStringLiteral(
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
        "  portolan-cli services --product prognosis --format csv\n"
        "  portolan-cli diff design-A.portolan design-B.portolan --delta delta.csv\n"
        "  portolan-cli export design.portolan --xlsx request.xlsx --snippets rules/ \\\n"
        "      --verify checks/\n"
        "  portolan-cli import-inventory cmdb.csv -o design.portolan\n");
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
    else if (inv.command == QLatin1String("diff"))
        rc = beyond::cli::diff(inv.positional, inv.options, inv.lang, *cats, out, err);
    else if (inv.command == QLatin1String("import-inventory"))
        rc = beyond::cli::importInventory(inv.positional, inv.options, *cats, out, err);
    out.flush();
    err.flush();
    return rc;
}

} // namespace portolan::cli
