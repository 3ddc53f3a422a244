/* flows.h - what a capture has shown of each call so far (by Call-ID),
 * turned into the facts the context rules read (context.h) and the frames
 * those facts rest on.
 *
 * Fed one message at a time, in capture order, as plain records: the
 * plugin adapts packets to them, the unit tests write them by hand.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef SIPDIAG_FLOWS_H
#define SIPDIAG_FLOWS_H

#include <stdbool.h>
#include <stdint.h>

#include "doctor.h"
#include "evidence.h"

/* An address and port as captured, formatted only when something shows it
 * (a detection's peer, a call's caller): the plugin fills it instead of
 * writing two strings for every message. */
typedef struct {
    uint8_t family;             /* 4 or 6; 0: none given (src and dst are read) */
    uint16_t port;
    uint8_t bytes[16];          /* IPv4: the first 4 */
} sipdiag_endpoint_t;

/* One SIP message, as the flow model needs it.  Strings are read during
 * the call only; what is kept is copied. */
typedef struct {
    uint32_t frame;
    bool is_response;
    unsigned code;              /* responses */
    const char *method;         /* requests: the method; responses: the CSeq method */
    bool has_cseq;
    uint32_t cseq;
    const char *call_id;        /* NULL: the message cannot be placed in a call */
    const char *via_branch;     /* top Via branch; NULL when none */
    const char *from_tag;       /* NULL when none */
    bool has_to_tag;
    unsigned credentials;       /* requests: SIPDIAG_AUTH_* (sipmsg.h) */
    const char *realm;          /* requests: the credentials' realm;
                                   responses: the challenge's; NULL when none */
    bool stale_nonce;
    bool retry_after;
    int64_t session_expires;    /* -1 when absent, like the others */
    int64_t min_se;
    int64_t expires;
    int64_t min_expires;
    /* For the doctor (doctor.h); zero/NULL when unknown. */
    double time;                /* capture time, seconds, never decreasing */
    const char *src;            /* "ip:port" it came from */
    const char *dst;            /* "ip:port" it went to */
    sipdiag_endpoint_t src_at;  /* read instead of src (dst) when that is NULL */
    sipdiag_endpoint_t dst_at;
    const char *server;         /* responses: Server; requests: User-Agent */
    const char *to_tag;         /* the To tag's value (has_to_tag says whether any) */
    const char *reason;         /* the Reason header's value (BYE, CANCEL) */
    /* Initial INVITEs, to link a B2BUA's legs (legs.h); NULL when none. */
    const char *correlation;    /* a correlation header's whole value */
    unsigned correlation_header;/* which: sipdiag_link_t */
    const char *from, *to;      /* the From and To values */
} sipdiag_flow_msg_t;

/* A table following at most max_calls calls; beyond, new calls get no
 * context and their messages say so. */
sipdiag_flows_t *sipdiag_flows_new(unsigned max_calls);
void sipdiag_flows_free(sipdiag_flows_t *flows);

/* Notes a request.  Returns true when the call showed the same request
 * before (a retransmission: same CSeq, method and top Via branch). */
bool sipdiag_flows_request(sipdiag_flows_t *flows, const sipdiag_flow_msg_t *request);

/* The facts (SIPDIAG_FACT_*) around a response, with their evidence, then
 * notes it.  Sets *untracked when its call could not be followed. */
unsigned sipdiag_flows_response(sipdiag_flows_t *flows, const sipdiag_flow_msg_t *response,
                                sipdiag_evidence_t *evidence, bool *untracked);

/* Whether a table of strings or addresses the model keeps was ever full
 * (MAX_POOLED_STRINGS realms, Server values and Reasons; MAX_ENDPOINTS
 * addresses): from then on new ones are unknown, and what rests on them
 * (a detection's peer, a realm's match) may be missing. */
bool sipdiag_flows_saturated(const sipdiag_flows_t *flows);

/* The facts a response shows by itself, known without its call's history
 * (SIPDIAG_FACTS_OF_RESPONSE). */
unsigned sipdiag_flows_own_facts(const sipdiag_flow_msg_t *response);

#endif /* SIPDIAG_FLOWS_H */
