/* media.c - SDP offer/answer per call and the media checks (see media.h).
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "media.h"

#include <glib.h>
#include <string.h>

/* One offer: the transaction it rides in, the hop it crossed, its SDP
 * until answered.  Every call with SDP keeps SIPDIAG_MEDIA_OFFERS_PER_CALL
 * of them for the whole capture, so they are packed (72 bytes). */
typedef struct {
    char *sdp;                 /* NULL once answered, or when too big to keep */
    uint32_t sdp_len;          /* <= SIPDIAG_MEDIA_MAX_SDP */
    uint32_t frame;
    uint32_t cseq;
    uint32_t age;
    uint16_t code;             /* in_response: the response's code */
    char method[8];            /* INVITE, UPDATE, PRACK */
    bool used : 1;
    bool answered : 1;         /* an answer was judged (or it ended) */
    bool in_response : 1;      /* offered in a 2xx or 18x (INVITE without SDP) */
    bool initial : 1;          /* the call had no finished exchange before it */
    sipdiag_ip_t offerer, answerer;
} offer_t;

#define FLAGGED_PER_CALL 4

/* A private address reported already: c=, then the hop. */
typedef struct {
    sipdiag_ip_t address, src, dst;
} flagged_t;

typedef struct {
    offer_t offers[SIPDIAG_MEDIA_OFFERS_PER_CALL];
    flagged_t *flagged;        /* FLAGGED_PER_CALL, made at the first report */
    uint32_t clock;
    uint8_t n_flagged;
    bool completed;            /* an offer got its answer */
} media_call_t;

struct sipdiag_media {
    GHashTable *calls;         /* Call-ID -> media_call_t */
    unsigned max_calls;
    size_t kept_bytes;         /* SDP held by pending offers */
};

sipdiag_media_t *
sipdiag_media_new(unsigned max_calls)
{
    sipdiag_media_t *media = g_new0(sipdiag_media_t, 1);
    media->calls = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    media->max_calls = max_calls;
    return media;
}

static void
drop_sdp(sipdiag_media_t *media, offer_t *offer)
{
    if (offer->sdp != NULL) {
        media->kept_bytes -= offer->sdp_len;
        g_free(offer->sdp);
    }
    offer->sdp = NULL;
    offer->sdp_len = 0;
}

void
sipdiag_media_free(sipdiag_media_t *media)
{
    if (media == NULL)
        return;
    GHashTableIter iter;
    gpointer value;
    g_hash_table_iter_init(&iter, media->calls);
    while (g_hash_table_iter_next(&iter, NULL, &value)) {
        media_call_t *call = value;
        for (unsigned i = 0; i < SIPDIAG_MEDIA_OFFERS_PER_CALL; i++)
            drop_sdp(media, &call->offers[i]);
        g_free(call->flagged);
        g_free(call);
    }
    g_hash_table_destroy(media->calls);
    g_free(media);
}

bool
sipdiag_media_following(const sipdiag_media_t *media)
{
    return media != NULL && g_hash_table_size(media->calls) > 0;
}

const char *
sipdiag_media_key(sipdiag_media_kind_t kind)
{
    switch (kind) {
    case SIPDIAG_MEDIA_NO_COMMON_CODEC:
        return "no-common-codec";
    case SIPDIAG_MEDIA_PRIVATE_ADDRESS:
        return "private-address";
    case SIPDIAG_MEDIA_DIRECTION:
        return "direction";
    case SIPDIAG_MEDIA_KIND_COUNT:
        break;
    }
    return "?";
}

static bool
same_ip(const sipdiag_ip_t *a, const sipdiag_ip_t *b)
{
    return a->family == b->family && memcmp(a->bytes, b->bytes, 16) == 0;
}

static bool
is_method(const char *method, const char *name)
{
    return method != NULL && strcmp(method, name) == 0;
}

/* The methods whose bodies take part in offer/answer (RFC 6337 §2.1). */
static bool
carries_offers(const char *method)
{
    return is_method(method, "INVITE") || is_method(method, "UPDATE")
           || is_method(method, "PRACK") || is_method(method, "ACK");
}

/* How well an answer sent from src to dst fits an offer's hop: 2 when it
 * goes back between the same two addresses, 1 when one end agrees (NAT,
 * a capture on one side), 0 otherwise. */
