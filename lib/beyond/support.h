#pragma once

#include "model/design.h"
#include "model/portset.h"

#include <QString>
#include <QStringList>

namespace portolan::beyond {

/// One end of a firewall rule: a host address, a network (a zone's `subnet`), or a named
/// placeholder the operator must fill in because the design has no usable IP address.
struct Endpoint
{
    enum class Kind { Host, Network, Placeholder };

    Kind kind = Kind::Placeholder;
    int family = 0;      ///< 4 or 6; 0 for a placeholder
    QString address;     ///< "10.1.0.5", "10.50.0.0/16", "2001:db8::/64"; empty for a placeholder
    QString placeholder; ///< "ADDR_coll1" (only for Kind::Placeholder)
    QString zone;        ///< the zone whose subnet is used (Kind::Network)
    QString problem;     ///< why a placeholder: "no address", "a DNS name", ...

    bool isPlaceholder() const { return kind == Kind::Placeholder; }
    /// The network part of a Network endpoint, or the address of a Host endpoint.
    QString base() const;
    /// The prefix length (32/128 for hosts).
    int prefix() const;
};

/// The endpoint of `node` in firewall rules: its `address` when that is an IP address
/// (optionally with a prefix), else the `subnet` of the node's own zone (Zone::extra), else a
/// placeholder named after the node id.
Endpoint endpointFor(const core::Design &design, const core::Node &node);

/// Parses an IPv4/IPv6 address or network in CIDR notation; false for DNS names, garbage and
/// networks with host bits set. `family` is 4 or 6, `prefix` -1 for a plain address.
bool parseIp(const QString &text, int *family, QString *normalised, int *prefix);

/// The zone's optional `subnet` (kept in Zone::extra), or an empty string.
QString zoneSubnet(const core::Zone &zone);

/// "ABC_def_1": every character outside [A-Za-z0-9_] becomes '_' (device object names).
QString identifier(const QString &text);
/// "shop-01": lower-case ASCII letters, digits and '-'; empty when nothing is left.
QString slug(const QString &text);
/// Control characters (newlines, tabs) replaced by spaces, runs collapsed, trimmed.
QString oneLine(const QString &text);
/// Only printable ASCII is kept (device comments that reject other bytes); `"` becomes `'`.
QString asciiOnly(const QString &text);

/// The node's display name (its id when it has none).
QString nodeName(const core::Node &node);
/// The zone's display name ("" for the root, the id when it has no name).
QString zoneName(const core::Design &design, const QString &zoneId);

/// The ports of `a` that are not in `b`.
core::PortSet portsMinus(const core::PortSet &a, const core::PortSet &b);

/// Width of text in monospace columns (CJK and other wide characters count twice).
int displayWidth(const QString &text);

} // namespace portolan::beyond
