/* test_registrations.c - the registrations model on message sequences
 * written by hand: a challenge then success, repeated refusals, a grant
 * that lapses without refresh (and one refreshed in time), a capture that
 * ends before the expiry, de-registration, a REGISTER nobody answers,
 * subscriptions accepted and rejected.  Counts, frames and texts exact.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "registrations.h"
#include "sipmsg.h"

#include <glib.h>
#include <string.h>

#define UA "198.51.100.10:5060"
#define REGISTRAR "203.0.113.5:5060"
#define AOR "sip:alice@example.com"
#define CONTACT "sip:alice@198.51.100.10:5060"

typedef struct {
    sipdiag_regs_t *regs;
    uint32_t frame;
    sipdiag_reg_detection_t found[4];
    unsigned count;
} capture_t;

static capture_t
capture_new(void)
{
    return (capture_t){ .regs = sipdiag_regs_new(100) };
}

static sipdiag_reg_msg_t
request(capture_t *c, double t, const char *method, uint32_t cseq, int64_t expires,
        unsigned credentials)
{
    return (sipdiag_reg_msg_t){
        .frame = ++c->frame, .time = t, .method = method, .has_cseq = true, .cseq = cseq,
        .call_id = "reg-1@ua", .aor = AOR, .contact = CONTACT, .expires = expires,
        .credentials = credentials, .src = UA,
    };
}

static sipdiag_reg_msg_t
response(capture_t *c, double t, unsigned code, const char *method, uint32_t cseq,
         int64_t expires)
{
    return (sipdiag_reg_msg_t){
        .frame = ++c->frame, .time = t, .is_response = true, .code = code, .method = method,
        .has_cseq = true, .cseq = cseq, .call_id = "reg-1@ua", .aor = AOR, .expires = expires,
        .src = REGISTRAR, .server = "kamailio (5.6.3)",
    };
}

/* Any other SIP message: it only moves the clock. */
static sipdiag_reg_msg_t
other(capture_t *c, double t)
{
    return (sipdiag_reg_msg_t){ .frame = ++c->frame, .time = t, .method = "OPTIONS",
                                .has_cseq = true, .cseq = 1, .call_id = "ping", .expires = -1 };
}

static int
feed(capture_t *c, sipdiag_reg_msg_t m)
{
    int index = sipdiag_regs_feed(c->regs, &m);
    c->count = sipdiag_regs_detections(c->regs, c->found, G_N_ELEMENTS(c->found));
    return index;
}

static void
quiet(capture_t *c, sipdiag_reg_msg_t m)
{
    feed(c, m);
    g_assert_cmpuint(c->count, ==, 0);
}

static sipdiag_reg_binding_t
binding(capture_t *c, unsigned index)
{
    sipdiag_reg_binding_t b;
    g_assert_true(sipdiag_regs_at(c->regs, index, &b));
    return b;
}

static void
assert_summary(const sipdiag_reg_detection_t *d, sipdiag_lang_t lang, const char *expected)
{
    char *text = sipdiag_reg_summary(d, lang);
    g_assert_cmpstr(text, ==, expected);
    g_free(text);
}

static void
test_challenge_then_success(void)
{
    capture_t c = capture_new();
    g_assert_cmpint(feed(&c, request(&c, 0.0, "REGISTER", 1, 3600, 0)), ==, 0);
    quiet(&c, response(&c, 0.01, 401, "REGISTER", 1, -1));
    g_assert_cmpstr(sipdiag_reg_outcome_key(binding(&c, 0).outcome, false), ==, "challenged");
    quiet(&c, request(&c, 0.02, "REGISTER", 2, 3600, SIPDIAG_AUTH_AUTHORIZATION));
    g_assert_cmpint(feed(&c, response(&c, 0.03, 200, "REGISTER", 2, 600)), ==, 0);
    g_assert_cmpuint(c.count, ==, 0);
    sipdiag_reg_binding_t b = binding(&c, 0);
    g_assert_cmpint(b.outcome, ==, SIPDIAG_REG_REGISTERED);
    g_assert_cmpstr(sipdiag_reg_outcome_key(b.outcome, false), ==, "registered");
    g_assert_cmpint(b.expires, ==, 600); /* the registrar's grant, not the 3600 asked */
    g_assert_cmpuint(b.challenges, ==, 1);
    g_assert_cmpuint(b.failures, ==, 0);
    g_assert_cmpuint(b.successes, ==, 1);
    g_assert_cmpuint(b.refreshes, ==, 0);
    g_assert_cmpuint(b.first, ==, 1);
    g_assert_cmpuint(b.last_success, ==, 4);
    g_assert_cmpstr(b.source, ==, UA);
    g_assert_cmpuint(sipdiag_regs_count(c.regs), ==, 1);
    /* The capture ends long before the 600 s: nothing is claimed. */
    quiet(&c, other(&c, 100.0));
    g_assert_cmpint(binding(&c, 0).outcome, ==, SIPDIAG_REG_REGISTERED);
    sipdiag_regs_free(c.regs);
}

