/* test_doctor.c - the call doctor on message sequences written by hand,
 * with capture times and addresses: a 2xx never ACKed, INVITE and
 * REGISTER without answer (Timer B/F, certain or not), 100 Trying and
 * then nothing (Timer C), retransmissions that stop, answered, failed,
 * cancelled and forked calls, crossed BYEs, a capture that starts
 * mid-call, refresh failures.  Counts, spans, frames and texts are exact.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "doctor.h"
#include "flows.h"
#include "flows_internal.h"

#include <glib.h>
#include <string.h>

#define UAC "198.51.100.10:5060"
#define UAS "203.0.113.5:5060"
#define PRIVATE "10.0.0.9:5060"

typedef struct {
    sipdiag_flows_t *flows;
    uint32_t frame;
    const char *call_id;
    sipdiag_detection_t found[8];  /* what the latest message made certain */
    unsigned count;
} capture_t;

static capture_t
capture_new(void)
{
    return (capture_t){ .flows = sipdiag_flows_new(100), .call_id = "call-1@example.com" };
}

/* A message of the current call at time t, from src to dst; the caller's
 * From tag; no To tag. */
static sipdiag_flow_msg_t
msg(capture_t *c, double t, unsigned code, const char *method, uint32_t cseq,
    const char *branch, const char *src, const char *dst)
{
    return (sipdiag_flow_msg_t){
        .frame = ++c->frame, .is_response = code != 0, .code = code, .method = method,
        .has_cseq = true, .cseq = cseq, .call_id = c->call_id, .via_branch = branch,
        .from_tag = "caller", .session_expires = -1, .min_se = -1, .expires = -1,
        .min_expires = -1, .time = t, .src = src, .dst = dst,
    };
}

static sipdiag_flow_msg_t
to_tag(sipdiag_flow_msg_t m, const char *tag)
{
    m.has_to_tag = tag != NULL;
    m.to_tag = tag;
    return m;
}

static sipdiag_flow_msg_t
from_tag(sipdiag_flow_msg_t m, const char *tag)
{
    m.from_tag = tag;
    return m;
}

/* Feeds a message; returns its frame and keeps what it made certain. */
static uint32_t
feed(capture_t *c, sipdiag_flow_msg_t m)
{
    if (m.is_response) {
        sipdiag_evidence_t evidence;
        bool untracked = false;
        sipdiag_flows_response(c->flows, &m, &evidence, &untracked);
    } else {
        sipdiag_flows_request(c->flows, &m);
    }
    c->count = sipdiag_flows_detections(c->flows, c->found, G_N_ELEMENTS(c->found));
    return m.frame;
}

/* Feeds a message that must make nothing certain. */
static uint32_t
quiet(capture_t *c, sipdiag_flow_msg_t m)
{
    uint32_t frame = feed(c, m);
    g_assert_cmpuint(c->count, ==, 0);
    return frame;
}

typedef struct {
    sipdiag_detection_t items[8];
    unsigned count;
} finished_t;

static void
collect(const sipdiag_detection_t *d, void *data)
{
    finished_t *f = data;
    g_assert_cmpuint(f->count, <, G_N_ELEMENTS(f->items));
    f->items[f->count++] = *d;
}

static finished_t
finish(capture_t *c, double end)
{
    finished_t f = { .count = 0 };
    sipdiag_flows_finish(c->flows, end, collect, &f);
    return f;
}

static sipdiag_call_outcome_t
outcome(capture_t *c)
{
    sipdiag_call_outcome_t o;
    g_assert_true(sipdiag_flows_outcome(c->flows, c->call_id, &o));
    return o;
}

static void
assert_summary(const sipdiag_detection_t *d, sipdiag_lang_t lang, const char *expected)
{
    char *text = sipdiag_detection_summary(d, lang);
    g_assert_cmpstr(text, ==, expected);
    g_free(text);
}

/* An answered INVITE: INVITE, 100, 180, 200 from the UAS; returns the 200's frame. */
static uint32_t
answered_invite(capture_t *c, double t0)
{
    quiet(c, msg(c, t0, 0, "INVITE", 1, "inv", UAC, UAS));
    quiet(c, msg(c, t0 + 0.02, 100, "INVITE", 1, "inv", UAS, UAC));
    quiet(c, to_tag(msg(c, t0 + 0.5, 180, "INVITE", 1, "inv", UAS, UAC), "callee"));
    return quiet(c, to_tag(msg(c, t0 + 5, 200, "INVITE", 1, "inv", UAS, UAC), "callee"));
}

/* The issue's case: the 200 OK is sent 7 times over 31.5 s, the UAC's
 * ACK goes to the private address of the Contact, the UAS gives up with a
 * BYE: no_ack is certain on the BYE. */
static void
test_no_ack_then_bye(void)
{
    capture_t c = capture_new();
    uint32_t ok = answered_invite(&c, 0);
    quiet(&c, to_tag(msg(&c, 5.05, 0, "ACK", 1, "ack1", UAC, PRIVATE), "callee"));
    const double resent[] = { 5.5, 6.5, 8.5, 12.5, 20.5, 36.5 };
    uint32_t last = 0, stray = 0;
    for (unsigned i = 0; i < G_N_ELEMENTS(resent); i++) {
        last = quiet(&c, to_tag(msg(&c, resent[i], 200, "INVITE", 1, "inv", UAS, UAC), "callee"));
        stray = quiet(&c, to_tag(msg(&c, resent[i] + 0.05, 0, "ACK", 1, "ack1", UAC, PRIVATE),
                                 "callee"));
    }
    sipdiag_flow_msg_t bye = from_tag(to_tag(msg(&c, 37.0, 0, "BYE", 1, "bye", UAS, UAC), "caller"),
                                      "callee");
    uint32_t bye_frame = feed(&c, bye);
    g_assert_cmpuint(c.count, ==, 1);
    const sipdiag_detection_t *d = &c.found[0];
    g_assert_cmpint(d->kind, ==, SIPDIAG_DETECT_NO_ACK);
    g_assert_true(d->certain);
    g_assert_cmpuint(d->frame, ==, bye_frame);
    g_assert_cmpuint(d->partner, ==, bye_frame);
    g_assert_cmpuint(d->first, ==, ok);
    g_assert_cmpuint(d->last, ==, last);
    g_assert_cmpuint(d->count, ==, 7);
    g_assert_cmpfloat_with_epsilon(d->span, 31.5, 1e-9);
    g_assert_cmpuint(d->code, ==, 200);
    g_assert_cmpstr(d->peer, ==, UAC);
    g_assert_cmpstr(d->sender, ==, UAS);
    g_assert_cmpstr(d->timer, ==, "64*T1");
    g_assert_cmpuint(d->stray_ack, ==, stray);
    g_assert_cmpstr(d->stray_ack_dst, ==, PRIVATE);
    assert_summary(d, SIPDIAG_LANG_EN,
                   "200 to INVITE sent 7 times over 31.5 s to " UAC ", no ACK reached " UAS
                   ": the UAS ends the call after 64*T1 (32 s)");
    assert_summary(d, SIPDIAG_LANG_FR,
                   "200 à l'INVITE envoyé 7 fois en 31,5 s à " UAC ", aucun ACK n'a atteint " UAS
                   " : l'UAS met fin à l'appel après 64*T1 (32 s)");
    /* The deadline passing on the same frame says nothing twice. */
    quiet(&c, from_tag(msg(&c, 37.01, 200, "BYE", 1, "bye", UAC, UAS), "callee"));
    g_assert_cmpuint(finish(&c, 40).count, ==, 0);

    sipdiag_call_outcome_t o = outcome(&c);
    g_assert_cmpint(o.outcome, ==, SIPDIAG_OUTCOME_TORN_DOWN_NO_ACK);
    g_assert_cmpstr(sipdiag_outcome_key(o.outcome), ==, "torn-down-no-ack");
    g_assert_cmpuint(o.decided, ==, bye_frame);
    g_assert_cmpuint(o.answer, ==, ok);
    g_assert_cmpfloat_with_epsilon(o.post_dial_delay, 0.5, 1e-9);
    g_assert_cmpfloat_with_epsilon(o.setup_time, 5.0, 1e-9);
    g_assert_cmpfloat_with_epsilon(o.duration, 32.0, 1e-9);
    g_assert_cmpint(o.ended_by, ==, SIPDIAG_SIDE_CALLEE);
    g_assert_cmpstr(o.ended_from, ==, UAS);
    sipdiag_flows_free(c.flows);
}

/* Without a BYE: certain on the first frame 64*T1 after the 2xx; at the
 * end of a shorter capture, said as not certain. */
static void
test_no_ack_by_timer(void)
{
    capture_t c = capture_new();
    uint32_t ok = answered_invite(&c, 0);
    quiet(&c, to_tag(msg(&c, 5.5, 200, "INVITE", 1, "inv", UAS, UAC), "callee"));
    quiet(&c, to_tag(msg(&c, 6.5, 200, "INVITE", 1, "inv", UAS, UAC), "callee"));
    /* Another call's OPTIONS, 31.9 s after the 2xx, then 32 s after. */
    c.call_id = "other@example.com";
    quiet(&c, msg(&c, 36.9, 0, "OPTIONS", 1, "o1", UAC, UAS));
    uint32_t late = feed(&c, msg(&c, 37.0, 0, "OPTIONS", 2, "o2", UAC, UAS));
    g_assert_cmpuint(c.count, ==, 1);
    g_assert_cmpint(c.found[0].kind, ==, SIPDIAG_DETECT_NO_ACK);
    g_assert_cmpuint(c.found[0].frame, ==, late);
    g_assert_cmpuint(c.found[0].partner, ==, 0);
    g_assert_cmpuint(c.found[0].first, ==, ok);
    g_assert_cmpuint(c.found[0].count, ==, 3);
    g_assert_cmpfloat_with_epsilon(c.found[0].span, 1.5, 1e-9);
    g_assert_cmpfloat_with_epsilon(c.found[0].elapsed, 32.0, 1e-9);
    g_assert_cmpstr(c.found[0].call_id, ==, "call-1@example.com");
    c.call_id = "call-1@example.com";
    g_assert_cmpint(outcome(&c).outcome, ==, SIPDIAG_OUTCOME_TORN_DOWN_NO_ACK);
    sipdiag_flows_free(c.flows);

    capture_t s = capture_new();
    answered_invite(&s, 0);
    uint32_t last = quiet(&s, to_tag(msg(&s, 5.5, 200, "INVITE", 1, "inv", UAS, UAC), "callee"));
    finished_t f = finish(&s, 9.0);
    g_assert_cmpuint(f.count, ==, 1);
    g_assert_false(f.items[0].certain);
    g_assert_cmpuint(f.items[0].frame, ==, last);
    g_assert_cmpfloat_with_epsilon(f.items[0].elapsed, 4.0, 1e-9);
    assert_summary(&f.items[0], SIPDIAG_LANG_EN,
                   "200 to INVITE sent 2 times over 0.5 s to " UAC " without an ACK, but the "
                   "capture ends 4.0 s after it, before 64*T1 (32 s)");
    /* Not claimed: the call is still answered and up. */
    g_assert_cmpint(outcome(&s).outcome, ==, SIPDIAG_OUTCOME_ESTABLISHED);
    sipdiag_flows_free(s.flows);
}