static int
hop_score(const offer_t *offer, const sipdiag_media_msg_t *msg)
{
    return (same_ip(&offer->answerer, &msg->src) ? 1 : 0)
           + (same_ip(&offer->offerer, &msg->dst) ? 1 : 0);
}

/* The best-placed offer of a transaction: in a request (cseq, method) or
 * in a response to an INVITE (cseq; 1xx or 2xx as code_class asks). */
static offer_t *
find_offer(media_call_t *call, const sipdiag_media_msg_t *msg, bool in_response,
           unsigned code_class, bool any_cseq)
{
    offer_t *best = NULL;
    int best_score = -1;
    for (unsigned i = 0; i < SIPDIAG_MEDIA_OFFERS_PER_CALL; i++) {
        offer_t *o = &call->offers[i];
        if (!o->used || o->in_response != in_response)
            continue;
        if (!any_cseq && o->cseq != msg->cseq)
            continue;
        if (!in_response && !is_method(msg->method, o->method))
            continue;
        if (in_response && code_class != 0 && o->code / 100 != code_class)
            continue;
        int score = hop_score(o, msg);
        if (score > best_score || (score == best_score && best != NULL && o->age > best->age)) {
            best = o;
            best_score = score;
        }
    }
    return best;
}

static offer_t *
new_offer(sipdiag_media_t *media, media_call_t *call, const sipdiag_media_msg_t *msg,
          bool in_response)
{
    offer_t *slot = &call->offers[0];
    for (unsigned i = 0; i < SIPDIAG_MEDIA_OFFERS_PER_CALL; i++) {
        offer_t *o = &call->offers[i];
        if (!o->used) {
            slot = o;
            break;
        }
        if (o->age < slot->age)
            slot = o;
    }
    drop_sdp(media, slot);
    memset(slot, 0, sizeof *slot);
    slot->used = true;
    slot->in_response = in_response;
    slot->initial = !call->completed;
    slot->frame = msg->frame;
    slot->cseq = msg->cseq;
    g_strlcpy(slot->method, msg->method, sizeof slot->method);
    slot->code = in_response ? (uint16_t)msg->code : 0;
    slot->offerer = msg->src;
    slot->answerer = msg->dst;
    slot->age = ++call->clock;
    if (msg->sdp_len <= SIPDIAG_MEDIA_MAX_SDP
        && media->kept_bytes + msg->sdp_len <= SIPDIAG_MEDIA_MAX_KEPT_BYTES) {
        slot->sdp = g_memdup2(msg->sdp, msg->sdp_len);
        slot->sdp_len = (uint32_t)msg->sdp_len;
        media->kept_bytes += msg->sdp_len;
    }
    return slot;
}

static void
close_offer(sipdiag_media_t *media, offer_t *offer)
{
    drop_sdp(media, offer);
    offer->answered = true;
}

/* Printable copy of a span, cut to fit (control bytes and NULs as '?'). */
static void
copy_text(char *out, size_t size, span_t s)
{
    size_t n = s.len < size - 1 ? s.len : size - 1;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s.ptr[i];
        out[i] = c < 0x20 || c == 0x7f ? '?' : (char)c;
    }
    out[n] = '\0';
}

/* The formats of a stream in words: "PCMU/8000 PCMA/8000 101", cut with
 * "..." when they do not fit. */
static void
list_codecs(const sipdiag_sdp_media_t *m, char *out, size_t size)
{
    size_t used = 0;
    out[0] = '\0';
    for (unsigned i = 0; i < m->n_formats; i++) {
        char one[64];
        span_t name;
        uint32_t rate;
        if (sipdiag_sdp_codec(m, i, &name, &rate)) {
            char text[40];
            copy_text(text, sizeof text, name);
            g_snprintf(one, sizeof one, "%s/%u", text, rate);
        } else {
            copy_text(one, sizeof one, m->formats[i].fmt);
        }
        size_t need = strlen(one) + (used > 0 ? 1 : 0);
        if (used + need + 4 >= size) {
            g_strlcpy(out + used, used > 0 ? " ..." : "...", size - used);
            return;
        }
        g_snprintf(out + used, size - used, "%s%s", used > 0 ? " " : "", one);
        used += need;
    }
    if (m->formats_total > m->n_formats && used + 4 < size)
        g_strlcpy(out + used, used > 0 ? " ..." : "...", size - used);
}

/* Payload formats that ride along with a codec but carry no voice or
 * picture of their own (RFC 4733, RFC 3389, RFC 2198, RFC 4588, RFC 5109,
 * RFC 8627). */
