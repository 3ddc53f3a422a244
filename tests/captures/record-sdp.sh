#!/bin/bash
# Regenerate the SDP test captures tests/captures/sdp-*.pcap (issue #14:
# media set up to fail) from real SIP peers on loopback: SIPp 3.6 as caller
# and callee, one call per SIPp run, the SDP of each side given with -key
# (tests/sipp/sdp/*.xml: offer = INVITE with SDP answered in the 2xx,
# refused = INVITE with SDP answered 488, late = INVITE without SDP, the
# 2xx offers and the ACK answers).
#
#   sdp-codecs.pcap     127.0.0.57 -> 127.0.0.59: offers and answers with no
#                       codec in common, every stream rejected, a 488, a
#                       late offer answered in the ACK, and a good call
#   sdp-direction.pcap  127.0.0.57 -> 127.0.0.59: sendonly answered
#                       sendonly, sendrecv answered inactive, a good call
#   sdp-private.pcap    198.51.100.10 -> 203.0.113.20 (documentation
#                       addresses added to lo for the run: the "public"
#                       hop): c=10.0.0.5 in the offer, c=192.168.1.20 in
#                       an answer, a good call
#
# Needs root (dumpcap on lo, ip addr), sipp (Debian sip-tester), dumpcap,
# editcap, capinfos, timeout, ss, ip.
# Usage: sudo tests/captures/record-sdp.sh [NAME]   (about 20 s)
#        NAME (codecs, direction, private) regenerates only sdp-NAME.pcap;
#        CAPTURE_OUT=/tmp/dir writes the captures there instead.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
SCEN=$(cd "$HERE/../sipp/sdp" && pwd)
PUBLIC_CALLER=198.51.100.10
PUBLIC_CALLEE=203.0.113.20
FILTER="udp port 5060 and (net 127.0.0.56/29 or host $PUBLIC_CALLER or host $PUBLIC_CALLEE)"
T=20
SIPP_OPTS="-nostdin -trace_err -max_retrans 2"

source "$HERE/lib.sh"
need_root_and sipp dumpcap editcap capinfos timeout ss ip

ALL="codecs direction private"
choose_captures "$ALL" "${1:-}"
refuse_busy_addresses

# The public addresses exist on lo only while recording.
ADDED=()
remove_addresses() {
    local a
    for a in "${ADDED[@]}"; do ip addr del "$a/32" dev lo 2>/dev/null || true; done
}
trap 'remove_addresses; cleanup' EXIT
add_address() {
    ip addr show dev lo | grep -q "inet $1/" && die "$1 is already on lo: another recording?"
    ip addr add "$1/32" dev lo
    ADDED+=("$1")
}

# call SCENARIO CALLER CALLEE OFFER_C OFFER_M OFFER_A ANSWER_C ANSWER_M ANSWER_A:
# one call; the UAS on CALLEE:5060, the UAC on CALLER:5060.
call() {
    local scen=$1 from=$2 to=$3 keys
    keys=(-key offer_c "$4" -key offer_m "$5" -key offer_a "$6"
          -key answer_c "$7" -key answer_m "$8" -key answer_a "$9")
    timeout "$T" sipp $SIPP_OPTS -sf "$SCEN/$scen.uas.xml" -i "$to" -p 5060 -m 1 "${keys[@]}" \
        >"$WORK/uas.log" 2>&1 &
    local uas=$! i
    PIDS+=("$uas")
    for i in $(seq 50); do
        ss -lun | grep -q "$to:5060 " && break
        sleep 0.1
    done
    timeout "$T" sipp "$to:5060" $SIPP_OPTS -sf "$SCEN/$scen.uac.xml" -i "$from" -p 5060 -m 1 \
        "${keys[@]}" >"$WORK/uac.log" 2>&1 || { tail -20 "$WORK/uac.log" >&2; die "UAC $scen failed"; }
    wait "$uas" || { tail -20 "$WORK/uas.log" >&2; die "UAS $scen failed"; }
    sleep 0.3
}

A=127.0.0.57
B=127.0.0.59
PLAIN=a=ptime:20            # an attribute that changes nothing

if want codecs; then
    start_capture sdp-codecs
    # 1: G.729 offered, PCMU/PCMA answered: no codec in common (2xx).
    call offer $A $B $A "audio 4000 RTP/AVP 18 101" "$PLAIN" $B "audio 5000 RTP/AVP 0 8 101" "$PLAIN"
    # 2: PCMU offered, the only stream rejected with port 0 (2xx).
    call offer $A $B $A "audio 4002 RTP/AVP 0 101" "$PLAIN" $B "audio 0 RTP/AVP 0" "$PLAIN"
    # 3: G.722 only, refused with 488 and Warning 305.
    call refused $A $B $A "audio 4004 RTP/AVP 9 101" "$PLAIN" $B "audio 0 RTP/AVP 0" "$PLAIN"
    # 4: INVITE without SDP, PCMA offered in the 2xx, G.729 answered in the ACK.
    call late $A $B $B "audio 5006 RTP/AVP 8 101" "$PLAIN" $A "audio 4006 RTP/AVP 18 101" "$PLAIN"
    # 5: a good call: PCMU/PCMA offered, PCMA answered under a dynamic number.
    call offer $A $B $A "audio 4008 RTP/AVP 0 8 101" "$PLAIN" $B "audio 5008 RTP/AVP 96 101" \
        "a=rtpmap:96 PCMA/8000"
    stop_capture sdp-codecs
    check_frames sdp-codecs:28
fi

if want direction; then
    start_capture sdp-direction
    # 1: sendonly offered (session level), sendonly answered (media level).
    call offer $A $B $A "audio 4010 RTP/AVP 0 101" "a=sendonly" $B "audio 5010 RTP/AVP 0 101" "a=sendonly"
    # 2: a new call, sendrecv offered, inactive answered: silence both ways.
    call offer $A $B $A "audio 4012 RTP/AVP 0 101" "a=sendrecv" $B "audio 5012 RTP/AVP 0 101" "a=inactive"
    # 3: a good call: sendonly offered, recvonly answered.
    call offer $A $B $A "audio 4014 RTP/AVP 0 101" "a=sendonly" $B "audio 5014 RTP/AVP 0 101" "a=recvonly"
    stop_capture sdp-direction
    check_frames sdp-direction:18
fi

if want private; then
    add_address $PUBLIC_CALLER
    add_address $PUBLIC_CALLEE
    P=$PUBLIC_CALLER
    Q=$PUBLIC_CALLEE
    start_capture sdp-private
    # 1: the caller's offer gives its LAN address across the public hop.
    call offer $P $Q 10.0.0.5 "audio 4020 RTP/AVP 0 8 101" "$PLAIN" $Q "audio 5020 RTP/AVP 0 101" "$PLAIN"
    # 2: the callee's answer gives its LAN address.
    call offer $P $Q $P "audio 4022 RTP/AVP 0 8 101" "$PLAIN" 192.168.1.20 "audio 5022 RTP/AVP 0 101" "$PLAIN"
    # 3: a good call: both public.
    call offer $P $Q $P "audio 4024 RTP/AVP 0 8 101" "$PLAIN" $Q "audio 5024 RTP/AVP 0 101" "$PLAIN"
    stop_capture sdp-private
    check_frames sdp-private:18
fi
