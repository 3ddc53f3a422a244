/* tree.c - the "SIP Diagnostics" subtree and the Expert Info of one
 * response: the fields, subtrees and expert items, and how they are filled.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "tree.h"
#include "ws_compat.h"

#include <epan/expert.h>
#include <epan/proto.h>
#include <string.h>

#include "sipdiag.h"

static int proto_sipdiag = -1;

static int hf_sipdiag_code = -1;
static int hf_sipdiag_phrase = -1;
static int hf_sipdiag_class = -1;
static int hf_sipdiag_category = -1;
static int hf_sipdiag_rfc = -1;
static int hf_sipdiag_registered = -1;
static int hf_sipdiag_note = -1;
static int hf_sipdiag_summary = -1;
static int hf_sipdiag_description = -1;
static int hf_sipdiag_scenario = -1;
static int hf_sipdiag_remediation = -1;
static int hf_sipdiag_method = -1;

static int ett_sipdiag = -1;
static int ett_sipdiag_text = -1;

/* Wireshark cuts item labels at ITEM_LABEL_LENGTH (240); longer texts are
 * also shown as lines of at most this many bytes under their item. */
#define TEXT_LINE_MAX 160

/* One expert item per class, so that Analyze > Expert Information groups
 * responses by class and users can retune each severity. */
static expert_field ei_sipdiag_provisional = EI_INIT;
static expert_field ei_sipdiag_success = EI_INIT;
static expert_field ei_sipdiag_redirection = EI_INIT;
static expert_field ei_sipdiag_client_failure = EI_INIT;
static expert_field ei_sipdiag_server_failure = EI_INIT;
static expert_field ei_sipdiag_global_failure = EI_INIT;
static expert_field ei_sipdiag_invalid_code = EI_INIT;

static expert_field *const ei_of_class[] = {
    [SIPDIAG_CLASS_INVALID] = &ei_sipdiag_invalid_code,
    [SIPDIAG_CLASS_PROVISIONAL] = &ei_sipdiag_provisional,
    [SIPDIAG_CLASS_SUCCESS] = &ei_sipdiag_success,
    [SIPDIAG_CLASS_REDIRECTION] = &ei_sipdiag_redirection,
    [SIPDIAG_CLASS_CLIENT_FAILURE] = &ei_sipdiag_client_failure,
    [SIPDIAG_CLASS_SERVER_FAILURE] = &ei_sipdiag_server_failure,
    [SIPDIAG_CLASS_GLOBAL_FAILURE] = &ei_sipdiag_global_failure,
};

static const value_string class_vals[] = {
    { SIPDIAG_CLASS_PROVISIONAL, "Provisional" },
    { SIPDIAG_CLASS_SUCCESS, "Success" },
    { SIPDIAG_CLASS_REDIRECTION, "Redirection" },
    { SIPDIAG_CLASS_CLIENT_FAILURE, "Client Failure" },
    { SIPDIAG_CLASS_SERVER_FAILURE, "Server Failure" },
    { SIPDIAG_CLASS_GLOBAL_FAILURE, "Global Failure" },
    { 0, NULL }
};

