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

#include <string.h>

#include "context.h"

#define METHOD_LEN 16     /* longer method names are cut, on both sides alike */
#define RECENT_REQUESTS 16
#define RECENT_CANCELS 8
#define RECENT_ANSWERS 32
#define METHODS_CHALLENGED 8

typedef struct {
    unsigned cseq;
    char method[METHOD_LEN];
    bool credentials;
    bool in_dialog;
} request_note_t;

typedef struct {
    char method[METHOD_LEN];
    unsigned code;
} answer_note_t;

typedef struct {
    char method[METHOD_LEN];
    unsigned challenges;   /* 401/407 since the last 2xx to this method */
} challenge_note_t;

typedef struct {
    request_note_t requests[RECENT_REQUESTS];
    unsigned n_requests;
    unsigned cancelled_cseqs[RECENT_CANCELS];
    unsigned n_cancels;
    answer_note_t answers[RECENT_ANSWERS];
    unsigned n_answers;
    challenge_note_t challenged[METHODS_CHALLENGED];
    unsigned n_challenged;
} call_t;

static wmem_map_t *calls;

void
sipdiag_flows_init(void)
{
    calls = wmem_map_new(wmem_file_scope(), wmem_str_hash, g_str_equal);
}

static void
copy_method(char dst[METHOD_LEN], const char *method)
{
    g_strlcpy(dst, method != NULL ? method : "", METHOD_LEN);
}

static bool
same_method(const char stored[METHOD_LEN], const char *method)
{
    return method != NULL && strncmp(stored, method, METHOD_LEN - 1) == 0;
}

/* The call's memory, created on first sight unless the table is full. */
static call_t *
call_of(const char *call_id, bool create, bool *untracked)
{
    if (call_id == NULL || calls == NULL)
        return NULL;
    call_t *call = wmem_map_lookup(calls, call_id);
    if (call != NULL || !create)
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

void
sipdiag_flows_note_request(const sipdiag_message_t *request)
{
    call_t *call = call_of(request->call_id, true, NULL);
    if (call == NULL || !request->has_cseq || request->resent)
        return;
    request_note_t *note = &call->requests[call->n_requests++ % RECENT_REQUESTS];
    note->cseq = request->cseq;
    copy_method(note->method, request->method);
    note->credentials = request->has_credentials;
    note->in_dialog = request->has_to_tag;
    if (same_method(note->method, "CANCEL"))
        call->cancelled_cseqs[call->n_cancels++ % RECENT_CANCELS] = request->cseq;
}

static const request_note_t *
find_request(const call_t *call, unsigned cseq, const char *method)
{
    unsigned kept = MIN(call->n_requests, RECENT_REQUESTS);
    /* Newest first: a retried request reuses nothing, but CSeq wraps are
     * rare enough that the latest match is the right one. */
    for (unsigned i = 0; i < kept; i++) {
        const request_note_t *note = &call->requests[(call->n_requests - 1 - i) % RECENT_REQUESTS];
        if (note->cseq == cseq && same_method(note->method, method))
            return note;
    }
    return NULL;
}

static bool
was_cancelled(const call_t *call, unsigned cseq)
{
    for (unsigned i = 0; i < MIN(call->n_cancels, RECENT_CANCELS); i++) {
        if (call->cancelled_cseqs[i] == cseq)
            return true;
    }
    return false;
}

static bool
answered_before(const call_t *call, const char *method, unsigned code)
{
    for (unsigned i = 0; i < MIN(call->n_answers, RECENT_ANSWERS); i++) {
        if (call->answers[i].code == code && same_method(call->answers[i].method, method))
            return true;
    }
    return false;
}

static challenge_note_t *
challenges_of(call_t *call, const char *method)
{
    for (unsigned i = 0; i < call->n_challenged; i++) {
        if (same_method(call->challenged[i].method, method))
            return &call->challenged[i];
    }
    if (call->n_challenged == METHODS_CHALLENGED)
        return NULL;
    challenge_note_t *note = &call->challenged[call->n_challenged++];
    copy_method(note->method, method);
    return note;
}

unsigned
sipdiag_flows_judge_response(const sipdiag_message_t *response, bool *untracked)
{
    unsigned facts = 0;
    bool challenge = response->code == 401 || response->code == 407;

    if (response->stale_nonce)
        facts |= SIPDIAG_FACT_STALE_NONCE;
    call_t *call = call_of(response->call_id, true, untracked);
    if (call == NULL || !response->has_cseq)
        return facts;

    const request_note_t *request = find_request(call, response->cseq, response->method);
    if (request != NULL) {
        facts |= SIPDIAG_FACT_REQUEST_SEEN;
        if (request->credentials)
            facts |= SIPDIAG_FACT_CREDENTIALS;
        if (request->in_dialog)
            facts |= SIPDIAG_FACT_IN_DIALOG;
    }
    if (was_cancelled(call, response->cseq))
        facts |= SIPDIAG_FACT_CANCELLED;
    /* A retransmission repeats its original, not the flow: it neither
     * counts as a repeat nor is counted.  Provisional answers say nothing
     * of repeats. */
    if (response->resent || response->code < 200)
        return facts;
    if (answered_before(call, response->method, response->code))
        facts |= SIPDIAG_FACT_REPEATED;
    challenge_note_t *challenges = challenges_of(call, response->method);
    if (challenge && challenges != NULL && challenges->challenges >= 2)
        facts |= SIPDIAG_FACT_CHALLENGE_LOOP;

    {
        answer_note_t *answer = &call->answers[call->n_answers++ % RECENT_ANSWERS];
        copy_method(answer->method, response->method);
        answer->code = response->code;
        if (challenges != NULL) {
            if (challenge)
                challenges->challenges++;
            else if (response->code < 300)
                challenges->challenges = 0;
        }
    }
    return facts;
}
