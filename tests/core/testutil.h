#pragma once

#include "catalog/catalogset.h"
#include "engine/engine.h"
#include "io/designio.h"

#include <QString>
#include <QStringList>
#include <QTest>

#include <memory>

namespace portolan::test {

using namespace portolan::core;

/// The small engine-semantics catalog in tests/data/engine/ (product "t"), alone.
inline std::unique_ptr<CatalogSet> testCatalogs()
{
    auto set = std::make_unique<CatalogSet>();
    std::vector<LoadError> errors;
    set->addFile(QStringLiteral(PORTOLAN_TEST_DATA "/engine/t.json"), &errors);
    set->finalize(&errors);
    for (const LoadError &e : errors)
        qWarning("%s", qPrintable(e.toString()));
    return errors.empty() ? std::move(set) : nullptr;
}

/// The built-in catalogs (embedded resources), as the CLI and GUI load them.
inline std::unique_ptr<CatalogSet> builtInCatalogs()
{
    std::vector<LoadError> errors;
    auto set = CatalogSet::loadStandard({}, &errors);
    for (const LoadError &e : errors)
        qWarning("%s", qPrintable(e.toString()));
    return set;
}

/// A design from a JSON fragment: format and version are added when absent.
inline bool designFrom(const QByteArray &json, const CatalogSet &cats, Design *out,
                       QString *error = nullptr)
{
    QByteArray doc = json.trimmed();
    if (!doc.contains("\"format\""))
        doc = "{\"format\":\"portolan-design\",\"version\":1," + doc.mid(1);
    std::vector<LoadError> errors;
    const bool ok = DesignIO::read(doc, QStringLiteral("test.portolan"), &cats, out, &errors);
    if (!ok && error)
        *error = errors.empty() ? QString() : errors.front().toString();
    return ok;
}

/// "src>tgt proto ports fw1+fw2|-[ local]" for compact expectations.
inline QString flowLine(const Design &d, const Flow &f)
{
    return QStringLiteral("%1>%2 %3 %4 %5%6")
        .arg(d.nodes[size_t(f.source)].id, d.nodes[size_t(f.target)].id, protocolName(f.protocol),
             f.ports.toString(),
             f.firewalls.isEmpty() ? QStringLiteral("-") : f.firewalls.join(QLatin1Char('+')),
             f.local ? QStringLiteral(" local") : QString());
}

inline QStringList flowLines(const Design &d, const FlowSet &fs)
{
    QStringList out;
    for (const Flow &f : fs.flows)
        out << flowLine(d, f);
    return out;
}

/// "code:node,node" (advisories: "advisory:<id>").
inline QStringList diagnosticLines(const FlowSet &fs)
{
    QStringList out;
    for (const Diagnostic &d : fs.diagnostics) {
        if (d.code == QLatin1String("advisory"))
            out << QStringLiteral("advisory:") + d.args.value(0);
        else
            out << d.code + QLatin1Char(':') + d.nodes.join(QLatin1Char(','));
    }
    return out;
}

} // namespace portolan::test