void
sipdiag_tree_register(int proto)
{
    static hf_register_info hf[] = {
        { &hf_sipdiag_code,
          { "Status code", "sipdiag.code", FT_UINT16, BASE_DEC, NULL, 0x0,
            "The response's status code, as the status line carries it", HFILL } },
        { &hf_sipdiag_phrase,
          { "Registered reason phrase", "sipdiag.phrase", FT_STRING, BASE_NONE, NULL, 0x0,
            "The reason phrase the IANA registry gives the code (the wire may say otherwise)",
            HFILL } },
        { &hf_sipdiag_class,
          { "Class", "sipdiag.class", FT_UINT8, BASE_DEC, VALS(class_vals), 0x0,
            "First digit of the code: 1 Provisional ... 6 Global Failure", HFILL } },
        { &hf_sipdiag_category,
          { "Category", "sipdiag.category", FT_STRING, BASE_NONE, NULL, 0x0,
            "What kind of problem or progress the code reports (authentication, policy, "
            "media, routing...)", HFILL } },
        { &hf_sipdiag_rfc,
          { "Defined in RFC", "sipdiag.rfc", FT_UINT16, BASE_DEC, NULL, 0x0,
            "The RFC that defines the code", HFILL } },
        { &hf_sipdiag_registered,
          { "Registered", "sipdiag.registered", FT_BOOLEAN, BASE_NONE, NULL, 0x0,
            "Whether the code is in the IANA SIP Response Codes registry", HFILL } },
        { &hf_sipdiag_note,
          { "Note", "sipdiag.note", FT_STRING, BASE_NONE, NULL, 0x0,
            "Why a code is legacy, unregistered or invalid, and how it is read", HFILL } },
        { &hf_sipdiag_summary,
          { "Summary", "sipdiag.summary", FT_STRING, BASE_NONE, NULL, 0x0,
            "The code's practical meaning in one line", HFILL } },
        { &hf_sipdiag_description,
          { "Description", "sipdiag.description", FT_STRING, BASE_NONE, NULL, 0x0,
            "What the code means, per its RFC", HFILL } },
        { &hf_sipdiag_scenario,
          { "When you see it", "sipdiag.scenario", FT_STRING, BASE_NONE, NULL, 0x0,
            "The situations that produce the code on real networks, and who sends it",
            HFILL } },
        { &hf_sipdiag_remediation,
          { "How to fix it", "sipdiag.remediation", FT_STRING, BASE_NONE, NULL, 0x0,
            "What to check and change, most likely cause first", HFILL } },
        { &hf_sipdiag_method,
          { "Answers method", "sipdiag.method", FT_STRING, BASE_NONE, NULL, 0x0,
            "The CSeq method of the request this response answers", HFILL } },
    };
    static int *ett[] = { &ett_sipdiag, &ett_sipdiag_text };
    static ei_register_info ei[] = {
        { &ei_sipdiag_provisional,
          { "sipdiag.provisional", PI_RESPONSE_CODE, PI_CHAT,
            "SIP 1xx provisional response", EXPFILL } },
        { &ei_sipdiag_success,
          { "sipdiag.success", PI_RESPONSE_CODE, PI_CHAT,
            "SIP 2xx success response", EXPFILL } },
        { &ei_sipdiag_redirection,
          { "sipdiag.redirection", PI_RESPONSE_CODE, PI_NOTE,
            "SIP 3xx redirection response", EXPFILL } },
        { &ei_sipdiag_client_failure,
          { "sipdiag.client_failure", PI_RESPONSE_CODE, PI_WARN,
            "SIP 4xx client failure response", EXPFILL } },
        { &ei_sipdiag_server_failure,
          { "sipdiag.server_failure", PI_RESPONSE_CODE, PI_ERROR,
            "SIP 5xx server failure response", EXPFILL } },
        { &ei_sipdiag_global_failure,
          { "sipdiag.global_failure", PI_RESPONSE_CODE, PI_ERROR,
            "SIP 6xx global failure response", EXPFILL } },
        { &ei_sipdiag_invalid_code,
          { "sipdiag.invalid_code", PI_MALFORMED, PI_WARN,
            "SIP status code outside 100-699", EXPFILL } },
    };

    proto_sipdiag = proto;
    proto_register_field_array(proto, hf, array_length(hf));
    proto_register_subtree_array(ett, array_length(ett));
    expert_register_field_array(expert_register_protocol(proto), ei, array_length(ei));
}

/* The Expert Info line: stable per code (no frame numbers), so that
 * `tshark -z expert` counts one row per code. */
static void
add_expert(proto_item *item, packet_info *pinfo, const sipdiag_lookup_t *lk,
           const char *summary, const char *note)
{
    expert_field *ei = ei_of_class[lk->klass];

    if (lk->status == SIPDIAG_REGISTERED)
        expert_add_info_format(pinfo, item, ei, "SIP %u %s: %s", lk->code, lk->row->phrase,
                               summary);
    else if (lk->status == SIPDIAG_INVALID)
        expert_add_info_format(pinfo, item, ei, "SIP %u: %s", lk->code, note);
    else
        expert_add_info_format(pinfo, item, ei, "SIP %u (%s): %s", lk->code, note, summary);
}