static bool
is_auxiliary(span_t name)
{
    static const char *const names[] = { "telephone-event", "CN", "red", "rtx", "ulpfec",
                                         "flexfec", "flexfec-03" };
    for (size_t i = 0; i < G_N_ELEMENTS(names); i++) {
        if (span_equals(name, names[i]))
            return true;
    }
    return false;
}

/* Whether format i of a and format j of b are the same codec: by
 * encoding name and clock rate when both are known, else by format. */
static bool
same_codec(const sipdiag_sdp_media_t *a, unsigned i, const sipdiag_sdp_media_t *b, unsigned j,
           bool *auxiliary)
{
    span_t name_a, name_b;
    uint32_t rate_a, rate_b;
    bool known_a = sipdiag_sdp_codec(a, i, &name_a, &rate_a);
    bool known_b = sipdiag_sdp_codec(b, j, &name_b, &rate_b);
    *auxiliary = false;
    if (known_a && known_b) {
        if (rate_a != rate_b || name_a.len != name_b.len
            || g_ascii_strncasecmp(name_a.ptr, name_b.ptr, name_a.len) != 0)
            return false;
        *auxiliary = is_auxiliary(name_a);
        return true;
    }
    if (known_a != known_b)
        return false;
    span_t fa = a->formats[i].fmt, fb = b->formats[j].fmt;
    return fa.len == fb.len && g_ascii_strncasecmp(fa.ptr, fb.ptr, fa.len) == 0;
}

/* Whether a stream has a codec to judge: not only auxiliary formats, and
 * for RTP a payload type number (a garbled format is not judged). */
static bool
has_real_codec(const sipdiag_sdp_media_t *m)
{
    bool rtp = sipdiag_sdp_is_rtp(m->proto);
    for (unsigned i = 0; i < m->n_formats; i++) {
        span_t name;
        uint32_t rate;
        if (rtp && m->formats[i].payload_type < 0)
            continue;
        if (!sipdiag_sdp_codec(m, i, &name, &rate) || !is_auxiliary(name))
            return true;
    }
    return false;
}

static bool
shares_codec(const sipdiag_sdp_media_t *offer, const sipdiag_sdp_media_t *answer)
{
    for (unsigned j = 0; j < answer->n_formats; j++) {
        for (unsigned i = 0; i < offer->n_formats; i++) {
            bool auxiliary;
            if (same_codec(offer, i, answer, j, &auxiliary) && !auxiliary)
                return true;
        }
    }
    return false;
}

static bool
active(const sipdiag_sdp_media_t *m)
{
    return m->port_valid && m->port != 0;
}

/* c=0.0.0.0: RFC 2543's way to hold a stream (RFC 3264 §8.4). */
static bool
old_hold(const sipdiag_sdp_t *sdp, unsigned i)
{
    const sipdiag_sdp_connection_t *c = sipdiag_sdp_connection(sdp, i);
    return c != NULL && c->ip.family != 0
           && sipdiag_ip_scope(&c->ip) == SIPDIAG_IP_UNSPECIFIED;
}

/* RFC 3264 §6.1: what an answer may say to each offered direction. */
static bool
direction_allowed(sipdiag_sdp_direction_t offer, sipdiag_sdp_direction_t answer)
{
    switch (offer) {
    case SIPDIAG_SDP_DIR_SENDONLY:
        return answer == SIPDIAG_SDP_DIR_RECVONLY || answer == SIPDIAG_SDP_DIR_INACTIVE;
    case SIPDIAG_SDP_DIR_RECVONLY:
        return answer == SIPDIAG_SDP_DIR_SENDONLY || answer == SIPDIAG_SDP_DIR_INACTIVE;
    case SIPDIAG_SDP_DIR_INACTIVE:
        return answer == SIPDIAG_SDP_DIR_INACTIVE;
    case SIPDIAG_SDP_DIR_NONE:
    case SIPDIAG_SDP_DIR_SENDRECV:
        break;
    }
    return true;
}

static bool
sends(sipdiag_sdp_direction_t d)
{
    return d == SIPDIAG_SDP_DIR_SENDRECV || d == SIPDIAG_SDP_DIR_SENDONLY;
}

static bool
receives(sipdiag_sdp_direction_t d)
{
    return d == SIPDIAG_SDP_DIR_SENDRECV || d == SIPDIAG_SDP_DIR_RECVONLY;
}

