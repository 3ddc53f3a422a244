/* callfields.c - the sipdiag.call.* fields (callfields.h).
 *
 * What the fields say is what the call doctor's model holds when they are
 * drawn: on the pass that learns the frame (tshark, the GUI's first read),
 * only what the frames up to this one showed, kept with the frame; on a
 * later pass (a GUI click, a retap), the call after the whole capture,
 * and sipdiag.call.whole_capture says which.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "callfields.h"
#include "ws_compat.h"

#include <epan/proto.h>

static int hf_call_outcome = -1;
static int hf_call_whole_capture = -1;
static int hf_call_post_dial_delay = -1;
static int hf_call_setup_time = -1;
static int hf_call_duration = -1;
static int hf_call_ended_by = -1;
static int hf_call_ended_from = -1;
static int hf_call_reason = -1;
static int hf_call_q850_cause = -1;
static int hf_call_final_code = -1;
static int hf_call_final_from = -1;
static int hf_call_final_agent = -1;
static int hf_call_caller = -1;
static int hf_call_callee = -1;
static int hf_call_callee_agent = -1;
static int hf_call_invite = -1;
static int hf_call_ringing = -1;
static int hf_call_answer = -1;
static int hf_call_final = -1;
static int hf_call_cancel = -1;
static int hf_call_bye = -1;
static int hf_call_decided = -1;
static int ett_call = -1;

#define CALL_STRING(hf, name, abbrev, blurb) \
    { &hf, { name, abbrev, FT_STRING, BASE_NONE, NULL, 0x0, blurb, HFILL } }
#define CALL_SECONDS(hf, name, abbrev, blurb) \
    { &hf, { name, abbrev, FT_DOUBLE, BASE_NONE, NULL, 0x0, blurb, HFILL } }
#define CALL_FRAME(hf, name, abbrev, blurb) \
    { &hf, { name, abbrev, FT_FRAMENUM, BASE_NONE, NULL, 0x0, blurb, HFILL } }

void
sipdiag_call_fields_register(int proto)
{
    static hf_register_info hf[] = {
        CALL_STRING(hf_call_outcome, "Call outcome", "sipdiag.call.outcome",
                    "answered calls: established, ended, torn-down-no-ack, "
                    "torn-down-refresh-failed, torn-down-cause; the others: failed, cancelled, "
                    "unreachable, no-answer, in-progress; joined, joined-ended for a capture "
                    "that starts mid-call (docs/call-doctor.md)"),
        { &hf_call_whole_capture,
          { "Known after the whole capture", "sipdiag.call.whole_capture", FT_BOOLEAN, BASE_NONE,
            NULL, 0x0,
            "True when shown on a later pass (a GUI click, a retap): the call as the whole "
            "capture shows it; false on the pass that read this frame: only the frames up to "
            "here", HFILL } },
        CALL_SECONDS(hf_call_post_dial_delay, "Post-dial delay (s)",
                     "sipdiag.call.post_dial_delay",
                     "Seconds from the first INVITE to the first 18x"),
        CALL_SECONDS(hf_call_setup_time, "Setup time (s)", "sipdiag.call.setup_time",
                     "Seconds from the first INVITE to the 2xx that answered it"),
        CALL_SECONDS(hf_call_duration, "Duration (s)", "sipdiag.call.duration",
                     "Seconds from the answering 2xx to the first BYE"),
        CALL_STRING(hf_call_ended_by, "Ended by", "sipdiag.call.ended_by",
                    "Who sent the first BYE: caller (the INVITE's From tag) or callee"),
        CALL_STRING(hf_call_ended_from, "BYE sent from", "sipdiag.call.ended_from",
                    "The address the first BYE came from"),
        CALL_STRING(hf_call_reason, "BYE Reason", "sipdiag.call.reason",
                    "The Reason header of the first BYE"),
        { &hf_call_q850_cause,
          { "BYE Q.850 cause", "sipdiag.call.q850_cause", FT_UINT32, BASE_DEC, NULL, 0x0,
            "The Q.850 cause of that Reason (16: normal clearing; above 31: a failure)",
            HFILL } },
        { &hf_call_final_code,
          { "Final response", "sipdiag.call.final_code", FT_UINT16, BASE_DEC, NULL, 0x0,
            "A failed or cancelled call: the status of its final response", HFILL } },
        CALL_STRING(hf_call_final_from, "Final response sent by", "sipdiag.call.final_from",
                    "The address of the element that sent it: the first copy seen, the one "
                    "from furthest down the path"),
        CALL_STRING(hf_call_final_agent, "Final response Server", "sipdiag.call.final_agent",
                    "The Server header of that response: which software refused the call"),
        CALL_STRING(hf_call_caller, "Caller", "sipdiag.call.caller",
                    "The address the first INVITE came from"),
        CALL_STRING(hf_call_callee, "Callee", "sipdiag.call.callee",
                    "The address the answering 2xx came from"),
        CALL_STRING(hf_call_callee_agent, "Callee Server", "sipdiag.call.callee_agent",
                    "The Server header of the answering 2xx"),
        CALL_FRAME(hf_call_invite, "INVITE in frame", "sipdiag.call.invite",
                   "The call's first INVITE"),
        CALL_FRAME(hf_call_ringing, "First 18x in frame", "sipdiag.call.ringing",
                   "The first 101-199 response to it"),
        CALL_FRAME(hf_call_answer, "Answered in frame", "sipdiag.call.answer",
                   "The 2xx that answered it"),
        CALL_FRAME(hf_call_final, "Final response in frame", "sipdiag.call.final",
                   "A failed or cancelled call's final response"),
        CALL_FRAME(hf_call_cancel, "CANCEL in frame", "sipdiag.call.cancel",
                   "The call's first CANCEL"),
        CALL_FRAME(hf_call_bye, "BYE in frame", "sipdiag.call.bye", "The call's first BYE"),
        CALL_FRAME(hf_call_decided, "Decided in frame", "sipdiag.call.decided",
                   "The frame that made a torn-down or unreachable outcome certain: the BYE, "
                   "the 408/481 to a refresh, the first frame past the RFC 3261 timer"),
    };
    static int *ett[] = { &ett_call };
    proto_register_field_array(proto, hf, array_length(hf));
    proto_register_subtree_array(ett, array_length(ett));
}

const sipdiag_call_outcome_t *
sipdiag_call_fields_snapshot(const sipdiag_flows_t *flows, const char *call_id, guint32 frame)
{
    sipdiag_call_outcome_t call;
    if (call_id == NULL || !sipdiag_flows_outcome(flows, call_id, &call)
        || call.outcome == SIPDIAG_OUTCOME_NOT_A_CALL)
        return NULL;
    if (frame != call.answer && frame != call.final && frame != call.bye)
        return NULL;
    return wmem_memdup(wmem_file_scope(), &call, sizeof call);
}

typedef struct {
    proto_tree *tree;
    tvbuff_t *tvb;
    int start, length;
} at_t;

static void
add_string(const at_t *at, int hf, const char *value)
{
    if (value != NULL)
        proto_item_set_generated(
            proto_tree_add_string(at->tree, hf, at->tvb, at->start, at->length, value));
}

static void
add_seconds(const at_t *at, int hf, double value)
{
    if (value >= 0)
        proto_item_set_generated(
            proto_tree_add_double(at->tree, hf, at->tvb, at->start, at->length, value));
}

static void
add_uint(const at_t *at, int hf, guint32 value)
{
    if (value != 0)
        proto_item_set_generated(
            proto_tree_add_uint(at->tree, hf, at->tvb, at->start, at->length, value));
}

void
sipdiag_call_fields_add(proto_tree *tree, packet_info *pinfo _U_, tvbuff_t *tvb, int start,
                        int length, const sipdiag_call_outcome_t *call, bool whole_capture)
{
    if (call == NULL)
        return;
    proto_item *ti = proto_tree_add_string(tree, hf_call_outcome, tvb, start, length,
                                           sipdiag_outcome_key(call->outcome));
    proto_item_set_generated(ti);
    proto_item_append_text(ti, whole_capture ? " (after the whole capture)"
                                             : " (as known at this frame)");
    at_t at = { proto_item_add_subtree(ti, ett_call), tvb, start, length };
    proto_item_set_generated(proto_tree_add_boolean(at.tree, hf_call_whole_capture, tvb, start,
                                                    length, whole_capture));
    add_seconds(&at, hf_call_post_dial_delay, call->post_dial_delay);
    add_seconds(&at, hf_call_setup_time, call->setup_time);
    add_seconds(&at, hf_call_duration, call->duration);
    if (call->ended_by != SIPDIAG_SIDE_UNKNOWN)
        add_string(&at, hf_call_ended_by,
                   call->ended_by == SIPDIAG_SIDE_CALLER ? "caller" : "callee");
    add_string(&at, hf_call_ended_from, call->ended_from);
    add_string(&at, hf_call_reason, call->reason);
    add_uint(&at, hf_call_q850_cause, call->q850_cause);
    add_uint(&at, hf_call_final_code, call->final_code);
    add_string(&at, hf_call_final_from, call->final_from);
    add_string(&at, hf_call_final_agent, call->final_server);
    add_string(&at, hf_call_caller, call->caller);
    add_string(&at, hf_call_callee, call->callee);
    add_string(&at, hf_call_callee_agent, call->callee_server);
    add_uint(&at, hf_call_invite, call->invite);
    add_uint(&at, hf_call_ringing, call->ringing);
    add_uint(&at, hf_call_answer, call->answer);
    add_uint(&at, hf_call_final, call->final);
    add_uint(&at, hf_call_cancel, call->cancel);
    add_uint(&at, hf_call_bye, call->bye);
    add_uint(&at, hf_call_decided, call->decided);
}
