/* packet-sipdiag.c - SIP Diagnostics: registration, handoff and the
 * postdissector that explains every SIP response of a frame.
 *
 * Why a postdissector.  packet-sip.c offers two ways in: the
 * "sip.diagnostic" dissector it calls on each response's reason phrase, and
 * a postdissector.  The hook is not enough:
 *   - it is called with a tvb that starts at byte 12 of the *segment*, not
 *     of the message, so the second response in a TCP segment gets the
 *     first one's bytes, and it is not called at all for an empty phrase;
 *   - it never sees requests, and transfers (REFER, then NOTIFY with a
 *     message/sipfrag body) and CANCELs are requests.
 * The postdissector asks for no field and forces no protocol tree: it
 * takes the frame's SIP messages from packet-sip.c's "sip_follow" tap
 * (messages.c), which a listener of sipdiag's keeps filled whenever the
 * frame's taps run.
 *
 * When the context is learnt.  The rules read each call's history, so
 * every message must be read once, in capture order: that is the first
 * pass of tshark and of the GUI (cf_read), which run taps.  tshark -2 runs
 * no taps on its first pass, so there the second pass, also in order,
 * learns.  Each frame keeps what was learnt (frames.c); every later
 * dissection (a GUI click, a retap, tshark -2's second pass) shows from
 * that, whatever the order.  What sipdiag adds while learning is kept
 * small: when nothing looks at its items (anyone_looks()), it only learns,
 * with the lean read (src/sipmsg.c's SIPDIAG_SIPMSG_CONTEXT); and a run of
 * tshark's single pass that reads nothing of sipdiag follows nothing
 * (decide_following()).
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "ws_compat.h"

#include <epan/packet.h>
#include <epan/proto_data.h>
#include <epan/tap.h>
#include <epan/to_str.h>
#include <string.h>

#include "callfields.h"
#include "calls.h"
#include "context.h"
#include "export.h"
#include "flows.h"
#include "frames.h"
#include "messages.h"
#include "prefs.h"
#include "regs.h"
#include "sdp_tree.h"
#include "stats.h"
#include "transfers.h"
#include "tree.h"

void proto_register_sipdiag(void);
void proto_reg_handoff_sipdiag(void);

/* At most this many calls are followed per file; beyond, new calls get no
 * context (their responses stay neutral) and the tree says so. */
#define SIPDIAG_MAX_CALLS 200000

static int proto_sipdiag = -1;
/* The postdissector's handle names no protocol (see proto_register_sipdiag):
 * whether sipdiag is enabled, and its name while it works, are set here. */
static protocol_t *sipdiag_protocol;
static const char *sipdiag_short_name;
static sipdiag_flows_t *flows;  /* this file's calls, rebuilt by init_sipdiag() */
/* The frame the learning run reads next.  It runs from frame 1, one frame
 * after the other, on dissections that run taps: frames before it were
 * learnt (or had nothing to learn); a frame dissected out of that order
 * (a GUI click, sharkd) before its turn is shown without history. */
static guint32 learn_next;
/* Whether the frame being dissected is being learnt (and so the capture
 * past it not yet read). */
static bool learning_now;
/* A tap with no listener, only to tell whether this dissection runs taps:
 * what is queued on it can be fetched back only then. */
static int probe_tap;
static const char probe_data;
static int expert_tap;      /* 0 until found: epan registers it after our handoff */
static int ip_tap;          /* the same */
static int proto_expert;    /* "_ws.expert", 0 until found, like expert_tap */
/* Whether a message was told that the flow model's string or address
 * table filled up (said once, where it happened). */
static bool saturation_said;
/* The capture time of the latest frame learnt, for the end of the capture. */
static double learnt_until;
/* The call doctor's end-of-capture findings, by the frame they are shown
 * on (a wmem_array_t of sipdiag_detection_t each); NULL until found, once
 * the whole capture has been read. */
static wmem_map_t *findings_at_end;
/* The first INVITE of each forked or linked call -> its index + 1, found
 * with findings_at_end: its legs are shown there once the capture is read. */
static wmem_map_t *legs_at_end;

/* Whether the tree is shown, or a filter, column, -e field or tap names
 * proto or one of its fields.  (proto_field_is_referenced() also says yes
 * for every protocol when tshark -T fields asks for real protocol items,
 * though the fields asked for may name nothing of sipdiag.) */
