# Portolan connectivity check, to run on host tagged01 (Windows).
# Design: Loopback check, revision T
# Nodes on this host: tagged
#
# Connects to every TCP port the flows from this host need, with Test-NetConnection
# (or a TcpClient where that cmdlet is missing). UDP and ICMP flows, port ranges and
# targets without an address are listed but cannot be proven this way.
#
# Usage: powershell -ExecutionPolicy Bypass -File verify-tagged01.ps1 [-TimeoutSeconds N]
# Exit status: 0 every checked TCP port answered, 1 at least one did not.
param([ValidateRange(1, 3600)][int]$TimeoutSeconds = 2)
Set-StrictMode -Version 2.0
$script:UseTnc = [bool](Get-Command Test-NetConnection -ErrorAction SilentlyContinue)
$script:Results = New-Object System.Collections.Generic.List[object]

function Test-PortolanPort([string]$Destination, [int]$Port) {
    if ($script:UseTnc) {
        # Test-NetConnection has no timeout of its own: run it in a runspace and stop
        # waiting after the per-check timeout.
        $ps = [PowerShell]::Create()
        [void]$ps.AddCommand('Test-NetConnection').AddParameter('ComputerName', $Destination)
        [void]$ps.AddParameter('Port', $Port).AddParameter('InformationLevel', 'Quiet')
        [void]$ps.AddParameter('WarningAction', 'SilentlyContinue')
        $handle = $ps.BeginInvoke()
        if (-not $handle.AsyncWaitHandle.WaitOne($TimeoutSeconds * 1000)) {
            [void]$ps.BeginStop($null, $null)
            return $false
        }
        try {
            $out = @($ps.EndInvoke($handle))
            return ($out.Count -gt 0 -and [bool]$out[$out.Count - 1])
        } catch { return $false } finally { $ps.Dispose() }
    }
    $client = New-Object System.Net.Sockets.TcpClient
    try {
        $task = $client.ConnectAsync($Destination, $Port)
        return ($task.Wait($TimeoutSeconds * 1000) -and $client.Connected)
    } catch { return $false } finally { $client.Dispose() }
}

function Add-Row([string]$Result, [string]$Protocol, [string]$Ports, [string]$Destination,
                 [string]$Flows, [string]$Target) {
    $script:Results.Add([pscustomobject]@{ Result = $Result; Protocol = $Protocol;
        Ports = $Ports; Destination = $Destination; Flows = $Flows; Target = $Target })
}

function Test-Check([string]$Flows, [string]$Target, [string]$Destination, [int]$Port) {
    if (Test-PortolanPort $Destination $Port) { $r = 'OPEN' } else { $r = 'CLOSED' }
    Write-Host ("{0,-7} tcp {1} {2}  {3}" -f $r, $Destination, $Port, $Target)
    Add-Row $r 'tcp' "$Port" $Destination $Flows $Target
}

function Skip-Check([string]$Flows, [string]$Target, [string]$Destination, [string]$Protocol,
                    [string]$Ports, [string]$Why) {
    if (-not $Destination) { $Destination = '-' }
    if (-not $Ports) { $Ports = '-' }
    Add-Row 'UNTESTED' $Protocol $Ports $Destination $Flows ("{0}: {1}" -f $Target, $Why)
}

Write-Host ("Portolan connectivity check from tagged01, timeout {0}s" -f $TimeoutSeconds)
Skip-Check 'F5' 'Target (dst01)' '127.0.0.1' 'tcp' '9000-9099' 'port range, listeners are dynamic'

$script:Results | Format-Table -AutoSize Result, Protocol, Ports, Destination, Flows, Target |
    Out-String -Width 240 | Write-Output
$open = @($script:Results | Where-Object { $_.Result -eq 'OPEN' }).Count
$closed = @($script:Results | Where-Object { $_.Result -eq 'CLOSED' }).Count
$untested = @($script:Results | Where-Object { $_.Result -eq 'UNTESTED' }).Count
Write-Output ("{0} open, {1} closed, {2} not tested" -f $open, $closed, $untested)
if ($closed -gt 0) { exit 1 }
exit 0
