#include "diff.h"

#include "support.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace portolan::beyond {

using namespace portolan::core;

namespace {

using FlowKey = std::tuple<QString, QString, QString, int>; // source id, target id, rule, protocol

const QString &nodeId(const Revision &rev, int index)
{
    return rev.node(index).id;
}

FlowKey keyOf(const Revision &rev, const Flow &f)
{
    return {nodeId(rev, f.source), nodeId(rev, f.target), f.ruleId, int(f.protocol)};
}

bool onRequest(const Flow *f)
{
    return f && f->crossesFirewall && !f->local;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QStringList flowFields(const Revision &a, const Flow &o, const Revision &b, const Flow &n)
{
    QStringList fields;
    if (o.protocol != n.protocol)
        fields << QStringLiteral("protocol");
    if (o.ports != n.ports)
        fields << QStringLiteral("ports");
    if (sorted(o.services) != sorted(n.services))
        fields << QStringLiteral("services");
    if (o.firewalls != n.firewalls)
        fields << QStringLiteral("firewalls");
    if (o.local != n.local)
        fields << QStringLiteral("local");
    if (a.node(o.source).address.trimmed() != b.node(n.source).address.trimmed())
        fields << QStringLiteral("source-address");
    if (a.node(o.target).address.trimmed() != b.node(n.target).address.trimmed())
        fields << QStringLiteral("target-address");
    if (o.manualPurpose != n.manualPurpose)
        fields << QStringLiteral("purpose");
    return fields;
}

QStringList nodeFields(const Node &o, const Node &n)
{
    QStringList fields;
    if (o.name != n.name)
        fields << QStringLiteral("name");
    if (o.type != n.type)
        fields << QStringLiteral("type");
    if (o.zone != n.zone)
        fields << QStringLiteral("zone");
    if (o.host != n.host)
        fields << QStringLiteral("host");
    if (o.address.trimmed() != n.address.trimmed())
        fields << QStringLiteral("address");
    if (o.ports != n.ports)
        fields << QStringLiteral("ports");
    if (o.options != n.options)
        fields << QStringLiteral("options");
    return fields;
}

// A delta rule with the position of its flow in its revision, for the final order.
struct PendingRule
{
    DeltaRule rule;
    size_t order = 0;
};

class DeltaBuilder
{
public:
    DeltaBuilder(const Revision &a, const Revision &b)
        : m_old(a)
        , m_new(b)
    {
    }

    void add(const Flow *o, const Flow *n)
    {
        QStringList fws;
        if (onRequest(n))
            fws = n->firewalls;
        if (onRequest(o)) {
            for (const QString &fw : o->firewalls) {
                if (!fws.contains(fw))
                    fws << fw;
            }
        }
        for (const QString &fw : fws) {
            const bool had = onRequest(o) && o->firewalls.contains(fw);
            const bool has = onRequest(n) && n->firewalls.contains(fw);
            if (!o) {
                push(DeltaRule::Action::Open, fw, n, n->ports, DeltaRule::Reason::Added);
                continue;
            }
            if (!n) {
                push(DeltaRule::Action::Close, fw, o, o->ports, DeltaRule::Reason::Removed);
                continue;
            }
            DeltaRule::Reason whole = DeltaRule::Reason::Route;
            if (o->protocol != n->protocol)
                whole = DeltaRule::Reason::Protocol;
            else if (m_old.node(o->source).address.trimmed()
                             != m_new.node(n->source).address.trimmed()
                     || m_old.node(o->target).address.trimmed()
                                != m_new.node(n->target).address.trimmed())
                whole = DeltaRule::Reason::Address;
            if (had && has && whole == DeltaRule::Reason::Route) {
                const PortSet more = portsMinus(n->ports, o->ports);
                const PortSet less = portsMinus(o->ports, n->ports);
                if (!more.isEmpty())
                    push(DeltaRule::Action::Open, fw, n, more, DeltaRule::Reason::Ports);
                if (!less.isEmpty())
                    push(DeltaRule::Action::Close, fw, o, less, DeltaRule::Reason::Ports);
                continue;
            }
            if (had)
                push(DeltaRule::Action::Close, fw, o, o->ports, whole);
            if (has)
                push(DeltaRule::Action::Open, fw, n, n->ports, whole);
        }
    }

    std::vector<DeltaRule> take()
    {
        std::stable_sort(m_rules.begin(), m_rules.end(),
                         [](const PendingRule &x, const PendingRule &y) {
                             return std::make_tuple(x.rule.firewall, int(x.rule.action), x.order)
                                    < std::make_tuple(y.rule.firewall, int(y.rule.action), y.order);
                         });
        std::vector<DeltaRule> out;
        out.reserve(m_rules.size());
        for (PendingRule &p : m_rules)
            out.push_back(std::move(p.rule));
        return out;
    }

private:
    void push(DeltaRule::Action action, const QString &fw, const Flow *f, const PortSet &ports,
              DeltaRule::Reason reason)
    {
        const Revision &rev = action == DeltaRule::Action::Open ? m_new : m_old;
        PendingRule p;
        p.rule.action = action;
        p.rule.firewall = fw;
        p.rule.flow = f;
        p.rule.ports = ports;
        p.rule.reason = reason;
        p.order = size_t(f - rev.flows->flows.data());
        m_rules.push_back(std::move(p));
    }

    const Revision &m_old;
    const Revision &m_new;
    std::vector<PendingRule> m_rules;
};

} // namespace

int DesignDiff::count(NodeChange::Kind kind) const
{
    return int(std::count_if(nodes.begin(), nodes.end(),
                             [kind](const NodeChange &c) { return c.kind == kind; }));
}

int DesignDiff::count(FlowChange::Kind kind) const
{
    return int(std::count_if(flows.begin(), flows.end(),
                             [kind](const FlowChange &c) { return c.kind == kind; }));
}

DesignDiff DesignDiff::compute(const Revision &a, const Revision &b, bool crossingOnly)
{
    DesignDiff d;
    const Design &od = *a.design;
    const Design &nd = *b.design;

    // Nodes, matched by id.
    for (size_t i = 0; i < od.nodes.size(); ++i) {
        if (nd.nodeIndex(od.nodes[i].id) < 0)
            d.nodes.push_back({NodeChange::Kind::Removed, int(i), -1, {}});
    }
    for (size_t j = 0; j < nd.nodes.size(); ++j) {
        if (od.nodeIndex(nd.nodes[j].id) < 0)
            d.nodes.push_back({NodeChange::Kind::Added, -1, int(j), {}});
    }
    for (size_t i = 0; i < od.nodes.size(); ++i) {
        const int j = nd.nodeIndex(od.nodes[i].id);
        if (j < 0)
            continue;
        const QStringList fields = nodeFields(od.nodes[i], nd.nodes[size_t(j)]);
        if (!fields.isEmpty())
            d.nodes.push_back({NodeChange::Kind::Changed, int(i), j, fields});
    }

    // Flows: first by (source, target, rule, protocol), then a rule whose protocol changed by
    // (source, target, rule).
    const std::vector<Flow> &of = a.flows->flows;
    const std::vector<Flow> &nf = b.flows->flows;
    std::map<FlowKey, const Flow *> oldByKey;
    for (const Flow &f : of)
        oldByKey.emplace(keyOf(a, f), &f);
    std::vector<const Flow *> partner(nf.size(), nullptr); // new index -> old flow
    std::set<const Flow *> matched;
    for (size_t j = 0; j < nf.size(); ++j) {
        const auto it = oldByKey.find(keyOf(b, nf[j]));
        if (it != oldByKey.end() && !matched.count(it->second)) {
            partner[j] = it->second;
            matched.insert(it->second);
        }
    }
    using RuleKey = std::tuple<QString, QString, QString>;
    std::map<RuleKey, std::vector<const Flow *>> unmatchedOld; // in old order
    for (const Flow &o : of) {
        if (!matched.count(&o))
            unmatchedOld[{nodeId(a, o.source), nodeId(a, o.target), o.ruleId}].push_back(&o);
    }
    for (size_t j = 0; j < nf.size(); ++j) {
        if (partner[j])
            continue;
        auto it = unmatchedOld.find(
                {nodeId(b, nf[j].source), nodeId(b, nf[j].target), nf[j].ruleId});
        if (it == unmatchedOld.end() || it->second.empty())
            continue;
        partner[j] = it->second.front();
        matched.insert(partner[j]);
        it->second.erase(it->second.begin());
    }

    auto keep = [crossingOnly](const Flow *o, const Flow *n) {
        return !crossingOnly || onRequest(o) || onRequest(n);
    };
    DeltaBuilder delta(a, b);
    for (const Flow &o : of) {
        if (matched.count(&o))
            continue;
        delta.add(&o, nullptr);
        if (keep(&o, nullptr))
            d.flows.push_back({FlowChange::Kind::Removed, &o, nullptr, {}});
    }
    for (size_t j = 0; j < nf.size(); ++j) {
        if (partner[j])
            continue;
        delta.add(nullptr, &nf[j]);
        if (keep(nullptr, &nf[j]))
            d.flows.push_back({FlowChange::Kind::Added, nullptr, &nf[j], {}});
    }
    for (size_t j = 0; j < nf.size(); ++j) {
        if (!partner[j])
            continue;
        delta.add(partner[j], &nf[j]);
        const QStringList fields = flowFields(a, *partner[j], b, nf[j]);
        if (!fields.isEmpty() && keep(partner[j], &nf[j]))
            d.flows.push_back({FlowChange::Kind::Changed, partner[j], &nf[j], fields});
    }
    d.delta = delta.take();
    return d;
}

} // namespace portolan::beyond