static void
test_repeated_refusal(void)
{
    capture_t c = capture_new();
    uint32_t cseq = 1;
    for (unsigned round = 1; round <= 3; round++) {
        double t = round * 10.0;
        quiet(&c, request(&c, t, "REGISTER", cseq, 3600, 0));
        quiet(&c, response(&c, t + 0.01, 401, "REGISTER", cseq++, -1));
        quiet(&c, request(&c, t + 0.02, "REGISTER", cseq, 3600, SIPDIAG_AUTH_AUTHORIZATION));
        feed(&c, response(&c, t + 0.03, 403, "REGISTER", cseq++, -1));
        /* The first refusal is the 403's own story; from the second on, the
         * binding keeps failing. */
        g_assert_cmpuint(c.count, ==, round >= 2 ? 1 : 0);
    }
    g_assert_cmpint(c.found[0].kind, ==, SIPDIAG_REG_DETECT_FAILING);
    g_assert_cmpuint(c.found[0].frame, ==, 12);
    assert_summary(&c.found[0], SIPDIAG_LANG_EN,
                   "REGISTER for sip:alice@example.com failed 3 times in a row "
                   "(403 Forbidden from 203.0.113.5:5060)");
    assert_summary(&c.found[0], SIPDIAG_LANG_FR,
                   "REGISTER pour sip:alice@example.com a échoué 3 fois de suite "
                   "(403 Forbidden de 203.0.113.5:5060)");
    sipdiag_reg_binding_t b = binding(&c, 0);
    g_assert_cmpstr(sipdiag_reg_outcome_key(b.outcome, false), ==, "failing");
    g_assert_cmpuint(b.failures, ==, 3);
    g_assert_cmpuint(b.challenges, ==, 3);
    g_assert_cmpuint(b.last_code, ==, 403);
    g_assert_cmpuint(b.last_failure, ==, 12);
    g_assert_cmpstr(b.failed_server, ==, "kamailio (5.6.3)");
    /* A success clears the run. */
    quiet(&c, request(&c, 40.0, "REGISTER", cseq, 3600, SIPDIAG_AUTH_AUTHORIZATION));
    quiet(&c, response(&c, 40.01, 200, "REGISTER", cseq, 3600));
    b = binding(&c, 0);
    g_assert_cmpint(b.outcome, ==, SIPDIAG_REG_REGISTERED);
    g_assert_cmpuint(b.failures_in_row, ==, 0);
    g_assert_cmpuint(b.failures, ==, 3);
    sipdiag_regs_free(c.regs);
}

static void
test_credentials_refused_by_401(void)
{
    /* A 401 to credentials is a refusal; with stale=true it is a new
     * challenge (the nonce aged out). */
    capture_t c = capture_new();
    quiet(&c, request(&c, 0.0, "REGISTER", 1, 3600, SIPDIAG_AUTH_AUTHORIZATION));
    sipdiag_reg_msg_t stale = response(&c, 0.01, 401, "REGISTER", 1, -1);
    stale.stale_nonce = true;
    quiet(&c, stale);
    g_assert_cmpuint(binding(&c, 0).challenges, ==, 1);
    quiet(&c, request(&c, 0.02, "REGISTER", 2, 3600, SIPDIAG_AUTH_AUTHORIZATION));
    quiet(&c, response(&c, 0.03, 401, "REGISTER", 2, -1));
    sipdiag_reg_binding_t b = binding(&c, 0);
    g_assert_cmpuint(b.failures, ==, 1);
    g_assert_cmpint(b.outcome, ==, SIPDIAG_REG_FAILING);
    sipdiag_regs_free(c.regs);
}

