/* transfers.c - REFER -> response -> NOTIFY(sipfrag) bookkeeping.
 *
 * A transfer is keyed by its REFER's Call-ID and CSeq number.  A NOTIFY
 * names its REFER with Event: refer;id=<CSeq> (RFC 3515 §2.4.6); without
 * an id it reports on the latest REFER of its dialog.  Written on the first
 * pass only, like src/flows.c.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "transfers.h"

#include <stdlib.h>
#include <string.h>

#include "transfer.h"

static wmem_map_t *by_refer;       /* "cseq@call-id" -> transfer */
static wmem_map_t *latest_by_call; /* call-id -> its latest transfer */

void
sipdiag_transfers_init(void)
{
    by_refer = wmem_map_new(wmem_file_scope(), wmem_str_hash, g_str_equal);
    latest_by_call = wmem_map_new(wmem_file_scope(), wmem_str_hash, g_str_equal);
}

static char *
refer_key(wmem_allocator_t *scope, const char *call_id, unsigned cseq)
{
    return wmem_strdup_printf(scope, "%u@%s", cseq, call_id);
}

sipdiag_transfer_t *
sipdiag_transfers_note_refer(const sipdiag_message_t *refer, packet_info *pinfo, bool *capped)
{
    if (refer->call_id == NULL || !refer->has_cseq || by_refer == NULL)
        return NULL;
    char *key = refer_key(pinfo->pool, refer->call_id, refer->cseq);
    sipdiag_transfer_t *transfer = wmem_map_lookup(by_refer, key);
    if (transfer != NULL)
        return transfer; /* a retransmitted REFER */
    if (wmem_map_size(by_refer) >= SIPDIAG_MAX_TRANSFERS) {
        *capped = true;
        return NULL;
    }
    transfer = wmem_new0(wmem_file_scope(), sipdiag_transfer_t);
    transfer->refer_frame = pinfo->num;
    wmem_map_insert(by_refer, wmem_strdup(wmem_file_scope(), key), transfer);
    wmem_map_insert(latest_by_call, wmem_strdup(wmem_file_scope(), refer->call_id), transfer);
    return transfer;
}

sipdiag_transfer_t *
sipdiag_transfers_note_response(const sipdiag_message_t *response, packet_info *pinfo)
{
    if (response->call_id == NULL || !response->has_cseq || by_refer == NULL)
        return NULL;
    sipdiag_transfer_t *transfer = wmem_map_lookup(
        by_refer, refer_key(pinfo->pool, response->call_id, response->cseq));
    if (transfer != NULL && response->code >= 200 && transfer->response_frame == 0) {
        transfer->response_frame = pinfo->num;
        transfer->response_code = response->code;
    }
    return transfer;
}

/* The "id" parameter of an Event header, or -1. */
static long
event_id(const char *event)
{
    const char *p = strchr(event, ';');
    while (p != NULL) {
        p++;
        while (*p == ' ' || *p == '\t')
            p++;
        if (g_ascii_strncasecmp(p, "id", 2) == 0) {
            const char *v = p + 2;
            while (*v == ' ' || *v == '\t')
                v++;
            if (*v == '=' && g_ascii_isdigit(v[1]))
                return strtol(v + 1, NULL, 10);
        }
        p = strchr(p, ';');
    }
    return -1;
}

bool
sipdiag_is_transfer_report(const sipdiag_message_t *message)
{
    if (message->is_response || message->method == NULL || message->event == NULL
        || strcmp(message->method, "NOTIFY") != 0)
        return false;
    size_t name = strcspn(message->event, "; \t");
    return name == 5 && g_ascii_strncasecmp(message->event, "refer", 5) == 0;
}

sipdiag_transfer_t *
sipdiag_transfers_note_notify(const sipdiag_message_t *notify, packet_info *pinfo,
                              unsigned *report)
{
    *report = 0;
    if (!sipdiag_is_transfer_report(notify) || notify->call_id == NULL || by_refer == NULL)
        return NULL;
    if (notify->sipfrag_status != NULL)
        sipdiag_parse_status_line(notify->sipfrag_status, strlen(notify->sipfrag_status),
                                  report);
    long id = event_id(notify->event);
    sipdiag_transfer_t *transfer = id >= 0
        ? wmem_map_lookup(by_refer, refer_key(pinfo->pool, notify->call_id,
                                              (unsigned)id))
        : wmem_map_lookup(latest_by_call, notify->call_id);
    if (transfer == NULL || *report == 0 || notify->resent)
        return transfer;
    if (transfer->n_reports < SIPDIAG_MAX_REPORTS) {
        transfer->report_frames[transfer->n_reports] = pinfo->num;
        transfer->report_codes[transfer->n_reports] = *report;
    }
    transfer->n_reports++;
    transfer->last_report = *report;
    return transfer;
}
