/* messages.c - finds the SIP messages of one frame through packet-sip.c's
 * "sip_follow" tap and reads each from its own bytes.
 *
 * packet-sip.c queues, on its "sip_follow" tap, the tvb of every SIP
 * message it dissects (requests and responses, each message of a TCP
 * segment, reassembled messages, message/sip bodies) whenever that tap has
 * a listener, tree or no tree.  sipdiag listens with TL_IS_DISSECTOR_HELPER,
 * which asks tshark for no dissection it would not do anyway, and the
 * postdissector, which runs after SIP, takes the frame's queue with
 * fetch_tapped_data() (as packet-smb2.c does for NTLMSSP).  So no protocol
 * tree is forced on anyone.  Asking packet-sip.c for its "sip" field
 * instead made tshark build a tree for every frame (1.3x a bare run) and
 * asking for its header fields cost more still (bench/README.md).
 *
 * The tvb queued is the one dissect_sip_common() got: a datagram's
 * payload, a TCP segment's (several messages one after the other) or a
 * reassembled PDU.  So the k-th entry of a tvb is its k-th message: each
 * starts where the previous one ended (headers plus Content-Length), past
 * the CR LF keep-alives (RFC 5626 §3.5.1) that may sit between them.
 *
 * Reading allocates nothing per message: strings go to a scratch buffer
 * that lives until the next frame's read (messages, their strings and
 * tvbs last one dissection; what is kept goes to file scope in frames.c
 * and flows.c).
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "messages.h"
#include "ws_compat.h"

#include <epan/proto.h>
#include <epan/tap.h>
#include <string.h>

static int sip_follow_tap = -1;
static int proto_icmp = -1;
static int proto_icmpv6 = -1;

/* Nothing to do per tapped message: the postdissector fetches them while
 * the frame is dissected.  (A listener without this callback would be
 * called through a NULL pointer by tap_push_tapped_queue().) */
static tap_packet_status
ignore_tapped(void *tapdata _U_, packet_info *pinfo _U_, epan_dissect_t *edt _U_,
              const void *data _U_, tap_flags_t flags _U_)
{
    return TAP_PACKET_DONT_REDRAW;
}

static int listener_data; /* the listener's identity for the tap API */
static bool listening;

bool
sipdiag_messages_listen(void)
{
    sip_follow_tap = find_tap_id("sip_follow");
    proto_icmp = proto_get_id_by_filter_name("icmp");
    proto_icmpv6 = proto_get_id_by_filter_name("icmpv6");
    if (sip_follow_tap <= 0)
        return false;
    GString *error = register_tap_listener("sip_follow", &listener_data, NULL,
                                           TL_IS_DISSECTOR_HELPER, NULL, ignore_tapped, NULL,
                                           NULL);
    if (error != NULL) {
        ws_warning("sipdiag: cannot listen to SIP messages: %s", error->str);
        g_string_free(error, TRUE);
        sip_follow_tap = -1;
        return false;
    }
    listening = true;
    return true;
}

void
sipdiag_messages_stop(void)
{
    if (!listening)
        return;
    remove_tap_listener(&listener_data);
    listening = false;
}

bool
sipdiag_messages_stopped(void)
{
    return sip_follow_tap > 0 && !listening;
}

/* Per-frame scratch: enough for any real frame; past it, pinfo->pool. */
#define SCRATCH_BYTES 16384
#define SCRATCH_MESSAGES 32

static char scratch[SCRATCH_BYTES];
static size_t scratch_used;

static const char *
copy_span(packet_info *pinfo, span_t s)
{
    if (s.len == 0)
        return NULL;
    if (s.len < SCRATCH_BYTES - scratch_used) {
        char *copy = scratch + scratch_used;
        memcpy(copy, s.ptr, s.len);
        copy[s.len] = '\0';
        scratch_used += s.len + 1;
        return copy;
    }
    return wmem_strndup(pinfo->pool, s.ptr, s.len);
}

