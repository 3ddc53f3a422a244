/* calls.c - the calls table, `tshark -z sipdiag,calls` and Telephony >
 * SIP Diagnostics > Calls in the GUI: one row per call (by Call-ID, in
 * order of first message): its first frame, from and to which address,
 * its outcome, post-dial delay, setup time and duration, and what failed
 * with the frame to look at.
 *
 * The postdissector queues on the "sipdiag_calls" tap the Call-IDs a
 * frame touched (its messages', and those of the findings it made
 * certain); the table rewrites their rows from the call doctor's model.
 * While the capture is being read (tshark, the GUI's first read) a row is
 * the call as the frames so far show it; on a retap (the GUI dialog), the
 * call after the whole capture, with what only its end tells.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "calls.h"
#include "ws_compat.h"

#include <epan/stat_tap_ui.h>
#include <epan/tap.h>

#include "rowtable.h"

#include "sipdiag.h"

static int calls_tap = -1;

/* "1.25", or "-" when unknown. */
static void
seconds(char *out, size_t size, double value)
{
    if (value < 0)
        g_strlcpy(out, "-", size);
    else
        g_snprintf(out, size, "%.2f", value);
}

/* What went wrong when no response says it, by outcome. */
static const char *const timer_faults[SIPDIAG_OUTCOME_COUNT] = {
    [SIPDIAG_OUTCOME_UNREACHABLE] = "no response at all (Timer B)",
    [SIPDIAG_OUTCOME_NO_ANSWER] = "no final response (Timer C)",
    [SIPDIAG_OUTCOME_TORN_DOWN_NO_ACK] = "2xx never acknowledged (64*T1)",
    [SIPDIAG_OUTCOME_TORN_DOWN_REFRESH_FAILED] = "session refresh failed",
};

/* What went wrong, and where to look: "486 Busy Here in #12 from ...". */
static void
fault_of(const sipdiag_call_outcome_t *call, char *out, size_t size)
{
    sipdiag_lookup_t lk;
    if (call->outcome == SIPDIAG_OUTCOME_FAILED) {
        sipdiag_lookup(call->final_code, &lk);
        g_snprintf(out, size, "%u %s in #%u from %s", call->final_code,
                   lk.row != NULL && lk.status != SIPDIAG_UNREGISTERED ? lk.row->phrase : "",
                   call->final, call->final_from != NULL ? call->final_from : "?");
    } else if (call->outcome == SIPDIAG_OUTCOME_TORN_DOWN_CAUSE) {
        g_snprintf(out, size, "BYE with Q.850 cause %u in #%u", call->q850_cause, call->bye);
    } else if (timer_faults[call->outcome] != NULL) {
        g_snprintf(out, size, "%s, certain in #%u", timer_faults[call->outcome], call->decided);
    } else {
        out[0] = '\0';
    }
}

enum { COL_FRAME, COL_FROM, COL_TO, COL_OUTCOME, COL_PDD, COL_SETUP, COL_DURATION, COL_FAULT,
       CALL_COLUMNS };

static stat_tap_table_item calls_columns[CALL_COLUMNS] = {
    [COL_FRAME] = { TABLE_ITEM_UINT, TAP_ALIGN_RIGHT, "Frame", "%u" },
    [COL_FROM] = { TABLE_ITEM_STRING, TAP_ALIGN_LEFT, "From", "%s" },
    [COL_TO] = { TABLE_ITEM_STRING, TAP_ALIGN_LEFT, "To", "%s" },
    [COL_OUTCOME] = { TABLE_ITEM_STRING, TAP_ALIGN_LEFT, "Outcome", "%s" },
    [COL_PDD] = { TABLE_ITEM_STRING, TAP_ALIGN_RIGHT, "PDD (s)", "%s" },
    [COL_SETUP] = { TABLE_ITEM_STRING, TAP_ALIGN_RIGHT, "Setup (s)", "%s" },
    [COL_DURATION] = { TABLE_ITEM_STRING, TAP_ALIGN_RIGHT, "Duration (s)", "%s" },
    [COL_FAULT] = { TABLE_ITEM_STRING, TAP_ALIGN_LEFT, "Fault", "%s" },
};

#define CALLS_TABLE "Calls"

static sipdiag_rows_t call_rows;

/* A frame's calls, queued on the tap. */
typedef struct {
    bool whole_capture;   /* a later pass: read the model after the whole capture */
    unsigned count;
    const char *call_ids[];
} calls_tap_t;

