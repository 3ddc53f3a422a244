/* messages.h - finds the SIP messages of one frame (packet-sip.c's
 * "sip_follow" tap) and reads them into plain structs.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef SIPDIAG_MESSAGES_H
#define SIPDIAG_MESSAGES_H

#include <epan/packet.h>

#include "sipmsg.h" /* SIPDIAG_MAX_VALUES, sipdiag_sipmsg_mode_t */

typedef struct {
    const char *values[SIPDIAG_MAX_VALUES];
    unsigned count;             /* how many the message had, may exceed the kept */
} sipdiag_values_t;

/* One SIP message as the frame carries it.  Strings and the tvb last until
 * the next read (one dissection): copy what is kept. */
typedef struct {
    bool is_response;
    unsigned code;              /* responses: the status code */
    const char *method;         /* requests: the method; responses: the CSeq method */
    unsigned cseq;
    bool has_cseq;
    const char *call_id;
    const char *event;          /* Event header, for NOTIFY and SUBSCRIBE */
    const char *to_uri;         /* REGISTER, SUBSCRIBE: the To URI (the AOR) */
    const char *contact;        /* REGISTER, SUBSCRIBE: the first Contact URI */
    bool has_to_tag;
    const char *to_tag;         /* its value */
    const char *server;         /* Server (responses) or User-Agent (requests) */
    const char *reason;         /* the first Reason value, even from the lean read */
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
    sipdiag_values_t reasons;   /* Reason header values (the first pass's lean
                                 * read counts them and keeps no value) */
    sipdiag_values_t warnings;  /* Warning header values (the same) */
    const char *sipfrag_status; /* first message/sipfrag line of the body */
    const char *correlation;    /* initial INVITEs: a leg correlation header's value */
    unsigned correlation_header;/* which: sipdiag_link_t (legs.h) */
    const char *from, *to;      /* initial INVITEs: the From and To values */
    tvbuff_t *tvb;              /* where to point items: the status code, or */
    int start;                  /* the request's method (or its sipfrag line) */
    int length;
    int message_start;          /* the whole message, in tvb */
    int message_length;
    const char *sdp;            /* its SDP body's bytes (in the tvb), NULL when none */
    int sdp_start;              /* where, in tvb */
    int sdp_length;
} sipdiag_message_t;

/* Listens to packet-sip.c's "sip_follow" tap; call from the handoff, once
 * SIP is registered.  Returns false if this Wireshark has no SIP. */
bool sipdiag_messages_listen(void);

/* Stops listening, for a run that will read nothing of sipdiag: SIP then
 * queues nothing, and with no other listener libwireshark runs no tap
 * code at all.  sipdiag_messages_listen() starts again. */
void sipdiag_messages_stop(void);

/* Whether sipdiag_messages_stop() stopped a listener that worked. */
bool sipdiag_messages_stopped(void);

/* Whether packet-sip.c queued any message in this frame (cheap: no read). */
bool sipdiag_messages_queued(void);

/* The SIP messages packet-sip.c dissected in this frame, in order (none
 * when the frame's taps are not run: tshark -2's first pass); *count gets
 * how many.  mode: SIPDIAG_SIPMSG_CONTEXT leaves out Reason and Warning
 * values.  NULL when there are none. */
sipdiag_message_t *sipdiag_messages_read(packet_info *pinfo, sipdiag_sipmsg_mode_t mode,
                                         unsigned *count);

/* Reads again, whole, the message of length bytes at start of ds (a data
 * source of this frame), as a later dissection shows it. */
bool sipdiag_messages_reread(packet_info *pinfo, tvbuff_t *ds, int start, int length,
                             sipdiag_message_t *m);

/* Fills m from a read message: bytes[0..length) is at start of tvb. */
void sipdiag_messages_convert(packet_info *pinfo, const sipdiag_sipmsg_t *msg, const char *bytes,
                              tvbuff_t *tvb, int start, int length, sipdiag_message_t *m);

#endif /* SIPDIAG_MESSAGES_H */
