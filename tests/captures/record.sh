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

source "$HERE/lib.sh"
need_root_and sipp dumpcap editcap capinfos python3 timeout

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
check_frames all-codes-udp:323 ipv6:11 cancel-udp:7
