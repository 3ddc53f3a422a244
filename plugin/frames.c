/* frames.c - the per-frame record of the first pass (see frames.h).
 *
 * A kept message is where its bytes are (which data source of the frame,
 * offset, length) and what the first pass learnt of it: 32 bytes.  Its
 * code, method, Reason, Warning and sipfrag line are not copied: a later
 * dissection that shows the message reads them again from those bytes,
 * which the frame's data sources hold on every dissection.  Call-IDs, tags
 * and the other facts the context rules read are not kept either: the
 * note holds their verdict.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "frames.h"

#include <string.h>

typedef struct {
    sipdiag_note_t note;
    guint32 start;                 /* the message, in the frame's data source */
    guint32 length;
    guint8 data_source;            /* index in pinfo->data_src */
} kept_t;

struct sipdiag_frame {
    unsigned count;
    kept_t kept[];
};

/* The data source holding tvb's bytes, and where tvb starts in it. */
static bool
locate(packet_info *pinfo, tvbuff_t *tvb, guint8 *index, int *offset)
{
    tvbuff_t *ds = tvb_get_ds_tvb(tvb);
    guint8 i = 0;
    for (GSList *src = pinfo->data_src; src != NULL && i < G_MAXUINT8; src = src->next, i++) {
        if (get_data_source_tvb(src->data) == ds) {
            *index = i;
            *offset = tvb_raw_offset(tvb) - tvb_raw_offset(ds);
            return true;
        }
    }
    return false;
}

static bool
worth_showing(const sipdiag_message_t *m, const sipdiag_note_t *note)
{
    return m->tvb != NULL && m->message_length > 0
           && (m->is_response || note->report != 0 || note->state_full
               || m->reasons.count > 0 || note->n_detections > 0
               || note->call != NULL || note->n_reg_detections > 0 || note->leg != NULL);
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

    sipdiag_frame_t *frame = wmem_alloc(wmem_file_scope(),
                                        sizeof(sipdiag_frame_t) + shown * sizeof(kept_t));
    kept_t *k = frame->kept;
    for (unsigned i = 0; i < count; i++) {
        const sipdiag_message_t *m = &messages[i];
        guint8 index;
        int offset;
        /* A message outside the frame's data sources is shown on the
         * first pass only. */
        if (!worth_showing(m, &notes[i]) || !locate(pinfo, m->tvb, &index, &offset))
            continue;
        k->note = notes[i];
        k->start = (guint32)(offset + m->message_start);
        k->length = (guint32)m->message_length;
        k->data_source = index;
        k++;
    }
    frame->count = (unsigned)(k - frame->kept);
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
    if (src == NULL || k->start > G_MAXINT || k->length > G_MAXINT)
        return false;
    if (!sipdiag_messages_reread(pinfo, get_data_source_tvb(src->data), (int)k->start,
                                 (int)k->length, m))
        return false;
    *note = &k->note;
    return true;
}
