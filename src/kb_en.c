/* kb_en.c - the English texts of the knowledge base: for every SIP status
 * code, a one-line summary, what the code means (Description), when it shows
 * up on real networks (When you see it) and how to fix it (How to fix it).
 *
 * One row per code, in ascending code order, aligned with the registry in
 * kb.c: the 75 codes of the IANA "Response Codes" registry plus the two
 * RFC 2543 codes 409 and 411 still met in the wild.  A reviewer reads this
 * table top to bottom, so keep it that way.
 *
 * Style rules for every row:
 * - summary: one line of at most 90 characters, no trailing period,
 *   lower-case unless it starts with a proper noun or header name.  It is
 *   shown after "SIP <code> <phrase>: " in Expert Info, so it gives the
 *   practical meaning and never repeats the phrase.
 * - description: what the code means per its RFC, 2-4 sentences.
 * - scenario: who sends it (UA, proxy, registrar, SBC, gateway, B2BUA) and
 *   in which method context; say so plainly when it is normal.
 * - remediation: steps in order of likelihood, naming the header or log to
 *   read next; for codes that are not faults, what to check if the flow
 *   stalls.
 * - Written for VoIP engineers: specific, no filler, no copied sentences.
 *   ASCII only, except the section sign.  No two rows share a text.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "sipdiag.h"
#include "texts.h"

const sipdiag_text_row_t sipdiag_texts_en[] = {
    { 100,
      "hop-by-hop acknowledgement that the next element got the request and is working on it",
      "A provisional response from RFC 3261 that says only one thing: the next element received"
      " the request. Nothing is known yet about the callee, no dialog is created, and it is"
      " hop-by-hop, so a stateful proxy sends its own 100 and never forwards one from"
      " downstream. Its main job on INVITE is to stop the UAC's retransmissions; RFC 4320"
      " delays it for non-INVITE requests.",
      "Every INVITE through a stateful proxy, SBC or B2BUA (Kamailio, Asterisk, FreeSWITCH) is"
      " normally met with a 100 within milliseconds, long before the far end does anything. If"
      " it is missing and the INVITE is retransmitted at doubling intervals (0.5, 1, 2, 4 s),"
      " the next hop never saw the request or its answer is lost on the way back. Some servers"
      " put free text in the phrase (\"trying -- your call is important to us\"); only the code"
      " counts.",
      "Nothing to fix: it is pure progress. If the flow stops after the 100, the next hop took"
      " the request but nothing came back from further downstream; follow the request on the"
      " next leg and expect a 408 when the proxy's Timer C or the UAC's Timer B runs out. If no"
      " 100 arrives at all, check reachability of the next hop: Via sent-by and rport, firewall"
      " and NAT rules for 5060/5061, the transport (UDP, TCP, TLS) and DNS SRV resolution." },
    { 180,
      "the callee's device is alerting the user; the caller should now hear ringback",
      "The UAS sends it while the called user is being alerted. With a To tag it creates an"
      " early dialog, and several of them with different To tags mean the request forked to"
      " several devices. It may carry SDP, and RFC 3262 allows it to be sent reliably (Require:"
      " 100rel, acknowledged by PRACK).",
      "Sent by the called phone or softphone and relayed by proxies; PSTN gateways and B2BUAs"
      " generate it when the far network reports alerting (ISUP ACM or CPG). Ring groups and"
      " users registered on several devices produce a burst of them from different To tags."
      " Without SDP the calling device plays ringback itself; with SDP it usually expects the"
      " tone as early media from the far end.",
      "Not a fault; the call is progressing. If the caller hears silence, check whether this"
      " response has SDP: if so, the tone must arrive as RTP (look at c= and m=, NAT and the"
      " media path); if not, the calling device must generate it locally. If it rings forever,"
      " the outcome comes later as 200, 486, 480, 408, or 487 after a CANCEL. A reliable 180"
      " (Require: 100rel) that never gets its PRACK is retransmitted and can make the UAS give"
      " up on the call." },
    { 181,
      "a forwarding service is diverting the call to another destination",
      "An informational 1xx of RFC 3261 with which a proxy or UAS reports that the call is"
      " being sent to a different set of destinations, such as a forwarding target or"
      " voicemail. The request carries on along its new route. History-Info (RFC 7044) or"
      " Diversion headers usually say where it went and why.",
      "Produced by PBXs and hosted platforms running call-forward unconditional, on busy or on"
      " no answer, and by mobile networks diverting to voicemail. Some phones show"
      " \"forwarded\" to the caller when they get it; many networks never send it at all.",
      "No action needed. If the call lands somewhere unexpected, read the History-Info or"
      " Diversion headers of this response and of the forwarded INVITE to see which rule fired,"
      " then check the callee's forwarding settings and no-answer timer. A forwarding loop"
      " shows up later as 482 or 483." },
    { 182,
      "the callee is unavailable for now, so the server holds the call in a queue",
      "RFC 3261 lets a server that finds the called party temporarily unavailable park the call"
      " in a queue instead of rejecting it; the final response follows once the callee is free."
      " The reason phrase may carry details such as the position in the queue or the expected"
      " wait.",
      "Rare in practice: most call-centre and ACD platforms answer with 200 and play music"
      " rather than keep the INVITE pending. You may meet it from hosted queue services, some"
      " hunt-group implementations and gateways translating a queueing indication from the"
      " PSTN.",
      "Nothing is wrong; the caller is waiting in a queue. If the call sits there too long,"
      " look at the queue's timeout and overflow rules and at whether agents are logged in. The"
      " calling PBX's own ring timeout may CANCEL first, which ends in 487. The reason phrase"
      " may give a wait estimate." },
    { 183,
      "progress report, nearly always carrying SDP for early media (tones, announcements)",
      "RFC 3261 defines it as the catch-all 1xx for progress information that has no other"
      " code; the phrase, headers or body hold the details. In real traffic it almost always"
      " carries an SDP answer so that media flows before the call is answered (the early-media"
      " models of RFC 3960). It may be sent reliably with 100rel/PRACK and is the usual carrier"
      " of preconditions (RFC 3312).",
      "Typical from PSTN gateways, SBCs and carriers: ringback, \"the number you have dialled"
      " is not in service\" announcements and IVR prompts before answer all play as early media"
      " behind it. Asterisk sends it on Progress(), FreeSWITCH on pre_answer. It often carries"
      " a Reason header with the real Q.850 cause just before the call fails, while the final"
      " 480 or 503 carries a vaguer one.",
      "Not a fault. If the caller hears nothing, check its SDP (a private or wrong address in"
      " c=, a=sendonly or inactive, an unsupported codec), whether the SBC or firewall passes"
      " RTP before the 200, and whether the calling device plays early media at all. When the"
      " call fails afterwards, read the Reason header here: its Q.850 cause is often more"
      " precise than the one in the final response." },
    { 199,
      "one forked early dialog has ended; the call goes on with the remaining branches",
      "Introduced by RFC 6228: a UAS or a forking proxy sends it to tell the caller that one"
      " early dialog was terminated before any final response; it carries the To tag of that"
      " dialog and often a Reason header. It is only sent when the UAC listed the \"199\""
      " option tag in Supported.",
      "Seen with parallel forking (ring groups, a user registered on several devices,"
      " simultaneous ring to a mobile) when one branch gives up after having sent a 18x with"
      " early media. The forking proxy (Kamailio, an IMS S-CSCF) or the UAS of that branch"
      " sends it so the caller can stop that branch's early media while the others keep"
      " ringing.",
      "Normal, nothing to fix. The caller should stop rendering media for the early dialog with"
      " the matching To tag and keep waiting for the final response. If callers keep hearing"
      " stale early media after a branch failed, check that the UAC puts 199 in Supported; if"
      " the whole call fails, analyse the final response instead." },
    { 200,
      "the request succeeded; for INVITE the call is answered and must now be ACKed",
      "The success response of RFC 3261, whose meaning depends on the method. An INVITE was"
      " answered and a dialog exists, so the UAC must ACK; a REGISTER stored its bindings,"
      " returned in Contact with their expiry; a BYE ended the call; a CANCEL was accepted. A"
      " 2xx to INVITE is retransmitted by the UAS itself until the ACK arrives.",
      "Everywhere. Worth recognising: a 200 to CANCEL only confirms the CANCEL, and the INVITE"
      " still ends with 487; a 200 to REGISTER with Expires: 0 is a de-registration; a"
      " registrar may grant a shorter expiry than requested. A call dropped about 32 s after"
      " answer, with the 200 retransmitted all along, means the ACK never reached the UAS.",
      "Nothing to fix in the response itself. If it is retransmitted and the call drops after"
      " roughly 32 s (64*T1), the ACK is not getting back: check the Contact and Record-Route"
      " of the 200 for private addresses, NAT and SIP ALG rewriting, and TCP/TLS connection"
      " reuse. If the call is up with one-way or no audio, look at the SDP answer (c= address,"
      " ports, direction attributes) and the RTP path. After a REGISTER, refresh before the"
      " expiry the registrar granted, not the one you asked for." },
    { 202,
      "taken on but not done yet; for REFER the outcome arrives later in a NOTIFY",
      "The request was accepted for processing, but processing has not finished and its outcome"
      " is unknown. RFC 3515 uses it as the answer to REFER. RFC 6665 deprecates it for"
      " SUBSCRIBE, and the IANA registry now lists it as \"Accepted (Deprecated)\"; a"
      " subscriber that still receives one must handle it exactly like a 200.",
      "Mostly in call transfer: the party that received the REFER (the transferee, also with"
      " attended transfer using Replaces) answers 202 once it has taken the request, before it"
      " has placed or completed the new call. Older presence and BLF stacks built on RFC 3265"
      " still answer SUBSCRIBE with it.",
      "Wait for the NOTIFY: its message/sipfrag body (for example \"SIP/2.0 200 OK\") carries"
      " the final status of the referred action, and Subscription-State: terminated closes the"
      " report. If none arrives, check the implicit subscription (Event: refer,"
      " Subscription-State and its expires), whether the REFER carried Refer-Sub: false"
      " (RFC 4488), which suppresses the NOTIFYs, and whether the NOTIFY can reach the"
      " referrer's Contact through NAT and firewalls; a NOTIFY answered with 405 or 481 also"
      " loses the result. For a 202 to SUBSCRIBE, simply proceed as with 200." },
    { 204,
      "conditional SUBSCRIBE refreshed; state is unchanged, so no full NOTIFY follows",
      "Introduced by RFC 5839 (conditional event notification). A subscriber that already holds"
      " the state sends SUBSCRIBE with Suppress-If-Match and the entity tag it has; if the"
      " state has not changed, the notifier refreshes the subscription and answers 204 instead"
      " of sending everything again in a NOTIFY.",
      "Appears on subscription refreshes from clients that implement RFC 5839, mainly presence"
      " and resource-list subscriptions on IMS and large hosted platforms, where it saves"
      " bandwidth. Typical PBX BLF and MWI implementations never use it.",
      "It is a success; keep using the cached state. If the subscriber's view looks stale,"
      " resubscribe without Suppress-If-Match to force a full NOTIFY, and check that the entity"
      " tag presented is the one from the SIP-ETag header of the latest NOTIFY." },
    { 300,
      "the address maps to several destinations, listed in Contact, to choose from",
      "A redirection from RFC 3261: the Request-URI resolves to more than one location, each"
      " given in a Contact header (possibly with q-values and feature parameters), and the user"
      " or UAC may pick one. The transaction ends here; the UAC sends a fresh request to the"
      " chosen target.",
      "Uncommon; sent by redirect servers rather than proxies, for instance routing or"
      " number-portability engines returning several candidate routes with q-values for the"
      " calling switch to try in turn, or directory services that matched several users.",
      "A redirect is not a failure if the UAC follows it, so check that it tries the Contacts"
      " in q-value order. Many PBXs and gateways count any 3xx as a failed call until redirect"
      " handling is enabled; turn it on, or make the upstream element proxy the call instead."
      " An empty Contact set, or Contacts pointing back at the sender, indicate a misconfigured"
      " redirect server." },
    { 301,
      "the user has moved for good; call the Contact address and update stored references",
      "RFC 3261 redirection for a user who can no longer be reached at the Request-URI; the new"
      " address is in Contact. The requester should retry there and replace the old address in"
      " any address book or cache, since the change is not expected to revert.",
      "Sent by redirect servers and some PBXs for users who changed domain or number; PSTN"
      " interworking maps ISUP cause 22 (number changed) to it when the new number is known,"
      " and to 410 otherwise. Rare on enterprise trunks, where it tends to be treated as a"
      " failure.",
      "Retry at the Contact URI and update directories, speed dials and routing tables that"
      " still hold the old address. If the calling PBX or gateway reports the call as failed,"
      " enable 3xx handling on it. A missing Contact, or one equal to the original Request-URI,"
      " means the redirecting server is misconfigured." },
    { 302,
      "reach the user at the Contact address for now; forwarding done by a redirect server",
      "The user is temporarily reachable elsewhere, at the address(es) in Contact; the"
      " redirection may have a lifetime in Expires or in the Contact's expires parameter. The"
      " UAC sends a new request there but keeps the original URI for future calls (RFC 3261).",
      "The most common 3xx: call forwarding performed by redirect servers and some hosted PBXs,"
      " carrier routing, LNP or ENUM engines answering an INVITE with the route to use, and"
      " SBCs or load balancers steering calls to another node. Diversion or History-Info"
      " headers usually accompany it.",
      "Check that the UAC follows it: a new INVITE to the Contact should appear right after the"
      " ACK. If not, enable redirect handling on the PBX or gateway, or have the redirecting"
      " element proxy the call instead. If the new INVITE fails, troubleshoot that leg; a"
      " Contact that leads back to the redirector is a loop in the routing data." },
    { 305,
      "the target must be reached through the proxy named in Contact",
      "RFC 3261 redirection telling the UAC to repeat this one request through the proxy whose"
      " URI is in Contact; only a UAS may generate it. Because it can be abused to divert"
      " traffic through a hostile proxy, many implementations ignore it.",
      "Very rare on modern networks: old servers insisting on a particular outbound proxy, and"
      " occasionally a misbehaving or malicious element trying to steer traffic.",
      "Configure the required outbound proxy explicitly in the UA or trunk settings instead of"
      " relying on this response. Treat an unexpected one with suspicion: confirm who sent it"
      " and that the proxy it names belongs to your provider before following it." },
    { 380,
      "the call failed as placed, but the server offers another way to proceed; read the body",
      "RFC 3261 says the call failed as attempted but alternative services are possible,"
      " described in the message body, without defining that body. 3GPP IMS gives it a precise"
      " meaning for emergency calls (TS 24.229).",
      "Mostly in IMS/VoLTE: a P-CSCF that spots an emergency number in an ordinary INVITE"
      " answers with a 3GPP XML body telling the UE to retry as an emergency call (emergency"
      " registration or the SOS URN). Elsewhere it is rarely seen.",
      "For an emergency number in IMS, the UE must re-attempt as an emergency call; check its"
      " emergency number list and support for emergency registration. In other contexts, read"
      " the body and any Contact to learn which service the server offers instead." },
    { 400,
      "the request is malformed and was not understood; the phrase or Warning usually says why",
      "The generic client error for syntax problems in RFC 3261. The reason phrase should name"
      " the problem (\"Missing Call-ID\", \"Bad CSeq\"), and a UAC receiving a 4xx code it does"
      " not know handles it as this one (§8.1.3.2).",
      "UAs, proxies and SBCs send it when a mandatory header (To, From, Call-ID, CSeq, Via,"
      " Max-Forwards) is missing or broken, Content-Length disagrees with the body, a URI or"
      " display name holds illegal characters, or the SDP cannot be parsed. Router SIP ALGs"
      " that rewrite addresses without fixing Content-Length, and truncated UDP datagrams, are"
      " frequent culprits.",
      "Read the reason phrase and any Warning header first; they usually name the offending"
      " header. Open the request in Wireshark, look for malformed-packet expert items, compare"
      " Content-Length with the body and look for non-ASCII or unescaped characters. If the"
      " message was fine when it left the sender but broken on arrival, disable the SIP ALG on"
      " the routers in between, or move to TCP/TLS to avoid fragmentation." },
    { 401,
      "digest challenge from the UAS or registrar; resend with credentials in Authorization",
      "RFC 3261 requires this response to carry WWW-Authenticate with a digest challenge"
      " (realm, nonce, qop, algorithm, and possibly stale). The UAC repeats the request with an"
      " Authorization header computed from its credentials. 407 is the same mechanism when a"
      " proxy does the challenging.",
      "The first REGISTER from a phone almost always gets one: that is the normal challenge,"
      " not an error, and the retry with credentials then gets 200. Registrars, PBXs and UAs"
      " also challenge INVITE, SUBSCRIBE, PUBLISH and REFER. A challenge with stale=true"
      " (\"nonce has changed\") only means the nonce expired; a second 401 to a request that"
      " already carried credentials is the real failure.",
      "Expected as the first answer; act only if it repeats. Then check the Authorization"
      " header of the retry: username (often an auth ID distinct from the extension), realm"
      " equal to the challenge's, the nonce echoed back, a uri matching the Request-URI, and"
      " the password. Check the algorithm (MD5 or SHA-256, RFC 8760) and that the phone"
      " registers to the intended domain and server. With stale=true, the UAC only has to retry"
      " with the new nonce." },
    { 402,
      "reserved by RFC 3261; in practice the provider refuses service over billing or balance",
      "RFC 3261 reserves the code for future use and defines no behaviour for it. Providers use"
      " it anyway with its plain meaning: the account has no credit or is blocked for"
      " non-payment.",
      "Sent by ITSPs, prepaid platforms and billing-aware softswitches on outgoing calls from"
      " an account with no balance or one suspended by the billing system, sometimes only for"
      " expensive destinations.",
      "Check the account balance and billing status with the provider; the reason phrase or"
      " Warning often says \"insufficient funds\" or similar. No SIP configuration change will"
      " fix it. If only some destinations fail, look at the rate deck or per-destination"
      " spending limits on the account." },
    { 403,
      "the server refuses this request by policy; new credentials will not help",
      "The server understood the request and will not carry it out (RFC 3261). Authenticating"
      " again makes no difference, so the request should not be repeated as it is. Unlike 401"
      " and 407, it carries no challenge.",
      "Policy denies the request whatever the credentials: a blocked caller or destination,"
      " international or premium routes not allowed for the account, a source IP missing from"
      " the trunk's ACL, a caller ID (From or P-Asserted-Identity) the trunk may not present,"
      " or a Kamailio proxy refusing to relay for a foreign domain (\"403 Not relaying\")."
      " Right after an answered digest challenge it usually means the credentials were wrong:"
      " many servers send \"403 Wrong password\" instead of challenging again. A STIR verifier"
      " answers \"403 Stale Date\" when the Date header or the PASSporT iat is older than its"
      " freshness window, usually 60 s (RFC 8224 §6.2.2).",
      "Read the reason phrase, Warning and Reason headers, which often name the rule. Check the"
      " server's ACLs and routing policy (allowed source IPs, destination classes, caller-ID"
      " rules) and confirm the caller is entitled to make this kind of call. If it follows an"
      " answered 401 or 407, recheck username, password and realm. A \"403 Stale Date\" is a"
      " clock or delay problem: check NTP on the signing STI-AS and the verifier, and whatever"
      " held the INVITE back (queueing, retries, a slow first hop). If the block is unexpected,"
      " ask the administrator of the server that sent it; the packet's source address and"
      " Server header show which one." },
    { 404,
      "the user does not exist at this domain, and the server knows it for certain",
      "The server has definitive information that the user in the Request-URI does not exist in"
      " the domain it names (RFC 3261). The statement covers that domain only, unlike 604, and"
      " it differs from 480, where the user exists but cannot be reached now.",
      "Calling a number or SIP address the server does not know: a mistyped or unassigned"
      " extension, a dial plan with no matching pattern (Asterisk with no such extension,"
      " FreeSWITCH's NO_ROUTE_DESTINATION), a DID the carrier has not routed, or a number the"
      " PSTN reports as unallocated (Reason: Q.850;cause=1). Some servers also use it for a"
      " SUBSCRIBE to an unknown resource or mailbox.",
      "Check the Request-URI: the number or user part, its format (E.164 with +, national or"
      " trunk prefix) and the domain. Confirm the user is provisioned and registered in the"
      " right domain, and that the domain is one the server actually serves. On a PBX, follow"
      " the call through the dial plan log to see which context or pattern failed; on a trunk,"
      " confirm the DID is assigned to you and routed by the carrier." },
    { 405,
      "the method is known but not accepted for this target; Allow lists what is",
      "The server recognises the method but does not allow it for the addressed resource, and"
      " must list the methods it accepts in an Allow header (RFC 3261). Compare 501, where the"
      " method is not implemented at all.",
      "REGISTER sent to a proxy or phone that is not a registrar, INFO or MESSAGE to a device"
      " that does not take them, REFER to a PBX with transfer disabled, SUBSCRIBE or PUBLISH to"
      " a server without presence. Also a normal result of capability probes. A NOTIFY"
      " reporting transfer progress that gets 405 leaves the transferor blind.",
      "Read the Allow header and stop sending that method to this target, or enable it there."
      " Typical fixes: send DTMF as RFC 4733 events instead of INFO, point REGISTER at the real"
      " registrar, enable transfer (REFER) or presence on the PBX, and use re-INVITE where"
      " UPDATE is refused." },
    { 406,
      "no response body could be produced in a format the request's Accept headers allow",
      "Per RFC 3261, the resource can only generate content whose type, encoding or language is"
      " not among those listed in the request's Accept, Accept-Encoding or Accept-Language"
      " headers, so the server gives up rather than send something unusable.",
      "Uncommon. Seen on SUBSCRIBE when the subscriber's Accept lists only body types the"
      " notifier does not produce (for instance dialog-info to a server that only generates"
      " PIDF), and on OPTIONS or MESSAGE from clients with narrow Accept lists.",
      "Compare the request's Accept headers with what the server supports; the Accept header of"
      " an OPTIONS reply tells you. Widen the list on the client or enable the missing format"
      " on the server, and check Accept-Encoding if compression is involved." },
    { 407,
      "a proxy wants credentials; resend with a Proxy-Authorization header",
      "The proxy counterpart of 401 in RFC 3261: the response carries Proxy-Authenticate with a"
      " digest challenge, and the UAC repeats the request with Proxy-Authorization. Several"
      " proxies on the path may each challenge, each with its own realm.",
      "The normal first answer to an INVITE sent to an ITSP, a hosted PBX or a Kamailio or"
      " OpenSIPS proxy that authenticates calls; the UAC ACKs it and sends the INVITE again"
      " with a higher CSeq. Call-state heuristics that mark the call rejected at this point are"
      " wrong. It only becomes a fault when the retried request is challenged again, or the"
      " retry never comes.",
      "Expected during call setup. If it repeats, check username, password and realm in"
      " Proxy-Authorization, that the UAC answers with Proxy-Authorization rather than"
      " Authorization, and that it uses the latest nonce. If the UAC never retries, it has no"
      " credentials for that realm: configure them on the trunk or account. With chained"
      " proxies, the UAC must keep answering every realm it was challenged for." },
    { 408,
      "no final answer in time: no answer on INVITE, an unreachable peer otherwise",
      "The server could not produce a response in time, for example because it could not locate"
      " the user (RFC 3261). A client transaction that times out (Timer B for INVITE, Timer F"
      " for other methods, 32 s by default) reports 408 to its user with nothing on the wire,"
      " and a proxy sends one upstream when its Timer C expires on a ringing INVITE.",
      "To an INVITE after ringing it is usually a user outcome: nobody answered before the"
      " proxy or PBX ring timeout (Q.850 cause 18 or 19 in Reason). To REGISTER, OPTIONS, BYE"
      " or other non-INVITE requests it means the next hop or the far UA is not answering at"
      " all: a phone switched off, a dead NAT binding, a firewall dropping traffic. To a"
      " re-INVITE or another mid-dialog request it means the peer is gone and the dialog should"
      " be torn down.",
      "First separate the cases by method and by whether a 180 was seen. For unanswered"
      " INVITEs, adjust the no-answer timer or add forward-on-no-answer to voicemail. For other"
      " requests, check whether the request reached the next hop (capture on both sides), DNS"
      " SRV and A records, firewall rules, and NAT keep-alives (CRLF or OPTIONS pings, shorter"
      " re-registration) for UAs behind NAT. In the Reason header, Q.850 cause 102 points at a"
      " timer expiry in the PSTN." },
    { 409,
      "legacy RFC 2543 code: the request conflicts with state held by the server; handle as 400",
      "Defined only in RFC 2543, where it reported a conflict with the current state of a"
      " resource, mainly a REGISTER whose action parameter (proxy or redirect) clashed with"
      " existing bindings. RFC 3261 dropped it and it is not in the IANA registry, so a"
      " compliant UAC handles it like any unknown 4xx: as 400 Bad Request (RFC 3261 §8.1.3.2).",
      "Only from very old SIP stacks, home-grown servers, and HTTP-to-SIP or WebRTC gateways"
      " that reuse HTTP's 409. A modern proxy or registrar reports the same situation with 400,"
      " 403 or 500.",
      "Treat it as a 400: the request as sent will not be accepted. Read the reason phrase and"
      " any Warning header to learn what conflicted, typically a registration binding or an"
      " application resource. Fix or upgrade the sending element rather than building logic on"
      " the code; if your own application sends it, switch to a registered code." },
    { 410,
      "the user was here once but has been removed for good, with no forwarding address",
      "The resource is no longer available at the server and no forwarding address is known;"
      " the condition is expected to be permanent (RFC 3261). When the server cannot tell"
      " whether the absence is permanent, it should send 404 instead.",
      "Disconnected or changed numbers: PSTN gateways map ISUP cause 22 (number changed) and 23"
      " (redirection to new destination) to it when no new number is given. Hosted PBXs also"
      " send it for deleted accounts and decommissioned DIDs.",
      "Do not retry: the number or user is gone. Check the Reason header for the Q.850 cause"
      " (22 means the number changed) and update the contact record. If the number should be"
      " live, check porting and provisioning with the carrier or the PBX administrator." },
    { 411,
      "legacy RFC 2543 code: the server insists on a Content-Length header; handle as 400",
      "RFC 2543 defined it for a server refusing a request that had no Content-Length. It is in"
      " neither RFC 3261 nor the IANA registry, so a current UAC treats it as 400 (RFC 3261"
      " §8.1.3.2). RFC 3261 instead makes Content-Length mandatory on stream transports and"
      " treats its absence there as a malformed message.",
      "Only from old stacks. On a modern one the same condition appears as 400 (\"Missing"
      " Content-Length\") or as a TCP/TLS framing failure, typically when a UA omits the header"
      " on TCP or an ALG or SBC rewrites the SDP without updating the length.",
      "Handle it as 400. Make sure every message carries a correct Content-Length (mandatory"
      " over TCP and TLS), and that NAT ALGs, SBCs and B2BUAs editing the body also fix the"
      " header. If an old peer keeps sending this code, upgrade or replace it." },
    { 412,
      "the PUBLISH names an entity tag the server no longer holds; publish full state again",
      "Part of RFC 3903 (event state publication): a PUBLISH carried a SIP-If-Match entity tag"
      " that matches no publication held by the event state compositor, usually because it"
      " expired or the server restarted. The publisher has to start a new publication without"
      " SIP-If-Match.",
      "Presence clients and phones refreshing or modifying a publication after the server lost"
      " it: expiry while the client was offline, a presence server restart, or failover to a"
      " node without shared state.",
      "Recovery is normally automatic: the client sends an initial PUBLISH with the full state"
      " and no SIP-If-Match, then uses the new SIP-ETag from the 200. If the errors repeat,"
      " check that the client uses the tag from the latest 200, refreshes before Expires, and"
      " that load balancing keeps a publisher on the same presence node." },
    { 413,
      "the message body is larger than the server will accept",
      "RFC 3261: the request entity (the body) is larger than the server is willing or able to"
      " process. The server may close the connection, and includes Retry-After if the limit is"
      " only temporary.",
      "Large INVITE bodies: SDP offers with long codec lists, many ICE candidates, video and"
      " BFCP m-lines, or multipart bodies with ISUP or location objects; MESSAGE requests with"
      " attachments; big presence or resource-list documents in PUBLISH and NOTIFY.",
      "Shrink the body: prune unused codecs and m-lines, limit ICE candidates, drop unneeded"
      " multipart parts. Ask for or raise the server's body size limit, and honour Retry-After"
      " when present. Send large messages over TCP or TLS so UDP fragmentation is not a second"
      " problem." },
    { 414,
      "the Request-URI is longer than the server is willing to parse",
      "The server refuses to service the request because the Request-URI is longer than it will"
      " interpret (RFC 3261). Most stacks accept several kilobytes, so reaching the limit"
      " usually means something builds the URI wrongly.",
      "URIs carrying long parameter lists or embedded headers (click-to-dial links with"
      " ?Subject= and similar), application tokens stuffed into the user part, or a routing"
      " loop in which each hop appends a parameter until the URI explodes. Scanners and fuzzers"
      " send absurd URIs too.",
      "Look at the Request-URI of the failed request and find which element built or grew it."
      " Move application data into headers or the body, and check routing scripts for a loop"
      " that keeps appending parameters; the Via stack shows repeated hops. Ignore it when the"
      " request came from a scanner." },
    { 415,
      "the body's Content-Type or encoding is not supported; Accept lists what is",
      "The server will not process the body because its media type, encoding or language is"
      " unsupported, and must list what it takes in Accept, Accept-Encoding or Accept-Language"
      " (RFC 3261). The UAC should retry without the unsupported content.",
      "INVITEs with multipart/mixed bodies (SDP plus ISUP for SIP-I/SIP-T, or a PIDF-LO"
      " location object) sent to endpoints that only accept application/sdp; INFO with"
      " application/dtmf-relay to a device expecting another DTMF format; MESSAGE with"
      " message/cpim or is-composing bodies to simple clients; gzip-compressed bodies.",
      "Read the Accept header of the response and send only those types. On the SBC or gateway,"
      " disable ISUP encapsulation toward non-SIP-I peers, use RFC 4733 for DTMF, and turn off"
      " body compression. Check the request's Content-Type and Content-Encoding for typos." },
    { 416,
      "the server does not handle the Request-URI scheme (tel:, sips:, im: ...)",
      "RFC 3261: the server does not know the scheme of the Request-URI and rejects the"
      " request. The UAC should retry with a scheme the server supports, usually sip:.",
      "A tel: URI sent to a server that only takes sip:, sips: to a server without TLS, im: or"
      " pres: from presence applications, or urn:service:sos to a server not set up for"
      " emergency routing. Often caused by a dial plan or a mobile client emitting tel:"
      " directly.",
      "Convert tel: numbers to sip:+E164@domain;user=phone before they leave the PBX or SBC,"
      " and check the UA's dial plan for scheme settings. For sips:, enable TLS on the server"
      " or use sip: over a TLS transport. Look at the Request-URI of the failed request, not"
      " only at the To header." },
    { 417,
      "the Resource-Priority namespace or value is unknown; see Accept-Resource-Priority",
      "From RFC 4412 (communications resource priority): the request demanded priority"
      " treatment (Require: resource-priority) with a Resource-Priority namespace or value the"
      " server does not know, and the response lists the ones it understands in"
      " Accept-Resource-Priority.",
      "Government and defence priority services (namespaces such as ets, wps, dsn, drsn, q735)"
      " crossing into a network or trunk that does not implement them, or a priority value"
      " configured outside the range the peer accepts.",
      "Compare the request's Resource-Priority with Accept-Resource-Priority in the response"
      " and align the namespaces and values configured on both sides. If the peer offers no"
      " priority service at all, have the SBC remove Resource-Priority and the matching Require"
      " option tag on that interconnect, within the rules of the priority service." },
    { 420,
      "the server does not support an option tag listed in Require; see Unsupported",
      "The server does not understand an extension the request marked as mandatory in Require"
      " or Proxy-Require, and lists those option tags in an Unsupported header (RFC 3261). The"
      " UAC may retry without requiring them.",
      "A UA or SBC requiring 100rel, timer, precondition, replaces, path, gruu, sec-agree or a"
      " vendor tag toward a peer that lacks it: typical on new trunks between different"
      " vendors, or when an IMS-style device meets a plain PBX.",
      "Read the Unsupported header. Move that option tag from Require to Supported on the"
      " sender (for example make PRACK optional instead of mandatory), enable the extension on"
      " the peer, or have the SBC normalise Require and Proxy-Require on that interconnect." },
    { 421,
      "the server needs an extension the request did not offer; Require names it",
      "The UAS will only process the request with a particular extension that the request did"
      " not list in Supported, and names it in a Require header of the response (RFC 3261). It"
      " is not meant for extensions that are merely nice to have.",
      "A UAS or gateway that insists on reliable provisional responses (100rel), session timers"
      " (timer), preconditions, or outbound and GRUU on registrations, reached by a UA that did"
      " not advertise them; common on interconnects with IMS cores and some carrier SBCs.",
      "Read the Require header and enable that extension on the UAC or trunk so it appears in"
      " Supported, for instance by turning on 100rel/PRACK or session timers. If the UAC cannot"
      " support it, ask the peer to relax the requirement for your trunk." },
    { 422,
      "Session-Expires is below the server's minimum; retry with at least the Min-SE value",
      "Defined by RFC 4028 (session timers). The Session-Expires of an INVITE or UPDATE is"
      " shorter than the minimum a proxy or the UAS accepts; the response carries Min-SE, and"
      " the UAC is expected to retry with Session-Expires at or above it and a Min-SE header of"
      " its own.",
      "Part of normal session-timer negotiation between PBXs, SBCs and carriers, e.g. a UA"
      " offering 90 s to a carrier that wants 1800 s. It becomes a problem when the UAC does"
      " not retry, so the call fails, or when chained elements keep pushing the value up.",
      "Nothing to fix if the next INVITE carries Session-Expires of at least the Min-SE"
      " received. If it does not, configure the UAC's session timer to a value its peers accept"
      " (1800 s is a common default) or make it handle this response correctly. Check that"
      " Min-SE and Session-Expires stay consistent across every B2BUA in the path." },
    { 423,
      "the requested Expires is too short; retry with at least Min-Expires",
      "Defined in RFC 3261 for registrars (§10.3): the expiry requested in a REGISTER is"
      " shorter than the server allows. The response carries Min-Expires, and the client should"
      " retry with an Expires at least that large. RFC 6665 and RFC 3903 reuse it for SUBSCRIBE"
      " and PUBLISH.",
      "Phones re-registering every 30-120 s to keep NAT bindings open, against a registrar or"
      " hosted PBX that enforces a minimum of several minutes; also short SUBSCRIBE or PUBLISH"
      " intervals toward presence servers. A UA that retries with the Min-Expires value"
      " completes normally.",
      "Retry with Expires set to the Min-Expires value; most UAs do this on their own. If the"
      " UA does not, raise its registration interval. Keep NAT bindings alive with CRLF"
      " keep-alives, OPTIONS pings or RFC 5626 outbound rather than very short"
      " re-registrations." },
    { 424,
      "the location sent with the request is bad or unusable; see Geolocation-Error",
      "RFC 6442 (location conveyance) added this code. The location carried with the request,"
      " by value in a PIDF-LO body or by reference in the Geolocation header, was malformed or"
      " not good enough for the recipient's purpose, such as routing. Geolocation-Error gives a"
      " code: 100 cannot process location, 200 to 202 permission problems, 300 dereference"
      " failure.",
      "Emergency calling (NG911, NG112) where an ESRP or PSAP cannot route on or use the"
      " location sent by the originating network; VoIP E911 providers rejecting a location;"
      " location-by-reference URIs that cannot be dereferenced.",
      "Read the Geolocation-Error code and text. Validate the PIDF-LO against its schema, check"
      " that the Geolocation header's cid: reference matches the Content-ID of the body part,"
      " and that the routing-allowed value permits routing. For location by reference, make"
      " sure the dereference server is reachable and authorises the recipient." },
    { 425,
      "the alert payload (CAP) was missing, corrupt or unusable; see AlertMsg-Error",
      "Defined by RFC 8876 for non-interactive emergency calls. The request carried, or should"
      " have carried, an alert payload, normally a Common Alerting Protocol document, that the"
      " recipient could not process. AlertMsg-Error gives a code: 100 cannot process, 101"
      " payload absent, 102 not enough information to determine the purpose, 103 payload"
      " corrupted.",
      "Sensors, alarm panels, vehicle systems and monitoring services that send alerts to a"
      " PSAP or an alarm receiving centre by MESSAGE or INVITE with a CAP body, and have them"
      " rejected by the emergency services network.",
      "Check the AlertMsg-Error code first. Validate the CAP XML, confirm the Content-Type of"
      " the alert body part and the reference pointing to it, and make sure the alert has the"
      " fields the recipient needs to classify it (event, category, area). Test against the"
      " receiving centre's test service before going live." },
    { 428,
      "the verifier requires a signed Identity header (STIR) and the request had none",
      "First defined in RFC 4474 and now in RFC 8224: the recipient's policy requires a valid"
      " Identity header, a PASSporT signature over the caller's identity, and the request"
      " arrived without one. The originating side is expected to have the request signed by an"
      " authentication service and try again.",
      "STIR/SHAKEN-enforcing interconnects, mostly in North America, rejecting unsigned calls"
      " from an originating provider or an upstream carrier. Rarely used: most verifiers let"
      " unsigned calls through with a lower trust level rather than reject them.",
      "Make sure the originating provider or your SBC signs outgoing calls through its STI-AS"
      " and that the Identity header survives the path: check each SBC's header manipulation"
      " rules and size limits, since Identity headers are long and can push UDP messages over"
      " the MTU. Confirm that the calling number is one you are entitled to sign for." },
    { 429,
      "the refer target wants a valid Referred-By token before acting on the referral",
      "Introduced with the Referred-By mechanism of RFC 3892: the target of a referral requires"
      " the request triggered by a REFER to carry a Referred-By token, a signed statement of"
      " the referrer's identity, and it is missing or invalid. The referee can report this back"
      " to the referrer, which may supply a token and refer again.",
      "Extremely rare; only in deployments that secure transfers with S/MIME-signed Referred-By"
      " tokens. Most PBXs and phones neither send such tokens nor demand them.",
      "Check the transfer target's policy. If it requires signed tokens, the referrer must"
      " include one (a Referred-By header whose cid parameter points at a signed"
      " message/sipfrag body); otherwise relax the policy on the target. Look at the"
      " Referred-By header of the triggered INVITE to see what was actually sent." },
    { 430,
      "an edge proxy reports that its flow to the registered UA (SIP Outbound) is dead",
      "Defined by RFC 5626 (SIP Outbound). An edge proxy returns it upstream when the"
      " connection or flow it was asked to use to reach a registered UA no longer works. The"
      " authoritative proxy should then drop the binding for that flow and try another flow or"
      " contact of the same user.",
      "Between an edge proxy and the registrar or home proxy in outbound-capable deployments,"
      " typically after a mobile or NATed UA lost its TCP/TLS connection or UDP binding without"
      " re-registering. It is not meant to travel back to the original caller.",
      "Check the UA's keep-alives (CRLF ping-pong on TCP/TLS, STUN on UDP) and their interval"
      " against NAT and firewall idle timeouts. Confirm the UA re-registers promptly when its"
      " flow breaks, uses reg-id and +sip.instance consistently, and that the edge proxy's flow"
      " tokens in Path are valid. If callers see this code, the authoritative proxy is"
      " forwarding it instead of recovering." },
    { 433,
      "the callee rejects calls that hide the caller's identity",
      "RFC 5079 created it for anonymous call rejection: the UAS, or a proxy acting for it,"
      " refuses the request because the caller made itself anonymous (an anonymous From,"
      " Privacy: id or user). Retrying with the identity revealed may succeed.",
      "Anonymous call rejection on PBXs, hosted platforms and carriers: a caller who withheld"
      " the number (CLIR, a *67-style prefix, a privacy setting on the trunk) rings a user who"
      " has turned on rejection of withheld numbers.",
      "Call again with the number presented: drop the withholding prefix or the Privacy header,"
      " or fix a trunk that hides caller ID by default. If the callee should accept such calls,"
      " disable anonymous call rejection on their account. Check P-Asserted-Identity as well;"
      " some networks treat its absence as anonymous." },
    { 436,
      "the certificate URL in the Identity header cannot be fetched (STIR)",
      "Under RFC 8224, the verifier could not dereference the URI in the Identity header's info"
      " parameter (in SHAKEN, also the x5u of the PASSporT), so it cannot obtain the"
      " certificate needed to check the signature. Older tables spell it \"Bad Identity-Info\","
      " after the RFC 4474 header.",
      "STIR/SHAKEN verification services unable to retrieve the signing certificate: the"
      " certificate repository is down or slow, the URL is wrong or not HTTPS, DNS fails, or"
      " the verifier's own outbound HTTP access is blocked.",
      "Fetch the info/x5u URL yourself from the verifier's network (curl is enough) and check"
      " DNS, HTTPS and the certificate file returned. The signing provider must fix the"
      " published URL or repository; the verifying side should check its egress firewall, HTTP"
      " proxy settings and fetch timeouts." },
    { 437,
      "the verifier does not accept the credential behind the Identity signature (STIR)",
      "RFC 8224 renamed it from RFC 4474's \"Unsupported Certificate\". The verifier obtained"
      " the signer's credential but cannot use it: it does not trust the issuing authority,"
      " does not support the credential type, or the credential does not cover the identity"
      " claimed.",
      "SHAKEN verification failing because the certificate chains to an STI-CA missing from the"
      " verifier's trust list, has expired or been revoked, or has a TNAuthList that does not"
      " authorise the calling number; also enterprise deployments using private CAs.",
      "Inspect the certificate chain behind the info/x5u URL: issuer against the current STI-CA"
      " trust list, validity dates, revocation status, TNAuthList. The signing provider must"
      " renew or replace its certificate; the verifier should keep its trust anchor list up to"
      " date." },
    { 438,
      "the Identity header is present but its signature or claims do not verify (STIR)",
      "Per RFC 8224, the verifier found an Identity header and fetched the credential, but the"
      " signature does not validate against the request: the PASSporT claims do not match the"
      " From or To numbers, or the algorithm or encoding is wrong. A Date or iat outside the"
      " freshness window is not a 438: RFC 8224 §6.2.2 answers it with 403 \"Stale Date\".",
      "Most often an element between signer and verifier changed the calling or called number"
      " (adding or removing +1, a country code or prefixes) after signing. Next comes a signer"
      " whose private key no longer matches the certificate published at its x5u URL, typically"
      " after a rekey that was not republished.",
      "Decode the PASSporT and compare orig and dest with the From, P-Asserted-Identity and To"
      " of the request as received; fix the normalisation so numbers stay as signed, or sign"
      " after the last rewrite. Check that the STI-AS signs with the key of the certificate"
      " at x5u, the alg (ES256 for SHAKEN) and ppt parameters, and that no SBC refolds or"
      " truncates the header." },
    { 439,
      "the registrar wants SIP Outbound but the first-hop proxy does not support it",
      "Defined by RFC 5626. A registrar that supports Outbound gets a REGISTER asking for it"
      " (reg-id and +sip.instance), but the first-hop edge proxy gave no sign of Outbound"
      " support (no ob parameter in its Path entry). Since flows cannot work through that"
      " proxy, the registration is refused.",
      "Mobile and desktop clients with Outbound enabled registering through a plain edge proxy"
      " or SBC without RFC 5626 support, while the registrar behind it implements it.",
      "Enable Outbound on the edge proxy so it inserts a Path entry with the ob parameter, or"
      " disable Outbound (reg-id) on the client so the registrar treats it as an ordinary"
      " registration. Check the Path and Supported headers of the REGISTER as it reaches the"
      " registrar." },
    { 440,
      "a forking proxy has no Max-Breadth left to fork the request further",
      "Defined by RFC 5393, which limits parallel forking to prevent amplification: Max-Breadth"
      " (60 by default) caps how many parallel branches a request may spawn in total. A proxy"
      " answers with this code when the breadth it received is too small to fork.",
      "Large ring groups or parallel hunting spread over several forking proxies, forking loops"
      " in which proxies fork to each other, and the forking attacks this mechanism exists to"
      " stop.",
      "Check the Max-Breadth header of the request and the forking configuration: reduce"
      " parallel branches, use sequential hunting for big groups, or raise the initial"
      " Max-Breadth where that is safe. Look in the Via stack for proxies forking to each other"
      " in a loop." },
    { 469,
      "the INFO uses an Info Package the peer did not agree to receive; see Recv-Info",
      "Comes from the Info Package framework of RFC 6086: an INFO request named, in its"
      " Info-Package header, a package the UAS has not declared in Recv-Info for this dialog or"
      " does not support. The response lists the packages it will accept in Recv-Info.",
      "Mid-call INFO for DTMF, video picture updates or application signalling sent under a"
      " named Info Package to a peer that only supports legacy INFO or other packages; common"
      " between gateways and application servers from different vendors.",
      "Check the Recv-Info the peer advertised in its INVITE, 18x or 200, and send only those"
      " packages. Move DTMF to RFC 4733 events where possible, or configure legacy INFO without"
      " Info-Package if that is what the peer expects." },
    { 470,
      "the relay lacks the recipients' consent for this request; see Permission-Missing",
      "Defined by RFC 5360 (consent framework). A relay such as a URI-list server, which fans"
      " one request out to many recipients, has no permission from some of them. It names those"
      " recipients in Permission-Missing, and the sender can then ask for their consent.",
      "Rare; seen with URI-list services (multi-recipient MESSAGE, conference invitations to"
      " lists) in deployments that enforce consent to stop spam amplification.",
      "Read Permission-Missing to see which targets lack consent. Obtain permission from them"
      " through the relay's consent mechanism (a permission request they must grant), or remove"
      " them from the list. If the block is unexpected, review the relay's consent policy." },
    { 480,
      "the user exists but cannot be reached right now (not registered, DND, no answer)",
      "RFC 3261: the callee's end system was contacted, or the user is known, but the user is"
      " currently unavailable, for instance not logged in or in do-not-disturb. Retry-After may"
      " suggest a better time. Unlike with 404, the user does exist.",
      "The classic PBX answer when the called extension has no current registration (phone off,"
      " or registration expired behind NAT), when DND is on, or when a PSTN gateway reports no"
      " answer, subscriber absent (Q.850 19, 20) or a generic cause 31. FreeSWITCH and others"
      " also map several internal failures to it, so the Reason header often says more than the"
      " code; \"480 Error\" with Q.850 cause 21 (call rejected) occurs in real captures.",
      "Read the Reason header first: Q.850 cause 18 or 19 (no answer), 20 (absent), 21"
      " (rejected) or a SIP cause tell very different stories. Check whether the callee is"
      " registered (the registrar's location table) and why it dropped off: expiry, NAT"
      " keep-alives, network changes. Check DND and forwarding settings, and honour Retry-After"
      " if present." },
    { 481,
      "the request matches no dialog or transaction here; harmless after a BYE race",
      "The UAS received a request that matches no existing dialog or transaction, judged by"
      " Call-ID, tags and transaction identifiers (RFC 3261). For a mid-dialog request it means"
      " this side has no record of the call.",
      "Harmless when both ends send BYE at the same moment, when a BYE is retransmitted after"
      " its 200 was lost, or when a CANCEL arrives after the INVITE already had its final"
      " response. A real problem when it answers a re-INVITE, UPDATE, INFO, NOTIFY or session"
      " refresh: the peer lost the dialog through a restart or failover, a session-timer"
      " expiry, or an SBC, ALG or load balancer that changed Call-ID or tags or sent the"
      " request to the wrong node.",
      "After a BYE or CANCEL race, ignore it. Otherwise compare Call-ID, From tag and To tag"
      " with the messages that set up the dialog, and check that mid-dialog requests follow the"
      " dialog's Contact and Record-Route instead of being re-routed to another server. Look"
      " for restarts and session-timer expiries at the time of failure. RFC 3261 §12.2.1.2 says"
      " the UAC should end the dialog after a 481 to a mid-dialog request, so expect a BYE." },
    { 482,
      "the request came back to a server it had already passed through: a routing loop",
      "Per RFC 3261 §16.3 step 4, a proxy found one of its own Via entries on the request showing"
      " that the same request had already passed through it unchanged. A spiral, the same"
      " proxy again with a different Request-URI, is legitimate and must not trigger it. RFC"
      " 3261 leaves the check optional (a MAY); RFC 5393 §4 makes it mandatory for a proxy that"
      " forks, so that a loop cannot multiply requests, and adds Max-Breadth for the same"
      " reason.",
      "Two proxies or SBCs whose default routes point at each other, a PBX sending unmatched"
      " numbers back to the carrier that delivered them, DNS or SRV records leading back to the"
      " sender, or a forwarding chain that returns to its start. Only proxies that run the"
      " check send it, mostly forking ones; elsewhere the same loop ends in 483. Through a"
      " B2BUA, which starts a fresh Via stack on each leg, a loop never yields 482, and yields"
      " 483 only if the B2BUA carries Max-Forwards over.",
      "Read the Via headers of the looped request to see the cycle and which element closed it."
      " Fix the route that sends the request back: default routes, dial plan catch-alls, trunk"
      " selection for inbound numbers. Check that each proxy recognises all its own addresses"
      " and aliases, otherwise it may mistake a spiral for a loop or miss a real one, and keep"
      " loop detection on wherever a proxy forks." },
    { 483,
      "Max-Forwards reached zero before the request got to its target",
      "The request arrived with Max-Forwards at 0, so the receiving server cannot forward it"
      " (RFC 3261 §16.3 step 3). Each proxy decrements the header from its usual starting value"
      " of 70, which guarantees that a loop made of proxies eventually ends.",
      "Almost always a routing loop between proxies; sometimes a legitimately long chain"
      " starting from a UA or application that sets a very low initial value. A loop through a"
      " B2BUA that starts each new leg at a fresh 70 never gets here: Max-Forwards never runs"
      " out, and the loop shows up as a flood of near-identical calls instead, the failure RFC"
      " 7332 describes.",
      "Count and read the Via headers of the failed request: repeated hosts reveal a loop, to"
      " be fixed in the routing. If the chain is genuine, raise the initial Max-Forwards on the"
      " element that sets it low. When a loop shows as a burst of calls with new Call-IDs"
      " rather than a 483, find the B2BUA in it and make it copy the incoming Max-Forwards,"
      " decremented, onto its outgoing leg (in FreeSWITCH, do not override the max_forwards"
      " channel variable)." },
    { 484,
      "the dialled number is too short or incomplete for routing",
      "The Request-URI is incomplete and the server needs more digits or address information"
      " (RFC 3261); the reason phrase may hint at what is missing. RFC 3578 uses it for overlap"
      " dialling, where a number is sent in pieces.",
      "A user dialled too few digits or the phone's digit map sent the number early; the next"
      " hop expects another format (national number without area code, missing access or trunk"
      " prefix); ISUP gateways in overlap-dialling networks, where Q.850 cause 28 (invalid"
      " number format) maps to it.",
      "Compare the Request-URI user part with the numbering plan the next hop expects. Fix the"
      " digit map or inter-digit timeout on the phone, and the number normalisation on the PBX"
      " or SBC (country code, area code, prefixes). On PSTN interconnects without overlap"
      " support, switch the gateway to en-bloc sending." },
    { 485,
      "the Request-URI matches more than one user; Contact may list the candidates",
      "The address in the Request-URI is ambiguous (RFC 3261). The response may list possible"
      " unambiguous addresses in Contact, though servers may leave them out because revealing"
      " them can be a privacy problem.",
      "Rare: dial-by-name or alias lookups matching several users (sip:lee@example.com when"
      " there is more than one Lee), or duplicate extensions and aliases in a user database.",
      "Retry with one of the Contact candidates or a fully qualified, unique URI. If the"
      " address should not be ambiguous, look for duplicate aliases, extensions or numbers in"
      " the server's user database and remove them." },
    { 486,
      "the callee's device is in use and will not take another call",
      "The callee's end system was reached but cannot accept another call there (RFC 3261);"
      " Retry-After may give a better time. \"Here\" matters: other locations of the user, such"
      " as voicemail or another device, may still take the call, which is the difference from"
      " 600.",
      "A phone already in a call with call waiting off, a per-device or per-user call limit"
      " reached on Asterisk or FreeSWITCH, DND implemented as busy, or a PSTN gateway receiving"
      " Q.850 cause 17 (user busy). Some carriers also send it when a trunk's concurrent-call"
      " limit is hit, where 503 would be more accurate.",
      "A user outcome, not a network fault. If the callee was not actually busy, check the"
      " device's call-waiting setting, call limits on the PBX endpoint or trunk, and stuck"
      " calls keeping the line occupied. Compare with the Reason header: this code with Q.850"
      " cause 16 or 34 points at a carrier mapping problem or a capacity limit, not a busy"
      " user." },
    { 487,
      "the pending request was stopped by a CANCEL (or BYE) before it completed",
      "The request was terminated by a BYE or CANCEL (RFC 3261). In practice it is the final"
      " response to an INVITE that a CANCEL stopped: the 200 answers the CANCEL itself, and the"
      " UAC still ACKs the 487.",
      "The normal end of a cancelled call: the caller hung up before answer, a PBX ring timeout"
      " sent CANCEL, or a forking proxy cancelled the other branches once one answered (Reason:"
      " SIP;cause=200;text=\"Call completed elsewhere\"). Suspicious when no CANCEL can be"
      " found in the capture, or when CDR reports count these as failed calls.",
      "Not a fault. If calls are cancelled unexpectedly, find who sent the CANCEL and why: the"
      " caller's own no-answer timer, a PBX ring timeout or a proxy's Timer C; the Reason"
      " header on the CANCEL often says. If callers hang up because nothing happens for a long"
      " time, investigate the post-dial delay instead." },
    { 488,
      "the session offer (SDP) is not acceptable at this device: codecs, media or transport",
      "The request, usually an INVITE or UPDATE, was understood, but the offered session"
      " description cannot be accepted at this endpoint (RFC 3261). A Warning header should"
      " give the reason, with codes such as 304 (media type not available), 305 (incompatible"
      " media format) or 370 (insufficient bandwidth).",
      "To an initial INVITE it means a codec or media mismatch (G.729 only against G.711 only),"
      " an SRTP mismatch (RTP/SAVP vs RTP/AVP, SDES vs DTLS with WebRTC) or an address family"
      " mismatch, and the call fails. To a re-INVITE, such as a switch to T.38 fax or adding"
      " video, only the change is refused and the call stays up on its previous media.",
      "Compare the offer's m= lines, a=rtpmap and crypto or fingerprint attributes with the"
      " peer's codec and security settings, and read the Warning header. Add a common codec,"
      " align the SRTP policy, or enable transcoding on the SBC. For a refused T.38 re-INVITE,"
      " check fax support on both ends; the audio call itself is fine." },
    { 489,
      "the server does not support the event package named in the Event header",
      "Defined by RFC 6665, and by RFC 3903 for PUBLISH: the SUBSCRIBE, PUBLISH or NOTIFY named"
      " an event package the server does not understand or will not serve. The response should"
      " include Allow-Events listing the packages it supports.",
      "Phones subscribing to presence, dialog (BLF), message-summary (MWI) or ua-profile on a"
      " PBX or proxy without the module or configuration; Asterisk answers this way to presence"
      " and dialog SUBSCRIBE and PUBLISH when those are not set up. Harmless when the feature"
      " is not wanted.",
      "Read Allow-Events in the response. If the feature is needed, enable the event package on"
      " the server (presence module, BLF hints, voicemail MWI) or point the phone at the right"
      " server; if not, disable it on the phone to stop the retries." },
    { 491,
      "glare: another offer is pending in this dialog; retry after a random delay",
      "RFC 3261 §14: the UAS received a re-INVITE (or an UPDATE, RFC 3311) while its own offer"
      " in the same dialog was still pending. Both sides back off: the one that owns the"
      " Call-ID waits a random 2.1-4 s, the other 0-2 s, then retries.",
      "Both ends send a re-INVITE at the same moment: hold and resume, codec changes, T.38"
      " switching, session refreshes when both sides think they are the refresher, or B2BUAs"
      " such as Asterisk re-INVITing for direct media while the phone does the same.",
      "Normally resolves itself on the retry. If glare repeats or the retry never comes, find"
      " which elements send automatic re-INVITEs, agree on a single session-timer refresher"
      " (the refresher parameter of Session-Expires), and turn off unneeded media re-INVITEs on"
      " the B2BUA." },
    { 493,
      "the server cannot decrypt the S/MIME body it received",
      "RFC 3261: the request carried an encrypted MIME body (S/MIME) for which the UAS has no"
      " suitable decryption key, or will not use one. The response may contain the UAS's public"
      " key so the sender can encrypt correctly next time.",
      "Very rare outside labs and specialised secure deployments, since S/MIME in SIP is almost"
      " never used; a UA holding a stale certificate of its peer would produce it.",
      "Check the certificate used to encrypt the body against the recipient's current one, and"
      " use the public key returned in the response if present. If end-to-end encryption of the"
      " body is not required, send it unencrypted over TLS." },
    { 494,
      "the server requires a security agreement (RFC 3329); see Security-Server",
      "Part of the security agreement of RFC 3329: the server will only proceed once a security"
      " mechanism has been negotiated with the client, and lists the mechanisms it offers"
      " (digest, tls, ipsec-ike, ipsec-man, and ipsec-3gpp in 3GPP networks) in Security-Server"
      " headers.",
      "IMS access: a P-CSCF that enforces sec-agree receiving a REGISTER from a UE or test"
      " client that did not send Security-Client together with Require and Proxy-Require:"
      " sec-agree.",
      "Enable sec-agree on the client with a mechanism from the Security-Server list, sending"
      " Security-Client and the sec-agree option tag in Require and Proxy-Require. In IMS test"
      " setups, configure IPsec (ipsec-3gpp) on the client, or relax the P-CSCF policy for the"
      " test range." },
    { 500,
      "the server hit an unexpected internal failure; its logs, not your request, hold the cause",
      "The server met an unexpected condition that kept it from fulfilling the request"
      " (RFC 3261), and may add Retry-After if the condition is temporary. RFC 3261 §14.2 also"
      " uses it, with a random Retry-After, when a re-INVITE arrives while an earlier INVITE is"
      " still in progress.",
      "Script errors or crashes in a proxy or B2BUA (a failing Kamailio route block, an"
      " Asterisk or FreeSWITCH module error), a database or backend API the server depends on"
      " being down, licence limits, or PSTN interworking failures (Q.850 cause 111 or 127 map"
      " to it). Overlapping re-INVITEs also produce it and settle when retried.",
      "The fault lies with the server that sent it (its source address and Server header"
      " identify it): search its logs for the Call-ID around the same time. Check its backends"
      " (database, DNS, HTTP routing or STIR services) and licences, and honour Retry-After."
      " When a gateway is involved, read the Q.850 cause in the Reason header." },
    { 501,
      "the server does not implement this method at all",
      "The server lacks the functionality needed to fulfil the request, typically because it"
      " does not recognise the method (RFC 3261). Proxies forward unknown methods, so it"
      " normally comes from the UAS; compare 405, where the method is known but not allowed.",
      "Capability probing and optional methods: UPDATE, PUBLISH, MESSAGE, INFO, REFER or a"
      " proprietary method sent to a device that lacks them; a PSTN gateway mapping Q.850 cause"
      " 79 (service or option not implemented). In answer to INVITE it reveals a broken or"
      " non-SIP peer. In answer to REGISTER it usually means the REGISTER reached something"
      " that is not a registrar: an IP-authenticated SIP trunk, or an SBC or PBX that takes"
      " only INVITE from that peer.",
      "Look at the peer's Allow header (in an OPTIONS reply or the 200 to INVITE) and stop"
      " sending methods it does not list. Fall back where possible: re-INVITE instead of"
      " UPDATE, RFC 4733 instead of INFO for DTMF, BYE plus a new call instead of REFER. For"
      " a 501 to REGISTER, ask the provider whether the trunk is IP-authenticated; if so, turn"
      " registration off for it (FreeSWITCH gateway register=false; in Asterisk, no"
      " type=registration section for that trunk) and have your public IP allowed, otherwise"
      " send the REGISTER to the registrar host the provider names, not to the trunk's"
      " signalling address." },
    { 502,
      "a gateway or proxy got an invalid response from the next hop",
      "The server, acting as a gateway or proxy, received an invalid response from the"
      " downstream server it contacted (RFC 3261). The real failure lies beyond the element"
      " that reported it.",
      "SBCs and PSTN gateways receiving a malformed or unexpected answer from a carrier or"
      " another network, gateways reporting Q.850 cause 27 (destination out of order), and"
      " proxies whose DNS lookups led to a target that answered with something that is not SIP.",
      "Capture on the far side of the element that sent it to see what the next hop actually"
      " returned. Read the Reason header for the Q.850 cause, check the downstream trunk or"
      " link status and the DNS records for the next hop, and raise it with the carrier if the"
      " invalid response comes from them." },
    { 503,
      "overloaded, in maintenance or without a route onward; try later or another server",
      "The server is temporarily unable to handle the request because of overload or"
      " maintenance (RFC 3261). Retry-After says when to come back; without it the client acts"
      " as for 500. A UAC or proxy receiving it should try an alternate server, such as the"
      " next DNS SRV target (RFC 3263).",
      "Servers under overload or in maintenance; proxies or SBCs with no usable downstream (all"
      " gateways down, dispatcher targets failing OPTIONS pings, trunk not registered); PSTN"
      " gateways out of channels or reporting Q.850 cause 34, 38, 41, 42 or 47; carriers"
      " enforcing concurrent-call or CPS limits; licence limits.",
      "Read Retry-After and the Reason header. If the first hop sends it immediately, it"
      " usually has no route: check trunk registration, gateway and dispatcher status, and the"
      " routes for that number. If it comes from further away, check capacity (channels, CPS"
      " and concurrency limits with the carrier), and make sure your side fails over to another"
      " server and respects Retry-After instead of hammering." },
    { 504,
      "a server timed out waiting on something it needed: the next hop, DNS, a database",
      "The server did not get a timely response from an external server it accessed while"
      " trying to process the request, whether the next SIP hop or a service such as a location"
      " server or DNS (RFC 3261). It is the server-side cousin of 408: the sender is alive,"
      " something behind it is not.",
      "SBCs and proxies forwarding to a carrier or PBX that never answers; routing engines"
      " waiting on ENUM, LNP, DNS or HTTP lookups, including STIR/SHAKEN signing services; PSTN"
      " gateways reporting Q.850 cause 102 (recovery on timer expiry).",
      "Find which downstream leg went silent by capturing on the outbound side of the element"
      " that sent the 504. Check DNS responsiveness, database and HTTP lookup latency, and"
      " firewalls dropping the forwarded request; tune the element's timeouts only once the"
      " slow dependency is known." },
    { 505,
      "the server does not support the SIP version in the request line",
      "The server does not support, or refuses, the protocol version used in the request"
      " (RFC 3261). SIP/2.0 is the only version in use, so in practice the version token was"
      " wrong or garbled.",
      "Requests with SIP/1.0 or a malformed version token from broken clients, scanners and"
      " fuzzers, messages corrupted by ALGs or other middleboxes, and non-SIP traffic such as"
      " HTTP sent to the SIP port.",
      "Check the request line: it must end with exactly SIP/2.0. Find the sender of the bad"
      " message; if it is a scanner, block it at the edge. If legitimate traffic is corrupted"
      " in transit, disable the SIP ALG on the path." },
    { 513,
      "the whole message is too long for the server to process; often a UDP size issue",
      "The server cannot process the request because of its length (RFC 3261). Unlike 413, it"
      " concerns the whole message, headers included, not just the body.",
      "Large INVITEs over UDP (many Via and Record-Route entries, long SDP with ICE, an"
      " Identity header) exceeding the receiver's buffer, or arriving as IP fragments that a"
      " firewall drops or mangles. RFC 3261 §18.1.1 says requests close to the path MTU, or"
      " over 1300 bytes when it is unknown, must go over a congestion-controlled transport such"
      " as TCP.",
      "Move signalling to TCP or TLS, or let the stack switch automatically for large messages."
      " Trim the message: fewer codecs and candidates, no redundant headers. Raise the"
      " receiving server's maximum message size if it is configurable, and check that firewalls"
      " pass IP fragments." },
    { 555,
      "the proxy does not support the push notification service the UA asked for",
      "Defined by RFC 8599 (push notifications for SIP UAs). A REGISTER named, in its"
      " pn-provider URI parameter, a push service the proxy does not support. The response"
      " carries a Feature-Caps header whose +sip.pns indicator lists the services the proxy"
      " does support.",
      "Mobile softphones registering with pn-provider=apns, fcm or webpush (plus pn-prid and"
      " pn-param) through a SIP proxy or PBX that has no support or credentials for that push"
      " service.",
      "Read the +sip.pns list in Feature-Caps and configure the app to use one of those"
      " services, or enable the requested service on the proxy with its APNs or FCM"
      " credentials. Check that the app spells the pn-provider value as registered (apns, fcm,"
      " webpush)." },
    { 580,
      "the preconditions required for the session (QoS or security) cannot be met",
      "Introduced with SIP preconditions in RFC 3312: the UAS cannot satisfy the preconditions"
      " the session requires, usually QoS resource reservation negotiated with a=curr, a=des"
      " and a=conf in SDP under Require: precondition. Because a mandatory precondition fails,"
      " so does the session.",
      "IMS and VoLTE/VoNR calls in which the network fails to set up the dedicated bearer (a"
      " PCRF or PCF rejection, no radio resources), and interworking between a network that"
      " makes preconditions mandatory and one that does not support them.",
      "Check the precondition attributes in offer and answer (mandatory or optional strength,"
      " current against desired status). Look at the policy and bearer setup logs (Rx or N5"
      " toward the PCRF or PCF) for the failed reservation. Toward networks without"
      " precondition support, have the IBCF or SBC downgrade or strip the preconditions." },
    { 600,
      "the callee is busy on every device and no other location will take the call",
      "The callee's end system was reached and the user is busy, and the response asserts that"
      " no other location would accept the call either (RFC 3261). As a 6xx, it stops forking:"
      " proxies cancel pending branches and try nothing else. Retry-After may be present.",
      "Uncommon: some PBXs and hosted services send it when every device of a user or hunt"
      " group is busy, or for DND when they know there is no alternative. PSTN gateways usually"
      " send 486 for Q.850 cause 17 instead.",
      "A user outcome. If voicemail or another device should have taken the call, make the"
      " server send 486, which lets upstream proxies try other locations, or have it route to"
      " voicemail itself. Honour Retry-After if present." },
    { 603,
      "the callee explicitly refused the call",
      "The user's device was reached, but the user does not wish to take part, or cannot"
      " (RFC 3261). Being a 6xx, it ends the search for the callee everywhere; Retry-After may"
      " suggest a better time to call.",
      "The user pressed Decline or Reject on the phone, call screening or a personal blocklist"
      " rejected the caller, or a gateway mapped Q.850 cause 21 (call rejected) with a user"
      " location to it. Some SBCs and PBXs also use it for blocked numbers or DND.",
      "Normally a user outcome; nothing to fix in the network. If it is unexpected, check the"
      " callee's auto-reject rules, blocklists, anonymous-call handling and DND, and the Reason"
      " header for a Q.850 cause. It stops forking, so voicemail and other devices are not"
      " tried; use 486 or 480 for rejections that should fall through." },
    { 604,
      "the user is known not to exist in any domain",
      "The server has authoritative information that the user in the Request-URI does not exist"
      " anywhere (RFC 3261). It is the global form of 404, and as a 6xx it stops any further"
      " attempts at other locations.",
      "Rare: carriers or number-portability databases answering for numbers not in service"
      " anywhere in the network. Gateways translate it to ISUP cause 1 (unallocated number)"
      " toward the PSTN.",
      "Verify the dialled number or address, and do not retry it elsewhere. If the number"
      " should be valid, raise it with the carrier, whose routing or porting data may be wrong." },
    { 606,
      "the callee wants the session but supports none of the media offered, on any device",
      "The user was reached and would take the call, but some aspect of the session description"
      " (media type, bandwidth, addressing) is not acceptable, and no other location of the"
      " user will do better (RFC 3261). A Warning header should explain; unlike 488, it stops"
      " forking.",
      "Less common than 488: UAs and gateways that reject an offer globally, such as video-only"
      " offers to audio-only devices or SRTP-only offers to a plain RTP network. In answer to a"
      " re-INVITE it refuses only the change, and the call continues on its existing media.",
      "Read the Warning header and compare the offered media with what the callee supports:"
      " codecs, media types, SRTP, bandwidth. Adjust the offer or add transcoding. If the"
      " callee has other devices that could accept, configure it to send 488 so that forking"
      " can go on." },
    { 607,
      "the called user rejected the call and reported it as nuisance or spam",
      "Defined by RFC 8197. The called party rejected the call and marked it as unwanted,"
      " typically by pressing a report-spam button, and networks may feed that signal into call"
      " analytics and later blocking decisions. As a 6xx, no other location of the callee will"
      " be tried.",
      "Calls to users of carriers and apps that offer spam reporting at rejection time; it"
      " comes from the callee's device or from its network on the user's behalf, often after"
      " robocalls, telemarketing or calls with a spoofed caller ID.",
      "This is the callee's decision, not a signalling fault, and no SIP setting will undo it."
      " Stop calling that user. A legitimate caller receiving many of these should ask its"
      " provider whether its numbers are being spoofed or flagged, and review its calling"
      " patterns and consent lists. Carriers seeing many of them for one customer should look"
      " for abuse on that account." },
    { 608,
      "an intermediary (e.g. a call-analytics engine) blocked the call, not the callee",
      "Defined by RFC 8688. A network element, typically a call-analytics or robocall-blocking"
      " engine, refused the call on the callee's behalf, and the callee was never alerted. The"
      " response can carry a Call-Info header pointing to a jCard with contact details of the"
      " entity that blocked the call, so that legitimate callers can seek redress.",
      "Calls blocked by terminating carriers' analytics engines or third-party blocking"
      " services, mostly in North America, often hitting high-volume callers (contact centres,"
      " notification services) whose numbers have acquired a poor reputation.",
      "Look for the Call-Info header and fetch the jCard it references: it names who blocked"
      " the call and how to contact them to dispute the block. Register your numbers with the"
      " analytics providers' portals, confirm with your provider that calls from those numbers"
      " are properly signed, and review calling volumes and patterns that trigger blocking." },
};

const size_t sipdiag_texts_en_count =
    sizeof(sipdiag_texts_en) / sizeof(sipdiag_texts_en[0]);
