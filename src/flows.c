/* flows.c - per-call memory for context: which requests were sent, with
 * which credentials, how often and at which hop; what answered them; which
 * INVITEs were cancelled; which challenges and negotiations came before.
 *
 * Transactions are told apart as RFC 3261 §17.1.3 and §17.2.3 do: by the
 * top Via branch with the CSeq method (the CSeq number too, for peers of
 * RFC 2543 that send no branch).  The same request forwarded by a proxy
 * has another branch at each hop, so each hop's response finds the request
 * it answers.  What the call as a whole went through (challenges,
 * negotiations) is counted once per CSeq, not once per hop.
 *
 * Every list is a small ring: a call keeps its recent history, which is
 * what the rules read.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "flows.h"
#include "flows_internal.h"

#include <arpa/inet.h>
#include <glib.h>
#include <stdio.h>
#include <string.h>

#include "context.h"
#include "sipdiag.h"
#include "sipmsg.h"

/* What a response learns from the call's history rather than from its own
 * request: a copy of it at another hop learns the same. */
#define CALL_HISTORY_FACTS \
    (SIPDIAG_FACT_CREDENTIALS_REFUSED | SIPDIAG_FACT_CHALLENGE_LOOP | SIPDIAG_FACT_REPEATED \
     | SIPDIAG_FACT_RETRY_TOO_SHORT)


static void
free_call(gpointer p)
{
    call_t *call = p;
    g_free(call->requests);
    g_free(call->answers);
    g_free(call->challenges);
    g_free(call->oks);
    g_free((char *)call->call_id);
    g_free(call);
}

static guint endpoint_hash(gconstpointer p);
static gboolean endpoint_equal(gconstpointer pa, gconstpointer pb);
static void free_endpoint(gpointer p);

/* The ids the rules below name, looked up once. */
static uint8_t method_ack, method_bye, method_cancel, method_invite;

/* The key's secret start, drawn at random (g_random reads /dev/urandom)
 * for each capture, that is whenever a table is made while no other is
 * alive (the plugin frees a file's table before making the next): a
 * capture cannot be crafted to make two branches or tags of a call
 * collide.  Not a MAC (SipHash would cost more than reading the message),
 * but what collides differs from run to run.  Call-IDs are also confirmed
 * by their copy. */
static uint64_t key_seed;
static unsigned live_tables;

static void
seed_keys(void)
{
    if (live_tables++ > 0)
        return;
    do
        key_seed = (uint64_t)g_random_int() << 32 | g_random_int();
    while (key_seed == 0);
}

sipdiag_flows_t *
sipdiag_flows_new(unsigned max_calls)
{
    method_ack = (uint8_t)sipdiag_method_id("ACK");
    method_bye = (uint8_t)sipdiag_method_id("BYE");
    method_cancel = (uint8_t)sipdiag_method_id("CANCEL");
    method_invite = (uint8_t)sipdiag_method_id("INVITE");
    seed_keys();
    sipdiag_flows_t *flows = g_new0(sipdiag_flows_t, 1);
    flows->calls = g_hash_table_new_full(g_int64_hash, g_int64_equal, NULL, free_call);
    flows->strings = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    flows->endpoints = g_hash_table_new(endpoint_hash, endpoint_equal);
    flows->endpoint_list = g_ptr_array_new_with_free_func(free_endpoint);
    flows->order = g_ptr_array_new();
    flows->found = g_array_new(FALSE, FALSE, sizeof(sipdiag_detection_t));
    flows->links = g_hash_table_new_full(g_int64_hash, g_int64_equal, g_free, NULL);
    flows->max_calls = max_calls;
    return flows;
}

void
sipdiag_flows_free(sipdiag_flows_t *flows)
{
    if (flows == NULL)
        return;
    live_tables--;
    g_hash_table_destroy(flows->links);
    g_hash_table_destroy(flows->calls);
    g_hash_table_destroy(flows->strings);
    g_hash_table_destroy(flows->endpoints);
    g_ptr_array_free(flows->endpoint_list, TRUE);
    g_ptr_array_free(flows->order, TRUE);
    g_free(flows->watches.items);
    g_array_free(flows->found, TRUE);
    g_free(flows);
}

/* One shared copy of a string, so that equal strings are equal pointers;
 * NULL for NULL, and once the pool is full for anything new. */
