/* callfields.h - the sipdiag.call.* fields: a call's outcome, timings,
 * who ended it and who failed it, on the messages that decide it (the
 * answering 2xx, the final response, the first BYE).
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef SIPDIAG_CALLFIELDS_H
#define SIPDIAG_CALLFIELDS_H

#include <epan/packet.h>

#include "doctor.h"

/* Registers the sipdiag.call.* fields under proto. */
void sipdiag_call_fields_register(int proto);

/* The call's outcome as the message just learnt leaves it, copied into
 * file scope, when that message is the call's answering 2xx, its final
 * response or its first BYE; NULL for the other messages. */
const sipdiag_call_outcome_t *sipdiag_call_fields_snapshot(const sipdiag_flows_t *flows,
                                                           const char *call_id, guint32 frame);

/* Adds the "Call" subtree under tree, at the bytes tvb[start, start+length).
 * whole_capture: the outcome is the one after the whole capture (a later
 * pass), not the one known at this frame. */
void sipdiag_call_fields_add(proto_tree *tree, packet_info *pinfo, tvbuff_t *tvb, int start,
                             int length, const sipdiag_call_outcome_t *call, bool whole_capture);

#endif /* SIPDIAG_CALLFIELDS_H */
