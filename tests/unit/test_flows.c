/* test_flows.c - the flow model on message sequences written by hand:
 * challenges after failures, two proxies, proxied hops, crossed and
 * retransmitted BYEs, CANCEL races, timer negotiations, the call cap.
 * Each sequence checks the facts, the rule they lead to and the frames.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "context.h"
#include "flows.h"
#include "sipmsg.h"

#include <glib.h>
#include <string.h>

typedef struct {
    sipdiag_flows_t *flows;
    uint32_t frame;            /* the frame the next message gets */
    const char *call_id;
} capture_t;

static capture_t
capture_new(void)
{
    return (capture_t){ sipdiag_flows_new(1000), 0, "call-1@example.com" };
}

static sipdiag_flow_msg_t
message(capture_t *c, bool response, unsigned code, const char *method, uint32_t cseq,
        const char *branch)
{
    return (sipdiag_flow_msg_t){
        .frame = ++c->frame, .is_response = response, .code = code, .method = method,
        .has_cseq = true, .cseq = cseq, .call_id = c->call_id, .via_branch = branch,
        .from_tag = "caller", .session_expires = -1, .min_se = -1, .expires = -1,
        .min_expires = -1,
    };
}

/* Sends a request; returns its frame. */
static uint32_t
send_request(capture_t *c, sipdiag_flow_msg_t m)
{
    sipdiag_flows_request(c->flows, &m);
    return m.frame;
}

typedef struct {
    uint32_t frame;
    unsigned facts;
    sipdiag_evidence_t evidence;
    const char *rule;          /* the rule's id, or "(none)" */
} judged_t;

static judged_t
answer(capture_t *c, sipdiag_flow_msg_t m)
{
    judged_t j = { .frame = m.frame };
    bool untracked = false;
    j.facts = sipdiag_flows_response(c->flows, &m, &j.evidence, &untracked);
    g_assert_false(untracked);
    const sipdiag_rule_t *rule = sipdiag_judge(m.code, m.method, j.facts);
    j.rule = rule != NULL ? rule->id : "(none)";
    return j;
}

#define REQ(c, method, cseq, branch) message(c, false, 0, method, cseq, branch)
#define RESP(c, code, method, cseq, branch) message(c, true, code, method, cseq, branch)

static sipdiag_flow_msg_t
with_credentials(sipdiag_flow_msg_t m, unsigned credentials, const char *realm)
{
    m.credentials = credentials;
    m.realm = realm;
    return m;
}

static sipdiag_flow_msg_t
challenge(sipdiag_flow_msg_t m, const char *realm)
{
    m.realm = realm;
    return m;
}

/* The real sequence: after a loop of failures a phone sends a
 * fresh REGISTER without credentials; its 401 is a normal challenge. */