/* Where the strings of one message go.  The start line and headers are
 * copied once, and a header's span becomes a string by a NUL stored after
 * it in the copy: one store instead of a copy per string (about six a
 * message).  That holds for spans that end on a delimiter (CR, LF, ';',
 * ',', '"', a blank) which no other span so made covers: each comes from
 * its own header line.  The To and From values, whose tags are inside
 * them, and the URIs are copied on their own. */
typedef struct {
    packet_info *pinfo;
    const char *bytes;          /* the message */
    char *headers;              /* the copy of bytes[0..header_end], or NULL when the
                                   scratch has no room: then each span is copied */
} strings_t;

static void
copy_headers(strings_t *strings, packet_info *pinfo, const char *bytes, size_t header_end)
{
    strings->pinfo = pinfo;
    strings->bytes = bytes;
    strings->headers = NULL;
    if (header_end < SCRATCH_BYTES - scratch_used) {
        strings->headers = scratch + scratch_used;
        memcpy(strings->headers, bytes, header_end);
        strings->headers[header_end] = '\0'; /* a span that ends the headers */
        scratch_used += header_end + 1;
    }
}

/* A span of the start line or of one header, as a string (NULL when empty). */
static const char *
header_text(const strings_t *strings, span_t s)
{
    if (s.len == 0)
        return NULL;
    if (strings->headers == NULL)
        return copy_span(strings->pinfo, s);
    char *text = strings->headers + (s.ptr - strings->bytes);
    text[s.len] = '\0';
    return text;
}

static void
header_texts(const strings_t *strings, const sipdiag_spans_t *spans, sipdiag_values_t *values)
{
    values->count = spans->count;
    for (unsigned i = 0; i < MIN(spans->count, SIPDIAG_MAX_VALUES); i++)
        values->values[i] = header_text(strings, spans->values[i]);
}

void
sipdiag_messages_convert(packet_info *pinfo, const sipdiag_sipmsg_t *msg, const char *bytes,
                         tvbuff_t *tvb, int start, int length, sipdiag_message_t *m)
{
    strings_t strings;
    copy_headers(&strings, pinfo, bytes, msg->header_end);
    memset(m, 0, sizeof *m);
    m->is_response = msg->is_response;
    m->code = msg->code;
    m->method = header_text(&strings, msg->is_response ? msg->cseq_method : msg->method);
    m->has_cseq = msg->has_cseq;
    m->cseq = msg->cseq;
    m->call_id = header_text(&strings, msg->call_id);
    m->event = header_text(&strings, msg->event);
    /* The AOR and Contact matter to registrations and subscriptions only. */
    if (m->method != NULL && (m->method[0] == 'R' || m->method[0] == 'S')
        && (strcmp(m->method, "REGISTER") == 0 || strcmp(m->method, "SUBSCRIBE") == 0)) {
        m->to_uri = copy_span(pinfo, sipdiag_address_uri(msg->to));
        m->contact = copy_span(pinfo, sipdiag_address_uri(msg->contact_value));
    }
    m->has_to_tag = msg->has_to_tag;
    m->to_tag = header_text(&strings, msg->to_tag);
    m->server = header_text(&strings, msg->server);
    m->from_tag = header_text(&strings, msg->from_tag);
    m->via_branch = header_text(&strings, msg->via_branch);
    m->credentials = msg->credentials;
    m->realm = header_text(&strings,
                           msg->is_response ? msg->challenge_realm : msg->credentials_realm);
    m->stale_nonce = msg->stale_nonce;
    m->retry_after = msg->has_retry_after;
    m->session_expires = msg->session_expires;
    m->min_se = msg->min_se;
    m->expires = msg->expires;
    m->min_expires = msg->min_expires;
    m->reason = header_text(&strings, msg->reasons.count > 0 ? msg->reasons.values[0]
                                                              : (span_t){ NULL, 0 });
    header_texts(&strings, &msg->reasons, &m->reasons);
    header_texts(&strings, &msg->warnings, &m->warnings);
    m->sipfrag_status = copy_span(pinfo, msg->sipfrag_line); /* in the body */
    /* What links a B2BUA's legs, copied for initial INVITEs only. */
    if (msg->is_request && !msg->has_to_tag && span_equals(msg->method, "INVITE")) {
        m->correlation = header_text(&strings, msg->correlation);
        m->correlation_header = msg->correlation_header;
        m->from = copy_span(pinfo, msg->from);
        m->to = copy_span(pinfo, msg->to);
    }

    /* Items point at the status code, or at a request's method; a transfer
     * report (a NOTIFY with a sipfrag) at the status line it reports. */
    span_t where = msg->is_response ? msg->code_digits : msg->method;
    if (!msg->is_response && msg->sipfrag_line.len > 0)
        where = msg->sipfrag_line;
    m->tvb = tvb;
    m->start = start + (int)(where.ptr - bytes);
    m->length = (int)where.len;
    m->message_start = start;
    m->message_length = length;
    if (msg->sdp_body.len > 0) {
        m->sdp = msg->sdp_body.ptr;
        m->sdp_start = start + (int)(msg->sdp_body.ptr - bytes);
        m->sdp_length = (int)msg->sdp_body.len;
    }
}

