/* sipdiag.h - the SIP response knowledge base: what every status code means,
 * when it shows up on real networks and how to fix it.
 *
 * This library knows nothing of epan: the Wireshark plugin and the `sipdiag`
 * command are two front ends on the same data.  Lookups are O(1) and never
 * allocate, so the plugin can call them for every response of a capture.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef SIPDIAG_H
#define SIPDIAG_H

#include <stdbool.h>
#include <stddef.h>

/* Status codes live in 100..699 (RFC 3261 §7.2). */
#define SIPDIAG_CODE_MIN 100u
#define SIPDIAG_CODE_MAX 699u

/* The six response classes, numbered like the first digit of the code. */
typedef enum {
    SIPDIAG_CLASS_INVALID = 0,
    SIPDIAG_CLASS_PROVISIONAL = 1,
    SIPDIAG_CLASS_SUCCESS = 2,
    SIPDIAG_CLASS_REDIRECTION = 3,
    SIPDIAG_CLASS_CLIENT_FAILURE = 4,
    SIPDIAG_CLASS_SERVER_FAILURE = 5,
    SIPDIAG_CLASS_GLOBAL_FAILURE = 6
} sipdiag_class_t;

/* What kind of problem (or progress) a code reports; one per code, chosen so
 * that an engineer filtering on it gets the codes that share a root cause and
 * a first place to look.  docs/categories.md explains each one. */
typedef enum {
    SIPDIAG_CAT_PROGRESS,       /* 1xx: the request is being worked on */
    SIPDIAG_CAT_SUCCESS,        /* the request did what was asked */
    SIPDIAG_CAT_REDIRECTION,    /* go and ask somewhere else */
    SIPDIAG_CAT_AUTHENTICATION, /* digest challenges and credentials */
    SIPDIAG_CAT_POLICY,         /* refused by rule, whatever the credentials */
    SIPDIAG_CAT_ADDRESSING,     /* the target does not exist or is ambiguous */
    SIPDIAG_CAT_AVAILABILITY,   /* the user exists but will not or cannot talk */
    SIPDIAG_CAT_MEDIA,          /* SDP offer/answer and preconditions */
    SIPDIAG_CAT_EXTENSION,      /* option tags, Require/Supported, packages */
    SIPDIAG_CAT_CAPABILITY,     /* methods, body types, URI schemes, versions */
    SIPDIAG_CAT_PROTOCOL,       /* malformed or oversized messages */
    SIPDIAG_CAT_ROUTING,        /* loops, hop limits, forking limits */
    SIPDIAG_CAT_TIMEOUT,        /* nothing came back in time */
    SIPDIAG_CAT_TIMER,          /* Session-Expires / Expires negotiation */
    SIPDIAG_CAT_DIALOG,         /* transaction and dialog state: 481, 487, 491 */
    SIPDIAG_CAT_EVENTS,         /* SUBSCRIBE/NOTIFY/PUBLISH/REFER machinery */
    SIPDIAG_CAT_IDENTITY,       /* STIR/SHAKEN Identity header */
    SIPDIAG_CAT_SECURITY,       /* S/MIME and security agreement */
    SIPDIAG_CAT_CONNECTIVITY,   /* SIP Outbound flows */
    SIPDIAG_CAT_OVERLOAD,       /* back off and retry later */
    SIPDIAG_CAT_SERVER_FAULT,   /* the server or the next hop broke */
    SIPDIAG_CAT_COUNT
} sipdiag_category_t;

/* How much the knowledge base can vouch for a code. */
typedef enum {
    SIPDIAG_REGISTERED,   /* in the IANA SIP Response Codes registry */
    SIPDIAG_LEGACY,       /* defined by RFC 2543 only, dropped by RFC 3261 */
    SIPDIAG_UNREGISTERED, /* in range but unknown: treated as x00 of its class */
    SIPDIAG_INVALID       /* below 100 or above 699: not a SIP status code */
} sipdiag_status_t;

/* Languages the texts and headings exist in. */
typedef enum {
    SIPDIAG_LANG_EN,
    SIPDIAG_LANG_FR,
    SIPDIAG_LANG_ES,
    SIPDIAG_LANG_DE,
    SIPDIAG_LANG_PT,
    SIPDIAG_LANG_IT,
    SIPDIAG_LANG_COUNT
} sipdiag_lang_t;

/* One row of the registry: the facts about a code that do not depend on
 * the language. */
typedef struct {
    unsigned code;
    const char *phrase;           /* the registered reason phrase, exactly */
    unsigned rfc;                 /* the defining RFC */
    sipdiag_category_t category;
    sipdiag_status_t status;      /* SIPDIAG_REGISTERED or SIPDIAG_LEGACY */
} sipdiag_code_row_t;

/* One row of a language's table: the texts we wrote for a code. */
typedef struct {
    unsigned code;
    const char *summary;     /* one line, for Expert Info and listings */
    const char *description; /* what the code means, per its RFC */
    const char *scenario;    /* when you see it: who sends it and why */
    const char *remediation; /* how to fix it, most likely cause first */
} sipdiag_text_row_t;