/* An ACK to another address than the 2xx came from, after which the 2xx
 * stops: it arrived (a proxy that does not record-route, seen from the
 * UAC; a UA sending from another port than its Contact's).  And a proxied
 * 2xx whose ACK reached the UAS: the copy at the first hop has it too. */
static void
test_ack_elsewhere(void)
{
    capture_t c = capture_new();
    quiet(&c, msg(&c, 0, 0, "INVITE", 1, "inv", UAC, "192.0.2.50:5060"));
    quiet(&c, to_tag(msg(&c, 3, 200, "INVITE", 1, "inv", "192.0.2.50:5060", UAC), "callee"));
    quiet(&c, to_tag(msg(&c, 3.5, 200, "INVITE", 1, "inv", "192.0.2.50:5060", UAC), "callee"));
    uint32_t ack = quiet(&c, to_tag(msg(&c, 3.55, 0, "ACK", 1, "ack", UAC, UAS), "callee"));
    c.call_id = "later@example.com";
    quiet(&c, msg(&c, 40, 0, "OPTIONS", 1, "o", UAC, UAS));
    g_assert_cmpuint(finish(&c, 50).count, ==, 0);
    c.call_id = "call-1@example.com";
    g_assert_cmpint(outcome(&c).outcome, ==, SIPDIAG_OUTCOME_ESTABLISHED);
    sipdiag_flows_free(c.flows);

    /* The 2xx goes on after that ACK: it did not arrive. */
    capture_t g = capture_new();
    quiet(&g, msg(&g, 0, 0, "INVITE", 1, "inv", UAC, "192.0.2.50:5060"));
    quiet(&g, to_tag(msg(&g, 3, 200, "INVITE", 1, "inv", "192.0.2.50:5060", UAC), "callee"));
    ack = quiet(&g, to_tag(msg(&g, 3.05, 0, "ACK", 1, "ack", UAC, UAS), "callee"));
    quiet(&g, to_tag(msg(&g, 3.5, 200, "INVITE", 1, "inv", "192.0.2.50:5060", UAC), "callee"));
    uint32_t resent = quiet(&g, to_tag(msg(&g, 4.5, 200, "INVITE", 1, "inv", "192.0.2.50:5060",
                                           UAC), "callee"));
    finished_t f = finish(&g, 40);
    g_assert_cmpuint(f.count, ==, 1);
    g_assert_cmpint(f.items[0].kind, ==, SIPDIAG_DETECT_NO_ACK);
    g_assert_true(f.items[0].certain);
    g_assert_cmpuint(f.items[0].last, ==, resent);
    g_assert_cmpuint(f.items[0].count, ==, 3);
    g_assert_cmpuint(f.items[0].stray_ack, ==, ack);
    g_assert_cmpstr(f.items[0].stray_ack_dst, ==, UAS);
    g_assert_cmpint(outcome(&g).outcome, ==, SIPDIAG_OUTCOME_TORN_DOWN_NO_ACK);
    sipdiag_flows_free(g.flows);

    capture_t p = capture_new();
    quiet(&p, msg(&p, 0, 0, "INVITE", 1, "uac", UAC, "192.0.2.50:5060"));
    quiet(&p, msg(&p, 0.01, 0, "INVITE", 1, "proxy", "192.0.2.50:5060", UAS));
    uint32_t inner = quiet(&p, to_tag(msg(&p, 3, 200, "INVITE", 1, "proxy", UAS, "192.0.2.50:5060"),
                                      "callee"));
    uint32_t outer = quiet(&p, to_tag(msg(&p, 3.01, 200, "INVITE", 1, "uac", "192.0.2.50:5060",
                                          UAC), "callee"));
    quiet(&p, to_tag(msg(&p, 3.5, 200, "INVITE", 1, "proxy", UAS, "192.0.2.50:5060"), "callee"));
    quiet(&p, to_tag(msg(&p, 3.51, 200, "INVITE", 1, "uac", "192.0.2.50:5060", UAC), "callee"));
    ack = feed(&p, to_tag(msg(&p, 3.6, 0, "ACK", 1, "ack", UAC, UAS), "callee"));
    g_assert_cmpuint(p.count, ==, 2);
    g_assert_cmpint(p.found[0].kind, ==, SIPDIAG_DETECT_OK_RETRANSMISSIONS);
    g_assert_cmpint(p.found[1].kind, ==, SIPDIAG_DETECT_OK_RETRANSMISSIONS);
    g_assert_cmpuint(p.found[0].first + p.found[1].first, ==, inner + outer);
    g_assert_cmpuint(p.found[0].frame, ==, ack);
    g_assert_cmpuint(finish(&p, 60).count, ==, 0);
    sipdiag_flows_free(p.flows);
}

static const double timer_a[] = { 0, 0.5, 1.5, 3.5, 7.5, 15.5, 31.5 };

/* INVITE sent 7 times (Timer A doubling) and nothing back: Timer B is
 * certain on the first frame 32 s after it. */
static void
test_invite_timer_b(void)
{
    capture_t c = capture_new();
    uint32_t first = 0, last = 0;
    for (unsigned i = 0; i < G_N_ELEMENTS(timer_a); i++) {
        last = quiet(&c, msg(&c, timer_a[i], 0, "INVITE", 1, "inv", UAC, UAS));
        if (i == 0)
            first = last;
    }
    g_assert_cmpint(outcome(&c).outcome, ==, SIPDIAG_OUTCOME_IN_PROGRESS);
    c.call_id = "keepalive@example.com";
    uint32_t certain = feed(&c, msg(&c, 32.0, 0, "OPTIONS", 1, "ka", UAC, UAS));
    g_assert_cmpuint(c.count, ==, 1);
    const sipdiag_detection_t *d = &c.found[0];
    g_assert_cmpint(d->kind, ==, SIPDIAG_DETECT_NO_RESPONSE);
    g_assert_true(d->certain);
    g_assert_cmpuint(d->frame, ==, certain);
    g_assert_cmpuint(d->first, ==, first);
    g_assert_cmpuint(d->last, ==, last);
    g_assert_cmpuint(d->count, ==, 7);
    g_assert_cmpfloat_with_epsilon(d->span, 31.5, 1e-9);
    g_assert_cmpstr(d->timer, ==, "Timer B");
    g_assert_cmpstr(d->method, ==, "INVITE");
    assert_summary(d, SIPDIAG_LANG_EN,
                   "INVITE sent 7 times over 31.5 s, no answer from " UAS
                   ": Timer B expired, the client transaction gave up");
    assert_summary(d, SIPDIAG_LANG_ES,
                   "INVITE enviado 7 veces en 31,5 s, ninguna respuesta de " UAS
                   ": el Timer B expiró, la transacción cliente se rindió");
    c.call_id = "call-1@example.com";
    sipdiag_call_outcome_t o = outcome(&c);
    g_assert_cmpint(o.outcome, ==, SIPDIAG_OUTCOME_UNREACHABLE);
    g_assert_cmpuint(o.decided, ==, certain);
    g_assert_cmpuint(o.invite, ==, first);
    /* Said once: the end adds nothing; the keepalive was sent once. */
    g_assert_cmpuint(finish(&c, 60).count, ==, 0);
    sipdiag_flows_free(c.flows);
}

/* The capture ends 4 s after the INVITE: Timer B is not claimed. */
static void
test_invite_before_timer_b(void)
{
    capture_t c = capture_new();
    for (unsigned i = 0; i < 4; i++)
        quiet(&c, msg(&c, timer_a[i], 0, "INVITE", 1, "inv", UAC, UAS));
    finished_t f = finish(&c, 4.0);
    g_assert_cmpuint(f.count, ==, 1);
    const sipdiag_detection_t *d = &f.items[0];
    g_assert_cmpint(d->kind, ==, SIPDIAG_DETECT_NO_RESPONSE);
    g_assert_false(d->certain);
    g_assert_cmpuint(d->frame, ==, 4);
    g_assert_cmpuint(d->count, ==, 4);
    g_assert_cmpfloat_with_epsilon(d->span, 3.5, 1e-9);
    g_assert_cmpfloat_with_epsilon(d->elapsed, 4.0, 1e-9);
    assert_summary(d, SIPDIAG_LANG_EN,
                   "INVITE sent 4 times over 3.5 s with no answer from " UAS
                   ", but the capture ends 4.0 s after it, before Timer B (32 s)");
    assert_summary(d, SIPDIAG_LANG_FR,
                   "INVITE envoyé 4 fois en 3,5 s sans réponse de " UAS
                   ", mais la capture s'arrête 4,0 s après, avant le Timer B (32 s)");
    g_assert_cmpint(outcome(&c).outcome, ==, SIPDIAG_OUTCOME_IN_PROGRESS);
    /* One INVITE alone, unanswered: the capture may miss the other way. */
    capture_t once = capture_new();
    quiet(&once, msg(&once, 0, 0, "INVITE", 1, "inv", UAC, UAS));
    g_assert_cmpuint(finish(&once, 100).count, ==, 0);
    /* One packet seen twice (an "any" interface): not a retransmission. */
    capture_t twice = capture_new();
    quiet(&twice, msg(&twice, 0, 0, "INVITE", 1, "inv", UAC, UAS));
    quiet(&twice, msg(&twice, 0.0001, 0, "INVITE", 1, "inv", UAC, UAS));
    c.call_id = twice.call_id = "later@example.com";
    quiet(&twice, msg(&twice, 40, 0, "OPTIONS", 1, "o", UAC, UAS));
    g_assert_cmpuint(finish(&twice, 100).count, ==, 0);
    /* A private method's transactions are not judged. */
    capture_t custom = capture_new();
    quiet(&custom, msg(&custom, 0, 0, "X-PROBE", 1, "x", UAC, UAS));
    quiet(&custom, msg(&custom, 0.5, 0, "X-PROBE", 1, "x", UAC, UAS));
    g_assert_cmpuint(finish(&custom, 100).count, ==, 0);
    sipdiag_flows_free(custom.flows);
    sipdiag_flows_free(c.flows);
    sipdiag_flows_free(once.flows);
    sipdiag_flows_free(twice.flows);
}