/* Adds a text field; when a person can see the tree and the text is longer
 * than a label holds, also adds it in whole lines beneath. */
static void
add_text(proto_tree *tree, int hf, const sipdiag_response_t *r, const char *text)
{
    proto_item *item = proto_tree_add_string(tree, hf, r->tvb, r->start, r->length, text);
    size_t left = strlen(text);
    if (left <= TEXT_LINE_MAX || !PTREE_DATA(tree)->visible)
        return;
    proto_tree *lines = proto_item_add_subtree(item, ett_sipdiag_text);
    while (left > 0) {
        size_t take = left;
        if (take > TEXT_LINE_MAX) {
            take = TEXT_LINE_MAX;
            while (take > 0 && text[take] != ' ')
                take--;
            if (take == 0)
                take = TEXT_LINE_MAX;
        }
        proto_tree_add_subtree_format(lines, r->tvb, r->start, r->length, ett_sipdiag_text,
                                      NULL, "%.*s", (int)take, text);
        while (take < left && text[take] == ' ')
            take++;
        text += take;
        left -= take;
    }
}

void
sipdiag_tree_add_response(proto_tree *tree, packet_info *pinfo, const sipdiag_response_t *r)
{
    sipdiag_lookup_t lk;
    char note[160];
    const sipdiag_text_row_t *texts = NULL;

    sipdiag_lookup(r->code, &lk);
    sipdiag_status_note(&lk, note, sizeof note);

    proto_item *top = proto_tree_add_item(tree, proto_sipdiag, r->tvb, r->start, r->length,
                                          ENC_NA);
    proto_tree *sub = proto_item_add_subtree(top, ett_sipdiag);

    proto_tree_add_uint(sub, hf_sipdiag_code, r->tvb, r->start, r->length, r->code);
    if (lk.row != NULL) {
        texts = sipdiag_texts(lk.row, SIPDIAG_LANG_EN);
        proto_item_append_text(top, ": %u %s (%s, %s)", r->code,
                               lk.status == SIPDIAG_UNREGISTERED ? "unregistered" : lk.row->phrase,
                               val_to_str_const(lk.klass, class_vals, "?"),
                               sipdiag_category_key(lk.row->category));
        if (lk.status != SIPDIAG_UNREGISTERED)
            proto_tree_add_string(sub, hf_sipdiag_phrase, r->tvb, r->start, r->length,
                                  lk.row->phrase);
        proto_tree_add_uint(sub, hf_sipdiag_class, r->tvb, r->start, r->length, lk.klass);
        proto_tree_add_string(sub, hf_sipdiag_category, r->tvb, r->start, r->length,
                              sipdiag_category_key(lk.row->category));
        proto_tree_add_uint(sub, hf_sipdiag_rfc, r->tvb, r->start, r->length, lk.row->rfc);
    } else {
        proto_item_append_text(top, ": %u invalid", r->code);
    }
    proto_tree_add_boolean(sub, hf_sipdiag_registered, r->tvb, r->start, r->length,
                           lk.status == SIPDIAG_REGISTERED);
    if (note[0] != '\0')
        proto_tree_add_string(sub, hf_sipdiag_note, r->tvb, r->start, r->length, note);
    if (r->method != NULL)
        proto_tree_add_string(sub, hf_sipdiag_method, r->tvb, r->start, r->length, r->method);
    if (texts != NULL) {
        add_text(sub, hf_sipdiag_summary, r, texts->summary);
        add_text(sub, hf_sipdiag_description, r, texts->description);
        add_text(sub, hf_sipdiag_scenario, r, texts->scenario);
        add_text(sub, hf_sipdiag_remediation, r, texts->remediation);
    }
    add_expert(top, pinfo, &lk, texts != NULL ? texts->summary : "", note);
}
