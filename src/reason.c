/* reason.c - Reason header values, and whether a Q.850 cause agrees with
 * its response's status code.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "reason.h"
#include "textscan.h"

/* RFC 3398 §8.2.6.1: the ISUP cause a gateway sends for a SIP failure. */
static const struct {
    unsigned code;
    unsigned cause;
} sip_to_q850[] = {
    { 400, 41 }, { 401, 21 }, { 402, 21 }, { 403, 21 }, { 404, 1 }, { 405, 63 },
    { 406, 79 }, { 407, 21 }, { 408, 102 }, { 410, 22 }, { 413, 127 }, { 414, 127 },
    { 415, 79 }, { 416, 127 }, { 420, 127 }, { 421, 127 }, { 423, 127 }, { 480, 18 },
    { 481, 41 }, { 482, 25 }, { 483, 25 }, { 484, 28 }, { 485, 1 }, { 486, 17 },
    { 500, 41 }, { 501, 79 }, { 502, 38 }, { 503, 41 }, { 504, 102 }, { 505, 127 },
    { 513, 127 }, { 600, 17 }, { 603, 21 }, { 604, 1 },
};

unsigned
sipdiag_q850_for_sip(unsigned code)
{
    for (size_t i = 0; i < sizeof sip_to_q850 / sizeof sip_to_q850[0]; i++) {
        if (sip_to_q850[i].code == code)
            return sip_to_q850[i].cause;
    }
    return 0;
}

sipdiag_cause_check_t
sipdiag_q850_check(unsigned code, unsigned cause, unsigned *expected_cause)
{
    const sipdiag_q850_row_t *row = sipdiag_q850_lookup(cause);
    unsigned mapped_cause = sipdiag_q850_for_sip(code);

    *expected_cause = mapped_cause;
    if (mapped_cause == cause)
        return SIPDIAG_CAUSE_CONSISTENT;
    if (row != NULL) {
        for (size_t i = 0; i < 3 && row->sip_codes[i] != 0; i++) {
            if (row->sip_codes[i] == code)
                return SIPDIAG_CAUSE_CONSISTENT;
        }
    }
    /* Cause 16, normal clearing, belongs on BYE and CANCEL: on a failure
     * response it contradicts any code.  Other causes without a mapping,
     * on a code without one, are pairs no table speaks of. */
    bool cause_is_mapped = row != NULL && (row->sip_codes[0] != 0 || cause == 16);
    if (mapped_cause == 0 && !cause_is_mapped)
        return SIPDIAG_CAUSE_UNKNOWN;
    return SIPDIAG_CAUSE_INCONSISTENT;
}

/* Reads the parameters of one reason-value into r. */
static void
parse_params(span_t params, sipdiag_reason_t *r)
{
    span_t param;
    while (span_next_item(&params, ';', &param)) {
        span_t name, rest = param;
        if (!span_next_item(&rest, '=', &name))
            continue; /* an empty parameter, as in "Q.850;;cause=16" */
        name = span_trim(name);
        span_t value = span_trim(rest);
        if (span_equals(name, "cause")) {
            r->has_cause = span_to_uint(value, &r->cause);
        } else if (span_equals(name, "text")) {
            value = span_unquote(value);
            r->text = value.ptr;
            r->text_len = value.len;
        }
    }
}

size_t
sipdiag_reason_parse(const char *value, size_t len, sipdiag_reason_t *out, size_t max)
{
    span_t rest = { value, value != NULL ? len : 0 };
    span_t item;
    size_t found = 0;

    while (span_next_item(&rest, ',', &item)) {
        item = span_trim(item);
        if (item.len == 0)
            continue;
        span_t protocol;
        span_next_item(&item, ';', &protocol);
        protocol = span_trim(protocol);
        if (protocol.len == 0)
            continue;
        if (found < max) {
            sipdiag_reason_t *r = &out[found];
            *r = (sipdiag_reason_t){ .protocol = SIPDIAG_REASON_OTHER,
                                     .protocol_token = protocol.ptr,
                                     .protocol_len = protocol.len };
            if (span_equals(protocol, "SIP"))
                r->protocol = SIPDIAG_REASON_SIP;
            else if (span_equals(protocol, "Q.850"))
                r->protocol = SIPDIAG_REASON_Q850;
            parse_params(item, r);
        }
        found++;
    }
    return found;
}
