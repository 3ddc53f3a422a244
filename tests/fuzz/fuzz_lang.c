/* fuzz_lang.c - libFuzzer harness for sipdiag_lang_from_code (src/headings.c),
 * which reads the user's --lang and the plugin's preference.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "fuzz_common.h"

#include <glib.h>

#include "sipdiag.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *text = fuzz_cstring(data, size);
    sipdiag_lang_t lang = (sipdiag_lang_t)0x7fff;

    if (sipdiag_lang_from_code(text, &lang)) {
        FUZZ_CHECK((unsigned)lang < SIPDIAG_LANG_COUNT);
        const char *code = sipdiag_lang_code(lang);
        FUZZ_CHECK(code != NULL && g_ascii_strcasecmp(code, text) == 0);
        for (int h = 0; h < SIPDIAG_HEADING_COUNT; h++)
            FUZZ_CHECK(sipdiag_heading((sipdiag_heading_t)h, lang) != NULL);
        for (int k = SIPDIAG_CLASS_PROVISIONAL; k <= SIPDIAG_CLASS_GLOBAL_FAILURE; k++)
            FUZZ_CHECK(sipdiag_class_name((sipdiag_class_t)k, lang) != NULL);
        (void)sipdiag_lang_has_texts(lang);
    }
    /* Out-of-range enums, as a corrupt preference could give. */
    unsigned raw = size >= 1 ? data[0] : 0;
    (void)sipdiag_lang_code((sipdiag_lang_t)raw);
    (void)sipdiag_heading((sipdiag_heading_t)raw, (sipdiag_lang_t)raw);
    (void)sipdiag_class_name((sipdiag_class_t)raw, (sipdiag_lang_t)raw);
    (void)sipdiag_lang_has_texts((sipdiag_lang_t)raw);
    FUZZ_CHECK(!sipdiag_lang_from_code(NULL, &lang));
    free(text);
    return 0;
}
