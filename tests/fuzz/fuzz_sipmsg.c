/* fuzz_sipmsg.c - libFuzzer harness for the SIP message reader
 * (src/sipmsg.c), which reads packet bytes as the plugin hands them over.
 *
 * The input is a message's bytes, len-bounded and not NUL-terminated.
 * Every span must lie inside the input; a parsed message is a request with a
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
    sipdiag_sipmsg_t msg;
    bool parsed = sipdiag_sipmsg_read(buf, size, &msg);
    check_span(msg.method, buf, size);
    check_span(msg.cseq_method, buf, size);
    check_span(msg.call_id, buf, size);
    check_span(msg.code_digits, buf, size);
    check_span(msg.event, buf, size);
    check_span(msg.sipfrag_line, buf, size);
    check_span(msg.sip_body, buf, size);
    for (unsigned i = 0; i < msg.reasons.count && i < SIPDIAG_MAX_VALUES; i++)
        check_span(msg.reasons.values[i], buf, size);
    for (unsigned i = 0; i < msg.warnings.count && i < SIPDIAG_MAX_VALUES; i++)
        check_span(msg.warnings.values[i], buf, size);
    FUZZ_CHECK(parsed == (msg.is_request || msg.is_response));
    FUZZ_CHECK(!(msg.is_request && msg.is_response));
    FUZZ_CHECK(!msg.is_request || msg.method.len > 0);
    if (msg.is_response) {
        const char *d = msg.code_digits.ptr;
        FUZZ_CHECK(msg.code_digits.len == 3);
        FUZZ_CHECK(msg.code == (unsigned)((d[0] - '0') * 100 + (d[1] - '0') * 10 + (d[2] - '0')));
    }
    FUZZ_CHECK(parsed || (!msg.has_cseq && msg.call_id.len == 0 && !msg.has_to_tag
                          && msg.reasons.count == 0 && msg.sipfrag_line.len == 0));
    FUZZ_CHECK(!msg.has_cseq || msg.cseq <= 0x7fffffffu);
    FUZZ_CHECK(msg.cseq_method.len == 0 || msg.has_cseq);
    free(buf);
    return 0;
}
