/* sdp.h - what the media checks need from an SDP body (RFC 8866, which
 * obsoletes RFC 4566): the connection addresses (c=, session and media
 * level), each media description (m=: media, port, proto, formats), the
 * rtpmap of each payload type and the direction attributes, read straight
 * from the body's bytes.
 *
 * No allocation: the result is one fixed-size struct whose spans point into
 * the body.  Counts are capped (below); what lies past a cap is counted,
 * not kept, so a hostile body costs at most one pass over its bytes.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef SIPDIAG_SDP_H
#define SIPDIAG_SDP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "textscan.h"

/* Media descriptions kept per body: real offers carry 1-3 (audio, video,
 * a data channel); WebRTC bundles rarely reach 8. */
#define SIPDIAG_SDP_MAX_MEDIA 8
/* Formats kept per m= line: Chrome offers about 30 video payload types. */
#define SIPDIAG_SDP_MAX_FORMATS 32

/* An IP address as bytes; family 0 when unknown (a FQDN, garbage). */
typedef struct {
    uint8_t family;                 /* 4, 6 or 0 */
    uint8_t bytes[16];              /* IPv4: the first 4 */
} sipdiag_ip_t;

/* Direction attributes (RFC 8866 §6.7, RFC 3264 §5.1). */
typedef enum {
    SIPDIAG_SDP_DIR_NONE,           /* not stated at this level */
    SIPDIAG_SDP_DIR_SENDRECV,
    SIPDIAG_SDP_DIR_SENDONLY,
    SIPDIAG_SDP_DIR_RECVONLY,
    SIPDIAG_SDP_DIR_INACTIVE,
} sipdiag_sdp_direction_t;

/* c=IN IP4|IP6 <address>[/ttl][/n] (RFC 8866 §5.7). */
typedef struct {
    bool present;
    span_t address;                 /* the text, without /ttl or /count */
    sipdiag_ip_t ip;                /* parsed, family 0 when not a literal */
} sipdiag_sdp_connection_t;

typedef struct {
    span_t fmt;                     /* the format as written ("0", "101", "t38") */
    int payload_type;               /* 0-127 for an RTP payload type number, else -1 */
    span_t encoding;                /* a=rtpmap encoding name; empty when none */
    uint32_t clock_rate;            /* a=rtpmap clock rate; 0 when none */
} sipdiag_sdp_format_t;

typedef struct {
    span_t media;                   /* "audio", "video", "image", "application" */
    bool port_valid;
    unsigned port;                  /* 0: the stream is rejected or disabled */
    span_t proto;                   /* "RTP/AVP", "RTP/SAVPF", "udptl"... */
    sipdiag_sdp_format_t formats[SIPDIAG_SDP_MAX_FORMATS];
    unsigned n_formats;             /* kept */
    unsigned formats_total;         /* on the line, may exceed the kept */
    sipdiag_sdp_connection_t connection; /* media-level c= */
    sipdiag_sdp_direction_t direction;   /* media-level attribute */
    unsigned ice_relayed;           /* a=candidate lines of type srflx, prflx or relay */
} sipdiag_sdp_media_t;

typedef struct {
    sipdiag_sdp_connection_t connection;  /* session-level c= */
    sipdiag_sdp_direction_t direction;    /* session-level attribute */
    sipdiag_sdp_media_t media[SIPDIAG_SDP_MAX_MEDIA];
    unsigned n_media;               /* kept */
    unsigned media_total;           /* m= lines in the body, may exceed the kept */
} sipdiag_sdp_t;

/* Reads the SDP in bytes[0..len), never past len.  Lines end with CR LF
 * or LF; a line that is not "<letter>=<value>" is skipped.  Returns false
 * (and an empty description) unless the first line is "v=" (RFC 8866
 * §5: v= comes first): a body that is not SDP gets no media checks. */
bool sipdiag_sdp_parse(const char *bytes, size_t len, sipdiag_sdp_t *sdp);

/* A media description's direction, from its own attribute, else the
 * session's, else sendrecv (RFC 3264 §5.1, RFC 8866 §6.7). */
sipdiag_sdp_direction_t sipdiag_sdp_direction(const sipdiag_sdp_t *sdp, unsigned media);

/* Its connection: the media-level c=, else the session-level one; NULL
 * when neither is there. */
const sipdiag_sdp_connection_t *sipdiag_sdp_connection(const sipdiag_sdp_t *sdp,
                                                       unsigned media);

/* "sendrecv", "sendonly", "recvonly", "inactive" ("sendrecv" for NONE). */
const char *sipdiag_sdp_direction_name(sipdiag_sdp_direction_t direction);

/* Whether the proto carries RTP, so that formats are payload types
 * (RTP/AVP, RTP/SAVP, RTP/AVPF, RTP/SAVPF, UDP/TLS/RTP/SAVPF, TCP/RTP/AVP...). */
bool sipdiag_sdp_is_rtp(span_t proto);

/* The encoding name and clock rate of a format: its rtpmap, else, for
 * a static RTP payload type, RFC 3551's table (§6, Tables 4 and 5).
 * False when neither says (a dynamic type without rtpmap, a non-RTP
 * format). */
bool sipdiag_sdp_codec(const sipdiag_sdp_media_t *media, unsigned format, span_t *name,
                       uint32_t *clock_rate);

/* Parses a textual IPv4 or IPv6 address (no brackets, no zone). */
bool sipdiag_ip_parse(span_t text, sipdiag_ip_t *ip);

typedef enum {
    SIPDIAG_IP_PUBLIC,
    SIPDIAG_IP_PRIVATE,       /* RFC 1918 10/8, 172.16/12, 192.168/16 */
    SIPDIAG_IP_SHARED,        /* RFC 6598 100.64/10 (carrier-grade NAT) */
    SIPDIAG_IP_LINK_LOCAL,    /* 169.254/16 (RFC 3927), fe80::/10 */
    SIPDIAG_IP_UNIQUE_LOCAL,  /* fc00::/7 (RFC 4193) */
    SIPDIAG_IP_LOOPBACK,      /* 127/8, ::1 */
    SIPDIAG_IP_UNSPECIFIED,   /* 0.0.0.0/8, :: (0.0.0.0 is the old hold, RFC 3264 §8.4) */
    SIPDIAG_IP_MULTICAST,     /* 224/4, ff00::/8 */
    SIPDIAG_IP_UNKNOWN,       /* family 0 */
} sipdiag_ip_scope_t;

/* The scope of an address; an IPv4-mapped IPv6 address is judged as IPv4. */
sipdiag_ip_scope_t sipdiag_ip_scope(const sipdiag_ip_t *ip);

/* Whether the scope only makes sense inside a site: private, shared,
 * link-local or unique local. */
bool sipdiag_ip_scope_is_internal(sipdiag_ip_scope_t scope);

/* Writes an address as text ("10.0.0.5", "fd00::1") into out (at least
 * 46 bytes); "?" for family 0. */
void sipdiag_ip_format(const sipdiag_ip_t *ip, char *out, size_t size);

/* The SDP part of a multipart/mixed body (RFC 2046 §5.1.1, as RFC 5621
 * uses it for SIP): boundary is the Content-Type's boundary parameter,
 * body the SIP body.  The first part whose Content-Type is application/sdp;
 * false when there is none.  Only the first level is searched. */
bool sipdiag_sdp_in_multipart(span_t boundary, span_t body, span_t *sdp);

#endif /* SIPDIAG_SDP_H */
