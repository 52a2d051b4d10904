#!/usr/bin/env bash
# Portolan connectivity check, to run on host src01 (Linux/UNIX).
# Design: Loopback check, revision T
# Nodes on this host: src
#
# Connects to every TCP port the flows from this host need. UDP and ICMP flows, port
# ranges and targets without an address are listed but cannot be proven this way.
#
# Usage: bash verify-src01.sh [-t SECONDS]   per-check timeout (default 2; or PORTOLAN_TIMEOUT)
# Exit status: 0 every checked TCP port answered, 1 at least one did not, 2 bad usage.
set -u

TIMEOUT="${PORTOLAN_TIMEOUT:-2}"
while getopts 't:' opt; do
    case "$opt" in
        t) TIMEOUT="$OPTARG" ;;
        *) echo "usage: $0 [-t SECONDS]" >&2; exit 2 ;;
    esac
done
case "$TIMEOUT" in
    ''|*[!0-9]*|0) echo "$0: the timeout must be a whole number of seconds" >&2; exit 2 ;;
esac

# bash's /dev/tcp under coreutils' timeout; netcat when timeout is missing.
if command -v timeout >/dev/null 2>&1; then
    METHOD=/dev/tcp
elif command -v nc >/dev/null 2>&1; then
    METHOD=nc
else
    echo "$0: needs 'timeout' (coreutils) or 'nc' (netcat)" >&2
    exit 2
fi

probe() { # DESTINATION PORT: succeeds when a TCP connection opens in time
    if [ "$METHOD" = nc ]; then
        nc -z -w "$TIMEOUT" "$1" "$2" >/dev/null 2>&1
    else
        timeout "$TIMEOUT" bash -c 'exec 3<>"/dev/tcp/$1/$2"' probe "$1" "$2" 2>/dev/null
    fi
}

OPEN=0
CLOSED=0
UNTESTED=0
ROWS=()
row() { ROWS+=("$(printf '%-8s %-5s %-11s %-28s %-10s %s' "$@")"); }

check() { # FLOWS TARGET DESTINATION PORT
    if probe "$3" "$4"; then
        OPEN=$((OPEN + 1))
        row OPEN tcp "$4" "$3" "$1" "$2"
        echo "open    tcp $3 $4  $2" >&2
    else
        CLOSED=$((CLOSED + 1))
        row CLOSED tcp "$4" "$3" "$1" "$2"
        echo "CLOSED  tcp $3 $4  $2" >&2
    fi
}

untested() { # FLOWS TARGET DESTINATION PROTOCOL PORTS WHY
    UNTESTED=$((UNTESTED + 1))
    row UNTESTED "$4" "${5:--}" "${3:--}" "$1" "$2: $6"
}

echo "Portolan connectivity check from src01 ($METHOD, timeout ${TIMEOUT}s)" >&2
check 'F1' 'Target (dst01)' '127.0.0.1' 8443
check 'F1' 'Target (dst01)' '127.0.0.1' 9443
untested 'F2' 'Target (dst01)' '127.0.0.1' 'udp' '514' 'UDP cannot be proven by a TCP connect'
untested 'F3' 'Target (dst01)' '127.0.0.1' 'icmp' '' 'ICMP is not tested; try ping'

printf '%-8s %-5s %-11s %-28s %-10s %s\n' RESULT PROTO PORTS DESTINATION FLOWS TARGET
if [ ${#ROWS[@]} -gt 0 ]; then printf '%s\n' "${ROWS[@]}"; fi
echo "$OPEN open, $CLOSED closed, $UNTESTED not tested"
if [ "$CLOSED" -gt 0 ]; then
    exit 1
fi
exit 0
