#include "commands.h"

#include "io/designio.h"

#include <QFile>
#include <QSaveFile>

namespace portolan::cli {

using namespace portolan::core;
using ojson = nlohmann::ordered_json;

int usageError(QTextStream &err, const QString &message)
{
    err << "portolan-cli: " << message << "\n"
        << "Try 'portolan-cli --help'.\n";
    err.flush();
    return kBadInput;
}

// Splits argv into global options, the command, its options and positional arguments.

QString option(const Invocation &inv, const char *name, const QString &fallback)
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

} // namespace portolan::cli
