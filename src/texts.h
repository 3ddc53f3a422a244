/* texts.h - the per-language text tables, shared by texts.c and the tests.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef SIPDIAG_TEXTS_H
#define SIPDIAG_TEXTS_H

#include "sipdiag.h"

/* One table per language, one row per code, in ascending code order. */
extern const sipdiag_text_row_t sipdiag_texts_en[];
extern const size_t sipdiag_texts_en_count;
extern const sipdiag_text_row_t sipdiag_texts_fr[];
extern const size_t sipdiag_texts_fr_count;
extern const sipdiag_text_row_t sipdiag_texts_es[];
extern const size_t sipdiag_texts_es_count;

#endif /* SIPDIAG_TEXTS_H */
