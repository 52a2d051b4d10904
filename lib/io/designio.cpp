#include "designio.h"

#include "catalog/catalogset.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <string_view>

namespace portolan::core {

namespace {

using json = nlohmann::json;
using ojson = nlohmann::ordered_json;

// The readers and validate() name every element and field they look at, and need the text
// only for the few that have a problem (JsonPath).
JsonPath at(const JsonPath &path, const char *key)
{
    return JsonPath(path, key);
}

JsonPath at(const JsonPath &path, size_t i)
{
    return JsonPath(path, i);
}

// Copies the keys of `obj` not in `known` into `extra`. The keys are string views: comparing
// them with a length check first (not strlen and compare per pair) matters at 10,000 nodes.
json extras(const json &obj, std::initializer_list<std::string_view> known)
{
    json out = json::object();
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        const std::string_view key = it.key();
        if (std::find(known.begin(), known.end(), key) == known.end())
            out[it.key()] = it.value();
    }
    return out;
}

bool readNumbers(const json &obj, const char *key, const JsonPath &path, size_t count,
                 double *out, bool *present, ProblemList &problems)
{
    *present = false;
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null())
        return true;
    const JsonPath p = at(path, key);
    if (!it->is_array() || it->size() != count) {
        problems.add(p, LoadError::tr("expected an array of %1 numbers").arg(count));
        return false;
    }
    for (size_t i = 0; i < count; ++i) {
        const json &v = (*it)[i];
        if (!v.is_number() || !std::isfinite(v.get<double>()) || std::fabs(v.get<double>()) > 1e7) {
            problems.add(at(p, i), LoadError::tr("expected a number between -10000000 and 10000000, found %1").arg(jsonTypeName(v)));
            return false;
        }
        out[i] = v.get<double>();
    }
    *present = true;
    return true;
}

constexpr int kDesignVersion = Design::kFormatVersion;

// A design of a few thousand nodes is well under 2 MB; 16 MB leaves room and keeps the
// memory of one parse (several times the file) bounded. Strings, arrays and nesting as in
// JsonLimits (4 KB, 100,000 elements, 64 levels).
JsonLimits designLimits()
{
    JsonLimits l;
    l.maxBytes = 16 * 1024 * 1024;
    return l;
}

// Step-by-step migrations: migrations[v] turns a version-v document into version v+1.
// Version 1 is the first released format; older drafts never left the lab.
bool migrate(json &doc, long long version, ProblemList &problems)
{
    if (version < 1) {
        problems.add(QStringLiteral("/version"),
                     LoadError::tr("design format version %1 is not a known Portolan version").arg(version));
        return false;
    }
    doc["version"] = kDesignVersion;
    return true;
}

void readZones(const json &doc, Design *d, ProblemList &problems)
{
    auto it = doc.find("zones");
    if (it == doc.end() || it->is_null())
        return;
    if (!problems.requireArray(*it, QStringLiteral("/zones")))
        return;
    for (size_t i = 0; i < it->size(); ++i) {
        const JsonPath p = at(QStringLiteral("/zones"), i);
        const json &z = (*it)[i];
        if (!problems.requireObject(z, p))
            continue;
        Zone zone;
        problems.string(z, "id", p, &zone.id, true);
        problems.string(z, "name", p, &zone.name, false);
        problems.string(z, "parent", p, &zone.parent, false);
        problems.boolean(z, "firewalled", p, &zone.firewalled, false);
        problems.string(z, "firewall", p, &zone.firewall, false);
        problems.string(z, "color", p, &zone.color, false);
        double r[4];
        if (readNumbers(z, "rect", p, 4, r, &zone.hasRect, problems) && zone.hasRect) {
            if (r[2] < 0 || r[3] < 0) {
                problems.add(at(p, "rect"), LoadError::tr("width and height must not be negative"));
                zone.hasRect = false;
            } else {
                zone.rect = QRectF(r[0], r[1], r[2], r[3]);
            }
        }
        zone.extra = extras(z, {"id", "name", "parent", "firewalled", "firewall", "color", "rect"});
        d->zones.push_back(std::move(zone));
    }
}