static sipdiag_media_finding_t *
add_finding(sipdiag_media_finding_t *out, unsigned *count, sipdiag_media_kind_t kind,
            sipdiag_media_case_t which, const sipdiag_media_msg_t *msg, uint32_t offer,
            uint32_t answer)
{
    sipdiag_media_finding_t *f = &out[(*count)++];
    memset(f, 0, sizeof *f);
    f->kind = kind;
    f->which = which;
    f->frame = msg->frame;
    f->offer = offer;
    f->answer = answer;
    f->code = msg->is_response ? msg->code : 0;
    sipdiag_ip_format(&msg->src, f->src, sizeof f->src);
    sipdiag_ip_format(&msg->dst, f->dst, sizeof f->dst);
    return f;
}

static void
describe_stream(sipdiag_media_finding_t *f, unsigned i, const sipdiag_sdp_t *offer,
                const sipdiag_sdp_t *answer)
{
    f->stream = i + 1;
    if (i < offer->n_media) {
        copy_text(f->media, sizeof f->media, offer->media[i].media);
        list_codecs(&offer->media[i], f->offered, sizeof f->offered);
        f->offer_direction = sipdiag_sdp_direction(offer, i);
    }
    if (answer != NULL && i < answer->n_media) {
        list_codecs(&answer->media[i], f->answered, sizeof f->answered);
        f->answer_direction = sipdiag_sdp_direction(answer, i);
    }
}

/* The answer in msg to offer: codecs and directions. */
static void
judge_answer(const offer_t *offer, const sipdiag_sdp_t *answer, const sipdiag_media_msg_t *msg,
             sipdiag_media_finding_t *out, unsigned *count)
{
    sipdiag_sdp_t offered;
    if (offer->sdp == NULL || !sipdiag_sdp_parse(offer->sdp, offer->sdp_len, &offered))
        return;
    int first_offered = -1;
    for (unsigned i = 0; i < offered.n_media && first_offered < 0; i++) {
        if (active(&offered.media[i]))
            first_offered = (int)i;
    }
    if (first_offered < 0 || answer->n_media == 0)
        return; /* nothing was offered, or an answer without m= lines */

    unsigned streams = MIN(offered.n_media, answer->n_media);
    bool any_accepted = false;
    for (unsigned i = 0; i < answer->n_media; i++)
        any_accepted = any_accepted || active(&answer->media[i]);
    /* Streams past the cap are not seen: one of them may be accepted. */
    if (!any_accepted && answer->media_total == answer->n_media) {
        sipdiag_media_finding_t *f = add_finding(out, count, SIPDIAG_MEDIA_NO_COMMON_CODEC,
                                                 SIPDIAG_MEDIA_ALL_REJECTED, msg, offer->frame,
                                                 msg->frame);
        describe_stream(f, (unsigned)first_offered, &offered, answer);
        return;
    }

    bool codec_found = false, direction_found = false, any_flow = false, judged_flow = false;
    bool sendrecv_offered = false;
    int silent = -1;
    for (unsigned i = 0; i < streams; i++) {
        const sipdiag_sdp_media_t *o = &offered.media[i], *a = &answer->media[i];
        if (!active(o) || !active(a))
            continue;
        if (!codec_found && has_real_codec(o) && !shares_codec(o, a)) {
            sipdiag_media_finding_t *f = add_finding(out, count, SIPDIAG_MEDIA_NO_COMMON_CODEC,
                                                     SIPDIAG_MEDIA_DISJOINT, msg, offer->frame,
                                                     msg->frame);
            describe_stream(f, i, &offered, answer);
            codec_found = true;
        }
        if (old_hold(&offered, i) || old_hold(answer, i))
            continue;
        sipdiag_sdp_direction_t od = sipdiag_sdp_direction(&offered, i);
        sipdiag_sdp_direction_t ad = sipdiag_sdp_direction(answer, i);
        if (!direction_found && !direction_allowed(od, ad)) {
            sipdiag_media_finding_t *f = add_finding(out, count, SIPDIAG_MEDIA_DIRECTION,
                                                     SIPDIAG_MEDIA_FORBIDDEN_DIRECTION, msg,
                                                     offer->frame, msg->frame);
            describe_stream(f, i, &offered, answer);
            direction_found = true;
        }
        judged_flow = true;
        sendrecv_offered = sendrecv_offered || od == SIPDIAG_SDP_DIR_SENDRECV;
        bool flows = (sends(od) && receives(ad)) || (sends(ad) && receives(od));
        any_flow = any_flow || flows;
        if (!flows && silent < 0 && od == SIPDIAG_SDP_DIR_SENDRECV)
            silent = (int)i;
    }
    if (offer->initial && !direction_found && judged_flow && !any_flow && sendrecv_offered
        && silent >= 0) {
        sipdiag_media_finding_t *f = add_finding(out, count, SIPDIAG_MEDIA_DIRECTION,
                                                 SIPDIAG_MEDIA_NO_FLOW, msg, offer->frame,
                                                 msg->frame);
        describe_stream(f, (unsigned)silent, &offered, answer);
    }
}

