/* tree.c - the "SIP Diagnostics" subtree and the Expert Info of a SIP
 * message: the fields, subtrees and expert items, and how they are filled.
 *
 * Every item points at the bytes it explains: the status code of a
 * response, the sipfrag line of a transfer report, the method of a
 * request.  Texts are static (src/), so adding them copies nothing unless
 * a person looks at the tree.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "tree.h"
#include "ws_compat.h"

#include <epan/column-info.h>
#include <epan/dissectors/packet-isup.h>
#include <epan/expert.h>
#include <epan/proto.h>
#include <string.h>

#include "callfields.h"
#include "context.h"
#include "prefs.h"
#include "regs.h"
#include "reason.h"
#include "sipdiag.h"
#include "stats.h"
#include "transfer.h"
#include "warning.h"

static int proto_sipdiag = -1;

static int hf_sipdiag_code = -1;
static int hf_sipdiag_phrase = -1;
static int hf_sipdiag_class = -1;
static int hf_sipdiag_category = -1;
static int hf_sipdiag_rfc = -1;
static int hf_sipdiag_registered = -1;
static int hf_sipdiag_note = -1;
static int hf_sipdiag_method = -1;
static int hf_sipdiag_expected = -1;
static int hf_sipdiag_context = -1;
static int hf_sipdiag_summary = -1;
static int hf_sipdiag_description = -1;
static int hf_sipdiag_scenario = -1;
static int hf_sipdiag_remediation = -1;
static int hf_sipdiag_override = -1;
static int hf_sipdiag_reason_protocol = -1;
static int hf_sipdiag_reason_cause = -1;
static int hf_sipdiag_reason_cause_name = -1;
static int hf_sipdiag_reason_text = -1;
static int hf_sipdiag_reason_meaning = -1;
static int hf_sipdiag_reason_action = -1;
static int hf_sipdiag_reason_consistent = -1;
static int hf_sipdiag_warning_code = -1;
static int hf_sipdiag_warning_agent = -1;
static int hf_sipdiag_warning_text = -1;
static int hf_sipdiag_warning_registered = -1;
static int hf_sipdiag_warning_meaning = -1;
static int hf_sipdiag_warning_action = -1;
static int hf_sipdiag_transfer_state = -1;
static int hf_sipdiag_transfer_refer = -1;
static int hf_sipdiag_transfer_response = -1;
static int hf_sipdiag_transfer_response_code = -1;
static int hf_sipdiag_transfer_report_frame = -1;
static int hf_sipdiag_transfer_report = -1;
static int hf_sipdiag_transfer_report_phrase = -1;
static int hf_sipdiag_transfer_report_summary = -1;
static int hf_sipdiag_transfer_report_remediation = -1;
static int hf_sipdiag_transfer_differences = -1;
static int hf_sipdiag_rule = -1;
/* Indexed by sipdiag_evidence_kind_t. */
static int hf_sipdiag_evidence[SIPDIAG_EVIDENCE_COUNT] = { -1, -1, -1, -1, -1, -1, -1 };
static int hf_sipdiag_evidence_credentials = -1;
static int hf_sipdiag_evidence_realm = -1;
static int hf_sipdiag_doctor = -1;
static int hf_sipdiag_doctor_summary = -1;
static int hf_sipdiag_doctor_fix = -1;
static int hf_sipdiag_doctor_certain = -1;
static int hf_sipdiag_doctor_first = -1;
static int hf_sipdiag_doctor_last = -1;
static int hf_sipdiag_doctor_partner = -1;
static int hf_sipdiag_doctor_stray_ack = -1;
static int hf_sipdiag_doctor_count = -1;
static int hf_sipdiag_doctor_span = -1;
static int hf_sipdiag_doctor_timer = -1;
static int hf_sipdiag_doctor_peer = -1;
static int hf_sipdiag_call_leg = -1;
static int hf_sipdiag_call_leg_invite = -1;
static int hf_sipdiag_call_leg_first = -1;
static int hf_sipdiag_call_linked = -1;
static int hf_sipdiag_call_leg_call_id = -1;
static int hf_sipdiag_call_leg_linked_by = -1;
static int hf_sipdiag_call_leg_probable = -1;
static int hf_sipdiag_call_legs = -1;

static int ett_sipdiag = -1;
static int ett_sipdiag_text = -1;
static int ett_sipdiag_reason = -1;
static int ett_sipdiag_warning = -1;
static int ett_sipdiag_transfer = -1;
static int ett_sipdiag_evidence = -1;
static int ett_sipdiag_doctor = -1;
static int ett_sipdiag_call_leg = -1;

/* Wireshark cuts item labels at ITEM_LABEL_LENGTH (240); longer texts are
 * also shown as lines of at most this many bytes under their item. */
#define TEXT_LINE_MAX 160

/* Per class, for responses no context rule speaks of; Analyze > Expert
 * Information groups by these, and users can retune each severity. */
static expert_field ei_sipdiag_provisional = EI_INIT;
static expert_field ei_sipdiag_success = EI_INIT;
static expert_field ei_sipdiag_redirection = EI_INIT;
static expert_field ei_sipdiag_client_failure = EI_INIT;
static expert_field ei_sipdiag_server_failure = EI_INIT;
static expert_field ei_sipdiag_global_failure = EI_INIT;
static expert_field ei_sipdiag_invalid_code = EI_INIT;
/* Per verdict of a context rule. */
static expert_field ei_sipdiag_expected = EI_INIT;
static expert_field ei_sipdiag_outcome = EI_INIT;
static expert_field ei_sipdiag_fault = EI_INIT;
static expert_field ei_sipdiag_explained = EI_INIT;
/* Headers and transfers. */
static expert_field ei_sipdiag_reason = EI_INIT;
static expert_field ei_sipdiag_reason_mismatch = EI_INIT;
static expert_field ei_sipdiag_warning = EI_INIT;
static expert_field ei_sipdiag_transfer_progress = EI_INIT;
static expert_field ei_sipdiag_transfer_succeeded = EI_INIT;
static expert_field ei_sipdiag_transfer_failed = EI_INIT;
static expert_field ei_sipdiag_transfer_no_outcome = EI_INIT;
static expert_field ei_sipdiag_state_full = EI_INIT;
static expert_field ei_sipdiag_no_history = EI_INIT;
/* The call doctor's findings, indexed by sipdiag_detection_kind_t; a
 * finding the capture ends too early to be sure of has its own item. */
static expert_field ei_sipdiag_retransmissions = EI_INIT;
static expert_field ei_sipdiag_ok_retransmissions = EI_INIT;
static expert_field ei_sipdiag_no_ack = EI_INIT;
static expert_field ei_sipdiag_no_response = EI_INIT;
static expert_field ei_sipdiag_no_final = EI_INIT;
static expert_field ei_sipdiag_bye_unanswered = EI_INIT;
static expert_field ei_sipdiag_cancel_unanswered = EI_INIT;
static expert_field ei_sipdiag_refresh_failed = EI_INIT;
static expert_field ei_sipdiag_bye_at_session_expiry = EI_INIT;
static expert_field ei_sipdiag_bye_at_64t1 = EI_INIT;
static expert_field ei_sipdiag_capture_too_short = EI_INIT;
static expert_field ei_sipdiag_call_leg = EI_INIT;

static expert_field *const ei_of_detection[SIPDIAG_DETECT_COUNT] = {
    [SIPDIAG_DETECT_RETRANSMISSIONS] = &ei_sipdiag_retransmissions,
    [SIPDIAG_DETECT_OK_RETRANSMISSIONS] = &ei_sipdiag_ok_retransmissions,
    [SIPDIAG_DETECT_NO_ACK] = &ei_sipdiag_no_ack,
    [SIPDIAG_DETECT_NO_RESPONSE] = &ei_sipdiag_no_response,
    [SIPDIAG_DETECT_NO_FINAL] = &ei_sipdiag_no_final,
    [SIPDIAG_DETECT_BYE_UNANSWERED] = &ei_sipdiag_bye_unanswered,
    [SIPDIAG_DETECT_CANCEL_UNANSWERED] = &ei_sipdiag_cancel_unanswered,
    [SIPDIAG_DETECT_REFRESH_FAILED] = &ei_sipdiag_refresh_failed,
    [SIPDIAG_DETECT_BYE_AT_SESSION_EXPIRY] = &ei_sipdiag_bye_at_session_expiry,
    [SIPDIAG_DETECT_BYE_AT_64T1] = &ei_sipdiag_bye_at_64t1,
};

static expert_field *const ei_of_class[] = {
    [SIPDIAG_CLASS_INVALID] = &ei_sipdiag_invalid_code,
    [SIPDIAG_CLASS_PROVISIONAL] = &ei_sipdiag_provisional,
    [SIPDIAG_CLASS_SUCCESS] = &ei_sipdiag_success,
    [SIPDIAG_CLASS_REDIRECTION] = &ei_sipdiag_redirection,
    [SIPDIAG_CLASS_CLIENT_FAILURE] = &ei_sipdiag_client_failure,
    [SIPDIAG_CLASS_SERVER_FAILURE] = &ei_sipdiag_server_failure,
    [SIPDIAG_CLASS_GLOBAL_FAILURE] = &ei_sipdiag_global_failure,
};

/* A rule's verdict and severity pick its expert item: the unit tests hold
 * expected rules to chat or note, neutral ones to note and faults to warn. */
