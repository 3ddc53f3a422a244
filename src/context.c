/* context.c - the rules that tell an expected outcome from a fault.
 *
 * Read top to bottom: the first rule whose codes, method and facts match
 * decides.  Specific rules (a stale nonce, a challenge loop) come before
 * the general ones they refine.  Each row names the RFC sections that
 * decide it and carries its texts in English, French and Spanish: the
 * context (why), the evidence in words (which frames) and the fix that
 * goes with this verdict, shown before the code's generic one.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "context.h"

#include <glib.h>
#include <string.h>

#include "sipmsg.h"

#define FACT(name) SIPDIAG_FACT_##name
#define EXPECTED SIPDIAG_VERDICT_EXPECTED
#define FAULT SIPDIAG_VERDICT_FAULT
#define NEUTRAL SIPDIAG_VERDICT_NEUTRAL
#define CHAT SIPDIAG_SEVERITY_CHAT
#define NOTE SIPDIAG_SEVERITY_NOTE
#define WARN SIPDIAG_SEVERITY_WARN
/* A rule's texts in English, French and Spanish: context, evidence, fix. */
#define TEXTS(en, fr, es) { en, fr, es }
#define T(context, evidence, fix) { context, evidence, fix }

/* Methods that only ever run inside a dialog, or may. */
#define MID_DIALOG_METHODS "INVITE UPDATE INFO NOTIFY PRACK REFER MESSAGE OPTIONS SUBSCRIBE"
/* Methods every UA must accept (RFC 3261 §8.2.1 and §11: INVITE, ACK,
 * CANCEL, BYE, OPTIONS). */
#define CORE_UA_METHODS "BYE CANCEL ACK OPTIONS"
/* Every known method but INVITE: their transactions end on Timer F. */
#define NON_INVITE_METHODS \
    "ACK BYE CANCEL INFO MESSAGE NOTIFY OPTIONS PRACK PUBLISH REFER REGISTER SUBSCRIBE UPDATE"

