/* canary.c - a Wireshark plugin that misbehaves on purpose, to prove that
 * fuzz-captures.sh's set-up (a sanitized plugin in a stock tshark, the
 * ASan runtime preloaded, run as nobody) really reports what goes wrong in
 * a plugin.  Built twice by fuzz-captures.sh, never installed:
 *   -DCANARY_ASAN:  reads one byte past a heap block when it registers;
 *   -DCANARY_UBSAN: overflows a signed int when it registers.
 * Both must make `tshark -G plugins` fail with the sanitizer's report.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef WS_MAJOR
#error "build with -DWS_MAJOR=<n> -DWS_MINOR=<n>"
#endif

__attribute__((visibility("default"))) const char plugin_version[] = "0.0.0";
__attribute__((visibility("default"))) int plugin_want_major = WS_MAJOR;
__attribute__((visibility("default"))) int plugin_want_minor = WS_MINOR;

volatile int canary_sink;

__attribute__((visibility("default"))) void
plugin_register(void)
{
#ifdef CANARY_ASAN
    char *block = malloc(8);
    memset(block, 'x', 8);
    canary_sink = block[8]; /* heap-buffer-overflow */
    free(block);
#endif
#ifdef CANARY_UBSAN
    volatile int big = INT_MAX;
    canary_sink = big + 1; /* signed integer overflow */
#endif
}
