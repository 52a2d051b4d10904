#include "flowjson.h"

#include "engine/messages.h"

namespace portolan::core {

using ojson = nlohmann::ordered_json;

namespace {

std::string s(const QString &q)
{
    return q.toStdString();
}

ojson strings(const QStringList &l)
{
    ojson a = ojson::array();
    for (const QString &x : l)
        a.push_back(s(x));
    return a;
}

ojson endpoint(const Node &n)
{
    ojson o = ojson::object();
    o["node"] = s(n.id);
    o["name"] = s(n.name);
    o["type"] = s(n.type);
    o["zone"] = n.zone.isEmpty() ? ojson(nullptr) : ojson(s(n.zone));
    o["host"] = s(n.host);
    o["address"] = s(n.address);
    return o;
}

} // namespace

ojson diagnosticsToJson(const Design &design, const FlowSet &flows, const CatalogSet &catalogs,
                        Language lang)
{
    ojson arr = ojson::array();
    for (const Diagnostic &d : flows.diagnostics) {
        ojson o = ojson::object();
        o["severity"] = s(severityName(d.severity));
        o["code"] = s(d.code);
        o["message"] = s(Messages::diagnostic(d, design, catalogs, lang));
        if (d.code == QLatin1String("advisory"))
            o["advisory"] = s(d.args.value(0));
        o["args"] = strings(d.args);
        o["nodes"] = strings(d.nodes);
        o["flows"] = strings(d.flows);
        arr.push_back(o);
    }
    return arr;
}

ojson flowsToJson(const Design &design, const FlowSet &flows, const CatalogSet &catalogs,
                  Language lang, bool crossingOnly)
{
    ojson arr = ojson::array();
    for (const Flow &f : flows.flows) {
        if (crossingOnly && !f.crossesFirewall)
            continue;
        ojson o = ojson::object();
        o["id"] = s(f.id);
        o["source"] = endpoint(design.nodes[size_t(f.source)]);
        o["target"] = endpoint(design.nodes[size_t(f.target)]);
        o["protocol"] = s(protocolName(f.protocol));
        o["ports"] = s(f.ports.toString());
        o["service"] = s(f.services.join(QLatin1Char(',')));
        o["serviceName"] = s(Messages::flowServices(f, catalogs, lang));
        o["product"] = s(f.product);
        o["rule"] = s(f.ruleId);
        o["local"] = f.local;
        o["crossesFirewall"] = f.crossesFirewall;
        o["firewalls"] = strings(f.firewalls);
        o["purpose"] = s(Messages::flowPurpose(f, catalogs, lang));
        o["reference"] = f.rule ? s(f.rule->reference.file) : std::string();
        o["section"] = f.rule ? s(f.rule->reference.section) : std::string();
        QStringList advisoryTexts;
        for (const QString &aid : f.advisories) {
            const Advisory *a = catalogs.advisory(aid);
            advisoryTexts << (a ? a->text.get(lang) : aid);
        }
        o["advisories"] = strings(advisoryTexts);
        o["advisoryIds"] = strings(f.advisories);
        arr.push_back(o);
    }
    ojson doc = ojson::object();
    doc["flows"] = arr;
    doc["diagnostics"] = diagnosticsToJson(design, flows, catalogs, lang);
    return doc;
}

} // namespace portolan::core