/* 100 Trying, then nothing: Timer C, only at the end; a 180 restarts it. */
static void
test_trying_then_nothing(void)
{
    capture_t c = capture_new();
    uint32_t invite = quiet(&c, msg(&c, 0, 0, "INVITE", 1, "inv", UAC, UAS));
    uint32_t trying = quiet(&c, msg(&c, 0.02, 100, "INVITE", 1, "inv", UAS, UAC));
    finished_t f = finish(&c, 200.0);
    g_assert_cmpuint(f.count, ==, 1);
    const sipdiag_detection_t *d = &f.items[0];
    g_assert_cmpint(d->kind, ==, SIPDIAG_DETECT_NO_FINAL);
    g_assert_true(d->certain);
    g_assert_cmpuint(d->first, ==, invite);
    g_assert_cmpuint(d->partner, ==, trying);
    g_assert_cmpuint(d->code, ==, 100);
    g_assert_cmpfloat_with_epsilon(d->elapsed, 200.0, 1e-9);
    assert_summary(d, SIPDIAG_LANG_EN,
                   "INVITE to " UAS " got 100, then no final response for 200.0 s: longer than "
                   "a proxy's Timer C (over 3 min)");
    g_assert_cmpint(outcome(&c).outcome, ==, SIPDIAG_OUTCOME_NO_ANSWER);

    capture_t r = capture_new();
    quiet(&r, msg(&r, 0, 0, "INVITE", 1, "inv", UAC, UAS));
    quiet(&r, msg(&r, 0.02, 100, "INVITE", 1, "inv", UAS, UAC));
    quiet(&r, to_tag(msg(&r, 30, 180, "INVITE", 1, "inv", UAS, UAC), "callee"));
    f = finish(&r, 200.0);
    g_assert_cmpuint(f.count, ==, 1);
    g_assert_false(f.items[0].certain);
    g_assert_cmpuint(f.items[0].code, ==, 180);
    g_assert_cmpfloat_with_epsilon(f.items[0].elapsed, 170.0, 1e-9);
    assert_summary(&f.items[0], SIPDIAG_LANG_EN,
                   "INVITE to " UAS " got 180 and no final response yet: the capture ends "
                   "170.0 s after it, before Timer C (3 min)");
    sipdiag_call_outcome_t o = outcome(&r);
    g_assert_cmpint(o.outcome, ==, SIPDIAG_OUTCOME_IN_PROGRESS);
    g_assert_cmpfloat_with_epsilon(o.post_dial_delay, 30.0, 1e-9);
    sipdiag_flows_free(c.flows);
    sipdiag_flows_free(r.flows);
}

/* REGISTER sent 11 times (Timer E capped at T2 = 4 s) over 31.5 s; the
 * phone's next REGISTER, 32 s after the first, makes Timer F certain. */
static void
test_register_timer_f(void)
{
    static const double timer_e[] = { 0, 0.5, 1.5, 3.5, 7.5, 11.5, 15.5, 19.5, 23.5, 27.5, 31.5 };
    capture_t c = capture_new();
    for (unsigned i = 0; i < G_N_ELEMENTS(timer_e); i++)
        quiet(&c, msg(&c, timer_e[i], 0, "REGISTER", 1, "r1", UAC, UAS));
    uint32_t next = feed(&c, msg(&c, 32.0, 0, "REGISTER", 2, "r2", UAC, UAS));
    g_assert_cmpuint(c.count, ==, 1);
    const sipdiag_detection_t *d = &c.found[0];
    g_assert_cmpint(d->kind, ==, SIPDIAG_DETECT_NO_RESPONSE);
    g_assert_cmpuint(d->frame, ==, next);
    g_assert_cmpuint(d->first, ==, 1);
    g_assert_cmpuint(d->last, ==, 11);
    g_assert_cmpuint(d->count, ==, 11);
    g_assert_cmpfloat_with_epsilon(d->span, 31.5, 1e-9);
    g_assert_cmpstr(d->timer, ==, "Timer F");
    assert_summary(d, SIPDIAG_LANG_EN,
                   "REGISTER sent 11 times over 31.5 s, no answer from " UAS
                   ": Timer F expired, the client transaction gave up");
    g_assert_cmpint(outcome(&c).outcome, ==, SIPDIAG_OUTCOME_NOT_A_CALL);
    sipdiag_flows_free(c.flows);
}

/* Retransmissions that stop: an INVITE sent 3 times before its 100
 * (Timer A), a REGISTER sent 3 times before its 200, past its 100 (Timer
 * E), a 200 OK sent twice before its ACK. */
static void
test_retransmissions_stop(void)
{
    capture_t c = capture_new();
    quiet(&c, msg(&c, 0, 0, "INVITE", 1, "inv", UAC, UAS));
    quiet(&c, msg(&c, 0.5, 0, "INVITE", 1, "inv", UAC, UAS));
    uint32_t third = quiet(&c, msg(&c, 1.5, 0, "INVITE", 1, "inv", UAC, UAS));
    uint32_t trying = feed(&c, msg(&c, 1.6, 100, "INVITE", 1, "inv", UAS, UAC));
    g_assert_cmpuint(c.count, ==, 1);
    g_assert_cmpint(c.found[0].kind, ==, SIPDIAG_DETECT_RETRANSMISSIONS);
    g_assert_cmpuint(c.found[0].frame, ==, trying);
    g_assert_cmpuint(c.found[0].partner, ==, trying);
    g_assert_cmpuint(c.found[0].last, ==, third);
    g_assert_cmpuint(c.found[0].count, ==, 3);
    g_assert_cmpfloat_with_epsilon(c.found[0].span, 1.5, 1e-9);
    g_assert_cmpstr(c.found[0].timer, ==, "Timer A");
    assert_summary(&c.found[0], SIPDIAG_LANG_EN,
                   "INVITE sent 3 times over 1.5 s to " UAS " before frame 4 answered it "
                   "(Timer A retransmissions)");
    uint32_t ok = quiet(&c, to_tag(msg(&c, 3, 200, "INVITE", 1, "inv", UAS, UAC), "callee"));
    quiet(&c, to_tag(msg(&c, 3.5, 200, "INVITE", 1, "inv", UAS, UAC), "callee"));
    uint32_t ack = feed(&c, to_tag(msg(&c, 3.6, 0, "ACK", 1, "ack", UAC, UAS), "callee"));
    g_assert_cmpuint(c.count, ==, 1);
    g_assert_cmpint(c.found[0].kind, ==, SIPDIAG_DETECT_OK_RETRANSMISSIONS);
    g_assert_cmpuint(c.found[0].frame, ==, ack);
    g_assert_cmpuint(c.found[0].first, ==, ok);
    g_assert_cmpuint(c.found[0].count, ==, 2);
    g_assert_cmpfloat_with_epsilon(c.found[0].span, 0.5, 1e-9);
    /* The 2xx retransmitted once more after the ACK: said once. */
    quiet(&c, to_tag(msg(&c, 4.5, 200, "INVITE", 1, "inv", UAS, UAC), "callee"));
    g_assert_cmpuint(finish(&c, 60).count, ==, 0);
    g_assert_cmpint(outcome(&c).outcome, ==, SIPDIAG_OUTCOME_ESTABLISHED);

    capture_t r = capture_new();
    quiet(&r, msg(&r, 0, 0, "REGISTER", 1, "r", UAC, UAS));
    quiet(&r, msg(&r, 0.5, 0, "REGISTER", 1, "r", UAC, UAS));
    quiet(&r, msg(&r, 0.6, 100, "REGISTER", 1, "r", UAS, UAC));
    quiet(&r, msg(&r, 4.6, 0, "REGISTER", 1, "r", UAC, UAS));
    uint32_t ok_register = feed(&r, msg(&r, 4.7, 200, "REGISTER", 1, "r", UAS, UAC));
    g_assert_cmpuint(r.count, ==, 1);
    g_assert_cmpuint(r.found[0].frame, ==, ok_register);
    g_assert_cmpuint(r.found[0].count, ==, 3);
    g_assert_cmpfloat_with_epsilon(r.found[0].span, 4.6, 1e-9);
    g_assert_cmpstr(r.found[0].timer, ==, "Timer E");
    sipdiag_flows_free(c.flows);
    sipdiag_flows_free(r.flows);
}

/* A call answered after a proxy challenge, ended by the callee with a
 * normal Reason: no detection at all, the timings and who ended it. */
