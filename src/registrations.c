/* registrations.c - registration bindings and subscriptions over time
 * (registrations.h).
 *
 * Each binding keeps its latest request (CSeq, when first sent, whether
 * it carried credentials, whether anything answered it) and what its
 * final responses said.  Deadlines (a request's 64*T1, a grant's expiry
 * plus margin) wait in a queue sorted by time; each message fed first
 * pops those its time has passed, and a deadline still current then
 * (nothing sent or answered since it was set) is a detection.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "registrations.h"

#include <glib.h>
#include <math.h>
#include <string.h>

#include "sipmsg.h"

/* RFC 3261 §17.1.2.2: Timer F = 64*T1, T1 = 500 ms. */
#define TIMER_F 32.0

typedef struct {
    sipdiag_reg_binding_t b;
    const char *method;
    const char *call_id;       /* of the latest request */
    uint32_t cseq;             /* of the latest request */
    bool pending;              /* the latest request has no final response yet */
    bool answered;             /* it got some response, provisional or final */
    bool had_credentials;      /* it carried Authorization/Proxy-Authorization */
    int64_t asked;             /* its Expires, -1 none */
    double sent_at;            /* its first transmission */
    unsigned attempt;          /* requests sent (first transmissions) */
    unsigned granted_attempt;  /* the attempt the latest 2xx answered */
    unsigned index;            /* in order */
} binding_t;

typedef enum { DEADLINE_ANSWER, DEADLINE_EXPIRY } deadline_kind_t;

typedef struct {
    double at;
    binding_t *binding;
    deadline_kind_t kind;
    unsigned attempt;          /* the attempt it was set for */
} deadline_t;

struct sipdiag_regs {
    unsigned max_bindings;
    GHashTable *by_key;        /* "method\naor\nevent\ncontact" -> binding_t */
    GHashTable *by_request;    /* "method\ncall-id" -> binding_t of its latest request */
    GPtrArray *order;          /* binding_t, in order of first request */
    GHashTable *strings;       /* pool: each string once */
    GSequence *deadlines;      /* deadline_t, by time */
    GArray *found;             /* sipdiag_reg_detection_t of the latest message */
    double now;
    double next_deadline;      /* the earliest in deadlines, INFINITY when none */
};

static const char *
pooled(sipdiag_regs_t *regs, const char *s)
{
    if (s == NULL)
        return NULL;
    char *kept = g_hash_table_lookup(regs->strings, s);
    if (kept == NULL) {
        kept = g_strdup(s);
        g_hash_table_add(regs->strings, kept);
    }
    return kept;
}

sipdiag_regs_t *
sipdiag_regs_new(unsigned max_bindings)
{
    sipdiag_regs_t *regs = g_new0(sipdiag_regs_t, 1);
    regs->max_bindings = max_bindings;
    regs->by_key = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    regs->by_request = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    regs->order = g_ptr_array_new();
    regs->strings = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    regs->deadlines = g_sequence_new(g_free);
    regs->found = g_array_new(FALSE, FALSE, sizeof(sipdiag_reg_detection_t));
    regs->next_deadline = INFINITY;
    return regs;
}

void
sipdiag_regs_free(sipdiag_regs_t *regs)
{
    if (regs == NULL)
        return;
    g_hash_table_destroy(regs->by_request);
    g_hash_table_destroy(regs->by_key);
    g_ptr_array_free(regs->order, TRUE);
    g_hash_table_destroy(regs->strings);
    g_sequence_free(regs->deadlines);
    g_array_free(regs->found, TRUE);
    g_free(regs);
}

static gint
by_time(gconstpointer a, gconstpointer b, gpointer data G_GNUC_UNUSED)
{
    double x = ((const deadline_t *)a)->at, y = ((const deadline_t *)b)->at;
    return x < y ? -1 : x > y ? 1 : 0;
}

static void
set_deadline(sipdiag_regs_t *regs, binding_t *binding, deadline_kind_t kind, double at)
{
    deadline_t *d = g_new(deadline_t, 1);
    *d = (deadline_t){ at, binding, kind, binding->attempt };
    g_sequence_insert_sorted(regs->deadlines, d, by_time, NULL);
    if (at < regs->next_deadline)
        regs->next_deadline = at;
}

static void
detect(sipdiag_regs_t *regs, sipdiag_reg_detection_kind_t kind, binding_t *binding,
       uint32_t frame, double since)
{
    double elapsed = since >= 0 && regs->now > since ? regs->now - since : 0;
    sipdiag_reg_detection_t d = { kind, frame, binding->index, elapsed, binding->b };
    g_array_append_val(regs->found, d);
}