const sipdiag_rule_t sipdiag_rules[] = {
    /* --- Authentication (RFC 3261 §22) --- */
    { "stale-nonce", 401, NULL, FACT(STALE_NONCE), 0, EXPECTED, CHAT, "RFC 7616 §3.3",
      TEXTS(T("the nonce expired (stale=true): the client resends with the fresh nonce, "
              "the password is fine",
              "",
              "Nothing to fix if the next request carries the new nonce and succeeds. If "
              "stale=true challenges come on every refresh, raise the registrar's nonce "
              "lifetime above the client's re-registration interval."),
            T(NULL, NULL, NULL), T(NULL, NULL, NULL)) },
    { "proxy-stale-nonce", 407, NULL, FACT(STALE_NONCE), 0, EXPECTED, CHAT, "RFC 7616 §3.3",
      TEXTS(T("the proxy's nonce expired (stale=true): the client resends with the fresh "
              "nonce, the password is fine",
              "",
              "Nothing to fix if the retry carries the new nonce and succeeds. If every call "
              "meets stale=true, raise the proxy's nonce lifetime or check that the client "
              "does not reuse a nonce from another proxy."),
            T(NULL, NULL, NULL), T(NULL, NULL, NULL)) },
    { "challenge-loop", 401, NULL, FACT(CHALLENGE_LOOP), 0, FAULT, WARN, "RFC 3261 §22.2",
      TEXTS(T("authentication loop: credentials refused again, right after a challenge that "
              "had already refused them",
              "the request in frame {request} sent {credentials} for realm {realm} again "
              "after the challenge in frame {challenge}, and was challenged again",
              "The credentials are wrong, not missing: check the username (auth user, not the "
              "extension, if they differ), the password and the realm the client answers "
              "against the registrar's account; a client that loops like this locks "
              "accounts on fail2ban-protected servers, so stop it first."),
            T(NULL, NULL, NULL), T(NULL, NULL, NULL)) },
    { "proxy-challenge-loop", 407, NULL, FACT(CHALLENGE_LOOP), 0, FAULT, WARN,
      "RFC 3261 §22.3",
      TEXTS(T("proxy authentication loop: Proxy-Authorization refused again, right after a "
              "challenge that had already refused it",
              "the request in frame {request} sent {credentials} for realm {realm} again "
              "after the challenge in frame {challenge}, and was challenged again",
              "Check the username, password and realm the client uses for this proxy "
              "against the proxy's subscriber table; on a trunk, compare the credentials "
              "with what the carrier issued. Stop the client retrying: repeated failures "
              "get source addresses banned."),
            T(NULL, NULL, NULL), T(NULL, NULL, NULL)) },
    { "credentials-refused", 401, NULL, FACT(CREDENTIALS_REFUSED), 0, FAULT, WARN,
      "RFC 3261 §22.2",
      TEXTS(T("challenged although the request carried Authorization for this realm: wrong "
              "username, password or realm",
              "the request in frame {request} carried {credentials} for realm {realm}, the "
              "realm this 401 challenges",
              "Compare the username and password the client sends with the account on the "
              "registrar (the server's auth log names the failing user); check the digest "
              "URI matches the Request-URI and that the client hashes with the realm it was "
              "given."),
            T(NULL, NULL, NULL), T(NULL, NULL, NULL)) },
    { "proxy-credentials-refused", 407, NULL, FACT(CREDENTIALS_REFUSED), 0, FAULT, WARN,
      "RFC 3261 §22.3",
      TEXTS(T("the proxy challenged although the request carried Proxy-Authorization for "
              "this realm: wrong username, password or realm",
              "the request in frame {request} carried {credentials} for realm {realm}, the "
              "realm this 407 challenges",
              "Compare the credentials the client uses for this proxy with the proxy's "
              "subscriber or trunk table; check the proxy's log for the failing user, and "
              "that the Proxy-Authorization answers this proxy's latest nonce."),
            T(NULL, NULL, NULL), T(NULL, NULL, NULL)) },
    { "challenge", 401, NULL, FACT(REQUEST_SEEN), FACT(CREDENTIALS_REFUSED), EXPECTED, CHAT,
      "RFC 3261 §22.2",
      TEXTS(T("digest challenge: the request carried no Authorization for this realm, the "
              "client resends it with credentials",
              "the request in frame {request} carried no Authorization for the realm "
              "challenged",
              "Nothing to fix: the client resends the request with Authorization. Look "
              "further only if no retry follows (the client has no credentials configured "
              "for this realm) or the retry is refused too."),
            T(NULL, NULL, NULL), T(NULL, NULL, NULL)) },
    { "proxy-challenge", 407, NULL, FACT(REQUEST_SEEN), FACT(CREDENTIALS_REFUSED), EXPECTED,
      CHAT, "RFC 3261 §22.3",
      TEXTS(T("proxy digest challenge: the request carried no Proxy-Authorization for this "
              "realm, the client resends it with credentials",
              "the request in frame {request} carried no Proxy-Authorization for the realm "
              "challenged (a second proxy in the path challenges with its own realm)",
              "Nothing to fix: the client ACKs and resends the request with "
              "Proxy-Authorization for this realm. Look further only if no retry follows or "
              "the retry is refused too."),
            T(NULL, NULL, NULL), T(NULL, NULL, NULL)) },
    { "refused-after-credentials", 403, NULL, FACT(REQUEST_SEEN) | FACT(CREDENTIALS), 0, FAULT,
      WARN, "RFC 3261 §21.4.4",
      TEXTS(T("refused although credentials were sent: wrong password or realm, or the "
              "account is barred",
              "the request in frame {request} carried {credentials} for realm {realm}",
              "The server checked the credentials and said no: look up the user in the "
              "server's log (wrong password, account disabled, IP not allowed for this "
              "account, too many failures); do not let the client retry with the same "
              "credentials."),
            T(NULL, NULL, NULL), T(NULL, NULL, NULL)) },

    /* --- Cancelled calls, races and lost dialogs --- */
    { "cancelled", 487, "INVITE", FACT(CANCELLED), 0, EXPECTED, CHAT, "RFC 3261 §9.2",
      TEXTS(T("the caller cancelled before answer (the CANCEL is in the capture): a normal "
              "end of an unanswered call",
              "the CANCEL in frame {cancel} ended the INVITE of frame {request}",
              "Nothing to fix: the caller hung up or a forking proxy cancelled the other "
              "branches. If callers say calls drop while ringing, find who sent the CANCEL "
              "and its Reason header."),
            T(NULL, NULL, NULL), T(NULL, NULL, NULL)) },
    { "terminated-without-cancel", 487, "INVITE", FACT(REQUEST_SEEN), FACT(CANCELLED), NEUTRAL,
      NOTE, "RFC 3261 §13.3.1, §15",
      TEXTS(T("no CANCEL for this INVITE in the capture: the INVITE's Expires ran out, a BYE "
              "ended the early dialog, or the CANCEL took another path",
              "no CANCEL for the INVITE of frame {request} appears before this 487",
              "Read the INVITE's Expires header (the UAS sends 487 when it runs out) and look "
              "for a BYE on the early dialog; otherwise capture on the caller's side, where "
              "the CANCEL should be."),
            T(NULL, NULL, NULL), T(NULL, NULL, NULL)) },
    { "cancel-accepted", 200, "CANCEL", 0, 0, EXPECTED, CHAT, "RFC 3261 §9.2",
      TEXTS(T("the CANCEL was accepted; the INVITE itself now ends with 487",
              "",
              "Nothing to fix: expect the 487 to the INVITE next. A 200 to the INVITE may "
              "still cross the CANCEL; then the caller sends ACK and BYE."),
            T(NULL, NULL, NULL), T(NULL, NULL, NULL)) },
    { "bye-race-crossed", 481, "BYE", FACT(BYE_CROSSED), 0, EXPECTED, NOTE, "RFC 3261 §15.1.2",
      TEXTS(T("a harmless race: both sides hung up at once and the other BYE ended the "
              "dialog first",
              "the other side's BYE in frame {bye} ended the dialog before this one arrived",
              "Nothing to fix: the call ended on both sides. Only if this shows on most calls, "
              "check whether an element sends BYE on a timer (session timer, max call "
              "duration) at the same moment the user hangs up."),
            T(NULL, NULL, NULL), T(NULL, NULL, NULL)) },
    { "bye-race-resent", 481, "BYE", FACT(RESENT), 0, EXPECTED, NOTE, "RFC 3261 §17.1.2",
      TEXTS(T("a harmless race: a retransmitted BYE arrived after the dialog was gone",
              "the BYE of frame {request} was sent more than once; the dialog ended with the "
              "first copy",
              "Nothing to fix for this call. If BYEs are often retransmitted, the 200s to BYE "
              "are being lost on the way back: check the Via the BYE carried (NAT, wrong "
              "rport) and the path the responses take."),
            T(NULL, NULL, NULL), T(NULL, NULL, NULL)) },
    { "bye-dialog-mismatch", 481, "BYE", FACT(REQUEST_SEEN), FACT(BYE_CROSSED) | FACT(RESENT),
      FAULT, WARN, "RFC 3261 §12.2.2, §15.1.2",
      TEXTS(T("the BYE matched no dialog, and no other BYE or retransmission explains it: "
              "the two sides disagree about this call, which may still be up on one side",
              "the BYE of frame {request} was sent once and no BYE came the other way",
              "Compare the BYE's Call-ID, From tag and To tag with the 200 OK that set up "
              "the dialog: a B2BUA or SBC that rewrites tags or Call-IDs, or a BYE sent to "
              "the wrong Contact/Route, causes this. Check the far side for a call still "
              "up (hung channel, billing running)."),
            T(NULL, NULL, NULL), T(NULL, NULL, NULL)) },
    { "cancel-after-final", 481, "CANCEL", FACT(ANSWERED_BEFORE), 0, EXPECTED, NOTE,
      "RFC 3261 §9.2",
      TEXTS(T("a harmless race: the CANCEL came after the INVITE had its final response",
              "the INVITE already had its final response in frame {final}",
              "Nothing to fix: the call was answered or failed while the caller cancelled. "
              "If it was answered, the caller must ACK and then BYE."),
            T(NULL, NULL, NULL), T(NULL, NULL, NULL)) },
    { "cancel-unmatched", 481, "CANCEL", FACT(REQUEST_SEEN), FACT(ANSWERED_BEFORE), NEUTRAL,
      NOTE, "RFC 3261 §9.1",
      TEXTS(T("the CANCEL matched no INVITE transaction where it arrived, and the capture "
              "shows no final response to the INVITE before it",
              "the CANCEL of frame {request} found no pending INVITE at that hop",
              "A CANCEL must go to the same hop with the same Request-URI, Call-ID, From, To "
              "(without a new tag), CSeq number and top Via branch as the INVITE: compare "
              "them; a CANCEL routed differently from its INVITE gets 481."),
            T(NULL, NULL, NULL), T(NULL, NULL, NULL)) },
    { "dialog-lost", 481, MID_DIALOG_METHODS, FACT(IN_DIALOG), 0, FAULT, WARN,
      "RFC 3261 §12.2.1.2",
      TEXTS(T("the peer no longer knows this dialog: the call is lost and should be ended",
              "the in-dialog request of frame {request} carried a To tag the peer no longer "
              "knows",
              "The peer restarted or timed the call out (session timer, missing ACK): the "
              "UA should send BYE now. Check the peer's log for the Call-ID and whether a "
              "B2BUA rewrote the tags."),
            T(NULL, NULL, NULL), T(NULL, NULL, NULL)) },
    { "in-dialog-timeout", 408, NULL, FACT(IN_DIALOG), 0, FAULT, WARN, "RFC 5057 §5.1",
      TEXTS(T("a mid-dialog request timed out: the peer is unreachable and the call is as "
              "good as lost",
              "the in-dialog request of frame {request} got no answer in time",
              "The peer's Contact or Record-Route path no longer works: check NAT bindings "
              "(keep-alives), the Contact address the peer gave in its 200 OK, and whether "
              "the peer is still up. End the call with BYE."),
            T(NULL, NULL, NULL), T(NULL, NULL, NULL)) },

    /* --- Outcomes of a call attempt --- */
    { "no-answer", 408, "INVITE", FACT(PROVISIONAL), 0, EXPECTED, NOTE, "RFC 3261 §16.6, §16.7",
      TEXTS(T("the phone rang and nobody answered in time: a user outcome, not a network "
              "fault",
              "the INVITE of frame {request} rang (18x in frame {provisional}), then got no "
              "answer",
              "Nothing to fix in the network: the callee did not answer before the "
              "proxy's or the caller's no-answer timer. If calls should go to voicemail "
              "instead, check the forward-on-no-answer setting and its timer."),
            T(NULL, NULL, NULL), T(NULL, NULL, NULL)) },
    { "unreachable", 408, "INVITE", FACT(REQUEST_SEEN), FACT(PROVISIONAL), FAULT, WARN,
      "RFC 3261 §17.1.1.2, §16.8",
      TEXTS(T("no provisional response beyond 100 Trying: the target never rang, it is "
              "unreachable",
              "the INVITE of frame {request} got no 18x before this 408",
              "The next hop did not answer: check the registered Contact of the callee "
              "(stale registration, private address behind NAT, expired NAT binding), that "
              "the host and port are up and reachable from the proxy, and firewall rules "
              "for SIP."),
            T(NULL, NULL, NULL), T(NULL, NULL, NULL)) },
    { "user-unavailable", 480, "INVITE", 0, 0, EXPECTED, NOTE, "RFC 3261 §21.4.18",
      TEXTS(T("the called user is not reachable now (not registered, DND, no answer): a user "
              "outcome",
              "",
              "Check whether the callee is registered (the registrar's location table) and "
              "whether DND or a schedule is set; the Reason or Warning header often says "
              "which."),
            T(NULL, NULL, NULL), T(NULL, NULL, NULL)) },
    { "message-offline", 480, "MESSAGE", 0, 0, EXPECTED, NOTE, "RFC 3428 §7",
      TEXTS(T("the recipient of the MESSAGE is offline: a normal outcome for instant "
              "messaging",
              "",
              "Nothing to fix in the network: the recipient has no registered device now. "
              "If messages should be stored for later, enable offline storage on the "
              "server (e.g. a message queue for unregistered users)."),
            T(NULL, NULL, NULL), T(NULL, NULL, NULL)) },
    { "non-invite-unavailable", 480, NULL, 0, 0, NEUTRAL, NOTE, "RFC 3261 §21.4.18",
      TEXTS(T("the target of this request is not available now: check its registration "
              "before calling it a fault",
              "",
              "Look up the target in the registrar's location table; for SUBSCRIBE or "
              "OPTIONS to a user, 480 just means no device is registered now. For a "
              "trunk or server, check routing to it."),
            T(NULL, NULL, NULL), T(NULL, NULL, NULL)) },
    { "busy-reinvite", 486, "INVITE", FACT(IN_DIALOG), 0, EXPECTED, NOTE, "RFC 5057 §5.2",
      TEXTS(T("the peer refused this re-INVITE (busy with another change); the call stays up "
              "on its current media",
              "the re-INVITE of frame {request} was inside an established dialog",
              "Nothing breaks: only this change failed. If it was a hold, transfer or "
              "codec change that matters, the sender should retry later; check why the "
              "peer was busy (another re-INVITE pending)."),
            T(NULL, NULL, NULL), T(NULL, NULL, NULL)) },
    { "busy", 486, "INVITE", 0, 0, EXPECTED, NOTE, "RFC 3261 §21.4.24",
      TEXTS(T("the called user is busy: a user outcome, not a network fault",
              "",
              "Nothing to fix in the network. If the callee was not really busy, check its "
              "call-waiting setting and its maximum number of simultaneous calls."),
            T(NULL, NULL, NULL), T(NULL, NULL, NULL)) },
    { "busy-everywhere", 600, "INVITE", 0, 0, EXPECTED, NOTE, "RFC 3261 §21.6.1",
      TEXTS(T("busy on every device of the called user: a user outcome",
              "",
              "Nothing to fix in the network; if the user was not busy, check the device "
              "that sent 600 (its DND or call-waiting setting)."),
            T(NULL, NULL, NULL), T(NULL, NULL, NULL)) },
    { "declined", 603, "INVITE", 0, 0, EXPECTED, NOTE, "RFC 3261 §21.6.2",
      TEXTS(T("the called user declined the call: a user outcome",
              "",
              "Nothing to fix in the network. If nobody pressed decline, check the callee's "
              "call screening, anonymous-call rejection and blocklists."),
            T(NULL, NULL, NULL), T(NULL, NULL, NULL)) },
    { "non-invite-timeout", 408, NON_INVITE_METHODS, 0, 0, FAULT, WARN, "RFC 3261 §17.1.2.2",
      TEXTS(T("a non-INVITE request got no final answer in time (Timer F): the next hop is "
              "unreachable or overloaded",
              "",
              "Check the next hop's address and port in the Route or Request-URI, that it is "
              "up and answering, and the firewall or NAT between; an element that answers "
              "after 32 s is overloaded."),
            T(NULL, NULL, NULL), T(NULL, NULL, NULL)) },

    /* --- Media on a re-INVITE vs the initial INVITE --- */
    { "reinvite-offer-refused", 488, "INVITE UPDATE", FACT(IN_DIALOG), 0, EXPECTED, NOTE,
      "RFC 3261 §14.2, RFC 5057 §5.2",
      TEXTS(T("the new offer of a re-INVITE was refused (e.g. a switch to T.38); the call "
              "stays up on its previous media",
              "the re-INVITE of frame {request} was inside an established dialog",
              "The call continues: only the change failed. If the change mattered (fax "
              "switching to T.38, video), compare the offer with the peer's capabilities "
              "and read the Warning header (305, 304) for the exact reason."),
            T(NULL, NULL, NULL), T(NULL, NULL, NULL)) },
    { "reinvite-offer-refused-everywhere", 606, "INVITE UPDATE", FACT(IN_DIALOG), 0, EXPECTED,
      NOTE, "RFC 3261 §14.2, RFC 5057 §5.2",
      TEXTS(T("the new offer of a re-INVITE was refused everywhere; the call stays up on its "
              "previous media",
              "the re-INVITE of frame {request} was inside an established dialog",
              "The call continues on its old media. Compare the new offer with what the "
              "peer accepts; the Warning header names the refused part."),
            T(NULL, NULL, NULL), T(NULL, NULL, NULL)) },
    { "initial-offer-refused", 488, "INVITE", FACT(REQUEST_SEEN), FACT(IN_DIALOG), FAULT, WARN,
      "RFC 3261 §13.3.1.4",
      TEXTS(T("the initial INVITE's offer was refused: no common codec or media, the call "
              "fails",
              "the INVITE of frame {request} opened no dialog yet: its offer was the call's "
              "only chance",
              "Compare the codecs (m= lines and a=rtpmap) of the offer with those allowed on "
              "the peer or trunk; check SRTP (RTP/SAVP vs RTP/AVP) and DTMF (telephone-event) "
              "agreement; the Warning header (304, 305, 370) names the refused part."),
            T(NULL, NULL, NULL), T(NULL, NULL, NULL)) },
    { "initial-offer-refused-everywhere", 606, "INVITE", FACT(REQUEST_SEEN), FACT(IN_DIALOG),
      FAULT, WARN, "RFC 3261 §21.6.4",
      TEXTS(T("the initial INVITE's offer is acceptable nowhere: no common codec or media",
              "the INVITE of frame {request} opened no dialog yet: its offer was the call's "
              "only chance",
              "Compare the offer's codecs and media with what the callee's devices accept; "
              "the Warning header names the refused part. Add a common codec (G.711) or "
              "transcoding at the SBC."),
            T(NULL, NULL, NULL), T(NULL, NULL, NULL)) },

    /* --- Negotiations that retry --- */
    { "glare-again", 491, "INVITE UPDATE", FACT(REPEATED), 0, FAULT, WARN, "RFC 3261 §14.1",
      TEXTS(T("glare again: both sides keep colliding, their retry delays do not follow "
              "RFC 3261 §14.1",
              "a 491 already answered this method in frame {earlier}",
              "The two sides retry in step: the owner of the Call-ID must wait 2.1-4 s and "
              "the other 0-2 s before retrying; check both UAs' retry timers, and any B2BUA "
              "that re-INVITEs both legs at once."),
            T(NULL, NULL, NULL), T(NULL, NULL, NULL)) },
    { "glare", 491, "INVITE UPDATE", 0, 0, EXPECTED, CHAT, "RFC 3261 §14.1",
      TEXTS(T("glare: both sides sent a re-INVITE or UPDATE at once; one retries after a "
              "random delay",
              "",
              "Nothing to fix: the sender retries after a random delay. Look further only "
              "if 491s repeat in this call."),
            T(NULL, NULL, NULL), T(NULL, NULL, NULL)) },
    { "session-timer-not-raised", 422, "INVITE UPDATE", FACT(REPEATED) | FACT(RETRY_TOO_SHORT),
      0, FAULT, WARN, "RFC 4028 §7.4",
      TEXTS(T("session timer refused again: the retry did not raise Session-Expires to the "
              "Min-SE asked",
              "the 422 in frame {earlier} asked for a Min-SE that the request of frame "
              "{request} still does not offer",
              "The client ignores Min-SE: it must retry with Session-Expires (and Min-SE) of "
              "at least the value in the 422. Check the client's session timer settings, or "
              "have the SBC rewrite Session-Expires."),
            T(NULL, NULL, NULL), T(NULL, NULL, NULL)) },
    { "session-timer", 422, "INVITE UPDATE", 0, 0, EXPECTED, CHAT, "RFC 4028 §6, §7.4",
      TEXTS(T("session timer negotiation: the client retries with Session-Expires of at "
              "least Min-SE (another 422 after a raised retry comes from an element further "
              "on)",
              "",
              "Nothing to fix if the retry succeeds. Set the client's Session-Expires at or "
              "above the largest Min-SE on the path to save the round trip."),
            T(NULL, NULL, NULL), T(NULL, NULL, NULL)) },
    { "expiry-not-raised", 423, "REGISTER SUBSCRIBE PUBLISH",
      FACT(REPEATED) | FACT(RETRY_TOO_SHORT), 0, FAULT, WARN, "RFC 3261 §10.2.8",
      TEXTS(T("expiry refused again: the retry did not raise Expires to the Min-Expires asked",
              "the 423 in frame {earlier} asked for a Min-Expires that the request of frame "
              "{request} still does not offer",
              "The client ignores Min-Expires: set its registration (or subscription) "
              "interval to at least the Min-Expires in the 423, or lower the server's "
              "minimum."),
            T(NULL, NULL, NULL), T(NULL, NULL, NULL)) },
    { "expiry", 423, "REGISTER SUBSCRIBE PUBLISH", 0, 0, EXPECTED, CHAT, "RFC 3261 §10.2.8",
      TEXTS(T("expiry negotiation: the client retries with Expires of at least Min-Expires",
              "",
              "Nothing to fix if the retry succeeds; set the client's interval at or above "
              "the server's Min-Expires to save the round trip."),
            T(NULL, NULL, NULL), T(NULL, NULL, NULL)) },
    { "extension-refused-again", 420, NULL, FACT(REPEATED), 0, FAULT, WARN, "RFC 3261 §8.1.3.5",
      TEXTS(T("bad extension again: the retry still requires an option tag the server does "
              "not support",
              "a 420 already answered this method in frame {earlier}",
              "Read the Unsupported header and remove that option tag from the client's "
              "Require/Proxy-Require (e.g. disable 100rel or timer as required on the "
              "client), or enable the extension on the server."),
            T(NULL, NULL, NULL), T(NULL, NULL, NULL)) },
    { "extension-refused", 420, NULL, 0, 0, EXPECTED, CHAT, "RFC 3261 §8.1.3.5",
      TEXTS(T("extension negotiation: the client retries without the option tags listed in "
              "Unsupported",
              "",
              "Nothing to fix if the retry without the extension succeeds; to save the round "
              "trip, list the extension in Supported instead of Require on the client."),
            T(NULL, NULL, NULL), T(NULL, NULL, NULL)) },
    { "extension-required-again", 421, NULL, FACT(REPEATED), 0, FAULT, WARN,
      "RFC 3261 §21.4.15",
      TEXTS(T("extension required again: the retry still lacks the option tag the server "
              "requires",
              "a 421 already answered this method in frame {earlier}",
              "Read the Require header of the 421 and enable that extension on the client "
              "(often 100rel or timer), or relax the server's requirement."),
            T(NULL, NULL, NULL), T(NULL, NULL, NULL)) },
    { "extension-required", 421, NULL, 0, 0, EXPECTED, CHAT, "RFC 3261 §21.4.15",
      TEXTS(T("extension negotiation: the client retries with the option tag listed in "
              "Require",
              "",
              "Nothing to fix if the retry succeeds; a client that does not support the "
              "extension cannot call this server until one side changes."),
            T(NULL, NULL, NULL), T(NULL, NULL, NULL)) },
    { "media-type-refused-again", 415, NULL, FACT(REPEATED), 0, FAULT, WARN,
      "RFC 3261 §21.4.13",
      TEXTS(T("unsupported body again: the retry still sends a type, encoding or language "
              "the server does not accept",
              "a 415 already answered this method in frame {earlier}",
              "Read the Accept, Accept-Encoding and Accept-Language headers of the 415 and "
              "make the client send one of those (e.g. plain application/sdp instead of "
              "multipart with ISUP)."),
            T(NULL, NULL, NULL), T(NULL, NULL, NULL)) },
    { "media-type-refused", 415, NULL, 0, 0, EXPECTED, CHAT, "RFC 3261 §8.1.3.5, §21.4.13",
      TEXTS(T("body negotiation: the client retries with a type listed in Accept",
              "",
              "Nothing to fix if the retry succeeds; to save the round trip, configure the "
              "client to send a body type the server accepts."),
            T(NULL, NULL, NULL), T(NULL, NULL, NULL)) },
    { "entity-tag-expired", 412, "PUBLISH", 0, 0, EXPECTED, NOTE, "RFC 3903 §6",
      TEXTS(T("the publication's entity tag expired: the client publishes again without "
              "SIP-If-Match",
              "",
              "Nothing to fix if a fresh PUBLISH follows; if 412s repeat, the client "
              "refreshes too late: shorten its refresh interval below the Expires granted."),
            T(NULL, NULL, NULL), T(NULL, NULL, NULL)) },

    /* --- Overload and retries later --- */
    { "reinvite-retry-later", 500, "INVITE UPDATE", FACT(IN_DIALOG) | FACT(RETRY_AFTER), 0,
      EXPECTED, NOTE, "RFC 3261 §14.2",
      TEXTS(T("the peer was still busy with an earlier INVITE of this dialog; the sender "
              "retries after the Retry-After delay",
              "the re-INVITE of frame {request} was inside an established dialog",
              "Nothing to fix: a UAS that gets a re-INVITE while its own is pending answers "
              "500 with a random Retry-After of 0-10 s. If it repeats, look for two "
              "elements re-INVITEing the same dialog."),
            T(NULL, NULL, NULL), T(NULL, NULL, NULL)) },
    { "overload-retry-after", 503, NULL, FACT(RETRY_AFTER), 0, NEUTRAL, NOTE,
      "RFC 3261 §21.5.4, RFC 7339",
      TEXTS(T("overload or maintenance: the server says when to retry (Retry-After)",
              "",
              "Honour Retry-After before retrying or failing over; find out why the server "
              "is overloaded or in maintenance (its CPU, licence or channel limits, a "
              "registration storm), and check the client fails over to another server in "
              "the meantime."),
            T(NULL, NULL, NULL), T(NULL, NULL, NULL)) },
    { "server-error-retry-after", 500, NULL, FACT(RETRY_AFTER), 0, NEUTRAL, NOTE,
      "RFC 3261 §21.5.1",
      TEXTS(T("a temporary server error: the server says when to retry (Retry-After)",
              "",
              "Retry after the delay given; if it persists, read the server's log around "
              "this time for the failing module."),
            T(NULL, NULL, NULL), T(NULL, NULL, NULL)) },

    /* --- Capabilities --- */
    { "core-method-refused", 405, CORE_UA_METHODS, 0, 0, FAULT, WARN, "RFC 3261 §8.2.1, §11",
      TEXTS(T("a method every UA must accept was refused: the request reached the wrong "
              "element or a broken stack",
              "",
              "BYE, CANCEL, ACK and OPTIONS must be accepted by every UA: check where the "
              "request was routed (Route set, Contact of the peer), and whether an SBC or "
              "firewall answers in the peer's place."),
            T(NULL, NULL, NULL), T(NULL, NULL, NULL)) },
    { "core-method-unimplemented", 501, CORE_UA_METHODS, 0, 0, FAULT, WARN,
      "RFC 3261 §8.2.1, §11",
      TEXTS(T("a method every UA must implement is not implemented there: the request "
              "reached something that is not a SIP UA",
              "",
              "Check the Request-URI and Route: the request went to an element that is not "
              "the peer UA (a registrar-only server, a media server port, an application "
              "that speaks only part of SIP)."),
            T(NULL, NULL, NULL), T(NULL, NULL, NULL)) },
    { "invite-register-refused", 405, "INVITE REGISTER", 0, 0, FAULT, WARN, "RFC 3261 §8.2.1",
      TEXTS(T("the server does not take this core method here: wrong server or port, or a "
              "misconfigured endpoint",
              "",
              "Check that the request goes to the right server and port: a REGISTER sent to "
              "a phone or trunk instead of the registrar, an INVITE sent to a registrar-only "
              "server; read the Allow header for what it takes."),
            T(NULL, NULL, NULL), T(NULL, NULL, NULL)) },
    { "invite-register-unimplemented", 501, "INVITE REGISTER", 0, 0, FAULT, WARN,
      "RFC 3261 §10.3, §21.5.2",
      TEXTS(T("the server does not implement this core method: a REGISTER that reached "
              "something that is not a registrar, or an INVITE sent to the wrong element",
              "",
              "For REGISTER: the target is not a registrar (an IP-authenticated trunk or an "
              "SBC that takes only calls from you): stop registering to it, or point the "
              "client at the right registrar. For INVITE: check the routing to this element."),
            T(NULL, NULL, NULL), T(NULL, NULL, NULL)) },
    { "method-not-allowed", 405, NULL, 0, 0, EXPECTED, CHAT, "RFC 3261 §21.4.6",
      TEXTS(T("the peer does not allow this method here: a capability answer, see its Allow "
              "header",
              "",
              "Nothing to fix if the feature is optional: the sender should fall back (e.g. "
              "INFO DTMF to RFC 4733, UPDATE to re-INVITE). Read the Allow header; enable the "
              "method on the peer if the feature is needed."),
            T(NULL, NULL, NULL), T(NULL, NULL, NULL)) },
    { "method-not-implemented", 501, NULL, 0, 0, EXPECTED, CHAT, "RFC 3261 §21.5.2",
      TEXTS(T("the peer does not implement this method: a capability answer, see its Allow "
              "header",
              "",
              "Nothing to fix if the feature is optional: the sender should stop using the "
              "method with this peer (PUBLISH, MESSAGE, INFO...). Upgrade or configure the "
              "peer if the feature is needed."),
            T(NULL, NULL, NULL), T(NULL, NULL, NULL)) },

    /* --- Events and transfers --- */
    { "transfer-accepted", 202, "REFER", 0, 0, EXPECTED, CHAT, "RFC 3515 §2.4.2, RFC 7647 §5",
      TEXTS(T("transfer accepted; its outcome follows in NOTIFY (Event: refer, "
              "message/sipfrag). 202 to REFER is deprecated (RFC 7647): newer UAs send 200",
              "",
              "Nothing to fix: follow the NOTIFYs for the referred call's result. The "
              "transfer succeeded only if a NOTIFY reports 200."),
            T(NULL, NULL, NULL), T(NULL, NULL, NULL)) },
    { "subscription-accepted-202", 202, "SUBSCRIBE", 0, 0, EXPECTED, NOTE, "RFC 6665 §8.3.1",
      TEXTS(T("subscription accepted: 202 to SUBSCRIBE is deprecated by RFC 6665, which has "
              "the subscriber treat it as 200",
              "",
              "Nothing breaks: the subscription is active and NOTIFYs follow. Update the "
              "notifier to send 200 OK; older subscribers that wait for a NOTIFY behave the "
              "same with either code."),
            T(NULL, NULL, NULL), T(NULL, NULL, NULL)) },
    { "event-package-refused", 489, "SUBSCRIBE PUBLISH", 0, 0, FAULT, WARN, "RFC 6665 §4.2.1",
      TEXTS(T("the server does not offer this event package: presence or BLF disabled there, "
              "or a wrong Event header",
              "",
              "Read the Allow-Events header for the packages the server offers; enable the "
              "package on the server (presence, dialog for BLF, message-summary for MWI) or "
              "stop the client subscribing to it."),
            T(NULL, NULL, NULL), T(NULL, NULL, NULL)) },
    { "notify-event-refused", 489, "NOTIFY", 0, 0, NEUTRAL, NOTE, "RFC 6665 §4.1.3",
      TEXTS(T("the UA refused a NOTIFY for an event package it does not take: usually an "
              "unsolicited NOTIFY (check-sync, message-summary) it never subscribed to",
              "",
              "Harmless unless the UA did subscribe to that package: compare the NOTIFY's "
              "Event header with the SUBSCRIBE's. For unsolicited MWI, enable it on the phone "
              "or stop the server sending it."),
            T(NULL, NULL, NULL), T(NULL, NULL, NULL)) },
};

