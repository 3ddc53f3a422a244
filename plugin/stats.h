/* stats.h - the "SIP Diagnostics" statistics tree (tshark -z sipdiag,tree
 * and Statistics > SIP Diagnostics).
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef SIPDIAG_STATS_H
#define SIPDIAG_STATS_H

#include <epan/packet.h>

#include "context.h"
#include "sipdiag.h"

/* Registers the tap and the tree; call from proto_register. */
void sipdiag_stats_register(void);

/* Whether the statistics tree is being drawn (its tap has a listener). */
bool sipdiag_stats_listening(void);

/* Counts one response (queued to the tap, in the packet's pool). */
void sipdiag_stats_count(packet_info *pinfo, const sipdiag_lookup_t *lk, const char *method,
                         const sipdiag_rule_t *rule);

#endif /* SIPDIAG_STATS_H */
