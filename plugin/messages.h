/* messages.h - reads the SIP responses of one frame out of the protocol
 * tree that packet-sip.c built, into plain structs for the knowledge base.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef SIPDIAG_MESSAGES_H
#define SIPDIAG_MESSAGES_H

#include <epan/packet.h>

/* One SIP response as the frame carries it. */
typedef struct {
    unsigned code;       /* as packet-sip.c read it from the status line */
    const char *method;  /* the CSeq method it answers; NULL when absent */
    tvbuff_t *tvb;       /* the data source holding the status code ... */
    int start;           /* ... its offset there ... */
    int length;          /* ... and length (3) */
} sipdiag_response_t;

typedef void (*sipdiag_response_fn)(const sipdiag_response_t *response, void *user_data);

/* Resolves the SIP fields by name; call from the handoff, once SIP is
 * registered.  Returns false if packet-sip.c lacks one of them. */
bool sipdiag_messages_resolve_fields(void);

/* The fields the postdissector needs primed; a new GArray of int, for
 * set_postdissector_wanted_hfids(), which takes ownership. */
GArray *sipdiag_messages_wanted_hfids(void);

/* Calls fn for every SIP response of the frame, in order. */
void sipdiag_messages_for_each_response(proto_tree *tree, sipdiag_response_fn fn,
                                        void *user_data);

#endif /* SIPDIAG_MESSAGES_H */