const unsigned sipdiag_rule_count = sizeof sipdiag_rules / sizeof sipdiag_rules[0];

static const char *const fact_names[] = {
    "request-seen", "credentials", "in-dialog", "cancelled", "repeated", "challenge-loop",
    "stale-nonce", "credentials-refused", "provisional", "bye-crossed", "resent",
    "answered-before", "retry-too-short", "retry-after",
};

const char *
sipdiag_fact_name(unsigned fact)
{
    for (unsigned i = 0; i < sizeof fact_names / sizeof fact_names[0]; i++) {
        if (fact == 1u << i)
            return fact_names[i];
    }
    return NULL;
}

const char *
sipdiag_severity_key(sipdiag_severity_t severity)
{
    static const char *const keys[] = { "chat", "note", "warn", "error" };
    return severity <= SIPDIAG_SEVERITY_ERROR ? keys[severity] : NULL;
}

const char *
sipdiag_verdict_key(sipdiag_verdict_t verdict)
{
    static const char *const keys[] = { "neutral", "expected", "fault" };
    return verdict <= SIPDIAG_VERDICT_FAULT ? keys[verdict] : NULL;
}

/* Whether method is one of the space-separated words of list. */
static bool
method_listed(const char *list, const char *method)
{
    size_t n = strlen(method);
    for (const char *p = list; *p != '\0';) {
        size_t word = strcspn(p, " ");
        if (word == n && strncmp(p, method, n) == 0)
            return true;
        p += word;
        p += strspn(p, " ");
    }
    return false;
}