static bool
named(proto_tree *tree, int proto)
{
    return tree != NULL
           && (PTREE_DATA(tree)->visible
               || proto_registrar_get_nth(proto)->ref_type != HF_REF_TYPE_NONE);
}

bool
sipdiag_expert_read(proto_tree *tree)
{
    if (expert_tap <= 0)
        expert_tap = find_tap_id("expert");
    if (proto_expert <= 0)
        proto_expert = proto_get_id_by_filter_name("_ws.expert");
    /* -e _ws.expert.message names no sipdiag field, but reads its items. */
    return (proto_expert > 0 && named(tree, proto_expert))
           || (expert_tap > 0 && have_tap_listener(expert_tap));
}

/* Whether anything will read what show() adds: a visible tree, a filter,
 * column or -e field naming sipdiag, the Expert Info tap, or the
 * statistics tree.  A bare `tshark -r` has none of them, and then the
 * first pass only learns. */
static bool
anyone_looks(proto_tree *tree)
{
    return named(tree, proto_sipdiag) || sipdiag_expert_read(tree) || sipdiag_stats_listening();
}

static bool
is_method(const sipdiag_message_t *m, const char *method)
{
    return m->method != NULL && strcmp(m->method, method) == 0;
}

/* "192.0.2.1:5060", "[2001:db8::1]:5060".  Every message's two ends are
 * written on the first pass, so without printf. */
static const char *
endpoint(packet_info *pinfo, const address *addr, guint32 port)
{
    char text[128];
    bool v6 = addr->type == AT_IPv6;
    text[0] = '[';
    address_to_str_buf(addr, text + v6, (int)sizeof text - 16);
    size_t length = strlen(text);
    if (v6)
        text[length++] = ']';
    text[length++] = ':';
    length += sipdiag_decimal(port, text + length);
    return wmem_strndup(pinfo->pool, text, length);
}

/* An IP address as bytes, for the flow model to format only if it shows
 * it; other address types are written out here (rare: SIP is over IP). */
static const char *
endpoint_of(packet_info *pinfo, const address *addr, guint32 port, sipdiag_endpoint_t *at)
{
    if ((addr->type == AT_IPv4 && addr->len == 4) || (addr->type == AT_IPv6 && addr->len == 16)) {
        at->family = addr->type == AT_IPv4 ? 4 : 6;
        at->port = (uint16_t)port;
        memcpy(at->bytes, addr->data, (size_t)addr->len);
        return NULL;
    }
    return endpoint(pinfo, addr, port);
}

/* The message as the flow model reads it. */
static sipdiag_flow_msg_t
flow_msg_of(const sipdiag_message_t *m, packet_info *pinfo)
{
    sipdiag_flow_msg_t record = {
        .frame = pinfo->num,
        .time = nstime_to_sec(&pinfo->abs_ts),
        .server = m->server,
        .to_tag = m->to_tag,
        .reason = m->reason,
        .correlation = m->correlation,
        .correlation_header = m->correlation_header,
        .from = m->from,
        .to = m->to,
        .is_response = m->is_response,
        .code = m->code,
        .method = m->method,
        .has_cseq = m->has_cseq,
        .cseq = m->cseq,
        .call_id = m->call_id,
        .via_branch = m->via_branch,
        .from_tag = m->from_tag,
        .has_to_tag = m->has_to_tag,
        .credentials = m->credentials,
        .realm = m->realm,
        .stale_nonce = m->stale_nonce,
        .retry_after = m->retry_after,
        .session_expires = m->session_expires,
        .min_se = m->min_se,
        .expires = m->expires,
        .min_expires = m->min_expires,
    };
    record.src = endpoint_of(pinfo, &pinfo->src, pinfo->srcport, &record.src_at);
    record.dst = endpoint_of(pinfo, &pinfo->dst, pinfo->destport, &record.dst_at);
    return record;
}

/* The call doctor's findings the message just made certain, kept with it. */
static void
keep_findings(sipdiag_note_t *note)
{
    sipdiag_detection_t found[8];
    unsigned count = MIN(sipdiag_flows_detections(flows, found, G_N_ELEMENTS(found)),
                         G_N_ELEMENTS(found));
    if (count == 0)
        return;
    note->detections = wmem_memdup(wmem_file_scope(), found, count * sizeof found[0]);
    note->n_detections = (guint8)count;
}

/* A new leg of a forked call, or a B2BUA leg linked to another, kept with
 * the message (its strings live as long as the flows). */
