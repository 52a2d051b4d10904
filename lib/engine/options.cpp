#include "options.h"

namespace portolan::core {

using json = nlohmann::json;

int compareVersions(const QString &a, const QString &b)
{
    const QStringList pa = a.split(QLatin1Char('.'));
    const QStringList pb = b.split(QLatin1Char('.'));
    for (int i = 0; i < std::max(pa.size(), pb.size()); ++i) {
        const long long x = i < pa.size() ? pa[i].toLongLong() : 0;
        const long long y = i < pb.size() ? pb[i].toLongLong() : 0;
        if (x != y)
            return x < y ? -1 : 1;
    }
    return 0;
}

namespace {

QString asText(const json &v)
{
    if (v.is_string())
        return QString::fromStdString(v.get<std::string>());
    if (v.is_number_integer())
        return QString::number(v.get<long long>());
    if (v.is_number())
        return QString::number(v.get<double>());
    if (v.is_boolean())
        return v.get<bool>() ? QStringLiteral("true") : QStringLiteral("false");
    return QString();
}

} // namespace

const json &OptionResolver::productRef(const OptionDef &def) const
{
    auto pit = m_design.products.find(def.productKey);
    if (pit != m_design.products.end() && pit->is_object()) {
        auto vit = pit->find(def.designKey);
        if (vit != pit->end())
            return *vit;
    }
    return def.defaultValue;
}

const json &OptionResolver::nodeRef(const OptionDef &def, const Node &node) const
{
    auto it = node.options.find(def.designKey);
    if (it != node.options.end())
        return *it;
    if (def.scope == OptionDef::Scope::Product)
        return productRef(def);
    return def.defaultValue;
}

json OptionResolver::productValue(const OptionDef &def) const
{
    return productRef(def);
}

json OptionResolver::nodeValue(const OptionDef &def, const Node &node) const
{
    return nodeRef(def, node);
}

bool OptionResolver::evaluate(const Condition &c, const Node *self, const Node *source,
                              const Node *target) const
{
    switch (c.kind) {
    case Condition::Kind::All:
        for (const Condition &child : c.children) {
            if (!evaluate(child, self, source, target))
                return false;
        }
        return true;
    case Condition::Kind::Any:
        for (const Condition &child : c.children) {
            if (evaluate(child, self, source, target))
                return true;
        }
        return false;
    case Condition::Kind::Not:
        return c.children.empty() || !evaluate(c.children.front(), self, source, target);
    case Condition::Kind::Option:
        break;
    }
    if (!c.def)
        return false;
    const json *valuePtr = nullptr;
    if (c.def->scope == OptionDef::Scope::Node) {
        const Node *n = c.subject == Condition::Subject::Source ? source
                        : c.subject == Condition::Subject::Target ? target
                                                                   : self;
        if (!n)
            return true;
        valuePtr = &nodeRef(*c.def, *n);
    } else {
        valuePtr = &productRef(*c.def);
    }
    const json &value = *valuePtr;
    switch (c.op) {
    case Condition::Op::Equals: return value == c.value;
    case Condition::Op::NotEquals: return value != c.value;
    case Condition::Op::In:
        for (const json &v : c.value) {
            if (v == value)
                return true;
        }
        return false;
    case Condition::Op::Contains:
        if (!value.is_array())
            return false;
        for (const json &v : value) {
            if (v == c.value)
                return true;
        }
        return false;
    case Condition::Op::AtLeast:
        return compareVersions(asText(value), asText(c.value)) >= 0;
    case Condition::Op::Below:
        return compareVersions(asText(value), asText(c.value)) < 0;
    }
    return false;
}

bool OptionResolver::serviceActive(const Service &s, const Node &listener) const
{
    return !s.when || evaluate(*s.when, &listener, nullptr, nullptr);
}

void OptionResolver::addTerms(const PortExpr &e, const Node &listener, PortSet *out,
                              bool *outOfRange) const
{
    for (const PortTerm &t : e.terms) {
        if (t.param.isEmpty()) {
            out->add(t.first, t.last);
            continue;
        }
        const OptionDef *def = m_catalogs.option(t.param);
        if (!def)
            continue;
        const json &v = nodeRef(*def, listener);
        if (!v.is_number_integer())
            continue;
        const long long port = v.get<long long>() + t.offset;
        if (port < 1 || port > 65535) {
            if (outOfRange)
                *outOfRange = true;
            continue;
        }
        out->add(int(port));
    }
}

PortSet OptionResolver::servicePorts(const Service &s, const Node &listener, bool withDynamic,
                                     bool *outOfRange) const
{
    PortSet out;
    auto it = listener.ports.find(s.id);
    if (it != listener.ports.end()) {
        QString err;
        PortSet::parse(it->second, &out, &err);
    } else {
        addTerms(s.ports, listener, &out, outOfRange);
    }
    if (withDynamic)
        addTerms(s.dynamicPorts, listener, &out, outOfRange);
    return out;
}

bool OptionResolver::dependsOnNodes(const Condition &c)
{
    if (c.kind == Condition::Kind::Option)
        return c.def && c.def->scope == OptionDef::Scope::Node;
    for (const Condition &child : c.children) {
        if (dependsOnNodes(child))
            return true;
    }
    return false;
}

} // namespace portolan::core
