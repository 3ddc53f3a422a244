/* registrations.h - what a capture shows of each registration binding and
 * subscription: registered (and for how long), refreshed, challenged,
 * failing, unanswered, de-registered, or expired without a refresh.
 *
 * Fed with every SIP message in capture order, as plain records (the
 * plugin adapts packets, the unit tests write them by hand).  A binding is
 * REGISTER's To URI (the address of record) with the request's first
 * Contact URI, as a registrar keeps it (RFC 3261 §10.3 step 7); a
 * subscription is SUBSCRIBE's To URI with its Event package and the
 * subscriber's Contact (RFC 6665 §4.1).  A response is matched to its
 * binding by Call-ID, CSeq number and method.
 *
 * What is claimed is what the frames read so far show:
 *  - a 401/407 to a request without credentials is a challenge, the normal
 *    first step (RFC 3261 §22.1); one to a request that carried credentials
 *    (and not stale=true) is a failure, like every other final >= 300;
 *  - expired: the binding's granted expiry (the 2xx's Contact expires
 *    parameter, else its Expires header, RFC 3261 §10.2.4 and §10.3 step 8;
 *    RFC 6665 §4.1.2 for subscriptions) plus SIPDIAG_REG_EXPIRY_MARGIN
 *    has passed at a later frame, and no request for the binding was sent
 *    since the grant.  A capture that ends before then claims nothing;
 *  - unanswered: the latest request got no response at all and a later
 *    frame is 64*T1 (Timer F, §17.1.2.2) past its first transmission.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef SIPDIAG_REGISTRATIONS_H
#define SIPDIAG_REGISTRATIONS_H

#include <stdbool.h>
#include <stdint.h>

#include "sipdiag.h"

/* Seconds past a granted expiry before a binding not refreshed is called
 * expired: room for the registrar's clock and a REGISTER in flight. */
#define SIPDIAG_REG_EXPIRY_MARGIN 2.0

typedef struct sipdiag_regs sipdiag_regs_t;

/* One SIP message.  Strings are read during the call only. */
typedef struct {
    uint32_t frame;
    double time;                /* capture time, seconds, never decreasing */
    bool is_response;
    unsigned code;              /* responses */
    const char *method;         /* requests: the method; responses: the CSeq method */
    bool has_cseq;
    uint32_t cseq;
    const char *call_id;
    const char *aor;            /* the To URI */
    const char *event;          /* the Event header (SUBSCRIBE), NULL when none */
    const char *contact;        /* the first Contact URI, NULL when none */
    int64_t expires;            /* first Contact's expires, else Expires; -1: none */
    unsigned credentials;       /* requests: SIPDIAG_AUTH_* (sipmsg.h) */
    bool stale_nonce;           /* responses: a challenge with stale=true */
    const char *src;            /* "ip:port" */
    const char *server;         /* responses: Server */
} sipdiag_reg_msg_t;

typedef enum {
    SIPDIAG_REG_PENDING,        /* asked, no final response yet */
    SIPDIAG_REG_CHALLENGED,     /* 401/407 to a request without credentials, no retry yet */
    SIPDIAG_REG_REGISTERED,     /* a 2xx granted it for a while (SUBSCRIBE: active) */
    SIPDIAG_REG_FAILING,        /* the latest final was a failure */
    SIPDIAG_REG_UNANSWERED,     /* no response at all for 64*T1 */
    SIPDIAG_REG_DEREGISTERED,   /* a 2xx to Expires 0 (SUBSCRIBE: unsubscribed) */
    SIPDIAG_REG_EXPIRED,        /* the grant lapsed with no refresh sent */
    SIPDIAG_REG_OUTCOME_COUNT
} sipdiag_reg_outcome_t;