static void
keep_leg(sipdiag_note_t *note)
{
    sipdiag_leg_event_t leg;
    if (sipdiag_flows_leg(flows, &leg))
        note->leg = wmem_memdup(wmem_file_scope(), &leg, sizeof leg);
}

static void
keep_finding_at_end(const sipdiag_detection_t *found, void *data _U_)
{
    guint32 frame = found->last != 0 ? found->last : found->frame;
    wmem_array_t *at = wmem_map_lookup(findings_at_end, GUINT_TO_POINTER(frame));
    if (at == NULL) {
        at = wmem_array_new(wmem_file_scope(), sizeof(sipdiag_detection_t));
        wmem_map_insert(findings_at_end, GUINT_TO_POINTER(frame), at);
    }
    wmem_array_append_one(at, *found);
}

/* What only the end of the capture tells (a request never answered, a
 * 2xx never acknowledged), found once, when the whole capture has been
 * read. */
static void
find_at_end(void)
{
    if (findings_at_end != NULL)
        return;
    findings_at_end = wmem_map_new(wmem_file_scope(), g_direct_hash, g_direct_equal);
    sipdiag_flows_finish(flows, learnt_until, keep_finding_at_end, NULL);
    legs_at_end = wmem_map_new(wmem_file_scope(), g_direct_hash, g_direct_equal);
    sipdiag_call_outcome_t call;
    for (unsigned i = 0; sipdiag_flows_outcome_at(flows, i, &call); i++) {
        if (call.invite != 0 && (call.legs >= 2 || call.linked_invite != 0))
            wmem_map_insert(legs_at_end, GUINT_TO_POINTER(call.invite), GUINT_TO_POINTER(i + 1));
    }
}

const sipdiag_flows_t *
sipdiag_finished_flows(void)
{
    if (flows == NULL)
        return NULL;
    find_at_end();
    return flows;
}

const sipdiag_flows_t *
sipdiag_flows_so_far(void)
{
    return flows;
}

typedef struct {
    sipdiag_detection_cb each;
    void *data;
} each_at_end_t;

static void
each_in_frame(gpointer key _U_, gpointer value, gpointer data)
{
    const each_at_end_t *to = data;
    wmem_array_t *at = value;
    const sipdiag_detection_t *found = wmem_array_get_raw(at);
    for (unsigned i = 0; i < wmem_array_get_count(at); i++)
        to->each(&found[i], to->data);
}

void
sipdiag_each_finding_at_end(sipdiag_detection_cb each, void *data)
{
    if (sipdiag_finished_flows() == NULL)
        return;
    each_at_end_t to = { each, data };
    wmem_map_foreach(findings_at_end, each_in_frame, &to);
}

static void
show_findings_at_end(proto_tree *tree, packet_info *pinfo, tvbuff_t *tvb)
{
    find_at_end();
    guint call = GPOINTER_TO_UINT(wmem_map_lookup(legs_at_end, GUINT_TO_POINTER(pinfo->num)));
    sipdiag_call_outcome_t outcome;
    if (call != 0 && sipdiag_flows_outcome_at(flows, call - 1, &outcome))
        sipdiag_tree_add_legs(tree, pinfo, tvb, &outcome);
    wmem_array_t *at = wmem_map_lookup(findings_at_end, GUINT_TO_POINTER(pinfo->num));
    if (at != NULL)
        sipdiag_tree_add_findings(tree, pinfo, tvb, wmem_array_get_raw(at),
                                  wmem_array_get_count(at));
}

/* The message that found a table of addresses or shown strings full says
 * so (MAX_ENDPOINTS, MAX_POOLED_STRINGS in src/flows_internal.h). */
static void
note_saturation(sipdiag_note_t *note)
{
    if (!saturation_said && sipdiag_flows_saturated(flows)) {
        note->state_full = true;
        saturation_said = true;
    }
}

