/* test_context.c - the context rules, the Reason and Warning parsers and
 * tables, and transfer states.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "context.h"
#include "reason.h"
#include "sipdiag.h"
#include "texts.h"
#include "transfer.h"
#include "warning.h"

#include <glib.h>
#include <string.h>

enum {
    SEEN = SIPDIAG_FACT_REQUEST_SEEN,
    CREDS = SIPDIAG_FACT_CREDENTIALS,
    DIALOG = SIPDIAG_FACT_IN_DIALOG,
    CANCELLED = SIPDIAG_FACT_CANCELLED,
    REPEATED = SIPDIAG_FACT_REPEATED,
    LOOP = SIPDIAG_FACT_CHALLENGE_LOOP,
    STALE = SIPDIAG_FACT_STALE_NONCE,
    REFUSED = SIPDIAG_FACT_CREDENTIALS_REFUSED,
    RANG = SIPDIAG_FACT_PROVISIONAL,
    CROSSED = SIPDIAG_FACT_BYE_CROSSED,
    RESENT = SIPDIAG_FACT_RESENT,
    ANSWERED = SIPDIAG_FACT_ANSWERED_BEFORE,
    SHORT = SIPDIAG_FACT_RETRY_TOO_SHORT,
    RETRY_AFTER = SIPDIAG_FACT_RETRY_AFTER,
};

#define NO_RULE NULL

/* code, method, facts: the rule that decides (NULL: none). */
static const struct {
    unsigned code;
    const char *method;
    unsigned facts;
    const char *rule;
} cases[] = {
    /* The digest dance: a challenge to a request without the answering
     * header for that realm is normal, whatever came before (RFC 3261 §22). */
    { 401, "REGISTER", SEEN, "challenge" },
    { 401, "REGISTER", SEEN | CREDS, "challenge-other-credentials" }, /* Proxy-Authorization only */
    { 407, "INVITE", SEEN | CREDS, "proxy-challenge-other-realm" },   /* another proxy's realm */
    { 407, "INVITE", SEEN, "proxy-challenge" },
    { 401, "REGISTER", SEEN | CREDS | REFUSED, "credentials-refused" },
    { 407, "INVITE", SEEN | CREDS | REFUSED, "proxy-credentials-refused" },
    { 401, "REGISTER", SEEN | CREDS | REFUSED | STALE, "stale-nonce" },
    { 401, "REGISTER", SEEN | CREDS | REFUSED | LOOP, "challenge-loop" },
    { 401, "REGISTER", 0, NO_RULE },
    { 403, "REGISTER", SEEN | CREDS, "refused-after-credentials" },
    { 403, "INVITE", SEEN, NO_RULE },
    /* Cancel, races and lost dialogs */
    { 487, "INVITE", SEEN | CANCELLED, "cancelled" },
    { 487, "INVITE", SEEN, "terminated-without-cancel" },
    { 487, "INVITE", SEEN | SIPDIAG_FACT_EARLY_BYE, "ended-by-early-bye" },
    { 487, "INVITE", 0, NO_RULE },
    { 200, "CANCEL", SEEN, "cancel-accepted" },
    { 200, "INVITE", SEEN, NO_RULE },
    { 481, "BYE", SEEN | DIALOG | CROSSED, "bye-race-crossed" },
    { 481, "BYE", SEEN | DIALOG | RESENT, "bye-race-resent" },
    { 481, "BYE", SEEN | DIALOG, "bye-dialog-mismatch" },
    { 481, "BYE", 0, NO_RULE },
    { 481, "CANCEL", SEEN | ANSWERED, "cancel-after-final" },
    { 481, "CANCEL", SEEN, "cancel-unmatched" },
    { 481, "INFO", SEEN | DIALOG, "dialog-lost" },
    { 408, "UPDATE", SEEN | DIALOG, "in-dialog-timeout" },
    /* Call outcomes vs reachability */
    { 486, "INVITE", SEEN, "busy" },
    { 486, "INVITE", SEEN | DIALOG, "busy-reinvite" },
    { 408, "INVITE", SEEN | RANG, "no-answer" },
    { 408, "INVITE", SEEN, "unreachable" },
    { 408, "INVITE", 0, NO_RULE },
    { 408, "REGISTER", SEEN, "non-invite-timeout" },
    { 480, "INVITE", SEEN, "user-unavailable" },
    { 480, "MESSAGE", SEEN, "message-offline" },
    { 480, "SUBSCRIBE", SEEN, "non-invite-unavailable" },
    /* Media */
    { 488, "INVITE", SEEN | DIALOG, "reinvite-offer-refused" },
    { 488, "INVITE", SEEN, "initial-offer-refused" },
    { 606, "INVITE", SEEN, "initial-offer-refused-everywhere" },
    { 488, "INVITE", 0, NO_RULE },
    /* Negotiations: a repeat is a fault only when the retry did not do
     * what was asked */
    { 491, "INVITE", SEEN | DIALOG, "glare" },
    { 491, "UPDATE", SEEN | DIALOG | REPEATED, "glare-again" },
    { 422, "INVITE", SEEN, "session-timer" },
    { 422, "INVITE", SEEN | REPEATED, "session-timer-raised-again" }, /* another proxy */
    { 422, "INVITE", SEEN | REPEATED | SHORT, "session-timer-not-raised" },
    { 423, "REGISTER", SEEN | REPEATED, "expiry-raised-again" },
    { 423, "REGISTER", SEEN | REPEATED | SHORT, "expiry-not-raised" },
    { 420, "INVITE", SEEN, "extension-refused" },
    { 420, "INVITE", SEEN | REPEATED, "extension-refused-again" },
    { 421, "INVITE", SEEN, "extension-required" },
    { 415, "MESSAGE", SEEN | REPEATED, "media-type-refused-again" },
    /* Retry-After */
    { 500, "INVITE", SEEN | DIALOG | RETRY_AFTER, "reinvite-retry-later" },
    { 500, "INVITE", SEEN | RETRY_AFTER, "server-error-retry-after" },
    { 500, "INVITE", SEEN | DIALOG, NO_RULE },
    { 503, "INVITE", SEEN | RETRY_AFTER, "overload-retry-after" },
    { 503, "INVITE", SEEN, NO_RULE },
    /* Capabilities: core methods every UA takes are faults */
    { 405, "OPTIONS", SEEN, "core-method-refused" },
    { 501, "BYE", SEEN, "core-method-unimplemented" },
    { 405, "INFO", SEEN, "method-not-allowed" },
    { 501, "FOOBAR", 0, "method-not-implemented" },
    { 405, "INVITE", SEEN, "invite-register-refused" },
    { 501, "REGISTER", SEEN, "invite-register-unimplemented" },
    /* Events and transfers */
    { 202, "REFER", SEEN | DIALOG, "transfer-accepted" },
    { 202, "SUBSCRIBE", SEEN, "subscription-accepted-202" },
    { 489, "SUBSCRIBE", SEEN, "event-package-refused" },
    { 489, "NOTIFY", SEEN, "notify-event-refused" },
    /* No method known */
    { 487, NULL, SEEN | CANCELLED, NO_RULE },
    { 100, "INVITE", SEEN, NO_RULE },
};

