/* texts.h - the per-language text tables, shared by texts.c and the tests.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef SIPDIAG_TEXTS_H
#define SIPDIAG_TEXTS_H

#include <glib.h>
#include <stdbool.h>
#include <string.h>

#include "sipdiag.h"

/* One table per language, one row per code, in ascending code order. */
extern const sipdiag_text_row_t sipdiag_texts_en[];
extern const size_t sipdiag_texts_en_count;
extern const sipdiag_text_row_t sipdiag_texts_fr[];
extern const size_t sipdiag_texts_fr_count;
extern const sipdiag_text_row_t sipdiag_texts_es[];
extern const size_t sipdiag_texts_es_count;

/* Fills the "{name}" slots of template: fill appends the value of the slot
 * name[0..len) to out and returns true, or returns false for a name it does
 * not know (the slot is then copied as written).  Newly allocated
 * (g_free). */
typedef bool (*sipdiag_slot_fill_t)(GString *out, const char *name, size_t len,
                                    const void *data);
char *sipdiag_fill_slots(const char *template, sipdiag_slot_fill_t fill, const void *data);

/* Whether the slot name[0..len) handed to a fill function is name. */
static inline bool
sipdiag_slot_is(const char *slot, size_t len, const char *name)
{
    return strlen(name) == len && strncmp(slot, name, len) == 0;
}

#endif /* SIPDIAG_TEXTS_H */
