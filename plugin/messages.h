/* messages.h - finds the SIP messages of one frame in the protocol tree
 * that packet-sip.c built and reads them into plain structs.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef SIPDIAG_MESSAGES_H
#define SIPDIAG_MESSAGES_H

#include <epan/packet.h>

#include "sipmsg.h" /* SIPDIAG_MAX_VALUES */

typedef struct {
    const char *values[SIPDIAG_MAX_VALUES];
    unsigned count;             /* how many the message had, may exceed the kept */
} sipdiag_values_t;

/* One SIP message as the frame carries it.  Strings belong to the protocol
 * tree (packet scope). */
typedef struct {
    bool is_response;
    unsigned code;              /* responses: the status code */
    const char *method;         /* requests: the method; responses: the CSeq method */
    unsigned cseq;
    bool has_cseq;
    const char *call_id;
    const char *event;          /* Event header, for NOTIFY */
    bool has_to_tag;
    const char *from_tag;
    const char *via_branch;     /* the top Via's branch */
    unsigned credentials;       /* SIPDIAG_AUTH_*: Authorization, Proxy-Authorization */
    const char *realm;          /* requests: the credentials' realm; responses: the
                                   challenge's */
    bool stale_nonce;           /* WWW-/Proxy-Authenticate with stale=true */
    bool retry_after;           /* a Retry-After header */
    gint64 session_expires;     /* RFC 4028 and RFC 3261 §10 values, -1 when absent */
    gint64 min_se;
    gint64 expires;
    gint64 min_expires;
    bool resent;                /* requests: the call showed this CSeq and method
                                 * before (a retransmission, or the same request
                                 * at another hop); set by src/flows.c */
    sipdiag_values_t reasons;   /* Reason header values */
    sipdiag_values_t warnings;  /* Warning header values */
    const char *sipfrag_status; /* first message/sipfrag line of the body */
    tvbuff_t *tvb;              /* where to point items: the status code, or */
    int start;                  /* the request's method (or its sipfrag line) */
    int length;
} sipdiag_message_t;

/* Resolves the "sip" protocol field by name; call from the handoff, once
 * SIP is registered.  Returns false if this Wireshark has no SIP. */
bool sipdiag_messages_resolve_fields(void);

/* The field ("sip") whose priming makes tshark and Wireshark build a
 * protocol tree on every first pass, so that every message is read; a new
 * GArray of int, for set_postdissector_wanted_hfids(), which takes
 * ownership. */
GArray *sipdiag_messages_wanted_hfids(void);

/* The SIP messages of the frame, in order, in pinfo->pool; *count gets how
 * many.  NULL when there are none. */
sipdiag_message_t *sipdiag_messages_read(proto_tree *tree, packet_info *pinfo, unsigned *count);

#endif /* SIPDIAG_MESSAGES_H */
