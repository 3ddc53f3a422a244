/* fuzz_context.c - libFuzzer harness for the context rules (src/context.c):
 * sipdiag_judge(code, method, facts) as the plugin calls it for every
 * response, and the rule's texts and evidence sentence.  Input layout:
 * bytes 0-1 the code (big-endian, any value, so also 000 and 999), bytes
 * 2-3 the facts, byte 4 flags (bit 0: no method, bit 1: facts with every
 * high bit set, bits 2-4: which evidence frames are empty), the rest the
 * CSeq method.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "fuzz_common.h"

#include "context.h"

#include <glib.h>

/* Whether word is one of the space-separated words of list. */
static int
listed(const char *list, const char *word)
{
    size_t n = strlen(word);
    const char *p = list;
    while (*p != '\0') {
        size_t len = strcspn(p, " ");
        if (len == n && strncmp(p, word, n) == 0)
            return 1;
        p += len;
        p += strspn(p, " ");
    }
    return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 5)
        return 0;
    unsigned code = (unsigned)data[0] << 8 | data[1];
    unsigned facts = (unsigned)data[2] << 8 | data[3];
    unsigned flags = data[4];
    if (flags & 2)
        facts |= 0xffff0000u;
    char *method = (flags & 1) ? NULL : fuzz_cstring(data + 5, size - 5);

    const sipdiag_rule_t *rule = sipdiag_judge(code, method, facts);
    if (rule != NULL) {
        FUZZ_CHECK(rule >= sipdiag_rules && rule < sipdiag_rules + sipdiag_rule_count);
        FUZZ_CHECK(rule->code == code);
        FUZZ_CHECK((facts & rule->require) == rule->require);
        FUZZ_CHECK((facts & rule->forbid) == 0);
        if (rule->methods != NULL)
            FUZZ_CHECK(method != NULL && listed(rule->methods, method));
        FUZZ_CHECK(sipdiag_verdict_key(rule->verdict) != NULL);
        FUZZ_CHECK(sipdiag_severity_key(rule->severity) != NULL);
        /* Its texts in every language, and its evidence in words with some
         * frames missing: a sentence, or none, never a half-filled one. */
        sipdiag_evidence_t evidence = { .credentials = flags >> 5, .realm = "realm" };
        for (unsigned kind = 0; kind < SIPDIAG_EVIDENCE_COUNT; kind++)
            evidence.frames[kind] = (flags >> (2 + kind % 3)) & 1 ? 0 : kind + 1;
        for (unsigned lang = 0; lang < SIPDIAG_LANG_COUNT; lang++) {
            const sipdiag_rule_texts_t *texts = sipdiag_rule_texts(rule, (sipdiag_lang_t)lang);
            FUZZ_CHECK(texts->context != NULL && texts->fix != NULL && texts->evidence != NULL);
            char *in_words = sipdiag_rule_evidence_text(rule, (sipdiag_lang_t)lang, &evidence);
            FUZZ_CHECK(in_words == NULL || strchr(in_words, '{') == NULL);
            g_free(in_words);
        }
    }
    /* Also a code in range built from the same bytes. */
    (void)sipdiag_judge(100 + code % 600, method, facts);
    FUZZ_CHECK(sipdiag_severity_key(sipdiag_class_severity(code)) != NULL);
    for (unsigned bit = 0; bit < 32; bit++) {
        const char *name = sipdiag_fact_name(1u << bit);
        FUZZ_CHECK(name == NULL || name[0] != '\0');
    }
    (void)sipdiag_fact_name(facts);
    (void)sipdiag_verdict_key((sipdiag_verdict_t)data[2]);
    (void)sipdiag_severity_key((sipdiag_severity_t)data[2]);
    (void)sipdiag_rule_evidence_kinds(rule);
    free(method);
    return 0;
}