static void
test_challenge_after_failures(void)
{
    capture_t c = capture_new();
    const unsigned auth = SIPDIAG_AUTH_AUTHORIZATION;
    send_request(&c, REQ(&c, "REGISTER", 1, "b1"));
    judged_t first = answer(&c, challenge(RESP(&c, 401, "REGISTER", 1, "b1"), "pbx"));
    g_assert_cmpstr(first.rule, ==, "challenge");
    g_assert_cmpuint(first.evidence.frames[SIPDIAG_EVIDENCE_REQUEST], ==, 1);

    uint32_t retry = send_request(&c, with_credentials(REQ(&c, "REGISTER", 2, "b2"), auth, "pbx"));
    judged_t refused = answer(&c, challenge(RESP(&c, 401, "REGISTER", 2, "b2"), "pbx"));
    g_assert_cmpstr(refused.rule, ==, "credentials-refused");
    g_assert_cmpuint(refused.evidence.frames[SIPDIAG_EVIDENCE_REQUEST], ==, retry);
    g_assert_cmpuint(refused.evidence.frames[SIPDIAG_EVIDENCE_CHALLENGE], ==, first.frame);
    g_assert_cmpuint(refused.evidence.credentials, ==, auth);
    g_assert_cmpstr(refused.evidence.realm, ==, "pbx");

    send_request(&c, with_credentials(REQ(&c, "REGISTER", 3, "b3"), auth, "pbx"));
    judged_t loop = answer(&c, challenge(RESP(&c, 401, "REGISTER", 3, "b3"), "pbx"));
    g_assert_cmpstr(loop.rule, ==, "challenge-loop");
    g_assert_cmpuint(loop.evidence.frames[SIPDIAG_EVIDENCE_CHALLENGE], ==, refused.frame);

    /* A retransmitted 401 repeats its original's judgement. */
    judged_t again = answer(&c, challenge(RESP(&c, 401, "REGISTER", 3, "b3"), "pbx"));
    g_assert_cmpstr(again.rule, ==, "challenge-loop");
    g_assert_cmpuint(again.evidence.frames[SIPDIAG_EVIDENCE_CHALLENGE], ==, refused.frame);

    send_request(&c, REQ(&c, "REGISTER", 4, "b4"));
    judged_t fresh = answer(&c, challenge(RESP(&c, 401, "REGISTER", 4, "b4"), "pbx"));
    g_assert_cmpstr(fresh.rule, ==, "challenge");
    g_assert_cmpuint(fresh.facts & SIPDIAG_FACT_CHALLENGE_LOOP, ==, 0);

    send_request(&c, with_credentials(REQ(&c, "REGISTER", 5, "b5"), auth, "pbx"));
    g_assert_cmpstr(answer(&c, RESP(&c, 200, "REGISTER", 5, "b5")).rule, ==, "(none)");
    /* After a success, refused credentials start over: no loop. */
    send_request(&c, with_credentials(REQ(&c, "REGISTER", 6, "b6"), auth, "pbx"));
    g_assert_cmpstr(answer(&c, challenge(RESP(&c, 401, "REGISTER", 6, "b6"), "pbx")).rule, ==,
                    "credentials-refused");
    sipdiag_flows_free(c.flows);
}

/* Two proxies in a chain, each with its realm: the second proxy's 407 to
 * credentials for the first is a normal challenge; a 401 to a request that
 * carried only Proxy-Authorization too (RFC 3261 §22.3). */
static void
test_realms_and_headers(void)
{
    capture_t c = capture_new();
    const unsigned proxy = SIPDIAG_AUTH_PROXY_AUTHORIZATION;
    send_request(&c, REQ(&c, "INVITE", 1, "i1"));
    g_assert_cmpstr(answer(&c, challenge(RESP(&c, 407, "INVITE", 1, "i1"), "edge")).rule, ==,
                    "proxy-challenge");
    send_request(&c, with_credentials(REQ(&c, "INVITE", 2, "i2"), proxy, "edge"));
    judged_t core = answer(&c, challenge(RESP(&c, 407, "INVITE", 2, "i2"), "core"));
    g_assert_cmpstr(core.rule, ==, "proxy-challenge-other-realm");
    g_assert_cmpuint(core.facts & SIPDIAG_FACT_CREDENTIALS, !=, 0);
    send_request(&c, with_credentials(REQ(&c, "INVITE", 3, "i3"), proxy, "edge"));
    judged_t uas = answer(&c, challenge(RESP(&c, 401, "INVITE", 3, "i3"), "edge"));
    g_assert_cmpstr(uas.rule, ==, "challenge-other-credentials");
    /* The same realm and header again: wrong credentials. */
    send_request(&c, with_credentials(REQ(&c, "INVITE", 4, "i4"), proxy, "core"));
    g_assert_cmpstr(answer(&c, challenge(RESP(&c, 407, "INVITE", 4, "i4"), "core")).rule, ==,
                    "proxy-credentials-refused");
    sipdiag_flows_free(c.flows);
}

