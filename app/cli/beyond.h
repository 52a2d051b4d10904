#pragma once

#include "catalog/catalogset.h"
#include "engine/flow.h"
#include "model/design.h"

#include <QStringList>

#include <map>
#include <vector>

class QTextStream;

namespace portolan::beyond::cli {

/// An option of a command: its name and whether it takes a value (same shape as cli.cpp's).
struct OptionSpec
{
    const char *name;
    bool takesValue;
};

/// Parsed options: option -> values (flags get one empty value), as cli.cpp collects them.
using Options = std::map<QString, QStringList>;

/// The commands this file adds (`diff`, `import-inventory`) and their options.
const std::vector<std::pair<QString, std::vector<OptionSpec>>> &commands();
/// The options `export` gains: --verify DIR, --verify-timeout N, --snippets DIR,
/// --snippet-format LIST, --xlsx F.
const std::vector<OptionSpec> &exportOptions();

/// `portolan-cli diff OLD NEW [--format text|csv|json] [--crossing-only] [--delta F]`.
/// 0 success, 1 the new revision has errors, 2 bad usage or unreadable input.
int diff(const QStringList &positional, const Options &options, core::Language lang,
         const core::CatalogSet &catalogs, QTextStream &out, QTextStream &err);

/// `portolan-cli import-inventory CSV -o DESIGN [--title T]`.
/// 0 every row imported, 1 rows were skipped (each reported with its line), 2 nothing usable.
int importInventory(const QStringList &positional, const Options &options,
                    const core::CatalogSet &catalogs, QTextStream &out, QTextStream &err);

/// True when `options` ask `export` for one of the outputs of this file.
bool hasExportOutput(const Options &options);
/// Checks the export options before anything is read; 2 with a message on bad usage.
int checkExportOptions(const Options &options, QTextStream &err);
/// Writes the outputs of this file for a loaded design; 0, or 2 when one cannot be written.
int exportOutputs(const core::Design &design, const core::FlowSet &flows,
                  const core::CatalogSet &catalogs, const Options &options, core::Language lang,
                  QTextStream &out, QTextStream &err);

/// --help lines for the commands and the export options, in cli.cpp's layout.
QString helpCommands();
QString helpExportOptions();

} // namespace portolan::beyond::cli