void readNodes(const json &doc, Design *d, ProblemList &problems)
{
    auto it = doc.find("nodes");
    if (it == doc.end() || it->is_null())
        return;
    if (!problems.requireArray(*it, QStringLiteral("/nodes")))
        return;
    for (size_t i = 0; i < it->size(); ++i) {
        const JsonPath p = at(QStringLiteral("/nodes"), i);
        const json &n = (*it)[i];
        if (!problems.requireObject(n, p))
            continue;
        Node node;
        problems.string(n, "id", p, &node.id, true);
        problems.string(n, "type", p, &node.type, true);
        problems.string(n, "name", p, &node.name, false);
        problems.string(n, "zone", p, &node.zone, false);
        problems.string(n, "host", p, &node.host, false);
        problems.string(n, "address", p, &node.address, false);
        double xy[2];
        if (readNumbers(n, "pos", p, 2, xy, &node.hasPos, problems) && node.hasPos)
            node.pos = QPointF(xy[0], xy[1]);
        if (n.contains("options") && !n.at("options").is_null()) {
            if (problems.requireObject(n.at("options"), at(p, "options")))
                node.options = n.at("options");
        }
        if (n.contains("ports") && !n.at("ports").is_null()) {
            const json &ports = n.at("ports");
            if (problems.requireObject(ports, at(p, "ports"))) {
                for (auto pit = ports.begin(); pit != ports.end(); ++pit) {
                    const QString key = QString::fromStdString(pit.key());
                    const QString pp = at(p, "ports").toString() + QLatin1Char('/') + pointerKey(key);
                    QString value;
                    if (pit->is_string()) {
                        value = QString::fromStdString(pit->get<std::string>());
                    } else if (pit->is_number_integer()) {
                        value = QString::number(pit->get<long long>());
                    } else {
                        problems.add(pp, LoadError::tr("expected a port list such as \"8080\" or \"9000-9010\", found %1").arg(jsonTypeName(*pit)));
                        continue;
                    }
                    PortSet ps;
                    QString err;
                    if (!PortSet::parse(value, &ps, &err) || ps.isEmpty()) {
                        problems.add(pp, err.isEmpty() ? LoadError::tr("empty port list") : err);
                        continue;
                    }
                    node.ports[key] = value;
                }
            }
        }
        node.extra = extras(n, {"id", "type", "name", "zone", "host", "address", "pos", "options", "ports"});
        d->nodes.push_back(std::move(node));
    }
}

void readLinksAndFlows(const json &doc, Design *d, ProblemList &problems)
{
    if (auto it = doc.find("links"); it != doc.end() && !it->is_null()) {
        if (problems.requireArray(*it, QStringLiteral("/links"))) {
            for (size_t i = 0; i < it->size(); ++i) {
                const JsonPath p = at(QStringLiteral("/links"), i);
                const json &l = (*it)[i];
                if (!problems.requireObject(l, p))
                    continue;
                Link link;
                problems.string(l, "from", p, &link.from, true);
                problems.string(l, "to", p, &link.to, true);
                link.extra = extras(l, {"from", "to"});
                d->links.push_back(std::move(link));
            }
        }
    }
    if (auto it = doc.find("flows"); it != doc.end() && !it->is_null()) {
        if (problems.requireArray(*it, QStringLiteral("/flows"))) {
            for (size_t i = 0; i < it->size(); ++i) {
                const JsonPath p = at(QStringLiteral("/flows"), i);
                const json &f = (*it)[i];
                if (!problems.requireObject(f, p))
                    continue;
                ManualFlow flow;
                problems.string(f, "from", p, &flow.from, true);
                problems.string(f, "to", p, &flow.to, true);
                problems.string(f, "protocol", p, &flow.protocol, true);
                if (f.contains("ports") && f.at("ports").is_number_integer())
                    flow.ports = QString::number(f.at("ports").get<long long>());
                else
                    problems.string(f, "ports", p, &flow.ports, false);
                problems.string(f, "purpose", p, &flow.purpose, false);
                flow.extra = extras(f, {"from", "to", "protocol", "ports", "purpose"});
                d->flows.push_back(std::move(flow));
            }
        }
    }
}

void checkOptionValue(const OptionDef *def, const json &value, const JsonPath &path,
                      ProblemList &problems)
{
    QString why;
    if (!def->allows(value, &why))
        problems.add(path, why);
}

} // namespace