/* A proxied INVITE: each hop's response finds its own request by branch;
 * the 408 after ringing is no answer, the copy at the first hop is judged
 * the same and not counted as a repeat. */
static void
test_proxied_hops(void)
{
    capture_t c = capture_new();
    uint32_t outer = send_request(&c, REQ(&c, "INVITE", 7, "uac"));
    uint32_t inner = send_request(&c, REQ(&c, "INVITE", 7, "proxy"));
    judged_t ring = answer(&c, RESP(&c, 180, "INVITE", 7, "proxy"));
    answer(&c, RESP(&c, 180, "INVITE", 7, "uac"));
    judged_t timeout = answer(&c, RESP(&c, 408, "INVITE", 7, "proxy"));
    g_assert_cmpstr(timeout.rule, ==, "no-answer");
    g_assert_cmpuint(timeout.evidence.frames[SIPDIAG_EVIDENCE_REQUEST], ==, inner);
    g_assert_cmpuint(timeout.evidence.frames[SIPDIAG_EVIDENCE_PROVISIONAL], ==, ring.frame);
    judged_t copy = answer(&c, RESP(&c, 408, "INVITE", 7, "uac"));
    g_assert_cmpstr(copy.rule, ==, "no-answer");
    g_assert_cmpuint(copy.evidence.frames[SIPDIAG_EVIDENCE_REQUEST], ==, outer);
    g_assert_cmpuint(copy.facts & SIPDIAG_FACT_REPEATED, ==, 0);
    /* A retransmission of the first hop's INVITE is told as one. */
    sipdiag_flow_msg_t resent = REQ(&c, "INVITE", 7, "uac");
    g_assert_true(sipdiag_flows_request(c.flows, &resent));
    sipdiag_flows_free(c.flows);
}

/* 408 to an INVITE that only got 100 Trying: the target never rang. */
static void
test_unreachable(void)
{
    capture_t c = capture_new();
    uint32_t invite = send_request(&c, REQ(&c, "INVITE", 1, "x"));
    answer(&c, RESP(&c, 100, "INVITE", 1, "x"));
    judged_t timeout = answer(&c, RESP(&c, 408, "INVITE", 1, "x"));
    g_assert_cmpstr(timeout.rule, ==, "unreachable");
    g_assert_cmpuint(timeout.evidence.frames[SIPDIAG_EVIDENCE_REQUEST], ==, invite);
    g_assert_cmpuint(timeout.evidence.frames[SIPDIAG_EVIDENCE_PROVISIONAL], ==, 0);
    sipdiag_flows_free(c.flows);
}

/* 481 to BYE: crossed BYEs and a retransmission are races, a single BYE
 * that matches nothing is a fault (RFC 3261 §15.1.2). */
static void
test_bye_races(void)
{
    capture_t c = capture_new();
    uint32_t ours = send_request(&c, REQ(&c, "BYE", 2, "bye-a"));
    sipdiag_flow_msg_t theirs = REQ(&c, "BYE", 9, "bye-b");
    theirs.from_tag = "callee";
    theirs.has_to_tag = true;
    send_request(&c, theirs);
    answer(&c, RESP(&c, 200, "BYE", 2, "bye-a"));
    sipdiag_flow_msg_t late = RESP(&c, 481, "BYE", 9, "bye-b");
    late.from_tag = "callee";
    judged_t crossed = answer(&c, late);
    g_assert_cmpstr(crossed.rule, ==, "bye-race-crossed");
    g_assert_cmpuint(crossed.evidence.frames[SIPDIAG_EVIDENCE_BYE], ==, ours);

    capture_t r = capture_new();
    uint32_t first = send_request(&r, REQ(&r, "BYE", 3, "once"));
    send_request(&r, REQ(&r, "BYE", 3, "once"));
    judged_t resent = answer(&r, RESP(&r, 481, "BYE", 3, "once"));
    g_assert_cmpstr(resent.rule, ==, "bye-race-resent");
    g_assert_cmpuint(resent.evidence.frames[SIPDIAG_EVIDENCE_REQUEST], ==, first);

    capture_t m = capture_new();
    send_request(&m, REQ(&m, "BYE", 4, "lonely"));
    g_assert_cmpstr(answer(&m, RESP(&m, 481, "BYE", 4, "lonely")).rule, ==, "bye-dialog-mismatch");
    sipdiag_flows_free(c.flows);
    sipdiag_flows_free(r.flows);
    sipdiag_flows_free(m.flows);
}

