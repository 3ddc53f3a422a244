#!/bin/bash
# Regenerate the "call doctor" SIP test captures tests/captures/doctor-*.pcap
# (issue #14: calls that fail with no error response) from real SIP peers on
# loopback: SIPp 3.6 as UAC and UAS, and Kamailio 5.6
# (tests/sipp/doctor/kamailio-doctor.cfg) as the forking proxy of the
# second call of doctor-answered. The scenarios are
# tests/sipp/doctor/CAPTURE.uac.xml and CAPTURE.uas.xml, the cases of each
# capture (one per call, field 0 of the injection file) CAPTURE.csv, all made
# by tests/sipp/doctor/gen-doctor.py.
# The timers run out for real (Timer B, Timer F, the 64*T1 give-up of an
# unacknowledged 2xx): no-ack, no-response and bye take about 34 s each.
# Needs root (dumpcap on lo), sipp (Debian sip-tester), dumpcap, editcap,
# capinfos, timeout, ss.
# Usage: sudo tests/captures/record-doctor.sh [NAME]   (about 2.5 min)
#        NAME (e.g. no-ack) regenerates only doctor-NAME.pcap;
#        CAPTURE_OUT=/tmp/dir writes the captures there instead.
# Addresses, all UDP port 5060 (every frame decodes as SIP, no -d needed):
# UAC 127.0.0.57, Kamailio 127.0.0.58, UAS 127.0.0.59 (and the second
# callee of the forked call 127.0.0.61), 127.0.0.60 is silent (nothing listens; the
# ICMP port unreachable it causes is not captured and SIPp ignores it);
# capture filter "udp port 5060 and net 127.0.0.56/29".
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
DOCTOR=$(cd "$HERE/../sipp/doctor" && pwd)
FILTER="udp port 5060 and net 127.0.0.56/29"
UAC_IP=127.0.0.57
PROXY_IP=127.0.0.58
UAS_IP=127.0.0.59
SILENT_IP=127.0.0.60
CALLEE_B_IP=127.0.0.61                # the second callee of the forked call
T=45                                  # per-process time limit, seconds
# -default_behaviors all,-bye: a failed call must not turn into a BYE
# exchange. Retransmission limits: by default SIPp gives up after 5 INVITE
# and 9 non-INVITE retransmissions (-max_retrans caps both), before 32 s;
# with 6 and 10 the last one (31.5 s) goes out and the scenario's 32 s
# timer ends the wait.
SIPP_OPTS="-nostdin -trace_err -default_behaviors all,-bye -max_retrans 10 -max_invite_retrans 6 -max_non_invite_retrans 10"

source "$HERE/lib.sh"
need_root_and sipp kamailio dumpcap editcap capinfos timeout ss

ALL="no-ack no-response short timer-c bye answered"
choose_captures "$ALL" "${1:-}"

refuse_busy_addresses

# start_uas NAME CALLS: the SIPp UAS (callee) on 127.0.0.59, in the background
start_uas() {
    timeout "$T" sipp $SIPP_OPTS -sf "$DOCTOR/$1.uas.xml" -i "$UAS_IP" -p 5060 -m "$2" \
        >"$WORK/$1.uas.log" 2>&1 &
    UAS_PID=$!
    PIDS+=("$UAS_PID")
    local i
    for i in $(seq 50); do
        ss -lun | grep -q "$UAS_IP:5060 " && return 0
        sleep 0.1
    done
    die "SIPp UAS did not start: $1"
}

# sipp_done NAME SIDE RC TIMEOUTS: a SIPp run ended as designed: exit status
# 0, or 1 (SIPp counts a call whose wait ran into its timer as failed) when
# the run's error log shows exactly TIMEOUTS receive timeouts, each of them
# a timer of the scenario (ontimeout jumps, not aborts)
sipp_done() {
    local name=$1 side=$2 rc=$3 want=$4 got
    got=$(cat "$WORK/$name.${side}_"*_errors.log 2>/dev/null \
          | grep -o "receive timeout on message" | wc -l) || true   # no log: none
    [ "$got" = "$want" ] || die "SIPp $side $name: $got receive timeouts, expected $want (log $WORK/$name.$side.log)"
    if [ "$rc" -ne 0 ] && { [ "$want" -eq 0 ] || [ "$rc" -ne 1 ]; }; then
        tail -n 30 "$WORK/$name.$side.log" >&2
        die "SIPp $side $name exited with $rc"
    fi
}

