#!/bin/bash
# Regenerate the "trust" SIP test captures tests/captures/trust-*.pcap (issue
# #11) from real SIP peers on loopback: SIPp 3.6 as UAC and UAS, Kamailio 5.6
# (tests/sipp/trust/kamailio-trust.cfg) as proxy/registrar where a real proxy
# in the path matters. One call per case, one SIPp run per call; the cases and
# their capture are listed in tests/sipp/trust/cases.txt, the scenarios are
# tests/sipp/trust/CASE.uac.xml and CASE.uas.xml (all made by gen-trust.py).
# Needs root (dumpcap on lo), sipp (Debian sip-tester), kamailio, dumpcap,
# editcap, capinfos, timeout, ss.
# Usage: sudo tests/captures/record-trust.sh [NAME]   (about 40 s)
#        NAME (e.g. auth) regenerates only trust-NAME.pcap;
#        CAPTURE_OUT=/tmp/dir writes the captures there instead.
# Addresses, all UDP port 5060 (every frame decodes as SIP, no -d needed):
# UAC 127.0.0.57, Kamailio 127.0.0.58, UAS 127.0.0.59, 127.0.0.60 is dead;
# capture filter "udp port 5060 and net 127.0.0.56/29".
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
TRUST=$(cd "$HERE/../sipp/trust" && pwd)
FILTER="udp port 5060 and net 127.0.0.56/29"
UAC_IP=127.0.0.57
PROXY_IP=127.0.0.58
UAS_IP=127.0.0.59
T=20                                  # per-process time limit, seconds
# A call that fails ends without the BYE SIPp sends by default (a failed
# case must not turn into a BYE/200 ping-pong until the time limit).
SIPP_OPTS="-default_behaviors all,-bye"

source "$HERE/lib.sh"
need_root_and sipp kamailio dumpcap editcap capinfos timeout ss

ALL="auth timeout 480 timers bye481 487 405-501 202 retry-after negotiation refusals"
choose_captures "$ALL" "${1:-}"

# run_case CASE ROUTE UAS AUTH_URI: one call; the SIPp UAS (if the case has
# one) answers on 127.0.0.59, the SIPp UAC sends to Kamailio (ROUTE proxy) or
# straight to the UAS (ROUTE direct)
run_case() {
    local name=$1 route=$2 uas=$3 auth_uri=$4 peer=$UAS_IP uas_pid=
    local auth=() uas_opts=()
    [ "$route" = proxy ] && peer=$PROXY_IP
    [ "$uas" = uas-nr ] && uas_opts=(-nr)
    [ "$auth_uri" = - ] || auth=(-au alice -ap secret -auth_uri "$auth_uri")
    if [ "$uas" != no-uas ]; then
        timeout "$T" sipp -nostdin -trace_err $SIPP_OPTS -sf "$TRUST/$name.uas.xml" \
            -i "$UAS_IP" -p 5060 -m 1 "${uas_opts[@]}" >"$WORK/$name.uas.log" 2>&1 &
        uas_pid=$!
        PIDS+=("$uas_pid")
        sleep 0.5
    fi
    timeout "$T" sipp "$peer:5060" -nostdin -trace_err $SIPP_OPTS -sf "$TRUST/$name.uac.xml" \
        -i "$UAC_IP" -p 5060 -m 1 "${auth[@]}" >"$WORK/$name.uac.log" 2>&1 \
        || die "SIPp UAC failed: $name"
    if [ -n "$uas_pid" ]; then
        wait "$uas_pid" || die "SIPp UAS failed: $name"
    fi
    sleep 0.3
}

CAPTURES=()
for c in $ALL; do
    want "$c" && CAPTURES+=("$c")
done
if grep -v '^#' "$TRUST/cases.txt" | awk -v only="$ONLY" 'only == "" || $1 == only' | grep -q ' proxy '; then
    start_kamailio "$TRUST/kamailio-trust.cfg"
fi
for c in "${CAPTURES[@]}"; do
    start_capture "trust-$c"
    while read -r capture name route uas auth_uri; do
        [ "$capture" = "$c" ] && run_case "$name" "$route" "$uas" "$auth_uri"
    done < <(grep -v '^#' "$TRUST/cases.txt")
    stop_capture "trust-$c"
done

# Frame numbers in README.md and docs/verdict-corpus.md are valid only if the
# timers behaved as designed (see README.md).
FRAMES=()
for f in auth:34 timeout:26 480:6 timers:41 bye481:27 487:12 405-501:36 202:21 \
         retry-after:25 negotiation:30 refusals:12; do
    want "${f%%:*}" && FRAMES+=("trust-$f")
done
check_frames "${FRAMES[@]}"