static void
test_rules_decide(void)
{
    for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
        const sipdiag_rule_t *rule = sipdiag_judge(cases[i].code, cases[i].method, cases[i].facts);
        const char *got = rule != NULL ? rule->id : "(none)";
        const char *want = cases[i].rule != NULL ? cases[i].rule : "(none)";
        if (strcmp(got, want) != 0)
            g_error("%u %s facts %#x: rule %s, want %s", cases[i].code, cases[i].method,
                    cases[i].facts, got, want);
    }
}

/* Without the call's history only what a response says of itself is
 * known: no rule may read an unknown fact, since its absence proves
 * nothing (a 487 seen alone is not "no CANCEL for this INVITE"). */
static void
test_rules_with_unknown_facts(void)
{
    const unsigned known = SIPDIAG_FACTS_OF_RESPONSE;
    g_assert_nonnull(sipdiag_judge(487, "INVITE", SIPDIAG_FACT_REQUEST_SEEN));
    g_assert_null(sipdiag_judge_known(487, "INVITE", 0, known));
    g_assert_null(sipdiag_judge_known(401, "REGISTER", 0, known));
    const sipdiag_rule_t *stale = sipdiag_judge_known(401, "REGISTER", known, known);
    g_assert_nonnull(stale);
    g_assert_cmpstr(stale->id, ==, "stale-nonce");
    /* Rules that read no fact still speak. */
    const sipdiag_rule_t *plain = sipdiag_judge_known(501, "FOOBAR", 0, known);
    g_assert_nonnull(plain);
    g_assert_true(plain == sipdiag_judge(501, "FOOBAR", 0));
    for (unsigned i = 0; i < sipdiag_rule_count; i++) {
        const sipdiag_rule_t *rule = &sipdiag_rules[i];
        const sipdiag_rule_t *got = sipdiag_judge_known(rule->code, rule->methods, rule->require,
                                                        known);
        g_assert_true(got == NULL || ((got->require | got->forbid) & ~known) == 0);
    }
}