static expert_field *
ei_of_rule(const sipdiag_rule_t *rule)
{
    if (rule->verdict == SIPDIAG_VERDICT_FAULT)
        return &ei_sipdiag_fault;
    if (rule->verdict == SIPDIAG_VERDICT_NEUTRAL)
        return &ei_sipdiag_explained;
    return rule->severity == SIPDIAG_SEVERITY_CHAT ? &ei_sipdiag_expected : &ei_sipdiag_outcome;
}

static const value_string class_vals[] = {
    { SIPDIAG_CLASS_PROVISIONAL, "Provisional" },
    { SIPDIAG_CLASS_SUCCESS, "Success" },
    { SIPDIAG_CLASS_REDIRECTION, "Redirection" },
    { SIPDIAG_CLASS_CLIENT_FAILURE, "Client Failure" },
    { SIPDIAG_CLASS_SERVER_FAILURE, "Server Failure" },
    { SIPDIAG_CLASS_GLOBAL_FAILURE, "Global Failure" },
    { 0, NULL }
};

#define STRING_FIELD(hf, name, abbrev, blurb) \
    { &hf, { name, abbrev, FT_STRING, BASE_NONE, NULL, 0x0, blurb, HFILL } }
#define UINT_FIELD(hf, name, abbrev, type, blurb) \
    { &hf, { name, abbrev, type, BASE_DEC, NULL, 0x0, blurb, HFILL } }
#define BOOL_FIELD(hf, name, abbrev, blurb) \
    { &hf, { name, abbrev, FT_BOOLEAN, BASE_NONE, NULL, 0x0, blurb, HFILL } }
#define FRAME_FIELD(hf, name, abbrev, blurb) \
    { &hf, { name, abbrev, FT_FRAMENUM, BASE_NONE, NULL, 0x0, blurb, HFILL } }
#define EXPERT(ei, abbrev, group, severity, summary) \
    { &ei, { abbrev, group, severity, summary, EXPFILL } }

