/* fuzz_common.h - helpers shared by the libFuzzer harnesses of tests/fuzz/.
 *
 * Every harness copies libFuzzer's input into a heap block of exactly the
 * input's size (no terminating NUL unless the API wants a C string), so
 * that AddressSanitizer reports a parser reading one byte too far.
 * FUZZ_CHECK aborts on a broken invariant: libFuzzer then saves the input
 * as a crash, like a sanitizer finding.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef SIPDIAG_FUZZ_COMMON_H
#define SIPDIAG_FUZZ_COMMON_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FUZZ_CHECK(cond)                                                           \
    do {                                                                           \
        if (!(cond)) {                                                             \
            fprintf(stderr, "%s:%d: invariant broken: %s\n", __FILE__, __LINE__,   \
                    #cond);                                                        \
            abort();                                                               \
        }                                                                          \
    } while (0)

/* A heap copy of exactly size bytes, not NUL-terminated.  For an empty
 * input, malloc(0): ASan gives a block of zero usable bytes, so even a
 * one-byte read of it is reported. */
static inline char *
fuzz_copy(const uint8_t *data, size_t size)
{
    char *copy = malloc(size);
    if (copy == NULL)
        abort();
    if (size != 0)
        memcpy(copy, data, size);
    return copy;
}

/* A heap copy with a terminating NUL, for APIs that take a C string. */
static inline char *
fuzz_cstring(const uint8_t *data, size_t size)
{
    char *copy = malloc(size + 1);
    if (copy == NULL)
        abort();
    memcpy(copy, data, size);
    copy[size] = '\0';
    return copy;
}

/* Whether [ptr, ptr + len) lies inside [base, base + size). */
static inline int
fuzz_span_inside(const char *base, size_t size, const char *ptr, size_t len)
{
    if (len == 0)
        return ptr == NULL || (ptr >= base && ptr <= base + size);
    return ptr >= base && ptr <= base + size && len <= (size_t)(base + size - ptr);
}

#endif /* SIPDIAG_FUZZ_COMMON_H */
