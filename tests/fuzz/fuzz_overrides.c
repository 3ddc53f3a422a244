/* fuzz_overrides.c - libFuzzer harness for the site overrides (src/overrides.c):
 * the UAT-format file reader sipdiag_overrides_load (which `sipdiag
 * --overrides FILE` runs on a user's file), the row check the Wireshark UAT
 * dialog runs, and the lookup the plugin runs for every response.
 *
 * The input is the file's contents, served through a memfd so that the real
 * g_file_get_contents path is taken.  The same bytes, cut at NULs, are also
 * checked as the seven fields of one row.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#define _GNU_SOURCE
#include "fuzz_common.h"

#include <glib.h>
#include <sys/mman.h>
#include <unistd.h>

#include "overrides.h"
#include "sipdiag.h"

static int memfd = -1;
static char memfd_path[64];

static void
check_lookups(const sipdiag_overrides_t *set, const uint8_t *data, size_t size)
{
    static const char *const methods[] = { NULL, "INVITE", "REGISTER", "BYE", "" };
    unsigned causes[4] = { 16, 17, 34, size > 0 ? data[0] : 1 };
    for (unsigned code = 100; code < 700; code += 1) {
        for (size_t m = 0; m < G_N_ELEMENTS(methods); m++) {
            const sipdiag_override_t *row =
                sipdiag_overrides_find(set, code, methods[m], causes, 1 + code % 4);
            if (row == NULL)
                continue;
            FUZZ_CHECK(row->code == code);
            FUZZ_CHECK(row->method == NULL || (methods[m] != NULL
                                               && strcmp(row->method, methods[m]) == 0));
            FUZZ_CHECK(row->cause <= 127);
        }
        if (sipdiag_overrides_count(set) == 0)
            break;
    }
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (memfd < 0) {
        memfd = memfd_create("sipdiag-overrides", 0);
        FUZZ_CHECK(memfd >= 0);
        snprintf(memfd_path, sizeof memfd_path, "/proc/self/fd/%d", memfd);
    }
    FUZZ_CHECK(ftruncate(memfd, 0) == 0);
    FUZZ_CHECK(pwrite(memfd, data, size, 0) == (ssize_t)size);

    GError *error = NULL;
    sipdiag_overrides_t *set = sipdiag_overrides_load(memfd_path, &error);
    if (set == NULL) {
        FUZZ_CHECK(error != NULL && error->message != NULL);
        g_error_free(error);
    } else {
        FUZZ_CHECK(error == NULL);
        check_lookups(set, data, size);
        sipdiag_overrides_free(set);
    }

    /* The bytes as the seven fields of one row, as the UAT dialog checks. */
    char *copy = fuzz_cstring(data, size);
    const char *fields[7] = { "", "", "", "", "", "", "" };
    char *p = copy;
    for (int i = 0; i < 7 && p <= copy + size; i++) {
        fields[i] = p;
        p += strlen(p) + 1;
    }
    char *problem = sipdiag_override_check(fields[0], fields[1], fields[2], fields[3], fields[4],
                                           fields[5], fields[6]);
    if (problem == NULL) {
        sipdiag_overrides_t *one = sipdiag_overrides_new();
        sipdiag_overrides_add(one, fields[0], fields[1], fields[2], fields[3], fields[4],
                              fields[5], fields[6]);
        FUZZ_CHECK(sipdiag_overrides_count(one) == 1);
        check_lookups(one, data, size);
        sipdiag_overrides_free(one);
    } else {
        FUZZ_CHECK(problem[0] != '\0');
        g_free(problem);
    }
    free(copy);
    return 0;
}
