/* tree.h - the "SIP Diagnostics" subtree and Expert Info of a message.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef SIPDIAG_TREE_H
#define SIPDIAG_TREE_H

#include <epan/packet.h>

#include "doctor.h"
#include "evidence.h"
#include "registrations.h"
#include "messages.h"
#include "transfers.h"

/* What the first pass learnt about one message; frames.c keeps it with
 * the frame so that every later dissection shows the same. */
typedef struct {
    sipdiag_transfer_t *transfer;    /* the transfer a REFER response or report is part of */
    sipdiag_evidence_t evidence;     /* the frames the facts rest on */
    const sipdiag_detection_t *detections; /* the call doctor's findings made certain by
                                              this message, in file scope */
    const sipdiag_call_outcome_t *call; /* the call's outcome, on its answering 2xx, final
                                           response and first BYE (callfields.h) */
    const sipdiag_leg_event_t *leg;  /* a fork's new leg or a linked B2BUA leg, in file
                                        scope; NULL: none */
    guint32 facts;                   /* SIPDIAG_FACT_* around a response */
    guint16 report;                  /* a transfer report's sipfrag status */
    guint8 n_detections;
    bool state_full;                 /* a cap kept this message out of the tables */
    bool no_history;                 /* dissected out of turn, before the run that
                                        follows calls in order reached it */
    bool call_whole_capture;         /* call is the outcome after the whole capture */
    const sipdiag_reg_binding_t *registration; /* REGISTER, SUBSCRIBE responses: the
                                                  binding as it stood, in file scope */
    const sipdiag_reg_detection_t *reg_detections; /* what this message made certain of
                                                      registrations, in file scope */
    guint8 n_reg_detections;
    guint32 registration_row;        /* the binding's index in the model + 1, 0: none */
} sipdiag_note_t;

/* Whether the whole capture has been read in order before this
 * dissection (packet-sipdiag.c): a later pass, not the one learning the
 * frame. */
bool sipdiag_whole_capture_seen(const packet_info *pinfo);

/* Whether Expert Info is read in this dissection whatever the item: the
 * Expert Info tap listens or a _ws.expert field is referenced
 * (packet-sipdiag.c). */
bool sipdiag_expert_read(proto_tree *tree);

/* Whether an expert item is read: as above, or the tree is visible, or a
 * filter or column names the item itself (sipdiag.fault...).  Its text is
 * formatted only then. */
bool sipdiag_tree_wants_expert(proto_tree *tree, const struct expert_field *ei);

/* Registers the sipdiag.* fields, subtrees and expert items under proto. */
void sipdiag_tree_register(int proto);

/* Adds a response's diagnosis under tree, with its expert items. */
void sipdiag_tree_add_response(proto_tree *tree, packet_info *pinfo, const sipdiag_message_t *m,
                               const sipdiag_note_t *note);

/* Adds the call doctor's findings that only the end of the capture made
 * known, on the frame of their latest transmission (tvb: the frame). */
void sipdiag_tree_add_findings(proto_tree *tree, packet_info *pinfo, tvbuff_t *tvb,
                               const sipdiag_detection_t *found, unsigned count);

/* Adds, once the whole capture has been read, a call's legs on its first
 * INVITE: how many a fork made, and the B2BUA leg linked to it when that
 * one came later (tvb: the frame). */
void sipdiag_tree_add_legs(proto_tree *tree, packet_info *pinfo, tvbuff_t *tvb,
                           const sipdiag_call_outcome_t *call);

/* Adds what there is to say of a request: a transfer report (NOTIFY with a
 * sipfrag), or the Reason of a BYE or CANCEL.  note may be NULL. */
void sipdiag_tree_add_request(proto_tree *tree, packet_info *pinfo, const sipdiag_message_t *m,
                              const sipdiag_note_t *note);

/* Adds a text field at tvb[start, start + length) and, when a person can
 * see the tree and the text is longer than a label holds, its whole lines
 * beneath (plugin/sdp_tree.c shares it). */
void sipdiag_tree_add_text(proto_tree *tree, int hf, tvbuff_t *tvb, int start, int length,
                           const char *text);

/* Cuts line (in place) at its last word that fits in an item label, with
 * an ellipsis; returns it. */
const char *sipdiag_tree_fit_label(char *line);

#endif /* SIPDIAG_TREE_H */