/* How deep message/sip bodies are followed (a message in a message in a
 * message...): real ones nest once. */
#define MAX_NESTING 4

/* The tvbs fetched so far in this frame and where the next message of
 * each starts. */
#define MAX_TVBS 64

typedef struct {
    packet_info *pinfo;
    sipdiag_sipmsg_mode_t mode;
    sipdiag_message_t *messages;
    unsigned count, capacity;
    struct {
        tvbuff_t *tvb;
        int next;
    } tvbs[MAX_TVBS];
    unsigned n_tvbs;
    /* message/sip bodies read inside their carrier: packet-sip.c queues
     * them too, and they are not read twice. */
    struct {
        tvbuff_t *ds;
        int start;
    } bodies[MAX_TVBS];
    unsigned n_bodies;
} reading_t;

static sipdiag_message_t scratch_messages[SCRATCH_MESSAGES];

static sipdiag_message_t *
next_slot(reading_t *r)
{
    if (r->count == r->capacity) {
        unsigned capacity = r->capacity * 2;
        sipdiag_message_t *bigger = wmem_alloc_array(r->pinfo->pool, sipdiag_message_t, capacity);
        memcpy(bigger, r->messages, r->count * sizeof *bigger);
        r->messages = bigger;
        r->capacity = capacity;
    }
    return &r->messages[r->count++];
}

/* Reads the message in bytes[0..length), at offset start of tvb, and any
 * message/sip body it carries; returns where it ends (0 if it is none). */
static size_t
read_message(reading_t *r, tvbuff_t *tvb, int start, const char *bytes, int length,
             unsigned depth)
{
    sipdiag_sipmsg_t msg;
    if (!sipdiag_sipmsg_read_mode(bytes, (size_t)length, r->mode, &msg))
        return 0;
    sipdiag_messages_convert(r->pinfo, &msg, bytes, tvb, start,
                             (int)sipdiag_sipmsg_end(&msg, (size_t)length), next_slot(r));
    if (msg.sip_body.len > 0 && depth < MAX_NESTING) {
        int body = start + (int)(msg.sip_body.ptr - bytes);
        if (r->n_bodies < MAX_TVBS) {
            r->bodies[r->n_bodies].ds = tvb_get_ds_tvb(tvb);
            r->bodies[r->n_bodies].start = tvb_raw_offset(tvb) + body;
            r->n_bodies++;
        }
        read_message(r, tvb, body, msg.sip_body.ptr, (int)msg.sip_body.len, depth + 1);
    }
    return sipdiag_sipmsg_end(&msg, (size_t)length);
}