static void
test_answered_call(void)
{
    capture_t c = capture_new();
    uint32_t invite = quiet(&c, msg(&c, 100.0, 0, "INVITE", 1, "i1", UAC, UAS));
    quiet(&c, to_tag(msg(&c, 100.05, 407, "INVITE", 1, "i1", UAS, UAC), "px"));
    quiet(&c, to_tag(msg(&c, 100.06, 0, "ACK", 1, "i1", UAC, UAS), "px"));
    quiet(&c, msg(&c, 100.1, 0, "INVITE", 2, "i2", UAC, UAS));
    quiet(&c, msg(&c, 100.12, 100, "INVITE", 2, "i2", UAS, UAC));
    uint32_t ringing = quiet(&c, to_tag(msg(&c, 101.1, 180, "INVITE", 2, "i2", UAS, UAC), "callee"));
    sipdiag_flow_msg_t ok = to_tag(msg(&c, 104.1, 200, "INVITE", 2, "i2", UAS, UAC), "callee");
    ok.server = "Asterisk PBX 18.20.0";
    uint32_t answer = quiet(&c, ok);
    quiet(&c, to_tag(msg(&c, 104.15, 0, "ACK", 2, "a2", UAC, UAS), "callee"));
    sipdiag_flow_msg_t bye = from_tag(to_tag(msg(&c, 164.1, 0, "BYE", 1, "b1", UAS, UAC), "caller"),
                                      "callee");
    bye.reason = "Q.850;cause=16;text=\"Normal call clearing\"";
    uint32_t bye_frame = quiet(&c, bye);
    quiet(&c, from_tag(msg(&c, 164.12, 200, "BYE", 1, "b1", UAC, UAS), "callee"));
    g_assert_cmpuint(finish(&c, 170).count, ==, 0);

    sipdiag_call_outcome_t o = outcome(&c);
    g_assert_cmpint(o.outcome, ==, SIPDIAG_OUTCOME_ENDED);
    g_assert_cmpuint(o.invite, ==, invite);
    g_assert_cmpuint(o.ringing, ==, ringing);
    g_assert_cmpuint(o.answer, ==, answer);
    g_assert_cmpuint(o.bye, ==, bye_frame);
    g_assert_cmpuint(o.final, ==, 0);
    g_assert_cmpfloat_with_epsilon(o.post_dial_delay, 1.1, 1e-9);
    g_assert_cmpfloat_with_epsilon(o.setup_time, 4.1, 1e-9);
    g_assert_cmpfloat_with_epsilon(o.duration, 60.0, 1e-9);
    g_assert_cmpint(o.ended_by, ==, SIPDIAG_SIDE_CALLEE);
    g_assert_cmpstr(o.ended_from, ==, UAS);
    g_assert_cmpstr(o.caller, ==, UAC);
    g_assert_cmpstr(o.callee, ==, UAS);
    g_assert_cmpstr(o.callee_server, ==, "Asterisk PBX 18.20.0");
    g_assert_cmpuint(o.q850_cause, ==, 16);

    /* The same call ended with cause 41 (temporary failure): torn down. */
    capture_t f = capture_new();
    answered_invite(&f, 0);
    quiet(&f, to_tag(msg(&f, 5.1, 0, "ACK", 1, "a", UAC, UAS), "callee"));
    sipdiag_flow_msg_t failure = to_tag(msg(&f, 20, 0, "BYE", 2, "b", UAC, UAS), "callee");
    failure.reason = "Q.850;cause=41;text=\"Temporary failure\"";
    uint32_t torn = quiet(&f, failure);
    sipdiag_call_outcome_t t = outcome(&f);
    g_assert_cmpint(t.outcome, ==, SIPDIAG_OUTCOME_TORN_DOWN_CAUSE);
    g_assert_cmpuint(t.decided, ==, torn);
    g_assert_cmpuint(t.q850_cause, ==, 41);
    g_assert_cmpint(t.ended_by, ==, SIPDIAG_SIDE_CALLER);
    g_assert_cmpfloat_with_epsilon(t.duration, 15.0, 1e-9);
    sipdiag_flows_free(c.flows);
    sipdiag_flows_free(f.flows);
}

/* Cancelled while ringing; failed with a busy signal, with its sender. */
static void
test_cancelled_and_failed(void)
{
    capture_t c = capture_new();
    quiet(&c, msg(&c, 0, 0, "INVITE", 1, "inv", UAC, UAS));
    quiet(&c, to_tag(msg(&c, 0.4, 180, "INVITE", 1, "inv", UAS, UAC), "callee"));
    uint32_t cancel = quiet(&c, msg(&c, 8, 0, "CANCEL", 1, "inv", UAC, UAS));
    quiet(&c, msg(&c, 8.02, 200, "CANCEL", 1, "inv", UAS, UAC));
    uint32_t terminated = quiet(&c, to_tag(msg(&c, 8.03, 487, "INVITE", 1, "inv", UAS, UAC),
                                           "callee"));
    quiet(&c, to_tag(msg(&c, 8.04, 0, "ACK", 1, "inv", UAC, UAS), "callee"));
    g_assert_cmpuint(finish(&c, 10).count, ==, 0);
    sipdiag_call_outcome_t o = outcome(&c);
    g_assert_cmpint(o.outcome, ==, SIPDIAG_OUTCOME_CANCELLED);
    g_assert_cmpuint(o.cancel, ==, cancel);
    g_assert_cmpuint(o.final, ==, terminated);
    g_assert_cmpuint(o.final_code, ==, 487);
    g_assert_cmpfloat_with_epsilon(o.post_dial_delay, 0.4, 1e-9);
    g_assert_cmpfloat(o.setup_time, ==, -1);

    capture_t b = capture_new();
    quiet(&b, msg(&b, 0, 0, "INVITE", 1, "inv", UAC, UAS));
    sipdiag_flow_msg_t busy = to_tag(msg(&b, 0.3, 486, "INVITE", 1, "inv", UAS, UAC), "callee");
    busy.server = "FPBX-16.0.40(18.9.0)";
    uint32_t refused = quiet(&b, busy);
    sipdiag_call_outcome_t r = outcome(&b);
    g_assert_cmpint(r.outcome, ==, SIPDIAG_OUTCOME_FAILED);
    g_assert_cmpuint(r.final, ==, refused);
    g_assert_cmpuint(r.final_code, ==, 486);
    g_assert_cmpstr(r.final_from, ==, UAS);
    g_assert_cmpstr(r.final_server, ==, "FPBX-16.0.40(18.9.0)");
    sipdiag_flows_free(c.flows);
    sipdiag_flows_free(b.flows);
}

/* Both sides hang up at once: the first BYE ends the call, the other is
 * noted as crossing it. */
static void
test_crossed_byes(void)
{
    capture_t c = capture_new();
    answered_invite(&c, 0);
    quiet(&c, to_tag(msg(&c, 5.1, 0, "ACK", 1, "a", UAC, UAS), "callee"));
    uint32_t ours = quiet(&c, to_tag(msg(&c, 65.1, 0, "BYE", 2, "b-caller", UAC, UAS), "callee"));
    uint32_t theirs = quiet(&c, from_tag(to_tag(msg(&c, 65.11, 0, "BYE", 1, "b-callee", UAS, UAC),
                                                "caller"), "callee"));
    quiet(&c, to_tag(msg(&c, 65.2, 200, "BYE", 2, "b-caller", UAS, UAC), "callee"));
    quiet(&c, from_tag(msg(&c, 65.2, 481, "BYE", 1, "b-callee", UAC, UAS), "callee"));
    sipdiag_call_outcome_t o = outcome(&c);
    g_assert_cmpint(o.outcome, ==, SIPDIAG_OUTCOME_ENDED);
    g_assert_cmpuint(o.bye, ==, ours);
    g_assert_cmpuint(o.crossed_bye, ==, theirs);
    g_assert_cmpint(o.ended_by, ==, SIPDIAG_SIDE_CALLER);
    g_assert_cmpstr(o.ended_from, ==, UAC);
    g_assert_cmpfloat_with_epsilon(o.duration, 60.1, 1e-9);
    sipdiag_flows_free(c.flows);
}

/* A forked INVITE: two phones ring (two To tags), one answers. */
static void
test_forking(void)
{
    capture_t c = capture_new();
    quiet(&c, msg(&c, 0, 0, "INVITE", 1, "inv", UAC, UAS));
    uint32_t desk = quiet(&c, to_tag(msg(&c, 0.8, 180, "INVITE", 1, "inv", UAS, UAC), "desk"));
    quiet(&c, to_tag(msg(&c, 0.9, 180, "INVITE", 1, "inv", UAS, UAC), "mobile"));
    uint32_t ok = quiet(&c, to_tag(msg(&c, 6, 200, "INVITE", 1, "inv", UAS, UAC), "mobile"));
    quiet(&c, to_tag(msg(&c, 6.05, 0, "ACK", 1, "ack", UAC, UAS), "mobile"));
    g_assert_cmpuint(finish(&c, 40).count, ==, 0);
    sipdiag_call_outcome_t o = outcome(&c);
    g_assert_cmpint(o.outcome, ==, SIPDIAG_OUTCOME_ESTABLISHED);
    g_assert_cmpuint(o.ringing, ==, desk);
    g_assert_cmpuint(o.answer, ==, ok);
    g_assert_cmpfloat_with_epsilon(o.setup_time, 6.0, 1e-9);
    g_assert_cmpfloat(o.duration, ==, -1);
    sipdiag_flows_free(c.flows);
}

/* A capture that starts mid-call: a BYE whose INVITE is not in it. */
static void
test_mid_call(void)
{
    capture_t c = capture_new();
    uint32_t bye = quiet(&c, to_tag(msg(&c, 0, 0, "BYE", 7, "b", UAC, UAS), "callee"));
    quiet(&c, to_tag(msg(&c, 0.05, 200, "BYE", 7, "b", UAS, UAC), "callee"));
    g_assert_cmpuint(finish(&c, 1).count, ==, 0);
    sipdiag_call_outcome_t o = outcome(&c);
    g_assert_cmpint(o.outcome, ==, SIPDIAG_OUTCOME_JOINED_ENDED);
    g_assert_cmpuint(o.bye, ==, bye);
    g_assert_cmpuint(o.invite, ==, 0);
    g_assert_cmpint(o.ended_by, ==, SIPDIAG_SIDE_UNKNOWN);
    g_assert_cmpstr(o.ended_from, ==, UAC);
    g_assert_cmpfloat(o.duration, ==, -1);

    capture_t r = capture_new();
    quiet(&r, to_tag(msg(&r, 0, 0, "INVITE", 3, "re", UAC, UAS), "callee"));
    quiet(&r, to_tag(msg(&r, 0.1, 200, "INVITE", 3, "re", UAS, UAC), "callee"));
    g_assert_cmpint(outcome(&r).outcome, ==, SIPDIAG_OUTCOME_JOINED);
    g_assert_cmpuint(sipdiag_flows_call_count(r.flows), ==, 1);
    g_assert_false(sipdiag_flows_outcome_at(r.flows, 1, &o));
    g_assert_true(sipdiag_flows_outcome_at(r.flows, 0, &o));
    g_assert_cmpstr(o.call_id, ==, "call-1@example.com");
    g_assert_false(sipdiag_flows_outcome(r.flows, "unknown@example.com", &o));
    sipdiag_flows_free(c.flows);
    sipdiag_flows_free(r.flows);
}

