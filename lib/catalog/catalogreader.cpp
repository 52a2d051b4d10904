#include "catalogreader.h"

#include <QRegularExpression>
#include <QSet>

namespace portolan::core {

namespace {

constexpr int kCatalogFormatVersion = 1;

QString sub(const QString &path, const char *key)
{
    return path + QLatin1Char('/') + QLatin1String(key);
}

QString sub(const QString &path, size_t index)
{
    return path + QLatin1Char('/') + QString::number(index);
}

// Rejects keys a catalog author probably misspelled. "comment" is allowed everywhere.
void checkKeys(const nlohmann::json &obj, const QString &path,
               std::initializer_list<const char *> allowed, ProblemList &problems)
{
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        bool known = it.key() == "comment";
        for (const char *a : allowed)
            known = known || it.key() == a;
        if (!known)
            problems.add(path + QLatin1Char('/') + pointerKey(QString::fromStdString(it.key())),
                         LoadError::tr("unknown key"));
    }
}

bool readText(const nlohmann::json &obj, const char *key, const QString &path, Text *out,
              bool required, ProblemList &problems)
{
    const QString at = sub(path, key);
    auto it = obj.find(key);
    if (it == obj.end()) {
        if (required)
            problems.add(at, LoadError::tr("missing (expected {\"en\": ..., \"zh_CN\": ...})"));
        return !required;
    }
    if (!problems.requireObject(*it, at))
        return false;
    checkKeys(*it, at, {"en", "zh_CN"}, problems);
    bool ok = problems.string(*it, "en", at, &out->en, true);
    ok = problems.string(*it, "zh_CN", at, &out->zh, true) && ok;
    if (ok && out->en.trimmed().isEmpty()) {
        problems.add(sub(at, "en"), LoadError::tr("English text is empty"));
        ok = false;
    }
    if (ok && out->zh.trimmed().isEmpty()) {
        problems.add(sub(at, "zh_CN"), LoadError::tr("Chinese text is empty"));
        ok = false;
    }
    return ok;
}

bool readReference(const nlohmann::json &obj, const QString &path, Reference *out, bool required,
                   ProblemList &problems)
{
    const QString at = sub(path, "reference");
    auto it = obj.find("reference");
    if (it == obj.end()) {
        if (required)
            problems.add(at, LoadError::tr("missing (every entry cites its vendor document)"));
        return !required;
    }
    if (!problems.requireObject(*it, at))
        return false;
    checkKeys(*it, at, {"file", "section"}, problems);
    bool ok = problems.string(*it, "file", at, &out->file, true);
    ok = problems.string(*it, "section", at, &out->section, false) && ok;
    if (ok && out->file.trimmed().isEmpty()) {
        problems.add(sub(at, "file"), LoadError::tr("the cited file name is empty"));
        ok = false;
    }
    return ok;
}

bool readErratum(const nlohmann::json &obj, const QString &path, std::optional<Text> *out,
                 ProblemList &problems)
{
    if (!obj.contains("erratum"))
        return true;
    Text t;
    if (!readText(obj, "erratum", path, &t, true, problems))
        return false;
    *out = t;
    return true;
}

bool checkId(const QString &id, const QString &product, const QString &path,
             QSet<QString> &seen, ProblemList &problems)
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9-]*\\.[A-Za-z0-9][A-Za-z0-9._-]*$"));
    if (!re.match(id).hasMatch()) {
        problems.add(path, LoadError::tr("\"%1\" is not a valid id (expected \"%2.name\")").arg(id, product));
        return false;
    }
    if (!id.startsWith(product + QLatin1Char('.'))) {
        problems.add(path, LoadError::tr("id \"%1\" must start with \"%2.\"").arg(id, product));
        return false;
    }
    if (seen.contains(id)) {
        problems.add(path, LoadError::tr("duplicate id \"%1\"").arg(id));
        return false;
    }
    seen.insert(id);
    return true;
}

