/* messages.c - reads the SIP messages of one frame out of the protocol
 * tree.
 *
 * packet-sip.c already parsed every message; with the fields below primed
 * (set_postdissector_wanted_hfids), proto_get_finfo_ptr_array() hands us
 * each of them in order.  Several messages can share a frame (TCP, and a
 * message/sip body nests one message in another), so every field is given
 * to the innermost "sip" item whose bytes contain it.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "messages.h"
#include "ws_compat.h"

#include <epan/proto.h>

typedef enum {
    FIELD_SIP,
    FIELD_STATUS_CODE,
    FIELD_METHOD,
    FIELD_CSEQ_METHOD,
    FIELD_CSEQ_SEQ,
    FIELD_CALL_ID,
    FIELD_TO_TAG,
    FIELD_AUTHORIZATION,
    FIELD_PROXY_AUTHORIZATION,
    FIELD_WWW_AUTHENTICATE,
    FIELD_PROXY_AUTHENTICATE,
    FIELD_RESEND,
    FIELD_REASON,
    FIELD_WARNING,
    FIELD_EVENT,
    FIELD_SIPFRAG_LINE,
    FIELD_COUNT
} field_t;

static struct {
    int hf;
    const char *abbrev;
} fields[FIELD_COUNT] = {
    [FIELD_SIP] = { -1, "sip" },
    [FIELD_STATUS_CODE] = { -1, "sip.Status-Code" },
    [FIELD_METHOD] = { -1, "sip.Method" },
    [FIELD_CSEQ_METHOD] = { -1, "sip.CSeq.method" },
    [FIELD_CSEQ_SEQ] = { -1, "sip.CSeq.seq" },
    [FIELD_CALL_ID] = { -1, "sip.Call-ID" },
    [FIELD_TO_TAG] = { -1, "sip.to.tag" },
    [FIELD_AUTHORIZATION] = { -1, "sip.Authorization" },
    [FIELD_PROXY_AUTHORIZATION] = { -1, "sip.Proxy-Authorization" },
    [FIELD_WWW_AUTHENTICATE] = { -1, "sip.WWW-Authenticate" },
    [FIELD_PROXY_AUTHENTICATE] = { -1, "sip.Proxy-Authenticate" },
    [FIELD_RESEND] = { -1, "sip.resend" },
    [FIELD_REASON] = { -1, "sip.Reason" },
    [FIELD_WARNING] = { -1, "sip.Warning" },
    [FIELD_EVENT] = { -1, "sip.Event" },
    [FIELD_SIPFRAG_LINE] = { -1, "sipfrag.line" },
};

bool
sipdiag_messages_resolve_fields(void)
{
    bool all_found = true;
    for (int i = 0; i < FIELD_COUNT; i++) {
        fields[i].hf = proto_registrar_get_id_byname(fields[i].abbrev);
        if (fields[i].hf <= 0)
            all_found = false;
    }
    return all_found;
}

GArray *
sipdiag_messages_wanted_hfids(void)
{
    GArray *hfids = g_array_new(FALSE, FALSE, (guint)sizeof(int));
    for (int i = 0; i < FIELD_COUNT; i++) {
        if (fields[i].hf > 0)
            g_array_append_val(hfids, fields[i].hf);
    }
    return hfids;
}

static bool
contains(const field_info *outer, const field_info *inner)
{
    return outer->ds_tvb == inner->ds_tvb && inner->start >= outer->start
           && inner->start < outer->start + outer->length;
}

/* The index of the innermost SIP message holding fi (the last one added
 * that contains it), or -1. */
static int
owner_of(const GPtrArray *messages, const field_info *fi)
{
    for (guint i = messages->len; i-- > 0;) {
        if (contains(g_ptr_array_index(messages, i), fi))
            return (int)i;
    }
    return -1;
}

static bool
has_stale_true(const char *challenge)
{
    /* Parameter names and the token true are case-insensitive (RFC 7616). */
    for (const char *p = challenge; p != NULL && *p != '\0'; p++) {
        if (g_ascii_strncasecmp(p, "stale", 5) == 0) {
            const char *v = p + 5;
            while (*v == ' ' || *v == '\t')
                v++;
            if (*v++ != '=')
                continue;
            while (*v == ' ' || *v == '\t' || *v == '"')
                v++;
            if (g_ascii_strncasecmp(v, "true", 4) == 0)
                return true;
        }
    }
    return false;
}

