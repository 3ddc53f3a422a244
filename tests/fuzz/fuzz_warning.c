/* fuzz_warning.c - libFuzzer harness for the Warning header parser
 * (src/warning.c, src/textscan.c) and the warn-code table.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "fuzz_common.h"

#include "warning.h"

#define MAX_VALUES 16

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *buf = fuzz_copy(data, size);
    sipdiag_warning_t out[MAX_VALUES];

    size_t total = sipdiag_warning_parse(buf, size, NULL, 0);
    FUZZ_CHECK(sipdiag_warning_parse(buf, size, out, 4) == total);
    size_t found = sipdiag_warning_parse(buf, size, out, MAX_VALUES);
    FUZZ_CHECK(found == total);

    for (size_t i = 0; i < found && i < MAX_VALUES; i++) {
        const sipdiag_warning_t *w = &out[i];
        FUZZ_CHECK(w->code <= 999); /* three digits */
        FUZZ_CHECK(w->agent_len > 0);
        FUZZ_CHECK(fuzz_span_inside(buf, size, w->agent, w->agent_len));
        FUZZ_CHECK(fuzz_span_inside(buf, size, w->text, w->text_len));
        const sipdiag_warn_row_t *row = sipdiag_warn_lookup(w->code);
        if (row != NULL) {
            FUZZ_CHECK(row->code == w->code);
            FUZZ_CHECK(row->name != NULL && row->meaning != NULL && row->action != NULL);
        }
    }
    FUZZ_CHECK(sipdiag_warning_parse(NULL, size, out, MAX_VALUES) == 0);
    free(buf);
    return 0;
}