bool readCondition(const nlohmann::json &v, const QString &path, Condition *out,
                   ProblemList &problems, int depth = 0)
{
    out->path = path;
    if (depth > 16) {
        problems.add(path, LoadError::tr("condition nested too deeply"));
        return false;
    }
    if (!problems.requireObject(v, path))
        return false;
    auto readList = [&](const char *key, Condition::Kind kind) {
        out->kind = kind;
        const QString at = sub(path, key);
        const auto &arr = v.at(key);
        if (!problems.requireArray(arr, at))
            return false;
        if (arr.empty()) {
            problems.add(at, LoadError::tr("expected at least one condition"));
            return false;
        }
        bool ok = true;
        for (size_t i = 0; i < arr.size(); ++i) {
            Condition c;
            ok = readCondition(arr[i], sub(at, i), &c, problems, depth + 1) && ok;
            out->children.push_back(std::move(c));
        }
        return ok;
    };
    if (v.contains("all")) {
        checkKeys(v, path, {"all"}, problems);
        return readList("all", Condition::Kind::All);
    }
    if (v.contains("any")) {
        checkKeys(v, path, {"any"}, problems);
        return readList("any", Condition::Kind::Any);
    }
    if (v.contains("not")) {
        checkKeys(v, path, {"not"}, problems);
        out->kind = Condition::Kind::Not;
        Condition c;
        const bool ok = readCondition(v.at("not"), sub(path, "not"), &c, problems, depth + 1);
        out->children.push_back(std::move(c));
        return ok;
    }
    checkKeys(v, path, {"option", "node", "equals", "notEquals", "in", "contains", "atLeast", "below"},
              problems);
    out->kind = Condition::Kind::Option;
    if (!problems.string(v, "option", path, &out->option, true))
        return false;
    QString node;
    if (!problems.string(v, "node", path, &node, false))
        return false;
    if (node.isEmpty() || node == QLatin1String("self"))
        out->subject = Condition::Subject::Self;
    else if (node == QLatin1String("source"))
        out->subject = Condition::Subject::Source;
    else if (node == QLatin1String("target"))
        out->subject = Condition::Subject::Target;
    else {
        problems.add(sub(path, "node"), LoadError::tr("expected \"source\" or \"target\", found \"%1\"").arg(node));
        return false;
    }
    static const std::pair<const char *, Condition::Op> ops[] = {
        {"equals", Condition::Op::Equals},   {"notEquals", Condition::Op::NotEquals},
        {"in", Condition::Op::In},           {"contains", Condition::Op::Contains},
        {"atLeast", Condition::Op::AtLeast}, {"below", Condition::Op::Below},
    };
    int found = 0;
    for (const auto &[key, op] : ops) {
        if (v.contains(key)) {
            ++found;
            out->op = op;
            out->value = v.at(key);
        }
    }
    if (found != 1) {
        problems.add(path, LoadError::tr("expected exactly one operator of equals, notEquals, in, "
                                          "contains, atLeast, below"));
        return false;
    }
    if (out->op == Condition::Op::In && !out->value.is_array()) {
        problems.add(sub(path, "in"), LoadError::tr("expected an array of values"));
        return false;
    }
    return true;
}