void
sipdiag_tree_register(int proto)
{
    static hf_register_info hf[] = {
        UINT_FIELD(hf_sipdiag_code, "Status code", "sipdiag.code", FT_UINT16,
                   "The response's status code, as the status line carries it"),
        STRING_FIELD(hf_sipdiag_phrase, "Registered reason phrase", "sipdiag.phrase",
                     "The reason phrase the IANA registry gives the code (the wire may say "
                     "otherwise)"),
        { &hf_sipdiag_class,
          { "Class", "sipdiag.class", FT_UINT8, BASE_DEC, VALS(class_vals), 0x0,
            "First digit of the code: 1 Provisional ... 6 Global Failure", HFILL } },
        STRING_FIELD(hf_sipdiag_category, "Category", "sipdiag.category",
                     "What kind of problem or progress the code reports (authentication, "
                     "policy, media, routing...)"),
        UINT_FIELD(hf_sipdiag_rfc, "Defined in RFC", "sipdiag.rfc", FT_UINT16,
                   "The RFC that defines the code"),
        BOOL_FIELD(hf_sipdiag_registered, "Registered", "sipdiag.registered",
                   "Whether the code is in the IANA SIP Response Codes registry"),
        STRING_FIELD(hf_sipdiag_note, "Note", "sipdiag.note",
                     "Why a code is legacy, unregistered or invalid, and how it is read"),
        STRING_FIELD(hf_sipdiag_method, "Answers method", "sipdiag.method",
                     "The CSeq method of the request this response answers"),
        BOOL_FIELD(hf_sipdiag_expected, "Expected in this flow", "sipdiag.expected",
                   "True for a normal outcome in its flow (a digest challenge, a cancelled "
                   "call, glare), false for a fault; absent when the flow says neither"),
        STRING_FIELD(hf_sipdiag_context, "Context", "sipdiag.context",
                     "Why this response is expected or a fault, from its method and the "
                     "messages around it"),
        STRING_FIELD(hf_sipdiag_summary, "Summary", "sipdiag.summary",
                     "The code's practical meaning in one line"),
        STRING_FIELD(hf_sipdiag_description, "Description", "sipdiag.description",
                     "What the code means, per its RFC"),
        STRING_FIELD(hf_sipdiag_scenario, "When you see it", "sipdiag.scenario",
                     "The situations that produce the code on real networks, and who sends "
                     "it"),
        STRING_FIELD(hf_sipdiag_remediation, "How to fix it", "sipdiag.remediation",
                     "What to check and change, most likely cause first"),
        STRING_FIELD(hf_sipdiag_override, "Site override", "sipdiag.override",
                     "The row of the SIP diagnostics overrides table whose texts replace "
                     "sipdiag's here"),
        STRING_FIELD(hf_sipdiag_reason_protocol, "Reason protocol", "sipdiag.reason.protocol",
                     "The protocol of a Reason header value: SIP, Q.850 or another"),
        UINT_FIELD(hf_sipdiag_reason_cause, "Reason cause", "sipdiag.reason.cause", FT_UINT32,
                   "The cause a Reason header value gives"),
        STRING_FIELD(hf_sipdiag_reason_cause_name, "Reason cause name",
                     "sipdiag.reason.cause_name",
                     "The Q.850 cause's name, or the cited SIP code's reason phrase"),
        STRING_FIELD(hf_sipdiag_reason_text, "Reason text", "sipdiag.reason.text",
                     "The text parameter of a Reason header value"),
        STRING_FIELD(hf_sipdiag_reason_meaning, "Reason meaning", "sipdiag.reason.meaning",
                     "What the cause says happened"),
        STRING_FIELD(hf_sipdiag_reason_action, "Reason: what to check",
                     "sipdiag.reason.action", "What to check for this cause"),
        BOOL_FIELD(hf_sipdiag_reason_consistent, "Cause agrees with status code",
                   "sipdiag.reason.consistent",
                   "Whether the Q.850 cause and the SIP status code map to each other "
                   "(RFC 3398); absent when no table speaks of the pair"),
        UINT_FIELD(hf_sipdiag_warning_code, "Warning code", "sipdiag.warning.code", FT_UINT16,
                   "The warn-code of a Warning header value"),
        STRING_FIELD(hf_sipdiag_warning_agent, "Warning agent", "sipdiag.warning.agent",
                     "Who added the Warning (host or pseudonym)"),
        STRING_FIELD(hf_sipdiag_warning_text, "Warning text", "sipdiag.warning.text",
                     "The free text of the Warning"),
        BOOL_FIELD(hf_sipdiag_warning_registered, "Warning code registered",
                   "sipdiag.warning.registered",
                   "Whether the warn-code is in the IANA registry"),
        STRING_FIELD(hf_sipdiag_warning_meaning, "Warning meaning", "sipdiag.warning.meaning",
                     "What the warn-code says"),
        STRING_FIELD(hf_sipdiag_warning_action, "Warning: what to check",
                     "sipdiag.warning.action", "What to check for this warn-code"),
        STRING_FIELD(hf_sipdiag_transfer_state, "Transfer state", "sipdiag.transfer.state",
                     "Where the call transfer stands (REFER, its response, the NOTIFY "
                     "reports)"),
        FRAME_FIELD(hf_sipdiag_transfer_refer, "REFER in frame", "sipdiag.transfer.refer",
                    "The frame of the REFER that started the transfer"),
        FRAME_FIELD(hf_sipdiag_transfer_response, "REFER answered in frame",
                    "sipdiag.transfer.response", "The frame of the REFER's final response"),
        UINT_FIELD(hf_sipdiag_transfer_response_code, "REFER answered with",
                   "sipdiag.transfer.response_code", FT_UINT16,
                   "The status code of the REFER's final response"),
        FRAME_FIELD(hf_sipdiag_transfer_report_frame, "NOTIFY report in frame",
                    "sipdiag.transfer.report_frame",
                    "A frame whose NOTIFY reports on this transfer"),
        UINT_FIELD(hf_sipdiag_transfer_report, "Referred call status",
                   "sipdiag.transfer.report", FT_UINT16,
                   "The status of the referred call, from the NOTIFY's message/sipfrag body"),
        STRING_FIELD(hf_sipdiag_transfer_report_phrase, "Referred call status phrase",
                     "sipdiag.transfer.report_phrase",
                     "The registered reason phrase of the reported status"),
        STRING_FIELD(hf_sipdiag_transfer_report_summary, "Referred call status meaning",
                     "sipdiag.transfer.report_summary",
                     "What the reported status means, in one line"),
        STRING_FIELD(hf_sipdiag_transfer_report_remediation, "Referred call: how to fix it",
                     "sipdiag.transfer.report_remediation",
                     "What to check for the reported status"),
        STRING_FIELD(hf_sipdiag_rule, "Context rule", "sipdiag.rule",
                     "The name of the context rule that judged this response "
                     "(docs/context-rules.md)"),
        FRAME_FIELD(hf_sipdiag_evidence[SIPDIAG_EVIDENCE_REQUEST], "Request in frame",
                    "sipdiag.evidence.request",
                    "The request this response answers, its first transmission at this hop"),
        FRAME_FIELD(hf_sipdiag_evidence[SIPDIAG_EVIDENCE_CHALLENGE], "Earlier challenge in frame",
                    "sipdiag.evidence.challenge",
                    "The earlier 401/407 whose challenge the credentials answered"),
        FRAME_FIELD(hf_sipdiag_evidence[SIPDIAG_EVIDENCE_CANCEL], "CANCEL in frame",
                    "sipdiag.evidence.cancel", "The CANCEL of this INVITE"),
        FRAME_FIELD(hf_sipdiag_evidence[SIPDIAG_EVIDENCE_PROVISIONAL], "Ringing (18x) in frame",
                    "sipdiag.evidence.provisional", "The first 18x response to this INVITE"),
        FRAME_FIELD(hf_sipdiag_evidence[SIPDIAG_EVIDENCE_BYE], "Other side's BYE in frame",
                    "sipdiag.evidence.bye", "The BYE from the other side that crossed this one"),
        FRAME_FIELD(hf_sipdiag_evidence[SIPDIAG_EVIDENCE_FINAL], "Earlier final response in frame",
                    "sipdiag.evidence.final",
                    "The final response the transaction (for a CANCEL: its INVITE) already had"),
        FRAME_FIELD(hf_sipdiag_evidence[SIPDIAG_EVIDENCE_EARLIER], "Same answer earlier in frame",
                    "sipdiag.evidence.earlier",
                    "The same code to the same method in an earlier transaction of this call"),
        STRING_FIELD(hf_sipdiag_evidence_credentials, "Request carried",
                     "sipdiag.evidence.credentials",
                     "The credentials headers of the request answered: Authorization, "
                     "Proxy-Authorization"),
        STRING_FIELD(hf_sipdiag_evidence_realm, "Credentials realm", "sipdiag.evidence.realm",
                     "The realm of the request's credentials"),
        STRING_FIELD(hf_sipdiag_doctor, "Call doctor finding", "sipdiag.doctor",
                     "What the transactions show with no error response to say it: "
                     "retransmissions, no-ack, no-response, no-final, bye-unanswered... "
                     "(docs/call-doctor.md)"),
        STRING_FIELD(hf_sipdiag_doctor_summary, "Finding", "sipdiag.doctor.summary",
                     "The finding in one line, with its counts, times and RFC 3261 timer"),
        STRING_FIELD(hf_sipdiag_doctor_fix, "How to fix it", "sipdiag.doctor.fix",
                     "What to check for this finding, most likely cause first"),
        BOOL_FIELD(hf_sipdiag_doctor_certain, "Certain", "sipdiag.doctor.certain",
                   "False when the capture ends before the timer that would make it certain"),
        FRAME_FIELD(hf_sipdiag_doctor_first, "First sent in frame", "sipdiag.doctor.first",
                    "The first transmission of the request or 2xx"),
        FRAME_FIELD(hf_sipdiag_doctor_last, "Last sent in frame", "sipdiag.doctor.last",
                    "Its latest retransmission in the capture"),
        FRAME_FIELD(hf_sipdiag_doctor_partner, "Ended by frame", "sipdiag.doctor.partner",
                    "What ended it: the response, the ACK, the BYE"),
        FRAME_FIELD(hf_sipdiag_doctor_stray_ack, "ACK sent elsewhere in frame",
                    "sipdiag.doctor.stray_ack",
                    "An ACK for the 2xx that went to another address than the 2xx's sender"),
        UINT_FIELD(hf_sipdiag_doctor_count, "Times sent", "sipdiag.doctor.count", FT_UINT32,
                   "Transmissions seen"),
        { &hf_sipdiag_doctor_span,
          { "Over (seconds)", "sipdiag.doctor.span", FT_DOUBLE, BASE_NONE, NULL, 0x0,
            "Seconds from the first to the latest transmission", HFILL } },
        STRING_FIELD(hf_sipdiag_doctor_timer, "Timer", "sipdiag.doctor.timer",
                     "The RFC 3261 timer that decides (Timer A, B, C, E, F, 64*T1)"),
        UINT_FIELD(hf_sipdiag_call_leg, "Leg", "sipdiag.call.leg", FT_UINT32,
                   "This response opened the call's Nth early dialog (a new To tag): the "
                   "INVITE forked (RFC 3261 §12.1, §13.2.2.4)"),
        FRAME_FIELD(hf_sipdiag_call_leg_invite, "Leg of the INVITE in frame",
                    "sipdiag.call.leg.invite", "The forked call's INVITE"),
        FRAME_FIELD(hf_sipdiag_call_leg_first, "First leg opened in frame",
                    "sipdiag.call.leg.first", "The response that opened the call's first leg"),
        UINT_FIELD(hf_sipdiag_call_legs, "Legs", "sipdiag.call.legs", FT_UINT32,
                   "On a call's first INVITE, once the capture is read: the early dialogs or "
                   "dialogs it made (To tags of its 101-299); 2 or more: it forked"),
        FRAME_FIELD(hf_sipdiag_call_linked, "Other leg's INVITE", "sipdiag.call.linked",
                    "A B2BUA's other leg of this call (another Call-ID): its INVITE"),
        STRING_FIELD(hf_sipdiag_call_leg_call_id, "Other leg's Call-ID",
                     "sipdiag.call.leg.call_id", "The Call-ID of the linked leg"),
        STRING_FIELD(hf_sipdiag_call_leg_linked_by, "Linked by", "sipdiag.call.leg.linked_by",
                     "What ties the legs: X-Call-ID, X-CID, P-Charging-Vector icid-value, "
                     "Session-ID (RFC 7989), or numbers and time"),
        BOOL_FIELD(hf_sipdiag_call_leg_probable, "Only probably the same call",
                   "sipdiag.call.leg.probable",
                   "No header ties the legs: the same numbers in From and To, the second "
                   "INVITE sent from where the first went, within 1 s"),
        STRING_FIELD(hf_sipdiag_doctor_peer, "Sent to", "sipdiag.doctor.peer",
                     "Where the request or 2xx was sent (address:port)"),
        STRING_FIELD(hf_sipdiag_transfer_differences, "Key differences",
                     "sipdiag.transfer.differences",
                     "The REFER's response against the referred call's status: accepted, "
                     "then failed"),
    };
    static int *ett[] = {
        &ett_sipdiag, &ett_sipdiag_text, &ett_sipdiag_reason, &ett_sipdiag_warning,
        &ett_sipdiag_transfer, &ett_sipdiag_evidence, &ett_sipdiag_doctor,
        &ett_sipdiag_call_leg,
    };
    static ei_register_info ei[] = {
        EXPERT(ei_sipdiag_provisional, "sipdiag.provisional", PI_RESPONSE_CODE, PI_CHAT,
               "SIP 1xx provisional response"),
        EXPERT(ei_sipdiag_success, "sipdiag.success", PI_RESPONSE_CODE, PI_CHAT,
               "SIP 2xx success response"),
        EXPERT(ei_sipdiag_redirection, "sipdiag.redirection", PI_RESPONSE_CODE, PI_NOTE,
               "SIP 3xx redirection response"),
        EXPERT(ei_sipdiag_client_failure, "sipdiag.client_failure", PI_RESPONSE_CODE, PI_WARN,
               "SIP 4xx client failure response"),
        EXPERT(ei_sipdiag_server_failure, "sipdiag.server_failure", PI_RESPONSE_CODE, PI_ERROR,
               "SIP 5xx server failure response"),
        EXPERT(ei_sipdiag_global_failure, "sipdiag.global_failure", PI_RESPONSE_CODE, PI_ERROR,
               "SIP 6xx global failure response"),
        EXPERT(ei_sipdiag_invalid_code, "sipdiag.invalid_code", PI_MALFORMED, PI_WARN,
               "SIP status code outside 100-699"),
        EXPERT(ei_sipdiag_expected, "sipdiag.expected_outcome", PI_RESPONSE_CODE, PI_CHAT,
               "SIP response expected in its flow (challenge, cancel, glare, negotiation)"),
        EXPERT(ei_sipdiag_outcome, "sipdiag.far_end_outcome", PI_RESPONSE_CODE, PI_NOTE,
               "SIP outcome decided by the far end (busy, declined, no answer, a race), "
               "not a fault"),
        EXPERT(ei_sipdiag_fault, "sipdiag.fault", PI_RESPONSE_CODE, PI_WARN,
               "SIP response that is a fault in its flow"),
        EXPERT(ei_sipdiag_explained, "sipdiag.explained", PI_RESPONSE_CODE, PI_NOTE,
               "SIP response explained in its flow, neither expected nor a fault (the capture "
               "cannot tell)"),
        EXPERT(ei_sipdiag_reason, "sipdiag.reason", PI_RESPONSE_CODE, PI_NOTE,
               "Reason header cause explained"),
        EXPERT(ei_sipdiag_reason_mismatch, "sipdiag.reason_mismatch", PI_PROTOCOL, PI_WARN,
               "Q.850 cause disagrees with the SIP status code (RFC 3398)"),
        EXPERT(ei_sipdiag_warning, "sipdiag.warning", PI_RESPONSE_CODE, PI_NOTE,
               "Warning header explained"),
        EXPERT(ei_sipdiag_transfer_progress, "sipdiag.transfer_progress", PI_SEQUENCE, PI_CHAT,
               "Call transfer in progress"),
        EXPERT(ei_sipdiag_transfer_succeeded, "sipdiag.transfer_succeeded", PI_SEQUENCE,
               PI_CHAT, "Call transfer succeeded"),
        EXPERT(ei_sipdiag_transfer_failed, "sipdiag.transfer_failed", PI_SEQUENCE, PI_WARN,
               "Call transfer accepted, then failed at the target"),
        EXPERT(ei_sipdiag_transfer_no_outcome, "sipdiag.transfer_no_outcome", PI_SEQUENCE,
               PI_WARN, "Call transfer accepted, but no final report in the capture"),
        EXPERT(ei_sipdiag_state_full, "sipdiag.state_full", PI_DEBUG, PI_NOTE,
               "sipdiag's call, transfer or address table is full: no context for new ones"),
        EXPERT(ei_sipdiag_retransmissions, "sipdiag.retransmissions", PI_SEQUENCE, PI_NOTE,
               "SIP request retransmitted before it was answered (Timer A/E)"),
        EXPERT(ei_sipdiag_ok_retransmissions, "sipdiag.ok_retransmissions", PI_SEQUENCE,
               PI_NOTE, "SIP 2xx to INVITE retransmitted before its ACK arrived"),
        EXPERT(ei_sipdiag_no_ack, "sipdiag.no_ack", PI_SEQUENCE, PI_WARN,
               "SIP 2xx to INVITE never acknowledged: the call is torn down (64*T1)"),
        EXPERT(ei_sipdiag_no_response, "sipdiag.no_response", PI_SEQUENCE, PI_WARN,
               "SIP request retransmitted with no response at all (Timer B/F)"),
        EXPERT(ei_sipdiag_no_final, "sipdiag.no_final", PI_SEQUENCE, PI_WARN,
               "SIP INVITE with a provisional response and no final one (Timer C)"),
        EXPERT(ei_sipdiag_bye_unanswered, "sipdiag.bye_unanswered", PI_SEQUENCE, PI_WARN,
               "SIP BYE retransmitted with no response (Timer F)"),
        EXPERT(ei_sipdiag_cancel_unanswered, "sipdiag.cancel_unanswered", PI_SEQUENCE, PI_WARN,
               "SIP CANCEL retransmitted with no response (Timer F)"),
        EXPERT(ei_sipdiag_refresh_failed, "sipdiag.refresh_failed", PI_SEQUENCE, PI_WARN,
               "SIP BYE after a session refresh failed (408, 481, other failure or no answer)"),
        EXPERT(ei_sipdiag_bye_at_session_expiry, "sipdiag.bye_at_session_expiry", PI_SEQUENCE,
               PI_WARN, "SIP BYE when the session interval ran out with no refresh "
               "(Session-Expires, likely)"),
        EXPERT(ei_sipdiag_bye_at_64t1, "sipdiag.bye_at_64t1", PI_SEQUENCE, PI_WARN,
               "SIP BYE 64*T1 after a 2xx with no ACK in the capture (likely the ACK was lost)"),
        EXPERT(ei_sipdiag_call_leg, "sipdiag.call_leg", PI_SEQUENCE, PI_CHAT,
               "SIP call leg: a forked INVITE's further early dialog, or a B2BUA leg linked to "
               "another"),
        EXPERT(ei_sipdiag_capture_too_short, "sipdiag.capture_too_short", PI_SEQUENCE, PI_NOTE,
               "The capture ends before the SIP timer that would make a finding certain"),
        EXPERT(ei_sipdiag_no_history, "sipdiag.no_history", PI_DEBUG, PI_NOTE,
               "Judged without the call's history: shown before sipdiag read the capture in order"),
    };

    proto_sipdiag = proto;
    proto_register_field_array(proto, hf, array_length(hf));
    proto_register_subtree_array(ett, array_length(ett));
    expert_register_field_array(expert_register_protocol(proto), ei, array_length(ei));
}