static bool
is_read_body(const reading_t *r, tvbuff_t *tvb)
{
    if (r->n_bodies == 0)
        return false;
    tvbuff_t *ds = tvb_get_ds_tvb(tvb);
    int start = tvb_raw_offset(tvb);
    for (unsigned i = 0; i < r->n_bodies; i++) {
        if (r->bodies[i].ds == ds && r->bodies[i].start == start)
            return true;
    }
    return false;
}

/* Where the next message of tvb starts: 0 for a tvb not seen before. */
static int *
next_offset_of(reading_t *r, tvbuff_t *tvb)
{
    for (unsigned i = 0; i < r->n_tvbs; i++) {
        if (r->tvbs[i].tvb == tvb)
            return &r->tvbs[i].next;
    }
    if (r->n_tvbs == MAX_TVBS)
        return NULL;
    r->tvbs[r->n_tvbs].tvb = tvb;
    r->tvbs[r->n_tvbs].next = 0;
    return &r->tvbs[r->n_tvbs++].next;
}

/* Reads the next message of a tapped tvb. */
static void
read_tapped(reading_t *r, tvbuff_t *tvb)
{
    if (is_read_body(r, tvb))
        return;
    int *next = next_offset_of(r, tvb);
    if (next == NULL)
        return;
    int available = tvb_captured_length_remaining(tvb, *next);
    if (available <= 0)
        return;
    const char *bytes = (const char *)tvb_get_ptr(tvb, *next, available);
    int skip = 0;
    while (skip < available && (bytes[skip] == '\r' || bytes[skip] == '\n'))
        skip++;
    size_t end = read_message(r, tvb, *next + skip, bytes + skip, available - skip, 0);
    *next = end > 0 ? *next + skip + (int)end : *next + available;
}

/* Whether the frame carries an ICMP error, whose quoted datagram SIP
 * dissects too: quoted messages were not sent, and are not read. */
static bool
quotes_in_error(packet_info *pinfo)
{
    for (wmem_list_frame_t *layer = wmem_list_head(pinfo->layers); layer != NULL;
         layer = wmem_list_frame_next(layer)) {
        int proto = GPOINTER_TO_INT(wmem_list_frame_data(layer));
        if (proto == proto_icmp || proto == proto_icmpv6)
            return true;
    }
    return false;
}

bool
sipdiag_messages_queued(void)
{
    return sip_follow_tap > 0 && fetch_tapped_data(sip_follow_tap, 0) != NULL;
}

sipdiag_message_t *
sipdiag_messages_read(packet_info *pinfo, sipdiag_sipmsg_mode_t mode, unsigned *count)
{
    *count = 0;
    if (sip_follow_tap <= 0)
        return NULL;
    const void *first = fetch_tapped_data(sip_follow_tap, 0);
    if (first == NULL || quotes_in_error(pinfo))
        return NULL;
    scratch_used = 0;
    reading_t r;
    r.pinfo = pinfo;
    r.mode = mode;
    r.messages = scratch_messages;
    r.count = 0;
    r.capacity = SCRATCH_MESSAGES;
    r.n_tvbs = 0;
    r.n_bodies = 0;
    const void *tapped = first;
    for (int i = 1; tapped != NULL; i++) {
        read_tapped(&r, (tvbuff_t *)tapped);
        tapped = fetch_tapped_data(sip_follow_tap, i);
    }
    *count = r.count;
    return r.count > 0 ? r.messages : NULL;
}

bool
sipdiag_messages_reread(packet_info *pinfo, tvbuff_t *ds, int start, int length,
                        sipdiag_message_t *m)
{
    if (length <= 0 || tvb_captured_length_remaining(ds, start) < length)
        return false;
    const char *bytes = (const char *)tvb_get_ptr(ds, start, length);
    sipdiag_sipmsg_t msg;
    if (!sipdiag_sipmsg_read(bytes, (size_t)length, &msg))
        return false;
    scratch_used = 0;
    sipdiag_messages_convert(pinfo, &msg, bytes, ds, start, length, m);
    return true;
}
