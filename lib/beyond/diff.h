#pragma once

#include "catalog/catalogset.h"
#include "engine/flow.h"
#include "model/design.h"

#include <QByteArray>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <vector>

namespace portolan::beyond {

/// One revision of a design with its derived flows; the caller owns both.
struct Revision
{
    const core::Design *design = nullptr;
    const core::FlowSet *flows = nullptr;
    QString label; ///< shown in reports, e.g. the file name

    const core::Node &node(int index) const { return design->nodes[size_t(index)]; }
};

/// A node that exists in only one revision, or whose name, type, zone, host, address, port
/// overrides or option values differ.
/// Nodes are matched by id, so a rename is a change of `name`, not a removal plus an addition.
struct NodeChange
{
    enum class Kind { Added, Removed, Changed };

    Kind kind = Kind::Changed;
    int oldNode = -1; ///< index in the old design (Removed, Changed)
    int newNode = -1; ///< index in the new design (Added, Changed)
    /// Changed: any of "name", "type", "zone", "host", "address", "ports", "options"
    QStringList fields;
};

/// A flow that exists in only one revision, or whose protocol, ports, services, firewalls,
/// locality or end addresses differ. Flows are matched by source id, target id, rule and
/// protocol; a rule whose flow changed protocol is still matched by source, target and rule.
struct FlowChange
{
    enum class Kind { Added, Removed, Changed };

    Kind kind = Kind::Changed;
    const core::Flow *oldFlow = nullptr; ///< Removed, Changed
    const core::Flow *newFlow = nullptr; ///< Added, Changed
    /// Changed: any of "protocol", "ports", "services", "firewalls", "local",
    /// "source-address", "target-address", "purpose"
    QStringList fields;
};

/// One line of the delta firewall request: ports to open or close on one firewall.
struct DeltaRule
{
    enum class Action { Open, Close };
    enum class Reason { Added, Removed, Ports, Route, Address, Protocol };

    Action action = Action::Open;
    QString firewall;
    const core::Flow *flow = nullptr; ///< from the new revision (Open) or the old one (Close)
    core::PortSet ports;              ///< what to open or close; empty for ICMP
    Reason reason = Reason::Added;
};

/// One delta rule as display text, shared by the delta CSV and the delta PDF.
struct DeltaRow
{
    DeltaRule::Action action = DeltaRule::Action::Open;
    QString actionText; ///< "open" / "close" in the report language
    QString firewall, flow;
    QString sourceZone, source, sourceHost, sourceAddress;
    QString targetZone, target, targetHost, targetAddress;
    QString protocol, ports, service, purpose, reason, reference;
};

/// What changed between two revisions of a design, as pure data (deterministic order).
struct DesignDiff
{
    std::vector<NodeChange> nodes; ///< removed, added, changed; each in design order
    std::vector<FlowChange> flows; ///< removed (old order), added and changed (new order)
    std::vector<DeltaRule> delta;  ///< by firewall name, opens before closes, then flow order

    int count(NodeChange::Kind kind) const;
    int count(FlowChange::Kind kind) const;
    bool isEmpty() const { return nodes.empty() && flows.empty(); }

    /// With `crossingOnly`, only flows that cross a firewall in either revision are compared
    /// (node changes are always reported). The delta request never lists local flows.
    static DesignDiff compute(const Revision &older, const Revision &newer, bool crossingOnly);
};

/// Reports of a diff. Human text follows `lang` (catalog text and translated labels).
class DiffReport
{
public:
    DiffReport(const Revision &older, const Revision &newer, const DesignDiff &diff,
               const core::CatalogSet &catalogs, core::Language lang);

    QString text() const;
    /// One row per fact: a node or flow added or removed, or one changed field.
    QByteArray changesCsv(bool bom) const;
    nlohmann::ordered_json json() const;
    /// The delta firewall request: rules to open and rules to close, per firewall.
    QByteArray deltaCsv(bool bom) const;
    /// The rows of the delta request, in DesignDiff::delta order.
    std::vector<DeltaRow> deltaRows() const;

    static QString reasonText(DeltaRule::Reason reason, core::Language lang);
    /// The label of a NodeChange or FlowChange field ("ports" -> "ports", "端口").
    static QString fieldText(const QString &field, core::Language lang);

private:
    QString flowLine(const Revision &rev, const core::Flow &f) const;
    QString flowField(const Revision &rev, const core::Flow &f, const QString &field) const;
    QString nodeField(const Revision &rev, int node, const QString &field) const;
    nlohmann::ordered_json flowJson(const Revision &rev, const core::Flow &f) const;

    const Revision &m_old;
    const Revision &m_new;
    const DesignDiff &m_diff;
    const core::CatalogSet &m_catalogs;
    core::Language m_lang;
};

} // namespace portolan::beyond
