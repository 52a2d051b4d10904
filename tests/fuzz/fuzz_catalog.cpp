// libFuzzer target: bytes as one user catalog, added after the built-in catalogs as
// `--catalog-dir` or PORTOLAN_CATALOG_PATH would add it (a user catalog of a built-in
// product replaces it). Only the built-ins the document names are read (see
// referencedProducts()). When the set finalizes, a small design made of the new catalog's
// component types is derived and exported, once at the option defaults and once with other
// option values, so conditions, port parameters and overrides run on the fuzzed catalog.
//
// Findings besides crashes and sanitizer reports (each aborts): a refusal without an error,
// success with errors, and a generated design that validates but does not read back after
// it is written.
#include "fuzzutil.h"

#include "io/designio.h"
#include "io/jsonutil.h"

#include <QDir>
#include <QSet>

using namespace portolan::core;
using namespace portolan::fuzz;
using json = nlohmann::json;

namespace {

const QString kFuzzFile = QStringLiteral("user/fuzz.json");

struct BuiltIn
{
    QString product;
    QString fileName;
    json doc;
};

// The built-in catalog documents, parsed once; each run reads the ones it needs into a fresh
// set, in file-name order as CatalogSet::addBuiltIn() does.
const std::vector<BuiltIn> &builtInDocuments()
{
    static const std::vector<BuiltIn> docs = [] {
        std::vector<BuiltIn> out;
        const QDir dir(QStringLiteral(":/catalogs"));
        const QStringList files =
            dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        for (const QString &f : files) {
            json doc;
            LoadError err;
            if (!readJsonFile(dir.filePath(f), JsonLimits(), &doc, &err))
                fail("a built-in catalog does not parse", err.toString());
            const std::string product = doc.at("product").at("id").get<std::string>();
            out.push_back({QString::fromStdString(product), dir.filePath(f), std::move(doc)});
        }
        if (out.empty())
            fail("no built-in catalogs in :/catalogs");
        return out;
    }();
    return docs;
}

// Every product a document can refer to: the part before the first dot of each string and
// key ("common.ldap", "tag:prognosis.core"). A catalog reaches other catalogs only through
// such qualified ids, so the built-ins it does not name cannot change the outcome; leaving
// them out keeps a run fast (reading all of them costs more than the rest of the run).
void referencedProducts(const json &v, QSet<QString> *out)
{
    auto add = [out](std::string s) {
        if (s.rfind("tag:", 0) == 0)
            s.erase(0, 4);
        const size_t dot = s.find('.');
        if (dot != std::string::npos && dot > 0)
            out->insert(QString::fromStdString(s.substr(0, dot)));
    };
    if (v.is_string()) {
        add(v.get<std::string>());
    } else if (v.is_object()) {
        for (auto it = v.begin(); it != v.end(); ++it) {
            add(it.key());
            referencedProducts(it.value(), out);
        }
    } else if (v.is_array()) {
        for (const json &e : v)
            referencedProducts(e, out);
    }
}

// A value other than the default, still of the option's type, so that conditions on it and
// port parameters take their other branch.
json otherValue(const OptionDef &o)
{
    switch (o.type) {
    case OptionDef::Type::Bool:
        return !(o.defaultValue.is_boolean() && o.defaultValue.get<bool>());
    case OptionDef::Type::Enum:
        return o.values.empty() ? o.defaultValue : json(o.values.back().value.toStdString());
    case OptionDef::Type::Set: {
        json all = json::array();
        for (const OptionValue &v : o.values)
            all.push_back(v.value.toStdString());
        return all;
    }
    case OptionDef::Type::Port:
        if (!o.choices.empty())
            return o.choices.back();
        return 65535;
    case OptionDef::Type::Int:
        if (o.max)
            return *o.max;
        if (o.min)
            return *o.min;
        return 1;
    }
    return o.defaultValue;
}

Design designFor(const Catalog &fuzzed, const CatalogSet &set)
{
    // The catalog's own component types and the types its rules connect them with.
    QStringList types;
    auto addType = [&](const QString &t) {
        if (types.size() < 8 && !types.contains(t) && set.component(t))
            types << t;
    };
    for (const ComponentType &c : fuzzed.components)
        addType(c.id);
    for (const Rule &r : fuzzed.rules) {
        for (const QString &t : r.from + r.to)
            addType(t);
    }

    Design d;
    d.title = QStringLiteral("fuzz");
    auto zone = [&](const char *id, const char *parent, bool firewalled, const char *firewall) {
        Zone z;
        z.id = QLatin1String(id);
        z.parent = QLatin1String(parent);
        z.firewalled = firewalled;
        z.firewall = QLatin1String(firewall);
        d.zones.push_back(z);
    };
    zone("dmz", "", true, "FW-EDGE");
    zone("core", "", true, "FW-CORE");
    zone("inner", "core", true, "");
    zone("lan", "", false, "");

    // Per type: one node alone in the DMZ at the defaults, one with other option values and
    // a port override on a host all those share (port conflicts, host-scoped services).
    for (int i = 0; i < types.size(); ++i) {
        const QString &type = types[i];
        const QString n = QString::number(i);
        Node a;
        a.id = QStringLiteral("a") + n;
        a.type = type;
        a.zone = QStringLiteral("dmz");
        a.host = QStringLiteral("h") + n;
        Node b = a;
        b.id = QStringLiteral("b") + n;
        b.zone = i % 2 ? QStringLiteral("inner") : QStringLiteral("lan");
        b.host = QStringLiteral("shared");
        for (const OptionDef *o : set.nodeOptions(type))
            b.options[o->key.toStdString()] = otherValue(*o);
        const auto &services = set.servicesOn(type);
        if (!services.empty())
            b.ports[services.front()->id] = QStringLiteral("7,1000-2000");
        d.nodes.push_back(a);
        d.nodes.push_back(b);
    }
    if (d.nodes.size() >= 4) {
        Link l;
        l.from = QStringLiteral("a0");
        l.to = QStringLiteral("b1");
        d.links.push_back(l);
    }
    if (!d.nodes.empty()) {
        ManualFlow f;
        f.from = QStringLiteral("a0");
        f.to = QStringLiteral("b0");
        f.protocol = QStringLiteral("tcp");
        f.ports = QStringLiteral("443,8000-8010");
        f.purpose = QStringLiteral("manual");
        d.flows.push_back(f);
    }
    return d;
}

void deriveAndCheck(const Design &design, const CatalogSet &set, bool exportToo)
{
    const FlowSet flows = Engine::derive(design, set);
    if (exportToo)
        exportAll(design, flows, set);

    std::vector<LoadError> errors;
    if (!DesignIO::validate(design, QStringLiteral("generated.portolan"), &set, &errors))
        return; // other values may break a min/max or a choice; the engine ran anyway
    const QByteArray written = DesignIO::write(design);
    Design back;
    if (!DesignIO::read(written, QStringLiteral("generated.portolan"), &set, &back, &errors))
        fail("a design that validates does not read back after it is written",
             errorText(errors) + QStringLiteral("\n--- written:\n") + QString::fromUtf8(written));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    builtInDocuments();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    JsonLimits limits;
    limits.maxBytes = 8 * 1024 * 1024; // as CatalogSet::addFile
    json doc;
    LoadError err;
    if (!parseJson(bytes, kFuzzFile, limits, &doc, &err)) {
        if (err.message.isEmpty())
            fail("parseJson refused the input without a message");
        err.toString();
        return 0;
    }

    CatalogSet set;
    std::vector<LoadError> errors;
    // The user catalog replaces a built-in of its product: that built-in is read only for
    // `common`, which always is, so that the replacement itself is exercised.
    QSet<QString> products{QStringLiteral("common")};
    referencedProducts(doc, &products);
    QString product;
    if (doc.is_object() && doc.contains("product") && doc["product"].is_object()
        && doc["product"].contains("id") && doc["product"]["id"].is_string())
        product = QString::fromStdString(doc["product"]["id"].get<std::string>());
    for (const BuiltIn &b : builtInDocuments()) {
        const bool replaced = b.product == product && product != QLatin1String("common");
        if (!products.contains(b.product) || replaced)
            continue;
        if (!set.addDocument(b.doc, b.fileName, &errors))
            fail("a built-in catalog does not load", errorText(errors));
    }
    const bool added = set.addDocument(doc, kFuzzFile, &errors);
    if (added && !errors.empty())
        fail("addDocument accepted the catalog but reported errors", errorText(errors));
    if (!added) {
        if (errors.empty())
            fail("addDocument refused the catalog without an error");
        errorText(errors);
        return 0;
    }
    if (!set.finalize(&errors)) {
        if (errors.empty())
            fail("finalize failed without an error");
        errorText(errors);
        return 0;
    }
    if (!errors.empty())
        fail("finalize succeeded but reported errors", errorText(errors));

    const Catalog *fuzzed = nullptr;
    for (const auto &c : set.catalogs()) {
        if (c->fileName == kFuzzFile)
            fuzzed = c.get();
    }
    if (!fuzzed)
        fail("the added catalog is not in the set");

    Design design = designFor(*fuzzed, set);
    deriveAndCheck(design, set, true);
    for (const OptionDef &o : fuzzed->options) {
        if (o.scope == OptionDef::Scope::Product)
            design.products[fuzzed->product.toStdString()][o.key.toStdString()] = otherValue(o);
    }
    if (!fuzzed->options.empty())
        deriveAndCheck(design, set, false);
    return 0;
}
