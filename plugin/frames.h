/* frames.h - where each frame's SIP messages are and what the pass that
 * followed the calls learnt of them, kept with the frame for every later
 * dissection.
 *
 * The call context is learnt once, in capture order, on the pass that runs
 * taps (messages.c); a GUI click, a retap or tshark -2's second pass
 * dissects again, in any order, and must show the same: it draws the
 * verdicts from here and reads the message itself again from its bytes.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef SIPDIAG_FRAMES_H
#define SIPDIAG_FRAMES_H

#include <epan/packet.h>

#include "messages.h"
#include "tree.h"

typedef struct sipdiag_frame sipdiag_frame_t;

/* Keeps where messages[i] is, with notes[i], for those worth showing
 * (responses, transfer reports, requests with a Reason), in file scope.
 * NULL when there is none. */
sipdiag_frame_t *sipdiag_frame_keep(packet_info *pinfo, const sipdiag_message_t *messages,
                                    const sipdiag_note_t *notes, unsigned count);

unsigned sipdiag_frame_count(const sipdiag_frame_t *frame);

/* Reads kept message i again from this dissection's data sources, whole
 * (Reason, Warning, sipfrag).  Returns false if its bytes are gone. */
bool sipdiag_frame_restore(const sipdiag_frame_t *frame, unsigned i, packet_info *pinfo,
                           sipdiag_message_t *message, const sipdiag_note_t **note);

#endif /* SIPDIAG_FRAMES_H */
