/* sdp_tree.h - the call doctor's media checks in the packet tree: feeds
 * each SIP message with an SDP body (and, once a call has one, the others)
 * to src/media.c on the pass that learns, keeps the findings per frame and
 * shows them as sipdiag.sdp.* fields and expert items.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef SIPDIAG_SDP_TREE_H
#define SIPDIAG_SDP_TREE_H

#include <epan/packet.h>

#include "messages.h"

/* Registers the sipdiag.sdp.* fields and expert items under proto. */
void sipdiag_sdp_tree_register(int proto);

/* A new file: forgets the last one's calls and findings. */
void sipdiag_sdp_init(void);
void sipdiag_sdp_cleanup(void);

/* The learning pass: feeds one message of the frame (tvb: the frame's). */
void sipdiag_sdp_learn(const sipdiag_message_t *m, packet_info *pinfo, tvbuff_t *tvb);

/* Shows what the frame's messages made certain, if anything. */
void sipdiag_sdp_show(proto_tree *tree, packet_info *pinfo, tvbuff_t *tvb);

#endif /* SIPDIAG_SDP_TREE_H */