/* --- helpers ---------------------------------------------------------- */

typedef struct {
    tvbuff_t *tvb;
    int start;
    int length;
} anchor_t;

static anchor_t
anchor_of(const sipdiag_message_t *m)
{
    return (anchor_t){ m->tvb, m->start, m->length };
}

/* Whether something reads hf's item: a visible tree (-V, -T fields, the
 * GUI's details) reads them all, an invisible one (a filter, a column)
 * those it names, no tree (-q -z) none.  Wireshark fakes the item nobody
 * reads, but a text built for it is paid anyway: build texts only when
 * this says so. */
static bool
wants(proto_tree *tree, int hf)
{
    return proto_field_is_referenced(tree, hf);
}

/* An Expert column shows the highest severity of the frame's expert items
 * (expert.c sets COL_EXPERT with each): where one is shown, every item
 * counts. */
static bool
expert_column_shown(proto_tree *tree)
{
    const packet_info *pinfo = tree != NULL ? PTREE_DATA(tree)->pinfo : NULL;
    return pinfo != NULL && pinfo->cinfo != NULL && pinfo->cinfo->col_first[COL_EXPERT] >= 0;
}

bool
sipdiag_tree_wants_expert(proto_tree *tree, const expert_field *ei)
{
    return sipdiag_expert_read(tree) || proto_field_is_referenced(tree, ei->hf)
           || expert_column_shown(tree);
}

/* Adds a text field; when a person can see the tree and the text is longer
 * than a label holds, also adds it in whole lines beneath. */
static void
add_text(proto_tree *tree, int hf, anchor_t at, const char *text)
{
    if (!wants(tree, hf))
        return;
    proto_item *item = proto_tree_add_string(tree, hf, at.tvb, at.start, at.length, text);
    size_t left = strlen(text);
    if (left <= TEXT_LINE_MAX || tree == NULL || !PTREE_DATA(tree)->visible)
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
        proto_tree_add_subtree_format(lines, at.tvb, at.start, at.length, ett_sipdiag_text,
                                      NULL, "%.*s", (int)take, text);
        while (take < left && text[take] == ' ')
            take++;
        text += take;
        left -= take;
    }
}

void
sipdiag_tree_add_text(proto_tree *tree, int hf, tvbuff_t *tvb, int start, int length,
                      const char *text)
{
    add_text(tree, hf, (anchor_t){ tvb, start, length }, text);
}

/* A string span of a header value, copied into the packet's pool. */
static const char *
span_copy(packet_info *pinfo, const char *text, size_t len)
{
    return wmem_strndup(pinfo->pool, text, len);
}

/* --- Reason and Warning ------------------------------------------------ */

/* Whether anything reads one of the fields or expert items (NULL ended):
 * their values are parsed only then. */
static bool
any_wanted(proto_tree *tree, const int *const *hfs, const expert_field *const *eis)
{
    for (; *hfs != NULL; hfs++) {
        if (wants(tree, **hfs))
            return true;
    }
    for (; *eis != NULL; eis++) {
        if (sipdiag_tree_wants_expert(tree, *eis))
            return true;
    }
    return false;
}

static bool
reasons_wanted(proto_tree *tree)
{
    static const int *const hfs[] = {
        &hf_sipdiag_reason_protocol, &hf_sipdiag_reason_cause, &hf_sipdiag_reason_cause_name,
        &hf_sipdiag_reason_text, &hf_sipdiag_reason_meaning, &hf_sipdiag_reason_action,
        &hf_sipdiag_reason_consistent, NULL,
    };
    static const expert_field *const eis[] = { &ei_sipdiag_reason, &ei_sipdiag_reason_mismatch,
                                               NULL };
    return any_wanted(tree, hfs, eis);
}

static bool
warnings_wanted(proto_tree *tree)
{
    static const int *const hfs[] = {
        &hf_sipdiag_warning_code, &hf_sipdiag_warning_agent, &hf_sipdiag_warning_text,
        &hf_sipdiag_warning_registered, &hf_sipdiag_warning_meaning, &hf_sipdiag_warning_action,
        NULL,
    };
    static const expert_field *const eis[] = { &ei_sipdiag_warning, NULL };
    return any_wanted(tree, hfs, eis);
}

