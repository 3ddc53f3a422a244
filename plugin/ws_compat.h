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

/* The statistics groups were renamed after 4.0: REGISTER_STAT_GROUP_TELEPHONY
 * is REGISTER_TELEPHONY_GROUP_UNSORTED in 4.4 and 4.6 (4.2, not at hand,
 * is taken to have the new name). */
#if SIPDIAG_WS_AT_LEAST(4, 2)
#define SIPDIAG_STAT_GROUP_TELEPHONY REGISTER_TELEPHONY_GROUP_UNSORTED
#else
#define SIPDIAG_STAT_GROUP_TELEPHONY REGISTER_STAT_GROUP_TELEPHONY
#endif

/* A "-z" statistic's init callback says from 4.6 on whether it started;
 * before, it returned nothing.  SIPDIAG_STAT_INIT_DONE(ok) ends one. */
#if SIPDIAG_WS_AT_LEAST(4, 6)
typedef bool sipdiag_stat_init_t;
#define SIPDIAG_STAT_INIT_DONE(ok) return (ok)
#else
typedef void sipdiag_stat_init_t;
#define SIPDIAG_STAT_INIT_DONE(ok) return
#endif

#endif /* SIPDIAG_WS_COMPAT_H */