/* A BYE and a CANCEL nobody answers; a session refresh answered 481. */
static void
test_unanswered_teardown(void)
{
    capture_t c = capture_new();
    answered_invite(&c, 0);
    quiet(&c, to_tag(msg(&c, 5.1, 0, "ACK", 1, "a", UAC, UAS), "callee"));
    uint32_t first = quiet(&c, to_tag(msg(&c, 10, 0, "BYE", 2, "b", UAC, UAS), "callee"));
    quiet(&c, to_tag(msg(&c, 10.5, 0, "BYE", 2, "b", UAC, UAS), "callee"));
    uint32_t last = quiet(&c, to_tag(msg(&c, 11.5, 0, "BYE", 2, "b", UAC, UAS), "callee"));
    finished_t f = finish(&c, 50);
    g_assert_cmpuint(f.count, ==, 1);
    g_assert_cmpint(f.items[0].kind, ==, SIPDIAG_DETECT_BYE_UNANSWERED);
    g_assert_true(f.items[0].certain);
    g_assert_cmpuint(f.items[0].first, ==, first);
    g_assert_cmpuint(f.items[0].last, ==, last);
    g_assert_cmpuint(f.items[0].frame, ==, last);
    g_assert_cmpfloat_with_epsilon(f.items[0].elapsed, 40.0, 1e-9);
    assert_summary(&f.items[0], SIPDIAG_LANG_EN,
                   "BYE sent 3 times over 1.5 s, no answer from " UAS ": Timer F expired; the "
                   "caller side counts the call as ended, the far end may not");
    g_assert_cmpint(outcome(&c).outcome, ==, SIPDIAG_OUTCOME_ENDED);

    capture_t k = capture_new();
    quiet(&k, msg(&k, 0, 0, "INVITE", 1, "inv", UAC, UAS));
    quiet(&k, to_tag(msg(&k, 0.5, 180, "INVITE", 1, "inv", UAS, UAC), "callee"));
    quiet(&k, msg(&k, 3, 0, "CANCEL", 1, "inv", UAC, UAS));
    quiet(&k, msg(&k, 3.5, 0, "CANCEL", 1, "inv", UAC, UAS));
    f = finish(&k, 10);
    /* The CANCEL unanswered, before Timer F; the INVITE still ringing. */
    g_assert_cmpuint(f.count, ==, 2);
    g_assert_cmpint(f.items[0].kind, ==, SIPDIAG_DETECT_NO_FINAL);
    g_assert_false(f.items[0].certain);
    g_assert_cmpint(f.items[1].kind, ==, SIPDIAG_DETECT_CANCEL_UNANSWERED);
    g_assert_false(f.items[1].certain);
    g_assert_cmpfloat_with_epsilon(f.items[1].elapsed, 7.0, 1e-9);
    g_assert_cmpint(outcome(&k).outcome, ==, SIPDIAG_OUTCOME_CANCELLED);

    capture_t s = capture_new();
    answered_invite(&s, 0);
    quiet(&s, to_tag(msg(&s, 5.1, 0, "ACK", 1, "a", UAC, UAS), "callee"));
    quiet(&s, to_tag(msg(&s, 905, 0, "INVITE", 2, "refresh", UAC, UAS), "callee"));
    uint32_t gone = quiet(&s, to_tag(msg(&s, 905.1, 481, "INVITE", 2, "refresh", UAS, UAC),
                                     "callee"));
    feed(&s, to_tag(msg(&s, 905.2, 0, "BYE", 3, "b", UAC, UAS), "callee"));
    g_assert_cmpuint(s.count, ==, 1);
    g_assert_cmpint(s.found[0].kind, ==, SIPDIAG_DETECT_REFRESH_FAILED);
    sipdiag_call_outcome_t o = outcome(&s);
    g_assert_cmpint(o.outcome, ==, SIPDIAG_OUTCOME_TORN_DOWN_REFRESH_FAILED);
    g_assert_cmpuint(o.decided, ==, gone);
    sipdiag_flows_free(c.flows);
    sipdiag_flows_free(k.flows);
    sipdiag_flows_free(s.flows);
}

/* An answered call with a session timer: the 200 at t0 + 5 grants
 * Session-Expires interval; the ACK follows.  Returns the 200's frame. */
static uint32_t
answered_with_timer(capture_t *c, double t0, int64_t interval)
{
    quiet(c, msg(c, t0, 0, "INVITE", 1, "inv", UAC, UAS));
    sipdiag_flow_msg_t ok = to_tag(msg(c, t0 + 5, 200, "INVITE", 1, "inv", UAS, UAC), "callee");
    ok.session_expires = interval;
    uint32_t frame = quiet(c, ok);
    quiet(c, to_tag(msg(c, t0 + 5.05, 0, "ACK", 1, "ack", UAC, UAS), "callee"));
    return frame;
}

/* The callee's BYE at time t, CSeq 1 of its own numbering. */
static sipdiag_flow_msg_t
callee_bye(capture_t *c, double t)
{
    return from_tag(to_tag(msg(c, t, 0, "BYE", 1, "bye", UAS, UAC), "caller"), "callee");
}

/* A re-INVITE refresh answered 481, then the caller's BYE: refresh-failed
 * on the BYE, naming the refresh and its answer; a 488 then BYE too; a
 * refresh nobody answers, then BYE; a 491 (glare, retried) and a
 * successful retry say nothing. */
static void
test_refresh_failed(void)
{
    capture_t c = capture_new();
    answered_with_timer(&c, 0, 90);
    uint32_t refresh = quiet(&c, to_tag(msg(&c, 50, 0, "INVITE", 2, "re", UAC, UAS), "callee"));
    uint32_t gone = quiet(&c, to_tag(msg(&c, 50.1, 481, "INVITE", 2, "re", UAS, UAC), "callee"));
    quiet(&c, to_tag(msg(&c, 50.15, 0, "ACK", 2, "re", UAC, UAS), "callee"));
    uint32_t bye = feed(&c, to_tag(msg(&c, 50.3, 0, "BYE", 3, "bye", UAC, UAS), "callee"));
    g_assert_cmpuint(c.count, ==, 1);
    const sipdiag_detection_t *d = &c.found[0];
    g_assert_cmpint(d->kind, ==, SIPDIAG_DETECT_REFRESH_FAILED);
    g_assert_cmpuint(d->frame, ==, bye);
    g_assert_cmpuint(d->first, ==, refresh);
    g_assert_cmpuint(d->partner, ==, gone);
    g_assert_cmpuint(d->code, ==, 481);
    g_assert_null(d->timer);
    g_assert_cmpfloat_with_epsilon(d->elapsed, 0.3, 1e-9);
    assert_summary(d, SIPDIAG_LANG_EN, "BYE after the session refresh failed: INVITE in the "
                   "dialog (frame 4), answered 481 in frame 5, 0.3 s before this BYE");
    assert_summary(d, SIPDIAG_LANG_FR, "BYE après l'échec du rafraîchissement de session : "
                   "INVITE dans le dialogue (trame 4), réponse 481 en trame 5, 0,3 s avant ce BYE");
    /* Said once: the BYE's retransmission and its copy say nothing. */
    quiet(&c, to_tag(msg(&c, 50.8, 0, "BYE", 3, "bye", UAC, UAS), "callee"));
    sipdiag_call_outcome_t o = outcome(&c);
    g_assert_cmpint(o.outcome, ==, SIPDIAG_OUTCOME_TORN_DOWN_REFRESH_FAILED);
    g_assert_cmpuint(o.decided, ==, gone);

    /* UPDATE answered 488, then BYE: the session could have gone on
     * (§14.1), the detection still names the failure; the outcome is
     * decided by the BYE. */
    capture_t u = capture_new();
    answered_with_timer(&u, 0, 90);
    sipdiag_flow_msg_t refresher = to_tag(msg(&u, 45, 0, "UPDATE", 2, "up", UAC, UAS), "callee");
    refresher.session_expires = 90;
    uint32_t update = quiet(&u, refresher);
    uint32_t refused = quiet(&u, to_tag(msg(&u, 45.1, 488, "UPDATE", 2, "up", UAS, UAC),
                                        "callee"));
    bye = feed(&u, to_tag(msg(&u, 46, 0, "BYE", 3, "bye", UAC, UAS), "callee"));
    g_assert_cmpuint(u.count, ==, 1);
    g_assert_cmpuint(u.found[0].first, ==, update);
    g_assert_cmpuint(u.found[0].partner, ==, refused);
    g_assert_cmpstr(u.found[0].method, ==, "UPDATE");
    o = outcome(&u);
    g_assert_cmpint(o.outcome, ==, SIPDIAG_OUTCOME_TORN_DOWN_REFRESH_FAILED);
    g_assert_cmpuint(o.decided, ==, bye);

    /* A refresh retransmitted with no answer, then the caller gives up. */
    capture_t t = capture_new();
    answered_with_timer(&t, 0, 1800);
    refresh = quiet(&t, to_tag(msg(&t, 905, 0, "INVITE", 2, "re", UAC, UAS), "callee"));
    quiet(&t, to_tag(msg(&t, 905.5, 0, "INVITE", 2, "re", UAC, UAS), "callee"));
    uint32_t last = quiet(&t, to_tag(msg(&t, 906.5, 0, "INVITE", 2, "re", UAC, UAS), "callee"));
    feed(&t, to_tag(msg(&t, 910, 0, "BYE", 3, "bye", UAC, UAS), "callee"));
    g_assert_cmpuint(t.count, ==, 1);
    g_assert_cmpuint(t.found[0].first, ==, refresh);
    g_assert_cmpuint(t.found[0].last, ==, last);
    g_assert_cmpuint(t.found[0].partner, ==, 0);
    g_assert_cmpstr(t.found[0].timer, ==, "Timer B");
    assert_summary(&t.found[0], SIPDIAG_LANG_EN, "BYE after the session refresh failed: INVITE "
                   "in the dialog (frame 4), no answer to 3 transmissions, 5.0 s before this BYE");

    /* Glare (491), then the retry succeeds: the BYE later is a hang-up. */
    capture_t g = capture_new();
    answered_with_timer(&g, 0, 1800);
    quiet(&g, to_tag(msg(&g, 100, 0, "INVITE", 2, "re", UAC, UAS), "callee"));
    quiet(&g, to_tag(msg(&g, 100.1, 491, "INVITE", 2, "re", UAS, UAC), "callee"));
    quiet(&g, to_tag(msg(&g, 102, 0, "INVITE", 3, "re2", UAC, UAS), "callee"));
    quiet(&g, to_tag(msg(&g, 102.1, 200, "INVITE", 3, "re2", UAS, UAC), "callee"));
    quiet(&g, to_tag(msg(&g, 200, 0, "BYE", 4, "bye", UAC, UAS), "callee"));
    g_assert_cmpint(outcome(&g).outcome, ==, SIPDIAG_OUTCOME_ENDED);
    /* A re-INVITE without Session-Expires (hold) refused 488: the call
     * goes on as it was (§14.1), the BYE after it is a hang-up. */
    capture_t h = capture_new();
    answered_with_timer(&h, 0, -1);
    quiet(&h, to_tag(msg(&h, 10, 0, "INVITE", 2, "hold", UAC, UAS), "callee"));
    quiet(&h, to_tag(msg(&h, 10.1, 488, "INVITE", 2, "hold", UAS, UAC), "callee"));
    quiet(&h, to_tag(msg(&h, 10.4, 0, "BYE", 3, "bye", UAC, UAS), "callee"));
    g_assert_cmpint(outcome(&h).outcome, ==, SIPDIAG_OUTCOME_ENDED);
    sipdiag_flows_free(h.flows);
    sipdiag_flows_free(c.flows);
    sipdiag_flows_free(u.flows);
    sipdiag_flows_free(t.flows);
    sipdiag_flows_free(g.flows);
}

