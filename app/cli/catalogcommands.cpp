// portolan-cli products, components, services: what the catalogs offer.
#include "commands.h"

#include "texttable.h"

#include "engine/messages.h"
#include "engine/options.h"
#include "export/csvwriter.h"

namespace portolan::cli {

using namespace portolan::core;
using ojson = nlohmann::ordered_json;

namespace {

const Catalog *productFilter(const Invocation &inv, const CatalogSet &cats, bool *bad, QTextStream &err)
{
    *bad = false;
    const QString p = option(inv, "--product");
    if (p.isEmpty())
        return nullptr;
    const Catalog *c = cats.catalog(p);
    if (!c) {
        QStringList known;
        for (const auto &cat : cats.catalogs())
            known << cat->product;
        usageError(err, QStringLiteral("unknown product \"%1\" (known: %2)").arg(p, known.join(QStringLiteral(", "))));
        *bad = true;
    }
    return c;
}

} // namespace

int cmdProducts(const Invocation &inv, const CatalogSet &cats, QTextStream &out, QTextStream &err)
{
    const QString format = option(inv, "--format", QStringLiteral("text"));
    if (!checkFormat(format, {QStringLiteral("text"), QStringLiteral("json")}, err))
        return kBadInput;
    if (format == QLatin1String("json")) {
        ojson arr = ojson::array();
        for (const auto &c : cats.catalogs()) {
            ojson o = ojson::object();
            o["id"] = c->product.toStdString();
            o["name"] = c->name.get(inv.lang).toStdString();
            o["vendor"] = c->vendor.toStdString();
            o["source"] = c->source.toStdString();
            o["components"] = c->components.size();
            o["services"] = c->services.size();
            o["rules"] = c->rules.size();
            o["file"] = c->fileName.toStdString();
            arr.push_back(o);
        }
        writeJson(out, arr);
        return kOk;
    }
    std::vector<QStringList> rows;
    for (const auto &c : cats.catalogs())
        rows.push_back({c->product, c->name.get(inv.lang), QString::number(c->components.size()),
                        QString::number(c->services.size()), QString::number(c->rules.size()), c->source});
    out << renderTable({Messages::text(QT_TRANSLATE_NOOP("Messages", "Product"), inv.lang),
                        Messages::text(QT_TRANSLATE_NOOP("Messages", "Name"), inv.lang),
                        Messages::text(QT_TRANSLATE_NOOP("Messages", "Components"), inv.lang),
                        Messages::text(QT_TRANSLATE_NOOP("Messages", "Services"), inv.lang),
                        Messages::text(QT_TRANSLATE_NOOP("Messages", "Rules"), inv.lang),
                        Messages::text(QT_TRANSLATE_NOOP("Messages", "Source document"), inv.lang)},
                       rows);
    return kOk;
}


int cmdComponents(const Invocation &inv, const CatalogSet &cats, QTextStream &out, QTextStream &err)
{
    const QString format = option(inv, "--format", QStringLiteral("text"));
    if (!checkFormat(format, {QStringLiteral("text"), QStringLiteral("json")}, err))
        return kBadInput;
    bool bad = false;
    const Catalog *only = productFilter(inv, cats, &bad, err);
    if (bad)
        return kBadInput;
    ojson arr = ojson::array();
    std::vector<QStringList> rows;
    for (const auto &c : cats.catalogs()) {
        if (only && c.get() != only)
            continue;
        for (const ComponentType &t : c->components) {
            ojson o = ojson::object();
            o["id"] = t.id.toStdString();
            o["product"] = t.product.toStdString();
            o["name"] = t.name.get(inv.lang).toStdString();
            o["category"] = t.category.toStdString();
            ojson tags = ojson::array();
            for (const QString &tag : t.tags)
                tags.push_back(tag.toStdString());
            o["tags"] = tags;
            ojson listens = ojson::array();
            for (const Service *s : cats.servicesOn(t.id))
                listens.push_back(s->id.toStdString());
            o["services"] = listens;
            arr.push_back(o);
            rows.push_back({t.id, t.name.get(inv.lang), t.category});
        }
    }
    if (format == QLatin1String("json"))
        writeJson(out, arr);
    else
        out << renderTable({Messages::text(QT_TRANSLATE_NOOP("Messages", "Component"), inv.lang),
                            Messages::text(QT_TRANSLATE_NOOP("Messages", "Name"), inv.lang),
                            Messages::text(QT_TRANSLATE_NOOP("Messages", "Category"), inv.lang)},
                           rows, 60);
    return kOk;
}

int cmdServices(const Invocation &inv, const CatalogSet &cats, QTextStream &out, QTextStream &err)
{
    const QString format = option(inv, "--format", QStringLiteral("text"));
    if (!checkFormat(format, {QStringLiteral("text"), QStringLiteral("csv"), QStringLiteral("json")}, err))
        return kBadInput;
    bool bad = false;
    const Catalog *only = productFilter(inv, cats, &bad, err);
    if (bad)
        return kBadInput;
    const Design empty;
    const OptionResolver resolver(empty, cats);
    ojson arr = ojson::array();
    std::vector<QStringList> rows;
    for (const auto &c : cats.catalogs()) {
        if (only && c.get() != only)
            continue;
        for (const Service &s : c->services) {
            for (const QString &type : s.on) {
                Node probe;
                probe.type = type;
                const PortSet ports = resolver.servicePorts(s, probe, false);
                const PortSet dyn = resolver.servicePorts(s, probe, true);
                for (Protocol p : s.protocols) {
                    const QString scope = s.scope == Service::Scope::Host ? QStringLiteral("host") : QStringLiteral("network");
                    ojson o = ojson::object();
                    o["product"] = s.product.toStdString();
                    o["component"] = type.toStdString();
                    o["service"] = s.id.toStdString();
                    o["name"] = s.name.get(inv.lang).toStdString();
                    o["protocol"] = protocolName(p).toStdString();
                    o["ports"] = dyn.toString().toStdString();
                    o["listenPorts"] = ports.toString().toStdString();
                    o["portsExpression"] = s.ports.text.toStdString();
                    o["dynamicPorts"] = s.dynamicPorts.text.toStdString();
                    o["scope"] = scope.toStdString();
                    o["conditional"] = s.when.has_value();
                    o["reference"] = s.reference.file.toStdString();
                    o["section"] = s.reference.section.toStdString();
                    o["erratum"] = s.erratum ? s.erratum->get(inv.lang).toStdString() : std::string();
                    arr.push_back(o);
                    rows.push_back({s.product, type, s.id, protocolName(p), dyn.toString(), scope,
                                    s.name.get(inv.lang), s.reference.toString()});
                }
            }
        }
    }
    const QStringList headers = {
        Messages::text(QT_TRANSLATE_NOOP("Messages", "Product"), inv.lang),
        Messages::text(QT_TRANSLATE_NOOP("Messages", "Component"), inv.lang),
        Messages::text(QT_TRANSLATE_NOOP("Messages", "Service"), inv.lang),
        Messages::text(QT_TRANSLATE_NOOP("Messages", "Protocol"), inv.lang),
        Messages::text(QT_TRANSLATE_NOOP("Messages", "Ports"), inv.lang),
        Messages::text(QT_TRANSLATE_NOOP("Messages", "Scope"), inv.lang),
        Messages::text(QT_TRANSLATE_NOOP("Messages", "Name"), inv.lang),
        Messages::text(QT_TRANSLATE_NOOP("Messages", "Vendor reference"), inv.lang)};
    if (format == QLatin1String("json"))
        writeJson(out, arr);
    else if (format == QLatin1String("csv"))
        out << QString::fromUtf8(CsvWriter::write(headers, rows, {false, true}));
    else
        out << renderTable(headers, rows, 40);
    return kOk;
}

} // namespace portolan::cli