/* The {slots} of an evidence sentence: each must stand for evidence the
 * rule's required facts guarantee. */
static void
check_evidence_slots(const sipdiag_rule_t *rule, const char *text)
{
    unsigned kinds = sipdiag_rule_evidence_kinds(rule);
    for (const char *p = strchr(text, '{'); p != NULL; p = strchr(p + 1, '{')) {
        size_t len = strcspn(p + 1, "}");
        char slot[32];
        g_assert_cmpuint(len, <, sizeof slot);
        memcpy(slot, p + 1, len);
        slot[len] = '\0';
        bool known = false;
        for (unsigned kind = 0; kind < SIPDIAG_EVIDENCE_COUNT; kind++) {
            if (strcmp(slot, sipdiag_evidence_name(kind)) == 0) {
                known = true;
                /* The challenge frame only exists when an earlier challenge
                 * did: only the loop rules, which require it, may name it. */
                bool guaranteed = kind == SIPDIAG_EVIDENCE_CHALLENGE
                                      ? (rule->require & SIPDIAG_FACT_CHALLENGE_LOOP) != 0
                                      : (kinds & (1u << kind)) != 0;
                if (!guaranteed)
                    g_error("rule %s: evidence slot {%s} is not guaranteed by its facts",
                            rule->id, slot);
            }
        }
        if (strcmp(slot, "credentials") == 0 || strcmp(slot, "realm") == 0) {
            known = true;
            if ((rule->require & (SIPDIAG_FACT_CREDENTIALS | SIPDIAG_FACT_CREDENTIALS_REFUSED
                                  | SIPDIAG_FACT_CHALLENGE_LOOP)) == 0)
                g_error("rule %s: {%s} without credentials among its facts", rule->id, slot);
        }
        if (!known)
            g_error("rule %s: unknown evidence slot {%s}", rule->id, slot);
    }
}

