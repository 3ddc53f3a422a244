/* q850.c - what a Q.850 cause carried in a Reason header (RFC 3326, RFC 6432)
 * means when a SIP response brings it back from the PSTN side, and which SIP
 * codes the interworking tables pair it with.
 *
 * Sources: the cause values and names of ITU-T Q.850; the ISUP-to-SIP
 * mapping of RFC 3398 §7.2.4.1 (its SIP-to-ISUP counterpart is §8.2.6.1);
 * and, where vendors follow Q.1912.5 or RFC 4497-style defaults instead,
 * that alternative as the second code (Oracle, Sonus, FreeSWITCH).
 *
 * One row per cause in ascending order, so sipdiag_q850_lookup can bisect.
 * Only causes met on SIP trunks are here; values above 127 are not Q.850
 * (FreeSWITCH and Asterisk use them internally) and get no row.  sip_codes
 * is empty for a cause that belongs on BYE or CANCEL rather than on a
 * failure response, or that no table maps.  Every text is one sentence of
 * meaning and one or two of action, ASCII, no two alike.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "reason.h"

const sipdiag_q850_row_t sipdiag_q850_rows[] = {
    { 1,
      "The terminating exchange says the dialled number is not assigned to any"
      " subscriber.",
      "Check the number as sent in the Request-URI (E.164 normalisation, national versus"
      " international prefix, stray digits) and whether a newly allocated or ported range"
      " is routed to the right carrier. If the number is known to work, open a carrier"
      " ticket quoting the cause and its location.",
      { 404, 0 } },
    { 2,
      "The network cannot reach the transit network the call asked for, usually because a"
      " carrier-selection prefix names a carrier it has no interconnect with.",
      "Look for a carrier-select or transit code in the dialled digits and strip it, or"
      " route the prefix to another carrier; then check which carrier your routing table"
      " gives this prefix.",
      { 404, 0 } },
    { 3,
      "The exchange or gateway has no route toward the destination's area or network, so"
      " the number may be valid but cannot be reached from this side.",
      "Check the gateway's dial plan and the carrier's coverage for the prefix (premium,"
      " short codes and foreign mobile ranges are often unrouted). Test the same number"
      " over another trunk to tell a local route gap from a carrier one.",
      { 404, 0 } },
    { 4,
      "The far network asks for a special information tone, meaning the destination is"
      " out of reach for a lasting reason such as a vacant or disconnected line.",
      "Treat it like an unreachable number: confirm the number with the customer and"
      " listen to any early media, since the recorded announcement usually names the real"
      " reason.",
      { 0 } },
    { 5,
      "The number carried a trunk prefix where none belongs, typically the national"
      " leading 0 left after the country code.",
      "Fix the number normalisation on the outbound route so it sends either full E.164"
      " with the country code or national format, never a 0 after the country code.",
      { 0 } },
    { 6,
      "The ISDN channel proposed for the call is not acceptable to the receiving side.",
      "This is a PRI problem on the gateway: check channel selection (preferred or"
      " exclusive), the B-channel range configured at each end and whether the channel is"
      " in service.",
      { 0 } },
    { 8,
      "The call was cleared because a higher-precedence call took its circuit, as in MLPP"
      " networks.",
      "Expected only where multilevel precedence and preemption runs (military,"
      " government, some emergency networks); if you do not use MLPP, ask the carrier why"
      " its switch preempts calls on your trunk.",
      { 0 } },
    { 9,
      "The call was preempted and its circuit is held back for reuse by the preempting"
      " call.",
      "Like cause 8 this is normal only in precedence networks; collect timestamps and"
      " circuit identities and raise it with the operator of that network.",
      { 0 } },
    { 14,
      "A query-on-release exchange reports that the number has been ported out and the"
      " call must be rerouted after a number-portability lookup.",
      "Make sure the originating side performs a portability lookup (NP database, ENUM or"
      " a carrier dip) and routes on the routing number it returns. A loop of cause 14"
      " means the portability database and the recipient network disagree.",
      { 0 } },
    { 16,
      "One party hung up in the ordinary way; in SIP this is the cause expected on BYE or"
      " CANCEL, not an error.",
      "On a BYE, a CANCEL or the 487 that ends a cancelled INVITE nothing needs doing. On"
      " any other failure response it is suspicious: carriers send 486 with cause 16 and"
      " thereby hide the real reason, so trust the SIP code and ask the carrier to pass"
      " the actual ISUP cause.",
      { 0 } },
    { 17,
      "The called user is busy and the device or network refused another call.",
      "Usually genuine; if every call to the user gets it, check call waiting and the"
      " maximum call count on the phone or PBX. On a SIP trunk, make sure a per-trunk"
      " channel limit is not being reported as user busy.",
      { 486, 600, 0 } },
    { 18,
      "The called side did not alert or answer before the network's setup timer expired.",
      "Often the device is still registered but unreachable, for example behind a NAT"
      " whose binding has expired; check the callee's registration, Contact reachability"
      " and NAT keepalives, then the setup timers on the gateway.",
      { 408, 0 } },
    { 19,
      "The callee's phone rang but nobody answered before the no-answer timer ran out.",
      "Normal for unanswered calls. If calls are cut after a fixed short time, compare"
      " the carrier's or PBX's no-answer timer with the ring time you expect and with the"
      " callee's forward-on-no-answer setting.",
      { 480, 0 } },
    { 20,
      "The called user cannot be reached right now: a mobile switched off or out of"
      " coverage, or a SIP user with no active registration.",
      "Check whether the callee is registered (location table, registrar log) or the"
      " mobile is attached; if it should be, look for expired registrations and lost NAT"
      " bindings.",
      { 480, 0 } },
    { 21,
      "The destination or the network deliberately refused the call, for example through"
      " call screening, a block list or a user pressing reject.",
      "Check the calling number format and presentation and any screening rules at the"
      " far end; 603 is the mapping when the location is the user, 403 otherwise. A 480"
      " carrying cause 21 is a common inconsistency worth reporting to whoever sent it.",
      { 403, 603, 0 } },
    { 22,
      "The called number is out of service because its subscriber moved to a new number.",
      "Update the contact record. A 301 may carry the new number in its Contact, taken"
      " from the ISUP diagnostic, while a 410 says only that the old number is gone.",
      { 410, 301, 0 } },
    { 23,
      "The exchange redirected the call toward another destination and cleared this leg.",
      "Look for Diversion or History-Info and a follow-up call to the new destination; if"
      " the redirection never completes, check whether the gateway supports ISUP"
      " redirection and has it enabled.",
      { 410, 0 } },
    { 24,
      "A service at the destination, such as anonymous call rejection, refused the call;"
      " Oracle SBCs map SIP 433 Anonymity Disallowed to this cause.",
      "Send a presentable caller identity (From and P-Asserted-Identity without Privacy:"
      " id) and test again. If it persists, the callee runs a service against you that"
      " only they can change.",
      { 0 } },
    { 25,
      "A switch met a routing problem while passing the call along, such as a loop or an"
      " exhausted hop counter.",
      "Trace the route between your gateways and the carrier for a number bounced back"
      " and forth between two trunks, and check Max-Forwards and ISUP hop counter"
      " handling; the 483 mapping is Oracle's default.",
      { 483, 0 } },
    { 26,
      "The call was offered to several terminals, another one took it, and this one was"
      " cleared.",
      "Normal on group or forked calls. In ANSI networks the same value means a misrouted"
      " call to a ported number, which is why RFC 3398 maps it to 404; there, check"
      " portability routing.",
      { 404, 0 } },
    { 27,
      "The destination's interface is not working, such as a PBX whose link is down or a"
      " device that does not respond at all.",
      "Check the state of the far PBX trunk or the destination's registration and"
      " reachability; for a carrier-hosted number, open a ticket with the cause and the"
      " location it came from.",
      { 502, 0 } },
    { 28,
      "The called number is malformed or too short to route, for example with missing"
      " digits or an unsupported numbering plan.",
      "Compare the Request-URI number with what the carrier expects (E.164 with +,"
      " national format, type of number and numbering plan on the ISUP side) and check"
      " that overlap dialling does not send the INVITE too early.",
      { 484, 0 } },
    { 29,
      "The network refused a supplementary service or facility the call requested.",
      "Find which service the setup asks for (user-to-user information, a CLIR override,"
      " a carrier feature) and turn it off on the trunk. RFC 3398 prints 510 here, a typo"
      " for 501.",
      { 501, 0 } },
    { 31,
      "A normal event ended the call but the switch gave no more specific cause.",
      "It carries little information, so look for a better cause in an earlier provisional"
      " response (a 183 with a Reason header) or in the carrier's CDRs, and treat"
      " the SIP code as the primary signal. On a 487 or 488 it is simply RFC 3398's default"
      " for failure codes its table gives no cause of their own (section 8.2.6.1).",
      { 480, 0 } },
    { 34,
      "The gateway or the carrier found no free circuit or channel toward the"
      " destination.",
      "Compare concurrent calls with the trunk's licensed channels and the carrier's"
      " per-trunk limit. Cause 34 at low load means a route points at a full or disabled"
      " trunk group.",
      { 503, 0 } },
    { 38,
      "A part of the network the call needed is down, and the outage is expected to last"
      " a while.",
      "Fail over to another route or carrier and check the carrier's status page or NOC;"
      " on your own gateway look at E1/T1 alarms and the OPTIONS keepalive state of the"
      " SIP trunk.",
      { 503, 0 } },
    { 41,
      "A short-lived network malfunction stopped the call, and a retry soon is likely to"
      " succeed.",
      "Retry or fail over. If it is frequent, log which gateway and location report it"
      " and raise a carrier ticket with timestamps, as it often hides overload or a"
      " flapping link.",
      { 503, 0 } },
    { 42,
      "The switch handling the call is overloaded and refused new calls.",
      "Lower the call attempt rate (CPS limits, dialler pacing) and spread traffic over"
      " other trunks; a Retry-After in the 503 says how long to back off.",
      { 503, 0 } },
    { 43,
      "The network delivered the call but dropped some access information sent by the"
      " caller, such as user-to-user data or low-layer compatibility.",
      "The call itself may go on; check which information element was dropped (the"
      " diagnostic names it) and whether the application depends on it.",
      { 0 } },
    { 44,
      "The specific circuit or channel requested for the call is unavailable, although"
      " others may be free.",
      "On a PRI gateway switch channel selection from exclusive to preferred, or look for"
      " a channel stuck busy after glare; reset blocked B-channels on the TDM side.",
      { 0 } },
    { 46,
      "A precedence call was blocked because no lower-precedence call could be preempted.",
      "Relevant only in MLPP networks: check the precedence level given to the caller and"
      " the capacity of the route.",
      { 0 } },
    { 47,
      "Some resource the call needed was missing and the switch did not say which.",
      "Check DSP, transcoding and conference resources on the gateway or media server as"
      " well as trunk capacity. Q.1912.5 maps this cause to 503 while FreeSWITCH sends"
      " 480, so expect either code for it.",
      { 503, 480, 0 } },
    { 49,
      "The network cannot provide the quality of service the call requested.",
      "Check the QoS demands of the setup (SDP precondition attributes, IMS bearer QoS)"
      " and whether the access network can reserve those resources.",
      { 0 } },
    { 50,
      "The caller asked for a service it has no subscription to, such as international or"
      " premium-rate calling.",
      "Have the carrier check the account profile for barred destinations. Oracle SBCs"
      " also send this cause for a SIP 488, so on such a response read the SDP first.",
      { 0 } },
    { 53,
      "The caller belongs to a closed user group whose members may not place this"
      " outgoing call.",
      "Ask the operator to check the closed user group settings of the calling line, as"
      " found in Centrex and corporate mobile plans.",
      { 0 } },
    { 55,
      "The called party belongs to a closed user group that refuses incoming calls of"
      " this kind.",
      "Only the callee's operator or administrator can change the CUG membership or"
      " incoming barring; the caller cannot fix it.",
      { 403, 0 } },
    { 57,
      "The caller asked for a bearer capability, such as unrestricted digital or video,"
      " that it is not authorised to use.",
      "Check the bearer capability the gateway signals toward ISUP or ISDN and set it to"
      " speech or 3.1 kHz audio for voice and fax trunks.",
      { 403, 0 } },
    { 58,
      "The requested bearer capability exists on the network but cannot be provided at"
      " the moment.",
      "Retry later or ask for a plainer bearer. If it never clears, check how the gateway"
      " maps SIP offers to bearers: a video or clearmode offer may become an unrestricted"
      " digital request.",
      { 503, 0 } },
    { 62,
      "The outgoing access requested by the call does not match the subscriber's class, a"
      " closed user group provisioning conflict.",
      "Have the operator compare the line's CUG outgoing-access setting with its"
      " subscriber class.",
      { 0 } },
    { 63,
      "A service or option the call needed is not available, and no more specific cause"
      " was given.",
      "Look at what the call requested beyond plain voice (a feature, a bearer, a special"
      " range). Gateways also send it when the SIP side returned 405 Method Not Allowed,"
      " so check that leg.",
      { 0 } },
    { 65,
      "The equipment does not implement the requested bearer capability, so it cannot"
      " carry the media asked for.",
      "Compare the SDP offer with what the gateway supports (video, clearmode, T.38"
      " toward a TDM leg) and offer plain G.711 audio; that is why RFC 3398 maps it to"
      " 488.",
      { 488, 0 } },
    { 66,
      "The equipment does not implement the requested channel type, for example a"
      " multirate channel on a PRI.",
      "Check the channel type and rate the gateway requests on the ISDN side; for voice,"
      " a single B-channel is what works everywhere.",
      { 0 } },
    { 69,
      "The network does not implement the supplementary service the call asked for.",
      "Disable the requesting feature on the trunk or gateway (user-to-user signalling,"
      " call completion, advice of charge) and test again.",
      { 0 } },
    { 70,
      "The caller asked for an unrestricted digital bearer, but the path offers only a"
      " restricted digital one.",
      "Check whether the call really needs a 64 kbit/s clear channel (clearmode, ISDN"
      " data); for voice, signal a speech bearer instead.",
      { 488, 0 } },
    { 79,
      "Something the call asked for is not implemented by the equipment, with no further"
      " detail.",
      "Look for unusual extensions in the setup (Require headers, uncommon SDP); gateways"
      " also produce this cause from SIP 406, 415 and 501 responses on the other leg.",
      { 501, 0 } },
    { 81,
      "A message referred to a call reference not in use on the interface, meaning the"
      " two ends disagree about call state.",
      "This is a Q.931 state problem: take a D-channel trace on the gateway and restart"
      " the PRI if the states drifted apart after a link flap.",
      { 0 } },
    { 82,
      "The call asked for a channel that is not configured on the interface, such as a"
      " B-channel beyond the range of a fractional E1.",
      "Align the channel range and interface type (E1 or T1, full or fractional) on the"
      " gateway with the carrier's provisioning.",
      { 0 } },
    { 87,
      "The called user is in a closed user group and the caller is not a member of it.",
      "Confirm with the operator that the calling line is provisioned in the callee's"
      " closed user group, or place the call from a line that is.",
      { 403, 0 } },
    { 88,
      "The destination cannot handle the type of call requested, such as data or fax"
      " toward a voice-only terminal.",
      "Check the bearer capability and the SDP of the offer against what the destination"
      " accepts; RFC 3398 sends 503, and Oracle-style tables pair the cause with 606.",
      { 503, 606, 0 } },
    { 90,
      "The closed user group named in the call does not exist.",
      "Check the CUG interlock code configured for the line or trunk and get the correct"
      " value from the operator.",
      { 0 } },
    { 91,
      "The transit network identification in the call is malformed.",
      "Remove or correct the carrier-selection code in the dialled number, or the transit"
      " network parameter the gateway adds on its own.",
      { 0 } },
    { 95,
      "A signalling message was invalid and the receiver gave no more specific reason.",
      "Take a signalling trace on both legs. Oracle maps SIP 513 Message Too Large to"
      " this cause, so on the SIP side look at message size and UDP fragmentation as"
      " well.",
      { 0 } },
    { 96,
      "A message lacked an information element the receiver requires.",
      "Look for a missing calling number, called number or bearer capability in the setup"
      " the gateway builds from SIP; an INVITE with an empty From user part can produce"
      " it.",
      { 0 } },
    { 97,
      "The receiver got a message type it does not know or does not implement.",
      "Compare the ISDN or ISUP variant configured on the gateway with the carrier's"
      " (ETSI, NI-2, a national ISUP); a variant mismatch is the usual reason.",
      { 0 } },
    { 98,
      "A message arrived that either does not fit the current call state or is unknown to"
      " the receiver.",
      "Trace the signalling around the failure for messages out of order, such as"
      " progress after connect, and for timers that differ between the two ends.",
      { 0 } },
    { 99,
      "A message held an information element or parameter the receiver does not know,"
      " which it discarded.",
      "Often harmless. If calls fail, find the offending parameter in a trace (the"
      " diagnostic names it) and stop the gateway from sending optional elements like"
      " generic number or UUI.",
      { 0 } },
    { 100,
      "An information element was recognised but its contents were invalid, often a"
      " number with illegal digits or a wrong type of number.",
      "Check what the gateway writes into the called and calling number fields from SIP:"
      " letters in the user part, a + passed through as a digit, or the wrong nature of"
      " address.",
      { 0 } },
    { 101,
      "The receiver got a message it cannot handle in the current state of the call.",
      "Look for a race between the two ends, such as a release crossing a connect, or a"
      " mid-call re-INVITE mapped to a message the TDM side cannot take.",
      { 0 } },
    { 102,
      "A protocol timer expired during setup or clearing and the switch gave up waiting"
      " for the other side.",
      "Find which leg went silent: check the gateway timers, the reachability of the next"
      " hop and whether a 408 or 504 appeared further along the path.",
      { 504, 0 } },
    { 103,
      "The receiver did not recognise a parameter but passed it on unchanged.",
      "Informational; act only if a node further downstream fails on the same parameter.",
      { 0 } },
    { 110,
      "A message was discarded because it contained a parameter the receiver did not"
      " recognise.",
      "Find the unknown parameter in a trace and stop sending it, or align the ISUP"
      " variant between the gateway and the carrier.",
      { 0 } },
    { 111,
      "A protocol error occurred that no more specific cause describes.",
      "Capture both sides of the gateway and look for malformed or unexpected messages;"
      " Oracle maps SIP 400, 414, 416, 420 and 421 to this cause, so a SIP syntax problem"
      " is a good first guess.",
      { 500, 0 } },
    { 127,
      "The call crossed a network that could not signal the precise reason, so the true"
      " cause was lost along the way.",
      "The real reason lies beyond an interworking point such as another carrier or a"
      " SIP-ISUP gateway; check the SIP code on your own leg, then ask the carrier for"
      " the cause it received.",
      { 500, 0 } },
};

const size_t sipdiag_q850_count = sizeof(sipdiag_q850_rows) / sizeof(sipdiag_q850_rows[0]);

const sipdiag_q850_row_t *sipdiag_q850_lookup(unsigned cause)
{
    size_t lo = 0, hi = sipdiag_q850_count;

    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        unsigned c = sipdiag_q850_rows[mid].cause;

        if (c == cause)
            return &sipdiag_q850_rows[mid];
        if (c < cause)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}
