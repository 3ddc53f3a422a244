/* reason.c - Reason header values, and whether a Q.850 cause agrees with
 * its response's status code.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "reason.h"
#include "textscan.h"

/* RFC 3398 §8.2.6.1: the ISUP cause a gateway sends for a SIP failure.
 * 487 ("no mapping"), 488 and 606 ("by Warning header") are in the RFC's
 * table without a cause, so they are left out here like the codes the
 * table omits. */
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

/* RFC 3398 §8.2.6.1: "Any SIP status codes not listed below [...] should be
 * mapping to cause code 31 'Normal, unspecified'", and "the BYE and CANCEL
 * requests [...] SHOULD be mapped to 16 'Normal clearing'". */
enum { CAUSE_NORMAL_CLEARING = 16, CAUSE_NORMAL_UNSPECIFIED = 31 };

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
    /* A failure the table gives no cause of its own falls back to 31. */
    bool takes_default_cause = mapped_cause == 0 && code >= 400 && code <= 699;

    *expected_cause = mapped_cause;
    if (mapped_cause == cause)
        return SIPDIAG_CAUSE_CONSISTENT;
    if (takes_default_cause && cause == CAUSE_NORMAL_UNSPECIFIED)
        return SIPDIAG_CAUSE_CONSISTENT;
    if (row != NULL) {
        for (size_t i = 0; i < 3 && row->sip_codes[i] != 0; i++) {
            if (row->sip_codes[i] == code)
                return SIPDIAG_CAUSE_CONSISTENT;
        }
    }
    /* Cause 16 is what a CANCEL maps to, and a cancelled INVITE ends in 487
     * (RFC 3261 §9.2), so the pair is the ordinary end of a cancelled call.
     * On any other failure response, 16 (a call cleared normally, which RFC
     * 3398 §7.2.4.1 turns into BYE or CANCEL, never a response) contradicts
     * the code. */
    if (cause == CAUSE_NORMAL_CLEARING)
        return code == 487 ? SIPDIAG_CAUSE_CONSISTENT : SIPDIAG_CAUSE_INCONSISTENT;
    /* A code without a cause of its own and a cause no table maps to a
     * response: neither table speaks of the pair. */
    bool cause_is_mapped = row != NULL && row->sip_codes[0] != 0;
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