static void
add_reasons(proto_tree *tree, packet_info *pinfo, anchor_t at, const sipdiag_message_t *m)
{
    if (m->reasons.count == 0 || !reasons_wanted(tree))
        return;
    bool explained = sipdiag_tree_wants_expert(tree, &ei_sipdiag_reason);
    bool mismatch_said = sipdiag_tree_wants_expert(tree, &ei_sipdiag_reason_mismatch);
    for (unsigned v = 0; v < MIN(m->reasons.count, SIPDIAG_MAX_VALUES); v++) {
        const char *header = m->reasons.values[v];
        if (header == NULL)
            continue;
        sipdiag_reason_t reasons[SIPDIAG_MAX_VALUES];
        size_t n = MIN(sipdiag_reason_parse(header, strlen(header), reasons,
                                            SIPDIAG_MAX_VALUES), SIPDIAG_MAX_VALUES);
        for (size_t i = 0; i < n; i++) {
            const sipdiag_reason_t *r = &reasons[i];
            proto_item *ti;
            proto_tree *sub = proto_tree_add_subtree_format(
                tree, at.tvb, at.start, at.length, ett_sipdiag_reason, &ti, "Reason: %s",
                span_copy(pinfo, r->protocol_token, r->protocol_len));
            proto_tree_add_string(sub, hf_sipdiag_reason_protocol, at.tvb, at.start, at.length,
                                  span_copy(pinfo, r->protocol_token, r->protocol_len));
            if (r->text != NULL)
                proto_tree_add_string(sub, hf_sipdiag_reason_text, at.tvb, at.start, at.length,
                                      span_copy(pinfo, r->text, r->text_len));
            if (!r->has_cause)
                continue;
            proto_tree_add_uint(sub, hf_sipdiag_reason_cause, at.tvb, at.start, at.length,
                                r->cause);
            proto_item_append_text(ti, " cause %u", r->cause);
            if (r->protocol == SIPDIAG_REASON_Q850) {
                const char *name = val_to_str_ext_const(r->cause, &q850_cause_code_vals_ext,
                                                        "not a Q.850 cause");
                const sipdiag_q850_row_t *row = sipdiag_q850_lookup(r->cause);
                proto_item_append_text(ti, " (%s)", name);
                proto_tree_add_string(sub, hf_sipdiag_reason_cause_name, at.tvb, at.start,
                                      at.length, name);
                if (row != NULL) {
                    add_text(sub, hf_sipdiag_reason_meaning, at, row->meaning);
                    add_text(sub, hf_sipdiag_reason_action, at, row->action);
                }
                if (explained)
                    expert_add_info_format(pinfo, ti, &ei_sipdiag_reason,
                                           "Reason Q.850 cause %u: %s", r->cause, name);
                if (m->is_response && m->code >= 300) {
                    unsigned expected_cause;
                    sipdiag_cause_check_t check = sipdiag_q850_check(m->code, r->cause,
                                                                     &expected_cause);
                    if (check == SIPDIAG_CAUSE_UNKNOWN)
                        continue;
                    proto_tree_add_boolean(sub, hf_sipdiag_reason_consistent, at.tvb, at.start,
                                           at.length, check == SIPDIAG_CAUSE_CONSISTENT);
                    if (!mismatch_said)
                        continue;
                    if (check == SIPDIAG_CAUSE_INCONSISTENT && expected_cause != 0)
                        expert_add_info_format(pinfo, ti, &ei_sipdiag_reason_mismatch,
                            "Q.850 cause %u (%s) disagrees with SIP %u: RFC 3398 maps %u to "
                            "cause %u (%s)", r->cause, name, m->code, m->code, expected_cause,
                            val_to_str_ext_const(expected_cause, &q850_cause_code_vals_ext,
                                                 "?"));
                    else if (check == SIPDIAG_CAUSE_INCONSISTENT)
                        expert_add_info_format(pinfo, ti, &ei_sipdiag_reason_mismatch,
                            "Q.850 cause %u (%s) disagrees with SIP %u (RFC 3398)", r->cause,
                            name, m->code);
                }
            } else if (r->protocol == SIPDIAG_REASON_SIP) {
                sipdiag_lookup_t lk;
                if (!sipdiag_lookup(r->cause, &lk))
                    continue;
                const sipdiag_text_row_t *texts = sipdiag_texts(lk.row, sipdiag_prefs_lang());
                proto_item_append_text(ti, " (%s)", lk.row->phrase);
                proto_tree_add_string(sub, hf_sipdiag_reason_cause_name, at.tvb, at.start,
                                      at.length, lk.row->phrase);
                add_text(sub, hf_sipdiag_reason_meaning, at, texts->summary);
                add_text(sub, hf_sipdiag_reason_action, at, texts->remediation);
                if (explained)
                    expert_add_info_format(pinfo, ti, &ei_sipdiag_reason,
                                           "Reason SIP cause %u: %s", r->cause, lk.row->phrase);
            }
        }
    }
}

static void
add_warnings(proto_tree *tree, packet_info *pinfo, anchor_t at, const sipdiag_message_t *m)
{
    if (m->warnings.count == 0 || !warnings_wanted(tree))
        return;
    bool explained = sipdiag_tree_wants_expert(tree, &ei_sipdiag_warning);
    for (unsigned v = 0; v < MIN(m->warnings.count, SIPDIAG_MAX_VALUES); v++) {
        const char *header = m->warnings.values[v];
        if (header == NULL)
            continue;
        sipdiag_warning_t warnings[SIPDIAG_MAX_VALUES];
        size_t n = MIN(sipdiag_warning_parse(header, strlen(header), warnings,
                                             SIPDIAG_MAX_VALUES), SIPDIAG_MAX_VALUES);
        for (size_t i = 0; i < n; i++) {
            const sipdiag_warning_t *w = &warnings[i];
            const sipdiag_warn_row_t *row = sipdiag_warn_lookup(w->code);
            proto_item *ti;
            proto_tree *sub = proto_tree_add_subtree_format(
                tree, at.tvb, at.start, at.length, ett_sipdiag_warning, &ti, "Warning: %u %s",
                w->code, row != NULL ? row->name : "(unknown warn-code)");
            proto_tree_add_uint(sub, hf_sipdiag_warning_code, at.tvb, at.start, at.length,
                                w->code);
            proto_tree_add_string(sub, hf_sipdiag_warning_agent, at.tvb, at.start, at.length,
                                  span_copy(pinfo, w->agent, w->agent_len));
            add_text(sub, hf_sipdiag_warning_text, at, span_copy(pinfo, w->text, w->text_len));
            proto_tree_add_boolean(sub, hf_sipdiag_warning_registered, at.tvb, at.start,
                                   at.length, row != NULL && row->registered);
            if (row != NULL) {
                add_text(sub, hf_sipdiag_warning_meaning, at, row->meaning);
                add_text(sub, hf_sipdiag_warning_action, at, row->action);
            }
            if (!explained)
                continue;
            if (row != NULL && row->registered)
                expert_add_info_format(pinfo, ti, &ei_sipdiag_warning, "Warning %u: %s",
                                       w->code, row->name);
            else
                expert_add_info_format(pinfo, ti, &ei_sipdiag_warning,
                                       "Warning %u: unregistered warn-code (%s)", w->code,
                                       row != NULL ? row->name : "unknown");
        }
    }
}

/* --- transfers ------------------------------------------------------- */

static void
add_transfer_links(proto_tree *sub, anchor_t at, const sipdiag_transfer_t *t)
{
    proto_item *ti = proto_tree_add_uint(sub, hf_sipdiag_transfer_refer, at.tvb, at.start,
                                         at.length, t->refer_frame);
    proto_item_set_generated(ti);
    if (t->response_frame != 0) {
        ti = proto_tree_add_uint(sub, hf_sipdiag_transfer_response, at.tvb, at.start,
                                 at.length, t->response_frame);
        proto_item_set_generated(ti);
        ti = proto_tree_add_uint(sub, hf_sipdiag_transfer_response_code, at.tvb, at.start,
                                 at.length, t->response_code);
        proto_item_set_generated(ti);
    }
    for (unsigned i = 0; i < MIN(t->n_reports, SIPDIAG_MAX_REPORTS); i++) {
        ti = proto_tree_add_uint(sub, hf_sipdiag_transfer_report_frame, at.tvb, at.start,
                                 at.length, t->report_frames[i]);
        proto_item_set_generated(ti);
        proto_item_append_text(ti, " (%u)", t->report_codes[i]);
    }
    if (t->n_reports > SIPDIAG_MAX_REPORTS)
        proto_tree_add_subtree_format(sub, at.tvb, at.start, at.length, ett_sipdiag_transfer,
                                      NULL, "%u more NOTIFY reports not listed",
                                      t->n_reports - SIPDIAG_MAX_REPORTS);
}

/* The transfer as a REFER's response sees it: where it stands now (in a
 * second pass or the GUI, once the whole capture has been read). */
static void
add_transfer_on_response(proto_tree *tree, packet_info *pinfo, anchor_t at,
                         const sipdiag_transfer_t *t)
{
    bool whole_capture_seen = sipdiag_whole_capture_seen(pinfo);
    sipdiag_transfer_state_t state = sipdiag_transfer_state(t->response_code, t->last_report,
                                                            whole_capture_seen);
    proto_item *ti;
    proto_tree *sub = proto_tree_add_subtree(tree, at.tvb, at.start, at.length,
                                             ett_sipdiag_transfer, &ti, "Transfer");
    proto_item *state_item = proto_tree_add_string(sub, hf_sipdiag_transfer_state, at.tvb,
                                                   at.start, at.length,
                                                   sipdiag_transfer_state_text(state));
    proto_item_set_generated(state_item);
    add_transfer_links(sub, at, t);
    if (state == SIPDIAG_TRANSFER_NO_OUTCOME
        && sipdiag_tree_wants_expert(tree, &ei_sipdiag_transfer_no_outcome))
        expert_add_info_format(pinfo, ti, &ei_sipdiag_transfer_no_outcome,
                               "Transfer accepted with %u, but no NOTIFY in the capture reports "
                               "its final status", t->response_code);
}

static void
add_report_texts(proto_tree *sub, anchor_t at, const sipdiag_lookup_t *lk)
{
    if (lk->row == NULL)
        return;
    const sipdiag_text_row_t *texts = sipdiag_texts(lk->row, sipdiag_prefs_lang());
    if (lk->status != SIPDIAG_UNREGISTERED)
        proto_tree_add_string(sub, hf_sipdiag_transfer_report_phrase, at.tvb, at.start,
                              at.length, lk->row->phrase);
    add_text(sub, hf_sipdiag_transfer_report_summary, at, texts->summary);
    add_text(sub, hf_sipdiag_transfer_report_remediation, at, texts->remediation);
}

