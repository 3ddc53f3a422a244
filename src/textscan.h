/* textscan.h - small helpers for the header parsers: bounded, no
 * allocation, never reading past the end they are given.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef SIPDIAG_TEXTSCAN_H
#define SIPDIAG_TEXTSCAN_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

/* A piece of text: start and length, not NUL-terminated. */
typedef struct {
    const char *ptr;
    size_t len;
} span_t;

/* Space, tab, CR or LF. */
static inline bool
span_is_blank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* The span without the blanks around it.  Inline: the header readers
 * trim every value and parameter. */
static inline span_t
span_trim(span_t s)
{
    while (s.len > 0 && span_is_blank(s.ptr[0])) {
        s.ptr++;
        s.len--;
    }
    while (s.len > 0 && span_is_blank(s.ptr[s.len - 1]))
        s.len--;
    return s;
}

/* Cuts the first item off *rest at the first sep outside a quoted string
 * (backslash escapes honoured) and returns it; *rest becomes what follows
 * the separator.  Returns false when *rest is empty. */
bool span_next_item(span_t *rest, char sep, span_t *item);

/* The line at *rest without its CR LF (or bare LF); *rest moves past it. */
static inline span_t
span_next_line(span_t *rest)
{
    const char *lf = memchr(rest->ptr, '\n', rest->len);
    size_t end = lf != NULL ? (size_t)(lf - rest->ptr) : rest->len;
    span_t line = { rest->ptr, end };
    size_t skip = lf != NULL ? end + 1 : end;
    rest->ptr += skip;
    rest->len -= skip;
    if (line.len > 0 && line.ptr[line.len - 1] == '\r')
        line.len--;
    return line;
}

/* A decimal number of 1 to 9 digits and nothing else. */
bool span_to_uint(span_t s, unsigned *value);

/* Case-insensitive comparison with a C string. */
bool span_equals(span_t s, const char *word);

/* The inside of a quoted string ("a \"b\"" gives a \"b\"), or s itself. */
span_t span_unquote(span_t s);

#endif /* SIPDIAG_TEXTSCAN_H */