const sipdiag_rule_texts_t *
sipdiag_rule_texts(const sipdiag_rule_t *rule, sipdiag_lang_t lang)
{
    static const sipdiag_lang_t written[SIPDIAG_RULE_LANGS] = {
        SIPDIAG_LANG_EN, SIPDIAG_LANG_FR, SIPDIAG_LANG_ES,
    };
    for (unsigned i = 0; i < SIPDIAG_RULE_LANGS; i++) {
        if (written[i] == lang && rule->texts[i].context != NULL)
            return &rule->texts[i];
    }
    return &rule->texts[0];
}

/* The evidence behind each fact a rule may require, by fact bit. */
static const struct {
    unsigned fact;
    sipdiag_evidence_kind_t kind;
} evidence_of_fact[] = {
    { SIPDIAG_FACT_REQUEST_SEEN, SIPDIAG_EVIDENCE_REQUEST },
    { SIPDIAG_FACT_CREDENTIALS_REFUSED, SIPDIAG_EVIDENCE_CHALLENGE },
    { SIPDIAG_FACT_CHALLENGE_LOOP, SIPDIAG_EVIDENCE_CHALLENGE },
    { SIPDIAG_FACT_CANCELLED, SIPDIAG_EVIDENCE_CANCEL },
    { SIPDIAG_FACT_PROVISIONAL, SIPDIAG_EVIDENCE_PROVISIONAL },
    { SIPDIAG_FACT_BYE_CROSSED, SIPDIAG_EVIDENCE_BYE },
    { SIPDIAG_FACT_ANSWERED_BEFORE, SIPDIAG_EVIDENCE_FINAL },
    { SIPDIAG_FACT_REPEATED, SIPDIAG_EVIDENCE_EARLIER },
    { SIPDIAG_FACT_RETRY_TOO_SHORT, SIPDIAG_EVIDENCE_EARLIER },
};