/* "202 is a 2xx Success response, while 403 is ...: the target took the
 * REFER, then the referred call failed with 403 Forbidden." */
static void
add_differences(proto_tree *sub, packet_info *pinfo, anchor_t at, unsigned accepted,
                const sipdiag_lookup_t *report)
{
    sipdiag_lookup_t refer;
    if (!wants(sub, hf_sipdiag_transfer_differences) || !sipdiag_lookup(accepted, &refer)
        || report->row == NULL)
        return;
    char *line = sipdiag_class_line(&refer, report, sipdiag_prefs_lang());
    add_text(sub, hf_sipdiag_transfer_differences, at,
             wmem_strdup_printf(pinfo->pool, "%s: the target took the REFER, then the referred "
                                "call failed with %u %s", line, report->code,
                                report->status == SIPDIAG_UNREGISTERED ? "(unregistered)"
                                                                       : report->row->phrase));
    g_free(line);
}

static void
add_transfer_report(proto_tree *tree, packet_info *pinfo, const sipdiag_message_t *m,
                    const sipdiag_note_t *note)
{
    anchor_t at = anchor_of(m);
    const sipdiag_transfer_t *t = note->transfer;
    sipdiag_lookup_t lk;
    bool valid = sipdiag_lookup(note->report, &lk);
    proto_item *top = proto_tree_add_item(tree, proto_sipdiag, at.tvb, at.start, at.length,
                                          ENC_NA);
    proto_tree *sub = proto_item_add_subtree(top, ett_sipdiag);

    proto_item_append_text(top, ": transfer report %u %s", note->report,
                           valid && lk.status != SIPDIAG_UNREGISTERED ? lk.row->phrase : "");
    proto_tree_add_uint(sub, hf_sipdiag_transfer_report, at.tvb, at.start, at.length,
                        note->report);
    add_report_texts(sub, at, &lk);
    if (t != NULL) {
        sipdiag_transfer_state_t state = sipdiag_transfer_state(t->response_code, note->report,
                                                                false);
        proto_item *ti = proto_tree_add_string(sub, hf_sipdiag_transfer_state, at.tvb, at.start,
                                               at.length, sipdiag_transfer_state_text(state));
        proto_item_set_generated(ti);
        add_transfer_links(sub, at, t);
        if (state == SIPDIAG_TRANSFER_FAILED) {
            if (t->response_code >= 200 && t->response_code < 300)
                add_differences(sub, pinfo, at, t->response_code, &lk);
            if (sipdiag_tree_wants_expert(tree, &ei_sipdiag_transfer_failed))
                expert_add_info_format(pinfo, top, &ei_sipdiag_transfer_failed,
                                   "Transfer failed at the target: SIP %u %s", note->report,
                                   valid && lk.status != SIPDIAG_UNREGISTERED ? lk.row->phrase
                                                                              : "");
        } else if (state == SIPDIAG_TRANSFER_SUCCEEDED) {
            if (sipdiag_tree_wants_expert(tree, &ei_sipdiag_transfer_succeeded))
                expert_add_info_format(pinfo, top, &ei_sipdiag_transfer_succeeded,
                                   "Transfer succeeded: the referred call got %u", note->report);
        } else if (sipdiag_tree_wants_expert(tree, &ei_sipdiag_transfer_progress)) {
            expert_add_info_format(pinfo, top, &ei_sipdiag_transfer_progress,
                                   "Transfer in progress: the referred call is at %u",
                                   note->report);
        }
    }
}

/* --- responses -------------------------------------------------------- */

/* The Q.850 causes of a message's Reason headers, for override rows. */
static unsigned
q850_causes(const sipdiag_message_t *m, unsigned *causes, unsigned max)
{
    unsigned n = 0;
    for (unsigned v = 0; v < MIN(m->reasons.count, SIPDIAG_MAX_VALUES); v++) {
        sipdiag_reason_t reasons[SIPDIAG_MAX_VALUES];
        const char *header = m->reasons.values[v];
        if (header == NULL)
            continue;
        size_t found = MIN(sipdiag_reason_parse(header, strlen(header), reasons,
                                                SIPDIAG_MAX_VALUES), SIPDIAG_MAX_VALUES);
        for (size_t i = 0; i < found && n < max; i++) {
            if (reasons[i].protocol == SIPDIAG_REASON_Q850 && reasons[i].has_cause)
                causes[n++] = reasons[i].cause;
        }
    }
    return n;
}

/* The texts shown for a response: the knowledge base's, each replaced by
 * the site override's when it has one. */
typedef struct {
    const char *summary;
    const char *description;
    const char *scenario;
    const char *remediation;
} shown_texts_t;

static shown_texts_t
texts_to_show(const sipdiag_text_row_t *kb, const sipdiag_override_t *site)
{
    shown_texts_t shown = { kb->summary, kb->description, kb->scenario, kb->remediation };
    if (site != NULL) {
        shown.summary = site->summary != NULL ? site->summary : shown.summary;
        shown.description = site->description != NULL ? site->description : shown.description;
        shown.scenario = site->scenario != NULL ? site->scenario : shown.scenario;
        shown.remediation = site->remediation != NULL ? site->remediation : shown.remediation;
    }
    return shown;
}

static void
add_override(proto_tree *sub, packet_info *pinfo, anchor_t at, const sipdiag_override_t *site)
{
    if (!wants(sub, hf_sipdiag_override))
        return;
    char *row = wmem_strdup_printf(pinfo->pool, "%u", site->code);
    if (site->method != NULL)
        row = wmem_strdup_printf(pinfo->pool, "%s to %s", row, site->method);
    if (site->cause != 0)
        row = wmem_strdup_printf(pinfo->pool, "%s with Q.850 cause %u", row, site->cause);
    proto_item *ti = proto_tree_add_string(sub, hf_sipdiag_override, at.tvb, at.start,
                                           at.length, row);
    proto_item_set_generated(ti);
}

/* A line written into a fixed buffer: what does not fit is left out. */
typedef struct {
    char *at;
    char *end;      /* the last byte, kept for the NUL */
} line_t;

static void
line_put(line_t *line, const char *text, size_t length)
{
    length = MIN(length, (size_t)(line->end - line->at));
    memcpy(line->at, text, length);
    line->at += length;
}

static void
line_put_text(line_t *line, const char *text)
{
    line_put(line, text, strlen(text));
}

static void
line_put_uint(line_t *line, unsigned value)
{
    char digits[SIPDIAG_DECIMAL_MAX];
    line_put(line, digits, sipdiag_decimal(value, digits));
}

/* Cuts a line that Wireshark would cut at ITEM_LABEL_LENGTH mid-word at
 * its last word that fits, and says so with an ellipsis (the tree has the
 * whole text). */
static const char *
fit_label(char *line)
{
    size_t length = strlen(line);
    if (length < ITEM_LABEL_LENGTH)
        return line;
    strcpy(line + sipdiag_word_cut(line, length, ITEM_LABEL_LENGTH - sizeof "\u2026"),
           "\u2026");
    return line;
}

const char *
sipdiag_tree_fit_label(char *line)
{
    return fit_label(line);
}

/* The response's expert item, NULL when it has none: an invalid code's,
 * the rule's (expected outcomes only when the preference asks), else its
 * class's when the preference keeps that class. */
static expert_field *
response_ei(const sipdiag_lookup_t *lk, const sipdiag_rule_t *rule)
{
    if (rule != NULL && rule->verdict == SIPDIAG_VERDICT_EXPECTED
        && !sipdiag_prefs_wants_expected())
        return NULL;
    if (lk->status == SIPDIAG_INVALID)
        return &ei_sipdiag_invalid_code;
    if (rule != NULL)
        return ei_of_rule(rule);
    return sipdiag_prefs_wants_class(lk->klass) ? ei_of_class[lk->klass] : NULL;
}

/* The Expert Info line (ei: response_ei()): stable per code, method and
 * rule (no frame numbers), so that `tshark -z expert` counts one row for
 * each.  Long summaries add the first step of the fix: the rule's when one
 * speaks. */
static void
add_response_expert(proto_item *item, packet_info *pinfo, const sipdiag_message_t *m,
                    const sipdiag_lookup_t *lk, expert_field *ei, const sipdiag_rule_t *rule,
                    const shown_texts_t *texts, const char *note, const sipdiag_override_t *site)
{
    if (lk->status == SIPDIAG_INVALID) {
        expert_add_info_format(pinfo, item, ei, "SIP %u: %s", lk->code, note);
        return;
    }
    const char *why = texts->summary;
    const char *fix = texts->remediation;
    /* A site's own summary speaks louder than a rule's context; the rule
     * still sets the severity. */
    if (rule != NULL) {
        const sipdiag_rule_texts_t *rule_texts = sipdiag_rule_texts(rule, sipdiag_prefs_lang());
        why = site != NULL && site->summary != NULL ? site->summary : rule_texts->context;
        fix = rule_texts->fix;
    }
    /* "SIP 486 Busy Here to INVITE: why. Fix: first sentence", written
     * without printf: one such line per response that Expert Info reads.
     * Past the buffer it is cut anyway (fit_label, ITEM_LABEL_LENGTH). */
    char buffer[4 * ITEM_LABEL_LENGTH];
    line_t line = { buffer, buffer + sizeof buffer - 1 };
    bool unregistered = lk->status == SIPDIAG_UNREGISTERED;
    line_put(&line, "SIP ", 4);
    line_put_uint(&line, lk->code);
    line_put(&line, unregistered ? " (" : " ", unregistered ? 2 : 1);
    line_put_text(&line, unregistered ? note : lk->row->phrase);
    if (unregistered)
        line_put(&line, ")", 1);
    if (rule != NULL && m->method != NULL) {
        line_put(&line, " to ", 4);
        line_put_text(&line, m->method);
    }
    line_put(&line, ": ", 2);
    line_put_text(&line, why);
    size_t fix_length = sipdiag_prefs_long_summaries() ? sipdiag_first_sentence_length(fix) : 0;
    if (fix_length > 0) {
        line_put(&line, ". Fix: ", 7);
        line_put(&line, fix, fix_length);
    }
    *line.at = '\0';
    expert_add_info_format(pinfo, item, ei, "%s", fit_label(buffer));
}