/* A deadline is current when nothing was sent for the binding since it
 * was set (and, for a request's, nothing answered it). */
static void
deadline_passed(sipdiag_regs_t *regs, const deadline_t *d, uint32_t frame)
{
    binding_t *binding = d->binding;
    if (d->attempt != binding->attempt)
        return;
    if (d->kind == DEADLINE_ANSWER) {
        if (!binding->pending || binding->answered)
            return;
        binding->b.outcome = SIPDIAG_REG_UNANSWERED;
        binding->b.decided = frame;
        detect(regs, SIPDIAG_REG_DETECT_UNANSWERED, binding, frame, binding->sent_at);
    } else if (binding->b.outcome == SIPDIAG_REG_REGISTERED
               && binding->granted_attempt == d->attempt) {
        binding->b.outcome = SIPDIAG_REG_EXPIRED;
        binding->b.decided = frame;
        detect(regs, SIPDIAG_REG_DETECT_EXPIRED, binding, frame,
               binding->b.granted_at + (double)binding->b.expires);
    }
}

static void
advance(sipdiag_regs_t *regs, double now, uint32_t frame)
{
    if (now > regs->now)
        regs->now = now;
    /* Most messages pass no deadline: one comparison. */
    while (regs->next_deadline <= regs->now) {
        GSequenceIter *first = g_sequence_get_begin_iter(regs->deadlines);
        deadline_t *d = g_sequence_get(first);
        deadline_passed(regs, d, frame);
        g_sequence_remove(first);
        first = g_sequence_get_begin_iter(regs->deadlines);
        regs->next_deadline = g_sequence_iter_is_end(first)
                                  ? INFINITY
                                  : ((const deadline_t *)g_sequence_get(first))->at;
    }
}

static bool
is_subscribe(const char *method)
{
    return strcmp(method, "SUBSCRIBE") == 0;
}

static char *
request_key(const char *method, const char *call_id)
{
    return g_strconcat(method, "\n", call_id, NULL);
}

static binding_t *
binding_of_request(sipdiag_regs_t *regs, const sipdiag_reg_msg_t *m)
{
    /* A REGISTER without Contact only asks for the bindings (§10.2.3). */
    if (m->aor == NULL || m->contact == NULL)
        return NULL;
    bool subscription = is_subscribe(m->method);
    const char *event = subscription ? (m->event != NULL ? m->event : "") : "";
    char *key = g_strjoin("\n", m->method, m->aor, event, m->contact, NULL);
    binding_t *binding = g_hash_table_lookup(regs->by_key, key);
    if (binding != NULL || regs->order->len >= regs->max_bindings) {
        g_free(key);
        return binding;
    }
    binding = g_new0(binding_t, 1);
    binding->method = subscription ? "SUBSCRIBE" : "REGISTER";
    binding->b = (sipdiag_reg_binding_t){
        .outcome = SIPDIAG_REG_PENDING, .subscription = subscription,
        .aor = pooled(regs, m->aor), .event = subscription ? pooled(regs, event) : NULL,
        .contact = pooled(regs, m->contact), .source = pooled(regs, m->src), .expires = -1,
        .granted_at = -1, .first = m->frame,
    };
    binding->index = regs->order->len;
    g_hash_table_insert(regs->by_key, key, binding);
    g_ptr_array_add(regs->order, binding);
    return binding;
}

static binding_t *
request(sipdiag_regs_t *regs, const sipdiag_reg_msg_t *m)
{
    binding_t *binding = binding_of_request(regs, m);
    if (binding == NULL)
        return NULL;
    /* The same CSeq again: a retransmission, or the request at another hop. */
    if (binding->attempt > 0 && binding->cseq == m->cseq && binding->call_id != NULL
        && m->call_id != NULL && strcmp(binding->call_id, m->call_id) == 0)
        return binding;
    binding->attempt++;
    binding->call_id = pooled(regs, m->call_id);
    binding->cseq = m->cseq;
    binding->pending = true;
    binding->answered = false;
    binding->had_credentials = m->credentials != 0;
    binding->asked = m->expires;
    binding->sent_at = m->time;
    binding->b.last_request = m->frame;
    if (binding->b.outcome == SIPDIAG_REG_UNANSWERED || binding->b.outcome == SIPDIAG_REG_EXPIRED)
        binding->b.outcome = SIPDIAG_REG_PENDING;
    if (m->call_id != NULL)
        g_hash_table_insert(regs->by_request, request_key(binding->method, m->call_id), binding);
    set_deadline(regs, binding, DEADLINE_ANSWER, m->time + TIMER_F);
    return binding;
}

