/* doctor.h - the call doctor: what the transactions of each call did over
 * time (sent, retransmitted, answered, acknowledged), the failures that
 * carry no error code (a 2xx never ACKed, a request nobody answers, an
 * INVITE left at 100 Trying), and each call's outcome.
 *
 * It reads the same model as the context facts (flows.h): feed messages
 * with sipdiag_flows_request()/sipdiag_flows_response() in capture order,
 * with their capture time and addresses, then read what each message made
 * certain with sipdiag_flows_detections(); at the end of the capture,
 * sipdiag_flows_finish() says what only the end can tell.
 *
 * Timers are RFC 3261's with the default T1 of 500 ms: a detection that a
 * timer must decide is claimed once a later frame of the capture is 64*T1
 * (32 s) past the first transmission; at the end of a capture shorter than
 * that, it is reported as not certain ("the capture ends 4 s after the
 * INVITE, before Timer B").  Only retransmissions prove that a sender
 * waited in vain: a request or 2xx seen once is never claimed unanswered
 * (the capture may miss the other direction), and copies less than 50 ms
 * apart are one packet captured twice, not a retransmission.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef SIPDIAG_DOCTOR_H
#define SIPDIAG_DOCTOR_H

#include <stdbool.h>
#include <stdint.h>

#include "legs.h"
#include "sipdiag.h"

typedef struct sipdiag_flows sipdiag_flows_t;

typedef enum {
    /* A request sent more than once before what stops its retransmission
     * came (INVITE: any response, Timer A; others: a final one, Timer E).
     * Certain on that response. */
    SIPDIAG_DETECT_RETRANSMISSIONS,
    /* A 2xx to INVITE sent more than once before its ACK reached its sender
     * (RFC 3261 §13.3.1.4).  Certain on the ACK. */
    SIPDIAG_DETECT_OK_RETRANSMISSIONS,
    /* A 2xx to INVITE retransmitted, and no ACK ever reached its sender
     * (an ACK sent to another address counts as arrived when the 2xx
     * stopped after it before 64*T1 - T2).  Certain on a BYE of the call,
     * or on the first frame 64*T1 after the 2xx, or at the end of a
     * capture that long. */
    SIPDIAG_DETECT_NO_ACK,
    /* A request other than BYE, CANCEL and ACK retransmitted without any
     * response, not even 100 (Timer B for INVITE, F for the others).
     * Certain on the first frame 64*T1 after it, or at the end. */
    SIPDIAG_DETECT_NO_RESPONSE,
    /* An INVITE that got a provisional response and no final one: a
     * proxy's Timer C (> 3 min, §16.6 step 11).  Only at the end: certain
     * when the capture lasts 3 min past the latest provisional. */
    SIPDIAG_DETECT_NO_FINAL,
    /* A BYE, or a CANCEL, retransmitted without any response: as
     * NO_RESPONSE (Timer F). */
    SIPDIAG_DETECT_BYE_UNANSWERED,
    SIPDIAG_DETECT_CANCEL_UNANSWERED,
    /* A BYE after an in-dialog re-INVITE or UPDATE after the answer got
     * 408 or 481 or no answer at all (retransmitted), or, when it was a
     * session refresh (it carried Session-Expires), another final >= 300
     * (not the 401, 407, 422 or 491 that ask for a retry); no successful
     * one since (RFC 4028 §10, RFC 3261 §12.2.1.2).  Certain on the BYE. */
    SIPDIAG_DETECT_REFRESH_FAILED,
    /* The first BYE comes when the session interval the latest 2xx
     * granted (Session-Expires) runs out, no refresh sent since: from
     * interval - min(32, interval/3) - 2 s (when RFC 4028 §10 has the
     * side that does not refresh send it) to interval + 2 s.  Likely, not
     * certain: said so. */
    SIPDIAG_DETECT_BYE_AT_SESSION_EXPIRY,
    /* The first BYE of the 2xx's sender comes 31-34 s (64*T1) after a 2xx
     * to INVITE for which the capture shows no ACK at all and that was not
     * retransmitted (TCP, or a capture that saw one copy; with
     * retransmissions it is NO_ACK): likely the UAS gave up on the ACK
     * (RFC 3261 §13.3.1.4). */
    SIPDIAG_DETECT_BYE_AT_64T1,
    SIPDIAG_DETECT_COUNT
} sipdiag_detection_kind_t;