const char *
sipdiag_flows_pooled(sipdiag_flows_t *flows, const char *text)
{
    if (text == NULL)
        return NULL;
    const char *copy = g_hash_table_lookup(flows->strings, text);
    if (copy != NULL)
        return copy;
    if (g_hash_table_size(flows->strings) >= MAX_POOLED_STRINGS) {
        flows->saturated = true;
        return NULL;
    }
    char *owned = g_strdup(text);
    g_hash_table_insert(flows->strings, owned, owned);
    return owned;
}

/* A 64-bit hash (8 bytes a step, then murmur3's finaliser), keyed by
 * key_seed: collisions between the few branches and tags of one call are
 * left to chance, about 2^-64 a pair. */
flow_key_t
sipdiag_flows_key(const char *text)
{
    if (text == NULL)
        return 0;
    size_t len = strlen(text);
    uint64_t h = key_seed ^ (uint64_t)len;
    const char *p = text;
    for (; len >= 8; p += 8, len -= 8) {
        uint64_t word;
        memcpy(&word, p, 8);
        h = (h ^ word) * 0xff51afd7ed558ccdull;
        h ^= h >> 32;
    }
    /* The last 0-7 bytes in loads that cover them all (overlapping when
     * fewer than 8): a memcpy() of a variable length is a call, on the
     * 10 keys a message makes. */
    uint64_t tail = 0;
    if (len >= 4) {
        uint32_t first, last;
        memcpy(&first, p, 4);
        memcpy(&last, p + len - 4, 4);
        tail = first | (uint64_t)last << 32;
    } else if (len > 0) {
        tail = (uint64_t)(unsigned char)p[0] | (uint64_t)(unsigned char)p[len / 2] << 8
               | (uint64_t)(unsigned char)p[len - 1] << 16;
    }
    h = (h ^ tail) * 0xc4ceb9fe1a85ec53ull;
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    return h != 0 ? h : 1;
}

typedef struct {
    sipdiag_endpoint_t at;     /* family 0: text is the key */
    endpoint_id_t id;
    char *text;                /* family 4 and 6: written when first asked for */
} endpoint_t;

static guint
endpoint_hash(gconstpointer p)
{
    const endpoint_t *e = p;
    if (e->at.family == 0)
        return g_str_hash(e->text);
    uint64_t a, b;
    memcpy(&a, e->at.bytes, 8);
    memcpy(&b, e->at.bytes + 8, 8);
    uint64_t h = (a * 0xff51afd7ed558ccdull) ^ (b + e->at.port + ((uint64_t)e->at.family << 16));
    h *= 0xc4ceb9fe1a85ec53ull;
    return (guint)(h ^ (h >> 32));
}

static gboolean
endpoint_equal(gconstpointer pa, gconstpointer pb)
{
    const endpoint_t *a = pa, *b = pb;
    if (a->at.family != b->at.family)
        return FALSE;
    if (a->at.family == 0)
        return strcmp(a->text, b->text) == 0;
    return a->at.port == b->at.port && memcmp(a->at.bytes, b->at.bytes, 16) == 0;
}

static void
free_endpoint(gpointer p)
{
    endpoint_t *e = p;
    g_free(e->text);
    g_free(e);
}

/* "192.0.2.1:5060", "[2001:db8::1]:5060", as Wireshark writes them. */
static char *
endpoint_format(const sipdiag_endpoint_t *at)
{
    char address[INET6_ADDRSTRLEN] = "";
    inet_ntop(at->family == 6 ? AF_INET6 : AF_INET, at->bytes, address, sizeof address);
    return at->family == 6 ? g_strdup_printf("[%s]:%u", address, at->port)
                           : g_strdup_printf("%s:%u", address, at->port);
}

endpoint_id_t
sipdiag_flows_endpoint(sipdiag_flows_t *flows, const char *text, const sipdiag_endpoint_t *at)
{
    endpoint_t probe = { .text = (char *)text };
    if (text == NULL) {
        if (at == NULL || (at->family != 4 && at->family != 6))
            return 0;
        probe.at = *at;
        if (at->family == 4)
            memset(probe.at.bytes + 4, 0, 12);
    }
    const endpoint_t *known = g_hash_table_lookup(flows->endpoints, &probe);
    if (known != NULL)
        return known->id;
    if (flows->endpoint_list->len >= MAX_ENDPOINTS) {
        flows->saturated = true;
        return 0;
    }
    endpoint_t *e = g_new(endpoint_t, 1);
    e->at = probe.at;
    e->text = text != NULL ? g_strdup(text) : NULL;
    g_ptr_array_add(flows->endpoint_list, e);
    e->id = flows->endpoint_list->len;
    g_hash_table_insert(flows->endpoints, e, e);
    return e->id;
}