bool DesignIO::read(const QByteArray &data, const QString &fileName, const CatalogSet *catalogs,
                    Design *out, std::vector<LoadError> *errors)
{
    json doc;
    LoadError err;
    if (!parseJson(data, fileName, designLimits(), &doc, &err)) {
        errors->push_back(err);
        return false;
    }
    ProblemList problems(fileName);
    Design d;
    if (!problems.requireObject(doc, QString())) {
        errors->insert(errors->end(), problems.errors().begin(), problems.errors().end());
        return false;
    }
    QString format;
    if (problems.string(doc, "format", QString(), &format, true) && format != QLatin1String("portolan-design"))
        problems.add(QStringLiteral("/format"), LoadError::tr("expected \"portolan-design\", found \"%1\"").arg(format));
    long long version = 0;
    if (problems.integer(doc, "version", QString(), &version, true)) {
        if (version > kDesignVersion) {
            problems.add(QStringLiteral("/version"),
                         LoadError::tr("design format version %1 is newer than this Portolan "
                                        "supports (version %2); open it with a newer Portolan")
                             .arg(version)
                             .arg(kDesignVersion));
        } else if (version < kDesignVersion) {
            migrate(doc, version, problems);
        }
    }
    if (!problems.isEmpty()) {
        errors->insert(errors->end(), problems.errors().begin(), problems.errors().end());
        return false;
    }
    problems.string(doc, "title", QString(), &d.title, false);
    if (auto it = doc.find("meta"); it != doc.end() && !it->is_null()) {
        if (problems.requireObject(*it, QStringLiteral("/meta"))) {
            const QString p = QStringLiteral("/meta");
            problems.string(*it, "customer", p, &d.meta.customer, false);
            problems.string(*it, "author", p, &d.meta.author, false);
            problems.string(*it, "revision", p, &d.meta.revision, false);
            problems.string(*it, "date", p, &d.meta.date, false);
            d.meta.extra = extras(*it, {"customer", "author", "revision", "date"});
        }
    }
    if (auto it = doc.find("products"); it != doc.end() && !it->is_null()) {
        if (problems.requireObject(*it, QStringLiteral("/products"))) {
            for (auto pit = it->begin(); pit != it->end(); ++pit) {
                const QString p = QStringLiteral("/products/") + pointerKey(QString::fromStdString(pit.key()));
                if (problems.requireObject(pit.value(), p))
                    d.products[pit.key()] = pit.value();
            }
        }
    }
    readZones(doc, &d, problems);
    readNodes(doc, &d, problems);
    readLinksAndFlows(doc, &d, problems);
    d.extra = extras(doc, {"format", "version", "title", "meta", "products", "zones", "nodes", "links", "flows"});

    if (problems.isEmpty()) {
        std::vector<LoadError> semantic;
        validate(d, fileName, catalogs, &semantic);
        for (const LoadError &e : semantic)
            problems.add(e.path, e.message);
    }
    if (!problems.isEmpty()) {
        errors->insert(errors->end(), problems.errors().begin(), problems.errors().end());
        return false;
    }
    *out = std::move(d);
    return true;
}

bool DesignIO::readFile(const QString &fileName, const CatalogSet *catalogs, Design *out,
                        std::vector<LoadError> *errors)
{
    QByteArray data;
    LoadError err;
    if (!readFileBytes(fileName, designLimits().maxBytes, &data, &err)) {
        errors->push_back(err);
        return false;
    }
    return read(data, fileName, catalogs, out, errors);
}

