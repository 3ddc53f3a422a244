#!/bin/bash
# Regenerate the "context" SIP test captures tests/captures/ctx-*.pcap from
# real SIP peers on loopback: for each capture one SIPp UAS and one SIPp UAC
# (tests/sipp/context/uas-NAME.xml and uac-NAME.xml); the UAC takes one case
# per call from tests/sipp/context/NAME.csv, the UAS reads the case from the
# user part of the To URI.
# Needs root (dumpcap on lo), sipp (Debian sip-tester), dumpcap, editcap,
# capinfos, timeout.
# Usage: sudo tests/captures/record-context.sh [NAME]   (about 30 s)
#        NAME (e.g. transfer) regenerates only ctx-NAME.pcap.
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

# run NAME CSV [EXTRA UAC ARGS...]: one SIPp UAS (uas-NAME.xml) and one SIPp
# UAC (uac-NAME.xml) with as many calls as CSV has cases, one call at a time
run() {
    local name=$1 csv=$2; shift 2
    local n uas_pid
    n=$(grep -c '^[a-z]' "$CTX/$csv")
    timeout "$T" sipp -nostdin -trace_err -sf "$CTX/uas-$name.xml" \
        -i 127.0.0.1 -p "$UAS_PORT" -m "$n" >"$WORK/uas-$name.log" 2>&1 &
    uas_pid=$!
    PIDS+=("$uas_pid")
    sleep 0.5
    timeout "$T" sipp "127.0.0.1:$UAS_PORT" -nostdin -trace_err \
        -sf "$CTX/uac-$name.xml" -inf "$CTX/$csv" \
        -i 127.0.0.1 -p "$UAC_PORT" -m "$n" -l 1 -r 5 "$@" \
        >"$WORK/uac-$name.log" 2>&1 || die "SIPp UAC failed: $name $csv"
    wait "$uas_pid" || die "SIPp UAS failed: $name $csv"
    sleep 0.2
}

# record NAME: the usual case, one run for the whole capture ctx-NAME.pcap
record() {
    start_capture "ctx-$1"
    run "$1" "$1.csv"
    stop_capture "ctx-$1"
}

ALL="digest-ok digest-fail cancel-race reinvite timers reason transfer subscribe"
ONLY=${1:-}
[ -z "$ONLY" ] || case " $ALL " in
    *" $ONLY "*) ;;
    *) echo "record-context.sh: unknown capture '$ONLY' (one of: $ALL)" >&2; exit 2 ;;
esac
want() { [ -z "$ONLY" ] || [ "$ONLY" = "$1" ]; }

# SIPp puts uri="sip:<remote_ip>:<remote_port>" in the credentials unless
# -auth_uri says otherwise (one value per run): so REGISTER and INVITE are
# two runs, the second with the INVITE's Request-URI.
if want digest-ok; then
    start_capture ctx-digest-ok
    run digest-ok digest-ok-reg.csv -au alice -ap secret
    run digest-ok digest-ok-inv.csv -au alice -ap secret -auth_uri "inv-ok@127.0.0.1:$UAS_PORT"
    stop_capture ctx-digest-ok
fi
if want digest-fail; then
    start_capture ctx-digest-fail
    run digest-fail digest-fail.csv -au alice -ap secret
    stop_capture ctx-digest-fail
fi
for c in cancel-race reinvite timers reason transfer subscribe; do
    if want "$c"; then record "$c"; fi
done

# Frame numbers in README.md are valid only if nothing was retransmitted.
for f in digest-ok:14 digest-fail:18 cancel-race:21 reinvite:21 timers:16 \
         reason:31 transfer:59 subscribe:11; do
    want "${f%%:*}" || continue
    n=$(capinfos -c -M "$HERE/ctx-${f%%:*}.pcap" | awk '/Number of packets/ {print $NF}')
    [ "$n" = "${f##*:}" ] || echo "record-context.sh: WARNING ctx-${f%%:*}.pcap has $n frames, expected ${f##*:}: update README.md" >&2
done