typedef struct {
    sipdiag_detection_kind_t kind;
    bool certain;          /* false: the capture ends before the timer (finish only) */
    uint32_t frame;        /* where it became certain; at finish, the last frame fed */
    uint32_t first, last;  /* first and latest transmission of the request or 2xx */
    uint32_t partner;      /* what ended it: the response, the ACK, the BYE; 0: none */
    unsigned count;        /* transmissions seen (saturates at 255) */
    double span;           /* seconds from the first to the latest transmission */
    double elapsed;        /* seconds from the first transmission (NO_FINAL: from the
                              latest provisional) to the frame or capture end that decided */
    const char *method;    /* the request's method, or the one the 2xx answers (never
                              NULL: methods outside the IANA registry are not judged) */
    unsigned code;         /* the 2xx's code; NO_FINAL: the latest provisional's */
    const char *peer;      /* where it was sent ("ip:port"), NULL if unknown */
    const char *sender;    /* who sent it, NULL if unknown */
    const char *timer;     /* "Timer A", "Timer B", "Timer C", "Timer E", "Timer F", "64*T1" */
    const char *call_id;
    uint32_t stray_ack;    /* NO_ACK: the latest ACK sent for it to another address than
                              the 2xx came from, 0 if none */
    const char *stray_ack_dst;
    unsigned interval;     /* BYE_AT_SESSION_EXPIRY: the session interval, seconds */
} sipdiag_detection_t;
/* Strings in a detection or an outcome live as long as the flows. */

/* The detections the latest message fed made certain: copies up to max of
 * them into out and returns how many there were (call again with a bigger
 * array if more).  Valid until the next message is fed. */
unsigned sipdiag_flows_detections(const sipdiag_flows_t *flows, sipdiag_detection_t *out,
                                  unsigned max);

typedef void (*sipdiag_detection_cb)(const sipdiag_detection_t *detection, void *data);

/* The end of the capture, at capture_end (seconds, same clock as the
 * messages'): calls each with what only the end tells, call by call in
 * order of their first message, certain or not (see the kinds).  Outcomes
 * read afterwards account for it.  Call it once. */
void sipdiag_flows_finish(sipdiag_flows_t *flows, double capture_end,
                          sipdiag_detection_cb each, void *data);

typedef enum {
    SIPDIAG_OUTCOME_NOT_A_CALL,    /* no INVITE, no BYE: REGISTER, OPTIONS, SUBSCRIBE... */
    SIPDIAG_OUTCOME_JOINED,        /* in-dialog requests only: the capture starts mid-call */
    SIPDIAG_OUTCOME_JOINED_ENDED,  /* the same, and a BYE ended it */
    SIPDIAG_OUTCOME_IN_PROGRESS,   /* INVITE sent, no final response yet, no timer expired */
    SIPDIAG_OUTCOME_ESTABLISHED,   /* answered, still up when the capture (so far) ends */
    SIPDIAG_OUTCOME_ENDED,         /* answered, then a BYE */
    SIPDIAG_OUTCOME_FAILED,        /* a final >= 300 (not the 487 of a CANCEL) */
    SIPDIAG_OUTCOME_CANCELLED,     /* CANCEL (or the caller's BYE on the early dialog) */
    SIPDIAG_OUTCOME_UNREACHABLE,   /* the INVITE got no response at all: Timer B */
    SIPDIAG_OUTCOME_NO_ANSWER,     /* provisional, then nothing for Timer C */
    SIPDIAG_OUTCOME_TORN_DOWN_NO_ACK,        /* answered, 2xx never ACKed (§13.3.1.4) */
    SIPDIAG_OUTCOME_TORN_DOWN_REFRESH_FAILED,/* answered, an in-dialog INVITE/UPDATE got
                                                408/481 or nothing, or another
                                                failure and then the BYE */
    SIPDIAG_OUTCOME_TORN_DOWN_CAUSE,         /* answered, BYE with a Q.850 cause > 31
                                                (not a normal event class) */
    SIPDIAG_OUTCOME_COUNT
} sipdiag_outcome_t;

typedef enum {
    SIPDIAG_SIDE_UNKNOWN,
    SIPDIAG_SIDE_CALLER,           /* the BYE has the initial INVITE's From tag */
    SIPDIAG_SIDE_CALLEE
} sipdiag_side_t;

