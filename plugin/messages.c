/* messages.c - finds the SIP messages of one frame in the protocol tree
 * and reads each from its own bytes.
 *
 * Every SIP message packet-sip.c dissects gets a "sip" item spanning its
 * bytes, in whichever data source holds them (the frame, a reassembled
 * TCP stream, a decrypted TLS record), several per frame on TCP.  Like
 * every protocol item they hang from the tree's root, and items at the
 * root are never left out of a tree, even one nobody shows: so whenever
 * there is a tree, whether sipdiag asked for one or not, the root's
 * children give every message, in order.  src/sipmsg.c reads what sipdiag
 * needs from each, and locates message/sip bodies, which are read the
 * same way.  Asking packet-sip.c for its header fields instead cost
 * tshark several times more (bench/README.md).
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "messages.h"
#include "ws_compat.h"

#include <epan/proto.h>

#include "sipmsg.h"

static int hf_sip = -1;

bool
sipdiag_messages_resolve_fields(void)
{
    hf_sip = proto_registrar_get_id_byname("sip");
    return hf_sip > 0;
}

GArray *
sipdiag_messages_wanted_hfids(void)
{
    GArray *hfids = g_array_new(FALSE, FALSE, (guint)sizeof(int));
    if (hf_sip > 0)
        g_array_append_val(hfids, hf_sip);
    return hfids;
}

static const char *
copy_span(packet_info *pinfo, span_t s)
{
    return s.len > 0 ? wmem_strndup(pinfo->pool, s.ptr, s.len) : NULL;
}

static void
copy_spans(packet_info *pinfo, const sipdiag_spans_t *spans, sipdiag_values_t *values)
{
    values->count = spans->count;
    for (unsigned i = 0; i < MIN(spans->count, SIPDIAG_MAX_VALUES); i++)
        values->values[i] = copy_span(pinfo, spans->values[i]);
}

/* How deep message/sip bodies are followed (a message in a message in a
 * message...): real ones nest once. */
#define MAX_NESTING 4

typedef struct {
    packet_info *pinfo;
    wmem_array_t *messages;     /* of sipdiag_message_t, NULL until one is found */
} reading_t;

/* Reads the message in bytes[0..length), at offset start of tvb, and any
 * message/sip body it carries. */
static void
read_message(reading_t *reading, tvbuff_t *tvb, int start, const char *bytes, int length,
             unsigned depth)
{
    sipdiag_sipmsg_t msg;
    if (!sipdiag_sipmsg_read(bytes, (size_t)length, &msg))
        return;
    packet_info *pinfo = reading->pinfo;
    sipdiag_message_t message = { 0 };
    sipdiag_message_t *m = &message;

    m->is_response = msg.is_response;
    m->code = msg.code;
    m->method = copy_span(pinfo, msg.is_response ? msg.cseq_method : msg.method);
    m->has_cseq = msg.has_cseq;
    m->cseq = msg.cseq;
    m->call_id = copy_span(pinfo, msg.call_id);
    m->event = copy_span(pinfo, msg.event);
    m->has_to_tag = msg.has_to_tag;
    m->from_tag = copy_span(pinfo, msg.from_tag);
    m->via_branch = copy_span(pinfo, msg.via_branch);
    m->credentials = msg.credentials;
    m->realm = copy_span(pinfo, msg.is_response ? msg.challenge_realm : msg.credentials_realm);
    m->stale_nonce = msg.stale_nonce;
    m->retry_after = msg.has_retry_after;
    m->session_expires = msg.session_expires;
    m->min_se = msg.min_se;
    m->expires = msg.expires;
    m->min_expires = msg.min_expires;
    copy_spans(pinfo, &msg.reasons, &m->reasons);
    copy_spans(pinfo, &msg.warnings, &m->warnings);
    m->sipfrag_status = copy_span(pinfo, msg.sipfrag_line);

    /* Items point at the status code, or at a request's method; a transfer
     * report (a NOTIFY with a sipfrag) at the status line it reports. */
    span_t where = msg.is_response ? msg.code_digits : msg.method;
    if (!msg.is_response && msg.sipfrag_line.len > 0)
        where = msg.sipfrag_line;
    m->tvb = tvb;
    m->start = start + (int)(where.ptr - bytes);
    m->length = (int)where.len;
    if (reading->messages == NULL)
        reading->messages = wmem_array_new(pinfo->pool, sizeof(sipdiag_message_t));
    wmem_array_append_one(reading->messages, *m);

    if (msg.sip_body.len > 0 && depth < MAX_NESTING)
        read_message(reading, tvb, start + (int)(msg.sip_body.ptr - bytes), msg.sip_body.ptr,
                     (int)msg.sip_body.len, depth + 1);
}

/* For each child of the tree's root: a "sip" item is a message, read as
 * far as the capture holds it. */
static void
read_if_sip(proto_node *node, gpointer data)
{
    const field_info *fi = PNODE_FINFO(node);
    if (fi == NULL || fi->hfinfo->id != hf_sip || fi->ds_tvb == NULL)
        return;
    int available = tvb_captured_length_remaining(fi->ds_tvb, fi->start);
    if (available <= 0)
        return;
    int length = fi->length >= 0 && fi->length < available ? fi->length : available;
    read_message(data, fi->ds_tvb, fi->start,
                 (const char *)tvb_get_ptr(fi->ds_tvb, fi->start, length), length, 0);
}

sipdiag_message_t *
sipdiag_messages_read(proto_tree *tree, packet_info *pinfo, unsigned *count)
{
    *count = 0;
    if (tree == NULL || hf_sip <= 0)
        return NULL;
    reading_t reading = { pinfo, NULL };
    proto_tree_children_foreach(tree, read_if_sip, &reading);
    if (reading.messages == NULL)
        return NULL;
    *count = wmem_array_get_count(reading.messages);
    return wmem_array_get_raw(reading.messages);
}