/* Session-Expires 90 granted, no refresh: the callee's BYE 60 s after the
 * 200 (90 - min(32, 30)) is at the session timer; at 30 s it is not; a
 * refresh restarts the interval from its own 2xx. */
static void
test_bye_at_session_expiry(void)
{
    capture_t c = capture_new();
    uint32_t ok = answered_with_timer(&c, 0, 90);
    uint32_t bye = feed(&c, callee_bye(&c, 65));
    g_assert_cmpuint(c.count, ==, 1);
    const sipdiag_detection_t *d = &c.found[0];
    g_assert_cmpint(d->kind, ==, SIPDIAG_DETECT_BYE_AT_SESSION_EXPIRY);
    g_assert_cmpuint(d->first, ==, ok);
    g_assert_cmpuint(d->partner, ==, bye);
    g_assert_cmpuint(d->interval, ==, 90);
    g_assert_cmpfloat_with_epsilon(d->elapsed, 60.0, 1e-9);
    assert_summary(d, SIPDIAG_LANG_EN, "BYE from " UAS " 60.0 s after the 2xx in frame 2 "
                   "granted Session-Expires 90 s, with no refresh in between: likely the session "
                   "timer expired");
    g_assert_cmpint(outcome(&c).outcome, ==, SIPDIAG_OUTCOME_ENDED);

    /* At the expiry itself (some UAs wait for it): 90.0 s. */
    capture_t e = capture_new();
    answered_with_timer(&e, 0, 90);
    feed(&e, callee_bye(&e, 95));
    g_assert_cmpuint(e.count, ==, 1);
    /* Halfway: a hang-up, not the timer. */
    capture_t h = capture_new();
    answered_with_timer(&h, 0, 90);
    quiet(&h, callee_bye(&h, 35));
    /* No Session-Expires in the 200: no timer. */
    capture_t n = capture_new();
    answered_with_timer(&n, 0, -1);
    quiet(&n, callee_bye(&n, 65));

    /* Refreshed at 50 (its 200 grants 90 again), BYE 60 s after that 200. */
    capture_t r = capture_new();
    answered_with_timer(&r, 0, 90);
    quiet(&r, to_tag(msg(&r, 50, 0, "INVITE", 2, "re", UAC, UAS), "callee"));
    sipdiag_flow_msg_t again = to_tag(msg(&r, 50.1, 200, "INVITE", 2, "re", UAS, UAC), "callee");
    again.session_expires = 90;
    uint32_t renewed = quiet(&r, again);
    quiet(&r, to_tag(msg(&r, 50.15, 0, "ACK", 2, "re", UAC, UAS), "callee"));
    quiet(&r, callee_bye(&r, 65));     /* 15 s after the refresh: a hang-up */
    capture_t r2 = capture_new();
    answered_with_timer(&r2, 0, 90);
    quiet(&r2, to_tag(msg(&r2, 50, 0, "INVITE", 2, "re", UAC, UAS), "callee"));
    again.frame = ++r2.frame;
    quiet(&r2, again);
    feed(&r2, callee_bye(&r2, 110.1));
    g_assert_cmpuint(r2.count, ==, 1);
    g_assert_cmpuint(r2.found[0].first, ==, renewed);
    /* A refresh sent and never answered (sent once): not the timer. */
    capture_t s = capture_new();
    answered_with_timer(&s, 0, 90);
    quiet(&s, to_tag(msg(&s, 45, 0, "INVITE", 2, "re", UAC, UAS), "callee"));
    quiet(&s, callee_bye(&s, 65));
    sipdiag_flows_free(c.flows);
    sipdiag_flows_free(e.flows);
    sipdiag_flows_free(h.flows);
    sipdiag_flows_free(n.flows);
    sipdiag_flows_free(r.flows);
    sipdiag_flows_free(r2.flows);
    sipdiag_flows_free(s.flows);
}

/* A 200 sent once (TCP) and no ACK: the callee's BYE 32 s later is the
 * 64*T1 give-up, likely; with an ACK, from the caller, or at 20 s it is
 * not; a retransmitted 200 makes no-ack instead. */
static void
test_bye_at_64t1(void)
{
    capture_t c = capture_new();
    quiet(&c, msg(&c, 0, 0, "INVITE", 1, "inv", UAC, UAS));
    uint32_t ok = quiet(&c, to_tag(msg(&c, 5, 200, "INVITE", 1, "inv", UAS, UAC), "callee"));
    uint32_t bye = feed(&c, callee_bye(&c, 37.01));
    g_assert_cmpuint(c.count, ==, 1);
    const sipdiag_detection_t *d = &c.found[0];
    g_assert_cmpint(d->kind, ==, SIPDIAG_DETECT_BYE_AT_64T1);
    g_assert_cmpuint(d->first, ==, ok);
    g_assert_cmpuint(d->count, ==, 1);
    g_assert_cmpuint(d->partner, ==, bye);
    g_assert_cmpstr(d->sender, ==, UAS);
    assert_summary(d, SIPDIAG_LANG_EN, "BYE from " UAS " 32.0 s after its 200 to INVITE (frame "
                   "2), no ACK for that 200 in the capture: likely the ACK never reached it and "
                   "it gave up after 64*T1 (32 s)");
    assert_summary(d, SIPDIAG_LANG_ES, "BYE de " UAS " 32,0 s después de su 200 al INVITE "
                   "(trama 2), ningún ACK para ese 200 en la captura: probablemente el ACK nunca "
                   "le llegó y se rindió tras 64*T1 (32 s)");
    g_assert_cmpuint(finish(&c, 40).count, ==, 0);

    capture_t a = capture_new();
    quiet(&a, msg(&a, 0, 0, "INVITE", 1, "inv", UAC, UAS));
    quiet(&a, to_tag(msg(&a, 5, 200, "INVITE", 1, "inv", UAS, UAC), "callee"));
    quiet(&a, to_tag(msg(&a, 5.1, 0, "ACK", 1, "ack", UAC, UAS), "callee"));
    quiet(&a, callee_bye(&a, 37.01));
    capture_t u = capture_new();
    quiet(&u, msg(&u, 0, 0, "INVITE", 1, "inv", UAC, UAS));
    quiet(&u, to_tag(msg(&u, 5, 200, "INVITE", 1, "inv", UAS, UAC), "callee"));
    quiet(&u, to_tag(msg(&u, 37.01, 0, "BYE", 2, "bye", UAC, UAS), "callee")); /* the caller's */
    capture_t e = capture_new();
    quiet(&e, msg(&e, 0, 0, "INVITE", 1, "inv", UAC, UAS));
    quiet(&e, to_tag(msg(&e, 5, 200, "INVITE", 1, "inv", UAS, UAC), "callee"));
    quiet(&e, callee_bye(&e, 25));
    sipdiag_flows_free(c.flows);
    sipdiag_flows_free(a.flows);
    sipdiag_flows_free(u.flows);
    sipdiag_flows_free(e.flows);
}

static sipdiag_leg_event_t
leg_event(capture_t *c)
{
    sipdiag_leg_event_t e;
    sipdiag_flows_leg(c->flows, &e);
    return e;
}

/* A parallel fork: 180 from the desk phone, 180 then 200 from the mobile:
 * the second To tag opens leg 2; the outcome counts 2 legs. */
