/* flows_internal.h - the one per-call model shared by flows.c (the facts
 * context rules read) and doctor.c (transactions, timers, detections and
 * each call's outcome).  Not installed: the plugin reads flows.h and
 * doctor.h.
 *
 * Memory, on x86-64: a call_t is 328 bytes (1608 when its rings were
 * fixed arrays of pooled strings), plus its rings, allocated as they fill
 * (1, 2, 4, then 8 entries: 96 bytes a request transaction, 72 a 2xx to
 * INVITE), its Call-ID copy, its hash table entry and a pointer in the
 * call order: about 0.8 KB for a plain call.  tests/unit/test_doctor.c
 * holds call_t to 336 bytes.
 * Branches, tags and Call-IDs are kept as 64-bit hashes (flow_key_t), so
 * nothing grows with them; addresses are interned once per address and
 * port (MAX_ENDPOINTS, written out only when shown); the strings shown
 * (realms, Server values, Reasons) are pooled, at most MAX_POOLED_STRINGS
 * of them; pending 64*T1 deadlines are at most MAX_WATCHES (24 bytes
 * each).  When a pool is full, sipdiag_flows_saturated() says so.
 * A B2BUA leg's correlation key is one 64-bit key in the links table.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef SIPDIAG_FLOWS_INTERNAL_H
#define SIPDIAG_FLOWS_INTERNAL_H

#include <glib.h>
#include <stdbool.h>
#include <stdint.h>

#include "doctor.h"
#include "flows.h"
#include "legs.h"

#define RECENT_REQUESTS 8
#define RECENT_ANSWERS 8
#define RECENT_CHALLENGES 4
/* 2xx to INVITE awaiting their ACK: one per hop and per fork; two cover
 * a proxied call or a fork answered twice. */
#define RECENT_OKS 2
/* Distinct strings kept per table before new ones are read as unknown: a
 * hostile capture cannot grow the pool without bound. */
#define MAX_POOLED_STRINGS 65536
/* Distinct addresses-and-ports kept per table (about 80 bytes each, 21 MB
 * at most); beyond, new ones are unknown and the tree says so. */
#define MAX_ENDPOINTS 262144

/* Branches, tags and Call-IDs are compared, never shown from here: a
 * 64-bit hash of each stands for it (0: none). */
typedef uint64_t flow_key_t;
/* An index in the table's endpoints, from 1; 0: unknown. */
typedef uint32_t endpoint_id_t;
/* Transactions whose 64*T1 deadline is still to be checked; beyond, a
 * timeout is only found at the end of the capture. */
#define MAX_WATCHES 65536

/* RFC 3261 §17.1.1.1 default T1 (500 ms); Timers B, F, H and the 2xx
 * retransmission limit of §13.3.1.4 are all 64*T1.  Timer C of a proxy is
 * "greater than 3 minutes" (§16.6 step 11). */
#define SIPDIAG_T1 0.5
#define SIPDIAG_64_T1 (64 * SIPDIAG_T1)
#define SIPDIAG_TIMER_C 180.0
/* §17.1.2.2 default T2: the longest interval between 2xx retransmissions. */
#define SIPDIAG_T2 4.0

/* Early dialogs (To tags) of one call remembered to count its legs; a
 * fork wider than this counts its further legs as "at least". */
#define MAX_LEG_TAGS 3
/* Initial INVITEs kept for linking a B2BUA's legs by numbers and time. */
#define RECENT_INVITES 32
/* A B2BUA sends its outgoing leg's INVITE within this of the incoming one. */
#define LINK_WINDOW 1.0

/* What the doctor already said of a transaction, so it says it once. */
enum {
    STORY_SAID_REFRESH = 1u << 0,
    STORY_SAID_TIMER_BYE = 1u << 1,
};
enum {
    SAID_RETRANSMISSIONS = 1u << 0,
    SAID_NO_RESPONSE = 1u << 1,
    SAID_NO_FINAL = 1u << 2,
    SAID_NO_ACK = 1u << 3,
};

typedef struct {
    uint32_t frame;            /* its first transmission */
    uint32_t cseq;
    uint32_t provisional;      /* frame of its first 18x */
    uint32_t final;            /* frame of its first final response */
    uint32_t last_frame;       /* its latest transmission (the doctor's, like all below
                                  the method) */
    uint32_t answer;           /* frame of its first response of any kind, 100 included */
    flow_key_t branch;         /* 0 when none */
    flow_key_t from_tag;       /* 0 when none */
    const char *realm;         /* pooled: evidence shows it */
    double first_time, last_time;
    double progress_time;      /* of its latest 101-199 (Timer C restarts there, §16.7 step 2) */
    int32_t session_expires;   /* delta-seconds have at most 9 digits (sipmsg.c); -1: none */
    int32_t expires;
    endpoint_id_t src, dst;
    uint16_t progress_code;    /* its latest 101-199, 0 if none */
    uint8_t method;
    uint8_t credentials;
    uint8_t sends;             /* transmissions seen, saturating */
    bool in_dialog;
    uint8_t said;              /* SAID_* */
} request_note_t;