/* CANCEL: the 487 names its CANCEL; a CANCEL after the final response is
 * a race naming that response; a 487 without CANCEL is not a fault. */
static void
test_cancel(void)
{
    capture_t c = capture_new();
    uint32_t invite = send_request(&c, REQ(&c, "INVITE", 1, "inv"));
    answer(&c, RESP(&c, 180, "INVITE", 1, "inv"));
    uint32_t cancel = send_request(&c, REQ(&c, "CANCEL", 1, "inv"));
    g_assert_cmpstr(answer(&c, RESP(&c, 200, "CANCEL", 1, "inv")).rule, ==, "cancel-accepted");
    judged_t terminated = answer(&c, RESP(&c, 487, "INVITE", 1, "inv"));
    g_assert_cmpstr(terminated.rule, ==, "cancelled");
    g_assert_cmpuint(terminated.evidence.frames[SIPDIAG_EVIDENCE_CANCEL], ==, cancel);
    g_assert_cmpuint(terminated.evidence.frames[SIPDIAG_EVIDENCE_REQUEST], ==, invite);

    capture_t late = capture_new();
    send_request(&late, REQ(&late, "INVITE", 1, "inv"));
    judged_t ok = answer(&late, RESP(&late, 200, "INVITE", 1, "inv"));
    send_request(&late, REQ(&late, "CANCEL", 1, "inv"));
    judged_t race = answer(&late, RESP(&late, 481, "CANCEL", 1, "inv"));
    g_assert_cmpstr(race.rule, ==, "cancel-after-final");
    g_assert_cmpuint(race.evidence.frames[SIPDIAG_EVIDENCE_FINAL], ==, ok.frame);

    /* A BYE of the caller on the early dialog ends the INVITE with 487. */
    capture_t hung = capture_new();
    uint32_t early = send_request(&hung, REQ(&hung, "INVITE", 1, "inv"));
    answer(&hung, RESP(&hung, 180, "INVITE", 1, "inv"));
    uint32_t bye = send_request(&hung, REQ(&hung, "BYE", 2, "bye"));
    judged_t ended = answer(&hung, RESP(&hung, 487, "INVITE", 1, "inv"));
    g_assert_cmpstr(ended.rule, ==, "ended-by-early-bye");
    g_assert_cmpuint(ended.evidence.frames[SIPDIAG_EVIDENCE_BYE], ==, bye);
    g_assert_cmpuint(ended.evidence.frames[SIPDIAG_EVIDENCE_REQUEST], ==, early);
    sipdiag_flows_free(hung.flows);

    capture_t expired = capture_new();
    send_request(&expired, REQ(&expired, "INVITE", 1, "inv"));
    g_assert_cmpstr(answer(&expired, RESP(&expired, 487, "INVITE", 1, "inv")).rule, ==,
                    "terminated-without-cancel");
    sipdiag_flows_free(c.flows);
    sipdiag_flows_free(late.flows);
    sipdiag_flows_free(expired.flows);
}

/* A repeated 422 is a fault only when the retry did not raise
 * Session-Expires to the Min-SE asked (RFC 4028 §7.4); the same for 423
 * and Expires (RFC 3261 §10.2.8). */
