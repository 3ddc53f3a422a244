/* flows.c - per-call memory for context: which requests were sent with
 * credentials or inside a dialog, which INVITEs were cancelled, which codes
 * already answered which method.
 *
 * Only the first pass writes here, frame by frame in capture order; the
 * facts a response gets are stored with its frame (packet-sipdiag.c), so
 * later passes and GUI redissections in any order read the same answer.
 * Every list is a small ring: a call keeps its recent history, not all.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "flows.h"

#include "context.h"
#include "sipdiag.h"

/* Small rings: a call keeps its recent history, which is what the rules
 * read, in about 100 bytes.  Methods are ids (sipdiag_method_id): unknown
 * methods share id 0, so they are told apart by CSeq only. */
#define RECENT_REQUESTS 6
#define RECENT_CANCELS 2
#define RECENT_ANSWERS 8

/* Where a ring writes next, and how many of its slots hold something. */
typedef struct {
    guint8 next;
    guint8 used;
} ring_t;

typedef struct {
    guint32 cseq;
    guint8 method;
    bool credentials;
    bool in_dialog;
} request_note_t;

typedef struct {
    guint32 cseq;
    guint16 code;
    guint8 method;
} answer_note_t;

typedef struct {
    request_note_t requests[RECENT_REQUESTS];
    guint32 cancelled_cseqs[RECENT_CANCELS];
    answer_note_t answers[RECENT_ANSWERS];
    guint8 challenges[SIPDIAG_METHOD_COUNT]; /* 401/407 since the last 2xx, per method */
    ring_t request_ring, cancel_ring, answer_ring;
} call_t;

static wmem_map_t *calls;

void
sipdiag_flows_init(void)
{
    calls = wmem_map_new(wmem_file_scope(), wmem_str_hash, g_str_equal);
}

/* The call's memory, created on first sight unless the table is full. */
static call_t *
call_of(const char *call_id, bool *untracked)
{
    if (call_id == NULL || calls == NULL)
        return NULL;
    call_t *call = wmem_map_lookup(calls, call_id);
    if (call != NULL)
        return call;
    if (wmem_map_size(calls) >= SIPDIAG_MAX_CALLS) {
        if (untracked != NULL)
            *untracked = true;
        return NULL;
    }
    call = wmem_new0(wmem_file_scope(), call_t);
    wmem_map_insert(calls, wmem_strdup(wmem_file_scope(), call_id), call);
    return call;
}

/* The slot a ring's next entry goes to: the oldest once it is full. */
static unsigned
next_slot(ring_t *ring, unsigned size)
{
    unsigned slot = ring->next;
    ring->next = (guint8)((slot + 1) % size);
    if (ring->used < size)
        ring->used++;
    return slot;
}

static const request_note_t *
find_request(const call_t *call, guint32 cseq, guint8 method)
{
    for (unsigned i = 0; i < call->request_ring.used; i++) {
        if (call->requests[i].cseq == cseq && call->requests[i].method == method)
            return &call->requests[i];
    }
    return NULL;
}

void
sipdiag_flows_note_request(sipdiag_message_t *request)
{
    call_t *call = call_of(request->call_id, NULL);
    if (call == NULL || !request->has_cseq)
        return;
    guint8 method = (guint8)sipdiag_method_id(request->method);
    /* Unknown methods share id 0: told apart by CSeq only, as everywhere. */
    request->resent = find_request(call, request->cseq, method) != NULL;
    if (request->resent)
        return;
    request_note_t *note = &call->requests[next_slot(&call->request_ring, RECENT_REQUESTS)];
    note->cseq = request->cseq;
    note->method = method;
    note->credentials = request->has_credentials;
    note->in_dialog = request->has_to_tag;
    if (note->method == sipdiag_method_id("CANCEL"))
        call->cancelled_cseqs[next_slot(&call->cancel_ring, RECENT_CANCELS)] = request->cseq;
}

static bool
was_cancelled(const call_t *call, guint32 cseq)
{
    for (unsigned i = 0; i < call->cancel_ring.used; i++) {
        if (call->cancelled_cseqs[i] == cseq)
            return true;
    }
    return false;
}

/* An earlier answer with this code to this method, in the same
 * transaction (same CSeq) or in any. */
static bool
answered_before(const call_t *call, guint8 method, unsigned code, bool same_cseq, guint32 cseq)
{
    for (unsigned i = 0; i < call->answer_ring.used; i++) {
        const answer_note_t *answer = &call->answers[i];
        if (answer->code == code && answer->method == method
            && (!same_cseq || answer->cseq == cseq))
            return true;
    }
    return false;
}

unsigned
sipdiag_flows_own_facts(const sipdiag_message_t *response)
{
    return response->stale_nonce ? SIPDIAG_FACT_STALE_NONCE : 0;
}

unsigned
sipdiag_flows_judge_response(const sipdiag_message_t *response, bool *untracked)
{
    unsigned facts = sipdiag_flows_own_facts(response);
    bool challenge = response->code == 401 || response->code == 407;
    call_t *call = call_of(response->call_id, untracked);
    if (call == NULL || !response->has_cseq)
        return facts;

    guint8 method = (guint8)sipdiag_method_id(response->method);
    const request_note_t *request = find_request(call, response->cseq, method);
    if (request != NULL) {
        facts |= SIPDIAG_FACT_REQUEST_SEEN;
        if (request->credentials)
            facts |= SIPDIAG_FACT_CREDENTIALS;
        if (request->in_dialog)
            facts |= SIPDIAG_FACT_IN_DIALOG;
    }
    if (was_cancelled(call, response->cseq))
        facts |= SIPDIAG_FACT_CANCELLED;

    /* Provisional answers say nothing of repeats.  The same answer to the
     * same transaction (a retransmission, or a copy from another hop)
     * repeats its original, not the flow: it neither counts as a repeat
     * nor is counted. */
    if (response->code < 200
        || answered_before(call, method, response->code, true, response->cseq))
        return facts;
    if (answered_before(call, method, response->code, false, 0))
        facts |= SIPDIAG_FACT_REPEATED;
    if (challenge && call->challenges[method] >= 2)
        facts |= SIPDIAG_FACT_CHALLENGE_LOOP;

    answer_note_t *answer = &call->answers[next_slot(&call->answer_ring, RECENT_ANSWERS)];
    answer->cseq = response->cseq;
    answer->method = method;
    answer->code = (guint16)response->code;
    if (challenge && call->challenges[method] < G_MAXUINT8)
        call->challenges[method]++;
    else if (!challenge && response->code < 300)
        call->challenges[method] = 0;
    return facts;
}
