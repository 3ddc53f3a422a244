/* flows.h - what the capture has shown of each call so far (by Call-ID),
 * turned into the facts that context rules read (src/context.h).
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef SIPDIAG_FLOWS_H
#define SIPDIAG_FLOWS_H

#include <epan/packet.h>

#include "messages.h"

/* At most this many calls are followed per file; beyond, new calls get no
 * context (their responses stay neutral) and the tree says so. */
#define SIPDIAG_MAX_CALLS 200000

/* Notes a request (first pass only); sets request->resent when the call
 * showed the same CSeq and method before. */
void sipdiag_flows_note_request(sipdiag_message_t *request);

/* The facts a response shows by itself (SIPDIAG_FACTS_OF_RESPONSE). */
unsigned sipdiag_flows_own_facts(const sipdiag_message_t *response);

/* The facts around a response, then notes it (first pass only).  Sets
 * *untracked when the call could not be followed (state full). */
unsigned sipdiag_flows_judge_response(const sipdiag_message_t *response, bool *untracked);

/* Forgets everything; registered as the file's init routine. */
void sipdiag_flows_init(void);

#endif /* SIPDIAG_FLOWS_H */