bool DesignIO::validate(const Design &d, const QString &fileName, const CatalogSet *catalogs,
                        std::vector<LoadError> *errors)
{
    ProblemList problems(fileName);
    QHash<QString, int> zoneIds;
    zoneIds.reserve(qsizetype(d.zones.size()));
    for (size_t i = 0; i < d.zones.size(); ++i) {
        const JsonPath p = at(QStringLiteral("/zones"), i);
        const Zone &z = d.zones[i];
        if (z.id.isEmpty())
            problems.add(at(p, "id"), LoadError::tr("zone id is empty"));
        else if (zoneIds.contains(z.id))
            problems.add(at(p, "id"), LoadError::tr("duplicate zone id \"%1\"").arg(z.id));
        else
            zoneIds.insert(z.id, int(i));
    }
    for (size_t i = 0; i < d.zones.size(); ++i) {
        const Zone &z = d.zones[i];
        if (!z.parent.isEmpty() && !zoneIds.contains(z.parent))
            problems.add(at(at(QStringLiteral("/zones"), i), "parent"),
                         LoadError::tr("unknown parent zone \"%1\"").arg(z.parent));
    }
    // Parent cycles: walk up from every zone, at most zone-count steps.
    for (size_t i = 0; i < d.zones.size(); ++i) {
        QString cur = d.zones[i].parent;
        size_t steps = 0;
        while (!cur.isEmpty() && zoneIds.contains(cur) && steps <= d.zones.size()) {
            if (cur == d.zones[i].id) {
                problems.add(at(at(QStringLiteral("/zones"), i), "parent"),
                             LoadError::tr("zone \"%1\" is its own ancestor (parent cycle)").arg(d.zones[i].id));
                break;
            }
            cur = d.zones[size_t(zoneIds.value(cur))].parent;
            ++steps;
        }
    }
    QSet<QString> nodeIds;
    nodeIds.reserve(qsizetype(d.nodes.size())); // growing it hashed every id again
    for (size_t i = 0; i < d.nodes.size(); ++i) {
        const JsonPath p = at(QStringLiteral("/nodes"), i);
        const Node &n = d.nodes[i];
        const qsizetype known = nodeIds.size();
        nodeIds.insert(n.id); // one look-up: a duplicate leaves the size as it was
        if (n.id.isEmpty())
            problems.add(at(p, "id"), LoadError::tr("node id is empty"));
        else if (nodeIds.size() == known)
            problems.add(at(p, "id"), LoadError::tr("duplicate node id \"%1\"").arg(n.id));
        if (!n.zone.isEmpty() && !zoneIds.contains(n.zone))
            problems.add(at(p, "zone"), LoadError::tr("unknown zone \"%1\"").arg(n.zone));
        if (!catalogs)
            continue;
        if (!catalogs->component(n.type)) {
            problems.add(at(p, "type"), LoadError::tr("unknown component type \"%1\"").arg(n.type));
            continue;
        }
        for (auto it = n.options.begin(); it != n.options.end(); ++it) {
            const QString key = QString::fromStdString(it.key());
            const QString op = at(p, "options").toString() + QLatin1Char('/') + pointerKey(key);
            if (const OptionDef *def = catalogs->nodeOption(n.type, key)) {
                checkOptionValue(def, it.value(), op, problems);
                continue;
            }
            // A product port parameter may be overridden on a node ("basePort").
            bool found = false;
            for (const Service *s : catalogs->servicesOn(n.type)) {
                for (const PortTerm &t : s->ports.terms) {
                    const OptionDef *def = t.param.isEmpty() ? nullptr : catalogs->option(t.param);
                    if (!found && def && def->key == key) {
                        checkOptionValue(def, it.value(), op, problems);
                        found = true;
                    }
                }
            }
            if (!found)
                problems.add(op, LoadError::tr("component type %1 has no option \"%2\"").arg(n.type, key));
        }
        for (const auto &[sid, value] : n.ports) {
            const Service *s = catalogs->service(sid);
            if (!s || !s->on.contains(n.type))
                problems.add(at(p, "ports").toString() + QLatin1Char('/') + pointerKey(sid),
                             LoadError::tr("component type %1 does not listen on service \"%2\"").arg(n.type, sid));
        }
    }
    for (size_t i = 0; i < d.links.size(); ++i) {
        const JsonPath p = at(QStringLiteral("/links"), i);
        const Link &l = d.links[i];
        if (!nodeIds.contains(l.from))
            problems.add(at(p, "from"), LoadError::tr("unknown node \"%1\"").arg(l.from));
        if (!nodeIds.contains(l.to))
            problems.add(at(p, "to"), LoadError::tr("unknown node \"%1\"").arg(l.to));
        if (l.from == l.to)
            problems.add(p, LoadError::tr("a link joins two different nodes"));
    }
    for (size_t i = 0; i < d.flows.size(); ++i) {
        const JsonPath p = at(QStringLiteral("/flows"), i);
        const ManualFlow &f = d.flows[i];
        if (!nodeIds.contains(f.from))
            problems.add(at(p, "from"), LoadError::tr("unknown node \"%1\"").arg(f.from));
        if (!nodeIds.contains(f.to))
            problems.add(at(p, "to"), LoadError::tr("unknown node \"%1\"").arg(f.to));
        Protocol proto;
        if (!parseProtocol(f.protocol, &proto)) {
            problems.add(at(p, "protocol"), LoadError::tr("expected tcp, udp or icmp, found \"%1\"").arg(f.protocol));
            continue;
        }
        PortSet ps;
        QString err;
        if (!PortSet::parse(f.ports, &ps, &err))
            problems.add(at(p, "ports"), err);
        else if (proto != Protocol::Icmp && ps.isEmpty())
            problems.add(at(p, "ports"), LoadError::tr("tcp and udp flows need ports"));
    }
    if (catalogs) {
        for (auto it = d.products.begin(); it != d.products.end(); ++it) {
            const QString product = QString::fromStdString(it.key());
            const QString p = QStringLiteral("/products/") + pointerKey(product);
            if (!catalogs->catalog(product)) {
                problems.add(p, LoadError::tr("unknown product \"%1\"").arg(product));
                continue;
            }
            for (auto oit = it->begin(); oit != it->end(); ++oit) {
                const QString key = QString::fromStdString(oit.key());
                const OptionDef *def = catalogs->option(product + QLatin1Char('.') + key);
                const QString op = p + QLatin1Char('/') + pointerKey(key);
                if (!def || def->scope != OptionDef::Scope::Product)
                    problems.add(op, LoadError::tr("product %1 has no option \"%2\"").arg(product, key));
                else
                    checkOptionValue(def, oit.value(), op, problems);
            }
        }
    }
    errors->insert(errors->end(), problems.errors().begin(), problems.errors().end());
    return problems.isEmpty();
}

} // namespace portolan::core