typedef struct {
    sipdiag_reg_outcome_t outcome;
    bool subscription;          /* SUBSCRIBE, not REGISTER */
    const char *aor;
    const char *event;          /* subscriptions: the Event package */
    const char *contact;
    const char *source;         /* where its first request came from */
    int64_t expires;            /* seconds granted by the latest 2xx, -1 none */
    double granted_at;          /* capture time of that 2xx, -1 none */
    unsigned successes;         /* 2xx final responses */
    unsigned refreshes;         /* 2xx after the first one that kept it up */
    unsigned challenges;        /* 401/407 to requests without credentials */
    unsigned failures;          /* the other finals >= 300 */
    unsigned failures_in_row;   /* since the latest 2xx */
    unsigned last_code;         /* the latest final response */
    const char *failed_from;    /* the latest failure's sender */
    const char *failed_server;  /* its Server header */
    uint32_t first;             /* frames: its first request */
    uint32_t last_request;      /* its latest request (first transmission) */
    uint32_t last_success;      /* the latest 2xx */
    uint32_t last_failure;      /* the latest failure */
    uint32_t decided;           /* what made expired or unanswered certain */
} sipdiag_reg_binding_t;

typedef enum {
    SIPDIAG_REG_DETECT_FAILING,   /* a second failure in a row, and each after */
    SIPDIAG_REG_DETECT_EXPIRED,   /* certain on the first frame past expiry + margin */
    SIPDIAG_REG_DETECT_UNANSWERED,/* certain on the first frame 64*T1 after the request */
    SIPDIAG_REG_DETECT_COUNT
} sipdiag_reg_detection_kind_t;

typedef struct {
    sipdiag_reg_detection_kind_t kind;
    uint32_t frame;             /* where it became certain */
    unsigned binding_index;     /* for sipdiag_regs_at() */
    double elapsed;             /* seconds: since the expiry (EXPIRED), since the request
                                   (UNANSWERED); 0 for FAILING */
    sipdiag_reg_binding_t binding; /* the binding then */
} sipdiag_reg_detection_t;
/* Strings in a binding live as long as the model. */

/* A model following at most max_bindings; beyond, new ones are ignored. */
sipdiag_regs_t *sipdiag_regs_new(unsigned max_bindings);
void sipdiag_regs_free(sipdiag_regs_t *regs);

/* Feeds one message (any method: the others only move the clock).
 * Returns the index of the binding it belongs to, or -1. */
int sipdiag_regs_feed(sipdiag_regs_t *regs, const sipdiag_reg_msg_t *m);

/* The detections the latest message fed made certain (see
 * sipdiag_flows_detections for the contract). */
unsigned sipdiag_regs_detections(const sipdiag_regs_t *regs, sipdiag_reg_detection_t *out,
                                 unsigned max);

/* Bindings in order of their first request. */
unsigned sipdiag_regs_count(const sipdiag_regs_t *regs);
bool sipdiag_regs_at(const sipdiag_regs_t *regs, unsigned index, sipdiag_reg_binding_t *out);

/* "registered", "failing"...; subscriptions say "active" and
 * "unsubscribed" for registered and de-registered. */
const char *sipdiag_reg_outcome_key(sipdiag_reg_outcome_t outcome, bool subscription);
const char *sipdiag_reg_detection_key(sipdiag_reg_detection_kind_t kind);

typedef struct {
    const char *summary;  /* slots: {method} {aor} {what} {count} {code} {phrase} {from}
                             {expires} {granted} {elapsed} {request} */
    const char *fix;
} sipdiag_reg_texts_t;

typedef struct {
    sipdiag_reg_detection_kind_t kind;
    const char *key;
    const char *source;   /* the RFC sections that decide */
    sipdiag_reg_texts_t texts[3]; /* en, fr, es */
} sipdiag_reg_rule_t;

extern const sipdiag_reg_rule_t sipdiag_reg_rules[SIPDIAG_REG_DETECT_COUNT];

const sipdiag_reg_texts_t *sipdiag_reg_texts(sipdiag_reg_detection_kind_t kind,
                                             sipdiag_lang_t lang);
/* The summary with its slots filled, newly allocated (g_free). */
char *sipdiag_reg_summary(const sipdiag_reg_detection_t *detection, sipdiag_lang_t lang);

#endif /* SIPDIAG_REGISTRATIONS_H */
