/* fuzz_status_line.c - libFuzzer harness for the status-line and code
 * parsers (src/transfer.c, src/kb.c) and everything a parsed code then
 * goes through in the plugin: the lookup, the texts in every language,
 * the status note written into a small buffer, the title, the class line.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "fuzz_common.h"

#include <glib.h>

#include "sipdiag.h"
#include "transfer.h"

static void
explain(unsigned code, size_t note_size)
{
    sipdiag_lookup_t lk;
    bool valid = sipdiag_lookup(code, &lk);
    FUZZ_CHECK(lk.code == code);
    FUZZ_CHECK(valid == (code >= SIPDIAG_CODE_MIN && code <= SIPDIAG_CODE_MAX));
    FUZZ_CHECK(valid == (lk.row != NULL));
    FUZZ_CHECK(valid == (lk.status != SIPDIAG_INVALID));
    if (valid) {
        FUZZ_CHECK(lk.klass == code / 100);
        FUZZ_CHECK(lk.row->phrase != NULL);
        FUZZ_CHECK(lk.row->code / 100 == code / 100);
        for (int lang = 0; lang < SIPDIAG_LANG_COUNT; lang++) {
            const sipdiag_text_row_t *t = sipdiag_texts(lk.row, (sipdiag_lang_t)lang);
            FUZZ_CHECK(t != NULL && t->code == lk.row->code);
            FUZZ_CHECK(t->summary != NULL && t->description != NULL && t->scenario != NULL
                       && t->remediation != NULL);
            FUZZ_CHECK(sipdiag_class_name(lk.klass, (sipdiag_lang_t)lang) != NULL);
        }
        FUZZ_CHECK(sipdiag_category_key(lk.row->category) != NULL);
    } else {
        FUZZ_CHECK(lk.klass == SIPDIAG_CLASS_INVALID);
    }
    FUZZ_CHECK(sipdiag_status_key(lk.status) != NULL);

    /* The note into a heap buffer of exactly note_size bytes (0 included). */
    char *note = malloc(note_size);
    FUZZ_CHECK(note != NULL);
    sipdiag_status_note(&lk, note, note_size);
    if (note_size > 0) {
        FUZZ_CHECK(memchr(note, '\0', note_size) != NULL);
        FUZZ_CHECK((note[0] == '\0') == (lk.status == SIPDIAG_REGISTERED) || note_size == 1);
    }
    free(note);

    char *title = sipdiag_title(&lk);
    FUZZ_CHECK(title != NULL && strncmp(title, "SIP ", 4) == 0);
    g_free(title);

    if (valid) {
        sipdiag_lookup_t other;
        sipdiag_lookup(486, &other);
        for (int lang = 0; lang <= SIPDIAG_LANG_COUNT; lang++) {
            char *line = sipdiag_class_line(&lk, &other, (sipdiag_lang_t)lang);
            FUZZ_CHECK(line != NULL);
            g_free(line);
        }
    }
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *buf = fuzz_copy(data, size);
    size_t note_size = size > 0 ? data[size - 1] % 48u : 0;
    unsigned code = 12345;

    if (sipdiag_parse_status_line(buf, size, &code)) {
        /* transfer.h: false for anything but a status line with a code in
         * 100-699. */
        FUZZ_CHECK(code >= SIPDIAG_CODE_MIN && code <= SIPDIAG_CODE_MAX);
        FUZZ_CHECK(size >= 11 && memcmp(buf, "SIP/2.0 ", 8) == 0);
        explain(code, note_size);
        /* What the plugin does with a sipfrag report. */
        for (unsigned refer = 0; refer < 700; refer += 101) {
            for (int whole = 0; whole < 2; whole++) {
                sipdiag_transfer_state_t st = sipdiag_transfer_state(refer, code, whole);
                FUZZ_CHECK(st < SIPDIAG_TRANSFER_STATE_COUNT);
                FUZZ_CHECK(sipdiag_transfer_state_text(st) != NULL);
            }
        }
    } else {
        /* Untouched when false: plugin/transfers.c sets the report to 0,
         * calls the parser and reads the report whatever it returned. */
        FUZZ_CHECK(code == 12345);
    }
    if (sipdiag_parse_code(buf, size, &code)) {
        FUZZ_CHECK(size == 3 && code <= 999);
        explain(code, note_size);
    }
    /* Any number a dissector could hand over, not only three digits. */
    if (size >= 4) {
        uint32_t any;
        memcpy(&any, data, sizeof any);
        explain(any, note_size);
    }
    FUZZ_CHECK(!sipdiag_parse_status_line(NULL, size, &code));
    FUZZ_CHECK(!sipdiag_parse_code(NULL, size, &code));
    free(buf);
    return 0;
}