/* The 488/606 that refuses an offer that had media: an offer whose
 * streams were all disabled (port 0) gives the answerer nothing to accept,
 * and says nothing of codecs. */
static void
judge_refusal(const offer_t *offer, const sipdiag_media_msg_t *msg, sipdiag_media_finding_t *out,
              unsigned *count)
{
    sipdiag_sdp_t offered;
    if (offer->sdp == NULL || !sipdiag_sdp_parse(offer->sdp, offer->sdp_len, &offered))
        return;
    for (unsigned i = 0; i < offered.n_media; i++) {
        if (active(&offered.media[i])) {
            sipdiag_media_finding_t *f = add_finding(out, count, SIPDIAG_MEDIA_NO_COMMON_CODEC,
                                                     SIPDIAG_MEDIA_REFUSED, msg, offer->frame,
                                                     msg->frame);
            describe_stream(f, i, &offered, NULL);
            return;
        }
    }
}

/* An internal c= on an active stream of an SDP that crosses a public hop. */
static void
check_address(media_call_t *call, const sipdiag_sdp_t *sdp, const sipdiag_media_msg_t *msg,
              uint32_t offer_frame, bool in_answer, sipdiag_media_finding_t *out, unsigned *count)
{
    const sipdiag_ip_t *public = NULL;
    if (sipdiag_ip_scope(&msg->src) == SIPDIAG_IP_PUBLIC)
        public = &msg->src;
    else if (sipdiag_ip_scope(&msg->dst) == SIPDIAG_IP_PUBLIC)
        public = &msg->dst;
    if (public == NULL)
        return;
    for (unsigned i = 0; i < sdp->n_media; i++) {
        const sipdiag_sdp_media_t *m = &sdp->media[i];
        const sipdiag_sdp_connection_t *c = sipdiag_sdp_connection(sdp, i);
        if (!active(m) || m->ice_relayed > 0 || c == NULL)
            continue;
        sipdiag_ip_scope_t scope = sipdiag_ip_scope(&c->ip);
        if (!sipdiag_ip_scope_is_internal(scope))
            continue;
        for (unsigned k = 0; k < call->n_flagged; k++) {
            if (same_ip(&call->flagged[k].address, &c->ip)
                && same_ip(&call->flagged[k].src, &msg->src)
                && same_ip(&call->flagged[k].dst, &msg->dst))
                return;
        }
        if (call->n_flagged == FLAGGED_PER_CALL)
            return; /* enough said of this call */
        if (call->flagged == NULL)
            call->flagged = g_new(flagged_t, FLAGGED_PER_CALL);
        call->flagged[call->n_flagged].address = c->ip;
        call->flagged[call->n_flagged].src = msg->src;
        call->flagged[call->n_flagged].dst = msg->dst;
        call->n_flagged++;
        sipdiag_media_finding_t *f = add_finding(out, count, SIPDIAG_MEDIA_PRIVATE_ADDRESS,
                                                 SIPDIAG_MEDIA_INTERNAL_ADDRESS, msg,
                                                 offer_frame, in_answer ? msg->frame : 0);
        f->in_answer = in_answer;
        f->stream = i + 1;
        copy_text(f->media, sizeof f->media, m->media);
        list_codecs(m, in_answer ? f->answered : f->offered, sizeof f->offered);
        sipdiag_ip_format(&c->ip, f->address, sizeof f->address);
        f->scope = scope;
        sipdiag_ip_format(public, f->public_address, sizeof f->public_address);
        return;
    }
}

static media_call_t *
call_of(sipdiag_media_t *media, const char *call_id, bool create)
{
    media_call_t *call = g_hash_table_lookup(media->calls, call_id);
    if (call != NULL || !create || g_hash_table_size(media->calls) >= media->max_calls)
        return call;
    call = g_new0(media_call_t, 1);
    g_hash_table_insert(media->calls, g_strdup(call_id), call);
    return call;
}

