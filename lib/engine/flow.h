#pragma once

#include "catalog/catalog.h"
#include "model/portset.h"

#include <QStringList>

#include <vector>

namespace portolan::core {

/// A derived (or manual) connection from an initiating node to a listening node.
struct Flow
{
    QString id;      ///< "F1", ... in output order
    int source = -1; ///< index into Design::nodes
    int target = -1;
    Protocol protocol = Protocol::Tcp;
    PortSet ports;
    QStringList services; ///< service ids merged into this row
    const Rule *rule = nullptr; ///< null for manual flows
    QString ruleId;             ///< rule id, or "manual"
    QString product;
    bool local = false;           ///< both ends on the same host
    bool crossesFirewall = false; ///< crosses at least one firewalled zone boundary
    QStringList firewalls;        ///< crossed firewalls in path order
    QString manualPurpose;
    QStringList advisories; ///< advisory ids raised on this flow
};

/// An error, warning or note. The engine fills in codes and arguments; the app and the
/// exporters turn them into text (see messages.h).
struct Diagnostic
{
    Severity severity = Severity::Warning;
    QString code;      ///< "advisory", "port-conflict", "missing-peer", "port-range"
    QStringList args;  ///< code-specific arguments
    QStringList nodes; ///< node ids concerned
    QStringList flows; ///< flow ids concerned
};

struct FlowSet
{
    std::vector<Flow> flows;
    std::vector<Diagnostic> diagnostics;

    int count(Severity s) const;
    int crossingCount() const;
};

} // namespace portolan::core
