/* regs.h - registrations and subscriptions in the packets and tables:
 * the sipdiag.registration.* fields on REGISTER and SUBSCRIBE responses,
 * the registrations model's detections as expert items, and the table
 * `tshark -z sipdiag,registrations` / Telephony > SIP Diagnostics >
 * Registrations, from src/registrations.h.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef SIPDIAG_REGS_H
#define SIPDIAG_REGS_H

#include <epan/packet.h>

#include "messages.h"
#include "registrations.h"
#include "tree.h"

/* Fields, expert items, the tap and the table; call from proto_register. */
void sipdiag_regs_register(int proto);

/* A new file: a new model.  The end of one: none. */
void sipdiag_regs_init(void);
void sipdiag_regs_cleanup(void);

/* The file's model as read so far (NULL when none), for the export. */
const sipdiag_regs_t *sipdiag_regs_model(void);

/* The first pass: feeds the message (its capture time, its sender src) and
 * notes in note what it made certain and, on a REGISTER or SUBSCRIBE
 * response, the binding as it stands. */
void sipdiag_regs_learn(const sipdiag_message_t *m, packet_info *pinfo, const char *src,
                        sipdiag_note_t *note);

/* Adds what note says of registrations under tree, at tvb[start, +length]. */
void sipdiag_regs_add(proto_tree *tree, packet_info *pinfo, tvbuff_t *tvb, int start, int length,
                      const sipdiag_note_t *note);

/* Whether the registrations table (tshark -z, the GUI's dialog) is open. */
bool sipdiag_regs_listening(void);

/* Queues a frame for the registrations table when it is listening: on the
 * first pass, the bindings its notes touched; on a later one, a redraw of
 * every binding from the whole capture. */
void sipdiag_regs_tap(packet_info *pinfo, const sipdiag_note_t *notes, unsigned count,
                      bool whole_capture);

#endif /* SIPDIAG_REGS_H */
