/* messages.c - finds the SIP messages of one frame in the protocol tree
 * and reads each from its own bytes.
 *
 * Every SIP message packet-sip.c dissects gets a "sip" item spanning its
 * bytes, in whichever data source holds them (the frame, a reassembled
 * TCP stream, a decrypted TLS record).  With that one field primed
 * (set_postdissector_wanted_hfids), proto_get_finfo_ptr_array() hands us
 * those items in order, several per frame on TCP, nested ones for
 * message/sip bodies too; src/sipmsg.c reads what sipdiag needs from each.
 * Asking packet-sip.c for its header fields instead cost tshark several
 * times more (bench/README.md).
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

/* Reads the message a "sip" item spans, as far as the capture holds it.
 * Returns false when it is neither a request nor a response. */
static bool
read_message(const field_info *sip, packet_info *pinfo, sipdiag_message_t *m)
{
    int available = tvb_captured_length_remaining(sip->ds_tvb, sip->start);
    if (available <= 0)
        return false;
    int length = sip->length >= 0 && sip->length < available ? sip->length : available;
    const char *bytes = (const char *)tvb_get_ptr(sip->ds_tvb, sip->start, length);
    sipdiag_sipmsg_t msg;
    if (!sipdiag_sipmsg_read(bytes, (size_t)length, &msg))
        return false;

    m->is_response = msg.is_response;
    m->code = msg.code;
    m->method = copy_span(pinfo, msg.is_response ? msg.cseq_method : msg.method);
    m->has_cseq = msg.has_cseq;
    m->cseq = msg.cseq;
    m->call_id = copy_span(pinfo, msg.call_id);
    m->event = copy_span(pinfo, msg.event);
    m->has_to_tag = msg.has_to_tag;
    m->has_credentials = msg.has_credentials;
    m->stale_nonce = msg.stale_nonce;
    copy_spans(pinfo, &msg.reasons, &m->reasons);
    copy_spans(pinfo, &msg.warnings, &m->warnings);
    m->sipfrag_status = copy_span(pinfo, msg.sipfrag_line);

    /* Items point at the status code, or at a request's method; a transfer
     * report (a NOTIFY with a sipfrag) at the status line it reports. */
    span_t where = msg.is_response ? msg.code_digits : msg.method;
    if (!msg.is_response && msg.sipfrag_line.len > 0)
        where = msg.sipfrag_line;
    m->tvb = sip->ds_tvb;
    m->start = sip->start + (int)(where.ptr - bytes);
    m->length = (int)where.len;
    return true;
}

sipdiag_message_t *
sipdiag_messages_read(proto_tree *tree, packet_info *pinfo, unsigned *count)
{
    *count = 0;
    if (tree == NULL || hf_sip <= 0)
        return NULL;
    GPtrArray *items = proto_get_finfo_ptr_array(tree, hf_sip);
    if (items == NULL || items->len == 0)
        return NULL;
    sipdiag_message_t *out = wmem_alloc0_array(pinfo->pool, sipdiag_message_t, items->len);
    for (guint i = 0; i < items->len; i++) {
        if (read_message(g_ptr_array_index(items, i), pinfo, &out[*count]))
            (*count)++;
    }
    return out;
}