bool readOption(const nlohmann::json &v, const QString &path, const QString &product,
                OptionDef *o, ProblemList &problems)
{
    checkKeys(v, path, {"id", "scope", "type", "label", "description", "values", "choices", "min",
                        "max", "default", "components"},
              problems);
    bool ok = problems.string(v, "id", path, &o->id, true);
    o->product = product;
    o->key = o->id.mid(product.size() + 1);
    o->productKey = product.toStdString();
    o->designKey = o->key.toStdString();
    QString scope, type;
    ok = problems.string(v, "scope", path, &scope, true) && ok;
    ok = problems.string(v, "type", path, &type, true) && ok;
    ok = readText(v, "label", path, &o->label, true, problems) && ok;
    ok = readText(v, "description", path, &o->description, false, problems) && ok;
    if (scope == QLatin1String("product"))
        o->scope = OptionDef::Scope::Product;
    else if (scope == QLatin1String("node"))
        o->scope = OptionDef::Scope::Node;
    else if (!scope.isEmpty()) {
        problems.add(sub(path, "scope"), LoadError::tr("expected \"product\" or \"node\", found \"%1\"").arg(scope));
        ok = false;
    }
    static const std::pair<const char *, OptionDef::Type> types[] = {
        {"bool", OptionDef::Type::Bool}, {"enum", OptionDef::Type::Enum},
        {"set", OptionDef::Type::Set},   {"port", OptionDef::Type::Port},
        {"int", OptionDef::Type::Int},
    };
    bool typeKnown = false;
    for (const auto &[name, t] : types) {
        if (type == QLatin1String(name)) {
            o->type = t;
            typeKnown = true;
        }
    }
    if (!typeKnown && !type.isEmpty()) {
        problems.add(sub(path, "type"), LoadError::tr("expected one of bool, enum, set, port, int; found \"%1\"").arg(type));
        ok = false;
    }
    if (!typeKnown)
        return false;
    const bool needsValues = o->type == OptionDef::Type::Enum || o->type == OptionDef::Type::Set;
    if (needsValues) {
        const QString at = sub(path, "values");
        if (!v.contains("values")) {
            problems.add(at, LoadError::tr("missing (an enum or set option lists its values)"));
            ok = false;
        } else if (problems.requireArray(v.at("values"), at)) {
            QSet<QString> seen;
            const auto &arr = v.at("values");
            for (size_t i = 0; i < arr.size(); ++i) {
                const QString vp = sub(at, i);
                if (!problems.requireObject(arr[i], vp)) {
                    ok = false;
                    continue;
                }
                checkKeys(arr[i], vp, {"value", "label"}, problems);
                OptionValue ov;
                ok = problems.string(arr[i], "value", vp, &ov.value, true) && ok;
                ok = readText(arr[i], "label", vp, &ov.label, true, problems) && ok;
                if (seen.contains(ov.value)) {
                    problems.add(sub(vp, "value"), LoadError::tr("duplicate value \"%1\"").arg(ov.value));
                    ok = false;
                }
                seen.insert(ov.value);
                o->values.push_back(ov);
            }
        } else {
            ok = false;
        }
    }
    if (v.contains("choices")) {
        const QString at = sub(path, "choices");
        if (o->type != OptionDef::Type::Port) {
            problems.add(at, LoadError::tr("choices are only for port options"));
            ok = false;
        } else if (problems.requireArray(v.at("choices"), at)) {
            const auto &arr = v.at("choices");
            for (size_t i = 0; i < arr.size(); ++i) {
                if (!arr[i].is_number_integer() || arr[i].get<long long>() < 1
                    || arr[i].get<long long>() > 65535) {
                    problems.add(sub(at, i), LoadError::tr("expected a port number 1-65535"));
                    ok = false;
                    continue;
                }
                o->choices.push_back(arr[i].get<int>());
            }
        }
    }
    long long n = 0;
    if (v.contains("min") && problems.integer(v, "min", path, &n, false))
        o->min = n;
    if (v.contains("max") && problems.integer(v, "max", path, &n, false))
        o->max = n;
    if (o->scope == OptionDef::Scope::Node) {
        if (!problems.stringList(v, "components", path, &o->components, true))
            ok = false;
    } else if (v.contains("components")) {
        problems.add(sub(path, "components"), LoadError::tr("only node options name components"));
        ok = false;
    }
    if (!v.contains("default")) {
        problems.add(sub(path, "default"), LoadError::tr("missing (every option has a default)"));
        return false;
    }
    o->defaultValue = v.at("default");
    QString why;
    if (ok && !o->allows(o->defaultValue, &why)) {
        problems.add(sub(path, "default"), why);
        ok = false;
    }
    return ok;
}

} // namespace