/* The first pass learns from the message and notes what it learnt. */
static void
learn(sipdiag_message_t *m, packet_info *pinfo, sipdiag_note_t *note)
{
    memset(note, 0, sizeof *note);
    sipdiag_flow_msg_t record = flow_msg_of(m, pinfo);
    learnt_until = record.time;
    /* The registrations model reads the sender of REGISTER and SUBSCRIBE. */
    if (m->to_uri != NULL)
        sipdiag_regs_learn(m, pinfo,
                           record.src != NULL ? record.src
                                              : endpoint(pinfo, &pinfo->src, pinfo->srcport),
                           note);
    else
        sipdiag_regs_learn(m, pinfo, NULL, note);
    if (m->is_response) {
        note->facts = sipdiag_flows_response(flows, &record, &note->evidence, &note->state_full);
        keep_findings(note);
        note_saturation(note);
        keep_leg(note);
        /* Only a final response to INVITE can be a call's answer or failure. */
        if (m->code >= 200 && is_method(m, "INVITE"))
            note->call = sipdiag_call_fields_snapshot(flows, m->call_id, pinfo->num);
        if (is_method(m, "REFER"))
            note->transfer = sipdiag_transfers_note_response(m, pinfo);
        return;
    }
    m->resent = sipdiag_flows_request(flows, &record);
    keep_findings(note);
    note_saturation(note);
    keep_leg(note);
    if (is_method(m, "BYE"))
        note->call = sipdiag_call_fields_snapshot(flows, m->call_id, pinfo->num);
    if (is_method(m, "REFER"))
        sipdiag_transfers_note_refer(m, pinfo, &note->state_full);
    else if (sipdiag_is_transfer_report(m)) {
        unsigned report;
        note->transfer = sipdiag_transfers_note_notify(m, pinfo, &report);
        note->report = (guint16)report; /* 100-699: transfer.c reads nothing else */
    }
}

static void
show(proto_tree *tree, packet_info *pinfo, const sipdiag_message_t *m, const sipdiag_note_t *note)
{
    if (m->is_response)
        sipdiag_tree_add_response(tree, pinfo, m, note);
    else
        sipdiag_tree_add_request(tree, pinfo, m, note);
}

/* A later dissection of a frame not learnt: what each message says of
 * itself, without the call's history. */
static void
show_without_history(proto_tree *tree, packet_info *pinfo)
{
    unsigned count;
    sipdiag_message_t *messages = sipdiag_messages_read(pinfo, SIPDIAG_SIPMSG_ALL, &count);
    for (unsigned i = 0; i < count; i++) {
        sipdiag_flow_msg_t record = flow_msg_of(&messages[i], pinfo);
        sipdiag_note_t note = { .no_history = true, .facts = sipdiag_flows_own_facts(&record) };
        show(tree, pinfo, &messages[i], &note);
    }
}

static bool
taps_run(packet_info *pinfo)
{
    /* IP queues every header it dissects on its tap whenever taps run:
     * one look there spares most frames the probe (queued, then pushed). */
    if (ip_tap == 0)
        ip_tap = find_tap_id("ip");
    if (ip_tap > 0 && fetch_tapped_data(ip_tap, 0) != NULL)
        return true;
    tap_queue_packet(probe_tap, pinfo, &probe_data);
    return fetch_tapped_data(probe_tap, 0) == &probe_data;
}

/* Whether anything in this run reads what sipdiag learns: what show()
 * adds, or the calls, registrations or export tables. */
static bool
anyone_reads(proto_tree *tree)
{
    return anyone_looks(tree) || sipdiag_calls_listening() || sipdiag_regs_listening()
           || sipdiag_export_listening();
}

/* Whether this run follows the calls: undecided until a first pass that
 * runs taps reaches FIRST_FRAME_TO_DECIDE. */
static enum { FOLLOW_UNDECIDED, FOLLOW_CALLS, FOLLOW_NOTHING } following;
#define FIRST_FRAME_TO_DECIDE 5
/* tshark -2's first pass runs no taps, so never decides: past this frame
 * it stops trying (and the calls are followed). */
#define LAST_FRAME_TO_DECIDE 64
/* The frame_data of the frame a first pass dissected last, and its number:
 * see frames_kept(). */
static const frame_data *previous_fd;
static guint32 previous_num;

/* Whether the program keeps the frames it read, to dissect them again
 * later.  The GUI, sharkd and tshark -2 store each frame's frame_data in
 * their frame sequence, one element per frame; tshark's single pass fills
 * one frame_data of its own (a local of process_packet_single_pass()) for
 * frame after frame, so two frames in a row share its address.  (No
 * exported API asks the program; epan_get_frame_ts() is not exported.) */
static bool
frames_kept(packet_info *pinfo)
{
    return previous_num + 1 != pinfo->num || previous_fd != pinfo->fd;
}