static void
keep_value(sipdiag_values_t *values, const char *value)
{
    if (values->count < SIPDIAG_MAX_VALUES)
        values->values[values->count] = value;
    values->count++;
}

static void
point_at(sipdiag_message_t *m, const field_info *fi)
{
    m->tvb = fi->ds_tvb;
    m->start = fi->start;
    m->length = fi->length;
}

/* Files one field occurrence under its message. */
static void
take_field(sipdiag_message_t *m, field_t field, field_info *fi)
{
    fvalue_t *value = SIPDIAG_FI_VALUE(fi);
    switch (field) {
    case FIELD_STATUS_CODE:
        m->is_response = true;
        m->code = fvalue_get_uinteger(value);
        point_at(m, fi);
        break;
    case FIELD_METHOD:
        if (!m->is_response && m->method == NULL) {
            m->method = fvalue_get_string(value);
            if (m->tvb == NULL)
                point_at(m, fi);
        }
        break;
    case FIELD_CSEQ_METHOD:
        if (m->is_response && m->method == NULL)
            m->method = fvalue_get_string(value);
        break;
    case FIELD_CSEQ_SEQ:
        if (!m->has_cseq) {
            m->cseq = fvalue_get_uinteger(value);
            m->has_cseq = true;
        }
        break;
    case FIELD_CALL_ID:
        if (m->call_id == NULL)
            m->call_id = fvalue_get_string(value);
        break;
    case FIELD_TO_TAG:
        m->has_to_tag = true;
        break;
    case FIELD_AUTHORIZATION:
    case FIELD_PROXY_AUTHORIZATION:
        m->has_credentials = true;
        break;
    case FIELD_WWW_AUTHENTICATE:
    case FIELD_PROXY_AUTHENTICATE:
        m->stale_nonce = m->stale_nonce || has_stale_true(fvalue_get_string(value));
        break;
    case FIELD_RESEND:
        m->resent = m->resent || fvalue_get_uinteger64(value) != 0;
        break;
    case FIELD_REASON:
        keep_value(&m->reasons, fvalue_get_string(value));
        break;
    case FIELD_WARNING:
        keep_value(&m->warnings, fvalue_get_string(value));
        break;
    case FIELD_EVENT:
        if (m->event == NULL)
            m->event = fvalue_get_string(value);
        break;
    case FIELD_SIPFRAG_LINE:
        if (m->sipfrag_status == NULL) {
            m->sipfrag_status = fvalue_get_string(value);
            if (!m->is_response)
                point_at(m, fi);
        }
        break;
    case FIELD_SIP:
    case FIELD_COUNT:
        break;
    }
}

sipdiag_message_t *
sipdiag_messages_read(proto_tree *tree, packet_info *pinfo, unsigned *count)
{
    *count = 0;
    if (tree == NULL || fields[FIELD_SIP].hf <= 0)
        return NULL;
    GPtrArray *messages = proto_get_finfo_ptr_array(tree, fields[FIELD_SIP].hf);
    if (messages == NULL || messages->len == 0)
        return NULL;

    sipdiag_message_t *out = wmem_alloc0_array(pinfo->pool, sipdiag_message_t, messages->len);
    /* The status code and the method first, so that each message knows
     * whether it is a response before its other fields arrive. */
    static const field_t order[] = {
        FIELD_STATUS_CODE, FIELD_METHOD, FIELD_CSEQ_METHOD, FIELD_CSEQ_SEQ, FIELD_CALL_ID,
        FIELD_TO_TAG, FIELD_AUTHORIZATION, FIELD_PROXY_AUTHORIZATION, FIELD_WWW_AUTHENTICATE,
        FIELD_PROXY_AUTHENTICATE, FIELD_RESEND, FIELD_REASON, FIELD_WARNING, FIELD_EVENT,
        FIELD_SIPFRAG_LINE,
    };
    for (size_t k = 0; k < G_N_ELEMENTS(order); k++) {
        if (fields[order[k]].hf <= 0)
            continue;
        GPtrArray *found = proto_get_finfo_ptr_array(tree, fields[order[k]].hf);
        for (guint i = 0; found != NULL && i < found->len; i++) {
            field_info *fi = g_ptr_array_index(found, i);
            int owner = owner_of(messages, fi);
            if (owner >= 0)
                take_field(&out[owner], order[k], fi);
        }
    }
    *count = messages->len;
    return out;
}