static void
test_timer_negotiations(void)
{
    capture_t c = capture_new();
    sipdiag_flow_msg_t invite = REQ(&c, "INVITE", 1, "s1");
    invite.session_expires = 60;
    send_request(&c, invite);
    sipdiag_flow_msg_t first = RESP(&c, 422, "INVITE", 1, "s1");
    first.min_se = 90;
    g_assert_cmpstr(answer(&c, first).rule, ==, "session-timer");
    sipdiag_flow_msg_t raised = REQ(&c, "INVITE", 2, "s2");
    raised.session_expires = 90;
    send_request(&c, raised);
    sipdiag_flow_msg_t further = RESP(&c, 422, "INVITE", 2, "s2");
    further.min_se = 180;
    judged_t again = answer(&c, further);
    g_assert_cmpstr(again.rule, ==, "session-timer-raised-again");
    g_assert_cmpuint(again.facts & SIPDIAG_FACT_REPEATED, !=, 0);
    sipdiag_flow_msg_t stubborn = REQ(&c, "INVITE", 3, "s3");
    stubborn.session_expires = 90;
    send_request(&c, stubborn);
    judged_t refused = answer(&c, RESP(&c, 422, "INVITE", 3, "s3"));
    g_assert_cmpstr(refused.rule, ==, "session-timer-not-raised");
    g_assert_cmpuint(refused.evidence.frames[SIPDIAG_EVIDENCE_EARLIER], ==, first.frame);

    capture_t r = capture_new();
    sipdiag_flow_msg_t reg = REQ(&r, "REGISTER", 1, "r1");
    reg.expires = 10;
    send_request(&r, reg);
    sipdiag_flow_msg_t brief = RESP(&r, 423, "REGISTER", 1, "r1");
    brief.min_expires = 60;
    g_assert_cmpstr(answer(&r, brief).rule, ==, "expiry");
    sipdiag_flow_msg_t same = REQ(&r, "REGISTER", 2, "r2");
    same.expires = 10;
    send_request(&r, same);
    g_assert_cmpstr(answer(&r, RESP(&r, 423, "REGISTER", 2, "r2")).rule, ==, "expiry-not-raised");
    sipdiag_flows_free(c.flows);
    sipdiag_flows_free(r.flows);
}

/* Beyond the cap, new calls are not followed and say so. */
static void
test_call_cap(void)
{
    sipdiag_flows_t *flows = sipdiag_flows_new(1);
    sipdiag_flow_msg_t one = { .frame = 1, .method = "OPTIONS", .has_cseq = true, .cseq = 1,
                               .call_id = "one" };
    sipdiag_flows_request(flows, &one);
    sipdiag_flow_msg_t other = { .frame = 2, .is_response = true, .code = 481, .method = "BYE",
                                 .has_cseq = true, .cseq = 1, .call_id = "two" };
    sipdiag_evidence_t evidence;
    bool untracked = false;
    g_assert_cmpuint(sipdiag_flows_response(flows, &other, &evidence, &untracked), ==, 0);
    g_assert_true(untracked);
    /* No Call-ID: no call, no facts beyond the response's own. */
    other.call_id = NULL;
    other.retry_after = true;
    untracked = false;
    g_assert_cmpuint(sipdiag_flows_response(flows, &other, &evidence, &untracked), ==,
                     SIPDIAG_FACT_RETRY_AFTER);
    g_assert_false(untracked);
    sipdiag_flows_free(flows);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/flows/challenge-after-failures", test_challenge_after_failures);
    g_test_add_func("/flows/realms-and-headers", test_realms_and_headers);
    g_test_add_func("/flows/proxied-hops", test_proxied_hops);
    g_test_add_func("/flows/unreachable", test_unreachable);
    g_test_add_func("/flows/bye-races", test_bye_races);
    g_test_add_func("/flows/cancel", test_cancel);
    g_test_add_func("/flows/timer-negotiations", test_timer_negotiations);
    g_test_add_func("/flows/call-cap", test_call_cap);
    return g_test_run();
}
