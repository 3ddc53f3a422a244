/* sipmsg.h - what sipdiag needs from one SIP message, read straight from
 * its bytes: the start line, the few headers the context rules read, and
 * the first line of a message/sipfrag body.
 *
 * packet-sip.c parses all of it too, but asking it for these as fields
 * (set_postdissector_wanted_hfids) made tshark build and index their items
 * for every message of every frame: most of the fields' cost in a bare
 * `tshark -r` (bench/README.md).  The plugin now asks only for the "sip"
 * items, which say where each message is, and reads the rest here.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef SIPDIAG_SIPMSG_H
#define SIPDIAG_SIPMSG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "textscan.h"

/* Headers that may repeat (Reason, Warning): at most this many values are
 * kept per message; the rest are counted. */
#define SIPDIAG_MAX_VALUES 4

/* Which credentials headers a request carries (RFC 3261 §22.2, §22.3). */
#define SIPDIAG_AUTH_AUTHORIZATION 1u        /* answers a 401's WWW-Authenticate */
#define SIPDIAG_AUTH_PROXY_AUTHORIZATION 2u  /* answers a 407's Proxy-Authenticate */

typedef struct {
    span_t values[SIPDIAG_MAX_VALUES];
    unsigned count;             /* how many the message had, may exceed the kept */
} sipdiag_spans_t;

typedef struct {
    bool is_request;
    span_t method;              /* requests: the start line's method */
    bool is_response;
    unsigned code;              /* responses: the status code, 000-999 */
    span_t code_digits;         /* where it is */
    bool has_cseq;              /* a CSeq with a valid number */
    uint32_t cseq;
    span_t cseq_method;         /* empty when the CSeq has none */
    span_t call_id;             /* empty when there is no Call-ID */
    bool has_to_tag;            /* the To header has a tag: inside a dialog */
    span_t to_tag;              /* its value */
    span_t contact_value;       /* the first Contact line's value */
    span_t server;              /* Server (responses) or User-Agent (requests) */
    span_t from_tag;            /* the From header's tag; empty when none */
    span_t via_branch;          /* the top Via's branch; empty when none */
    span_t from, to;            /* the From and To values, whole (their user parts
                                   link a B2BUA's legs, src/legs.c) */
    span_t correlation;         /* the first X-Call-ID, X-CID, P-Charging-Vector or
                                   Session-ID value, whole; empty when none */
    unsigned correlation_header;/* which of them: a sipdiag_link_t (legs.h) */
    unsigned credentials;       /* SIPDIAG_AUTH_*: the credentials headers present */
    span_t credentials_realm;   /* the realm of the first of them */
    span_t challenge_realm;     /* the realm of the first WWW-/Proxy-Authenticate */
    bool stale_nonce;           /* WWW-/Proxy-Authenticate with stale=true */
    bool has_retry_after;       /* a Retry-After header (RFC 3261 §20.33) */
    int64_t session_expires;    /* Session-Expires delta-seconds (RFC 4028); -1: none */
    int64_t min_se;             /* Min-SE (RFC 4028 §5); -1: none */
    int64_t expires;            /* the first Contact's expires parameter, else the
                                   Expires header (RFC 3261 §10.2.1.1); -1: none */
    int64_t min_expires;        /* Min-Expires (RFC 3261 §20.23); -1: none */
    sipdiag_spans_t reasons;    /* Reason header values, in order */
    sipdiag_spans_t warnings;   /* Warning header values, in order */
    span_t event;               /* the Event header's value */
    span_t sipfrag_line;        /* a message/sipfrag body's first line */
    span_t sip_body;            /* a message/sip body: a whole message */
    span_t sdp_body;            /* an application/sdp body, or the application/sdp part
                                   of a multipart/mixed one, within Content-Length;
                                   empty when none */
    size_t header_end;          /* where the body starts (past the blank line) */
    bool has_content_length;    /* a Content-Length with a valid number */
    size_t content_length;
} sipdiag_sipmsg_t;

/* What to read.  SIPDIAG_SIPMSG_CONTEXT is the first pass's lean read:
 * what the call context needs, with Reason and Warning counted but only
 * the first Reason value kept (the call doctor reads why a BYE ended the
 * call); all values are read again, with SIPDIAG_SIPMSG_ALL, only when
 * something shows the message. */
typedef enum {
    SIPDIAG_SIPMSG_ALL,
    SIPDIAG_SIPMSG_CONTEXT,
} sipdiag_sipmsg_mode_t;

/* Reads the message in bytes[0..len), never past len: the start line, the
 * headers up to the blank line (compact forms, any case, folded lines) and,
 * for a message/sipfrag body, its first line; a message/sip body is only
 * located (read it with another call).  For repeated single headers
 * (CSeq, Call-ID, To, Event, Content-Type) the first counts.  Spans point
 * into bytes.  Returns false (and an empty message) when the start line is
 * neither a request line nor a status line. */
bool sipdiag_sipmsg_read(const char *bytes, size_t len, sipdiag_sipmsg_t *msg);

/* The same, reading what mode asks for. */
bool sipdiag_sipmsg_read_mode(const char *bytes, size_t len, sipdiag_sipmsg_mode_t mode,
                              sipdiag_sipmsg_t *msg);

/* The URI of a To, From or Contact value: inside <...> of a name-addr,
 * else the addr-spec up to its first ';' or ',' ("*": a wildcard
 * Contact).  Read on demand: only registrations need it. */
span_t sipdiag_address_uri(span_t value);

/* Where the message that starts at bytes[0] ends: past its headers and
 * Content-Length bytes of body (no more than len; a message without
 * Content-Length ends with its headers, as on a stream, RFC 3261 §18.3). */
size_t sipdiag_sipmsg_end(const sipdiag_sipmsg_t *msg, size_t len);

#endif /* SIPDIAG_SIPMSG_H */