unsigned
sipdiag_rule_evidence_kinds(const sipdiag_rule_t *rule)
{
    unsigned kinds = 1u << SIPDIAG_EVIDENCE_REQUEST;
    for (unsigned i = 0; rule != NULL && i < G_N_ELEMENTS(evidence_of_fact); i++) {
        if (rule->require & evidence_of_fact[i].fact)
            kinds |= 1u << evidence_of_fact[i].kind;
    }
    return kinds;
}

const char *
sipdiag_evidence_name(sipdiag_evidence_kind_t kind)
{
    static const char *const names[SIPDIAG_EVIDENCE_COUNT] = {
        "request", "challenge", "cancel", "provisional", "bye", "final", "earlier",
    };
    return kind < SIPDIAG_EVIDENCE_COUNT ? names[kind] : NULL;
}

const char *
sipdiag_credentials_name(unsigned credentials)
{
    static const char *const names[] = {
        NULL, "Authorization", "Proxy-Authorization", "Authorization, Proxy-Authorization",
    };
    return credentials < G_N_ELEMENTS(names) ? names[credentials] : NULL;
}

/* Appends what one {slot} stands for; false when the evidence lacks it. */
static bool
fill_slot(GString *out, const char *slot, size_t len, const sipdiag_evidence_t *evidence)
{
    for (unsigned kind = 0; kind < SIPDIAG_EVIDENCE_COUNT; kind++) {
        const char *name = sipdiag_evidence_name(kind);
        if (strlen(name) == len && strncmp(slot, name, len) == 0) {
            if (evidence->frames[kind] == 0)
                return false;
            g_string_append_printf(out, "%u", evidence->frames[kind]);
            return true;
        }
    }
    const char *text = NULL;
    if (len == 11 && strncmp(slot, "credentials", len) == 0)
        text = sipdiag_credentials_name(evidence->credentials);
    else if (len == 5 && strncmp(slot, "realm", len) == 0)
        text = evidence->realm != NULL ? evidence->realm : "(none given)";
    if (text == NULL)
        return false;
    g_string_append(out, text);
    return true;
}

