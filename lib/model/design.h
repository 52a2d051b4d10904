#pragma once

#include <QPointF>
#include <QRectF>
#include <QString>

#include <nlohmann/json.hpp>

#include <map>
#include <vector>

namespace portolan::core {

/// A network segment drawn as a rectangle. Zones nest through `parent`.
struct Zone
{
    QString id;
    QString name;
    QString parent;         ///< empty: top level
    bool firewalled = true; ///< the boundary is filtered
    QString firewall;       ///< device guarding the boundary; empty: named after the zone
    QRectF rect;
    bool hasRect = false;
    QString color;          ///< optional "#rrggbb"
    nlohmann::json extra = nlohmann::json::object(); ///< unknown keys, kept on round trip
};

/// A placed component instance.
struct Node
{
    QString id;
    QString type;
    QString name;
    QString zone; ///< empty: the root (outside every zone)
    QString host;
    QString address;
    QPointF pos;
    bool hasPos = false;
    nlohmann::json options = nlohmann::json::object();
    std::map<QString, QString> ports; ///< service id -> port list override
    nlohmann::json extra = nlohmann::json::object();
};

/// An undirected association drawn by the user; narrows rule pairing.
struct Link
{
    QString from;
    QString to;
    nlohmann::json extra = nlohmann::json::object();
};

/// A flow the user adds by hand.
struct ManualFlow
{
    QString from;
    QString to;
    QString protocol;
    QString ports;
    QString purpose;
    nlohmann::json extra = nlohmann::json::object();
};

struct DesignMeta
{
    QString customer;
    QString author;
    QString revision;
    QString date;
    nlohmann::json extra = nlohmann::json::object();
};

/// The user's document (`*.portolan`), format `portolan-design`.
struct Design
{
    static constexpr int kFormatVersion = 1;

    QString title;
    DesignMeta meta;
    nlohmann::json products = nlohmann::json::object(); ///< product id -> option values
    std::vector<Zone> zones;
    std::vector<Node> nodes;
    std::vector<Link> links;
    std::vector<ManualFlow> flows;
    nlohmann::json extra = nlohmann::json::object();

    int zoneIndex(const QString &id) const;
    int nodeIndex(const QString &id) const;
    /// True when any node or zone lacks geometry.
    bool needsLayout() const;
};

} // namespace portolan::core