static void
add_frame_link(proto_tree *tree, int hf, anchor_t at, guint32 frame)
{
    if (frame != 0)
        proto_item_set_generated(proto_tree_add_uint(tree, hf, at.tvb, at.start, at.length,
                                                     frame));
}

/* The call doctor's findings that became certain on this message (or,
 * at the end of the capture, on the frame of their latest transmission). */
static void
add_detections(proto_tree *tree, packet_info *pinfo, anchor_t at,
               const sipdiag_detection_t *found, unsigned count)
{
    for (unsigned i = 0; i < count; i++) {
        const sipdiag_detection_t *d = &found[i];
        expert_field *ei = d->certain ? ei_of_detection[d->kind] : &ei_sipdiag_capture_too_short;
        bool said = sipdiag_tree_wants_expert(tree, ei);
        /* The summary is written out only if read (a visible tree shows it
         * in the subtree's label). */
        const char *line = "";
        if (said || wants(tree, hf_sipdiag_doctor_summary)) {
            char *summary = sipdiag_detection_summary(d, sipdiag_prefs_lang());
            line = wmem_strdup(pinfo->pool, summary);
            g_free(summary);
        }
        proto_item *ti;
        proto_tree *sub = proto_tree_add_subtree_format(tree, at.tvb, at.start, at.length,
                                                        ett_sipdiag_doctor, &ti,
                                                        "Call doctor: %s", line);
        proto_item_set_generated(proto_tree_add_string(sub, hf_sipdiag_doctor, at.tvb, at.start,
                                                       at.length,
                                                       sipdiag_detection_key(d->kind)));
        add_text(sub, hf_sipdiag_doctor_summary, at, line);
        proto_item_set_generated(proto_tree_add_boolean(sub, hf_sipdiag_doctor_certain, at.tvb,
                                                        at.start, at.length, d->certain));
        add_frame_link(sub, hf_sipdiag_doctor_first, at, d->first);
        add_frame_link(sub, hf_sipdiag_doctor_last, at, d->last);
        add_frame_link(sub, hf_sipdiag_doctor_partner, at, d->partner);
        add_frame_link(sub, hf_sipdiag_doctor_stray_ack, at, d->stray_ack);
        proto_item_set_generated(proto_tree_add_uint(sub, hf_sipdiag_doctor_count, at.tvb,
                                                     at.start, at.length, d->count));
        proto_item_set_generated(proto_tree_add_double(sub, hf_sipdiag_doctor_span, at.tvb,
                                                       at.start, at.length, d->span));
        if (d->timer != NULL)
            proto_tree_add_string(sub, hf_sipdiag_doctor_timer, at.tvb, at.start, at.length,
                                  d->timer);
        if (d->peer != NULL)
            proto_tree_add_string(sub, hf_sipdiag_doctor_peer, at.tvb, at.start, at.length,
                                  d->peer);
        add_text(sub, hf_sipdiag_doctor_fix, at,
                 sipdiag_detection_texts(d->kind, sipdiag_prefs_lang())->fix);
        if (said)
            expert_add_info_format(pinfo, ti, ei, "%s",
                                   fit_label(wmem_strdup(pinfo->pool, line)));
    }
}

/* A fork's further leg (on the response that opened it) or a B2BUA leg
 * linked to another (on its INVITE). */
static void
add_leg(proto_tree *tree, packet_info *pinfo, anchor_t at, const sipdiag_leg_event_t *leg)
{
    if (leg == NULL)
        return;
    proto_item *ti;
    proto_tree *sub;
    if (leg->leg != 0) {
        sub = proto_tree_add_subtree_format(tree, at.tvb, at.start, at.length,
                                            ett_sipdiag_call_leg, &ti,
                                            "Call leg %u: the INVITE in frame %u forked", leg->leg,
                                            leg->invite);
        proto_item_set_generated(proto_tree_add_uint(sub, hf_sipdiag_call_leg, at.tvb, at.start,
                                                     at.length, leg->leg));
        add_frame_link(sub, hf_sipdiag_call_leg_invite, at, leg->invite);
        add_frame_link(sub, hf_sipdiag_call_leg_first, at, leg->first_leg);
        if (sipdiag_tree_wants_expert(tree, &ei_sipdiag_call_leg))
            expert_add_info_format(pinfo, ti, &ei_sipdiag_call_leg,
                               "Forked call: leg %u of the INVITE in frame %u (first leg in "
                               "frame %u)", leg->leg, leg->invite, leg->first_leg);
    }
    if (leg->linked_invite != 0) {
        bool probable = leg->linked_by == SIPDIAG_LINK_NUMBERS_AND_TIME;
        const char *by = sipdiag_link_name(leg->linked_by);
        sub = proto_tree_add_subtree_format(tree, at.tvb, at.start, at.length,
                                            ett_sipdiag_call_leg, &ti,
                                            "Call leg: %s the call of the INVITE in frame %u "
                                            "(%s)", probable ? "probably" : "part of",
                                            leg->linked_invite, by);
        add_frame_link(sub, hf_sipdiag_call_linked, at, leg->linked_invite);
        if (leg->linked_call_id != NULL)
            proto_item_set_generated(proto_tree_add_string(sub, hf_sipdiag_call_leg_call_id,
                                                           at.tvb, at.start, at.length,
                                                           leg->linked_call_id));
        proto_item_set_generated(proto_tree_add_string(sub, hf_sipdiag_call_leg_linked_by, at.tvb,
                                                       at.start, at.length, by));
        if (probable)
            proto_item_set_generated(proto_tree_add_boolean(sub, hf_sipdiag_call_leg_probable,
                                                            at.tvb, at.start, at.length, true));
        if (sipdiag_tree_wants_expert(tree, &ei_sipdiag_call_leg))
            expert_add_info_format(pinfo, ti, &ei_sipdiag_call_leg,
                               probable ? "B2BUA leg: probably the same call as the INVITE in "
                                          "frame %u (same numbers, within 1 s)"
                                        : "B2BUA leg: the same call as the INVITE in frame %u "
                                          "(%s)",
                               leg->linked_invite, by);
    }
}

void
sipdiag_tree_add_legs(proto_tree *tree, packet_info *pinfo, tvbuff_t *tvb,
                      const sipdiag_call_outcome_t *call)
{
    anchor_t at = { tvb, 0, 0 };
    proto_item *top = proto_tree_add_item(tree, proto_sipdiag, tvb, 0, 0, ENC_NA);
    proto_item_append_text(top, ": call legs at the end of the capture");
    proto_tree *sub = proto_item_add_subtree(top, ett_sipdiag);
    if (call->legs >= 2) {
        proto_item *ti = proto_tree_add_uint_format_value(
            sub, hf_sipdiag_call_legs, tvb, 0, 0, call->legs, "%s%u (the INVITE forked)",
            call->legs_at_least ? "at least " : "", call->legs);
        proto_item_set_generated(ti);
    }
    /* The later leg showed the link on its own INVITE when it came. */
    if (call->linked_invite > call->invite) {
        sipdiag_leg_event_t leg = { .linked_invite = call->linked_invite,
                                    .linked_call_id = call->linked_call_id,
                                    .linked_by = call->linked_by };
        add_leg(sub, pinfo, at, &leg);
    }
}

void
sipdiag_tree_add_findings(proto_tree *tree, packet_info *pinfo, tvbuff_t *tvb,
                          const sipdiag_detection_t *found, unsigned count)
{
    anchor_t at = { tvb, 0, 0 };
    proto_item *top = proto_tree_add_item(tree, proto_sipdiag, tvb, 0, 0, ENC_NA);
    proto_item_append_text(top, ": call doctor at the end of the capture");
    add_detections(proto_item_add_subtree(top, ett_sipdiag), pinfo, at, found, count);
}

/* The frames the verdict rests on, as links: the request answered (with
 * its credentials), and those behind the rule's facts. */