/* A 2xx: granted for the response's expires, else for what was asked. */
static void
granted(sipdiag_regs_t *regs, binding_t *binding, const sipdiag_reg_msg_t *m)
{
    int64_t expires = m->expires >= 0 ? m->expires : binding->asked;
    binding->b.successes++;
    if (binding->b.outcome == SIPDIAG_REG_REGISTERED)
        binding->b.refreshes++;
    binding->b.failures_in_row = 0;
    binding->b.last_success = m->frame;
    binding->b.expires = expires;
    binding->b.granted_at = m->time;
    binding->granted_attempt = binding->attempt;
    if (expires == 0 || binding->asked == 0) {
        binding->b.outcome = SIPDIAG_REG_DEREGISTERED;
        return;
    }
    binding->b.outcome = SIPDIAG_REG_REGISTERED;
    if (expires > 0)
        set_deadline(regs, binding, DEADLINE_EXPIRY,
                     m->time + (double)expires + SIPDIAG_REG_EXPIRY_MARGIN);
}

static binding_t *
response(sipdiag_regs_t *regs, const sipdiag_reg_msg_t *m)
{
    if (m->call_id == NULL)
        return NULL;
    char *key = request_key(is_subscribe(m->method) ? "SUBSCRIBE" : "REGISTER", m->call_id);
    binding_t *binding = g_hash_table_lookup(regs->by_request, key);
    g_free(key);
    if (binding == NULL || binding->cseq != m->cseq)
        return NULL;
    if (!binding->pending)
        return binding; /* a retransmitted final, or its copy at another hop */
    binding->answered = true;
    if (m->code < 200)
        return binding;
    binding->pending = false;
    binding->b.last_code = m->code;
    if (m->code < 300) {
        granted(regs, binding, m);
        return binding;
    }
    /* A challenge to a request without credentials, or with a nonce the
     * server calls stale, is the normal first step (§22.1, RFC 7616 §3.3). */
    bool challenge = (m->code == 401 || m->code == 407)
                     && (!binding->had_credentials || m->stale_nonce);
    if (challenge) {
        binding->b.challenges++;
        if (binding->b.outcome == SIPDIAG_REG_PENDING)
            binding->b.outcome = SIPDIAG_REG_CHALLENGED;
        return binding;
    }
    binding->b.failures++;
    binding->b.failures_in_row++;
    binding->b.last_failure = m->frame;
    binding->b.failed_from = pooled(regs, m->src);
    binding->b.failed_server = pooled(regs, m->server);
    binding->b.outcome = SIPDIAG_REG_FAILING;
    if (binding->b.failures_in_row >= 2)
        detect(regs, SIPDIAG_REG_DETECT_FAILING, binding, m->frame, -1);
    return binding;
}

int
sipdiag_regs_feed(sipdiag_regs_t *regs, const sipdiag_reg_msg_t *m)
{
    if (regs->found->len > 0)
        g_array_set_size(regs->found, 0);
    advance(regs, m->time, m->frame);
    if (m->method == NULL || !m->has_cseq
        || (strcmp(m->method, "REGISTER") != 0 && !is_subscribe(m->method)))
        return -1;
    binding_t *binding = m->is_response ? response(regs, m) : request(regs, m);
    return binding != NULL ? (int)binding->index : -1;
}

unsigned
sipdiag_regs_detections(const sipdiag_regs_t *regs, sipdiag_reg_detection_t *out, unsigned max)
{
    unsigned count = regs->found->len;
    for (unsigned i = 0; i < count && i < max; i++)
        out[i] = g_array_index(regs->found, sipdiag_reg_detection_t, i);
    return count;
}

unsigned
sipdiag_regs_count(const sipdiag_regs_t *regs)
{
    return regs->order->len;
}

bool
sipdiag_regs_at(const sipdiag_regs_t *regs, unsigned index, sipdiag_reg_binding_t *out)
{
    if (index >= regs->order->len)
        return false;
    *out = ((const binding_t *)g_ptr_array_index(regs->order, index))->b;
    return true;
}

const char *
sipdiag_reg_outcome_key(sipdiag_reg_outcome_t outcome, bool subscription)
{
    static const char *const keys[SIPDIAG_REG_OUTCOME_COUNT] = {
        "pending", "challenged", "registered", "failing", "unanswered", "deregistered",
        "expired",
    };
    if ((unsigned)outcome >= SIPDIAG_REG_OUTCOME_COUNT)
        return NULL;
    if (subscription && outcome == SIPDIAG_REG_REGISTERED)
        return "active";
    if (subscription && outcome == SIPDIAG_REG_DEREGISTERED)
        return "unsubscribed";
    return keys[outcome];
}
