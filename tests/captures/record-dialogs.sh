#!/bin/bash
# Regenerate the dialog captures tests/captures/dlg-*.pcap (issue #14: a
# failed session refresh then BYE, a BYE at a timer, forked and B2BUA legs)
# from real SIP peers on loopback: SIPp 3.6 as UAC and UAS, and Kamailio 5.6
# (tests/sipp/doctor/kamailio-doctor.cfg) as the forking proxy of dlg-fork.
# Scenarios: tests/sipp/dialogs/*.xml (written by hand), except dlg-fork's,
# which are the forked call of tests/sipp/doctor/.
# The timers run for real: dlg-no-ack-tcp takes 33 s (64*T1), dlg-session-
# timer 61 s (Session-Expires 90, BYE at 90 - min(32, 90/3) = 60 s).
# Needs root (dumpcap on lo), sipp, kamailio, dumpcap, editcap, capinfos,
# timeout, ss.
# Usage: sudo tests/captures/record-dialogs.sh [NAME]   (about 2 min)
#        NAME (e.g. refresh) regenerates only dlg-NAME.pcap;
#        CAPTURE_OUT=/tmp/dir writes the captures there instead.
# Addresses, port 5060 (UDP, and TCP for dlg-no-ack-tcp): caller 127.0.0.57,
# Kamailio or the B2BUA's inner side 127.0.0.58, callee 127.0.0.59, second
# callee of the fork 127.0.0.61, the B2BUA's outer side 127.0.0.62.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
DIALOGS=$(cd "$HERE/../sipp/dialogs" && pwd)
DOCTOR=$(cd "$HERE/../sipp/doctor" && pwd)
FILTER="port 5060 and net 127.0.0.56/29"
UAC_IP=127.0.0.57
PROXY_IP=127.0.0.58
UAS_IP=127.0.0.59
CALLEE_B_IP=127.0.0.61
OUTER_IP=127.0.0.62
T=100                                 # per-process time limit, seconds
SIPP_OPTS="-nostdin -trace_err -default_behaviors all,-bye"

source "$HERE/lib.sh"
need_root_and sipp kamailio dumpcap editcap capinfos timeout ss

ALL="refresh no-ack-tcp session-timer fork b2bua"
choose_captures "$ALL" "${1:-}"

refuse_busy_addresses

# sipp_bg VAR ARGS...: a SIPp process in the background, its pid in VAR
sipp_bg() {
    local var=$1; shift
    timeout "$T" sipp $SIPP_OPTS "$@" >>"$WORK/sipp.log" 2>&1 &
    printf -v "$var" %s "$!"
    PIDS+=("$!")
}

# listening IP PROTO: wait until something listens on IP:5060
listening() {
    local i
    for i in $(seq 50); do
        ss -ln"${2:0:1}" | grep -q "$1:5060 " && return 0
        sleep 0.1
    done
    die "nothing listens on $1:5060/$2"
}

# finish PID WHAT: a SIPp run must end with status 0
finish() {
    wait "$1" || { tail -n 40 "$WORK/sipp.log" >&2; die "SIPp $2 failed"; }
}

# call_pair NAME [OPTS]: tests/sipp/dialogs/NAME.uas.xml on the callee,
# NAME.uac.xml from the caller, one call
call_pair() {
    local name=$1; shift
    sipp_bg UAS "$@" -sf "$DIALOGS/$name.uas.xml" -i "$UAS_IP" -p 5060 -m 1
    listening "$UAS_IP" "${PROTO:-udp}"
    sipp_bg UAC "$UAS_IP:5060" "$@" -sf "$DIALOGS/$name.uac.xml" -i "$UAC_IP" -p 5060 -m 1
    finish "$UAC" "$name uac"
    finish "$UAS" "$name uas"
}

if want refresh; then
    start_capture dlg-refresh
    call_pair refresh
    stop_capture dlg-refresh
fi

if want no-ack-tcp; then
    start_capture dlg-no-ack-tcp
    PROTO=tcp call_pair no-ack-tcp -t t1
    stop_capture dlg-no-ack-tcp
fi

if want session-timer; then
    start_capture dlg-session-timer
    call_pair session-timer
    stop_capture dlg-session-timer
fi

# The forked call of doctor-answered alone: Kamailio forks to 127.0.0.59
# (180, then 200) and 127.0.0.61 (180, then CANCEL and 487).
if want fork; then
    start_kamailio "$DOCTOR/kamailio-doctor.cfg"
    start_capture dlg-fork
    sipp_bg CALLEE_B -sf "$DOCTOR/forked-b.uas.xml" -i "$CALLEE_B_IP" -p 5060 -m 1
    sipp_bg UAS -sf "$DOCTOR/answered.uas.xml" -i "$UAS_IP" -p 5060 -m 1
    listening "$UAS_IP" udp
    listening "$CALLEE_B_IP" udp
    sipp_bg UAC "$PROXY_IP:5060" -sf "$DOCTOR/forked.uac.xml" -inf "$DOCTOR/forked.csv" \
        -i "$UAC_IP" -p 5060 -m 1
    finish "$UAC" "fork uac"
    finish "$UAS" "fork uas"
    finish "$CALLEE_B" "fork second callee"
    stop_capture dlg-fork
    kill "$KAM_PID"                   # 127.0.0.58 is the B2BUA's below
    wait "$KAM_PID" 2>/dev/null || true
fi

# Three calls, each as two legs the way a B2BUA on 127.0.0.58 (inner) and
# 127.0.0.62 (outer) would send them: leg a from the caller to .58, leg b
# from .62 to the callee 0.2 s later, with their own Call-IDs. Call 1: leg
# b carries X-Call-ID with leg a's Call-ID; call 2: both carry the same
# P-Charging-Vector icid-value; call 3: nothing links them (and the called
# numbers differ).
if want b2bua; then
    start_capture dlg-b2bua
    sipp_bg UAS_A -sf "$DIALOGS/b2bua.uas.xml" -i "$PROXY_IP" -p 5060 -m 3
    sipp_bg UAS_B -sf "$DIALOGS/b2bua.uas.xml" -i "$UAS_IP" -p 5060 -m 3
    listening "$PROXY_IP" udp
    listening "$UAS_IP" udp
    sipp_bg UAC_A "$PROXY_IP:5060" -sf "$DIALOGS/b2bua-a.uac.xml" -inf "$DIALOGS/b2bua-a.csv" \
        -i "$UAC_IP" -p 5060 -m 3 -r 1 -rp 3000 -cid_str "b2bua-a%u@sipdiag.test"
    sleep 0.2
    sipp_bg UAC_B "$UAS_IP:5060" -sf "$DIALOGS/b2bua-b.uac.xml" -inf "$DIALOGS/b2bua-b.csv" \
        -i "$OUTER_IP" -p 5060 -m 3 -r 1 -rp 3000 -cid_str "b2bua-b%u@sipdiag.test"
    finish "$UAC_A" "b2bua leg a uac"
    finish "$UAC_B" "b2bua leg b uac"
    finish "$UAS_A" "b2bua leg a uas"
    finish "$UAS_B" "b2bua leg b uas"
    stop_capture dlg-b2bua
fi

# Frame numbers in README.md and tests/plugin/test_dialogs.py are valid only
# if the runs behaved as designed.
FRAMES=()
for f in refresh:9 no-ack-tcp:17 session-timer:6 fork:22 b2bua:36; do
    want "${f%%:*}" && FRAMES+=("dlg-$f")
done
check_frames "${FRAMES[@]}"