static void
add_evidence(proto_tree *sub, anchor_t at, const sipdiag_rule_t *rule,
             const sipdiag_evidence_t *evidence)
{
    unsigned kinds = sipdiag_rule_evidence_kinds(rule);
    proto_tree *tree = NULL;
    for (unsigned kind = 0; kind < SIPDIAG_EVIDENCE_COUNT; kind++) {
        if ((kinds & (1u << kind)) == 0 || evidence->frames[kind] == 0)
            continue;
        if (tree == NULL)
            tree = proto_tree_add_subtree(sub, at.tvb, at.start, at.length, ett_sipdiag_evidence,
                                          NULL, "Evidence");
        proto_item *ti = proto_tree_add_uint(tree, hf_sipdiag_evidence[kind], at.tvb, at.start,
                                             at.length, evidence->frames[kind]);
        proto_item_set_generated(ti);
        if (kind == SIPDIAG_EVIDENCE_REQUEST && evidence->credentials != 0) {
            ti = proto_tree_add_string(tree, hf_sipdiag_evidence_credentials, at.tvb, at.start,
                                       at.length, sipdiag_credentials_name(evidence->credentials));
            proto_item_set_generated(ti);
            if (evidence->realm != NULL) {
                ti = proto_tree_add_string(tree, hf_sipdiag_evidence_realm, at.tvb, at.start,
                                           at.length, evidence->realm);
                proto_item_set_generated(ti);
            }
        }
    }
}

/* The rule's verdict, why (with the evidence in words) and name. */
static void
add_verdict(proto_tree *sub, proto_item *top, packet_info *pinfo, anchor_t at,
            const sipdiag_rule_t *rule, const sipdiag_evidence_t *evidence)
{
    const sipdiag_rule_texts_t *texts = sipdiag_rule_texts(rule, sipdiag_prefs_lang());
    proto_item *ti;
    if (rule->verdict != SIPDIAG_VERDICT_NEUTRAL) {
        bool expected = rule->verdict == SIPDIAG_VERDICT_EXPECTED;
        ti = proto_tree_add_boolean(sub, hf_sipdiag_expected, at.tvb, at.start, at.length,
                                    expected);
        proto_item_set_generated(ti);
        proto_item_append_text(top, ", %s", expected ? "expected" : "fault");
    }
    if (wants(sub, hf_sipdiag_context)) {
        char *in_words = sipdiag_rule_evidence_text(rule, sipdiag_prefs_lang(), evidence);
        const char *context = in_words != NULL ? wmem_strdup_printf(pinfo->pool, "%s; %s",
                                                                    texts->context, in_words)
                                               : texts->context;
        g_free(in_words);
        ti = proto_tree_add_string(sub, hf_sipdiag_context, at.tvb, at.start, at.length,
                                   context);
        proto_item_set_generated(ti);
    }
    ti = proto_tree_add_string(sub, hf_sipdiag_rule, at.tvb, at.start, at.length, rule->id);
    proto_item_set_generated(ti);
}

void
sipdiag_tree_add_response(proto_tree *tree, packet_info *pinfo, const sipdiag_message_t *m,
                          const sipdiag_note_t *note)
{
    anchor_t at = anchor_of(m);
    sipdiag_lookup_t lk;
    char status_note[160];
    shown_texts_t texts = { "", "", "", "" };
    const sipdiag_override_t *site = NULL;
    /* Without the history, only what the response says of itself is known. */
    const sipdiag_rule_t *rule = note->no_history
        ? sipdiag_judge_known(m->code, m->method, note->facts, SIPDIAG_FACTS_OF_RESPONSE)
        : sipdiag_judge(m->code, m->method, note->facts);

    sipdiag_lookup(m->code, &lk);
    sipdiag_status_note(&lk, status_note, sizeof status_note);

    proto_item *top = proto_tree_add_item(tree, proto_sipdiag, at.tvb, at.start, at.length,
                                          ENC_NA);
    proto_tree *sub = proto_item_add_subtree(top, ett_sipdiag);

    proto_tree_add_uint(sub, hf_sipdiag_code, at.tvb, at.start, at.length, m->code);
    expert_field *ei = response_ei(&lk, rule);
    bool expert_shown = ei != NULL && sipdiag_tree_wants_expert(tree, ei);
    if (lk.row != NULL) {
        /* The Reason causes pick a site's texts: parsed only if a text is read. */
        if (expert_shown || wants(sub, hf_sipdiag_summary) || wants(sub, hf_sipdiag_description)
            || wants(sub, hf_sipdiag_scenario) || wants(sub, hf_sipdiag_remediation)
            || wants(sub, hf_sipdiag_override)) {
            unsigned causes[SIPDIAG_MAX_VALUES * SIPDIAG_MAX_VALUES];
            site = sipdiag_prefs_override(m->code, m->method, causes,
                                          q850_causes(m, causes, G_N_ELEMENTS(causes)));
        }
        texts = texts_to_show(sipdiag_texts(lk.row, sipdiag_prefs_lang()), site);
        proto_item_append_text(top, ": %u %s (%s, %s)", m->code,
                               lk.status == SIPDIAG_UNREGISTERED ? "unregistered" : lk.row->phrase,
                               val_to_str_const(lk.klass, class_vals, "?"),
                               sipdiag_category_key(lk.row->category));
        if (lk.status != SIPDIAG_UNREGISTERED)
            proto_tree_add_string(sub, hf_sipdiag_phrase, at.tvb, at.start, at.length,
                                  lk.row->phrase);
        proto_tree_add_uint(sub, hf_sipdiag_class, at.tvb, at.start, at.length, lk.klass);
        proto_tree_add_string(sub, hf_sipdiag_category, at.tvb, at.start, at.length,
                              sipdiag_category_key(lk.row->category));
        proto_tree_add_uint(sub, hf_sipdiag_rfc, at.tvb, at.start, at.length, lk.row->rfc);
    } else {
        proto_item_append_text(top, ": %u invalid", m->code);
    }
    proto_tree_add_boolean(sub, hf_sipdiag_registered, at.tvb, at.start, at.length,
                           lk.status == SIPDIAG_REGISTERED);
    if (status_note[0] != '\0')
        proto_tree_add_string(sub, hf_sipdiag_note, at.tvb, at.start, at.length, status_note);
    if (m->method != NULL)
        proto_tree_add_string(sub, hf_sipdiag_method, at.tvb, at.start, at.length, m->method);
    if (rule != NULL)
        add_verdict(sub, top, pinfo, at, rule, &note->evidence);
    add_evidence(sub, at, rule, &note->evidence);
    if (site != NULL)
        add_override(sub, pinfo, at, site);
    if (lk.row != NULL) {
        add_text(sub, hf_sipdiag_summary, at, texts.summary);
        add_text(sub, hf_sipdiag_description, at, texts.description);
        add_text(sub, hf_sipdiag_scenario, at, texts.scenario);
        /* The fix for this verdict first, then the code's generic one. */
        if (rule != NULL)
            add_text(sub, hf_sipdiag_remediation, at,
                     sipdiag_rule_texts(rule, sipdiag_prefs_lang())->fix);
        add_text(sub, hf_sipdiag_remediation, at, texts.remediation);
    }
    add_reasons(sub, pinfo, at, m);
    add_warnings(sub, pinfo, at, m);
    if (note->transfer != NULL)
        add_transfer_on_response(sub, pinfo, at, note->transfer);
    add_detections(sub, pinfo, at, note->detections, note->n_detections);
    sipdiag_call_fields_add(sub, pinfo, at.tvb, at.start, at.length, note->call,
                            note->call_whole_capture);
    sipdiag_regs_add(sub, pinfo, at.tvb, at.start, at.length, note);
    add_leg(sub, pinfo, at, note->leg);
    if (note->state_full)
        expert_add_info(pinfo, top, &ei_sipdiag_state_full);
    if (note->no_history)
        expert_add_info(pinfo, top, &ei_sipdiag_no_history);
    sipdiag_stats_count(pinfo, &lk, m->method, rule);
    if (expert_shown)
        add_response_expert(top, pinfo, m, &lk, ei, rule, &texts, status_note, site);
}

void
sipdiag_tree_add_request(proto_tree *tree, packet_info *pinfo, const sipdiag_message_t *m,
                         const sipdiag_note_t *note)
{
    if (note != NULL && note->report != 0) {
        add_transfer_report(tree, pinfo, m, note);
        return;
    }
    bool state_full = note != NULL && note->state_full;
    unsigned findings = note != NULL ? note->n_detections : 0;
    const sipdiag_call_outcome_t *call = note != NULL ? note->call : NULL;
    unsigned reg_findings = note != NULL ? note->n_reg_detections : 0;
    const sipdiag_leg_event_t *leg = note != NULL ? note->leg : NULL;
    if (m->reasons.count == 0 && !state_full && findings == 0 && call == NULL
        && reg_findings == 0 && leg == NULL)
        return;
    anchor_t at = anchor_of(m);
    proto_item *top = proto_tree_add_item(tree, proto_sipdiag, at.tvb, at.start, at.length,
                                          ENC_NA);
    proto_tree *sub = proto_item_add_subtree(top, ett_sipdiag);
    if (state_full)
        expert_add_info(pinfo, top, &ei_sipdiag_state_full);
    if (findings > 0)
        add_detections(sub, pinfo, at, note->detections, findings);
    if (call != NULL)
        sipdiag_call_fields_add(sub, pinfo, at.tvb, at.start, at.length, call,
                                note->call_whole_capture);
    if (reg_findings > 0)
        sipdiag_regs_add(sub, pinfo, at.tvb, at.start, at.length, note);
    add_leg(sub, pinfo, at, leg);
    if (m->reasons.count == 0)
        return;
    /* A Reason on a BYE or CANCEL says why the call ended. */
    proto_item_append_text(top, ": why this %s", m->method != NULL ? m->method : "request");
    add_reasons(sub, pinfo, at, m);
}
