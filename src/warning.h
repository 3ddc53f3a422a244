/* warning.h - the Warning header (RFC 3261 §20.43): warn-codes and their
 * meaning, and parsing its values.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef SIPDIAG_WARNING_H
#define SIPDIAG_WARNING_H

#include <stdbool.h>
#include <stddef.h>

typedef struct {
    unsigned code;
    bool registered;          /* in the IANA warn-codes registry */
    const char *name;         /* the registry's text, or who uses it */
    unsigned rfc;             /* defining RFC; 0 for unregistered ones */
    const char *meaning;      /* what the warning says, one sentence */
    const char *action;       /* what to check, one or two sentences */
} sipdiag_warn_row_t;

extern const sipdiag_warn_row_t sipdiag_warn_rows[];
extern const size_t sipdiag_warn_count;

/* The row of a warn-code, or NULL for one we have no words for. */
const sipdiag_warn_row_t *sipdiag_warn_lookup(unsigned code);

/* One warning-value; the spans point into the parsed text. */
typedef struct {
    unsigned code;
    const char *agent;        /* warn-agent: host[:port] or pseudonym */
    size_t agent_len;
    const char *text;         /* warn-text without its quotes */
    size_t text_len;
} sipdiag_warning_t;

/* Parses a Warning header value (comma-separated warning-values).  Fills at
 * most max entries and returns how many well-formed ones there were; a
 * malformed value is skipped.  Never reads past len. */
size_t sipdiag_warning_parse(const char *value, size_t len, sipdiag_warning_t *out, size_t max);

#endif /* SIPDIAG_WARNING_H */
