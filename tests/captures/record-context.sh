#!/bin/bash
# Regenerate the "context" SIP test captures tests/captures/ctx-*.pcap from
# real SIP peers on loopback: for each capture one SIPp UAS and one SIPp UAC
# (tests/sipp/context/uas-NAME.xml and uac-NAME.xml); the UAC takes one case
# per call from tests/sipp/context/NAME.csv, the UAS reads the case from the
# user part of the To URI.
# Needs root (dumpcap on lo), sipp (Debian sip-tester), dumpcap, editcap,
# capinfos, timeout.
# Usage: sudo tests/captures/record-context.sh        (about 30 s)
# Ports: UAS 127.0.0.1:5095, UAC 127.0.0.1:5091, capture filter
# "portrange 5091-5099" (5094 is HART-IP in Wireshark: not used).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
CTX=$(cd "$HERE/../sipp/context" && pwd)
FILTER="portrange 5091-5099"
UAS_PORT=5095
UAC_PORT=5091
T=20                                  # per-process time limit, seconds

[ "$(id -u)" -eq 0 ] || { echo "record-context.sh: must run as root" >&2; exit 1; }
for t in sipp dumpcap editcap capinfos timeout; do
    command -v "$t" >/dev/null || { echo "record-context.sh: $t not found" >&2; exit 1; }
done

WORK=$(mktemp -d /tmp/sipdiag-record-context.XXXXXX)
PIDS=()
CAP_PID=
cleanup() {
    local p
    for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
cd "$WORK"                            # SIPp writes its logs into the cwd

die() {
    echo "record-context.sh: $*" >&2
    cat "$WORK"/*errors.log >&2 2>/dev/null || true
    exit 1
}

# start_capture NAME: dumpcap on lo into $WORK/NAME.pcapng, waits until ready
start_capture() {
    timeout 120 dumpcap -q -i lo -f "$FILTER" -w "$WORK/$1.pcapng" 2>"$WORK/$1.dumpcap.log" &
    CAP_PID=$!
    PIDS+=("$CAP_PID")
    local i
    for i in $(seq 50); do
        grep -q "Capturing on" "$WORK/$1.dumpcap.log" 2>/dev/null && { sleep 0.3; return 0; }
        sleep 0.1
    done
    cat "$WORK/$1.dumpcap.log" >&2
    die "dumpcap did not start"
}

# stop_capture NAME: stop dumpcap, write tests/captures/NAME.pcap (libpcap)
stop_capture() {
    sleep 0.5
    kill -INT "$CAP_PID"
    wait "$CAP_PID" || true
    editcap -F pcap "$WORK/$1.pcapng" "$HERE/$1.pcap"
    echo "wrote $HERE/$1.pcap ($(stat -c %s "$HERE/$1.pcap") bytes)"
}

# record NAME [EXTRA UAC ARGS...]: one capture ctx-NAME.pcap, one SIPp UAS and
# one SIPp UAC, as many calls as NAME.csv has cases, one call at a time
record() {
    local name=$1; shift
    local n uas_pid
    n=$(grep -c '^[a-z]' "$CTX/$name.csv")
    start_capture "ctx-$name"
    timeout "$T" sipp -nostdin -trace_err -sf "$CTX/uas-$name.xml" \
        -i 127.0.0.1 -p "$UAS_PORT" -m "$n" >"$WORK/uas-$name.log" 2>&1 &
    uas_pid=$!
    PIDS+=("$uas_pid")
    sleep 0.5
    timeout "$T" sipp "127.0.0.1:$UAS_PORT" -nostdin -trace_err \
        -sf "$CTX/uac-$name.xml" -inf "$CTX/$name.csv" \
        -i 127.0.0.1 -p "$UAC_PORT" -m "$n" -l 1 -r 5 "$@" \
        >"$WORK/uac-$name.log" 2>&1 || die "SIPp UAC failed for $name"
    wait "$uas_pid" || die "SIPp UAS failed for $name"
    stop_capture "ctx-$name"
}

ONLY=${1:-}
want() { [ -z "$ONLY" ] || [ "$ONLY" = "$1" ]; }

want digest-ok && record digest-ok -au alice -ap secret
want digest-fail && record digest-fail -au alice -ap secret
want cancel-race && record cancel-race
want reinvite && record reinvite
want timers && record timers
want reason && record reason
want transfer && record transfer
want subscribe && record subscribe

# Frame numbers in README.md are valid only if nothing was retransmitted.
for f in ; do
    n=$(capinfos -c -M "$HERE/ctx-${f%%:*}.pcap" | awk '/Number of packets/ {print $NF}')
    [ "$n" = "${f##*:}" ] || echo "record-context.sh: WARNING ctx-${f%%:*}.pcap has $n frames, expected ${f##*:}: update README.md" >&2
done
