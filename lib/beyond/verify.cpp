#include "verify.h"

#include "support.h"

#include <QRegularExpression>

#include <map>
#include <set>

namespace portolan::beyond {

using namespace portolan::core;

namespace {

// Ranges up to this many ports are checked port by port (Prognosis base+0..base+6, adjacent
// ports merged into a range); longer ones are dynamic listener ranges and only listed.
constexpr int kMaxRangeChecked = 16;

// Destinations go into scripts as quoted arguments, but a value that is not a plausible host
// name or IP address is not used at all.
bool plausibleDestination(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_.:%\\[\\]-]{1,253}$"));
    return !s.startsWith(QLatin1Char('-')) && re.match(s).hasMatch();
}

QString hostKey(const Node &n)
{
    const QString host = n.host.trimmed();
    return host.isEmpty() ? QStringLiteral("node:") + n.id : QStringLiteral("host:") + host;
}

QString hostLabel(const Node &n)
{
    const QString host = oneLine(n.host);
    return host.isEmpty() ? n.id : host;
}

QString bashQuote(const QString &s)
{
    QString q = oneLine(s);
    q.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

QString psQuote(const QString &s)
{
    QString q = oneLine(s);
    // PowerShell treats the typographic single quotes as quotes too.
    for (const QChar c : {QChar(0x2018), QChar(0x2019), QChar(0x201a), QChar(0x201b)})
        q.replace(c, QLatin1Char('\''));
    q.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

QString designLine(const Design &design)
{
    QString line = oneLine(design.title.isEmpty() ? QStringLiteral("(untitled)") : design.title);
    if (!design.meta.revision.isEmpty())
        line += QStringLiteral(", revision ") + oneLine(design.meta.revision);
    return line;
}

/// One line per check, in the script's own language: `check` for a TCP port the script
/// tests, `skip` (with the reason) for what it cannot prove.
QString checkLines(const VerifyScript &script, QString (*quote)(const QString &),
                   const QString &check, const QString &skip)
{
    QString s;
    for (const VerifyCheck &c : script.checks) {
        const QString flowsArg = quote(c.flows.join(QLatin1Char(',')));
        if (c.untestedWhy.isEmpty())
            s += QStringLiteral("%1 %2 %3 %4 %5\n")
                         .arg(check, flowsArg, quote(c.target), quote(c.destination),
                              QString::number(c.port));
        else
            s += QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                         .arg(skip, flowsArg, quote(c.target), quote(c.destination),
                              quote(c.protocol), quote(c.ports), quote(c.untestedWhy));
    }
    return s;
}

} // namespace

bool VerifyScripts::isWindowsType(const QString &type)
{
    static const std::set<QString> windows = {
            QStringLiteral("common.windows-host"),  QStringLiteral("prognosis.softphone-host"),
            QStringLiteral("prognosis.server"),     QStringLiteral("prognosis.cra-server"),
            QStringLiteral("prognosis.web-server"), QStringLiteral("prognosis.skype-for-business"),
            QStringLiteral("dataminer.dma"),        QStringLiteral("dataminer.cube"),
            QStringLiteral("dataminer.alerter"),    QStringLiteral("imc.wsus"),
    };
    return windows.count(type) > 0 || type.endsWith(QLatin1String(".windows-client"))
           || type.endsWith(QLatin1String(".windows-host"));
}

int VerifyScripts::explicitOs(const Node &node)
{
    const auto it = node.extra.find("os");
    if (it == node.extra.end() || !it->is_string())
        return -1;
    const QString os = QString::fromStdString(it->get<std::string>()).trimmed().toLower();
    if (os.isEmpty())
        return -1;
    return os.startsWith(QLatin1String("win")) ? 1 : 0;
}

std::vector<VerifyScript> VerifyScripts::generate(const Design &design, const FlowSet &flows,
                                                  const CatalogSet &catalogs,
                                                  const VerifyOptions &options)
{
    Q_UNUSED(catalogs)
    std::map<QString, VerifyScript> byHost;
    std::map<QString, std::map<std::pair<QString, int>, size_t>> tcpIndex; // host -> check
    for (const Flow &f : flows.flows) {
        if (f.local || (options.crossingOnly && !f.crossesFirewall))
            continue;
        const Node &s = design.nodes[size_t(f.source)];
        const Node &t = design.nodes[size_t(f.target)];
        const QString key = hostKey(s);
        VerifyScript &script = byHost[key];
        script.host = hostLabel(s);
        if (!script.nodes.contains(s.id))
            script.nodes << s.id;

        QString destination = t.address.trimmed();
        if (!plausibleDestination(destination))
            destination = t.host.trimmed();
        if (!plausibleDestination(destination))
            destination.clear();
        const QString target
                = nodeName(t)
                  + (t.host.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(oneLine(t.host)));
        auto untested = [&](const QString &ports, const QString &why) {
            VerifyCheck c;
            c.flows << f.id;
            c.target = target;
            c.destination = destination;
            c.protocol = protocolName(f.protocol);
            c.ports = ports;
            c.untestedWhy = why;
            script.checks.push_back(c);
        };
        if (f.protocol == Protocol::Udp) {
            untested(f.ports.toString(), QStringLiteral("UDP cannot be proven by a TCP connect"));
            continue;
        }
        if (f.protocol == Protocol::Icmp) {
            untested(QString(), QStringLiteral("ICMP is not tested; try ping"));
            continue;
        }
        if (destination.isEmpty()) {
            untested(f.ports.toString(), QStringLiteral("the target has no address or host name"));
            continue;
        }
        for (const PortSet::Range &r : f.ports.ranges()) {
            if (r.second - r.first >= kMaxRangeChecked) {
                untested(QStringLiteral("%1-%2").arg(r.first).arg(r.second),
                         QStringLiteral("port range, listeners are dynamic"));
                continue;
            }
            for (int port = r.first; port <= r.second; ++port) {
                auto &index = tcpIndex[key];
                const auto found = index.find({destination, port});
                if (found != index.end()) {
                    QStringList &ids = script.checks[found->second].flows;
                    if (!ids.contains(f.id))
                        ids << f.id;
                    continue;
                }
                VerifyCheck c;
                c.flows << f.id;
                c.target = target;
                c.destination = destination;
                c.protocol = QStringLiteral("tcp");
                c.ports = QString::number(port);
                c.port = port;
                index.emplace(std::make_pair(destination, port), script.checks.size());
                script.checks.push_back(c);
            }
        }
    }

    std::vector<VerifyScript> out;
    std::set<QString> usedNames;
    for (auto &entry : byHost) {
        VerifyScript script = std::move(entry.second);
        // The host's platform: an explicit "os" on any of its nodes wins, else its types.
        int os = -1;
        bool windowsType = false;
        for (const Node &n : design.nodes) {
            if (hostKey(n) != entry.first)
                continue;
            if (os < 0)
                os = explicitOs(n);
            windowsType = windowsType || isWindowsType(n.type);
        }
        script.windows = os >= 0 ? os == 1 : windowsType;
        QString base = slug(script.host);
        if (base.isEmpty())
            base = QStringLiteral("host");
        QString name = QStringLiteral("verify-") + base;
        for (int i = 2; usedNames.count(name); ++i)
            name = QStringLiteral("verify-%1-%2").arg(base).arg(i);
        usedNames.insert(name);
        script.fileName = name + (script.windows ? QStringLiteral(".ps1") : QStringLiteral(".sh"));
        script.content = script.windows ? powerShellScript(script, design, options)
                                        : bashScript(script, design, options);
        out.push_back(std::move(script));
    }
    return out;
}

QByteArray VerifyScripts::bashScript(const VerifyScript &script, const Design &design,
                                     const VerifyOptions &options)
{
    QString s;
    s += QStringLiteral(
                 "#!/usr/bin/env bash\n"
                 "# Portolan connectivity check, to run on host %1 (Linux/UNIX).\n"
                 "# Design: %2\n"
                 "# Nodes on this host: %3\n"
                 "#\n"
                 "# Connects to every TCP port the flows from this host need. UDP and ICMP flows, port\n"
                 "# ranges and targets without an address are listed but cannot be proven this way.\n"
                 "#\n"
                 "# Usage: bash %4 [-t SECONDS]   per-check timeout (default %5; or PORTOLAN_TIMEOUT)\n"
                 "# Exit status: 0 every checked TCP port answered, 1 at least one did not, 2 bad usage.\n"
                 "set -u\n\n")
                 .arg(oneLine(script.host), designLine(design),
                      oneLine(script.nodes.join(QStringLiteral(", "))), script.fileName,
                      QString::number(options.timeoutSeconds));
    s += QStringLiteral("TIMEOUT=\"${PORTOLAN_TIMEOUT:-%1}\"\n").arg(options.timeoutSeconds);
    s += QStringLiteral(
            "while getopts 't:' opt; do\n"
            "    case \"$opt\" in\n"
            "        t) TIMEOUT=\"$OPTARG\" ;;\n"
            "        *) echo \"usage: $0 [-t SECONDS]\" >&2; exit 2 ;;\n"
            "    esac\n"
            "done\n"
            "case \"$TIMEOUT\" in\n"
            "    ''|*[!0-9]*|0) echo \"$0: the timeout must be a whole number of seconds\" >&2; exit 2 ;;\n"
            "esac\n"
            "\n"
            "# bash's /dev/tcp under coreutils' timeout; netcat when timeout is missing.\n"
            "if command -v timeout >/dev/null 2>&1; then\n"
            "    METHOD=/dev/tcp\n"
            "elif command -v nc >/dev/null 2>&1; then\n"
            "    METHOD=nc\n"
            "else\n"
            "    echo \"$0: needs 'timeout' (coreutils) or 'nc' (netcat)\" >&2\n"
            "    exit 2\n"
            "fi\n"
            "\n"
            "probe() { # DESTINATION PORT: succeeds when a TCP connection opens in time\n"
            "    if [ \"$METHOD\" = nc ]; then\n"
            "        nc -z -w \"$TIMEOUT\" \"$1\" \"$2\" >/dev/null 2>&1\n"
            "    else\n"
            "        timeout \"$TIMEOUT\" bash -c 'exec 3<>\"/dev/tcp/$1/$2\"' probe \"$1\" \"$2\" 2>/dev/null\n"
            "    fi\n"
            "}\n"
            "\n"
            "OPEN=0\n"
            "CLOSED=0\n"
            "UNTESTED=0\n"
            "ROWS=()\n"
            "row() { ROWS+=(\"$(printf '%-8s %-5s %-11s %-28s %-10s %s' \"$@\")\"); }\n"
            "\n"
            "check() { # FLOWS TARGET DESTINATION PORT\n"
            "    if probe \"$3\" \"$4\"; then\n"
            "        OPEN=$((OPEN + 1))\n"
            "        row OPEN tcp \"$4\" \"$3\" \"$1\" \"$2\"\n"
            "        echo \"open    tcp $3 $4  $2\" >&2\n"
            "    else\n"
            "        CLOSED=$((CLOSED + 1))\n"
            "        row CLOSED tcp \"$4\" \"$3\" \"$1\" \"$2\"\n"
            "        echo \"CLOSED  tcp $3 $4  $2\" >&2\n"
            "    fi\n"
            "}\n"
            "\n"
            "untested() { # FLOWS TARGET DESTINATION PROTOCOL PORTS WHY\n"
            "    UNTESTED=$((UNTESTED + 1))\n"
            "    row UNTESTED \"$4\" \"${5:--}\" \"${3:--}\" \"$1\" \"$2: $6\"\n"
            "}\n"
            "\n");
    s += QStringLiteral(
                 "echo \"Portolan connectivity check from %1 ($METHOD, timeout ${TIMEOUT}s)\" >&2\n")
                 .arg(oneLine(script.host)
                              .remove(QRegularExpression(QStringLiteral("[\"$`\\\\]"))));
    s += checkLines(script, bashQuote, QStringLiteral("check"), QStringLiteral("untested"));
    s += QStringLiteral(
            "\n"
            "printf '%-8s %-5s %-11s %-28s %-10s %s\\n' RESULT PROTO PORTS DESTINATION FLOWS TARGET\n"
            "if [ ${#ROWS[@]} -gt 0 ]; then printf '%s\\n' \"${ROWS[@]}\"; fi\n"
            "echo \"$OPEN open, $CLOSED closed, $UNTESTED not tested\"\n"
            "if [ \"$CLOSED\" -gt 0 ]; then\n"
            "    exit 1\n"
            "fi\n"
            "exit 0\n");
    return s.toUtf8();
}

QByteArray VerifyScripts::powerShellScript(const VerifyScript &script, const Design &design,
                                           const VerifyOptions &options)
{
    QString s;
    s += QStringLiteral(
                 "# Portolan connectivity check, to run on host %1 (Windows).\n"
                 "# Design: %2\n"
                 "# Nodes on this host: %3\n"
                 "#\n"
                 "# Connects to every TCP port the flows from this host need, with Test-NetConnection\n"
                 "# (or a TcpClient where that cmdlet is missing). UDP and ICMP flows, port ranges and\n"
                 "# targets without an address are listed but cannot be proven this way.\n"
                 "#\n"
                 "# Usage: powershell -ExecutionPolicy Bypass -File %4 [-TimeoutSeconds N]\n"
                 "# Exit status: 0 every checked TCP port answered, 1 at least one did not.\n")
                 .arg(oneLine(script.host), designLine(design),
                      oneLine(script.nodes.join(QStringLiteral(", "))), script.fileName);
    s += QStringLiteral("param([ValidateRange(1, 3600)][int]$TimeoutSeconds = %1)\n")
                 .arg(options.timeoutSeconds);
    s += QStringLiteral(
            "Set-StrictMode -Version 2.0\n"
            "$script:UseTnc = [bool](Get-Command Test-NetConnection -ErrorAction SilentlyContinue)\n"
            "$script:Results = New-Object System.Collections.Generic.List[object]\n"
            "\n"
            "function Test-PortolanPort([string]$Destination, [int]$Port) {\n"
            "    if ($script:UseTnc) {\n"
            "        # Test-NetConnection has no timeout of its own: run it in a runspace and stop\n"
            "        # waiting after the per-check timeout.\n"
            "        $ps = [PowerShell]::Create()\n"
            "        [void]$ps.AddCommand('Test-NetConnection').AddParameter('ComputerName', $Destination)\n"
            "        [void]$ps.AddParameter('Port', $Port).AddParameter('InformationLevel', 'Quiet')\n"
            "        [void]$ps.AddParameter('WarningAction', 'SilentlyContinue')\n"
            "        $handle = $ps.BeginInvoke()\n"
            "        if (-not $handle.AsyncWaitHandle.WaitOne($TimeoutSeconds * 1000)) {\n"
            "            [void]$ps.BeginStop($null, $null)\n"
            "            return $false\n"
            "        }\n"
            "        try {\n"
            "            $out = @($ps.EndInvoke($handle))\n"
            "            return ($out.Count -gt 0 -and [bool]$out[$out.Count - 1])\n"
            "        } catch { return $false } finally { $ps.Dispose() }\n"
            "    }\n"
            "    $client = New-Object System.Net.Sockets.TcpClient\n"
            "    try {\n"
            "        $task = $client.ConnectAsync($Destination, $Port)\n"
            "        return ($task.Wait($TimeoutSeconds * 1000) -and $client.Connected)\n"
            "    } catch { return $false } finally { $client.Dispose() }\n"
            "}\n"
            "\n"
            "function Add-Row([string]$Result, [string]$Protocol, [string]$Ports, [string]$Destination,\n"
            "                 [string]$Flows, [string]$Target) {\n"
            "    $script:Results.Add([pscustomobject]@{ Result = $Result; Protocol = $Protocol;\n"
            "        Ports = $Ports; Destination = $Destination; Flows = $Flows; Target = $Target })\n"
            "}\n"
            "\n"
            "function Test-Check([string]$Flows, [string]$Target, [string]$Destination, [int]$Port) {\n"
            "    if (Test-PortolanPort $Destination $Port) { $r = 'OPEN' } else { $r = 'CLOSED' }\n"
            "    Write-Host (\"{0,-7} tcp {1} {2}  {3}\" -f $r, $Destination, $Port, $Target)\n"
            "    Add-Row $r 'tcp' \"$Port\" $Destination $Flows $Target\n"
            "}\n"
            "\n"
            "function Skip-Check([string]$Flows, [string]$Target, [string]$Destination, [string]$Protocol,\n"
            "                    [string]$Ports, [string]$Why) {\n"
            "    if (-not $Destination) { $Destination = '-' }\n"
            "    if (-not $Ports) { $Ports = '-' }\n"
            "    Add-Row 'UNTESTED' $Protocol $Ports $Destination $Flows (\"{0}: {1}\" -f $Target, $Why)\n"
            "}\n"
            "\n");
    s += QStringLiteral(
                 "Write-Host (\"Portolan connectivity check from %1, timeout {0}s\" -f $TimeoutSeconds)\n")
                 .arg(oneLine(script.host)
                              .remove(QRegularExpression(QStringLiteral(
                                      "[\"'`${}\\x{2018}\\x{2019}\\x{201A}\\x{201B}\\x{201C}\\x{201D}\\x{201E}]"))));
    s += checkLines(script, psQuote, QStringLiteral("Test-Check"), QStringLiteral("Skip-Check"));
    s += QStringLiteral(
            "\n"
            "$script:Results | Format-Table -AutoSize Result, Protocol, Ports, Destination, Flows, Target |\n"
            "    Out-String -Width 240 | Write-Output\n"
            "$open = @($script:Results | Where-Object { $_.Result -eq 'OPEN' }).Count\n"
            "$closed = @($script:Results | Where-Object { $_.Result -eq 'CLOSED' }).Count\n"
            "$untested = @($script:Results | Where-Object { $_.Result -eq 'UNTESTED' }).Count\n"
            "Write-Output (\"{0} open, {1} closed, {2} not tested\" -f $open, $closed, $untested)\n"
            "if ($closed -gt 0) { exit 1 }\n"
            "exit 0\n");
    // Windows PowerShell 5.1 reads a script without a BOM in the ANSI code page: write UTF-8
    // with a BOM and CRLF line ends so that Chinese names survive.
    s.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    return QByteArray("\xEF\xBB\xBF") + s.toUtf8();
}

} // namespace portolan::beyond