char *
sipdiag_rule_evidence_text(const sipdiag_rule_t *rule, sipdiag_lang_t lang,
                           const sipdiag_evidence_t *evidence)
{
    const char *template = sipdiag_rule_texts(rule, lang)->evidence;
    if (template == NULL || template[0] == '\0')
        return NULL;
    GString *out = g_string_new(NULL);
    for (const char *p = template; *p != '\0';) {
        const char *open = strchr(p, '{');
        const char *close = open != NULL ? strchr(open, '}') : NULL;
        if (close == NULL) {
            g_string_append(out, p);
            break;
        }
        g_string_append_len(out, p, open - p);
        if (!fill_slot(out, open + 1, (size_t)(close - open - 1), evidence)) {
            g_string_free(out, TRUE);
            return NULL;
        }
        p = close + 1;
    }
    return g_string_free(out, FALSE);
}

const sipdiag_rule_t *
sipdiag_judge(unsigned code, const char *method, unsigned facts)
{
    return sipdiag_judge_known(code, method, facts, ~0u);
}

const sipdiag_rule_t *
sipdiag_judge_known(unsigned code, const char *method, unsigned facts, unsigned known)
{
    for (unsigned i = 0; i < sipdiag_rule_count; i++) {
        const sipdiag_rule_t *rule = &sipdiag_rules[i];
        if (code != rule->code || ((rule->require | rule->forbid) & ~known) != 0)
            continue;
        if (rule->methods != NULL && (method == NULL || !method_listed(rule->methods, method)))
            continue;
        if ((facts & rule->require) != rule->require || (facts & rule->forbid) != 0)
            continue;
        return rule;
    }
    return NULL;
}

sipdiag_severity_t
sipdiag_class_severity(unsigned code)
{
    /* Indexed by class; an invalid code (class 0 or 7+) is a warning. */
    static const sipdiag_severity_t of_class[] = {
        SIPDIAG_SEVERITY_WARN, SIPDIAG_SEVERITY_CHAT, SIPDIAG_SEVERITY_CHAT,
        SIPDIAG_SEVERITY_NOTE, SIPDIAG_SEVERITY_WARN, SIPDIAG_SEVERITY_ERROR,
        SIPDIAG_SEVERITY_ERROR,
    };
    unsigned klass = code / 100;
    return klass < sizeof of_class / sizeof of_class[0] ? of_class[klass] : SIPDIAG_SEVERITY_WARN;
}