typedef struct {
    sipdiag_outcome_t outcome;
    const char *call_id;
    uint32_t invite, ringing, answer, final, cancel, bye, crossed_bye; /* frames, 0: none */
    uint32_t decided;          /* the frame that made a torn-down, unreachable outcome
                                  certain (BYE, 408/481, the timer's frame), 0 if none */
    double post_dial_delay;    /* first INVITE to first 18x, seconds; -1 unknown */
    double setup_time;         /* first INVITE to the 2xx; -1 unknown */
    double duration;           /* 2xx to BYE; -1 unknown */
    unsigned final_code;       /* FAILED, CANCELLED: the final response; 0 if none */
    const char *final_from;    /* the address that sent it */
    const char *final_server;  /* its Server header */
    const char *caller;        /* the first INVITE's source address */
    const char *callee;        /* the 2xx's source address */
    const char *callee_server; /* the 2xx's Server header */
    sipdiag_side_t ended_by;   /* the first BYE's side */
    const char *ended_from;    /* its source address */
    const char *reason;        /* its Reason header */
    unsigned q850_cause;       /* the Q.850 cause of that Reason, 0 if none */
    /* Legs (legs.h). */
    unsigned legs;             /* early dialogs or dialogs the initial INVITE made
                                  (To tags of its 101-299): 2 or more is a fork */
    bool legs_at_least;        /* more To tags than remembered: legs is a floor */
    const char *linked_call_id;/* a B2BUA's other leg, NULL if none */
    uint32_t linked_invite;    /* its first INVITE */
    unsigned linked_index;     /* its index, for sipdiag_flows_outcome_at */
    sipdiag_link_t linked_by;
    bool linked_probably;      /* linked by numbers and time only */
} sipdiag_call_outcome_t;

/* A call's outcome so far (or at the end, after finish); false when the
 * table does not follow that Call-ID. */
bool sipdiag_flows_outcome(const sipdiag_flows_t *flows, const char *call_id,
                           sipdiag_call_outcome_t *out);

/* The calls followed, in order of their first message, by index. */
unsigned sipdiag_flows_call_count(const sipdiag_flows_t *flows);
bool sipdiag_flows_outcome_at(const sipdiag_flows_t *flows, unsigned index,
                              sipdiag_call_outcome_t *out);

/* What the latest message fed showed of its call's legs: a 101-299
 * opening a second or further early dialog of a fork, or an initial
 * INVITE linked to another call's.  Valid until the next message. */
typedef struct {
    unsigned leg;              /* a new leg's number, 2 or more; 0: none */
    uint32_t invite;           /* the call's first INVITE */
    uint32_t first_leg;        /* the response that opened leg 1 */
    uint32_t linked_invite;    /* the other leg's first INVITE, 0: not linked */
    const char *linked_call_id;
    sipdiag_link_t linked_by;
} sipdiag_leg_event_t;

bool sipdiag_flows_leg(const sipdiag_flows_t *flows, sipdiag_leg_event_t *out);

/* Stable keys, for filters: "retransmissions", "no-ack"...; "answered"... */
const char *sipdiag_detection_key(sipdiag_detection_kind_t kind);
const char *sipdiag_outcome_key(sipdiag_outcome_t outcome);

/* A kind's texts in one language. */
typedef struct {
    const char *summary;   /* certain; slots: {method} {code} {count} {span} {elapsed}
                              {peer} {sender} {timer} {first} {last} {partner}
                              {interval} {answer} (a code and frame, or "no answer") */
    const char *early;     /* not certain: the capture ends before the timer; NULL for
                              kinds that are always certain */
    const char *fix;       /* what to check, most likely cause first */
} sipdiag_detection_texts_t;

typedef struct {
    sipdiag_detection_kind_t kind;
    const char *key;
    const char *source;    /* the RFC sections that decide */
    sipdiag_detection_texts_t texts[3]; /* en, fr, es */
} sipdiag_detection_rule_t;

extern const sipdiag_detection_rule_t sipdiag_detection_rules[SIPDIAG_DETECT_COUNT];

/* The kind's texts in a language (English for those without their own). */
const sipdiag_detection_texts_t *sipdiag_detection_texts(sipdiag_detection_kind_t kind,
                                                         sipdiag_lang_t lang);
/* Seconds with one decimal and the language's decimal mark ("3,5"). */
void sipdiag_seconds_text(char *out, size_t size, double seconds, sipdiag_lang_t lang);

/* The summary with its slots filled, newly allocated (g_free): the early
 * wording when the detection is not certain. */
char *sipdiag_detection_summary(const sipdiag_detection_t *detection, sipdiag_lang_t lang);

#endif /* SIPDIAG_DOCTOR_H */
