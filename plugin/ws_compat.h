/* ws_compat.h - the few places where Wireshark 4.0, 4.2, 4.4 and 4.6 differ
 * for this plugin, in one header so the rest reads the same everywhere.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef SIPDIAG_WS_COMPAT_H
#define SIPDIAG_WS_COMPAT_H

#include <wireshark.h>

#define SIPDIAG_WS_AT_LEAST(major, minor)                                      \
    (WIRESHARK_VERSION_MAJOR > (major) ||                                      \
     (WIRESHARK_VERSION_MAJOR == (major) && WIRESHARK_VERSION_MINOR >= (minor)))

/* field_info.value became a pointer in 4.2. */
#if SIPDIAG_WS_AT_LEAST(4, 2)
#define SIPDIAG_FI_VALUE(fi) ((fi)->value)
#else
#define SIPDIAG_FI_VALUE(fi) (&(fi)->value)
#endif

/* Boolean preferences are gboolean up to 4.2, bool from 4.4. */
#if SIPDIAG_WS_AT_LEAST(4, 4)
typedef bool sipdiag_pref_bool_t;
#else
typedef gboolean sipdiag_pref_bool_t;
#endif

/* UAT update callbacks return gboolean in 4.0, bool from 4.2. */
#if SIPDIAG_WS_AT_LEAST(4, 2)
typedef bool sipdiag_uat_bool_t;
#else
typedef gboolean sipdiag_uat_bool_t;
#endif

/* Protocol items at the root of a tree nobody shows (tshark -T fields, -Y,
 * a statistics tree) are always kept by 4.0-4.4; 4.6 fakes them like any
 * other item unless the protocol is referenced.  With every_first_pass off
 * (no "sip" asked for) sipdiag then found no "sip" item in those trees and
 * said nothing on 4.6.9 (tests/compat/README.md).  Marking "sip" as
 * referenced from the plugin does not hold: Wireshark clears the mark after
 * every tree the item was added to.  So from 4.6 on sipdiag always asks for
 * "sip", and every_first_pass has no effect (prefs.c says so). */
#define SIPDIAG_WS_FAKES_ROOT_PROTOCOLS SIPDIAG_WS_AT_LEAST(4, 6)

#endif /* SIPDIAG_WS_COMPAT_H */
