#include "generator.h"

#include <QString>

namespace portolan::bench {

using namespace portolan::core;

namespace {

QString id(const char *prefix, int i)
{
    return QLatin1String(prefix) + QString::number(i);
}

Node makeNode(const QString &nodeId, const char *type, const QString &zone, const QString &host,
              double x, double y)
{
    Node n;
    n.id = nodeId;
    n.type = QLatin1String(type);
    n.name = nodeId;
    n.zone = zone;
    n.host = host;
    n.address = QStringLiteral("10.%1.%2.%3").arg((x > 0 ? int(x) : 0) % 250).arg(int(y) % 250).arg(nodeId.size());
    n.pos = QPointF(x, y);
    n.hasPos = true;
    return n;
}

} // namespace

Design generateDesign(int nodeCount)
{
    Design d;
    d.title = QStringLiteral("Synthetic %1 nodes").arg(nodeCount);
    // One data centre per 2,000 nodes, each with a monitoring zone, a database zone and
    // application zones of ~100 nodes; every zone behind a firewall.
    const int perZone = 100;
    const int appZones = std::max(1, nodeCount / perZone);
    const int dcs = std::max(1, nodeCount / 2000);
    for (int dc = 0; dc < dcs; ++dc) {
        Zone z;
        z.id = id("dc", dc);
        z.name = QStringLiteral("Data centre %1").arg(dc);
        z.firewalled = false;
        d.zones.push_back(z);
        Zone mon;
        mon.id = id("mon", dc);
        mon.name = QStringLiteral("Monitoring %1").arg(dc);
        mon.parent = z.id;
        mon.firewall = QStringLiteral("FW-CORE-%1").arg(dc);
        d.zones.push_back(mon);
        Zone db;
        db.id = id("db", dc);
        db.name = QStringLiteral("Databases %1").arg(dc);
        db.parent = z.id;
        db.firewall = mon.firewall;
        d.zones.push_back(db);
        d.nodes.push_back(makeNode(id("server", dc), "appmon.server", mon.id, id("apm", dc), 100, 100));
        d.nodes.push_back(makeNode(id("frontend", dc), "appmon.frontend-server", mon.id, id("apm", dc), 240, 100));
        d.nodes.push_back(makeNode(id("oracle", dc), "common.oracle", db.id, id("ora", dc), 100, 300));
        d.nodes.push_back(makeNode(id("imc", dc), "imc.master", mon.id, id("imc", dc), 380, 100));
        d.links.push_back({id("server", dc), id("oracle", dc), nlohmann::json::object()});
    }
    int n = int(d.nodes.size());
    for (int z = 0; z < appZones && n < nodeCount; ++z) {
        const int dc = z % dcs;
        Zone app;
        app.id = id("app", z);
        app.name = QStringLiteral("Application %1").arg(z);
        app.parent = id("dc", dc);
        app.firewall = QStringLiteral("FW-APP-%1").arg(z % 7);
        d.zones.push_back(app);
        // Two collectors per zone, close to their agents; a few managed devices per zone.
        const QString c1 = id("col", 2 * z), c2 = id("col", 2 * z + 1);
        d.nodes.push_back(makeNode(c1, "appmon.collector", app.id, c1, 0, z * 10.0));
        d.nodes.push_back(makeNode(c2, "appmon.collector", app.id, c2, 140, z * 10.0));
        d.links.push_back({c1, id("server", dc), nlohmann::json::object()});
        d.links.push_back({c2, id("server", dc), nlohmann::json::object()});
        n += 2;
        for (int k = 0; k < perZone - 2 && n < nodeCount; ++k, ++n) {
            if (k % 10 == 9) {
                const QString dev = id("dev", n);
                d.nodes.push_back(makeNode(dev, "imc.managed-device", app.id, QString(), k * 14.0, z * 10.0));
                d.links.push_back({dev, id("imc", dc), nlohmann::json::object()});
                continue;
            }
            const QString agent = id("agent", n);
            d.nodes.push_back(makeNode(agent, "appmon.agent", app.id, id("host", n), k * 14.0, z * 10.0));
            d.links.push_back({agent, (k % 2) ? c1 : c2, nlohmann::json::object()});
        }
    }
    return d;
}

} // namespace portolan::bench