const char *
sipdiag_flows_endpoint_text(const sipdiag_flows_t *flows, endpoint_id_t id)
{
    if (id == 0 || id > flows->endpoint_list->len)
        return NULL;
    /* Formatted once, when a detection or an outcome first shows it. */
    endpoint_t *e = g_ptr_array_index(flows->endpoint_list, id - 1);
    if (e->text == NULL)
        e->text = endpoint_format(&e->at);
    return e->text;
}

bool
sipdiag_flows_saturated(const sipdiag_flows_t *flows)
{
    return flows->saturated;
}

static call_t *
call_of(sipdiag_flows_t *flows, const char *call_id, bool *untracked)
{
    if (call_id == NULL)
        return NULL;
    flow_key_t key = sipdiag_flows_key(call_id);
    call_t *call = g_hash_table_lookup(flows->calls, &key);
    if (call != NULL)
        return strcmp(call->call_id, call_id) == 0 ? call : NULL;
    if (g_hash_table_size(flows->calls) >= flows->max_calls) {
        if (untracked != NULL)
            *untracked = true;
        return NULL;
    }
    call = g_new0(call_t, 1);
    call->min_se = call->min_expires = -1;
    call->key = key;
    call->call_id = g_strdup(call_id);
    call->index = flows->order->len;
    g_hash_table_insert(flows->calls, &call->key, call);
    g_ptr_array_add(flows->order, call);
    return call;
}

/* A delta-seconds value as the call keeps it: the reader's have at most 9
 * digits; larger ones (only a hand-made record has them) count as 68 years. */
static int32_t
delta32(int64_t seconds)
{
    return seconds < 0 ? -1 : seconds > INT32_MAX ? INT32_MAX : (int32_t)seconds;
}

/* The slot a ring's next entry goes to: the oldest once it is full. */
unsigned
sipdiag_flows_next_slot(ring_t *ring, unsigned size)
{
    unsigned slot = ring->next;
    ring->next = (slot + 1) % size;
    if (ring->used < size)
        ring->used++;
    return slot;
}

void *
sipdiag_flows_ring_slot(void **items, ring_t *ring, unsigned size, size_t item_size)
{
    /* Until the ring is full its entries are filled in order, so the
     * next slot is `used`: grow the array when it reaches its capacity. */
    if (ring->used == ring->capacity && ring->capacity < size) {
        unsigned capacity = ring->capacity == 0 ? 1 : ring->capacity * 2;
        if (capacity > size)
            capacity = size;
        *items = g_realloc(*items, capacity * item_size);
        ring->capacity = capacity;
    }
    return (char *)*items + sipdiag_flows_next_slot(ring, size) * item_size;
}

/* The request a message belongs to: same CSeq and method, and the same
 * branch where the capture has one (else the newest of that CSeq). */
request_note_t *
sipdiag_flows_find_request(call_t *call, uint32_t cseq, uint8_t method, flow_key_t branch)
{
    request_note_t *found = NULL;
    for (unsigned i = 0; i < call->request_ring.used; i++) {
        request_note_t *note = &call->requests[i];
        if (note->cseq != cseq || note->method != method)
            continue;
        if (note->branch == branch && branch != 0)
            return note;
        if (found == NULL || note->frame > found->frame)
            found = note;
    }
    return branch == 0 ? found : NULL;
}

unsigned
sipdiag_flows_own_facts(const sipdiag_flow_msg_t *response)
{
    return (response->stale_nonce ? SIPDIAG_FACT_STALE_NONCE : 0)
           | (response->retry_after ? SIPDIAG_FACT_RETRY_AFTER : 0);
}

