/* texts.c - picks a code's texts in the wanted language.
 *
 * Every language table is aligned with the registry (same codes, same
 * order; the unit tests hold it to that), so a row's texts are found by
 * index, in O(1).
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "sipdiag.h"
#include "texts.h"

#include <glib.h>
#include <string.h>

typedef struct {
    const sipdiag_text_row_t *rows;
    const size_t *count;
} text_table_t;

/* Languages without a table of their own yet read English texts under
 * translated headings, as the reference pages do. */
static const text_table_t tables[SIPDIAG_LANG_COUNT] = {
    [SIPDIAG_LANG_EN] = { sipdiag_texts_en, &sipdiag_texts_en_count },
    [SIPDIAG_LANG_FR] = { sipdiag_texts_fr, &sipdiag_texts_fr_count },
    [SIPDIAG_LANG_ES] = { sipdiag_texts_es, &sipdiag_texts_es_count },
};

bool
sipdiag_lang_has_texts(sipdiag_lang_t lang)
{
    return lang < SIPDIAG_LANG_COUNT && tables[lang].rows != NULL;
}

/* The row of code in a table: by index when the table is aligned with the
 * registry, as the tests hold it to be; by search otherwise, so that a
 * table out of step costs time, never a wrong text or a crash. */
static const sipdiag_text_row_t *
find_row(const text_table_t *table, size_t index, unsigned code)
{
    if (index < *table->count && table->rows[index].code == code)
        return &table->rows[index];
    for (size_t i = 0; i < *table->count; i++) {
        if (table->rows[i].code == code)
            return &table->rows[i];
    }
    return NULL;
}

const sipdiag_text_row_t *
sipdiag_texts(const sipdiag_code_row_t *row, sipdiag_lang_t lang)
{
    size_t n_rows;
    const sipdiag_code_row_t *first = sipdiag_rows(&n_rows);
    size_t index = (size_t)(row - first);
    const sipdiag_text_row_t *texts = NULL;

    if (sipdiag_lang_has_texts(lang))
        texts = find_row(&tables[lang], index, row->code);
    if (texts == NULL)
        texts = find_row(&tables[SIPDIAG_LANG_EN], index, row->code);
    return texts;
}

size_t
sipdiag_first_sentence_length(const char *text)
{
    const char *end = strstr(text, ". ");
    return end != NULL ? (size_t)(end - text + 1) : strlen(text);
}

size_t
sipdiag_word_cut(const char *text, size_t length, size_t max)
{
    if (length <= max)
        return length;
    size_t cut = max;
    while (cut > 0 && text[cut] != ' ')
        cut--;
    return cut > 0 ? cut : max;
}

size_t
sipdiag_decimal(unsigned value, char *out)
{
    char reversed[SIPDIAG_DECIMAL_MAX];
    size_t n = 0;
    do {
        reversed[n++] = (char)('0' + value % 10);
        value /= 10;
    } while (value > 0 && n < sizeof reversed);
    for (size_t i = 0; i < n; i++)
        out[i] = reversed[n - 1 - i];
    return n;
}

char *
sipdiag_fill_slots(const char *template, sipdiag_slot_fill_t fill, const void *data)
{
    GString *out = g_string_new(NULL);
    for (const char *p = template; *p != '\0'; p++) {
        const char *close = *p == '{' ? strchr(p, '}') : NULL;
        if (close == NULL) {
            g_string_append_c(out, *p);
            continue;
        }
        size_t len = (size_t)(close - p - 1);
        if (!fill(out, p + 1, len, data))
            g_string_append_len(out, p, (gssize)(len + 2));
        p = close;
    }
    return g_string_free(out, FALSE);
}
