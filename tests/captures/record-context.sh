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


source "$HERE/lib.sh"
need_root_and sipp dumpcap editcap capinfos timeout

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
choose_captures "$ALL" "${1:-}"

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
FRAMES=()
for f in digest-ok:14 digest-fail:18 cancel-race:21 reinvite:21 timers:16 \
         reason:31 transfer:59 subscribe:11; do
    want "${f%%:*}" && FRAMES+=("ctx-$f")
done
check_frames "${FRAMES[@]}"
