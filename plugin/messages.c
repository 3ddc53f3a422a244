/* messages.c - reads the SIP responses of one frame out of the protocol
 * tree.
 *
 * packet-sip.c already parsed every message; with the fields below primed
 * (set_postdissector_wanted_hfids), proto_get_finfo_ptr_array() hands us
 * each of them in order.  Several messages can share a frame (TCP, and a
 * message/sip body nests one message in another), so each status code is
 * tied to the innermost "sip" item whose bytes contain it, and the CSeq
 * method to the first one inside that same message.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "messages.h"
#include "ws_compat.h"

#include <epan/proto.h>

typedef struct {
    int hf;
    const char *abbrev;
} field_of_interest_t;

enum { FIELD_SIP, FIELD_STATUS_CODE, FIELD_CSEQ_METHOD, FIELD_COUNT };

static field_of_interest_t fields[FIELD_COUNT] = {
    [FIELD_SIP] = { -1, "sip" },
    [FIELD_STATUS_CODE] = { -1, "sip.Status-Code" },
    [FIELD_CSEQ_METHOD] = { -1, "sip.CSeq.method" },
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

/* The innermost SIP message holding fi: the last one added that contains it. */
static const field_info *
enclosing_message(const GPtrArray *messages, const field_info *fi)
{
    for (guint i = messages ? messages->len : 0; i-- > 0;) {
        const field_info *message = g_ptr_array_index(messages, i);
        if (contains(message, fi))
            return message;
    }
    return NULL;
}

static const char *
cseq_method_of(const GPtrArray *methods, const field_info *message)
{
    for (guint i = 0; methods != NULL && message != NULL && i < methods->len; i++) {
        field_info *method = g_ptr_array_index(methods, i);
        if (contains(message, method))
            return fvalue_get_string(SIPDIAG_FI_VALUE(method));
    }
    return NULL;
}

void
sipdiag_messages_for_each_response(proto_tree *tree, sipdiag_response_fn fn, void *user_data)
{
    if (tree == NULL || fields[FIELD_STATUS_CODE].hf <= 0)
        return;
    GPtrArray *codes = proto_get_finfo_ptr_array(tree, fields[FIELD_STATUS_CODE].hf);
    if (codes == NULL)
        return;
    GPtrArray *messages = proto_get_finfo_ptr_array(tree, fields[FIELD_SIP].hf);
    GPtrArray *methods = proto_get_finfo_ptr_array(tree, fields[FIELD_CSEQ_METHOD].hf);

    for (guint i = 0; i < codes->len; i++) {
        field_info *code = g_ptr_array_index(codes, i);
        sipdiag_response_t response = {
            .code = fvalue_get_uinteger(SIPDIAG_FI_VALUE(code)),
            .method = cseq_method_of(methods, enclosing_message(messages, code)),
            .tvb = code->ds_tvb,
            .start = code->start,
            .length = code->length,
        };
        fn(&response, user_data);
    }
}