static bool
note_request(sipdiag_flows_t *flows, call_t *call, const sipdiag_flow_msg_t *request)
{
    uint8_t method = (uint8_t)sipdiag_method_id(request->method);
    /* ACK is never answered, and an ACK's branch repeats its INVITE's:
     * only the doctor reads it, for the 2xx it acknowledges. */
    if (method == method_ack) {
        sipdiag_doctor_ack(flows, call, request);
        return false;
    }
    flow_key_t branch = sipdiag_flows_key(request->via_branch);
    request_note_t *seen = sipdiag_flows_find_request(call, request->cseq, method, branch);
    if (seen != NULL) {
        if (seen->sends < UINT8_MAX)
            seen->sends++;
        seen->last_frame = request->frame;
        seen->last_time = request->time;
        sipdiag_doctor_request(flows, call, request, seen, true);
        return true;
    }
    request_note_t *note = sipdiag_flows_ring_slot((void **)&call->requests, &call->request_ring,
                                                   RECENT_REQUESTS, sizeof *note);
    *note = (request_note_t){
        .frame = request->frame,
        .cseq = request->cseq,
        .branch = branch,
        .from_tag = sipdiag_flows_key(request->from_tag),
        .realm = sipdiag_flows_pooled(flows, request->realm),
        .session_expires = delta32(request->session_expires),
        .expires = delta32(request->expires),
        .method = method,
        .credentials = (uint8_t)request->credentials,
        .sends = 1,
        .in_dialog = request->has_to_tag,
        .last_frame = request->frame,
        .first_time = request->time,
        .last_time = request->time,
        .src = sipdiag_flows_endpoint(flows, request->src, &request->src_at),
        .dst = sipdiag_flows_endpoint(flows, request->dst, &request->dst_at),
    };
    sipdiag_doctor_request(flows, call, request, note, false);
    return false;
}

bool
sipdiag_flows_request(sipdiag_flows_t *flows, const sipdiag_flow_msg_t *request)
{
    sipdiag_doctor_begin(flows, request);
    call_t *call = call_of(flows, request->call_id, NULL);
    bool resent = call != NULL && request->has_cseq && note_request(flows, call, request);
    sipdiag_doctor_end(flows);
    return resent;
}

/* Any request of the call with this CSeq number and method, newest first. */
static const request_note_t *
find_by_cseq(const call_t *call, uint32_t cseq, uint8_t method)
{
    const request_note_t *found = NULL;
    for (unsigned i = 0; i < call->request_ring.used; i++) {
        const request_note_t *note = &call->requests[i];
        if (note->cseq == cseq && note->method == method
            && (found == NULL || note->frame > found->frame))
            found = note;
    }
    return found;
}

/* A BYE of this call sent after frame by one side: the side whose From
 * tag is from_tag (same_side) or the other, other than skip. */
static const request_note_t *
bye_of(const call_t *call, flow_key_t from_tag, bool same_side, uint32_t after,
       const request_note_t *skip)
{
    uint8_t method = method_bye;
    for (unsigned i = 0; i < call->request_ring.used; i++) {
        const request_note_t *note = &call->requests[i];
        if (note->method == method && note != skip && note->frame > after
            && (note->from_tag == from_tag) == same_side)
            return note;
    }
    return NULL;
}

/* An earlier final answer with this code to this method, in the same
 * transaction (same CSeq) or in any. */
static const answer_note_t *
answered_before(const call_t *call, uint8_t method, unsigned code, bool same_cseq,
                uint32_t cseq)
{
    for (unsigned i = 0; i < call->answer_ring.used; i++) {
        const answer_note_t *answer = &call->answers[i];
        if (answer->code == code && answer->method == method
            && (!same_cseq || answer->cseq == cseq))
            return answer;
    }
    return NULL;
}

/* The facts a request's own notes give its response. */
static unsigned
request_facts(const call_t *call, const request_note_t *request, unsigned code,
              sipdiag_evidence_t *evidence)
{
    unsigned facts = SIPDIAG_FACT_REQUEST_SEEN;
    evidence->frames[SIPDIAG_EVIDENCE_REQUEST] = request->frame;
    evidence->credentials = request->credentials;
    evidence->realm = request->realm;
    if (request->credentials != 0)
        facts |= SIPDIAG_FACT_CREDENTIALS;
    if (request->in_dialog)
        facts |= SIPDIAG_FACT_IN_DIALOG;
    if (request->sends > 1)
        facts |= SIPDIAG_FACT_RESENT;
    if (request->provisional != 0) {
        facts |= SIPDIAG_FACT_PROVISIONAL;
        evidence->frames[SIPDIAG_EVIDENCE_PROVISIONAL] = request->provisional;
    }
    if (request->final != 0 && code >= 200) {
        facts |= SIPDIAG_FACT_ANSWERED_BEFORE;
        evidence->frames[SIPDIAG_EVIDENCE_FINAL] = request->final;
    }
    if (request->method == method_bye) {
        /* The other side's BYE crossed this one (RFC 3261 §15.1.2). */
        const request_note_t *other = bye_of(call, request->from_tag, false, 0, request);
        if (other != NULL) {
            facts |= SIPDIAG_FACT_BYE_CROSSED;
            evidence->frames[SIPDIAG_EVIDENCE_BYE] = other->frame;
        }
    }
    if (request->method == method_invite && code == 487) {
        /* The INVITE's own side ended its early dialog (RFC 3261 §15). */
        const request_note_t *bye = bye_of(call, request->from_tag, true, request->frame, NULL);
        if (bye != NULL) {
            facts |= SIPDIAG_FACT_EARLY_BYE;
            evidence->frames[SIPDIAG_EVIDENCE_BYE] = bye->frame;
        }
    }
    return facts;
}