bool parsePortExpr(const QString &text, const QString &product, PortExpr *out, QString *error)
{
    static const QRegularExpression paramRe(
        QStringLiteral("^\\{\\s*([A-Za-z][A-Za-z0-9._-]*)\\s*(?:\\+\\s*(\\d+))?\\s*\\}$"));
    out->text = text;
    out->terms.clear();
    const QStringList items = text.split(QLatin1Char(','));
    for (QString item : items) {
        item = item.trimmed();
        if (item.isEmpty()) {
            if (items.size() > 1) {
                *error = LoadError::tr("empty item in port list \"%1\"").arg(text);
                return false;
            }
            continue;
        }
        PortTerm term;
        const auto m = paramRe.match(item);
        if (m.hasMatch()) {
            term.param = m.captured(1);
            if (!term.param.contains(QLatin1Char('.')))
                term.param = product + QLatin1Char('.') + term.param;
            bool offsetOk = true;
            term.offset = m.captured(2).isEmpty() ? 0 : m.captured(2).toInt(&offsetOk);
            if (!offsetOk || term.offset > 65534) {
                *error = LoadError::tr("offset %1 is too large").arg(m.captured(2));
                return false;
            }
            out->terms.push_back(term);
            continue;
        }
        if (!PortSet::parseRange(item, &term.first, &term.last, error))
            return false;
        out->terms.push_back(term);
    }
    return true;
}