static void
test_fork_legs(void)
{
    capture_t c = capture_new();
    uint32_t invite = quiet(&c, msg(&c, 0, 0, "INVITE", 1, "inv", UAC, UAS));
    quiet(&c, msg(&c, 0.05, 100, "INVITE", 1, "inv", UAS, UAC));
    uint32_t desk = quiet(&c, to_tag(msg(&c, 0.8, 180, "INVITE", 1, "inv", UAS, UAC), "desk"));
    g_assert_cmpuint(leg_event(&c).leg, ==, 0);
    uint32_t mobile = quiet(&c, to_tag(msg(&c, 0.9, 180, "INVITE", 1, "inv", UAS, UAC), "mobile"));
    sipdiag_leg_event_t e = leg_event(&c);
    g_assert_cmpuint(mobile, ==, 4);
    g_assert_cmpuint(e.leg, ==, 2);
    g_assert_cmpuint(e.invite, ==, invite);
    g_assert_cmpuint(e.first_leg, ==, desk);
    g_assert_cmpuint(e.linked_invite, ==, 0);
    quiet(&c, to_tag(msg(&c, 6, 200, "INVITE", 1, "inv", UAS, UAC), "mobile"));
    g_assert_false(sipdiag_flows_leg(c.flows, &e));
    sipdiag_call_outcome_t o = outcome(&c);
    g_assert_cmpuint(o.legs, ==, 2);
    g_assert_false(o.legs_at_least);
    g_assert_null(o.linked_call_id);

    /* One callee: one leg, whatever its responses; a 407's tag is no leg. */
    capture_t p = capture_new();
    quiet(&p, msg(&p, 0, 0, "INVITE", 1, "inv", UAC, UAS));
    quiet(&p, to_tag(msg(&p, 0.1, 407, "INVITE", 1, "inv", UAS, UAC), "proxy"));
    quiet(&p, msg(&p, 0.3, 0, "INVITE", 2, "inv2", UAC, UAS));
    quiet(&p, to_tag(msg(&p, 0.8, 183, "INVITE", 2, "inv2", UAS, UAC), "callee"));
    quiet(&p, to_tag(msg(&p, 2, 200, "INVITE", 2, "inv2", UAS, UAC), "callee"));
    g_assert_cmpuint(outcome(&p).legs, ==, 1);

    /* Five branches: three remembered, the count a floor past them. */
    capture_t w = capture_new();
    quiet(&w, msg(&w, 0, 0, "INVITE", 1, "inv", UAC, UAS));
    const char *tags[] = { "a", "b", "c", "d", "e", "a" };
    for (unsigned i = 0; i < G_N_ELEMENTS(tags); i++)
        quiet(&w, to_tag(msg(&w, 1 + i, 180, "INVITE", 1, "inv", UAS, UAC), tags[i]));
    o = outcome(&w);
    g_assert_cmpuint(o.legs, ==, 4);
    g_assert_true(o.legs_at_least);
    sipdiag_flows_free(c.flows);
    sipdiag_flows_free(p.flows);
    sipdiag_flows_free(w.flows);
}

#define B2BUA_IN "192.0.2.20:5060"
#define B2BUA_OUT "192.0.2.20:5070"
#define CARRIER "203.0.113.99:5060"

/* The initial INVITE of call call_id at t from src to dst, with a
 * correlation header and From/To values. */
static uint32_t
leg_invite(capture_t *c, const char *call_id, double t, const char *src, const char *dst,
           sipdiag_link_t header, const char *value, const char *from, const char *to)
{
    c->call_id = call_id;
    sipdiag_flow_msg_t m = msg(c, t, 0, "INVITE", 1, "inv", src, dst);
    m.via_branch = call_id;
    m.correlation = value;
    m.correlation_header = header;
    m.from = from;
    m.to = to;
    return feed(c, m);
}

/* A B2BUA's two legs: linked by X-Call-ID naming the other Call-ID, by a
 * shared icid-value or Session-ID, or (probably) by numbers and time;
 * not linked when nothing says so. */
static void
test_b2bua_links(void)
{
    capture_t c = capture_new();
    uint32_t a = leg_invite(&c, "a-leg", 0, UAC, B2BUA_IN, SIPDIAG_LINK_NONE, NULL,
                            "<sip:alice@example.com>", "<sip:bob@example.com>");
    g_assert_false(sipdiag_flows_leg(c.flows, &(sipdiag_leg_event_t){ 0 }));
    uint32_t b = leg_invite(&c, "b-leg", 0.2, B2BUA_OUT, CARRIER, SIPDIAG_LINK_X_CALL_ID,
                            " a-leg ", "<sip:alice@example.com>", "<sip:bob@example.com>");
    sipdiag_leg_event_t e = leg_event(&c);
    g_assert_cmpuint(e.invite, ==, b);
    g_assert_cmpuint(e.linked_invite, ==, a);
    g_assert_cmpstr(e.linked_call_id, ==, "a-leg");
    g_assert_cmpint(e.linked_by, ==, SIPDIAG_LINK_X_CALL_ID);
    sipdiag_call_outcome_t o;
    g_assert_true(sipdiag_flows_outcome_at(c.flows, 0, &o));
    g_assert_cmpstr(o.linked_call_id, ==, "b-leg");
    g_assert_cmpuint(o.linked_invite, ==, b);
    g_assert_cmpuint(o.linked_index, ==, 1);
    g_assert_false(o.linked_probably);
    g_assert_true(sipdiag_flows_outcome_at(c.flows, 1, &o));
    g_assert_cmpuint(o.linked_invite, ==, a);
    g_assert_cmpstr(sipdiag_link_name(o.linked_by), ==, "X-Call-ID");

    /* Shared icid-value (quoted on one leg), then Session-ID local UUIDs
     * in different case; a null UUID links nothing. */
    leg_invite(&c, "ims-a", 10, UAC, B2BUA_IN, SIPDIAG_LINK_ICID,
               "icid-value=AyretyU0dm+6O2IrT5tAFrbHLso=;icid-generated-at=192.0.2.1", NULL, NULL);
    uint32_t ims = c.frame;
    leg_invite(&c, "ims-b", 10.1, B2BUA_OUT, CARRIER, SIPDIAG_LINK_ICID,
               "orig-ioi=home1.net; icid-value=\"AyretyU0dm+6O2IrT5tAFrbHLso=\"", NULL, NULL);
    g_assert_cmpuint(leg_event(&c).linked_invite, ==, ims);
    g_assert_cmpint(leg_event(&c).linked_by, ==, SIPDIAG_LINK_ICID);
    leg_invite(&c, "sid-a", 20, UAC, B2BUA_IN, SIPDIAG_LINK_SESSION_ID,
               "ab30317f1a784dc48ff824d0d3715d86;remote=00000000000000000000000000000000",
               NULL, NULL);
    uint32_t sid = c.frame;
    leg_invite(&c, "sid-b", 25, B2BUA_OUT, CARRIER, SIPDIAG_LINK_SESSION_ID,
               "AB30317F1A784DC48FF824D0D3715D86", NULL, NULL);
    g_assert_cmpuint(leg_event(&c).linked_invite, ==, sid);
    leg_invite(&c, "null-a", 30, UAC, B2BUA_IN, SIPDIAG_LINK_SESSION_ID,
               "00000000000000000000000000000000", NULL, NULL);
    leg_invite(&c, "null-b", 30.1, B2BUA_OUT, CARRIER, SIPDIAG_LINK_SESSION_ID,
               "00000000000000000000000000000000", NULL, NULL);
    g_assert_cmpuint(leg_event(&c).linked_invite, ==, 0);

    /* No header: same digits in From and To, from where the first went,
     * 0.3 s later: probably the same call. */
    uint32_t num = leg_invite(&c, "num-a", 40, UAC, B2BUA_IN, SIPDIAG_LINK_NONE, NULL,
                              "\"Alice\" <sip:+49 30 555010@example.com>;tag=x",
                              "<sip:0493055501@example.com;user=phone>");
    leg_invite(&c, "num-b", 40.3, B2BUA_OUT, CARRIER, SIPDIAG_LINK_NONE, NULL,
               "<tel:+49-30-555010>;tag=y", "sip:0493055501@carrier.example");
    e = leg_event(&c);
    g_assert_cmpuint(e.linked_invite, ==, num);
    g_assert_cmpint(e.linked_by, ==, SIPDIAG_LINK_NUMBERS_AND_TIME);
    g_assert_true(sipdiag_flows_outcome(c.flows, "num-b", &o));
    g_assert_true(o.linked_probably);
    /* The same numbers 1.5 s later, or from another host, or names: no. */
    leg_invite(&c, "late-a", 50, UAC, B2BUA_IN, SIPDIAG_LINK_NONE, NULL,
               "<sip:4930555010@x>", "<sip:0493055502@x>");
    leg_invite(&c, "late-b", 51.5, B2BUA_OUT, CARRIER, SIPDIAG_LINK_NONE, NULL,
               "<sip:4930555010@x>", "<sip:0493055502@x>");
    g_assert_cmpuint(leg_event(&c).linked_invite, ==, 0);
    leg_invite(&c, "host-b", 50.2, "192.0.2.77:5060", CARRIER, SIPDIAG_LINK_NONE, NULL,
               "<sip:4930555010@x>", "<sip:0493055502@x>");
    g_assert_cmpuint(leg_event(&c).linked_invite, ==, 0);
    leg_invite(&c, "name-a", 60, UAC, B2BUA_IN, SIPDIAG_LINK_NONE, NULL,
               "<sip:alice@x>", "<sip:bob@x>");
    leg_invite(&c, "name-b", 60.1, B2BUA_OUT, CARRIER, SIPDIAG_LINK_NONE, NULL,
               "<sip:alice@x>", "<sip:bob@x>");
    g_assert_cmpuint(leg_event(&c).linked_invite, ==, 0);
    sipdiag_flows_free(c.flows);
}

/* The keys and numbers links are made of. */
static void
test_link_keys(void)
{
    char out[64];
    const char *pcv = "icid-value=\"1234bc9876e\"; icid-generated-at=192.0.6.8; orig-ioi=home1.net";
    g_assert_true(sipdiag_link_key(SIPDIAG_LINK_ICID, pcv, strlen(pcv), out, sizeof out));
    g_assert_cmpstr(out, ==, "1234bc9876e");
    const char *no_icid = "orig-ioi=home1.net";
    g_assert_false(sipdiag_link_key(SIPDIAG_LINK_ICID, no_icid, strlen(no_icid), out, sizeof out));
    const char *xcid = "  4f6a@10.1.1.1 ";
    g_assert_true(sipdiag_link_key(SIPDIAG_LINK_X_CID, xcid, strlen(xcid), out, sizeof out));
    g_assert_cmpstr(out, ==, "4f6a@10.1.1.1");
    char small[4];
    g_assert_false(sipdiag_link_key(SIPDIAG_LINK_X_CID, xcid, strlen(xcid), small, sizeof small));
    const char *sip_user = "\"Bob\" <sip:+1 (212) 555-0100@example.com>";
    g_assert_true(sipdiag_link_number(sip_user, strlen(sip_user), out, sizeof out));
    g_assert_cmpstr(out, ==, "12125550100");
    const char *short_user = "<sip:123@example.com>";
    g_assert_false(sipdiag_link_number(short_user, strlen(short_user), out, sizeof out));
    g_assert_cmpstr(sipdiag_link_name(SIPDIAG_LINK_ICID), ==, "P-Charging-Vector icid-value");
    g_assert_null(sipdiag_link_name(SIPDIAG_LINK_NONE));
}

