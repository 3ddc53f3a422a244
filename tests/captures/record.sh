#!/bin/bash
# Regenerate the SIP test captures of tests/captures/ from real SIP peers
# (SIPp scenarios and a small Python TCP UAS, all in tests/sipp/) on loopback.
# Needs root (dumpcap on lo), sipp (Debian sip-tester), dumpcap, editcap, python3.
# Usage: sudo tests/captures/record.sh        (about 15 s)
# Ports (none has a registered Wireshark dissector): UAS 5070 5074 5076 5078,
# UAC 5080 5082 5086 5088; capture filter "portrange 5070-5090".
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
SIPP_DIR=$(cd "$HERE/../sipp" && pwd)
FILTER="portrange 5070-5090"
T=10                                  # per-process time limit, seconds

[ "$(id -u)" -eq 0 ] || { echo "record.sh: must run as root" >&2; exit 1; }
for t in sipp dumpcap editcap python3 timeout; do
    command -v "$t" >/dev/null || { echo "record.sh: $t not found" >&2; exit 1; }
done

WORK=$(mktemp -d /tmp/sipdiag-record.XXXXXX)
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
    echo "record.sh: dumpcap did not start" >&2; cat "$WORK/$1.dumpcap.log" >&2; exit 1
}

# stop_capture NAME: stop dumpcap, write tests/captures/NAME.pcap (libpcap)
stop_capture() {
    sleep 0.5
    kill -INT "$CAP_PID"
    wait "$CAP_PID" || true
    editcap -F pcap "$WORK/$1.pcapng" "$HERE/$1.pcap"
    echo "wrote $HERE/$1.pcap ($(stat -c %s "$HERE/$1.pcap") bytes)"
}

# uas PORT_ARGS...: a SIPp UAS in the background, bounded by timeout
uas() {
    timeout "$T" sipp -nostdin -trace_err "$@" >"$WORK/uas.$$.$RANDOM.log" 2>&1 &
    UAS_PID=$!
    PIDS+=("$UAS_PID")
    sleep 0.5
}

uac() {
    timeout "$T" sipp -nostdin -trace_err "$@" >"$WORK/uac.log" 2>&1 || {
        echo "record.sh: SIPp UAC failed: $*" >&2; cat "$WORK"/*errors.log >&2 2>/dev/null; exit 1; }
    wait "$UAS_PID" || { echo "record.sh: UAS failed" >&2; cat "$WORK"/*errors.log >&2 2>/dev/null; exit 1; }
}

ncalls() { grep -c '^[0-9]' "$1"; }

# a. every response code over UDP/IPv4 (INVITE and a few non-INVITE methods)
N=$(ncalls "$SIPP_DIR/codes.csv")
start_capture all-codes-udp
uas -sf "$SIPP_DIR/uas-codes.xml" -i 127.0.0.1 -p 5070 -m "$N"
uac 127.0.0.1:5070 -sf "$SIPP_DIR/uac-codes.xml" -inf "$SIPP_DIR/codes.csv" \
    -i 127.0.0.1 -p 5080 -m "$N" -l 1 -r 20
stop_capture all-codes-udp

# b. TCP: several responses in one segment, one response in two segments
start_capture tcp-multi
timeout "$T" python3 "$SIPP_DIR/tcp_uas.py" --host 127.0.0.1 --port 5074 --calls 2 --deadline 8 &
UAS_PID=$!
PIDS+=("$UAS_PID")
sleep 0.5
uac 127.0.0.1:5074 -t t1 -sf "$SIPP_DIR/uac-codes.xml" -inf "$SIPP_DIR/tcp.csv" \
    -i 127.0.0.1 -p 5082 -m 2 -l 1 -r 2
stop_capture tcp-multi

# c. IPv6: a call (180, 200, BYE) and a 486 Busy Here, UDP on ::1
start_capture ipv6
uas -sf "$SIPP_DIR/uas-codes.xml" -i ::1 -p 5076 -m 2
uac '[::1]:5076' -sf "$SIPP_DIR/uac-codes.xml" -inf "$SIPP_DIR/ipv6.csv" \
    -i ::1 -p 5086 -m 2 -l 1 -r 2
stop_capture ipv6

# d. a cancelled call over UDP/IPv4
start_capture cancel-udp
uas -sf "$SIPP_DIR/uas-cancel.xml" -i 127.0.0.1 -p 5078 -m 1
uac 127.0.0.1:5078 -sf "$SIPP_DIR/uac-cancel.xml" -i 127.0.0.1 -p 5088 -m 1
stop_capture cancel-udp

# Frame numbers in README.md are valid only if nothing was retransmitted.
for f in all-codes-udp:323 ipv6:11 cancel-udp:7; do
    n=$(capinfos -c -M "$HERE/${f%%:*}.pcap" | awk '/Number of packets/ {print $NF}')
    [ "$n" = "${f##*:}" ] || echo "record.sh: WARNING ${f%%:*}.pcap has $n frames, expected ${f##*:}: update README.md" >&2
done
