/* prefs.c - the user's settings.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "prefs.h"
#include "ws_compat.h"

#include <epan/prefs.h>
#include <epan/range.h>

static int pref_lang = SIPDIAG_LANG_EN;
static range_t *pref_expert_classes;
static sipdiag_pref_bool_t pref_expected_experts = TRUE;

static const enum_val_t lang_options[] = {
    { "en", "English", SIPDIAG_LANG_EN },
    { "fr", "Français", SIPDIAG_LANG_FR },
    { "es", "Español", SIPDIAG_LANG_ES },
    { "de", "Deutsch (headings; texts in English)", SIPDIAG_LANG_DE },
    { "pt", "Português (headings; texts in English)", SIPDIAG_LANG_PT },
    { "it", "Italiano (headings; texts in English)", SIPDIAG_LANG_IT },
    { NULL, NULL, 0 }
};

void
sipdiag_prefs_register(int proto)
{
    module_t *module = prefs_register_protocol(proto, NULL);

    prefs_register_enum_preference(module, "language", "Language",
        "Language of the descriptions, scenarios and fixes (field names stay English)",
        &pref_lang, lang_options, FALSE);
    range_convert_str(wmem_epan_scope(), &pref_expert_classes, "1-6", 6);
    prefs_register_range_preference(module, "expert_classes", "Classes with expert items",
        "Response classes (1 to 6) whose responses get an Expert Info item when no context "
        "rule speaks of them, e.g. 3-6 to leave out 1xx and 2xx",
        &pref_expert_classes, 6);
    prefs_register_bool_preference(module, "expected_experts", "Expert items for expected outcomes",
        "Whether responses that are normal in their flow (a digest challenge, a cancelled "
        "call, glare) get an Expert Info item",
        &pref_expected_experts);
}

sipdiag_lang_t
sipdiag_prefs_lang(void)
{
    return pref_lang >= 0 && pref_lang < SIPDIAG_LANG_COUNT ? (sipdiag_lang_t)pref_lang
                                                           : SIPDIAG_LANG_EN;
}

bool
sipdiag_prefs_wants_class(sipdiag_class_t klass)
{
    return pref_expert_classes == NULL || value_is_in_range(pref_expert_classes, klass);
}

bool
sipdiag_prefs_wants_expected(void)
{
    return pref_expected_experts;
}