/* A request: an offer, its retransmission, or the answer (ACK, PRACK) to
 * an offer made in a response. */
static unsigned
feed_request(sipdiag_media_t *media, media_call_t *call, const sipdiag_media_msg_t *msg,
             const sipdiag_sdp_t *sdp, sipdiag_media_finding_t *out)
{
    unsigned count = 0;
    bool ack = is_method(msg->method, "ACK"), prack = is_method(msg->method, "PRACK");
    if (ack || prack) {
        /* ACK: the answer to a 2xx's offer (same CSeq number); PRACK: to a
         * reliable 18x's (RFC 3262 §5). */
        offer_t *offer = find_offer(call, msg, true, ack ? 2 : 1, prack);
        if (offer != NULL && !offer->answered) {
            if (sdp != NULL) {
                check_address(call, sdp, msg, offer->frame, true, out, &count);
                judge_answer(offer, sdp, msg, out, &count);
                call->completed = true;
            }
            close_offer(media, offer);
            return count;
        }
        if (ack || sdp == NULL)
            return count;
    }
    if (sdp == NULL)
        return count;
    for (unsigned i = 0; i < SIPDIAG_MEDIA_OFFERS_PER_CALL; i++) {
        const offer_t *o = &call->offers[i];
        if (o->used && !o->in_response && o->cseq == msg->cseq && is_method(msg->method, o->method)
            && same_ip(&o->offerer, &msg->src) && same_ip(&o->answerer, &msg->dst))
            return count; /* a retransmission at the same hop */
    }
    offer_t *offer = new_offer(media, call, msg, false);
    check_address(call, sdp, msg, offer->frame, false, out, &count);
    return count;
}

static unsigned
feed_response(sipdiag_media_t *media, media_call_t *call, const sipdiag_media_msg_t *msg,
              const sipdiag_sdp_t *sdp, sipdiag_media_finding_t *out)
{
    unsigned count = 0;
    offer_t *offer = find_offer(call, msg, false, 0, false);
    if (offer != NULL) {
        if (offer->answered)
            return count; /* a copy of the answer, or a later response */
        if (msg->code >= 300) {
            if (msg->code == 488 || msg->code == 606)
                judge_refusal(offer, msg, out, &count);
            close_offer(media, offer);
        } else if (msg->code > 100 && sdp != NULL) {
            check_address(call, sdp, msg, offer->frame, true, out, &count);
            judge_answer(offer, sdp, msg, out, &count);
            call->completed = true;
            close_offer(media, offer);
        } else if (msg->code >= 200) {
            close_offer(media, offer); /* a 2xx without the answer: not judged */
        }
        return count;
    }
    /* No offer in the request: a 2xx or 18x to INVITE with SDP makes one
     * (RFC 3261 §13.2.1), unless it repeats one already made. */
    if (sdp == NULL || !is_method(msg->method, "INVITE") || msg->code <= 100 || msg->code >= 300)
        return count;
    for (unsigned i = 0; i < SIPDIAG_MEDIA_OFFERS_PER_CALL; i++) {
        const offer_t *o = &call->offers[i];
        if (o->used && o->cseq == msg->cseq && is_method(o->method, "INVITE")
            && same_ip(&o->offerer, &msg->src) && same_ip(&o->answerer, &msg->dst))
            return count;
    }
    offer_t *made = new_offer(media, call, msg, true);
    check_address(call, sdp, msg, made->frame, false, out, &count);
    return count;
}

unsigned
sipdiag_media_feed(sipdiag_media_t *media, const sipdiag_media_msg_t *msg,
                   sipdiag_media_finding_t *out)
{
    if (media == NULL || msg->call_id == NULL || !msg->has_cseq || !carries_offers(msg->method))
        return 0;
    if (msg->is_response && is_method(msg->method, "ACK"))
        return 0;
    sipdiag_sdp_t parsed;
    const sipdiag_sdp_t *sdp = NULL;
    if (msg->sdp != NULL && sipdiag_sdp_parse(msg->sdp, msg->sdp_len, &parsed))
        sdp = &parsed;
    media_call_t *call = call_of(media, msg->call_id, sdp != NULL);
    if (call == NULL)
        return 0;
    return msg->is_response ? feed_response(media, call, msg, sdp, out)
                            : feed_request(media, call, msg, sdp, out);
}