static void
test_expired_without_refresh(void)
{
    capture_t c = capture_new();
    quiet(&c, request(&c, 1.0, "REGISTER", 1, 5, 0));
    quiet(&c, response(&c, 1.0, 200, "REGISTER", 1, 5));
    /* Expiry at 6.0, claimed from 8.0 (SIPDIAG_REG_EXPIRY_MARGIN). */
    quiet(&c, other(&c, 7.9));
    g_assert_cmpint(binding(&c, 0).outcome, ==, SIPDIAG_REG_REGISTERED);
    feed(&c, other(&c, 8.5));
    g_assert_cmpuint(c.count, ==, 1);
    g_assert_cmpint(c.found[0].kind, ==, SIPDIAG_REG_DETECT_EXPIRED);
    g_assert_cmpuint(c.found[0].frame, ==, 4);
    assert_summary(&c.found[0], SIPDIAG_LANG_EN,
                   "The registration of sip:alice@198.51.100.10:5060 for sip:alice@example.com "
                   "expired 2.5 s ago: granted 5 s in frame 2, no refresh sent since");
    assert_summary(&c.found[0], SIPDIAG_LANG_ES,
                   "El registro de sip:alice@198.51.100.10:5060 para sip:alice@example.com "
                   "caducó hace 2,5 s: concedido por 5 s en la trama 2, sin ninguna renovación "
                   "enviada desde entonces");
    sipdiag_reg_binding_t b = binding(&c, 0);
    g_assert_cmpstr(sipdiag_reg_outcome_key(b.outcome, false), ==, "expired");
    g_assert_cmpuint(b.decided, ==, 4);
    quiet(&c, other(&c, 20.0)); /* said once */
    sipdiag_regs_free(c.regs);
}

static void
test_refreshed_in_time(void)
{
    capture_t c = capture_new();
    quiet(&c, request(&c, 1.0, "REGISTER", 1, 5, 0));
    quiet(&c, response(&c, 1.1, 200, "REGISTER", 1, 5));
    quiet(&c, request(&c, 3.5, "REGISTER", 2, 5, 0));
    quiet(&c, response(&c, 3.6, 200, "REGISTER", 2, 5));
    /* The first grant's deadline (8.1) passes quietly: it was refreshed. */
    quiet(&c, other(&c, 9.0));
    sipdiag_reg_binding_t b = binding(&c, 0);
    g_assert_cmpuint(b.refreshes, ==, 1);
    g_assert_cmpuint(b.successes, ==, 2);
    feed(&c, other(&c, 10.7));
    g_assert_cmpuint(c.count, ==, 1);
    g_assert_cmpint(c.found[0].kind, ==, SIPDIAG_REG_DETECT_EXPIRED);
    sipdiag_regs_free(c.regs);
}

static void
test_refresh_in_flight_is_not_expiry(void)
{
    /* A refresh sent before the deadline but answered after it: not
     * expired (it was refreshed; its outcome is its answer's). */
    capture_t c = capture_new();
    quiet(&c, request(&c, 1.0, "REGISTER", 1, 5, 0));
    quiet(&c, response(&c, 1.0, 200, "REGISTER", 1, 5));
    quiet(&c, request(&c, 7.5, "REGISTER", 2, 5, 0));
    quiet(&c, other(&c, 9.0));
    quiet(&c, response(&c, 9.1, 200, "REGISTER", 2, 5));
    g_assert_cmpint(binding(&c, 0).outcome, ==, SIPDIAG_REG_REGISTERED);
    sipdiag_regs_free(c.regs);
}

static void
test_deregistered(void)
{
    capture_t c = capture_new();
    quiet(&c, request(&c, 1.0, "REGISTER", 1, 5, 0));
    quiet(&c, response(&c, 1.0, 200, "REGISTER", 1, 5));
    quiet(&c, request(&c, 2.0, "REGISTER", 2, 0, 0));
    quiet(&c, response(&c, 2.0, 200, "REGISTER", 2, 0));
    quiet(&c, other(&c, 60.0));
    sipdiag_reg_binding_t b = binding(&c, 0);
    g_assert_cmpstr(sipdiag_reg_outcome_key(b.outcome, false), ==, "deregistered");
    sipdiag_regs_free(c.regs);
}

static void
test_unanswered(void)
{
    capture_t c = capture_new();
    quiet(&c, request(&c, 0.0, "REGISTER", 1, 3600, 0));
    for (double t = 0.5; t < 32.0; t *= 2) /* retransmissions: the same CSeq */
        quiet(&c, request(&c, t, "REGISTER", 1, 3600, 0));
    quiet(&c, other(&c, 31.9));
    feed(&c, other(&c, 32.5));
    g_assert_cmpuint(c.count, ==, 1);
    g_assert_cmpint(c.found[0].kind, ==, SIPDIAG_REG_DETECT_UNANSWERED);
    assert_summary(&c.found[0], SIPDIAG_LANG_EN,
                   "REGISTER for sip:alice@example.com sent in frame 1 got no response at all "
                   "in 32.5 s (Timer F, 64*T1)");
    g_assert_cmpstr(sipdiag_reg_outcome_key(binding(&c, 0).outcome, false), ==, "unanswered");
    sipdiag_regs_free(c.regs);
}