bool readCatalog(const nlohmann::json &doc, Catalog *cat, ProblemList &problems)
{
    const size_t before = problems.errors().size();
    if (!problems.requireObject(doc, QString()))
        return false;
    checkKeys(doc, QString(), {"$schema", "format", "version", "product", "options", "components",
                               "services", "rules", "advisories"},
              problems);
    QString format;
    problems.string(doc, "format", QString(), &format, true);
    if (!format.isEmpty() && format != QLatin1String("portolan-catalog"))
        problems.add(QStringLiteral("/format"), LoadError::tr("expected \"portolan-catalog\", found \"%1\"").arg(format));
    long long version = 0;
    if (problems.integer(doc, "version", QString(), &version, true)) {
        if (version > kCatalogFormatVersion) {
            problems.add(QStringLiteral("/version"),
                         LoadError::tr("catalog format version %1 is newer than this Portolan "
                                        "understands (%2); update Portolan")
                             .arg(version)
                             .arg(kCatalogFormatVersion));
            return false;
        }
        if (version < 1)
            problems.add(QStringLiteral("/version"), LoadError::tr("version must be 1 or later"));
    }
    const QString pp = QStringLiteral("/product");
    if (!doc.contains("product") || !problems.requireObject(doc.at("product"), pp)) {
        if (!doc.contains("product"))
            problems.add(pp, LoadError::tr("missing (expected the product object)"));
        return false;
    }
    const auto &prod = doc.at("product");
    checkKeys(prod, pp, {"id", "name", "vendor", "source"}, problems);
    problems.string(prod, "id", pp, &cat->product, true);
    static const QRegularExpression productRe(QStringLiteral("^[a-z][a-z0-9-]*$"));
    if (!cat->product.isEmpty() && !productRe.match(cat->product).hasMatch())
        problems.add(pp + QStringLiteral("/id"), LoadError::tr("\"%1\" is not a valid product id (lower-case letters, digits, -)").arg(cat->product));
    readText(prod, "name", pp, &cat->name, true, problems);
    problems.string(prod, "vendor", pp, &cat->vendor, false);
    problems.string(prod, "source", pp, &cat->source, true);
    if (cat->product.isEmpty())
        return false;
    const QString &product = cat->product;

    QSet<QString> ids; // one id space per catalog: options, components, services, rules, advisories
    auto eachEntry = [&](const char *key, auto &&fn) {
        const QString at = QLatin1Char('/') + QLatin1String(key);
        if (!doc.contains(key))
            return;
        const auto &arr = doc.at(key);
        if (!problems.requireArray(arr, at))
            return;
        for (size_t i = 0; i < arr.size(); ++i) {
            if (problems.requireObject(arr[i], sub(at, i)))
                fn(arr[i], sub(at, i));
        }
    };

    eachEntry("options", [&](const nlohmann::json &v, const QString &path) {
        OptionDef o;
        if (readOption(v, path, product, &o, problems)
            && checkId(o.id, product, sub(path, "id"), ids, problems))
            cat->options.push_back(std::move(o));
    });

    static const QStringList categories = {"server", "agent", "client", "database",
                                           "network", "device", "external", "service"};
    eachEntry("components", [&](const nlohmann::json &v, const QString &path) {
        checkKeys(v, path, {"id", "name", "description", "category", "icon", "tags", "reference"}, problems);
        ComponentType c;
        c.product = product;
        bool ok = problems.string(v, "id", path, &c.id, true);
        ok = readText(v, "name", path, &c.name, true, problems) && ok;
        ok = readText(v, "description", path, &c.description, false, problems) && ok;
        ok = problems.string(v, "category", path, &c.category, true) && ok;
        ok = problems.string(v, "icon", path, &c.icon, false) && ok;
        ok = problems.stringList(v, "tags", path, &c.tags, false) && ok;
        ok = readReference(v, path, &c.reference, false, problems) && ok;
        if (!c.category.isEmpty() && !categories.contains(c.category)) {
            problems.add(sub(path, "category"), LoadError::tr("expected one of %1; found \"%2\"")
                                                    .arg(categories.join(QStringLiteral(", ")), c.category));
            ok = false;
        }
        if (ok && checkId(c.id, product, sub(path, "id"), ids, problems))
            cat->components.push_back(std::move(c));
    });

    eachEntry("services", [&](const nlohmann::json &v, const QString &path) {
        checkKeys(v, path, {"id", "on", "protocol", "ports", "dynamicPorts", "name", "scope", "when",
                            "reference", "erratum"},
                  problems);
        Service s;
        s.product = product;
        s.path = path;
        bool ok = problems.string(v, "id", path, &s.id, true);
        ok = problems.stringList(v, "on", path, &s.onSpec, true) && ok;
        QString proto, ports, dyn, scope;
        ok = problems.string(v, "protocol", path, &proto, true) && ok;
        ok = problems.string(v, "ports", path, &ports, false) && ok;
        ok = problems.string(v, "dynamicPorts", path, &dyn, false) && ok;
        ok = problems.string(v, "scope", path, &scope, false) && ok;
        ok = readText(v, "name", path, &s.name, true, problems) && ok;
        ok = readReference(v, path, &s.reference, true, problems) && ok;
        ok = readErratum(v, path, &s.erratum, problems) && ok;
        if (proto == QLatin1String("tcp+udp")) {
            s.protocols = {Protocol::Tcp, Protocol::Udp};
        } else if (Protocol p; parseProtocol(proto, &p)) {
            s.protocols = {p};
        } else if (!proto.isEmpty()) {
            problems.add(sub(path, "protocol"), LoadError::tr("expected tcp, udp, icmp or tcp+udp; found \"%1\"").arg(proto));
            ok = false;
        }
        if (scope.isEmpty() || scope == QLatin1String("network"))
            s.scope = Service::Scope::Network;
        else if (scope == QLatin1String("host"))
            s.scope = Service::Scope::Host;
        else {
            problems.add(sub(path, "scope"), LoadError::tr("expected \"network\" or \"host\", found \"%1\"").arg(scope));
            ok = false;
        }
        QString err;
        if (!parsePortExpr(ports, product, &s.ports, &err)) {
            problems.add(sub(path, "ports"), err);
            ok = false;
        }
        s.ports.path = sub(path, "ports");
        if (!parsePortExpr(dyn, product, &s.dynamicPorts, &err)) {
            problems.add(sub(path, "dynamicPorts"), err);
            ok = false;
        }
        s.dynamicPorts.path = sub(path, "dynamicPorts");
        const bool icmp = s.protocols.size() == 1 && s.protocols[0] == Protocol::Icmp;
        if (ok && icmp && !s.ports.isEmpty()) {
            problems.add(sub(path, "ports"), LoadError::tr("icmp has no ports"));
            ok = false;
        }
        if (ok && !icmp && s.ports.isEmpty()) {
            problems.add(sub(path, "ports"), LoadError::tr("missing (tcp and udp services need ports)"));
            ok = false;
        }
        if (v.contains("when")) {
            Condition c;
            if (readCondition(v.at("when"), sub(path, "when"), &c, problems))
                s.when = std::move(c);
            else
                ok = false;
        }
        if (ok && checkId(s.id, product, sub(path, "id"), ids, problems))
            cat->services.push_back(std::move(s));
    });

    eachEntry("rules", [&](const nlohmann::json &v, const QString &path) {
        checkKeys(v, path, {"id", "from", "to", "services", "purpose", "when", "required",
                            "bidirectional", "advisories", "reference", "erratum"},
                  problems);
        Rule r;
        r.product = product;
        r.path = path;
        bool ok = problems.string(v, "id", path, &r.id, true);
        ok = problems.stringList(v, "from", path, &r.fromSpec, true) && ok;
        ok = problems.stringList(v, "to", path, &r.toSpec, true) && ok;
        ok = problems.stringList(v, "services", path, &r.services, true) && ok;
        ok = readText(v, "purpose", path, &r.purpose, true, problems) && ok;
        ok = problems.boolean(v, "required", path, &r.required, false) && ok;
        ok = problems.boolean(v, "bidirectional", path, &r.bidirectional, false) && ok;
        ok = problems.stringList(v, "advisories", path, &r.advisories, false) && ok;
        ok = readReference(v, path, &r.reference, true, problems) && ok;
        ok = readErratum(v, path, &r.erratum, problems) && ok;
        if (ok && r.services.isEmpty()) {
            problems.add(sub(path, "services"), LoadError::tr("a rule names at least one service"));
            ok = false;
        }
        if (v.contains("when")) {
            Condition c;
            if (readCondition(v.at("when"), sub(path, "when"), &c, problems))
                r.when = std::move(c);
            else
                ok = false;
        }
        if (ok && checkId(r.id, product, sub(path, "id"), ids, problems))
            cat->rules.push_back(std::move(r));
    });

    eachEntry("advisories", [&](const nlohmann::json &v, const QString &path) {
        checkKeys(v, path, {"id", "severity", "trigger", "text", "reference"}, problems);
        Advisory a;
        a.product = product;
        QString sev, trig;
        bool ok = problems.string(v, "id", path, &a.id, true);
        ok = problems.string(v, "severity", path, &sev, true) && ok;
        ok = problems.string(v, "trigger", path, &trig, false) && ok;
        ok = readText(v, "text", path, &a.text, true, problems) && ok;
        ok = readReference(v, path, &a.reference, false, problems) && ok;
        if (sev == QLatin1String("error"))
            a.severity = Severity::Error;
        else if (sev == QLatin1String("warning"))
            a.severity = Severity::Warning;
        else if (sev == QLatin1String("note"))
            a.severity = Severity::Note;
        else if (!sev.isEmpty()) {
            problems.add(sub(path, "severity"), LoadError::tr("expected error, warning or note; found \"%1\"").arg(sev));
            ok = false;
        }
        if (trig.isEmpty() || trig == QLatin1String("crossing"))
            a.trigger = Advisory::Trigger::Crossing;
        else if (trig == QLatin1String("always"))
            a.trigger = Advisory::Trigger::Always;
        else {
            problems.add(sub(path, "trigger"), LoadError::tr("expected \"crossing\" or \"always\", found \"%1\"").arg(trig));
            ok = false;
        }
        if (ok && checkId(a.id, product, sub(path, "id"), ids, problems))
            cat->advisories.push_back(std::move(a));
    });

    return problems.errors().size() == before;
}

} // namespace portolan::core