/* Whether two realms may be the same: equal, or one unknown (digest
 * credentials must name theirs, RFC 3261 §22.4, so unknown is no mismatch). */
static bool
same_realm(const char *a, const char *b)
{
    return a == b || a == NULL || b == NULL;
}

/* The newest challenge before frame to this method, of that kind, for a
 * realm that may be realm. */
static const challenge_note_t *
newest_challenge(const call_t *call, uint8_t method, bool proxy, const char *realm,
                 uint32_t before)
{
    const challenge_note_t *found = NULL;
    for (unsigned i = 0; i < call->challenge_ring.used; i++) {
        const challenge_note_t *note = &call->challenges[i];
        if (note->method == method && note->proxy == proxy && note->frame < before
            && same_realm(note->realm, realm) && (found == NULL || note->frame > found->frame))
            found = note;
    }
    return found;
}

/* The challenge the request's credentials answered: the newest before the
 * request, of a kind its headers answer (401: Authorization, 407:
 * Proxy-Authorization), for their realm. */
static const challenge_note_t *
answered_challenge(const call_t *call, const request_note_t *request)
{
    const challenge_note_t *found = NULL;
    for (unsigned proxy = 0; proxy < 2; proxy++) {
        unsigned header = proxy ? SIPDIAG_AUTH_PROXY_AUTHORIZATION : SIPDIAG_AUTH_AUTHORIZATION;
        if ((request->credentials & header) == 0)
            continue;
        const challenge_note_t *note = newest_challenge(call, request->method, proxy,
                                                        request->realm, request->frame);
        if (note != NULL && (found == NULL || note->frame > found->frame))
            found = note;
    }
    return found;
}

/* A 401 or 407: did the request carry the header that answers it (RFC
 * 3261 §22.2 Authorization, §22.3 Proxy-Authorization) for the same realm,
 * and had the previous challenge of that kind and realm already refused
 * credentials? */
static unsigned
challenge_facts(const call_t *call, const request_note_t *request,
                const sipdiag_flow_msg_t *response, uint8_t method, const char *realm)
{
    bool proxy = response->code == 407;
    unsigned header = proxy ? SIPDIAG_AUTH_PROXY_AUTHORIZATION : SIPDIAG_AUTH_AUTHORIZATION;
    if ((request->credentials & header) == 0 || !same_realm(request->realm, realm))
        return 0;
    const challenge_note_t *last = newest_challenge(call, method, proxy, realm, response->frame);
    bool loop = last != NULL && last->after_credentials;
    return SIPDIAG_FACT_CREDENTIALS_REFUSED | (loop ? SIPDIAG_FACT_CHALLENGE_LOOP : 0);
}

/* A 422 or 423 after an earlier one: did the retry raise Session-Expires
 * to the Min-SE asked (RFC 4028 §7.4), or Expires to Min-Expires (RFC 3261
 * §10.2.8)?  A retry that did, answered again, met another element asking
 * for more. */
static unsigned
retry_facts(const call_t *call, const request_note_t *request, unsigned code)
{
    int64_t asked = code == 422 ? call->min_se : call->min_expires;
    int64_t offered = code == 422 ? request->session_expires : request->expires;
    if (asked < 0)
        return 0;
    return offered < asked && (offered >= 0 || code == 422) ? SIPDIAG_FACT_RETRY_TOO_SHORT : 0;
}

