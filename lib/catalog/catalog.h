#pragma once

#include "model/portset.h"
#include "model/text.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <memory>
#include <optional>
#include <vector>

namespace portolan::core {

enum class Protocol { Tcp, Udp, Icmp };
QString protocolName(Protocol p);
bool parseProtocol(const QString &s, Protocol *out);

enum class Severity { Error, Warning, Note };
QString severityName(Severity s);

struct OptionValue
{
    QString value;
    Text label;
};

/// A user-adjustable fact of a deployment (product-wide or per node).
struct OptionDef
{
    enum class Scope { Product, Node };
    enum class Type { Bool, Enum, Set, Port, Int };

    QString id;      ///< "prognosis.basePort"
    QString product; ///< "prognosis"
    QString key;     ///< design key: "basePort"
    std::string productKey; ///< `product` as UTF-8, for JSON look-ups without conversions
    std::string designKey;  ///< `key` as UTF-8
    Scope scope = Scope::Product;
    Type type = Type::Bool;
    Text label;
    Text description;
    std::vector<OptionValue> values; ///< enum / set
    std::vector<int> choices;        ///< port: allowed alternatives ("443 or 8443")
    std::optional<long long> min, max;
    nlohmann::json defaultValue;
    QStringList components; ///< node scope: the types that carry it

    bool allows(const nlohmann::json &value, QString *why) const;
};

/// A boolean expression over option values.
struct Condition
{
    enum class Kind { Option, All, Any, Not };
    enum class Op { Equals, NotEquals, In, Contains, AtLeast, Below };
    enum class Subject { Self, Source, Target };

    Kind kind = Kind::Option;
    QString option;
    const OptionDef *def = nullptr;
    Subject subject = Subject::Self;
    Op op = Op::Equals;
    nlohmann::json value;
    std::vector<Condition> children;
    QString path; ///< JSON path in the catalog, for messages
};

/// One item of a port expression: a literal range or a parameter plus offset.
struct PortTerm
{
    int first = 0;
    int last = 0;
    QString param;   ///< qualified option id; empty for literals
    int offset = 0;
};

struct PortExpr
{
    QString text;
    QString path; ///< JSON path in the catalog, for messages
    std::vector<PortTerm> terms;
    bool isEmpty() const { return terms.empty(); }
};

struct ComponentType
{
    QString id;
    QString product;
    Text name;
    Text description;
    QString category;
    QString icon;
    QStringList tags;
    Reference reference;
};

/// Something that listens: protocol(s) and ports on one or more component types.
struct Service
{
    enum class Scope { Network, Host };

    QString id;
    QString product;
    QStringList on; ///< resolved listener component ids
    std::vector<Protocol> protocols;
    PortExpr ports;
    PortExpr dynamicPorts;
    Scope scope = Scope::Network;
    std::optional<Condition> when;
    Text name;
    Reference reference;
    std::optional<Text> erratum;
    QStringList onSpec; ///< as written (ids and tag:...)
    QString path;
};

/// Nodes of types `from` initiate connections to nodes of types `to` on `services`.
struct Rule
{
    QString id;
    QString product;
    QStringList from; ///< resolved component ids
    QStringList to;   ///< resolved component ids
    QStringList services;
    Text purpose;
    std::optional<Condition> when;
    bool required = false;
    bool bidirectional = false;
    QStringList advisories;
    Reference reference;
    std::optional<Text> erratum;
    QStringList fromSpec, toSpec; ///< as written (ids and tag:...)
    QString path;
};

struct Advisory
{
    enum class Trigger { Crossing, Always };

    QString id;
    QString product;
    Severity severity = Severity::Warning;
    Trigger trigger = Trigger::Crossing;
    Text text;
    Reference reference;
};

/// One product's catalog as loaded from its JSON file.
struct Catalog
{
    QString fileName;
    QString product;
    Text name;
    QString vendor;
    QString source;
    std::vector<OptionDef> options;
    std::vector<ComponentType> components;
    std::vector<Service> services;
    std::vector<Rule> rules;
    std::vector<Advisory> advisories;
};

} // namespace portolan::core