static void
test_subscriptions(void)
{
    capture_t c = capture_new();
    sipdiag_reg_msg_t presence = request(&c, 0.0, "SUBSCRIBE", 1, 600, 0);
    presence.event = "presence";
    presence.aor = "sip:bob@example.com";
    presence.call_id = "sub-1";
    g_assert_cmpint(feed(&c, presence), ==, 0);
    sipdiag_reg_msg_t accepted = response(&c, 0.1, 202, "SUBSCRIBE", 1, 600);
    accepted.call_id = "sub-1";
    quiet(&c, accepted);
    sipdiag_reg_msg_t dialog = request(&c, 0.2, "SUBSCRIBE", 1, 600, 0);
    dialog.event = "dialog";
    dialog.aor = "sip:bob@example.com";
    dialog.call_id = "sub-2";
    g_assert_cmpint(feed(&c, dialog), ==, 1);
    sipdiag_reg_msg_t rejected = response(&c, 0.3, 489, "SUBSCRIBE", 1, -1);
    rejected.call_id = "sub-2";
    quiet(&c, rejected); /* one refusal: the 489's own story */
    sipdiag_reg_binding_t b = binding(&c, 0);
    g_assert_true(b.subscription);
    g_assert_cmpstr(b.event, ==, "presence");
    g_assert_cmpstr(sipdiag_reg_outcome_key(b.outcome, true), ==, "active");
    g_assert_cmpint(b.expires, ==, 600);
    b = binding(&c, 1);
    g_assert_cmpstr(sipdiag_reg_outcome_key(b.outcome, true), ==, "failing");
    g_assert_cmpuint(b.last_code, ==, 489);
    g_assert_cmpuint(b.failures, ==, 1);
    /* A REGISTER of the same AOR is another binding; a REGISTER without
     * Contact only fetches the bindings and is none. */
    sipdiag_reg_msg_t fetch = request(&c, 1.0, "REGISTER", 1, -1, 0);
    fetch.contact = NULL;
    g_assert_cmpint(feed(&c, fetch), ==, -1);
    g_assert_cmpuint(sipdiag_regs_count(c.regs), ==, 2);
    sipdiag_regs_free(c.regs);
}

static void
test_cap(void)
{
    sipdiag_regs_t *regs = sipdiag_regs_new(1);
    sipdiag_reg_msg_t m = { .frame = 1, .method = "REGISTER", .has_cseq = true, .cseq = 1,
                            .call_id = "a", .aor = AOR, .contact = CONTACT, .expires = -1 };
    g_assert_cmpint(sipdiag_regs_feed(regs, &m), ==, 0);
    m.frame = 2;
    m.aor = "sip:carol@example.com";
    m.call_id = "b";
    g_assert_cmpint(sipdiag_regs_feed(regs, &m), ==, -1);
    sipdiag_regs_free(regs);
}

static void
test_texts_table(void)
{
    for (unsigned k = 0; k < SIPDIAG_REG_DETECT_COUNT; k++) {
        g_assert_cmpint(sipdiag_reg_rules[k].kind, ==, k);
        for (unsigned lang = 0; lang < 3; lang++) {
            g_assert_nonnull(sipdiag_reg_rules[k].texts[lang].summary);
            g_assert_cmpuint(strlen(sipdiag_reg_rules[k].texts[lang].fix), >, 150);
        }
    }
    g_assert_cmpstr(sipdiag_reg_detection_key(SIPDIAG_REG_DETECT_EXPIRED), ==, "expired");
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/registrations/challenge-then-success", test_challenge_then_success);
    g_test_add_func("/registrations/repeated-refusal", test_repeated_refusal);
    g_test_add_func("/registrations/credentials-refused", test_credentials_refused_by_401);
    g_test_add_func("/registrations/expired", test_expired_without_refresh);
    g_test_add_func("/registrations/refreshed", test_refreshed_in_time);
    g_test_add_func("/registrations/refresh-in-flight", test_refresh_in_flight_is_not_expiry);
    g_test_add_func("/registrations/deregistered", test_deregistered);
    g_test_add_func("/registrations/unanswered", test_unanswered);
    g_test_add_func("/registrations/subscriptions", test_subscriptions);
    g_test_add_func("/registrations/cap", test_cap);
    g_test_add_func("/registrations/texts-table", test_texts_table);
    return g_test_run();
}
