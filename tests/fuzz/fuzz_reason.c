/* fuzz_reason.c - libFuzzer harness for the Reason header parser
 * (src/reason.c, src/textscan.c) and the Q.850 tables it feeds.
 *
 * The input is a Reason header value, len-bounded and not NUL-terminated.
 * Each parsed value must point inside the input; each cause is looked up
 * and checked against a few status codes (one from the input's first
 * bytes, the cause itself, and the codes the plugin meets most).
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "fuzz_common.h"

#include "reason.h"

#define MAX_VALUES 16

static void
check_cause(unsigned code, unsigned cause)
{
    unsigned expected = 12345;
    sipdiag_cause_check_t check = sipdiag_q850_check(code, cause, &expected);
    FUZZ_CHECK(check == SIPDIAG_CAUSE_UNKNOWN || check == SIPDIAG_CAUSE_CONSISTENT
               || check == SIPDIAG_CAUSE_INCONSISTENT);
    FUZZ_CHECK(expected == sipdiag_q850_for_sip(code));
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *buf = fuzz_copy(data, size);
    sipdiag_reason_t out[MAX_VALUES];
    unsigned code_from_input = size >= 2 ? ((unsigned)data[0] << 8 | data[1]) % 1000u : 486u;

    /* With no room at all: the count only, nothing written. */
    size_t total = sipdiag_reason_parse(buf, size, NULL, 0);
    /* With as many slots as the plugin gives (SIPDIAG_MAX_VALUES = 4), and more. */
    size_t found4 = sipdiag_reason_parse(buf, size, out, 4);
    FUZZ_CHECK(found4 == total);
    size_t found = sipdiag_reason_parse(buf, size, out, MAX_VALUES);
    FUZZ_CHECK(found == total);
    FUZZ_CHECK(found <= size); /* each value takes at least one byte */

    for (size_t i = 0; i < found && i < MAX_VALUES; i++) {
        const sipdiag_reason_t *r = &out[i];
        FUZZ_CHECK(r->protocol == SIPDIAG_REASON_SIP || r->protocol == SIPDIAG_REASON_Q850
                   || r->protocol == SIPDIAG_REASON_OTHER);
        FUZZ_CHECK(r->protocol_len > 0);
        FUZZ_CHECK(fuzz_span_inside(buf, size, r->protocol_token, r->protocol_len));
        if (r->text != NULL)
            FUZZ_CHECK(fuzz_span_inside(buf, size, r->text, r->text_len));
        else
            FUZZ_CHECK(r->text_len == 0);
        if (!r->has_cause)
            continue;
        FUZZ_CHECK(r->cause <= 999999999u);
        const sipdiag_q850_row_t *row = sipdiag_q850_lookup(r->cause);
        if (row != NULL) {
            FUZZ_CHECK(row->cause == r->cause);
            FUZZ_CHECK(row->meaning != NULL && row->action != NULL);
        }
        check_cause(code_from_input, r->cause);
        check_cause(r->cause, r->cause);
        static const unsigned common[] = { 0, 99, 200, 403, 404, 480, 486, 487, 503, 603, 700, 999 };
        for (size_t k = 0; k < sizeof common / sizeof common[0]; k++)
            check_cause(common[k], r->cause);
    }
    /* The NULL value is documented to give nothing. */
    FUZZ_CHECK(sipdiag_reason_parse(NULL, size, out, MAX_VALUES) == 0);
    free(buf);
    return 0;
}