# run_uac NAME TARGET CALLS TIMEOUTS: the SIPp UAC (caller) on 127.0.0.57,
# one call every 200 ms (-r 5: the retransmissions of the calls stay at
# least 100 ms apart, so frames keep their order), the case of call n from
# line n of NAME.csv
run_uac() {
    local rc=0
    timeout "$T" sipp "$2:5060" $SIPP_OPTS -sf "$DOCTOR/$1.uac.xml" -inf "$DOCTOR/$1.csv" \
        -i "$UAC_IP" -p 5060 -m "$3" -r 5 -rp 1000 >"$WORK/$1.uac.log" 2>&1 || rc=$?
    sipp_done "$1" uac "$rc" "$4"
}

# probe: OPTIONS from the caller to 127.0.0.59, 200 OK. A pcap has no end
# time, only its last frame: the probe is that frame, after the timers of
# the calls before it.
probe() {
    start_uas probe 1
    run_uac probe "$UAS_IP" 1 0
    wait_uas probe 0
}

# wait_uas NAME TIMEOUTS
wait_uas() {
    local rc=0
    wait "$UAS_PID" || rc=$?
    sipp_done "$1" uas "$rc" "$2"
}

# doctor-no-ack: no ACK at all, and an ACK sent to the wrong address
if want no-ack; then
    start_capture doctor-no-ack
    start_uas no-ack 2
    run_uac no-ack "$UAS_IP" 2 0
    wait_uas no-ack 22                # 11 waits for the ACK per call
    stop_capture doctor-no-ack
fi

# doctor-no-response: INVITE, REGISTER, OPTIONS to the silent address
if want no-response; then
    start_capture doctor-no-response
    run_uac no-response "$SILENT_IP" 3 3
    probe
    stop_capture doctor-no-response
fi

# doctor-short: the capture stops 4 s after an INVITE to the silent address,
# while SIPp still waits for Timer B
if want short; then
    start_capture doctor-short
    timeout "$T" sipp "$SILENT_IP:5060" $SIPP_OPTS -sf "$DOCTOR/short.uac.xml" \
        -i "$UAC_IP" -p 5060 -m 1 >"$WORK/short.uac.log" 2>&1 &
    SHORT_PID=$!
    PIDS+=("$SHORT_PID")
    sleep 3.5                         # stop_capture waits another 0.5 s
    stop_capture doctor-short
    kill "$SHORT_PID" 2>/dev/null || true
    wait "$SHORT_PID" 2>/dev/null || true
fi

# doctor-timer-c: the callee rings for 10 s, far less than a proxy's Timer C
# (> 3 min); neither side gives up with a message, the probe ends the capture
if want timer-c; then
    start_capture doctor-timer-c
    start_uas timer-c 1
    run_uac timer-c "$UAS_IP" 1 1
    wait_uas timer-c 1
    probe
    stop_capture doctor-timer-c
fi

# doctor-bye: the callee is gone when the caller's BYE comes
if want bye; then
    start_capture doctor-bye
    start_uas bye 1
    run_uac bye "$UAS_IP" 1 1
    wait_uas bye 0
    probe
    stop_capture doctor-bye
fi

# doctor-answered: a plain call, rung 1 s, hung up by the callee 2 s after
# the ACK; then the same callee behind Kamailio, which forks the call to it
# and to a second callee on 127.0.0.61 and CANCELs that one
if want answered; then
    start_kamailio "$DOCTOR/kamailio-doctor.cfg"
    start_capture doctor-answered
    start_uas answered 1
    run_uac answered "$UAS_IP" 1 0
    wait_uas answered 0
    sleep 0.5
    timeout "$T" sipp $SIPP_OPTS -sf "$DOCTOR/forked-b.uas.xml" -i "$CALLEE_B_IP" -p 5060 -m 1 \
        >"$WORK/forked-b.uas.log" 2>&1 &
    CALLEE_B_PID=$!
    PIDS+=("$CALLEE_B_PID")
    start_uas answered 1
    run_uac forked "$PROXY_IP" 1 0
    wait_uas answered 0
    wait "$CALLEE_B_PID" || die "SIPp UAS failed: forked-b"
    stop_capture doctor-answered
fi

# Frame numbers in README.md are valid only if the timers behaved as designed.
FRAMES=()
for f in no-ack:43 no-response:31 short:4 timer-c:5 bye:18 answered:29; do
    want "${f%%:*}" && FRAMES+=("doctor-$f")
done
check_frames "${FRAMES[@]}"