/* Remembers what a final response tells later ones. */
static void
note_answer(call_t *call, const sipdiag_flow_msg_t *response, uint8_t method,
            const char *realm, unsigned facts, const sipdiag_evidence_t *evidence)
{
    answer_note_t *answer = sipdiag_flows_ring_slot((void **)&call->answers, &call->answer_ring,
                                                    RECENT_ANSWERS, sizeof *answer);
    *answer = (answer_note_t){
        .frame = response->frame,
        .cseq = response->cseq,
        .earlier = evidence->frames[SIPDIAG_EVIDENCE_EARLIER],
        .facts = (uint16_t)(facts & CALL_HISTORY_FACTS),
        .code = (uint16_t)response->code,
        .method = method,
    };
    unsigned code = response->code;
    if (code == 401 || code == 407) {
        challenge_note_t *challenge = sipdiag_flows_ring_slot(
            (void **)&call->challenges, &call->challenge_ring, RECENT_CHALLENGES, sizeof *challenge);
        *challenge = (challenge_note_t){
            response->frame, realm, method, code == 407,
            (facts & SIPDIAG_FACT_CREDENTIALS_REFUSED) != 0
        };
    } else if (code < 300) {
        /* Success: later refused credentials start a new story, but the
         * challenges stay what a refresh's credentials answer. */
        for (unsigned i = 0; i < call->challenge_ring.used; i++) {
            if (call->challenges[i].method == method)
                call->challenges[i].after_credentials = false;
        }
    }
    if (code == 422 && response->min_se >= 0)
        call->min_se = delta32(response->min_se);
    if (code == 423 && response->min_expires >= 0)
        call->min_expires = delta32(response->min_expires);
}

static unsigned
judge_response(sipdiag_flows_t *flows, call_t *call, const sipdiag_flow_msg_t *response,
               sipdiag_evidence_t *evidence)
{
    unsigned facts = sipdiag_flows_own_facts(response);
    unsigned code = response->code;

    uint8_t method = (uint8_t)sipdiag_method_id(response->method);
    request_note_t *request = sipdiag_flows_find_request(call, response->cseq, method,
                                           sipdiag_flows_key(response->via_branch));
    if (request != NULL) {
        facts |= request_facts(call, request, code, evidence);
        const challenge_note_t *answered = answered_challenge(call, request);
        if (answered != NULL)
            evidence->frames[SIPDIAG_EVIDENCE_CHALLENGE] = answered->frame;
    }
    const request_note_t *cancel = find_by_cseq(call, response->cseq,
                                                method_cancel);
    if (cancel != NULL && method == method_invite) {
        facts |= SIPDIAG_FACT_CANCELLED;
        evidence->frames[SIPDIAG_EVIDENCE_CANCEL] = cancel->frame;
    }
    if (method == method_cancel) {
        /* A CANCEL's own transaction answers at once; what matters is
         * whether its INVITE had already ended (RFC 3261 §9.2). */
        const request_note_t *invite = find_by_cseq(call, response->cseq,
                                                    method_invite);
        if (invite != NULL && invite->final != 0) {
            facts |= SIPDIAG_FACT_ANSWERED_BEFORE;
            evidence->frames[SIPDIAG_EVIDENCE_FINAL] = invite->final;
        }
    }
    if (code < 200) {
        if (request != NULL && code > 100 && request->provisional == 0)
            request->provisional = response->frame;
        return facts;
    }
    if (request != NULL && request->final == 0)
        request->final = response->frame;

    /* The same answer to the same CSeq (a retransmission, or the copy at
     * another hop) repeats its original, not the flow: judged on what the
     * original learnt, and not counted again. */
    const answer_note_t *original = answered_before(call, method, code, true, response->cseq);
    if (original != NULL) {
        evidence->frames[SIPDIAG_EVIDENCE_EARLIER] = original->earlier;
        return facts | original->facts;
    }
    const char *realm = sipdiag_flows_pooled(flows, response->realm);
    if ((code == 401 || code == 407) && request != NULL)
        facts |= challenge_facts(call, request, response, method, realm);
    if ((code == 422 || code == 423) && request != NULL)
        facts |= retry_facts(call, request, code);
    const answer_note_t *earlier = answered_before(call, method, code, false, 0);
    if (earlier != NULL) {
        facts |= SIPDIAG_FACT_REPEATED;
        evidence->frames[SIPDIAG_EVIDENCE_EARLIER] = earlier->frame;
    }
    note_answer(call, response, method, realm, facts, evidence);
    return facts;
}

unsigned
sipdiag_flows_response(sipdiag_flows_t *flows, const sipdiag_flow_msg_t *response,
                       sipdiag_evidence_t *evidence, bool *untracked)
{
    *evidence = (sipdiag_evidence_t){ 0 };
    sipdiag_doctor_begin(flows, response);
    call_t *call = call_of(flows, response->call_id, untracked);
    unsigned facts = sipdiag_flows_own_facts(response);
    if (call != NULL && response->has_cseq) {
        /* The doctor reads the request before judging marks it answered. */
        sipdiag_doctor_response(flows, call, response);
        facts = judge_response(flows, call, response, evidence);
    }
    sipdiag_doctor_end(flows);
    return facts;
}