/* A final response as the call saw it: once per CSeq, whatever the hop,
 * with what it was judged on, for its copies. */
typedef struct {
    uint32_t frame;
    uint32_t cseq;
    uint32_t earlier;          /* the evidence frame it had */
    uint16_t facts;            /* its CALL_HISTORY_FACTS */
    uint16_t code;
    uint8_t method;
} answer_note_t;

/* A challenge (401 or 407) as the call saw it. */
typedef struct {
    uint32_t frame;
    const char *realm;
    uint8_t method;
    bool proxy;                /* 407: answered by Proxy-Authorization */
    bool after_credentials;    /* it refused credentials for its realm, since the
                                  last success of its method */
} challenge_note_t;

/* A 2xx to INVITE at one hop, one To tag: sent by the UAS core until its
 * ACK comes (RFC 3261 §13.3.1.4). */
typedef struct {
    uint32_t first, last;      /* frames of its first and latest transmission */
    uint32_t ack;              /* the ACK that reached its sender, 0 if none */
    uint32_t stray_ack;        /* the latest ACK for it that went to another address */
    uint32_t cseq;
    uint16_t code;
    uint8_t sends;             /* saturating */
    uint8_t said;              /* SAID_* */
    double first_time, last_time;
    flow_key_t branch, to_tag;
    endpoint_id_t src, dst, stray_ack_dst;
} ok_note_t;

typedef struct {
    uint32_t next;
    uint32_t used;
    uint32_t capacity;         /* of its array, which grows to the ring's size */
} ring_t;

/* The call as a whole, for its outcome: never forgotten, unlike the rings. */
typedef struct {
    uint32_t invite;           /* the first initial INVITE (no To tag) */
    uint32_t invite_cseq;      /* the latest initial INVITE transaction's CSeq */
    uint32_t ringing;          /* first 101-199 to an initial INVITE */
    uint32_t answer;           /* first 2xx to an initial INVITE */
    uint32_t final;            /* first final >= 300 to the latest initial INVITE */
    uint32_t final_cseq;
    uint32_t cancel;
    uint32_t bye;              /* the first BYE */
    uint32_t crossed_bye;      /* the other side's BYE, sent before the first was answered */
    uint32_t no_ack;           /* frame where a missing ACK became certain */
    uint32_t refresh_failed;   /* frame of a 408/481 to an in-dialog INVITE/UPDATE, or
                                  where its Timer B/F expired */
    uint32_t unreachable;      /* frame where the initial INVITE's Timer B expired */
    uint32_t no_answer;        /* 0, or 1 when Timer C expired (found at the end) */
    uint16_t final_code;
    /* A session refresh (in-dialog INVITE or UPDATE after the answer) that
     * failed, with no successful one since: refresh-failed on the BYE. */
    uint32_t refresh;          /* its first transmission, 0: none pending */
    uint32_t refresh_answer;   /* its failure response, 0: it timed out */
    uint16_t refresh_code;
    uint8_t refresh_method;
    uint8_t said;              /* STORY_SAID_* */
    /* The session interval the latest 2xx to INVITE or UPDATE granted
     * (Session-Expires, RFC 4028 §9), and whether a refresh came since. */
    uint32_t session_interval; /* seconds, 0: no session timer */
    uint32_t session_ok;       /* that 2xx */
    uint32_t refresh_since;    /* the first in-dialog INVITE/UPDATE after it */
    double session_since;
    /* Legs: the To tags of the 101-299 to the initial INVITE (§12.1). */
    uint8_t legs;
    uint8_t link;              /* sipdiag_link_t of linked */
    uint32_t linked;           /* the other leg's call index + 1, 0: none */
    flow_key_t leg_tags[MAX_LEG_TAGS];
    uint32_t first_leg;        /* the response that opened the first leg */
    bool bye_answered;
    bool in_dialog_seen;       /* a request with a To tag: the call began before the capture */
    double invite_time, ringing_time, answer_time, bye_time;
    flow_key_t caller_tag, bye_tag;
    endpoint_id_t caller, callee, final_from, bye_from;
    const char *callee_server, *final_server, *bye_reason; /* pooled */
} call_story_t;

