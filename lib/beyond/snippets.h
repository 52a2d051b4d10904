#pragma once

#include "beyond/support.h"

#include "engine/flow.h"
#include "model/design.h"

#include <QByteArray>
#include <QStringList>

#include <vector>

namespace portolan::beyond {

/// Device formats for firewall rule snippets.
enum SnippetFormat {
    Nftables = 0x1, ///< an nft -f file: table inet portolan, one base chain per firewall
    Iptables = 0x2, ///< iptables-restore files (IPv4, and IPv6 for ip6tables-restore)
    CiscoAsa = 0x4, ///< Cisco ASA objects, service object-groups and an extended access-list
    AllSnippetFormats = 0x7
};

struct SnippetFile
{
    QString firewall;
    QString format;   ///< "nftables", "iptables", "ip6tables", "asa"
    QString fileName; ///< "fw-core.nft", "fw-core.iptables", "fw-core.ip6tables", "fw-core.asa"
    QByteArray content;
};

struct SnippetResult
{
    std::vector<SnippetFile> files; ///< by firewall (first-seen order), then format
    QStringList warnings;           ///< addresses missing or unusable, rules left out
};

/// Firewall rule snippets: for every firewall, one accept rule per flow that crosses it, with
/// comments citing the flow id, rule and vendor reference (comments are in English).
///
/// Addresses come from the nodes' `address` (an IPv4/IPv6 address or network); a node without
/// one uses its zone's `subnet` (CIDR, kept in Zone::extra); otherwise the rules use a named
/// placeholder (`$ADDR_<node>` in nftables and iptables, object `PLACEHOLDER_<node>` on the
/// ASA) and a warning says which, so that a file never silently opens the wrong addresses.
class FirewallSnippets
{
public:
    static SnippetResult generate(const core::Design &design, const core::FlowSet &flows,
                                  int formats = AllSnippetFormats);
    /// Parses "nft,iptables,asa" (also "nftables", "cisco-asa", "all"); 0 on an unknown name.
    static int parseFormats(const QString &list, QString *unknown);

    /// One rule of a firewall's request: a crossing flow with both ends resolved.
    struct Rule
    {
        const core::Flow *flow = nullptr;
        Endpoint source;
        Endpoint target;
        int family = 4;
        QString sourceObject; ///< unique device object names ("PORTOLAN_coll1", ...)
        QString targetObject;
        QString sourceName;
        QString targetName;
        QString comment; ///< "F1 appmon.collector-to-server" (ASCII)
        QString purpose; ///< English purpose, one line
        QString reference;
    };

    static QByteArray nftables(const QString &firewall, const std::vector<Rule> &rules,
                               const QString &header);
    static QByteArray iptables(const QString &firewall, const std::vector<Rule> &rules,
                               const QString &header, int family);
    static QByteArray asa(const QString &firewall, const std::vector<Rule> &rules,
                          const QString &header);
};

} // namespace portolan::beyond
