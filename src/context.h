/* context.h - judging a response in its flow: is this 401 the normal
 * digest challenge or a wrong password, this 487 a cancelled call or a
 * mystery?  The plugin gathers the facts from the capture; the rules that
 * turn them into a verdict live here, as a table (context.c).
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef SIPDIAG_CONTEXT_H
#define SIPDIAG_CONTEXT_H

#include <stdbool.h>

#include "evidence.h"
#include "sipdiag.h"

/* What the capture says around a response.  Each fact is only set when the
 * capture shows it; an unset fact means "not seen", not "false". */
enum {
    SIPDIAG_FACT_REQUEST_SEEN = 1u << 0,   /* the request it answers is in the capture */
    SIPDIAG_FACT_CREDENTIALS = 1u << 1,    /* that request carried Authorization or
                                              Proxy-Authorization */
    SIPDIAG_FACT_IN_DIALOG = 1u << 2,      /* that request had a To tag: re-INVITE,
                                              mid-dialog request */
    SIPDIAG_FACT_CANCELLED = 1u << 3,      /* a CANCEL for that INVITE came before */
    SIPDIAG_FACT_REPEATED = 1u << 4,       /* the same code already answered the same
                                              method in an earlier transaction */
    SIPDIAG_FACT_CHALLENGE_LOOP = 1u << 5, /* refused credentials, after a challenge
                                              that had already refused them */
    SIPDIAG_FACT_STALE_NONCE = 1u << 6,    /* the challenge says stale=true */
    SIPDIAG_FACT_CREDENTIALS_REFUSED = 1u << 7, /* a 401/407 to a request that carried the
                                              header answering it (Authorization for
                                              401, Proxy-Authorization for 407) for the
                                              realm it challenges */
    SIPDIAG_FACT_PROVISIONAL = 1u << 8,    /* an 18x (not 100) answered that INVITE first */
    SIPDIAG_FACT_BYE_CROSSED = 1u << 9,    /* the other side sent a BYE in this call too */
    SIPDIAG_FACT_RESENT = 1u << 10,        /* that request was sent more than once */
    SIPDIAG_FACT_ANSWERED_BEFORE = 1u << 11, /* the transaction (for a CANCEL: its
                                              INVITE) already had a final response */
    SIPDIAG_FACT_RETRY_TOO_SHORT = 1u << 12, /* after a 422/423, the retry still offered
                                              less than the Min-SE/Min-Expires asked */
    SIPDIAG_FACT_RETRY_AFTER = 1u << 13,   /* the response carries Retry-After */
    SIPDIAG_FACT_EARLY_BYE = 1u << 14,     /* the INVITE's own side sent BYE on its early
                                              dialog before this response */
};

/* The facts a response shows by itself, known without its call's history. */
#define SIPDIAG_FACTS_OF_RESPONSE (SIPDIAG_FACT_STALE_NONCE | SIPDIAG_FACT_RETRY_AFTER)

typedef enum {
    SIPDIAG_VERDICT_NEUTRAL,   /* neither: the code speaks for itself, or the capture
                                  cannot tell (a rule may still explain why) */
    SIPDIAG_VERDICT_EXPECTED,  /* a normal outcome in this flow */
    SIPDIAG_VERDICT_FAULT      /* something to fix */
} sipdiag_verdict_t;

/* Expert Info severities, lowest first. */
typedef enum {
    SIPDIAG_SEVERITY_CHAT,
    SIPDIAG_SEVERITY_NOTE,
    SIPDIAG_SEVERITY_WARN,
    SIPDIAG_SEVERITY_ERROR
} sipdiag_severity_t;

/* A rule's texts in one language. */
typedef struct {
    const char *context;  /* why, in one line, no frame numbers: Expert Info groups by it */
    const char *evidence; /* the frames it rests on, in words: {request}, {challenge},
                             {cancel}, {provisional}, {bye}, {final}, {earlier} stand for
                             frame numbers, {credentials} and {realm} for the request's */
    const char *fix;      /* how to fix it, for this verdict, most likely cause first */
} sipdiag_rule_texts_t;

/* The languages rules are written in, in this order; others read English. */
#define SIPDIAG_RULE_LANGS 3

/* One rule: for these codes, answering these methods, when these facts
 * hold and those do not, the verdict is this, because of that. */
typedef struct {
    const char *id;           /* stable name, e.g. "credentials-refused" */
    unsigned code;
    const char *methods;      /* space-separated CSeq methods; NULL for any */
    unsigned require;         /* SIPDIAG_FACT_* that must all be set */
    unsigned forbid;          /* SIPDIAG_FACT_* that must all be unset */
    sipdiag_verdict_t verdict;
    sipdiag_severity_t severity;
    const char *source;       /* the RFC sections that decide */
    sipdiag_rule_texts_t texts[SIPDIAG_RULE_LANGS]; /* en, fr, es */
} sipdiag_rule_t;

/* The rules in the order they are tried; the first that matches decides.
 * docs/context-rules.md lists them for readers. */
extern const sipdiag_rule_t sipdiag_rules[];
extern const unsigned sipdiag_rule_count;

/* The first rule matching a response, or NULL (neutral). */
const sipdiag_rule_t *sipdiag_judge(unsigned code, const char *method, unsigned facts);

/* The same when only the facts in known were found out (a response read
 * without its call's history knows only what it says itself): rules that
 * read any other fact are left out, since its absence proves nothing. */
const sipdiag_rule_t *sipdiag_judge_known(unsigned code, const char *method, unsigned facts,
                                          unsigned known);

/* The rule's texts in a language (English for those without their own). */
const sipdiag_rule_texts_t *sipdiag_rule_texts(const sipdiag_rule_t *rule, sipdiag_lang_t lang);

/* The evidence kinds (bit per sipdiag_evidence_kind_t) a rule rests on:
 * the request, and the frames behind the facts it requires. */
unsigned sipdiag_rule_evidence_kinds(const sipdiag_rule_t *rule);

/* The rule's evidence sentence with its slots filled from evidence, newly
 * allocated (g_free); NULL when the rule has none or a slot is empty. */
char *sipdiag_rule_evidence_text(const sipdiag_rule_t *rule, sipdiag_lang_t lang,
                                 const sipdiag_evidence_t *evidence);

/* "Authorization", "Proxy-Authorization", both with ", ", or NULL. */
const char *sipdiag_credentials_name(unsigned credentials);

/* The short name of one SIPDIAG_FACT_* bit ("request-seen"), or NULL. */
const char *sipdiag_fact_name(unsigned fact);

/* "chat", "note", "warn", "error"; "expected", "fault", "neutral". */
const char *sipdiag_severity_key(sipdiag_severity_t severity);
const char *sipdiag_verdict_key(sipdiag_verdict_t verdict);

/* The severity a response gets without context: chat for 1xx/2xx, note for
 * 3xx, warn for 4xx, error for 5xx/6xx (and warn for an invalid code). */
sipdiag_severity_t sipdiag_class_severity(unsigned code);

#endif /* SIPDIAG_CONTEXT_H */