typedef struct {
    /* Rings of at most RECENT_* entries, allocated as they fill (1, 2, 4,
     * then 8): most calls send one to three requests and get no challenge. */
    request_note_t *requests;
    answer_note_t *answers;
    challenge_note_t *challenges;
    ok_note_t *oks;
    call_story_t story;
    flow_key_t key;                  /* the table's key: call_id's */
    const char *call_id;
    uint32_t index;                  /* in the call order */
    int32_t min_se;                  /* the latest 422's Min-SE, -1 if none */
    int32_t min_expires;             /* the latest 423's Min-Expires, -1 if none */
    ring_t request_ring, answer_ring, challenge_ring, ok_ring;
} call_t;

/* An initial INVITE, as linking legs by numbers and time needs it. */
typedef struct {
    call_t *call;
    double time;
    endpoint_id_t src, dst;
    char from[24], to[24];     /* the digits of the From and To user parts */
} recent_invite_t;

/* A transaction whose 64*T1 deadline is pending: a request note (ok false)
 * or a 2xx note (ok true), told by its first frame. */
typedef struct {
    call_t *call;
    uint32_t frame;
    bool ok;
    double deadline;
} watch_t;

struct sipdiag_flows {
    GHashTable *calls;   /* key of the Call-ID -> call_t */
    GHashTable *strings; /* the pool of strings shown: realms, Server values, Reasons */
    GHashTable *endpoints; /* endpoint_t -> itself */
    GPtrArray *endpoint_list; /* endpoint_t, by id - 1 */
    bool saturated;      /* the pool or the endpoint table was full at least once */
    GPtrArray *order;    /* the calls, in order of their first message */
    GQueue *watches;     /* watch_t, deadlines in capture order */
    GArray *found;       /* sipdiag_detection_t found by the latest message */
    GHashTable *links;   /* key of a correlation value (flow_key_t, owned) -> the first
                            call_t with it */
    recent_invite_t recent[RECENT_INVITES]; /* for linking legs by numbers */
    ring_t recent_ring;
    sipdiag_leg_event_t leg;             /* what the latest message showed of legs */
    unsigned max_calls;
    uint32_t last_frame; /* the latest message's frame */
    double now;          /* the latest capture time seen */
    double end;          /* the capture's end, once finished */
    bool finished;
};

const char *sipdiag_flows_pooled(sipdiag_flows_t *flows, const char *text);
/* The key of a string compared for equality only (branch, tag, Call-ID):
 * 0 for NULL. */
flow_key_t sipdiag_flows_key(const char *text);
/* The id of a message's source or destination (text when given, else its
 * captured address), 0 when unknown or the table is full. */
endpoint_id_t sipdiag_flows_endpoint(sipdiag_flows_t *flows, const char *text,
                                     const sipdiag_endpoint_t *at);
/* "192.0.2.1:5060", "[2001:db8::1]:5060"; NULL for 0. */
const char *sipdiag_flows_endpoint_text(const sipdiag_flows_t *flows, endpoint_id_t id);
unsigned sipdiag_flows_next_slot(ring_t *ring, unsigned size);
/* The next entry of a ring whose array *items grows as it fills: the
 * slot sipdiag_flows_next_slot() gives, in an array big enough for it. */
void *sipdiag_flows_ring_slot(void **items, ring_t *ring, unsigned size, size_t item_size);
request_note_t *sipdiag_flows_find_request(call_t *call, uint32_t cseq, uint8_t method,
                                           flow_key_t branch);

/* doctor.c's part of feeding a message: after flows.c noted it. */
void sipdiag_doctor_request(sipdiag_flows_t *flows, call_t *call, const sipdiag_flow_msg_t *m,
                            request_note_t *note, bool resent);
void sipdiag_doctor_ack(sipdiag_flows_t *flows, call_t *call, const sipdiag_flow_msg_t *ack);
void sipdiag_doctor_response(sipdiag_flows_t *flows, call_t *call, const sipdiag_flow_msg_t *m);
/* Before a message: forget the previous message's detections.  After it:
 * the deadlines its time has passed. */
void sipdiag_doctor_begin(sipdiag_flows_t *flows, const sipdiag_flow_msg_t *m);
/* legs.c: a call's first initial INVITE, linked to another leg if the
 * capture says so; a 101-299 to it, counted as a leg by its To tag. */
void sipdiag_legs_invite(sipdiag_flows_t *flows, call_t *call, const sipdiag_flow_msg_t *m,
                         endpoint_id_t src, endpoint_id_t dst);
void sipdiag_legs_response(sipdiag_flows_t *flows, call_t *call, const sipdiag_flow_msg_t *m);
void sipdiag_doctor_end(sipdiag_flows_t *flows);

#endif /* SIPDIAG_FLOWS_INTERNAL_H */
