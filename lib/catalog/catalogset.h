#pragma once

#include "catalog/catalog.h"
#include "io/jsonutil.h"

#include <QDir>
#include <QHash>

#include <memory>

namespace portolan::core {

/// All loaded catalogs with their cross references resolved and indexed.
///
/// Usage: add catalogs (built-in, directories, files), then finalize(); afterwards the set
/// is read-only and its pointers stay valid for its lifetime.
class CatalogSet
{
public:
    CatalogSet();
    ~CatalogSet();
    CatalogSet(const CatalogSet &) = delete;
    CatalogSet &operator=(const CatalogSet &) = delete;

    /// Built-in catalogs plus PORTOLAN_CATALOG_PATH plus `extraDirs`, finalized.
    static std::unique_ptr<CatalogSet> loadStandard(const QStringList &extraDirs,
                                                    std::vector<LoadError> *errors);

    bool addBuiltIn(std::vector<LoadError> *errors);
    /// Every *.json in `dir` except *.schema.json.
    bool addDirectory(const QString &dir, std::vector<LoadError> *errors);
    bool addFile(const QString &fileName, std::vector<LoadError> *errors);
    bool addDocument(const nlohmann::json &doc, const QString &fileName,
                     std::vector<LoadError> *errors);
    /// Resolves and checks cross references, builds indices.
    bool finalize(std::vector<LoadError> *errors);

    const std::vector<std::unique_ptr<Catalog>> &catalogs() const { return m_catalogs; }
    const Catalog *catalog(const QString &product) const;
    const ComponentType *component(const QString &id) const { return m_components.value(id); }
    const Service *service(const QString &id) const { return m_services.value(id); }
    const Rule *rule(const QString &id) const { return m_rules.value(id); }
    const OptionDef *option(const QString &id) const { return m_options.value(id); }
    const Advisory *advisory(const QString &id) const { return m_advisories.value(id); }
    /// The node option `key` of component type `type`, if any.
    const OptionDef *nodeOption(const QString &type, const QString &key) const;
    /// Node options that apply to a component type, in catalog order.
    std::vector<const OptionDef *> nodeOptions(const QString &type) const;
    /// Services a component type listens on, in catalog order.
    const std::vector<const Service *> &servicesOn(const QString &type) const;
    /// Rules whose initiators include `type`.
    const std::vector<const Rule *> &rulesFrom(const QString &type) const;
    std::vector<const Rule *> allRules() const;
    std::vector<const ComponentType *> allComponents() const;

private:
    bool addFilesIn(const QDir &dir, std::vector<LoadError> *errors);
    bool resolveTypes(const QStringList &spec, const QString &file, const QString &path,
                      QStringList *out, std::vector<LoadError> *errors) const;
    bool resolveCondition(Condition &c, const Catalog &cat, bool inRule,
                          std::vector<LoadError> *errors);
    bool resolvePorts(const PortExpr &e, const Catalog &cat, std::vector<LoadError> *errors);

    std::vector<std::unique_ptr<Catalog>> m_catalogs;
    QHash<QString, const ComponentType *> m_components;
    QHash<QString, const Service *> m_services;
    QHash<QString, const Rule *> m_rules;
    QHash<QString, const OptionDef *> m_options;
    QHash<QString, const Advisory *> m_advisories;
    QHash<QString, QStringList> m_tags;
    QHash<QString, std::vector<const Service *>> m_servicesOn;
    QHash<QString, std::vector<const Rule *>> m_rulesFrom;
    QHash<QString, std::vector<const OptionDef *>> m_nodeOptions;
    std::vector<const Service *> m_none;
    std::vector<const Rule *> m_noRules;
};

} // namespace portolan::core
