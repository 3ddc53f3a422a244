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

#include "sipdiag.h"

typedef struct {
    sipdiag_note_t note;
    const char *other_method;      /* a file-scope copy, for a method without an id */
    const char **values;           /* Reason values, then Warning values; NULL if none */
    int start;
    guint16 length;
    guint16 code;
    guint8 method;                 /* sipdiag_method_id(); 0 with no method too */
    guint8 data_source;            /* index in pinfo->data_src */
    guint8 n_reasons;
    guint8 n_warnings;
    bool is_response;
} kept_t;

struct sipdiag_frame {
    unsigned count;
    kept_t *kept;
};

/* Copies the Reason and Warning values a message showed into one array. */
static const char **
keep_values(const sipdiag_message_t *m, guint8 *n_reasons, guint8 *n_warnings)
{
    *n_reasons = (guint8)MIN(m->reasons.count, SIPDIAG_MAX_VALUES);
    *n_warnings = (guint8)MIN(m->warnings.count, SIPDIAG_MAX_VALUES);
    if (*n_reasons + *n_warnings == 0)
        return NULL;
    const char **copies = wmem_alloc_array(wmem_file_scope(), const char *,
                                           *n_reasons + *n_warnings);
    for (guint8 i = 0; i < *n_reasons; i++)
        copies[i] = wmem_strdup(wmem_file_scope(), m->reasons.values[i]);
    for (guint8 i = 0; i < *n_warnings; i++)
        copies[*n_reasons + i] = wmem_strdup(wmem_file_scope(), m->warnings.values[i]);
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
    /* Offsets and lengths beyond what a record holds are not kept: such a
     * message is shown on the first pass only. */
    return m->tvb != NULL && m->length <= G_MAXUINT16 && m->code <= G_MAXUINT16
           && (m->is_response || note->report != 0 || note->state_full
               || m->reasons.count > 0);
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
        k->code = (guint16)m->code;
        k->is_response = m->is_response;
        k->method = (guint8)sipdiag_method_id(m->method);
        if (k->method == SIPDIAG_METHOD_OTHER && m->method != NULL)
            k->other_method = wmem_strdup(wmem_file_scope(), m->method);
        k->values = keep_values(m, &k->n_reasons, &k->n_warnings);
        k->data_source = data_source_index(pinfo, m->tvb);
        k->start = m->start;
        k->length = (guint16)m->length;
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
    m->method = k->other_method != NULL ? k->other_method : sipdiag_method_name(k->method);
    for (guint8 v = 0; v < k->n_reasons; v++)
        m->reasons.values[v] = k->values[v];
    m->reasons.count = k->n_reasons;
    for (guint8 v = 0; v < k->n_warnings; v++)
        m->warnings.values[v] = k->values[k->n_reasons + v];
    m->warnings.count = k->n_warnings;
    *note = &k->note;
    return true;
}
