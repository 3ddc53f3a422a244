/* packet-sipdiag.c - SIP Diagnostics: registration, handoff and the
 * postdissector that explains every SIP response of a frame.
 *
 * Why a postdissector.  packet-sip.c offers two ways in: the
 * "sip.diagnostic" dissector it calls on each response's reason phrase, and
 * a postdissector.  The hook is cheaper (no protocol tree is forced on a
 * bare `tshark -r`), but it is not enough:
 *   - it is called with a tvb that starts at byte 12 of the *segment*, not
 *     of the message, so the second response in a TCP segment gets the
 *     first one's bytes, and it is not called at all for an empty phrase;
 *   - it never sees requests, and transfers (REFER, then NOTIFY with a
 *     message/sipfrag body) and CANCELs are requests.
 * The postdissector asks for one field, "sip": its items say where every
 * message of the frame is, in every transport SIP runs on, and
 * messages.c reads each message from its bytes.  Its price is the protocol
 * tree that tshark then builds for every frame, even for a bare
 * `tshark -r`; bench/ measures it.  By default the field is asked for
 * whether or not a tree is built anyway: the context (flows.c,
 * transfers.c) must read every message on the first pass, in capture
 * order, or the GUI's later views and a second tshark pass would judge
 * responses without their history, and neither Wireshark nor tshark builds
 * a tree on a first pass unless something asks for one.  The
 * every_first_pass preference turns that off for runs that need no
 * history beyond their own pass; a later pass over a file whose first pass
 * read nothing then judges each response alone (show_without_history()).
 * What sipdiag itself adds on a first pass is kept small: when nothing
 * looks at its items (anyone_looks()), it only learns.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "ws_compat.h"

#include <epan/packet.h>
#include <epan/proto_data.h>
#include <epan/tap.h>
#include <string.h>

#include "flows.h"
#include "context.h"
#include "frames.h"
#include "messages.h"
#include "prefs.h"
#include "stats.h"
#include "transfers.h"
#include "tree.h"

void proto_register_sipdiag(void);
void proto_reg_handoff_sipdiag(void);

static int proto_sipdiag = -1;
/* Whether this file's first pass had protocol trees, so read every SIP
 * message; it has them for every frame or for none (packet-sipdiag's
 * every_first_pass preference, or a filter or tap that needs them). */
static bool first_pass_read_messages;
static int expert_tap;      /* 0 until found: epan registers it after our handoff */
static dissector_handle_t sipdiag_handle;

/* Whether anything will read what show() adds: a visible tree, a filter,
 * column or -e field naming sipdiag, the Expert Info tap, or the
 * statistics tree.  A bare `tshark -r` has none of them, and then the
 * first pass only learns. */
static bool
anyone_looks(proto_tree *tree)
{
    if (expert_tap <= 0)
        expert_tap = find_tap_id("expert");
    return proto_field_is_referenced(tree, proto_sipdiag)
           || (expert_tap > 0 && have_tap_listener(expert_tap)) || sipdiag_stats_listening();
}

static bool
is_method(const sipdiag_message_t *m, const char *method)
{
    return m->method != NULL && strcmp(m->method, method) == 0;
}

/* The first pass learns from the message and notes what it learnt. */
static void
learn(sipdiag_message_t *m, packet_info *pinfo, sipdiag_note_t *note)
{
    memset(note, 0, sizeof *note);
    if (m->is_response) {
        note->facts = (guint8)sipdiag_flows_judge_response(m, &note->state_full);
        if (is_method(m, "REFER"))
            note->transfer = sipdiag_transfers_note_response(m, pinfo);
        return;
    }
    sipdiag_flows_note_request(m);
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

/* A later pass over a file whose first pass read nothing: what each
 * message says of itself, without the call's history. */
static void
show_without_history(proto_tree *tree, packet_info *pinfo)
{
    unsigned count;
    sipdiag_message_t *messages = sipdiag_messages_read(tree, pinfo, &count);
    for (unsigned i = 0; i < count; i++) {
        sipdiag_note_t note = { .no_history = true,
                                .facts = (guint8)sipdiag_flows_own_facts(&messages[i]) };
        show(tree, pinfo, &messages[i], &note);
    }
}

static int
dissect_sipdiag(tvbuff_t *tvb _U_, packet_info *pinfo, proto_tree *tree, void *data _U_)
{
    bool looked_at = anyone_looks(tree);
    if (PINFO_FD_VISITED(pinfo)) {
        if (!looked_at)
            return 0;
        if (!first_pass_read_messages) {
            show_without_history(tree, pinfo);
            return 0;
        }
        const sipdiag_frame_t *frame = p_get_proto_data(wmem_file_scope(), pinfo,
                                                        proto_sipdiag, 0);
        for (unsigned i = 0; i < sipdiag_frame_count(frame); i++) {
            sipdiag_message_t m;
            const sipdiag_note_t *note;
            if (sipdiag_frame_restore(frame, i, pinfo, &m, &note))
                show(tree, pinfo, &m, note);
        }
        return 0;
    }

    first_pass_read_messages = first_pass_read_messages || tree != NULL;
    unsigned count;
    sipdiag_message_t *messages = sipdiag_messages_read(tree, pinfo, &count);
    if (count == 0)
        return 0;
    sipdiag_note_t *notes = wmem_alloc0_array(pinfo->pool, sipdiag_note_t, count);
    for (unsigned i = 0; i < count; i++) {
        learn(&messages[i], pinfo, &notes[i]);
        if (looked_at)
            show(tree, pinfo, &messages[i], &notes[i]);
    }
    sipdiag_frame_t *frame = sipdiag_frame_keep(pinfo, messages, notes, count);
    if (frame != NULL)
        p_add_proto_data(wmem_file_scope(), pinfo, proto_sipdiag, 0, frame);
    return 0;
}

/* Asks for the "sip" items, and so for a protocol tree on every first
 * pass, only when the user wants every call followed (prefs.c). */
static void
apply_prefs(void)
{
    set_postdissector_wanted_hfids(sipdiag_handle, sipdiag_prefs_every_first_pass()
                                                           || SIPDIAG_WS_FAKES_ROOT_PROTOCOLS
                                                       ? sipdiag_messages_wanted_hfids()
                                                       : g_array_new(FALSE, FALSE, sizeof(int)));
}

static void
init_sipdiag(void)
{
    first_pass_read_messages = false;
    sipdiag_flows_init();
    sipdiag_transfers_init();
}

void
proto_register_sipdiag(void)
{
    proto_sipdiag = proto_register_protocol("SIP Diagnostics", "SIPDIAG", "sipdiag");
    sipdiag_tree_register(proto_sipdiag);
    sipdiag_prefs_register(proto_sipdiag, apply_prefs);
    sipdiag_handle = register_dissector("sipdiag", dissect_sipdiag, proto_sipdiag);
    register_postdissector(sipdiag_handle);
    register_init_routine(init_sipdiag);
    sipdiag_stats_register();
}

void
proto_reg_handoff_sipdiag(void)
{
    if (!sipdiag_messages_resolve_fields())
        ws_warning("sipdiag: this Wireshark has no SIP dissector; sipdiag will show nothing");
    apply_prefs();
}
