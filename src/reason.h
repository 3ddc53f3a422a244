/* reason.h - the Reason header (RFC 3326, RFC 6432, RFC 9366): parsing its
 * values, what a Q.850 cause means, and whether it agrees with the SIP
 * status code it rides on (RFC 3398).
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef SIPDIAG_REASON_H
#define SIPDIAG_REASON_H

#include <stdbool.h>
#include <stddef.h>

/* What we know of a Q.850 cause.  Its name comes from Wireshark's own
 * q850_cause_code_vals in the plugin; here are our words on it. */
typedef struct {
    unsigned cause;
    const char *meaning;       /* what happened, one sentence */
    const char *action;        /* what to check, one or two sentences */
    unsigned sip_codes[3];     /* the SIP codes RFC 3398 (or the Q.1912.5 /
                                  RFC 4497 tables) map the cause to; 0 ends
                                  the list, empty when the cause belongs on
                                  BYE/CANCEL rather than on a response */
} sipdiag_q850_row_t;

extern const sipdiag_q850_row_t sipdiag_q850_rows[];
extern const size_t sipdiag_q850_count;

/* The row of a cause, or NULL when we have no words for it. */
const sipdiag_q850_row_t *sipdiag_q850_lookup(unsigned cause);

typedef enum {
    SIPDIAG_REASON_SIP,
    SIPDIAG_REASON_Q850,
    SIPDIAG_REASON_OTHER
} sipdiag_reason_protocol_t;

/* One reason-value; the spans point into the parsed text. */
typedef struct {
    sipdiag_reason_protocol_t protocol;
    const char *protocol_token;   /* as written ("Q.850", "SIP", "RELEASE_CAUSE") */
    size_t protocol_len;
    bool has_cause;
    unsigned cause;
    const char *text;             /* the text= parameter, without quotes */
    size_t text_len;
} sipdiag_reason_t;

/* Parses a Reason header value (several comma-separated reason-values,
 * commas inside quoted text respected).  Fills at most max entries and
 * returns how many there were; never reads past len. */
size_t sipdiag_reason_parse(const char *value, size_t len, sipdiag_reason_t *out, size_t max);

typedef enum {
    SIPDIAG_CAUSE_UNKNOWN,      /* neither table speaks of this pair */
    SIPDIAG_CAUSE_CONSISTENT,
    SIPDIAG_CAUSE_INCONSISTENT
} sipdiag_cause_check_t;

/* Whether a Q.850 cause agrees with the status code of its response:
 * consistent when RFC 3398 maps either one to the other, including the
 * cause 31 its §8.2.6.1 gives every 4xx-6xx code the table has no cause
 * for (487, 488, 606, 422, ...), and cause 16 on a 487, the end of a
 * cancelled INVITE.  Inconsistent when a table maps the code or the cause
 * elsewhere; unknown when neither table speaks of the pair.
 * *expected_cause is the cause RFC 3398's table lists for the code (0 if
 * none, even where the default 31 applies). */
sipdiag_cause_check_t sipdiag_q850_check(unsigned code, unsigned cause, unsigned *expected_cause);

/* The Q.850 cause RFC 3398 §8.2.6.1 maps a SIP code to, or 0. */
unsigned sipdiag_q850_for_sip(unsigned code);

#endif /* SIPDIAG_REASON_H */
