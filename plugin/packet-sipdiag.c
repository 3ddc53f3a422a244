/* packet-sipdiag.c - SIP Diagnostics: registration, handoff and the
 * postdissector that explains every SIP response of a frame.
 *
 * Why a postdissector.  packet-sip.c offers two ways in: the
 * "sip.diagnostic" dissector it calls on each response's reason phrase, and
 * a postdissector that asks for SIP's fields.  The hook is cheaper (no
 * protocol tree is forced on a bare `tshark -r`), but it is not enough:
 *   - it is called with a tvb that starts at byte 12 of the *segment*, not
 *     of the message, so the second response in a TCP segment gets the
 *     first one's bytes, and it is not called at all for an empty phrase;
 *   - it runs before the headers are parsed, so the CSeq method, Reason and
 *     Warning (the context-aware diagnosis) are not known yet;
 *   - it never sees requests, and transfers (REFER, then NOTIFY with a
 *     message/sipfrag body) and CANCELs are requests.
 * The postdissector sees every message of the frame, whole and parsed, in
 * every transport SIP runs on.  Its price is the protocol tree that
 * tshark then builds for every frame; bench/ measures it.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "ws_compat.h"

#include <epan/packet.h>
#include <epan/proto_data.h>
#include <string.h>

#include "flows.h"
#include "messages.h"
#include "prefs.h"
#include "stats.h"
#include "transfers.h"
#include "tree.h"

void proto_register_sipdiag(void);
void proto_reg_handoff_sipdiag(void);

static int proto_sipdiag = -1;
static dissector_handle_t sipdiag_handle;

static bool
is_method(const sipdiag_message_t *m, const char *method)
{
    return m->method != NULL && strcmp(m->method, method) == 0;
}

/* The first pass learns from the message and says what it learnt. */
static sipdiag_note_t *
learn(const sipdiag_message_t *m, packet_info *pinfo)
{
    sipdiag_note_t note = { 0 };
    bool keep = false;

    if (m->is_response) {
        note.facts = sipdiag_flows_judge_response(m, &note.state_full);
        note.transfer = is_method(m, "REFER") ? sipdiag_transfers_note_response(m, pinfo) : NULL;
        keep = true;
    } else {
        sipdiag_flows_note_request(m);
        if (is_method(m, "REFER"))
            sipdiag_transfers_note_refer(m, pinfo, &note.state_full);
        else if (sipdiag_is_transfer_report(m))
            note.transfer = sipdiag_transfers_note_notify(m, pinfo, &note.report);
        keep = note.report != 0 || note.state_full;
    }
    if (!keep)
        return NULL;
    return wmem_memdup(wmem_file_scope(), &note, sizeof note);
}

static int
dissect_sipdiag(tvbuff_t *tvb _U_, packet_info *pinfo, proto_tree *tree, void *data _U_)
{
    static const sipdiag_note_t unknown = { 0 };
    unsigned count;
    sipdiag_message_t *messages = sipdiag_messages_read(tree, pinfo, &count);

    for (unsigned i = 0; i < count; i++) {
        const sipdiag_message_t *m = &messages[i];
        if (m->tvb == NULL)
            continue; /* neither a status code nor a method: not a message we can read */
        sipdiag_note_t *note = p_get_proto_data(wmem_file_scope(), pinfo, proto_sipdiag, i);
        if (note == NULL && !PINFO_FD_VISITED(pinfo)) {
            note = learn(m, pinfo);
            if (note != NULL)
                p_add_proto_data(wmem_file_scope(), pinfo, proto_sipdiag, i, note);
        }
        if (m->is_response)
            sipdiag_tree_add_response(tree, pinfo, m, note != NULL ? note : &unknown);
        else
            sipdiag_tree_add_request(tree, pinfo, m, note);
    }
    return 0;
}

static void
init_sipdiag(void)
{
    sipdiag_flows_init();
    sipdiag_transfers_init();
}

void
proto_register_sipdiag(void)
{
    proto_sipdiag = proto_register_protocol("SIP Diagnostics", "SIPDIAG", "sipdiag");
    sipdiag_tree_register(proto_sipdiag);
    sipdiag_prefs_register(proto_sipdiag);
    sipdiag_handle = register_dissector("sipdiag", dissect_sipdiag, proto_sipdiag);
    register_postdissector(sipdiag_handle);
    register_init_routine(init_sipdiag);
    sipdiag_stats_register();
}

void
proto_reg_handoff_sipdiag(void)
{
    if (!sipdiag_messages_resolve_fields())
        ws_warning("sipdiag: this Wireshark's SIP dissector lacks fields sipdiag reads; "
                   "some context will be missing");
    set_postdissector_wanted_hfids(sipdiag_handle, sipdiag_messages_wanted_hfids());
}