/* tshark's single pass shows each frame once, as it dissects it, and what
 * it shows (a tree, display filter, -e fields, columns, taps) is set before
 * the first frame.  When nothing of it reads sipdiag, following the calls
 * serves nothing: sipdiag stops listening to SIP, and such a run (a bare
 * `tshark -r`, a filter or statistics on other protocols) costs what it
 * costs without sipdiag.  A program that may show the frames again later (the
 * GUI, sharkd, tshark -2) always follows them. */
static void
decide_following(packet_info *pinfo, proto_tree *tree)
{
    if (pinfo->num > LAST_FRAME_TO_DECIDE) {
        following = FOLLOW_CALLS;
        return;
    }
    if (!taps_run(pinfo))
        return;
    if (frames_kept(pinfo) || anyone_reads(tree)) {
        following = FOLLOW_CALLS;
        return;
    }
    following = FOLLOW_NOTHING;
    sipdiag_messages_stop();
    ws_log("sipdiag", LOG_LEVEL_INFO,
           "sipdiag: nothing in this tshark run reads sipdiag (no tree, filter, field, column "
           "or table of it): SIP calls are not followed");
}

bool
sipdiag_whole_capture_seen(const packet_info *pinfo)
{
    return PINFO_FD_VISITED(pinfo) && !learning_now;
}

/* A frame learnt already: shows what it kept; a call's outcome, once the
 * whole capture has been read, as the whole capture tells it. */
static void
show_kept(proto_tree *tree, packet_info *pinfo, const sipdiag_frame_t *frame)
{
    bool whole = sipdiag_whole_capture_seen(pinfo);
    for (unsigned i = 0; i < sipdiag_frame_count(frame); i++) {
        sipdiag_message_t m;
        const sipdiag_note_t *note;
        if (!sipdiag_frame_restore(frame, i, pinfo, &m, &note))
            continue;
        sipdiag_call_outcome_t at_end;
        sipdiag_note_t shown;
        if (whole && note->call != NULL
            && sipdiag_flows_outcome(sipdiag_finished_flows(), note->call->call_id, &at_end)) {
            shown = *note;
            shown.call = &at_end;
            shown.call_whole_capture = true;
            note = &shown;
        }
        show(tree, pinfo, &m, note);
    }
}

/* A later pass (a retap) for the calls table: the frame's calls, read
 * after the whole capture. */
static void
tap_calls_again(packet_info *pinfo)
{
    if (!sipdiag_whole_capture_seen(pinfo))
        return;
    sipdiag_regs_tap(pinfo, NULL, 0, true);
    if (!sipdiag_calls_listening())
        return;
    unsigned count;
    sipdiag_message_t *messages = sipdiag_messages_read(pinfo, SIPDIAG_SIPMSG_CONTEXT, &count);
    sipdiag_calls_tap(pinfo, messages, count, NULL, true);
}

static void
dissect_frame(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree)
{
    learning_now = false;
    if (pinfo->num < learn_next) {
        if (anyone_looks(tree)) {
            show_kept(tree, pinfo, p_get_proto_data(wmem_file_scope(), pinfo, proto_sipdiag, 0));
            sipdiag_sdp_show(tree, pinfo, tvb);
            if (sipdiag_whole_capture_seen(pinfo))
                show_findings_at_end(tree, pinfo, tvb);
        }
        tap_calls_again(pinfo);
        return;
    }
    /* SIP queued messages: then taps run, without asking the probe. */
    bool queued = sipdiag_messages_queued();
    /* A first pass goes in order (frames it does not dissect, ignored in
     * the GUI, are skipped); a later one is followed only frame by frame. */
    bool in_turn = pinfo->num == learn_next || !PINFO_FD_VISITED(pinfo);
    if (!in_turn || (!queued && !taps_run(pinfo))) {
        /* Out of turn, or tshark -2's first pass, which runs no taps: the
         * run in order that follows will learn this frame. */
        if (PINFO_FD_VISITED(pinfo) && anyone_looks(tree))
            show_without_history(tree, pinfo);
        return;
    }

    learn_next = pinfo->num + 1;
    if (!queued)
        return;
    bool looked_at = anyone_looks(tree);
    unsigned count;
    sipdiag_message_t *messages = sipdiag_messages_read(
        pinfo, looked_at ? SIPDIAG_SIPMSG_ALL : SIPDIAG_SIPMSG_CONTEXT, &count);
    if (count == 0)
        return;
    learning_now = true;
    sipdiag_note_t notes[16];
    sipdiag_note_t *note = count <= G_N_ELEMENTS(notes)
                               ? notes : wmem_alloc_array(pinfo->pool, sipdiag_note_t, count);
    for (unsigned i = 0; i < count; i++) {
        learn(&messages[i], pinfo, &note[i]);
        sipdiag_export_message(pinfo, &messages[i], &note[i]);
        sipdiag_sdp_learn(&messages[i], pinfo, tvb);
        if (looked_at)
            show(tree, pinfo, &messages[i], &note[i]);
    }
    if (looked_at)
        sipdiag_sdp_show(tree, pinfo, tvb);
    learning_now = false;
    sipdiag_calls_tap(pinfo, messages, count, note, false);
    sipdiag_regs_tap(pinfo, note, count, false);
    sipdiag_frame_t *frame = sipdiag_frame_keep(pinfo, messages, note, count);
    if (frame != NULL)
        p_add_proto_data(wmem_file_scope(), pinfo, proto_sipdiag, 0, frame);
}

