#pragma once

// Shared by the portolan-cli command implementations: the parsed invocation and the small
// helpers every command uses (options, formats, errors, output).

#include "catalog/catalogset.h"
#include "engine/flow.h"
#include "io/jsonutil.h"
#include "model/design.h"
#include "model/text.h"

#include <QStringList>
#include <QTextStream>

#include <nlohmann/json.hpp>

#include <map>

namespace portolan::cli {

constexpr int kOk = 0;
constexpr int kDesignErrors = 1;
constexpr int kBadInput = 2;

struct Invocation
{
    QString command;
    QStringList positional;
    std::map<QString, QStringList> options; // option -> values (flags get one empty value)
    core::Language lang = core::Language::English;
    QStringList catalogDirs;
};

int usageError(QTextStream &err, const QString &message);
QString option(const Invocation &inv, const char *name, const QString &fallback = QString());
bool flag(const Invocation &inv, const char *name);
bool checkFormat(const QString &format, const QStringList &allowed, QTextStream &err);
void printErrors(const std::vector<core::LoadError> &errors, QTextStream &err);
void writeJson(QTextStream &out, const nlohmann::ordered_json &doc);
/// Reads the one design file a command takes; prints errors and returns kBadInput on failure.
int loadDesign(const Invocation &inv, const core::CatalogSet &cats, core::Design *design, QTextStream &err);
/// kDesignErrors when the flow set has diagnostics of severity error.
int exitFor(const core::FlowSet &flows);
/// Writes `data` to a file atomically, or to stdout for "-".
bool writeOutput(const QString &fileName, const QByteArray &data, QTextStream &out, QTextStream &err);

// Commands.
int cmdProducts(const Invocation &inv, const core::CatalogSet &cats, QTextStream &out, QTextStream &err);
int cmdComponents(const Invocation &inv, const core::CatalogSet &cats, QTextStream &out, QTextStream &err);
int cmdServices(const Invocation &inv, const core::CatalogSet &cats, QTextStream &out, QTextStream &err);
int cmdFlows(const Invocation &inv, const core::CatalogSet &cats, QTextStream &out, QTextStream &err);
int cmdCheck(const Invocation &inv, const core::CatalogSet &cats, QTextStream &out, QTextStream &err);
int cmdExport(const Invocation &inv, const core::CatalogSet &cats, QTextStream &out, QTextStream &err);

} // namespace portolan::cli
