/* frames.c - the per-frame record of the first pass (see frames.h).
 *
 * A kept message is small: its code, method, the Reason and Warning values
 * it showed, where its bytes are (which data source of the frame, offset,
 * length) and what the first pass learnt of it.  Call-IDs, tags and the
 * other facts the context rules read are not kept: the note holds their
 * verdict.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "frames.h"

#include <string.h>

typedef struct {
    sipdiag_note_t note;
    unsigned code;
    bool is_response;
    const char *method;            /* a static name, or a file-scope copy */
    const char **reasons;          /* file-scope copies, NULL when none */
    const char **warnings;
    guint8 n_reasons;
    guint8 n_warnings;
    guint8 data_source;            /* index in pinfo->data_src */
    int start;
    int length;
} kept_t;

struct sipdiag_frame {
    unsigned count;
    kept_t *kept;
};

/* Methods seen everywhere are shared, not copied for every message. */
static const char *const common_methods[] = {
    "ACK", "BYE", "CANCEL", "INFO", "INVITE", "MESSAGE", "NOTIFY", "OPTIONS",
    "PRACK", "PUBLISH", "REFER", "REGISTER", "SUBSCRIBE", "UPDATE",
};

static const char *
keep_method(const char *method)
{
    if (method == NULL)
        return NULL;
    for (size_t i = 0; i < G_N_ELEMENTS(common_methods); i++) {
        if (strcmp(method, common_methods[i]) == 0)
            return common_methods[i];
    }
    return wmem_strdup(wmem_file_scope(), method);
}

static const char **
keep_values(const sipdiag_values_t *values, guint8 *kept_count)
{
    *kept_count = (guint8)MIN(values->count, SIPDIAG_MAX_VALUES);
    if (*kept_count == 0)
        return NULL;
    const char **copies = wmem_alloc_array(wmem_file_scope(), const char *, *kept_count);
    for (guint8 i = 0; i < *kept_count; i++)
        copies[i] = wmem_strdup(wmem_file_scope(), values->values[i]);
    return copies;
}

static guint8
data_source_index(packet_info *pinfo, tvbuff_t *tvb)
{
    guint8 index = 0;
    for (GSList *src = pinfo->data_src; src != NULL && index < G_MAXUINT8; src = src->next) {
        if (get_data_source_tvb(src->data) == tvb)
            return index;
        index++;
    }
    return G_MAXUINT8;
}

static bool
worth_showing(const sipdiag_message_t *m, const sipdiag_note_t *note)
{
    return m->tvb != NULL && (m->is_response || note->report != 0 || m->reasons.count > 0);
}

sipdiag_frame_t *
sipdiag_frame_keep(packet_info *pinfo, const sipdiag_message_t *messages,
                   const sipdiag_note_t *notes, unsigned count)
{
    unsigned shown = 0;
    for (unsigned i = 0; i < count; i++)
        shown += worth_showing(&messages[i], &notes[i]);
    if (shown == 0)
        return NULL;

    sipdiag_frame_t *frame = wmem_new(wmem_file_scope(), sipdiag_frame_t);
    frame->count = shown;
    frame->kept = wmem_alloc0_array(wmem_file_scope(), kept_t, shown);
    kept_t *k = frame->kept;
    for (unsigned i = 0; i < count; i++) {
        const sipdiag_message_t *m = &messages[i];
        if (!worth_showing(m, &notes[i]))
            continue;
        k->note = notes[i];
        k->code = m->code;
        k->is_response = m->is_response;
        k->method = keep_method(m->method);
        k->reasons = keep_values(&m->reasons, &k->n_reasons);
        k->warnings = keep_values(&m->warnings, &k->n_warnings);
        k->data_source = data_source_index(pinfo, m->tvb);
        k->start = m->start;
        k->length = m->length;
        k++;
    }
    return frame;
}

unsigned
sipdiag_frame_count(const sipdiag_frame_t *frame)
{
    return frame != NULL ? frame->count : 0;
}

bool
sipdiag_frame_restore(const sipdiag_frame_t *frame, unsigned i, packet_info *pinfo,
                      sipdiag_message_t *m, const sipdiag_note_t **note)
{
    const kept_t *k = &frame->kept[i];
    GSList *src = g_slist_nth(pinfo->data_src, k->data_source);
    if (src == NULL)
        return false;
    memset(m, 0, sizeof *m);
    m->tvb = get_data_source_tvb(src->data);
    if (tvb_captured_length(m->tvb) < (guint)(k->start + k->length))
        return false;
    m->start = k->start;
    m->length = k->length;
    m->code = k->code;
    m->is_response = k->is_response;
    m->method = k->method;
    for (guint8 v = 0; v < k->n_reasons; v++)
        m->reasons.values[v] = k->reasons[v];
    m->reasons.count = k->n_reasons;
    for (guint8 v = 0; v < k->n_warnings; v++)
        m->warnings.values[v] = k->warnings[v];
    m->warnings.count = k->n_warnings;
    *note = &k->note;
    return true;
}