/* Every kind has its key, its source and its texts in the three
 * languages; the kinds a timer decides have their early wording. */
static void
test_texts_table(void)
{
    for (unsigned kind = 0; kind < SIPDIAG_DETECT_COUNT; kind++) {
        const sipdiag_detection_rule_t *rule = &sipdiag_detection_rules[kind];
        g_assert_cmpuint(rule->kind, ==, kind);
        g_assert_cmpstr(sipdiag_detection_key(kind), ==, rule->key);
        g_assert_true(strstr(rule->source, "RFC 3261 §") != NULL
                      || strstr(rule->source, "RFC 4028 §") != NULL);
        /* Those claimed on a frame that shows them are always certain. */
        bool timed = kind != SIPDIAG_DETECT_RETRANSMISSIONS
                     && kind != SIPDIAG_DETECT_OK_RETRANSMISSIONS
                     && kind != SIPDIAG_DETECT_REFRESH_FAILED
                     && kind != SIPDIAG_DETECT_BYE_AT_SESSION_EXPIRY
                     && kind != SIPDIAG_DETECT_BYE_AT_64T1;
        for (unsigned lang = 0; lang < 3; lang++) {
            const sipdiag_detection_texts_t *t = &rule->texts[lang];
            g_assert_true(t->summary != NULL && t->fix != NULL && strlen(t->fix) > 150);
            g_assert_true((t->early != NULL) == timed);
            /* Each summary names its timer, by slot or in words (a failed
             * refresh's {answer} says which transmissions went unanswered). */
            g_assert_true(strstr(t->summary, "{timer}") != NULL
                          || strstr(t->summary, "Timer ") != NULL
                          || strstr(t->summary, "T1") != NULL
                          || strstr(t->summary, "Session-Expires") != NULL
                          || strstr(t->summary, "{answer}") != NULL);
            g_assert_true(t->early == NULL || strstr(t->early, "{elapsed}") != NULL);
        }
    }
    g_assert_null(sipdiag_detection_key(SIPDIAG_DETECT_COUNT));
    g_assert_cmpstr(sipdiag_outcome_key(SIPDIAG_OUTCOME_NO_ANSWER), ==, "no-answer");
    g_assert_null(sipdiag_outcome_key(SIPDIAG_OUTCOME_COUNT));
    /* German reads English. */
    g_assert_true(sipdiag_detection_texts(SIPDIAG_DETECT_NO_ACK, SIPDIAG_LANG_DE)
                  == &sipdiag_detection_rules[SIPDIAG_DETECT_NO_ACK].texts[0]);
}

/* The documented memory per call (flows_internal.h). */
static void
test_call_size(void)
{
    g_assert_cmpuint(sizeof(call_t), <=, 336);
}

/* Addresses the plugin gives as bytes are written out only for what shows
 * them, as Wireshark writes them; equal bytes are one endpoint. */
static void
test_endpoints_as_bytes(void)
{
    capture_t c = capture_new();
    sipdiag_endpoint_t caller = { .family = 4, .port = 5060, .bytes = { 198, 51, 100, 10 } };
    sipdiag_endpoint_t callee = { .family = 6, .port = 5061,
                                  .bytes = { 0x20, 0x01, 0x0d, 0xb8, [15] = 5 } };
    sipdiag_flow_msg_t invite = msg(&c, 0, 0, "INVITE", 1, "z9hG4bK-1", NULL, NULL);
    invite.src_at = caller;
    invite.dst_at = callee;
    feed(&c, invite);
    sipdiag_flow_msg_t ok = to_tag(msg(&c, 1, 200, "INVITE", 1, "z9hG4bK-1", NULL, NULL), "callee");
    ok.src_at = callee;
    ok.dst_at = caller;
    feed(&c, ok);
    sipdiag_call_outcome_t o;
    g_assert_true(sipdiag_flows_outcome(c.flows, c.call_id, &o));
    g_assert_cmpint(o.outcome, ==, SIPDIAG_OUTCOME_ESTABLISHED);
    g_assert_cmpstr(o.caller, ==, "198.51.100.10:5060");
    g_assert_cmpstr(o.callee, ==, "[2001:db8::5]:5061");
    g_assert_false(sipdiag_flows_saturated(c.flows));
    /* The same Call-ID read again finds the call; another does not. */
    g_assert_false(sipdiag_flows_outcome(c.flows, "call-1@example.co", &o));
    sipdiag_flows_free(c.flows);
}

/* Rings grow as they fill (1, 2, 4, 8 entries) and then keep the newest
 * RECENT_REQUESTS, as fixed arrays did. */
static void
test_rings_grow(void)
{
    capture_t c = capture_new();
    char branch[32];
    for (uint32_t cseq = 1; cseq <= 10; cseq++) {
        g_snprintf(branch, sizeof branch, "z9hG4bK-%u", cseq);
        feed(&c, msg(&c, cseq, 0, "OPTIONS", cseq, branch, UAC, UAS));
        uint32_t used = cseq < RECENT_REQUESTS ? cseq : RECENT_REQUESTS;
        flow_key_t key = sipdiag_flows_key(c.call_id);
        call_t *call = g_hash_table_lookup(c.flows->calls, &key);
        g_assert_nonnull(call);
        g_assert_cmpuint(call->request_ring.used, ==, used);
        g_assert_cmpuint(call->request_ring.capacity, ==,
                         used <= 1 ? 1 : used <= 2 ? 2 : used <= 4 ? 4 : 8);
        g_assert_nonnull(sipdiag_flows_find_request(call, cseq, (uint8_t)sipdiag_method_id("OPTIONS"),
                                                    sipdiag_flows_key(branch)));
        if (cseq > RECENT_REQUESTS) {
            g_snprintf(branch, sizeof branch, "z9hG4bK-%u", cseq - RECENT_REQUESTS);
            g_assert_null(sipdiag_flows_find_request(call, cseq - RECENT_REQUESTS,
                                                     (uint8_t)sipdiag_method_id("OPTIONS"),
                                                     sipdiag_flows_key(branch)));
        }
    }
    sipdiag_flows_free(c.flows);
}

/* Strings shown (here realms) are pooled up to MAX_POOLED_STRINGS; the
 * table says when one did not fit. */
static void
test_pool_saturation(void)
{
    capture_t c = capture_new();
    char realm[32];
    for (uint32_t cseq = 1; cseq <= MAX_POOLED_STRINGS + 1; cseq++) {
        g_assert_false(sipdiag_flows_saturated(c.flows));
        g_snprintf(realm, sizeof realm, "realm-%u", cseq);
        sipdiag_flow_msg_t m = msg(&c, cseq, 0, "REGISTER", cseq, NULL, UAC, UAS);
        m.credentials = 1;
        m.realm = realm;
        sipdiag_flows_request(c.flows, &m);
    }
    g_assert_true(sipdiag_flows_saturated(c.flows));
    sipdiag_flows_free(c.flows);
}

/* Method ids are told by first letter, then compared whole. */
static void
test_method_ids(void)
{
    for (unsigned id = 1; id < SIPDIAG_METHOD_COUNT; id++)
        g_assert_cmpuint(sipdiag_method_id(sipdiag_method_name(id)), ==, id);
    const char *others[] = { "", "I", "IN", "INF", "INVITEX", "invite", "P", "PUB", "R", "REF",
                             "REGISTERS", "Z", "ACKS", "UPDATE " };
    for (size_t i = 0; i < G_N_ELEMENTS(others); i++)
        g_assert_cmpuint(sipdiag_method_id(others[i]), ==, SIPDIAG_METHOD_OTHER);
    g_assert_cmpuint(sipdiag_method_id(NULL), ==, SIPDIAG_METHOD_OTHER);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/doctor/no-ack-then-bye", test_no_ack_then_bye);
    g_test_add_func("/doctor/no-ack-by-timer", test_no_ack_by_timer);
    g_test_add_func("/doctor/ack-elsewhere", test_ack_elsewhere);
    g_test_add_func("/doctor/invite-timer-b", test_invite_timer_b);
    g_test_add_func("/doctor/invite-before-timer-b", test_invite_before_timer_b);
    g_test_add_func("/doctor/trying-then-nothing", test_trying_then_nothing);
    g_test_add_func("/doctor/register-timer-f", test_register_timer_f);
    g_test_add_func("/doctor/retransmissions-stop", test_retransmissions_stop);
    g_test_add_func("/doctor/answered-call", test_answered_call);
    g_test_add_func("/doctor/cancelled-and-failed", test_cancelled_and_failed);
    g_test_add_func("/doctor/crossed-byes", test_crossed_byes);
    g_test_add_func("/doctor/forking", test_forking);
    g_test_add_func("/doctor/mid-call", test_mid_call);
    g_test_add_func("/doctor/unanswered-teardown", test_unanswered_teardown);
    g_test_add_func("/doctor/refresh-failed", test_refresh_failed);
    g_test_add_func("/doctor/bye-at-session-expiry", test_bye_at_session_expiry);
    g_test_add_func("/doctor/bye-at-64t1", test_bye_at_64t1);
    g_test_add_func("/doctor/fork-legs", test_fork_legs);
    g_test_add_func("/doctor/b2bua-links", test_b2bua_links);
    g_test_add_func("/doctor/link-keys", test_link_keys);
    g_test_add_func("/doctor/texts-table", test_texts_table);
    g_test_add_func("/doctor/call-size", test_call_size);
    g_test_add_func("/doctor/endpoints-as-bytes", test_endpoints_as_bytes);
    g_test_add_func("/doctor/method-ids", test_method_ids);
    g_test_add_func("/doctor/rings-grow", test_rings_grow);
    g_test_add_func("/doctor/pool-saturation", test_pool_saturation);
    return g_test_run();
}
