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

#include "messages.h"
#include "tree.h"

void proto_register_sipdiag(void);
void proto_reg_handoff_sipdiag(void);

static int proto_sipdiag = -1;
static dissector_handle_t sipdiag_handle;

typedef struct {
    packet_info *pinfo;
    proto_tree *tree;
} frame_t;

static void
add_response(const sipdiag_response_t *response, void *user_data)
{
    const frame_t *frame = user_data;
    sipdiag_tree_add_response(frame->tree, frame->pinfo, response);
}

static int
dissect_sipdiag(tvbuff_t *tvb _U_, packet_info *pinfo, proto_tree *tree, void *data _U_)
{
    frame_t frame = { pinfo, tree };
    sipdiag_messages_for_each_response(tree, add_response, &frame);
    return 0;
}

void
proto_register_sipdiag(void)
{
    proto_sipdiag = proto_register_protocol("SIP Diagnostics", "SIPDIAG", "sipdiag");
    sipdiag_tree_register(proto_sipdiag);
    sipdiag_handle = register_dissector("sipdiag", dissect_sipdiag, proto_sipdiag);
    register_postdissector(sipdiag_handle);
}

void
proto_reg_handoff_sipdiag(void)
{
    if (!sipdiag_messages_resolve_fields())
        ws_warning("sipdiag: this Wireshark's SIP dissector lacks fields sipdiag reads; "
                   "some responses will not be explained");
    set_postdissector_wanted_hfids(sipdiag_handle, sipdiag_messages_wanted_hfids());
}
