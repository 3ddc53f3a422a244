/* warning.c - Warning header values: warn-code SP warn-agent SP warn-text.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "warning.h"
#include "textscan.h"

/* Splits "399 host:5060 \"text\"" into its three parts; false if it is not
 * of that shape. */
static bool
parse_one(span_t item, sipdiag_warning_t *w)
{
    span_t code, agent;
    item = span_trim(item);
    if (!span_next_item(&item, ' ', &code) || !span_to_uint(code, &w->code) || code.len != 3)
        return false;
    item = span_trim(item);
    if (!span_next_item(&item, ' ', &agent) || agent.len == 0)
        return false;
    span_t text = span_trim(item);
    if (text.len == 0 || text.ptr[0] != '"')
        return false;
    text = span_unquote(text);
    w->agent = agent.ptr;
    w->agent_len = agent.len;
    w->text = text.ptr;
    w->text_len = text.len;
    return true;
}

size_t
sipdiag_warning_parse(const char *value, size_t len, sipdiag_warning_t *out, size_t max)
{
    span_t rest = { value, value != NULL ? len : 0 };
    span_t item;
    size_t found = 0;
    while (span_next_item(&rest, ',', &item)) {
        sipdiag_warning_t w;
        if (!parse_one(item, &w))
            continue;
        if (found < max)
            out[found] = w;
        found++;
    }
    return found;
}
