#include "catalogset.h"

#include "catalog/catalogreader.h"

#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>

namespace portolan::core {

namespace {

LoadError makeError(const QString &file, const QString &path, const QString &message)
{
    LoadError e;
    e.file = file;
    e.path = path;
    e.message = message;
    return e;
}

JsonLimits catalogLimits()
{
    JsonLimits l;
    l.maxBytes = 8 * 1024 * 1024;
    return l;
}

} // namespace

CatalogSet::CatalogSet() = default;
CatalogSet::~CatalogSet() = default;

std::unique_ptr<CatalogSet> CatalogSet::loadStandard(const QStringList &extraDirs,
                                                     std::vector<LoadError> *errors)
{
    auto set = std::make_unique<CatalogSet>();
    bool ok = set->addBuiltIn(errors);
    const QString envPath = QProcessEnvironment::systemEnvironment().value(
        QStringLiteral("PORTOLAN_CATALOG_PATH"));
    for (const QString &dir : envPath.split(QLatin1Char(':'), Qt::SkipEmptyParts))
        ok = set->addDirectory(dir, errors) && ok;
    for (const QString &dir : extraDirs)
        ok = set->addDirectory(dir, errors) && ok;
    ok = set->finalize(errors) && ok;
    if (!ok)
        return nullptr;
    return set;
}

bool CatalogSet::addBuiltIn(std::vector<LoadError> *errors)
{
    return addFilesIn(QDir(QStringLiteral(":/catalogs")), errors);
}

bool CatalogSet::addDirectory(const QString &dirName, std::vector<LoadError> *errors)
{
    const QDir dir(dirName);
    if (!dir.exists()) {
        errors->push_back(makeError(dirName, QString(), LoadError::tr("catalog directory does not exist")));
        return false;
    }
    return addFilesIn(dir, errors);
}

bool CatalogSet::addFilesIn(const QDir &dir, std::vector<LoadError> *errors)
{
    bool ok = true;
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    // Each catalog may take 8 MB; a directory of thousands is a mistake (a download folder),
    // not a catalog collection.
    constexpr int kMaxCatalogFiles = 256;
    if (files.size() > kMaxCatalogFiles) {
        errors->push_back(makeError(dir.path(), QString(),
                                    LoadError::tr("too many catalog files (%1, at most %2)")
                                        .arg(files.size())
                                        .arg(kMaxCatalogFiles)));
        return false;
    }
    for (const QString &f : files) {
        if (f.endsWith(QLatin1String(".schema.json")))
            continue;
        ok = addFile(dir.filePath(f), errors) && ok;
    }
    return ok;
}

bool CatalogSet::addFile(const QString &fileName, std::vector<LoadError> *errors)
{
    nlohmann::json doc;
    LoadError err;
    if (!readJsonFile(fileName, catalogLimits(), &doc, &err)) {
        errors->push_back(err);
        return false;
    }
    return addDocument(doc, fileName, errors);
}

bool CatalogSet::addDocument(const nlohmann::json &doc, const QString &fileName,
                             std::vector<LoadError> *errors)
{
    auto cat = std::make_unique<Catalog>();
    cat->fileName = fileName;
    ProblemList problems(fileName);
    if (!readCatalog(doc, cat.get(), problems)) {
        errors->insert(errors->end(), problems.errors().begin(), problems.errors().end());
        return false;
    }
    // A later catalog of the same product (a user's) replaces the earlier (built-in) one.
    for (auto &existing : m_catalogs) {
        if (existing->product == cat->product) {
            existing = std::move(cat);
            return true;
        }
    }
    m_catalogs.push_back(std::move(cat));
    return true;
}

const Catalog *CatalogSet::catalog(const QString &product) const
{
    for (const auto &c : m_catalogs) {
        if (c->product == product)
            return c.get();
    }
    return nullptr;
}

bool CatalogSet::resolveTypes(const QStringList &spec, const QString &file, const QString &path,
                              QStringList *out, std::vector<LoadError> *errors) const
{
    bool ok = true;
    out->clear();
    for (int i = 0; i < spec.size(); ++i) {
        const QString &s = spec[i];
        const QString at = spec.size() == 1 ? path : path + QLatin1Char('/') + QString::number(i);
        if (s.startsWith(QLatin1String("tag:"))) {
            const QString tag = s.mid(4);
            if (!m_tags.contains(tag)) {
                errors->push_back(makeError(file, at, LoadError::tr("no component type has tag \"%1\"").arg(tag)));
                ok = false;
                continue;
            }
            for (const QString &id : m_tags.value(tag)) {
                if (!out->contains(id))
                    out->append(id);
            }
        } else if (!m_components.contains(s)) {
            errors->push_back(makeError(file, at, LoadError::tr("unknown component type \"%1\"").arg(s)));
            ok = false;
        } else if (!out->contains(s)) {
            out->append(s);
        }
    }
    return ok;
}

bool CatalogSet::resolveCondition(Condition &c, const Catalog &cat, bool inRule,
                                  std::vector<LoadError> *errors)
{
    if (c.kind != Condition::Kind::Option) {
        bool ok = true;
        for (Condition &child : c.children)
            ok = resolveCondition(child, cat, inRule, errors) && ok;
        return ok;
    }
    c.def = m_options.value(c.option);
    if (!c.def) {
        errors->push_back(makeError(cat.fileName, c.path + QStringLiteral("/option"),
                                    LoadError::tr("unknown option \"%1\"").arg(c.option)));
        return false;
    }
    if (c.def->scope == OptionDef::Scope::Node) {
        if (!inRule && c.subject != Condition::Subject::Self) {
            errors->push_back(makeError(cat.fileName, c.path + QStringLiteral("/node"),
                                        LoadError::tr("a service condition reads the listening node; "
                                                       "\"node\" is only for rules")));
            return false;
        }
        if (inRule && c.subject == Condition::Subject::Self)
            c.subject = Condition::Subject::Target;
    }
    QString why;
    auto check = [&](const nlohmann::json &v, const QString &key) {
        if (!c.def->allows(v, &why)) {
            errors->push_back(makeError(cat.fileName, c.path + QLatin1Char('/') + key, why));
            return false;
        }
        return true;
    };
    switch (c.op) {
    case Condition::Op::Equals:
    case Condition::Op::NotEquals:
        if (c.def->type == OptionDef::Type::Set) {
            errors->push_back(makeError(cat.fileName, c.path, LoadError::tr("use \"contains\" with set option %1").arg(c.option)));
            return false;
        }
        return check(c.value, c.op == Condition::Op::Equals ? QStringLiteral("equals") : QStringLiteral("notEquals"));
    case Condition::Op::In: {
        bool ok = true;
        for (size_t i = 0; i < c.value.size(); ++i)
            ok = check(c.value[i], QStringLiteral("in/") + QString::number(i)) && ok;
        return ok;
    }
    case Condition::Op::Contains:
        if (c.def->type != OptionDef::Type::Set) {
            errors->push_back(makeError(cat.fileName, c.path + QStringLiteral("/contains"),
                                        LoadError::tr("\"contains\" needs a set option; %1 is not one").arg(c.option)));
            return false;
        }
        return check(nlohmann::json::array({c.value}), QStringLiteral("contains"));
    case Condition::Op::AtLeast:
    case Condition::Op::Below:
        if (!c.value.is_string() && !c.value.is_number()) {
            errors->push_back(makeError(cat.fileName, c.path, LoadError::tr("expected a version string or a number")));
            return false;
        }
        return true;
    }
    return true;
}

bool CatalogSet::resolvePorts(const PortExpr &e, const Catalog &cat, std::vector<LoadError> *errors)
{
    bool ok = true;
    for (const PortTerm &t : e.terms) {
        if (t.param.isEmpty())
            continue;
        const OptionDef *def = m_options.value(t.param);
        if (!def) {
            errors->push_back(makeError(cat.fileName, e.path, LoadError::tr("unknown port parameter \"%1\"").arg(t.param)));
            ok = false;
        } else if (def->type != OptionDef::Type::Port) {
            errors->push_back(makeError(cat.fileName, e.path, LoadError::tr("parameter \"%1\" is not a port option").arg(t.param)));
            ok = false;
        } else if (def->defaultValue.get<int>() + t.offset > 65535) {
            errors->push_back(makeError(cat.fileName, e.path, LoadError::tr("port %1 is outside 1-65535").arg(def->defaultValue.get<int>() + t.offset)));
            ok = false;
        }
    }
    return ok;
}

bool CatalogSet::finalize(std::vector<LoadError> *errors)
{
    m_components.clear();
    m_services.clear();
    m_rules.clear();
    m_options.clear();
    m_advisories.clear();
    m_tags.clear();
    m_servicesOn.clear();
    m_rulesFrom.clear();
    m_nodeOptions.clear();
    std::sort(m_catalogs.begin(), m_catalogs.end(),
              [](const auto &a, const auto &b) { return a->product < b->product; });

    bool ok = true;
    for (auto &cat : m_catalogs) {
        for (size_t i = 0; i < cat->components.size(); ++i) {
            const ComponentType &c = cat->components[i];
            if (const ComponentType *other = m_components.value(c.id)) {
                errors->push_back(makeError(cat->fileName, QStringLiteral("/components/%1/id").arg(i),
                                            LoadError::tr("duplicate component id \"%1\" (also in %2)").arg(c.id, other->product)));
                ok = false;
                continue;
            }
            m_components.insert(c.id, &c);
            for (const QString &tag : c.tags)
                m_tags[tag].append(c.id);
        }
        for (const OptionDef &o : cat->options)
            m_options.insert(o.id, &o);
        for (const Service &s : cat->services)
            m_services.insert(s.id, &s);
        for (const Rule &r : cat->rules)
            m_rules.insert(r.id, &r);
        for (const Advisory &a : cat->advisories)
            m_advisories.insert(a.id, &a);
    }

    for (auto &cat : m_catalogs) {
        for (size_t i = 0; i < cat->options.size(); ++i) {
            OptionDef &o = cat->options[i];
            for (int j = 0; j < o.components.size(); ++j) {
                const QString &type = o.components[j];
                if (!m_components.contains(type)) {
                    errors->push_back(makeError(cat->fileName, QStringLiteral("/options/%1/components/%2").arg(i).arg(j),
                                                LoadError::tr("unknown component type \"%1\"").arg(type)));
                    ok = false;
                    continue;
                }
                m_nodeOptions[type].push_back(&o);
            }
        }
        for (Service &s : cat->services) {
            ok = resolveTypes(s.onSpec, cat->fileName, s.path + QStringLiteral("/on"), &s.on, errors) && ok;
            ok = resolvePorts(s.ports, *cat, errors) && ok;
            ok = resolvePorts(s.dynamicPorts, *cat, errors) && ok;
            if (s.when)
                ok = resolveCondition(*s.when, *cat, false, errors) && ok;
            for (const QString &type : s.on)
                m_servicesOn[type].push_back(&s);
        }
    }
    for (auto &cat : m_catalogs) {
        for (Rule &r : cat->rules) {
            ok = resolveTypes(r.fromSpec, cat->fileName, r.path + QStringLiteral("/from"), &r.from, errors) && ok;
            ok = resolveTypes(r.toSpec, cat->fileName, r.path + QStringLiteral("/to"), &r.to, errors) && ok;
            bool servicesOk = true;
            for (int i = 0; i < r.services.size(); ++i) {
                if (!m_services.contains(r.services[i])) {
                    errors->push_back(makeError(cat->fileName, r.path + QStringLiteral("/services/%1").arg(i),
                                                LoadError::tr("unknown service \"%1\"").arg(r.services[i])));
                    servicesOk = false;
                }
            }
            ok = servicesOk && ok;
            auto listensOnAny = [&](const QString &type) {
                for (const QString &sid : r.services) {
                    const Service *s = m_services.value(sid);
                    if (s && s->on.contains(type))
                        return true;
                }
                return false;
            };
            if (servicesOk) {
                for (const QString &type : r.to) {
                    if (!listensOnAny(type)) {
                        errors->push_back(makeError(cat->fileName, r.path + QStringLiteral("/to"),
                                                    LoadError::tr("target type \"%1\" listens on none of the rule's services").arg(type)));
                        ok = false;
                    }
                }
                if (r.bidirectional) {
                    for (const QString &type : r.from) {
                        if (!listensOnAny(type)) {
                            errors->push_back(makeError(cat->fileName, r.path + QStringLiteral("/bidirectional"),
                                                        LoadError::tr("bidirectional rule: source type \"%1\" listens on none of the rule's services").arg(type)));
                            ok = false;
                        }
                    }
                }
            }
            for (int i = 0; i < r.advisories.size(); ++i) {
                if (!m_advisories.contains(r.advisories[i])) {
                    errors->push_back(makeError(cat->fileName, r.path + QStringLiteral("/advisories/%1").arg(i),
                                                LoadError::tr("unknown advisory \"%1\"").arg(r.advisories[i])));
                    ok = false;
                }
            }
            if (r.when)
                ok = resolveCondition(*r.when, *cat, true, errors) && ok;
            for (const QString &type : r.from)
                m_rulesFrom[type].push_back(&r);
        }
    }
    return ok;
}

const OptionDef *CatalogSet::nodeOption(const QString &type, const QString &key) const
{
    auto it = m_nodeOptions.constFind(type);
    if (it == m_nodeOptions.constEnd())
        return nullptr;
    for (const OptionDef *o : *it) {
        if (o->key == key)
            return o;
    }
    return nullptr;
}

std::vector<const OptionDef *> CatalogSet::nodeOptions(const QString &type) const
{
    return m_nodeOptions.value(type);
}

const std::vector<const Service *> &CatalogSet::servicesOn(const QString &type) const
{
    auto it = m_servicesOn.constFind(type);
    return it == m_servicesOn.constEnd() ? m_none : *it;
}

const std::vector<const Rule *> &CatalogSet::rulesFrom(const QString &type) const
{
    auto it = m_rulesFrom.constFind(type);
    return it == m_rulesFrom.constEnd() ? m_noRules : *it;
}

std::vector<const Rule *> CatalogSet::allRules() const
{
    std::vector<const Rule *> out;
    for (const auto &cat : m_catalogs) {
        for (const Rule &r : cat->rules)
            out.push_back(&r);
    }
    return out;
}

std::vector<const ComponentType *> CatalogSet::allComponents() const
{
    std::vector<const ComponentType *> out;
    for (const auto &cat : m_catalogs) {
        for (const ComponentType &c : cat->components)
            out.push_back(&c);
    }
    return out;
}

} // namespace portolan::core
