/* warn_codes.c - the warn-codes of the SIP Warning header (RFC 3261 §20.43)
 * and what to do about each.
 *
 * Sources: the IANA "Warning Codes (warn-codes)" registry with its defining
 * RFCs (3261, 5630, 8373), plus 392, unregistered, which SER-family
 * proxies send.  name is the registry text for registered codes and the
 * origin for the others.  pjsip puts its errors in 399: its
 * pjsip_warning_hdr_create_from_status() builds "399 <host> <pj_strerror
 * text>" (pjsip/src/pjsip/sip_msg.c).
 *
 * One row per code in ascending order.  Most warnings explain an SDP
 * rejection (usually on a 488 or 606), so the actions point at the SDP
 * line to compare.  Every text is ASCII, one sentence of meaning and one
 * or two of action, no two alike.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "warning.h"

const sipdiag_warn_row_t sipdiag_warn_rows[] = {
    { 300, true, "Incompatible network protocol", 3261,
      "The receiver cannot use the network type named in the session description, which"
      " for SIP should always be IN on the c= and o= lines.",
      "Check the nettype field of the c= and o= lines; anything other than IN comes from"
      " a broken or non-Internet SDP generator." },
    { 301, true, "Incompatible network address formats", 3261,
      "The address type in the session description is not supported, typically IP6"
      " offered to an IPv4-only element or the reverse.",
      "Compare the addrtype of c= and o= (IP4 or IP6) with what the receiver can use, and"
      " check the dual-stack, ANAT or ICE settings of the SBC in between." },
    { 302, true, "Incompatible transport protocol", 3261,
      "The receiver cannot use the media transport of an m= line, for example RTP/SAVP"
      " offered to a device without SRTP.",
      "Compare the proto field of each m= line (RTP/AVP, RTP/SAVP, RTP/SAVPF,"
      " UDP/TLS/RTP/SAVPF) with what the far end supports, and align the SRTP policy on"
      " both sides." },
    { 303, true, "Incompatible bandwidth units", 3261,
      "A bandwidth line in the session description uses a modifier the receiver does not"
      " know.",
      "Look at the b= lines (CT, AS, TIAS, RR, RS) and remove the modifier the far end"
      " rejects, or have the SBC strip b= lines toward it." },
    { 304, true, "Media type not available", 3261,
      "A media type offered in an m= line, such as video or application, is not available"
      " at the receiver.",
      "Find the refused m= line (port 0 in the answer, if there is one) and stop offering"
      " that media type, or let the offerer accept a rejected stream instead of failing"
      " the call." },
    { 305, true, "Incompatible media format", 3261,
      "None of the formats listed in an m= line, that is codecs and payload types, is"
      " acceptable to the receiver.",
      "Compare the m= lines and a=rtpmap codec lists of offer and answer, then add a"
      " codec both sides share, such as G.711, or enable transcoding on the SBC." },
    { 306, true, "Attribute not understood", 3261,
      "The receiver does not understand one or more a= attributes of the session"
      " description.",
      "Find the attribute named in the warn-text and remove it on the SBC, or turn off"
      " the feature that adds it (ICE, crypto, rtcp-mux are the usual ones on older"
      " devices)." },
    { 307, true, "Session description parameter not understood", 3261,
      "A session description line other than an attribute could not be understood by the"
      " receiver.",
      "Validate the SDP against the line order and syntax of RFC 4566; a stray line type,"
      " or a missing v= or s= line, is the usual culprit." },
    { 308, true, "Incompatible language specification", 8373,
      "None of the languages the offer asked for in hlang-send or hlang-recv is supported"
      " by the answerer.",
      "Check the hlang-send and hlang-recv attributes of the offer against the languages"
      " the answering service, such as a relay service or emergency centre, can provide." },
    { 330, true, "Multicast not available", 3261,
      "The receiver's site has no multicast connectivity, so the multicast session"
      " address cannot be used.",
      "Offer a unicast address in c= instead, or enable multicast routing between the two"
      " sites." },
    { 331, true, "Unicast not available", 3261,
      "The receiver cannot take part in a unicast session, usually because a firewall"
      " blocks it.",
      "Check the firewall or NAT rules on the receiver's side for the RTP port range, or"
      " offer a multicast session if that is what the site supports." },
    { 370, true, "Insufficient bandwidth", 3261,
      "The bandwidth the session asks for, in its b= lines or through its codecs, exceeds"
      " what the receiver has available.",
      "Compare the b= lines and codec bitrates with the bandwidth policy and call"
      " admission control on the SBC or access link; drop video or pick a lower-rate"
      " codec." },
    { 380, true, "SIPS Not Allowed", 5630,
      "The request used a SIPS URI, but the target cannot be reached over TLS all the"
      " way, for example because it registered only sip: contacts.",
      "Following RFC 5630, call the target with a sip: URI or have it register a SIPS"
      " contact over TLS; the warning normally rides on a 480." },
    { 381, true, "SIPS Required", 5630,
      "The request used a plain sip: URI, but the target accepts only SIPS, for example"
      " because it registered only sips: contacts.",
      "Resend with a sips: Request-URI and TLS on every hop as RFC 5630 requires, or"
      " relax the SIPS-only policy of the target." },
    { 392, false, "SER/OpenSER/Kamailio debug", 0,
      "A SER-family proxy added its Noisy feedback tells debug dump, which leaks internal"
      " routing data to whoever receives the message.",
      "The fields give the proxy's process (pid), the request's source IP (req_src_ip),"
      " the Request-URI as received (in_uri) and as forwarded (out_uri) and the Via count"
      " (via_cnt); compare in_uri with out_uri to see how the target was rewritten. Ask"
      " the operator to turn off the sip_warning debug setting in production." },
    { 399, true, "Miscellaneous warning", 3261,
      "Free text that fits no other code, where servers put human-readable details of a"
      " failure.",
      "Read the warn-text, which often names the exact rule, codec or account problem;"
      " from a pjsip-based stack, which puts its own errors in 399, it is the pj_strerror"
      " text of the internal failure, to match with that stack's log at the same moment."
      " RFC 3261 says a receiver must not act on it automatically." },
};

const size_t sipdiag_warn_count = sizeof(sipdiag_warn_rows) / sizeof(sipdiag_warn_rows[0]);

const sipdiag_warn_row_t *sipdiag_warn_lookup(unsigned code)
{
    for (size_t i = 0; i < sipdiag_warn_count; i++) {
        if (sipdiag_warn_rows[i].code == code)
            return &sipdiag_warn_rows[i];
    }
    return NULL;
}