/* The answer to "what is code N?".  Filled by sipdiag_lookup(), no
 * allocation; the pointers refer to static tables. */
typedef struct {
    unsigned code;                  /* the code asked about */
    sipdiag_status_t status;
    sipdiag_class_t klass;          /* SIPDIAG_CLASS_INVALID when invalid */
    const sipdiag_code_row_t *row;  /* the row whose facts and texts apply:
                                       the code's own, or x00 of its class for
                                       an unregistered code; NULL if invalid */
} sipdiag_lookup_t;

/* Section headings of a code page and of a comparison page. */
typedef enum {
    SIPDIAG_HEADING_DESCRIPTION,
    SIPDIAG_HEADING_SCENARIO,
    SIPDIAG_HEADING_REMEDIATION,
    SIPDIAG_HEADING_KEY_DIFFERENCES,
    SIPDIAG_HEADING_WHEN_TO_USE,
    SIPDIAG_HEADING_COUNT
} sipdiag_heading_t;

/* --- the registry (kb.c) --------------------------------------------- */

/* Classifies any number and finds the row that speaks for it.  Returns
 * false only for an invalid code (out->row is then NULL). */
bool sipdiag_lookup(unsigned code, sipdiag_lookup_t *out);

/* The registered and legacy rows in code order, for listings and tests. */
const sipdiag_code_row_t *sipdiag_rows(size_t *count);

/* Parses a status code written in decimal ("486"): exactly three digits,
 * nothing else.  Returns false for anything else. */
bool sipdiag_parse_code(const char *text, size_t len, unsigned *code);

/* --- texts and names (texts.c, headings.c) --------------------------- */

/* The texts of a row in a language; falls back to English where a
 * translation is missing.  NULL only if English lacks the row, which the
 * unit tests rule out. */
const sipdiag_text_row_t *sipdiag_texts(const sipdiag_code_row_t *row,
                                        sipdiag_lang_t lang);

/* "Client Failure" and friends, translated; NULL for SIPDIAG_CLASS_INVALID. */
const char *sipdiag_class_name(sipdiag_class_t klass, sipdiag_lang_t lang);

/* The category's key ("authentication"), as used in filters and JSON. */
const char *sipdiag_category_key(sipdiag_category_t category);

/* "registered", "legacy", "unregistered", "invalid". */
const char *sipdiag_status_key(sipdiag_status_t status);

const char *sipdiag_heading(sipdiag_heading_t heading, sipdiag_lang_t lang);

/* "en", "fr"... to the enum and back; false for an unknown code. */
bool sipdiag_lang_from_code(const char *code, sipdiag_lang_t *lang);
const char *sipdiag_lang_code(sipdiag_lang_t lang);

/* True when the language has its own full text table, not only headings. */
bool sipdiag_lang_has_texts(sipdiag_lang_t lang);

/* How long a text's first sentence is: up to its first ". ", or all of it
 * (a fix's first step, for one-line summaries). */
size_t sipdiag_first_sentence_length(const char *text);

/* How much of text's first length bytes to keep so that at most max are
 * shown: all of them, else up to the last word that fits (max itself when
 * no blank comes before it); the caller marks the cut. */
size_t sipdiag_word_cut(const char *text, size_t length, size_t max);

/* Writes value in decimal at out, no NUL, and returns how many bytes (at
 * most SIPDIAG_DECIMAL_MAX): for lines written on hot paths without printf. */
#define SIPDIAG_DECIMAL_MAX 10
size_t sipdiag_decimal(unsigned value, char *out);

/* --- methods (methods.c) ------------------------------------------------ */

#define SIPDIAG_METHOD_OTHER 0u
#define SIPDIAG_METHOD_COUNT 15u  /* ids run from 0 (other) to 14 */

/* A known SIP method's id (1..14), or SIPDIAG_METHOD_OTHER. */
unsigned sipdiag_method_id(const char *method);

/* The name of a known method's id; NULL for SIPDIAG_METHOD_OTHER. */
const char *sipdiag_method_name(unsigned id);

/* --- pages (page.c): strings shared by the command and the plugin -------- */

/* "SIP 403 Forbidden"; for an unregistered code just "SIP 499".  Newly
 * allocated, free with g_free(). */
char *sipdiag_title(const sipdiag_lookup_t *lk);

/* Writes why a code is not simply registered into buf ("" when it is):
 * "legacy code of RFC 2543, not in the IANA registry", or "unregistered
 * code, handled as 400 Bad Request (RFC 3261 §8.1.3.2)".  Always
 * NUL-terminates; truncates to size. */
void sipdiag_status_note(const sipdiag_lookup_t *lk, char *buf, size_t size);

/* "202 is a 2xx Success response, while 403 is a 4xx Client Failure
 * response", in the language.  Newly allocated, free with g_free(). */
char *sipdiag_class_line(const sipdiag_lookup_t *a, const sipdiag_lookup_t *b,
                         sipdiag_lang_t lang);

#endif /* SIPDIAG_H */
