#pragma once

#include "catalog/catalogset.h"
#include "engine/flow.h"
#include "model/design.h"

#include <QByteArray>
#include <QStringList>

#include <vector>

namespace portolan::beyond {

/// One connectivity check a source host can run: a TCP connect to one port of a target, or a
/// flow that a TCP connect cannot prove (UDP, ICMP, port ranges, a target without an address).
struct VerifyCheck
{
    QStringList flows;   ///< flow ids this check covers
    QString target;      ///< target node label
    QString destination; ///< address or host name to connect to; empty when there is none
    QString protocol;    ///< "tcp", "udp", "icmp"
    QString ports;       ///< "9998" for a TCP check; the flow's ports otherwise
    int port = 0;        ///< the TCP port to connect to; 0 when not checked
    QString untestedWhy; ///< why it is only listed (empty for a TCP check)
};

/// The checks of one source host and the script that runs them.
struct VerifyScript
{
    QString host;      ///< the host name (or the node id of a node without host)
    QStringList nodes; ///< ids of the nodes on that host that initiate flows
    bool windows = false;
    QString fileName; ///< "verify-shop01.sh" / "verify-shop01.ps1"
    std::vector<VerifyCheck> checks;
    QByteArray content;
};

struct VerifyOptions
{
    bool crossingOnly = false; ///< only flows that cross a firewall
    int timeoutSeconds = 3;    ///< default per-check timeout written into the scripts
};

/// Writes, per source host, a script that checks from that host that the TCP ports its flows
/// need are reachable: bash (timeout + /dev/tcp, nc as fallback) for Linux/UNIX hosts,
/// PowerShell (Test-NetConnection, TcpClient fallback) for Windows hosts.
///
/// A host is Windows when one of its nodes says so in an `"os"` key ("windows" or "linux",
/// kept in Node::extra), else when one of its nodes is of a Windows component type (see
/// isWindowsType()). Local (same-host) flows are left out. TCP ports are checked one by one,
/// ranges of up to 16 ports too; longer ranges (dynamic listeners) are only listed. The scripts
/// exit 0 when every checked TCP port answered, 1 when one did not, 2 on bad usage.
class VerifyScripts
{
public:
    static std::vector<VerifyScript> generate(const core::Design &design,
                                              const core::FlowSet &flows,
                                              const core::CatalogSet &catalogs,
                                              const VerifyOptions &options);
    /// Types that only run on Windows: `common.windows-host`, `*.windows-client`,
    /// `prognosis.softphone-host`, the Prognosis server, CRA server and web server (IIS),
    /// `prognosis.skype-for-business`, DataMiner's DMA, Cube and Alerter, `imc.wsus`.
    static bool isWindowsType(const QString &type);
    /// The explicit `"os"` of a node: 1 Windows, 0 other, -1 not given.
    static int explicitOs(const core::Node &node);

    static QByteArray bashScript(const VerifyScript &script, const core::Design &design,
                                 const VerifyOptions &options);
    static QByteArray powerShellScript(const VerifyScript &script, const core::Design &design,
                                       const VerifyOptions &options);
};

} // namespace portolan::beyond
