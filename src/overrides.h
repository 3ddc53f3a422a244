/* overrides.h - site overrides: a team's own words for a code, optionally
 * only for one method and one Reason cause ("403 from our SBC means the
 * prepaid balance is exhausted: check billing").
 *
 * The same rows come from Wireshark's "SIP diagnostics overrides" table
 * (file sipdiag_overrides in the profile) and from `sipdiag --overrides`.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef SIPDIAG_OVERRIDES_H
#define SIPDIAG_OVERRIDES_H

#include <glib.h>
#include <stdbool.h>

/* Longest text a row may hold. */
#define SIPDIAG_OVERRIDE_TEXT_MAX 2000

/* One validated row.  Empty texts keep the knowledge base's. */
typedef struct {
    unsigned code;
    char *method;        /* NULL: any method */
    unsigned cause;      /* 0: any Reason cause; else a Q.850 cause 1-127 */
    char *summary;
    char *description;
    char *scenario;
    char *remediation;
} sipdiag_override_t;

/* Checks one row as typed (all fields as text; method and cause may be
 * empty).  Returns NULL when it is fine, or a newly allocated message
 * saying what is wrong ("code '4x3' is not a status code (100-699)"). */
char *sipdiag_override_check(const char *code, const char *method, const char *cause,
                             const char *summary, const char *description, const char *scenario,
                             const char *remediation);

/* A set of rows; the most specific row wins a lookup. */
typedef struct sipdiag_overrides sipdiag_overrides_t;

sipdiag_overrides_t *sipdiag_overrides_new(void);
void sipdiag_overrides_free(sipdiag_overrides_t *set);

/* Adds a row that passed sipdiag_override_check(); copies the strings. */
void sipdiag_overrides_add(sipdiag_overrides_t *set, const char *code, const char *method,
                           const char *cause, const char *summary, const char *description,
                           const char *scenario, const char *remediation);

unsigned sipdiag_overrides_count(const sipdiag_overrides_t *set);

/* The row for a response: code, its CSeq method (may be NULL) and the Q.850
 * causes of its Reason headers (may be none).  Code + method + cause beats
 * code + method, which beats code + cause, which beats code alone.  NULL
 * when no row applies. */
const sipdiag_override_t *sipdiag_overrides_find(const sipdiag_overrides_t *set, unsigned code,
                                                 const char *method, const unsigned *causes,
                                                 unsigned n_causes);

/* Reads a file in the format of Wireshark's UAT files: one row per line,
 * seven double-quoted, comma-separated fields (code, method, cause,
 * summary, description, scenario, remediation), \xNN escapes, # comments.
 * Returns NULL with error set ("line 3: unknown method 'INVTE'"). */
sipdiag_overrides_t *sipdiag_overrides_load(const char *path, GError **error);

#endif /* SIPDIAG_OVERRIDES_H */