static gint
compare_strings(gconstpointer a, gconstpointer b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The {slots} of a text, sorted and joined: the same in every language. */
static char *
slots_of(const char *text)
{
    GPtrArray *slots = g_ptr_array_new_with_free_func(g_free);
    for (const char *p = strchr(text, '{'); p != NULL; p = strchr(p + 1, '{'))
        g_ptr_array_add(slots, g_strndup(p, strcspn(p, "}") + 1));
    g_ptr_array_sort(slots, compare_strings);
    g_ptr_array_add(slots, NULL);
    char *joined = g_strjoinv(" ", (char **)slots->pdata);
    g_ptr_array_free(slots, TRUE);
    return joined;
}

/* The plugin picks the expert item from verdict and severity: an expected
 * outcome must never look like a fault, nor a fault like a chat.  Every
 * rule carries its own context and fix in every language it is written in,
 * and the fix is never the code's generic text (which may contradict the
 * verdict: "act only if it repeats" on a loop). */
static void
test_rules_are_sound(void)
{
    static const sipdiag_lang_t langs[] = { SIPDIAG_LANG_EN, SIPDIAG_LANG_FR, SIPDIAG_LANG_ES };
    g_assert_cmpuint(sipdiag_rule_count, >=, 50);
    for (unsigned i = 0; i < sipdiag_rule_count; i++) {
        const sipdiag_rule_t *rule = &sipdiag_rules[i];
        sipdiag_lookup_t lk;
        g_assert_true(sipdiag_lookup(rule->code, &lk));
        g_assert_cmpint(lk.status, ==, SIPDIAG_REGISTERED);
        g_assert_cmpuint(rule->require & rule->forbid, ==, 0);
        if (rule->verdict == SIPDIAG_VERDICT_EXPECTED)
            g_assert_cmpint(rule->severity, <=, SIPDIAG_SEVERITY_NOTE);
        else if (rule->verdict == SIPDIAG_VERDICT_NEUTRAL)
            g_assert_cmpint(rule->severity, ==, SIPDIAG_SEVERITY_NOTE);
        else
            g_assert_cmpint(rule->severity, >=, SIPDIAG_SEVERITY_WARN);
        g_assert_true(g_str_has_prefix(rule->source, "RFC "));
        for (unsigned j = 0; j < i; j++)
            g_assert_cmpstr(rule->id, !=, sipdiag_rules[j].id);
        for (unsigned l = 0; l < G_N_ELEMENTS(langs); l++) {
            const sipdiag_rule_texts_t *texts = &rule->texts[l];
            if (texts->context == NULL || texts->evidence == NULL || texts->fix == NULL)
                g_error("rule %s has no %s texts", rule->id, sipdiag_lang_code(langs[l]));
            g_assert_true(sipdiag_rule_texts(rule, langs[l]) == texts);
            g_assert_false(g_str_has_suffix(texts->context, "."));
            g_assert_cmpuint(g_utf8_strlen(texts->context, -1), <=, 170);
            g_assert_null(strpbrk(texts->context, "%\n"));
            g_assert_cmpuint(strlen(texts->fix), >=, 40);
            g_assert_true(g_str_has_suffix(texts->fix, "."));
            const char *generic = sipdiag_texts(lk.row, langs[l])->remediation;
            if (strcmp(texts->fix, generic) == 0)
                g_error("rule %s (%s): its fix is the code's generic one", rule->id,
                        sipdiag_lang_code(langs[l]));
            check_evidence_slots(rule, texts->evidence);
            g_autofree char *slots = slots_of(texts->evidence);
            g_autofree char *english = slots_of(rule->texts[0].evidence);
            g_assert_cmpstr(slots, ==, english);
        }
        /* Every rule can fire: no earlier rule shadows it entirely. */
        const char *method = rule->methods != NULL ? rule->methods : "FOOBAR";
        char first[32];
        g_strlcpy(first, method, sizeof first);
        first[strcspn(first, " ")] = '\0';
        g_assert_true(sipdiag_judge(rule->code, first, rule->require) == rule);
    }
}

/* Evidence sentences: slots filled with frames and credentials, or no
 * sentence at all when a slot has nothing to show. */
static void
test_evidence_text(void)
{
    const sipdiag_rule_t *loop = sipdiag_judge(401, "REGISTER", SEEN | CREDS | REFUSED | LOOP);
    sipdiag_evidence_t evidence = { 0 };
    evidence.frames[SIPDIAG_EVIDENCE_REQUEST] = 8;
    evidence.frames[SIPDIAG_EVIDENCE_CHALLENGE] = 6;
    evidence.credentials = 1;
    evidence.realm = "asterisk";
    g_autofree char *text = sipdiag_rule_evidence_text(loop, SIPDIAG_LANG_EN, &evidence);
    g_assert_cmpstr(text, ==, "the request in frame 8 sent Authorization for realm asterisk "
                              "again after the challenge in frame 6, and was challenged again");
    evidence.frames[SIPDIAG_EVIDENCE_CHALLENGE] = 0;
    g_assert_null(sipdiag_rule_evidence_text(loop, SIPDIAG_LANG_EN, &evidence));
    const sipdiag_rule_t *busy = sipdiag_judge(486, "INVITE", SEEN);
    g_assert_null(sipdiag_rule_evidence_text(busy, SIPDIAG_LANG_EN, &evidence));
    g_assert_cmpuint(sipdiag_rule_evidence_kinds(loop), ==,
                     (1u << SIPDIAG_EVIDENCE_REQUEST) | (1u << SIPDIAG_EVIDENCE_CHALLENGE));
    g_assert_cmpuint(sipdiag_rule_evidence_kinds(NULL), ==, 1u << SIPDIAG_EVIDENCE_REQUEST);
    g_assert_cmpstr(sipdiag_credentials_name(3), ==, "Authorization, Proxy-Authorization");
}

/* docs/context-rules.md lists every rule (it is made from `sipdiag rules`). */
static void
test_rules_documented(void)
{
    char *doc = NULL;
    GError *error = NULL;
    if (!g_file_get_contents(SIPDIAG_SOURCE_DIR "/docs/context-rules.md", &doc, NULL, &error))
        g_error("%s", error->message);
    for (unsigned i = 0; i < sipdiag_rule_count; i++) {
        const sipdiag_rule_t *rule = &sipdiag_rules[i];
        char *row = g_strdup_printf("| %s | %u | %s | ", rule->id, rule->code,
                                    rule->methods != NULL ? rule->methods : "any");
        if (strstr(doc, row) == NULL || strstr(doc, rule->texts[0].context) == NULL
            || strstr(doc, rule->texts[0].fix) == NULL)
            g_error("docs/context-rules.md lacks rule %s", rule->id);
        g_free(row);
    }
    g_free(doc);
}

static void
test_class_severity(void)
{
    g_assert_cmpint(sipdiag_class_severity(180), ==, SIPDIAG_SEVERITY_CHAT);
    g_assert_cmpint(sipdiag_class_severity(200), ==, SIPDIAG_SEVERITY_CHAT);
    g_assert_cmpint(sipdiag_class_severity(302), ==, SIPDIAG_SEVERITY_NOTE);
    g_assert_cmpint(sipdiag_class_severity(404), ==, SIPDIAG_SEVERITY_WARN);
    g_assert_cmpint(sipdiag_class_severity(503), ==, SIPDIAG_SEVERITY_ERROR);
    g_assert_cmpint(sipdiag_class_severity(603), ==, SIPDIAG_SEVERITY_ERROR);
    g_assert_cmpint(sipdiag_class_severity(999), ==, SIPDIAG_SEVERITY_WARN);
    g_assert_cmpint(sipdiag_class_severity(42), ==, SIPDIAG_SEVERITY_WARN);
}

/* --- Reason ----------------------------------------------------------- */

static void
test_reason_parse(void)
{
    const char *value = "Q.850;cause=16;text=\"Normal, call clearing\", SIP ;cause=200 ;"
                        "text=\"Call completed elsewhere\",RELEASE_CAUSE;cause=4";
    sipdiag_reason_t r[4];
    g_assert_cmpuint(sipdiag_reason_parse(value, strlen(value), r, 4), ==, 3);
    g_assert_cmpint(r[0].protocol, ==, SIPDIAG_REASON_Q850);
    g_assert_true(r[0].has_cause);
    g_assert_cmpuint(r[0].cause, ==, 16);
    g_assert_cmpmem(r[0].text, r[0].text_len, "Normal, call clearing", 21);
    g_assert_cmpint(r[1].protocol, ==, SIPDIAG_REASON_SIP);
    g_assert_cmpuint(r[1].cause, ==, 200);
    g_assert_cmpmem(r[1].protocol_token, r[1].protocol_len, "SIP", 3);
    g_assert_cmpint(r[2].protocol, ==, SIPDIAG_REASON_OTHER);
    g_assert_cmpmem(r[2].protocol_token, r[2].protocol_len, "RELEASE_CAUSE", 13);
    g_assert_null(r[2].text);

    /* Case, spaces, a cause that is not a number, more values than room. */
    value = "q.850 ; CAUSE = 34, Q.850;cause=abc, SIP;cause=486, SIP;cause=600, SIP";
    g_assert_cmpuint(sipdiag_reason_parse(value, strlen(value), r, 2), ==, 5);
    g_assert_cmpint(r[0].protocol, ==, SIPDIAG_REASON_Q850);
    g_assert_cmpuint(r[0].cause, ==, 34);
    g_assert_false(r[1].has_cause);

    /* Hostile: empty, only separators, an unterminated quote, NUL inside. */
    g_assert_cmpuint(sipdiag_reason_parse("", 0, r, 4), ==, 0);
    g_assert_cmpuint(sipdiag_reason_parse(NULL, 10, r, 4), ==, 0);
    g_assert_cmpuint(sipdiag_reason_parse(" , ,;", 5, r, 4), ==, 0);
    value = "SIP;text=\"never closed, cause=1";
    g_assert_cmpuint(sipdiag_reason_parse(value, strlen(value), r, 4), ==, 1);
    g_assert_false(r[0].has_cause);
    /* Empty parameters are skipped (a fuzzing find: they left the name unset). */
    value = "Q.850;;cause=16; ;text=\"x\";";
    g_assert_cmpuint(sipdiag_reason_parse(value, strlen(value), r, 4), ==, 1);
    g_assert_true(r[0].has_cause);
    g_assert_cmpuint(r[0].cause, ==, 16);
    g_assert_cmpmem(r[0].text, r[0].text_len, "x", 1);
    const char with_nul[] = "Q.850;cause=1\0;cause=2";
    g_assert_cmpuint(sipdiag_reason_parse(with_nul, sizeof with_nul - 1, r, 4), ==, 1);
}

static void
test_q850_consistency(void)
{
    unsigned expected;
    g_assert_cmpint(sipdiag_q850_check(486, 17, &expected), ==, SIPDIAG_CAUSE_CONSISTENT);
    g_assert_cmpint(sipdiag_q850_check(480, 31, &expected), ==, SIPDIAG_CAUSE_CONSISTENT);
    g_assert_cmpint(sipdiag_q850_check(603, 21, &expected), ==, SIPDIAG_CAUSE_CONSISTENT);
    g_assert_cmpint(sipdiag_q850_check(503, 34, &expected), ==, SIPDIAG_CAUSE_CONSISTENT);
    g_assert_cmpint(sipdiag_q850_check(480, 47, &expected), ==, SIPDIAG_CAUSE_CONSISTENT);
    g_assert_cmpint(sipdiag_q850_check(480, 21, &expected), ==, SIPDIAG_CAUSE_INCONSISTENT);
    g_assert_cmpuint(expected, ==, 18);
    g_assert_cmpint(sipdiag_q850_check(486, 16, &expected), ==, SIPDIAG_CAUSE_INCONSISTENT);
    g_assert_cmpuint(expected, ==, 17);
    /* Cause 16 is the CANCEL's cause, and a cancelled INVITE ends in 487. */
    g_assert_cmpint(sipdiag_q850_check(487, 16, &expected), ==, SIPDIAG_CAUSE_CONSISTENT);
    g_assert_cmpuint(expected, ==, 0);
    /* RFC 3398 §8.2.6.1 gives cause 31 to failure codes its table has no
     * cause for: 487 ("no mapping"), 488 ("by Warning header"), 422 (not
     * listed).  A code with a cause of its own does not take the default. */
    g_assert_cmpint(sipdiag_q850_check(487, 31, &expected), ==, SIPDIAG_CAUSE_CONSISTENT);
    g_assert_cmpuint(expected, ==, 0);
    g_assert_cmpint(sipdiag_q850_check(488, 31, &expected), ==, SIPDIAG_CAUSE_CONSISTENT);
    g_assert_cmpint(sipdiag_q850_check(422, 31, &expected), ==, SIPDIAG_CAUSE_CONSISTENT);
    g_assert_cmpint(sipdiag_q850_check(486, 31, &expected), ==, SIPDIAG_CAUSE_INCONSISTENT);
    g_assert_cmpuint(expected, ==, 17);
    g_assert_cmpint(sipdiag_q850_check(302, 31, &expected), ==, SIPDIAG_CAUSE_INCONSISTENT);
    g_assert_cmpuint(expected, ==, 0);
    /* 16 on a failure other than 487 still contradicts it. */
    g_assert_cmpint(sipdiag_q850_check(488, 16, &expected), ==, SIPDIAG_CAUSE_INCONSISTENT);
    g_assert_cmpuint(expected, ==, 0);
    /* A cause the ISUP-to-SIP table sends as another code. */
    g_assert_cmpint(sipdiag_q850_check(487, 17, &expected), ==, SIPDIAG_CAUSE_INCONSISTENT);
    g_assert_cmpuint(expected, ==, 0);
    /* Neither table speaks of these pairs. */
    g_assert_cmpint(sipdiag_q850_check(487, 50, &expected), ==, SIPDIAG_CAUSE_UNKNOWN);
    g_assert_cmpint(sipdiag_q850_check(488, 50, &expected), ==, SIPDIAG_CAUSE_UNKNOWN);
    g_assert_cmpuint(expected, ==, 0);
    g_assert_cmpuint(sipdiag_q850_for_sip(404), ==, 1);
    g_assert_cmpuint(sipdiag_q850_for_sip(487), ==, 0);
    g_assert_cmpuint(sipdiag_q850_for_sip(488), ==, 0);
}

static void
test_q850_table(void)
{
    g_assert_cmpuint(sipdiag_q850_count, >=, 40);
    for (size_t i = 0; i < sipdiag_q850_count; i++) {
        const sipdiag_q850_row_t *row = &sipdiag_q850_rows[i];
        g_assert_cmpuint(row->cause, >=, 1);
        g_assert_cmpuint(row->cause, <=, 127);
        if (i > 0)
            g_assert_cmpuint(sipdiag_q850_rows[i - 1].cause, <, row->cause);
        g_assert_true(sipdiag_q850_lookup(row->cause) == row);
        g_assert_true(g_str_has_suffix(row->meaning, "."));
        g_assert_true(g_str_has_suffix(row->action, "."));
    }
    g_assert_null(sipdiag_q850_lookup(0));
    g_assert_null(sipdiag_q850_lookup(128));
    g_assert_cmpuint(sipdiag_q850_lookup(34)->sip_codes[0], ==, 503);
}

/* --- Warning ---------------------------------------------------------- */

static void
test_warning_parse(void)
{
    const char *value = "305 pbx.example.com \"Incompatible media format\", "
                        "392 10.0.0.1:5060 \"Noisy feedback tells: a, b\",399 x \"\"";
    sipdiag_warning_t w[4];
    g_assert_cmpuint(sipdiag_warning_parse(value, strlen(value), w, 4), ==, 3);
    g_assert_cmpuint(w[0].code, ==, 305);
    g_assert_cmpmem(w[0].agent, w[0].agent_len, "pbx.example.com", 15);
    g_assert_cmpmem(w[0].text, w[0].text_len, "Incompatible media format", 25);
    g_assert_cmpuint(w[1].code, ==, 392);
    g_assert_cmpmem(w[1].text, w[1].text_len, "Noisy feedback tells: a, b", 26);
    g_assert_cmpuint(w[2].code, ==, 399);
    g_assert_cmpuint(w[2].text_len, ==, 0);

    /* Malformed values are skipped, the good ones kept. */
    value = "30 a \"short code\", abc host \"x\", 399 \"no agent\", 370 host no-quotes, "
            "370 bw.example.net \"ok\"";
    g_assert_cmpuint(sipdiag_warning_parse(value, strlen(value), w, 4), ==, 1);
    g_assert_cmpuint(w[0].code, ==, 370);
    g_assert_cmpuint(sipdiag_warning_parse("", 0, w, 4), ==, 0);
    g_assert_cmpuint(sipdiag_warning_parse(NULL, 3, w, 4), ==, 0);
}

static void
test_warn_table(void)
{
    static const unsigned registered[] = { 300, 301, 302, 303, 304, 305, 306, 307, 308,
                                           330, 331, 370, 380, 381, 399 };
    for (size_t i = 0; i < G_N_ELEMENTS(registered); i++) {
        const sipdiag_warn_row_t *row = sipdiag_warn_lookup(registered[i]);
        g_assert_nonnull(row);
        g_assert_true(row->registered);
        g_assert_cmpuint(row->rfc, !=, 0);
    }
    g_assert_cmpstr(sipdiag_warn_lookup(305)->name, ==, "Incompatible media format");
    g_assert_false(sipdiag_warn_lookup(392)->registered);
    /* pjsip sends 399 (pjsip_warning_hdr_create_from_status); no stack is
     * known to send 390, so it has no row. */
    g_assert_null(sipdiag_warn_lookup(390));
    g_assert_nonnull(strstr(sipdiag_warn_lookup(399)->action, "pjsip"));
    g_assert_null(sipdiag_warn_lookup(398));
}

/* --- transfers -------------------------------------------------------- */

static void
test_transfer_states(void)
{
    g_assert_cmpint(sipdiag_transfer_state(202, 0, false), ==, SIPDIAG_TRANSFER_PENDING);
    g_assert_cmpint(sipdiag_transfer_state(202, 100, false), ==, SIPDIAG_TRANSFER_TRYING);
    g_assert_cmpint(sipdiag_transfer_state(202, 200, false), ==, SIPDIAG_TRANSFER_SUCCEEDED);
    g_assert_cmpint(sipdiag_transfer_state(202, 403, false), ==, SIPDIAG_TRANSFER_FAILED);
    g_assert_cmpint(sipdiag_transfer_state(403, 0, true), ==, SIPDIAG_TRANSFER_REFUSED);
    g_assert_cmpint(sipdiag_transfer_state(202, 100, true), ==, SIPDIAG_TRANSFER_NO_OUTCOME);
    g_assert_cmpint(sipdiag_transfer_state(202, 200, true), ==, SIPDIAG_TRANSFER_SUCCEEDED);
    for (int s = 0; s < SIPDIAG_TRANSFER_STATE_COUNT; s++)
        g_assert_nonnull(sipdiag_transfer_state_text((sipdiag_transfer_state_t)s));

    unsigned code = 0;
    g_assert_true(sipdiag_parse_status_line("SIP/2.0 403 Forbidden", 21, &code));
    g_assert_cmpuint(code, ==, 403);
    g_assert_true(sipdiag_parse_status_line("SIP/2.0 100", 11, &code));
    g_assert_cmpuint(code, ==, 100);
    g_assert_false(sipdiag_parse_status_line("SIP/2.0 4033 x", 14, &code));
    g_assert_false(sipdiag_parse_status_line("INVITE sip:a SIP/2.0", 20, &code));
    g_assert_false(sipdiag_parse_status_line("SIP/2.0 abc", 11, &code));
    g_assert_false(sipdiag_parse_status_line("SIP/2.0 999 Odd", 15, &code));
    g_assert_false(sipdiag_parse_status_line("SIP/2.0 000 Odd", 15, &code));
    g_assert_false(sipdiag_parse_status_line("SIP/2.0 ", 8, &code));
    g_assert_false(sipdiag_parse_status_line(NULL, 0, &code));
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/context/rules-decide", test_rules_decide);
    g_test_add_func("/context/rules-are-sound", test_rules_are_sound);
    g_test_add_func("/context/rules-with-unknown-facts", test_rules_with_unknown_facts);
    g_test_add_func("/context/evidence-text", test_evidence_text);
    g_test_add_func("/context/rules-documented", test_rules_documented);
    g_test_add_func("/context/class-severity", test_class_severity);
    g_test_add_func("/reason/parse", test_reason_parse);
    g_test_add_func("/reason/q850-consistency", test_q850_consistency);
    g_test_add_func("/reason/q850-table", test_q850_table);
    g_test_add_func("/warning/parse", test_warning_parse);
    g_test_add_func("/warning/table", test_warn_table);
    g_test_add_func("/transfer/states", test_transfer_states);
    return g_test_run();
}
