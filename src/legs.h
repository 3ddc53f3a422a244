/* legs.h - the legs of one call: the early dialogs of a forked INVITE
 * (one Call-ID, several To tags: RFC 3261 §12.1, §13.2.2.4) and the two
 * Call-IDs of a B2BUA's legs, linked only when the capture says they
 * belong together.
 *
 * A B2BUA gives each leg its own Call-ID; what ties them is a header it
 * copies or adds: X-Call-ID or X-CID (vendor headers, often holding the
 * other leg's Call-ID), the icid-value of P-Charging-Vector (RFC 7315
 * §4.6, the IMS charging identifier every hop keeps), or the local UUID of
 * Session-ID (RFC 7989, kept end to end).  Without one, two initial
 * INVITEs are linked as "probably the same call" only when the second
 * comes from the address the first went to, within 1 s, with the same
 * digits in the user parts of From and of To: no guess on times alone.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef SIPDIAG_LEGS_H
#define SIPDIAG_LEGS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum {
    SIPDIAG_LINK_NONE,
    SIPDIAG_LINK_X_CALL_ID,
    SIPDIAG_LINK_X_CID,
    SIPDIAG_LINK_ICID,            /* P-Charging-Vector icid-value */
    SIPDIAG_LINK_SESSION_ID,      /* Session-ID local UUID */
    SIPDIAG_LINK_NUMBERS_AND_TIME,/* no header: a probable link */
    SIPDIAG_LINK_COUNT
} sipdiag_link_t;

/* "X-Call-ID", "P-Charging-Vector icid-value"...; NULL for NONE. */
const char *sipdiag_link_name(sipdiag_link_t link);

/* The key a correlation header's value links by, written to out (at most
 * max - 1 bytes and a NUL): X-Call-ID and X-CID whole, the icid-value
 * parameter (unquoted), Session-ID's local UUID in lower case.  Returns
 * false when there is none (no icid-value, an all-zero UUID, too long). */
bool sipdiag_link_key(sipdiag_link_t header, const char *value, size_t len, char *out,
                      size_t max);

/* The digits of a From or To value's URI user part ("+49 30 555" ->
 * "4930555"), written to out as for sipdiag_link_key; false when the user
 * part has fewer than 4 digits or anything but digits, '+', '-', '.', '(', ')'
 * and visual separators: a name, not a number. */
bool sipdiag_link_number(const char *address, size_t len, char *out, size_t max);

#endif /* SIPDIAG_LEGS_H */
