#!/bin/bash
# Regenerate the registration and subscription captures
# tests/captures/reg-*.pcap (issue #14: registrations that keep failing or
# expire without a refresh) from real SIP peers on loopback: SIPp 3.6 as the
# phones (and as erin's presence notifier), Kamailio 5.6 as the digest
# registrar and proxy (tests/sipp/registrations/kamailio-registrations.cfg).
# Scenarios: tests/sipp/registrations/CAPTURE.uac.xml (.uas.xml).
# Needs root (dumpcap on lo), sipp (Debian sip-tester), kamailio, dumpcap,
# editcap, capinfos, timeout, ss.
# Usage: sudo tests/captures/record-registrations.sh [NAME]   (about 20 s)
#        NAME (e.g. expired) regenerates only reg-NAME.pcap;
#        CAPTURE_OUT=/tmp/dir writes the captures there instead.
# Addresses, all UDP port 5060: phones 127.0.0.57, Kamailio 127.0.0.58,
# notifier 127.0.0.59; capture filter "udp port 5060 and net 127.0.0.56/29".
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
SCEN=$(cd "$HERE/../sipp/registrations" && pwd)
FILTER="udp port 5060 and net 127.0.0.56/29"
UAC_IP=127.0.0.57
PROXY_IP=127.0.0.58
UAS_IP=127.0.0.59
T=30
SIPP_OPTS="-nostdin -trace_err"

source "$HERE/lib.sh"
need_root_and sipp kamailio dumpcap editcap capinfos timeout ss

ALL="challenge forbidden expired subscribe"
choose_captures "$ALL" "${1:-}"
refuse_busy_addresses
start_kamailio "$SCEN/kamailio-registrations.cfg"

# phone NAME [SIPP ARGS...]: the SIPp UAC on 127.0.0.57, to Kamailio
phone() {
    local name=$1
    shift
    timeout "$T" sipp "$PROXY_IP:5060" $SIPP_OPTS -sf "$SCEN/reg-$name.uac.xml" \
        -i "$UAC_IP" -p 5060 "$@" >"$WORK/$name.uac.log" 2>&1 \
        || { tail -n 30 "$WORK/$name.uac.log" >&2; die "SIPp phone $name failed"; }
}

for name in challenge forbidden expired; do
    if want "$name"; then
        start_capture "reg-$name"
        phone "$name" -m 1
        stop_capture "reg-$name"
    fi
done

if want subscribe; then
    start_capture reg-subscribe
    timeout "$T" sipp $SIPP_OPTS -sf "$SCEN/reg-subscribe.uas.xml" -i "$UAS_IP" -p 5060 -m 1 \
        >"$WORK/subscribe.uas.log" 2>&1 &
    UAS_PID=$!
    PIDS+=("$UAS_PID")
    for i in $(seq 50); do
        ss -lun | grep -q "$UAS_IP:5060 " && break
        sleep 0.1
    done
    # one SUBSCRIBE every 500 ms: presence (accepted), dialog (refused)
    phone subscribe -inf "$SCEN/reg-subscribe.csv" -m 2 -r 2
    wait "$UAS_PID" || die "SIPp notifier failed"
    stop_capture reg-subscribe
fi
