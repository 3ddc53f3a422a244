/* calls.h - the calls table (`tshark -z sipdiag,calls`, Telephony > SIP
 * Diagnostics > Calls): one row per call, its outcome and what failed,
 * from the call doctor's model (src/doctor.h).
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef SIPDIAG_CALLS_H
#define SIPDIAG_CALLS_H

#include <epan/packet.h>

#include "doctor.h"
#include "messages.h"
#include "tree.h"

/* Registers the "sipdiag_calls" tap and the table; call from proto_register. */
void sipdiag_calls_register(void);

/* Whether the table is being drawn (its tap has a listener). */
bool sipdiag_calls_listening(void);

/* Queues the calls of a frame's messages (and of the findings their notes
 * made certain; notes may be NULL) for the table, when it is listening.
 * whole_capture: a later pass, the model is the whole capture's. */
void sipdiag_calls_tap(packet_info *pinfo, const sipdiag_message_t *messages, unsigned count,
                       const sipdiag_note_t *notes, bool whole_capture);

/* This file's calls, with what the end of the capture tells already
 * found (packet-sipdiag.c).  NULL before a file is read. */
const sipdiag_flows_t *sipdiag_finished_flows(void);

/* This file's calls as read so far, without the end's findings. */
const sipdiag_flows_t *sipdiag_flows_so_far(void);

#endif /* SIPDIAG_CALLS_H */