static int
dissect_sipdiag(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, void *data _U_)
{
    if (!proto_is_protocol_enabled(sipdiag_protocol) || following == FOLLOW_NOTHING)
        return 0;
    if (following == FOLLOW_UNDECIDED && !PINFO_FD_VISITED(pinfo)) {
        if (pinfo->num >= FIRST_FRAME_TO_DECIDE)
            decide_following(pinfo, tree);
        previous_fd = pinfo->fd;
        previous_num = pinfo->num;
        if (following == FOLLOW_NOTHING)
            return 0;
    }
    /* Most frames of most captures, on a first pass: nothing of SIP, so
     * nothing to learn or to note.  learn_next stays after the latest
     * frame with SIP; a later pass that reaches it walks on from there. */
    if (!PINFO_FD_VISITED(pinfo) && pinfo->num >= learn_next && !sipdiag_messages_queued())
        return 0;
    /* What libwireshark does for a handle with a protocol: expert items
     * and exceptions are told as sipdiag's. */
    const char *saved_proto = pinfo->current_proto;
    pinfo->current_proto = sipdiag_short_name;
    dissect_frame(tvb, pinfo, tree);
    pinfo->current_proto = saved_proto;
    return 0;
}

static void
cleanup_sipdiag(void)
{
    sipdiag_flows_free(flows);
    flows = NULL;
    sipdiag_regs_cleanup();
    sipdiag_sdp_cleanup();
}

static void
init_sipdiag(void)
{
    learn_next = 1;
    learning_now = false;
    following = FOLLOW_UNDECIDED;
    previous_fd = NULL;
    previous_num = 0;
    if (sipdiag_messages_stopped())
        sipdiag_messages_listen();
    learnt_until = 0;
    saturation_said = false;
    findings_at_end = NULL;
    legs_at_end = NULL;
    sipdiag_flows_free(flows);
    flows = sipdiag_flows_new(SIPDIAG_MAX_CALLS);
    sipdiag_regs_init();
    sipdiag_transfers_init();
    sipdiag_sdp_init();
}

void
proto_register_sipdiag(void)
{
    proto_sipdiag = proto_register_protocol("SIP Diagnostics", "SIPDIAG", "sipdiag");
    sipdiag_tree_register(proto_sipdiag);
    sipdiag_call_fields_register(proto_sipdiag);
    sipdiag_regs_register(proto_sipdiag);
    sipdiag_sdp_tree_register(proto_sipdiag);
    sipdiag_prefs_register(proto_sipdiag, NULL);
    sipdiag_protocol = find_protocol_by_id(proto_sipdiag);
    sipdiag_short_name = proto_get_protocol_short_name(sipdiag_protocol);
    /* The postdissector is called for every frame: a handle with a
     * protocol would make libwireshark push and pop a layer each time
     * (a list entry and the protocol's layer count in a map, about 400
     * instructions a frame), though sipdiag adds no layer (it returns 0).
     * "sipdiag" stays registered by name with its protocol. */
    register_dissector("sipdiag", dissect_sipdiag, proto_sipdiag);
    register_postdissector(create_dissector_handle(dissect_sipdiag, -1));
    register_init_routine(init_sipdiag);
    probe_tap = register_tap("sipdiag_probe");
    register_cleanup_routine(cleanup_sipdiag);
    sipdiag_stats_register();
    sipdiag_calls_register();
    sipdiag_export_register();
}

void
proto_reg_handoff_sipdiag(void)
{
    if (!sipdiag_messages_listen())
        ws_warning("sipdiag: this Wireshark has no SIP dissector; sipdiag will show nothing");
}
