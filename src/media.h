/* media.h - the call doctor's media checks: SDP offers and answers paired
 * per RFC 3264 in each call, and the negotiations set up to fail.
 *
 * Feed every message that carries an SDP body, in capture order, and,
 * while sipdiag_media_following() says so, the others too (a 488 or a
 * final response ends an offer; an ACK carries the answer to an offer made
 * in a 2xx).  Each call returns what that message made certain.
 *
 * Pairing (RFC 3264 §4, RFC 3261 §13.2.1, RFC 6337 §2): an offer in a
 * request (INVITE, re-INVITE, UPDATE, PRACK) is answered by the first
 * 101-299 response to that request that carries SDP (the answer an 18x
 * carries is the one the 2xx repeats, RFC 3261 §13.3.1.1); an INVITE
 * without SDP gets the offer in a 2xx or reliable 18x, answered in the ACK
 * or the PRACK.  Offers and answers are paired per hop: the answer goes
 * back between the two addresses the offer went between (a proxy in the
 * capture shows each hop's exchange once); a retransmission at the same
 * hop is not a new offer.
 *
 * Checks:
 *  - no common codec: the answer rejects (port 0) every stream of an offer
 *    that had one; or an accepted stream's answer shares no codec with the
 *    offer's (compared by rtpmap encoding name and clock rate; static
 *    payload types 0-34 without rtpmap by RFC 3551's table; telephone-event,
 *    CN, red, rtx, ulpfec and flexfec are not codecs); or a 488/606 answers
 *    the offer;
 *  - private address: an SDP of an offer or answer whose c= for an active
 *    stream is in RFC 1918, RFC 6598, link-local or fc00::/7 space, sent
 *    between addresses one of which is public; not when the stream has ICE
 *    candidates other than host (ICE may find a path) - once per call, c=
 *    and hop;
 *  - direction: an accepted stream answered with a direction RFC 3264 §6.1
 *    forbids for the offer's (sendonly answered sendonly or sendrecv,
 *    recvonly answered recvonly or sendrecv, inactive answered other than
 *    inactive); or, on the call's first exchange, a sendrecv offer answered
 *    so that no accepted stream carries media either way (inactive).  An
 *    offer with c=0.0.0.0 (RFC 2543's hold, RFC 3264 §8.4) is not judged.
 *
 * Caps: SIPDIAG_MEDIA_MAX_CALLS-style cap given to sipdiag_media_new();
 * per call, the 4 latest offers (one per hop and transaction); an offer's
 * SDP is kept until answered, up to 16 KB each and 64 MB in all (past
 * either, the offer is followed but not judged).
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef SIPDIAG_MEDIA_H
#define SIPDIAG_MEDIA_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "sdp.h"
#include "sipdiag.h"

#define SIPDIAG_MEDIA_OFFERS_PER_CALL 4
#define SIPDIAG_MEDIA_MAX_SDP 16384
#define SIPDIAG_MEDIA_MAX_KEPT_BYTES (64u * 1024 * 1024)

typedef struct sipdiag_media sipdiag_media_t;

/* One SIP message, as the media checks need it.  Strings and bytes are
 * read during the call only. */
typedef struct {
    uint32_t frame;
    bool is_response;
    unsigned code;              /* responses */
    const char *method;         /* requests: the method; responses: the CSeq method */
    bool has_cseq;
    uint32_t cseq;
    const char *call_id;        /* NULL: not judged */
    const char *sdp;            /* the SDP body, NULL when none */
    size_t sdp_len;
    sipdiag_ip_t src, dst;      /* the packet's IP addresses (family 0: unknown) */
} sipdiag_media_msg_t;

typedef enum {
    SIPDIAG_MEDIA_NO_COMMON_CODEC,
    SIPDIAG_MEDIA_PRIVATE_ADDRESS,
    SIPDIAG_MEDIA_DIRECTION,
    SIPDIAG_MEDIA_KIND_COUNT
} sipdiag_media_kind_t;

/* Which case of its kind a finding is; each has its own texts. */
typedef enum {
    SIPDIAG_MEDIA_ALL_REJECTED,       /* no-common-codec: every stream answered port 0 */
    SIPDIAG_MEDIA_DISJOINT,           /* no-common-codec: an accepted stream, no codec shared */
    SIPDIAG_MEDIA_REFUSED,            /* no-common-codec: 488 or 606 to the offer */
    SIPDIAG_MEDIA_INTERNAL_ADDRESS,   /* private-address */
    SIPDIAG_MEDIA_FORBIDDEN_DIRECTION,/* direction: the answer breaks RFC 3264 §6.1 */
    SIPDIAG_MEDIA_NO_FLOW,            /* direction: first exchange, no media either way */
    SIPDIAG_MEDIA_CASE_COUNT
} sipdiag_media_case_t;

typedef struct {
    sipdiag_media_kind_t kind;
    sipdiag_media_case_t which;
    uint32_t frame;             /* where it became certain: the message fed */
    uint32_t offer, answer;     /* frames; answer 0 for a private address in an offer */
    bool in_answer;             /* private address: the SDP is the answer's */
    unsigned code;              /* REFUSED: 488 or 606 */
    unsigned stream;            /* the m= line concerned, from 1 */
    char media[16];             /* its media ("audio") */
    char offered[112];          /* the offer's codecs there ("PCMU/8000 PCMA/8000") */
    char answered[112];         /* the answer's */
    char address[48];           /* private address: the c= address */
    sipdiag_ip_scope_t scope;   /* and its range */
    char src[48], dst[48];      /* the packet's addresses */
    char public_address[48];    /* the public one of them */
    sipdiag_sdp_direction_t offer_direction, answer_direction;
} sipdiag_media_finding_t;

/* At most this many findings per message: one of each kind. */
#define SIPDIAG_MEDIA_MAX_FINDINGS 3

/* A table following at most max_calls calls (by Call-ID). */
sipdiag_media_t *sipdiag_media_new(unsigned max_calls);
void sipdiag_media_free(sipdiag_media_t *media);

/* Whether messages without SDP must be fed too (some call has an SDP). */
bool sipdiag_media_following(const sipdiag_media_t *media);

/* Feeds one message; writes what it made certain into out (room for
 * SIPDIAG_MEDIA_MAX_FINDINGS) and returns how many. */
unsigned sipdiag_media_feed(sipdiag_media_t *media, const sipdiag_media_msg_t *msg,
                            sipdiag_media_finding_t *out);

/* Stable keys, for filters: "no-common-codec", "private-address", "direction". */
const char *sipdiag_media_key(sipdiag_media_kind_t kind);

typedef struct {
    const char *summary;        /* slots: {offer} {answer} {code} {stream} {media}
                                   {offered} {answered} {address} {range} {src} {dst}
                                   {public} {sdp} {offer_dir} {answer_dir} {allowed} */
    const char *fix;            /* what to check, most likely cause first */
} sipdiag_media_texts_t;

typedef struct {
    sipdiag_media_case_t which;
    sipdiag_media_kind_t kind;
    const char *source;         /* the RFC sections that decide */
    sipdiag_media_texts_t texts[3]; /* en, fr, es */
} sipdiag_media_rule_t;

extern const sipdiag_media_rule_t sipdiag_media_rules[SIPDIAG_MEDIA_CASE_COUNT];

const sipdiag_media_texts_t *sipdiag_media_texts(sipdiag_media_case_t which,
                                                 sipdiag_lang_t lang);

/* The summary with its slots filled, newly allocated (g_free). */
char *sipdiag_media_summary(const sipdiag_media_finding_t *finding, sipdiag_lang_t lang);

#endif /* SIPDIAG_MEDIA_H */
