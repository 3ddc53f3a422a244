/* frames.h - what each frame's SIP messages showed on the first pass, kept
 * with the frame for every later dissection.
 *
 * Wireshark primes the fields a postdissector wants on the first pass
 * only: a second tshark pass (-2), a packet selected in the GUI or a retap
 * (Expert Information, Statistics) dissects again without them.  So the
 * first pass keeps, per frame, just what the tree and expert items need,
 * and later passes draw from that.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef SIPDIAG_FRAMES_H
#define SIPDIAG_FRAMES_H

#include <epan/packet.h>

#include "messages.h"
#include "tree.h"

typedef struct sipdiag_frame sipdiag_frame_t;

/* Keeps messages[i] with notes[i] for those worth showing (responses,
 * transfer reports, requests with a Reason), in file scope.  NULL when
 * there is none. */
sipdiag_frame_t *sipdiag_frame_keep(packet_info *pinfo, const sipdiag_message_t *messages,
                                    const sipdiag_note_t *notes, unsigned count);

unsigned sipdiag_frame_count(const sipdiag_frame_t *frame);

/* Rebuilds kept message i for this dissection: its strings, and its bytes
 * in this dissection's data sources.  Returns false if they are gone. */
bool sipdiag_frame_restore(const sipdiag_frame_t *frame, unsigned i, packet_info *pinfo,
                           sipdiag_message_t *message, const sipdiag_note_t **note);

#endif /* SIPDIAG_FRAMES_H */
