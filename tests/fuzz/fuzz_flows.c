/* fuzz_flows.c - libFuzzer harness for the flow model (src/flows.c): any
 * sequence of requests and responses, in any order, over a few calls,
 * branches, tags and realms, with a call cap of 3 so that the cap is hit.
 * Every 8 input bytes are one message:
 *   byte 0  flags: bit 0 response, bit 1 has CSeq, bit 2 To tag, bit 3
 *           stale, bit 4 Retry-After, bits 5-6 credentials, bit 7 no Call-ID
 *   byte 1  method (a known one by index, or an unknown one)
 *   bytes 2-3 the code (big-endian, any value)
 *   byte 4  CSeq number
 *   byte 5  Call-ID (low 2 bits), branch (next 2, 0: none), From tag (next 2)
 *   byte 6  realm (low 2 bits, 0: none), timer value (the rest)
 *   byte 7  Min-SE / Min-Expires / Expires selector and value
 * Checks: evidence names only frames already seen, at most the current
 * one; the rule the facts lead to renders its evidence or says nothing.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "fuzz_common.h"

#include "context.h"
#include "flows.h"

#include <glib.h>

static const char *const methods[] = {
    "INVITE", "ACK", "BYE", "CANCEL", "REGISTER", "OPTIONS", "SUBSCRIBE", "NOTIFY",
    "REFER", "UPDATE", "MESSAGE", "PRACK", "INFO", "PUBLISH", "X-UNKNOWN",
};
static const char *const call_ids[] = { "a@h", "b@h", "c@h", "d@h" };
static const char *const names[] = { NULL, "z9hG4bK1", "z9hG4bK2", "z9hG4bK3" };
static const char *const tags[] = { NULL, "t1", "t2", "t3" };
static const char *const realms[] = { NULL, "r1", "r2", "r3" };

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    sipdiag_flows_t *flows = sipdiag_flows_new(3);
    uint32_t frame = 0;
    for (size_t at = 0; at + 8 <= size; at += 8) {
        const uint8_t *b = data + at;
        int64_t value = b[6] >> 2;
        sipdiag_flow_msg_t m = {
            .frame = ++frame,
            .is_response = b[0] & 1,
            .has_cseq = (b[0] >> 1) & 1,
            .has_to_tag = (b[0] >> 2) & 1,
            .stale_nonce = (b[0] >> 3) & 1,
            .retry_after = (b[0] >> 4) & 1,
            .credentials = (b[0] >> 5) & 3,
            .method = methods[b[1] % G_N_ELEMENTS(methods)],
            .code = (unsigned)b[2] << 8 | b[3],
            .cseq = b[4],
            .call_id = (b[0] & 0x80) ? NULL : call_ids[b[5] & 3],
            .via_branch = names[(b[5] >> 2) & 3],
            .from_tag = tags[(b[5] >> 4) & 3],
            .realm = realms[b[6] & 3],
            .session_expires = (b[7] & 3) == 0 ? -1 : value,
            .min_se = (b[7] & 3) == 1 ? value : -1,
            .expires = (b[7] & 3) == 2 ? value : -1,
            .min_expires = (b[7] & 3) == 3 ? b[7] >> 2 : -1,
        };
        if (!m.is_response) {
            (void)sipdiag_flows_request(flows, &m);
            continue;
        }
        sipdiag_evidence_t evidence;
        bool untracked = false;
        unsigned facts = sipdiag_flows_response(flows, &m, &evidence, &untracked);
        FUZZ_CHECK((facts & sipdiag_flows_own_facts(&m)) == sipdiag_flows_own_facts(&m));
        for (unsigned kind = 0; kind < SIPDIAG_EVIDENCE_COUNT; kind++)
            FUZZ_CHECK(evidence.frames[kind] <= frame);
        FUZZ_CHECK(evidence.frames[SIPDIAG_EVIDENCE_REQUEST] < frame);
        FUZZ_CHECK(!untracked || facts == sipdiag_flows_own_facts(&m));
        const sipdiag_rule_t *rule = sipdiag_judge(m.code, m.method, facts);
        if (rule != NULL) {
            char *in_words = sipdiag_rule_evidence_text(rule, SIPDIAG_LANG_EN, &evidence);
            FUZZ_CHECK(in_words == NULL || strchr(in_words, '{') == NULL);
            g_free(in_words);
        }
    }
    sipdiag_flows_free(flows);
    return 0;
}
