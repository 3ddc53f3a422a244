/* textscan.c - bounded scanning of header values for the parsers.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "textscan.h"

#include <glib.h>
#include <string.h>

bool
span_next_item(span_t *rest, char sep, span_t *item)
{
    if (rest->len == 0)
        return false;
    /* Most items hold no quoted string: with no '"' before the first
     * separator, that separator ends the item (two memchr, no loop). */
    const char *at = memchr(rest->ptr, sep, rest->len);
    size_t i = at != NULL ? (size_t)(at - rest->ptr) : rest->len;
    if (memchr(rest->ptr, '"', i) != NULL) {
        bool quoted = false;
        for (i = 0; i < rest->len; i++) {
            char c = rest->ptr[i];
            if (quoted && c == '\\' && i + 1 < rest->len)
                i++;
            else if (c == '"')
                quoted = !quoted;
            else if (c == sep && !quoted)
                break;
        }
    }
    item->ptr = rest->ptr;
    item->len = i;
    if (i < rest->len)
        i++; /* the separator */
    rest->ptr += i;
    rest->len -= i;
    return true;
}

bool
span_to_uint(span_t s, unsigned *value)
{
    if (s.len == 0 || s.len > 9)
        return false;
    unsigned v = 0;
    for (size_t i = 0; i < s.len; i++) {
        if (!g_ascii_isdigit(s.ptr[i]))
            return false;
        v = v * 10 + (unsigned)(s.ptr[i] - '0');
    }
    *value = v;
    return true;
}

bool
span_equals(span_t s, const char *word)
{
    /* No call per character: the header readers compare every parameter
     * name.  Two bytes that differ only in bit 0x20 are the same letter
     * in two cases, if they are letters. */
    size_t i = 0;
    for (; i < s.len && word[i] != '\0'; i++) {
        char a = s.ptr[i], b = word[i];
        if (a != b && (a | 0x20) != (b | 0x20))
            return false;
        if (a != b && !g_ascii_isalpha(a))
            return false;
    }
    return i == s.len && word[i] == '\0';
}

span_t
span_unquote(span_t s)
{
    if (s.len >= 2 && s.ptr[0] == '"' && s.ptr[s.len - 1] == '"') {
        s.ptr++;
        s.len -= 2;
    } else if (s.len >= 1 && s.ptr[0] == '"') {
        /* An unterminated quote: keep what there is. */
        s.ptr++;
        s.len--;
    }
    return s;
}
