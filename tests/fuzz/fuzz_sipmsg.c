/* fuzz_sipmsg.c - libFuzzer harness for the SIP message reader
 * (src/sipmsg.c), which reads packet bytes as the plugin hands them over.
 *
 * The input is a message's bytes, len-bounded and not NUL-terminated.
 * Every span must lie inside the input; a parsed head is a request with a
 * method or a response with a code of three digits where the span says;
 * a CSeq number is below 2**31.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "fuzz_common.h"

#include "sipmsg.h"

static void
check_span(span_t s, const char *buf, size_t size)
{
    if (s.len == 0)
        return;
    FUZZ_CHECK(s.ptr >= buf && s.ptr + s.len <= buf + size);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *buf = fuzz_copy(data, size);
    sipdiag_sipmsg_t head;
    bool parsed = sipdiag_sipmsg_read(buf, size, &head);
    check_span(head.method, buf, size);
    check_span(head.cseq_method, buf, size);
    check_span(head.call_id, buf, size);
    check_span(head.code_digits, buf, size);
    check_span(head.event, buf, size);
    check_span(head.sipfrag_line, buf, size);
    check_span(head.sip_body, buf, size);
    for (unsigned i = 0; i < head.reasons.count && i < SIPDIAG_MAX_VALUES; i++)
        check_span(head.reasons.values[i], buf, size);
    for (unsigned i = 0; i < head.warnings.count && i < SIPDIAG_MAX_VALUES; i++)
        check_span(head.warnings.values[i], buf, size);
    FUZZ_CHECK(parsed == (head.is_request || head.is_response));
    FUZZ_CHECK(!(head.is_request && head.is_response));
    FUZZ_CHECK(!head.is_request || head.method.len > 0);
    if (head.is_response) {
        const char *d = head.code_digits.ptr;
        FUZZ_CHECK(head.code_digits.len == 3);
        FUZZ_CHECK(head.code == (unsigned)((d[0] - '0') * 100 + (d[1] - '0') * 10 + (d[2] - '0')));
    }
    FUZZ_CHECK(parsed || (!head.has_cseq && head.call_id.len == 0 && !head.has_to_tag
                          && head.reasons.count == 0 && head.sipfrag_line.len == 0));
    FUZZ_CHECK(!head.has_cseq || head.cseq <= 0x7fffffffu);
    FUZZ_CHECK(head.cseq_method.len == 0 || head.has_cseq);
    free(buf);
    return 0;
}
