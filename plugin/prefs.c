/* prefs.c - the user's settings.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "prefs.h"
#include "ws_compat.h"

#include <epan/prefs.h>
#include <epan/range.h>
#include <epan/uat.h>

static int pref_lang = SIPDIAG_LANG_EN;
static range_t *pref_expert_classes;
static sipdiag_pref_bool_t pref_expected_experts = TRUE;
static sipdiag_pref_bool_t pref_long_summaries = FALSE;
static sipdiag_pref_bool_t pref_every_first_pass = TRUE;

/* The "SIP diagnostics overrides" table, as the UAT edits it: every field
 * is text, checked by src/overrides.c so that the dialog, the profile file
 * and tshark -o 'uat:sipdiag_overrides:...' give the same messages. */
typedef struct {
    char *code;
    char *method;
    char *cause;
    char *summary;
    char *description;
    char *scenario;
    char *remediation;
} override_row_t;

static override_row_t *override_rows;
static unsigned n_override_rows;
static sipdiag_overrides_t *overrides;

UAT_CSTRING_CB_DEF(override_rows, code, override_row_t)
UAT_CSTRING_CB_DEF(override_rows, method, override_row_t)
UAT_CSTRING_CB_DEF(override_rows, cause, override_row_t)
UAT_CSTRING_CB_DEF(override_rows, summary, override_row_t)
UAT_CSTRING_CB_DEF(override_rows, description, override_row_t)
UAT_CSTRING_CB_DEF(override_rows, scenario, override_row_t)
UAT_CSTRING_CB_DEF(override_rows, remediation, override_row_t)

static void *
copy_override_row(void *dst, const void *src, size_t len _U_)
{
    const override_row_t *from = src;
    override_row_t *to = dst;
    to->code = g_strdup(from->code);
    to->method = g_strdup(from->method);
    to->cause = g_strdup(from->cause);
    to->summary = g_strdup(from->summary);
    to->description = g_strdup(from->description);
    to->scenario = g_strdup(from->scenario);
    to->remediation = g_strdup(from->remediation);
    return to;
}

static sipdiag_uat_bool_t
check_override_row(void *r, char **err)
{
    const override_row_t *row = r;
    *err = sipdiag_override_check(row->code, row->method, row->cause, row->summary,
                                  row->description, row->scenario, row->remediation);
    return *err == NULL;
}

static void
free_override_row(void *r)
{
    override_row_t *row = r;
    g_free(row->code);
    g_free(row->method);
    g_free(row->cause);
    g_free(row->summary);
    g_free(row->description);
    g_free(row->scenario);
    g_free(row->remediation);
}

static void
rebuild_overrides(void)
{
    sipdiag_overrides_free(overrides);
    overrides = sipdiag_overrides_new();
    for (unsigned i = 0; i < n_override_rows; i++) {
        const override_row_t *row = &override_rows[i];
        sipdiag_overrides_add(overrides, row->code, row->method, row->cause, row->summary,
                              row->description, row->scenario, row->remediation);
    }
}

static void
reset_overrides(void)
{
    sipdiag_overrides_free(overrides);
    overrides = NULL;
}

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
sipdiag_prefs_register(int proto, void (*apply)(void))
{
    module_t *module = prefs_register_protocol(proto, apply);

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
    prefs_register_bool_preference(module, "long_summaries", "Long expert summaries",
        "Whether Expert Info lines also give the first step of the fix (\"... Fix: check "
        "the server's ACLs ...\"); short ones group better in Analyze > Expert Information",
        &pref_long_summaries);
    prefs_register_bool_preference(module, "every_first_pass", "Follow calls on every first pass",
        "On: sipdiag reads every SIP message when a capture is first read, so that the GUI and "
        "a two-pass tshark (-2) judge each response with its call's history (which request was "
        "cancelled, challenged, transferred).  Wireshark and tshark then build a protocol tree "
        "for every frame: a bare 'tshark -r' does about 1.3 times the work.  Off: sipdiag reads "
        "only the frames that get a tree anyway (tshark -V, -Y, -T fields, -O, -z sipdiag,tree): "
        "a bare 'tshark -r' costs about 1% more than without sipdiag and those runs keep the "
        "whole context, but the GUI shows responses without their history and '-z expert' "
        "needs a filter such as -Y sip.  No effect from Wireshark 4.6 on, which leaves the "
        "SIP items out of those trees: there sipdiag always reads every message",
        &pref_every_first_pass);

    static uat_field_t override_fields[] = {
        UAT_FLD_CSTRING(override_rows, code, "Code", "The status code, 100-699"),
        UAT_FLD_CSTRING(override_rows, method, "Method",
                        "Only for responses to this method (e.g. INVITE); empty for any"),
        UAT_FLD_CSTRING(override_rows, cause, "Q.850 cause",
                        "Only when a Reason header carries this Q.850 cause; empty for any"),
        UAT_FLD_CSTRING(override_rows, summary, "Summary",
                        "One line shown in Expert Info; empty keeps sipdiag's"),
        UAT_FLD_CSTRING(override_rows, description, "Description", "Empty keeps sipdiag's"),
        UAT_FLD_CSTRING(override_rows, scenario, "When you see it", "Empty keeps sipdiag's"),
        UAT_FLD_CSTRING(override_rows, remediation, "How to fix it",
                        "Your team's fix, e.g. who to call; empty keeps sipdiag's"),
        UAT_END_FIELDS
    };
    uat_t *table = uat_new("SIP diagnostics overrides", sizeof(override_row_t),
                           "sipdiag_overrides", TRUE, &override_rows, &n_override_rows,
                           UAT_AFFECTS_DISSECTION, NULL, copy_override_row, check_override_row,
                           free_override_row, rebuild_overrides, reset_overrides,
                           override_fields);
    prefs_register_uat_preference(module, "overrides", "Site overrides",
        "Your own texts per code, optionally for one method and one Q.850 cause (e.g. "
        "\"403 from our SBC means the prepaid balance is exhausted: check billing\")",
        table);
}

const sipdiag_override_t *
sipdiag_prefs_override(unsigned code, const char *method, const unsigned *causes,
                       unsigned n_causes)
{
    return sipdiag_overrides_find(overrides, code, method, causes, n_causes);
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

bool
sipdiag_prefs_long_summaries(void)
{
    return pref_long_summaries;
}

bool
sipdiag_prefs_every_first_pass(void)
{
    return pref_every_first_pass;
}
