/* context.c - the rules that tell an expected outcome from a fault.
 *
 * Read top to bottom: the first rule whose codes, method and facts match
 * decides.  Specific rules (a stale nonce, a challenge loop) come before
 * the general ones they refine.  Sources: RFC 3261 (§9 CANCEL, §12.2.1.2
 * lost dialogs, §14.1 glare, §22 digest), RFC 4028 (session timers),
 * RFC 3515 and RFC 6665 (REFER, SUBSCRIBE), RFC 5057 (which failures end a
 * dialog).
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "context.h"

#include <string.h>

#define FACT(name) SIPDIAG_FACT_##name
#define EXPECTED SIPDIAG_VERDICT_EXPECTED
#define FAULT SIPDIAG_VERDICT_FAULT
#define CHAT SIPDIAG_SEVERITY_CHAT
#define NOTE SIPDIAG_SEVERITY_NOTE
#define WARN SIPDIAG_SEVERITY_WARN

/* Methods that only ever run inside a dialog, or may. */
#define MID_DIALOG_METHODS "INVITE UPDATE INFO NOTIFY PRACK REFER MESSAGE OPTIONS SUBSCRIBE"

const sipdiag_rule_t sipdiag_rules[] = {
    /* Authentication */
    { 401, NULL, FACT(STALE_NONCE), 0, EXPECTED, CHAT,
      "the nonce expired (stale=true): the client resends with the fresh nonce, "
      "the password is fine" },
    { 407, NULL, FACT(STALE_NONCE), 0, EXPECTED, CHAT,
      "the proxy's nonce expired (stale=true): the client resends with the fresh nonce, "
      "the password is fine" },
    { 401, NULL, FACT(CHALLENGE_LOOP), 0, FAULT, WARN,
      "authentication loop: challenged again and again with no success, the credentials "
      "keep failing" },
    { 407, NULL, FACT(CHALLENGE_LOOP), 0, FAULT, WARN,
      "proxy authentication loop: challenged again and again with no success, the "
      "credentials keep failing" },
    { 401, NULL, FACT(REQUEST_SEEN) | FACT(CREDENTIALS), 0, FAULT, WARN,
      "challenged although the request carried credentials: wrong username, password or "
      "realm" },
    { 407, NULL, FACT(REQUEST_SEEN) | FACT(CREDENTIALS), 0, FAULT, WARN,
      "the proxy challenged although the request carried Proxy-Authorization: wrong "
      "username, password or realm" },
    { 401, NULL, FACT(REQUEST_SEEN), FACT(CREDENTIALS), EXPECTED, CHAT,
      "digest challenge: the request carried no credentials, the client resends it with "
      "Authorization" },
    { 407, NULL, FACT(REQUEST_SEEN), FACT(CREDENTIALS), EXPECTED, CHAT,
      "proxy digest challenge: the request carried no credentials, the client resends it "
      "with Proxy-Authorization" },
    { 403, NULL, FACT(REQUEST_SEEN) | FACT(CREDENTIALS), 0, FAULT, WARN,
      "refused although credentials were sent: wrong password or realm, or the account "
      "is barred" },

    /* Cancelled calls, races and lost dialogs */
    { 487, "INVITE", FACT(CANCELLED), 0, EXPECTED, CHAT,
      "the caller cancelled before answer (the CANCEL is in the capture): a normal end "
      "of an unanswered call" },
    { 487, "INVITE", FACT(REQUEST_SEEN), FACT(CANCELLED), FAULT, WARN,
      "no CANCEL for this INVITE in the capture: something else terminated it, or the "
      "CANCEL took another path" },
    { 200, "CANCEL", 0, 0, EXPECTED, CHAT,
      "the CANCEL was accepted; the INVITE itself now ends with 487" },
    { 481, "BYE CANCEL", 0, 0, EXPECTED, NOTE,
      "a harmless race: the dialog or transaction was already gone (crossed BYEs, a "
      "retransmitted BYE, CANCEL after the final response)" },
    { 481, MID_DIALOG_METHODS, FACT(IN_DIALOG), 0, FAULT, WARN,
      "the peer no longer knows this dialog: the call is lost and should be ended "
      "(RFC 3261 §12.2.1.2)" },
    { 408, NULL, FACT(IN_DIALOG), 0, FAULT, WARN,
      "a mid-dialog request timed out: the peer is unreachable and the call is as good "
      "as lost" },

    /* User outcomes of a call: not network faults */
    { 408, "INVITE", 0, 0, EXPECTED, NOTE,
      "nobody answered in time: a user outcome for a call, not a network fault" },
    { 480, "INVITE", 0, 0, EXPECTED, NOTE,
      "the called user is not reachable now (not registered, DND, no answer): a user "
      "outcome" },
    { 486, "INVITE", 0, 0, EXPECTED, NOTE,
      "the called user is busy: a user outcome, not a network fault" },
    { 600, "INVITE", 0, 0, EXPECTED, NOTE,
      "busy on every device of the called user: a user outcome" },
    { 603, "INVITE", 0, 0, EXPECTED, NOTE,
      "the called user declined the call: a user outcome" },
    { 408, NULL, 0, 0, FAULT, WARN,
      "a non-INVITE request got no final answer in time (Timer F): the next hop is "
      "unreachable or overloaded" },
    { 480, NULL, 0, 0, FAULT, WARN,
      "a non-INVITE request found its target unavailable: check registration and "
      "routing, not the user" },

    /* Media on a re-INVITE vs the initial INVITE */
    { 488, "INVITE UPDATE", FACT(IN_DIALOG), 0, EXPECTED, NOTE,
      "the new offer of a re-INVITE was refused (e.g. a switch to T.38); the call stays "
      "up on its previous media" },
    { 606, "INVITE UPDATE", FACT(IN_DIALOG), 0, EXPECTED, NOTE,
      "the new offer of a re-INVITE was refused everywhere; the call stays up on its "
      "previous media" },
    { 488, "INVITE", FACT(REQUEST_SEEN), FACT(IN_DIALOG), FAULT, WARN,
      "the initial INVITE's offer was refused: no common codec or media, the call fails" },
    { 606, "INVITE", FACT(REQUEST_SEEN), FACT(IN_DIALOG), FAULT, WARN,
      "the initial INVITE's offer is acceptable nowhere: no common codec or media" },

    /* Negotiations that retry */
    { 491, "INVITE UPDATE", FACT(REPEATED), 0, FAULT, WARN,
      "glare again: both sides keep colliding; check the random retry delays of RFC 3261 "
      "§14.1" },
    { 491, "INVITE UPDATE", 0, 0, EXPECTED, CHAT,
      "glare: both sides sent a re-INVITE or UPDATE at once; one retries after a random "
      "delay" },
    { 422, "INVITE UPDATE", FACT(REPEATED), 0, FAULT, WARN,
      "session timer refused again: the retry did not raise Session-Expires to Min-SE" },
    { 422, "INVITE UPDATE", 0, 0, EXPECTED, CHAT,
      "session timer negotiation: the client retries with Session-Expires of at least "
      "Min-SE" },
    { 423, "REGISTER SUBSCRIBE PUBLISH", FACT(REPEATED), 0, FAULT, WARN,
      "expiry refused again: the retry did not raise Expires to Min-Expires" },
    { 423, "REGISTER SUBSCRIBE PUBLISH", 0, 0, EXPECTED, CHAT,
      "expiry negotiation: the client retries with Expires of at least Min-Expires" },
    { 412, "PUBLISH", 0, 0, EXPECTED, NOTE,
      "the publication's entity tag expired: the client publishes again without "
      "SIP-If-Match" },

    /* Capabilities */
    { 405, "INVITE REGISTER", 0, 0, FAULT, WARN,
      "the server does not take this core method: wrong server or port, or a "
      "misconfigured endpoint" },
    { 501, "INVITE REGISTER", 0, 0, FAULT, WARN,
      "the server does not implement this core method: wrong server or port, or a "
      "misconfigured endpoint" },
    { 405, NULL, 0, 0, EXPECTED, CHAT,
      "the peer does not allow this method here: a capability answer, see its Allow "
      "header" },
    { 501, NULL, 0, 0, EXPECTED, CHAT,
      "the peer does not implement this method: a capability answer, see its Allow "
      "header" },

    /* Events and transfers */
    { 202, "REFER", 0, 0, EXPECTED, CHAT,
      "transfer accepted; its outcome follows in NOTIFY (Event: refer, message/sipfrag)" },
    { 202, "SUBSCRIBE", 0, 0, FAULT, WARN,
      "202 to SUBSCRIBE is deprecated by RFC 6665: the subscriber must treat it as 200" },
    { 489, "SUBSCRIBE PUBLISH", 0, 0, FAULT, WARN,
      "the server does not offer this event package: presence or BLF disabled there, or "
      "a wrong Event header" },
};

const unsigned sipdiag_rule_count = sizeof sipdiag_rules / sizeof sipdiag_rules[0];

static const char *const fact_names[] = {
    "request-seen", "credentials", "in-dialog", "cancelled", "repeated", "challenge-loop",
    "stale-nonce",
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