static void
write_row(stat_tap_table *table, const sipdiag_call_outcome_t *call, guint32 frame)
{
    char pdd[16], setup[16], duration[16], fault[160];
    seconds(pdd, sizeof pdd, call->post_dial_delay);
    seconds(setup, sizeof setup, call->setup_time);
    seconds(duration, sizeof duration, call->duration);
    fault_of(call, fault, sizeof fault);
    const char *to = call->callee != NULL ? call->callee : call->final_from;
    /* A call joined mid-way has no INVITE: its row keeps its first frame. */
    guint32 first = call->invite;
    if (first == 0) {
        guint32 row = GPOINTER_TO_UINT(g_hash_table_lookup(call_rows.index, call->call_id));
        first = row != 0 ? table->elements[row - 1][COL_FRAME].value.uint_value : frame;
    }
    stat_tap_table_item_type cells[CALL_COLUMNS] = {
        [COL_FRAME] = sipdiag_cell_uint(first),
        [COL_FROM] = sipdiag_cell_string(call->caller),
        [COL_TO] = sipdiag_cell_string(to),
        [COL_OUTCOME] = sipdiag_cell_string(sipdiag_outcome_key(call->outcome)),
        [COL_PDD] = sipdiag_cell_string(pdd),
        [COL_SETUP] = sipdiag_cell_string(setup),
        [COL_DURATION] = sipdiag_cell_string(duration),
        [COL_FAULT] = sipdiag_cell_string(fault[0] != '\0' ? fault : "-"),
    };
    sipdiag_rows_set(table, &call_rows, call->call_id, cells);
}

static tap_packet_status
calls_packet(void *tapdata, packet_info *pinfo, epan_dissect_t *edt _U_, const void *data,
             tap_flags_t flags _U_)
{
    const calls_tap_t *tap = data;
    const sipdiag_flows_t *flows = tap->whole_capture ? sipdiag_finished_flows()
                                                      : sipdiag_flows_so_far();
    if (flows == NULL)
        return TAP_PACKET_DONT_REDRAW;
    stat_tap_table *table = sipdiag_rows_table(tapdata);
    bool changed = false;
    for (unsigned i = 0; i < tap->count; i++) {
        sipdiag_call_outcome_t call;
        if (!sipdiag_flows_outcome(flows, tap->call_ids[i], &call)
            || call.outcome == SIPDIAG_OUTCOME_NOT_A_CALL)
            continue;
        write_row(table, &call, pinfo->num);
        changed = true;
    }
    return changed ? TAP_PACKET_REDRAW : TAP_PACKET_DONT_REDRAW;
}

static void
calls_init(stat_tap_table_ui *ui)
{
    sipdiag_rows_init(ui, CALLS_TABLE, CALL_COLUMNS, &call_rows);
}

static void
calls_reset(stat_tap_table *table)
{
    sipdiag_rows_reset(table, &call_rows);
}

static stat_tap_table_ui calls_ui = {
    SIPDIAG_STAT_GROUP_TELEPHONY,
    "SIP Diagnostics/Calls",
    "sipdiag_calls",
    "sipdiag,calls",
    calls_init,
    calls_packet,
    calls_reset,
    sipdiag_rows_free_item,
    NULL,
    G_N_ELEMENTS(calls_columns), calls_columns,
    0, NULL,
    NULL,
    0,
};

bool
sipdiag_calls_listening(void)
{
    return have_tap_listener(calls_tap);
}

void
sipdiag_calls_tap(packet_info *pinfo, const sipdiag_message_t *messages, unsigned count,
                  const sipdiag_note_t *notes, bool whole_capture)
{
    if (!sipdiag_calls_listening() || count == 0)
        return;
    unsigned most = count;
    for (unsigned i = 0; notes != NULL && i < count; i++)
        most += notes[i].n_detections;
    calls_tap_t *tap = wmem_alloc(pinfo->pool, sizeof *tap + most * sizeof tap->call_ids[0]);
    tap->whole_capture = whole_capture;
    tap->count = 0;
    for (unsigned i = 0; i < count; i++) {
        if (messages[i].call_id != NULL)
            tap->call_ids[tap->count++] = messages[i].call_id;
        for (unsigned j = 0; notes != NULL && j < notes[i].n_detections; j++) {
            if (notes[i].detections[j].call_id != NULL)
                tap->call_ids[tap->count++] = notes[i].detections[j].call_id;
        }
    }
    tap_queue_packet(calls_tap, pinfo, tap);
}

void
sipdiag_calls_register(void)
{
    calls_tap = register_tap("sipdiag_calls");
    register_stat_tap_table_ui(&calls_ui);
}
