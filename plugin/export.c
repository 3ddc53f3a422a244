/* export.c - `tshark -q -z sipdiag,export`: once the capture has been
 * read, what sipdiag learnt of it as tab-separated records, one a line,
 * the first field naming the record (each kind's columns are announced by
 * a "#" line before the first record):
 *
 *   capture   frames read, time of the last one (seconds from the first),
 *             SIP messages, the texts' language
 *   m         one per SIP message, in capture order: frame, time, source,
 *             destination, Call-ID, method (a response's CSeq method),
 *             code (0 for requests), CSeq number, and for a response its
 *             context rule, verdict and evidence frames ("request=5,..."),
 *             last the registration binding it belongs to (its "reg"
 *             record's number, 0 for none)
 *   f         one per call doctor finding: those a message made certain
 *             ("learnt") and those only the end of the capture tells
 *             ("end"), with their frames, counts, timer and texts
 *   gf        one per registration finding (failing, expired, unanswered),
 *             on the frame that made it certain: the binding, its frames,
 *             summary and fix
 *   sdp       one per SDP offer/answer finding (no-common-codec,
 *             private-address, direction): its frame, Call-ID, offer and
 *             answer frames, summary and fix
 *   c         one per Call-ID followed, in order of first message: its
 *             outcome with frames, times, addresses and the BYE's Reason,
 *             then its legs and the other leg a B2BUA's header links it to
 *   reg       one per registration binding or subscription, in order of
 *             first request: AOR, Event, Contact, source, outcome, what was
 *             granted, counts, the latest final code and the frames
 *   rule      each context rule used: verdict, severity, why, its fix
 *   code      each status code seen: phrase, summary, generic fix
 *
 * Messages are recorded as they are learnt (packet-sipdiag.c calls
 * sipdiag_export_message, sdp_tree.c sipdiag_export_media), so the export
 * costs nothing unless asked for: both return at once when not listening.
 * Strings have their tabs and line breaks turned into spaces.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "export.h"
#include "ws_compat.h"

#include <epan/stat_tap_ui.h>
#include <epan/tap.h>
#include <epan/to_str.h>
#include <stdio.h>

#include "calls.h" /* sipdiag_finished_flows() */
#include "context.h"
#include "doctor.h"
#include "prefs.h"
#include "regs.h" /* sipdiag_regs_model() */
#include "sipdiag.h"

static struct {
    bool listening;
    GString *messages;       /* the "m" and learnt "f" records, in capture order */
    guint32 frames;          /* the latest frame read */
    double last_time;        /* its time from the first frame */
    guint32 sip_messages;
    guint8 codes_seen[1000 / 8];
    GHashTable *rules_seen;  /* sipdiag_rule_t * set */
} state;

/* A string as one field: tabs and line breaks become spaces. */
static void
append_field(GString *out, const char *text)
{
    g_string_append_c(out, '\t');
    if (text == NULL)
        return;
    for (const char *c = text; *c != '\0'; c++)
        g_string_append_c(out, *c == '\t' || *c == '\n' || *c == '\r' ? ' ' : *c);
}

static void
append_uint(GString *out, unsigned value)
{
    g_string_append_printf(out, "\t%u", value);
}

static void
append_finding(GString *out, const sipdiag_detection_t *d, const char *when)
{
    sipdiag_lang_t lang = sipdiag_prefs_lang();
    g_string_append(out, "f");
    append_uint(out, d->frame);
    append_field(out, when);
    append_field(out, sipdiag_detection_key(d->kind));
    unsigned numbers[] = { d->certain, d->first, d->last, d->partner, d->stray_ack, d->count };
    for (unsigned i = 0; i < G_N_ELEMENTS(numbers); i++)
        append_uint(out, numbers[i]);
    g_string_append_printf(out, "\t%.3f\t%.3f", d->span, d->elapsed);
    append_field(out, d->method);
    append_uint(out, d->code);
    const char *strings[] = { d->peer, d->sender, d->timer, d->call_id };
    for (unsigned i = 0; i < G_N_ELEMENTS(strings); i++)
        append_field(out, strings[i]);
    char *summary = sipdiag_detection_summary(d, lang);
    append_field(out, summary);
    g_free(summary);
    append_field(out, sipdiag_detection_texts(d->kind, lang)->fix);
    g_string_append_c(out, '\n');
}

static void
append_reg_finding(GString *out, const sipdiag_reg_detection_t *d)
{
    sipdiag_lang_t lang = sipdiag_prefs_lang();
    const sipdiag_reg_binding_t *b = &d->binding;
    g_string_append(out, "gf");
    append_uint(out, d->frame);
    append_field(out, sipdiag_reg_detection_key(d->kind));
    append_uint(out, d->binding_index + 1);
    g_string_append_printf(out, "\t%.3f", d->elapsed);
    append_uint(out, b->failures_in_row);
    append_uint(out, b->last_request);
    append_uint(out, b->last_failure);
    append_uint(out, b->last_success);
    char *summary = sipdiag_reg_summary(d, lang);
    append_field(out, summary);
    g_free(summary);
    append_field(out, sipdiag_reg_texts(d->kind, lang)->fix);
    g_string_append_c(out, '\n');
}

bool
sipdiag_export_listening(void)
{
    return state.listening;
}

void
sipdiag_export_message(packet_info *pinfo, const sipdiag_message_t *m, const sipdiag_note_t *note)
{
    if (!state.listening)
        return;
    GString *out = state.messages;
    state.sip_messages++;
    g_string_append(out, "m");
    append_uint(out, pinfo->num);
    g_string_append_printf(out, "\t%.6f", nstime_to_sec(&pinfo->rel_ts));
    /* The same "ip:port" the call doctor writes. */
    char *src = address_to_str(NULL, &pinfo->src);
    char *dst = address_to_str(NULL, &pinfo->dst);
    bool v6 = pinfo->src.type == AT_IPv6;
    g_string_append_printf(out, "\t%s%s%s:%u\t%s%s%s:%u", v6 ? "[" : "", src, v6 ? "]" : "",
                           pinfo->srcport, v6 ? "[" : "", dst, v6 ? "]" : "", pinfo->destport);
    wmem_free(NULL, src);
    wmem_free(NULL, dst);
    append_field(out, m->call_id);
    append_field(out, m->method);
    append_uint(out, m->is_response ? m->code : 0);
    if (m->has_cseq)
        append_uint(out, m->cseq);
    else
        append_field(out, NULL);
    const sipdiag_rule_t *rule = m->is_response
                                     ? sipdiag_judge(m->code, m->method, note->facts) : NULL;
    append_field(out, rule != NULL ? rule->id : NULL);
    append_field(out, rule != NULL ? sipdiag_verdict_key(rule->verdict) : NULL);
    /* The frames the verdict rests on, as the tree links them. */
    g_string_append_c(out, '\t');
    unsigned kinds = rule != NULL ? sipdiag_rule_evidence_kinds(rule) : 0;
    const char *comma = "";
    for (unsigned kind = 0; kind < SIPDIAG_EVIDENCE_COUNT; kind++) {
        if ((kinds & (1u << kind)) != 0 && note->evidence.frames[kind] != 0) {
            g_string_append_printf(out, "%s%s=%u", comma, sipdiag_evidence_name(kind),
                                   note->evidence.frames[kind]);
            comma = ",";
        }
    }
    bool with_credentials = (kinds & (1u << SIPDIAG_EVIDENCE_REQUEST)) != 0
                            && note->evidence.frames[SIPDIAG_EVIDENCE_REQUEST] != 0;
    append_field(out, with_credentials ? sipdiag_credentials_name(note->evidence.credentials)
                                       : NULL);
    append_field(out, with_credentials ? note->evidence.realm : NULL);
    append_uint(out, note->registration_row);
    g_string_append_c(out, '\n');
    if (m->is_response && m->code < 1000)
        state.codes_seen[m->code / 8] |= (guint8)(1u << (m->code % 8));
    if (rule != NULL)
        g_hash_table_add(state.rules_seen, (gpointer)rule);
    for (unsigned i = 0; i < note->n_detections; i++)
        append_finding(out, &note->detections[i], "learnt");
    for (unsigned i = 0; i < note->n_reg_detections; i++)
        append_reg_finding(out, &note->reg_detections[i]);
}

void
sipdiag_export_media(const char *call_id, const sipdiag_media_finding_t *found, unsigned count)
{
    if (!state.listening)
        return;
    sipdiag_lang_t lang = sipdiag_prefs_lang();
    GString *out = state.messages;
    for (unsigned i = 0; i < count; i++) {
        const sipdiag_media_finding_t *f = &found[i];
        g_string_append(out, "sdp");
        append_uint(out, f->frame);
        append_field(out, sipdiag_media_key(f->kind));
        append_field(out, call_id);
        append_uint(out, f->offer);
        append_uint(out, f->answer);
        append_uint(out, f->which == SIPDIAG_MEDIA_REFUSED ? f->code : 0);
        append_uint(out, f->stream);
        append_field(out, f->media);
        char *summary = sipdiag_media_summary(f, lang);
        append_field(out, summary);
        g_free(summary);
        append_field(out, sipdiag_media_texts(f->which, lang)->fix);
        g_string_append_c(out, '\n');
    }
}

static void
print_finding_at_end(const sipdiag_detection_t *found, void *data)
{
    append_finding(data, found, "end");
}

static void
print_calls(const sipdiag_flows_t *flows)
{
    unsigned count = flows != NULL ? sipdiag_flows_call_count(flows) : 0;
    GString *out = g_string_new(NULL);
    for (unsigned i = 0; i < count; i++) {
        sipdiag_call_outcome_t call;
        if (!sipdiag_flows_outcome_at(flows, i, &call))
            continue;
        g_string_assign(out, "c");
        append_field(out, call.call_id);
        append_field(out, sipdiag_outcome_key(call.outcome));
        guint32 frames[] = { call.invite, call.ringing, call.answer, call.final, call.cancel,
                             call.bye, call.crossed_bye, call.decided };
        for (unsigned f = 0; f < G_N_ELEMENTS(frames); f++)
            append_uint(out, frames[f]);
        g_string_append_printf(out, "\t%.3f\t%.3f\t%.3f", call.post_dial_delay, call.setup_time,
                               call.duration);
        append_uint(out, call.final_code);
        append_field(out, call.final_from);
        append_field(out, call.final_server);
        append_field(out, call.caller);
        append_field(out, call.callee);
        append_field(out, call.callee_server);
        append_field(out, call.ended_by == SIPDIAG_SIDE_CALLER   ? "caller"
                          : call.ended_by == SIPDIAG_SIDE_CALLEE ? "callee" : "");
        append_field(out, call.ended_from);
        append_field(out, call.reason);
        append_uint(out, call.q850_cause);
        append_uint(out, call.legs);
        append_uint(out, call.legs_at_least);
        append_field(out, call.linked_call_id);
        append_uint(out, call.linked_invite);
        append_field(out, sipdiag_link_name(call.linked_by));
        append_uint(out, call.linked_probably);
        printf("%s\n", out->str);
    }
    g_string_free(out, TRUE);
}

static void
print_registrations(const sipdiag_regs_t *regs)
{
    unsigned count = regs != NULL ? sipdiag_regs_count(regs) : 0;
    GString *out = g_string_new(NULL);
    for (unsigned i = 0; i < count; i++) {
        sipdiag_reg_binding_t b;
        if (!sipdiag_regs_at(regs, i, &b))
            continue;
        g_string_assign(out, "reg");
        append_uint(out, i + 1);
        append_field(out, b.subscription ? "SUBSCRIBE" : "REGISTER");
        append_field(out, b.aor);
        append_field(out, b.event);
        append_field(out, b.contact);
        append_field(out, b.source);
        append_field(out, sipdiag_reg_outcome_key(b.outcome, b.subscription));
        if (b.expires >= 0)
            g_string_append_printf(out, "\t%" G_GINT64_FORMAT, b.expires);
        else
            append_field(out, NULL);
        unsigned numbers[] = { b.successes, b.refreshes, b.challenges, b.failures,
                               b.failures_in_row, b.last_code, b.first, b.last_request,
                               b.last_success, b.last_failure, b.decided };
        for (unsigned n = 0; n < G_N_ELEMENTS(numbers); n++)
            append_uint(out, numbers[n]);
        append_field(out, b.failed_from);
        append_field(out, b.failed_server);
        printf("%s\n", out->str);
    }
    g_string_free(out, TRUE);
}

static void
print_texts(void)
{
    sipdiag_lang_t lang = sipdiag_prefs_lang();
    GString *out = g_string_new(NULL);
    for (unsigned i = 0; i < sipdiag_rule_count; i++) {
        const sipdiag_rule_t *rule = &sipdiag_rules[i];
        if (!g_hash_table_contains(state.rules_seen, rule))
            continue;
        const sipdiag_rule_texts_t *texts = sipdiag_rule_texts(rule, lang);
        g_string_assign(out, "rule");
        append_field(out, rule->id);
        append_field(out, sipdiag_verdict_key(rule->verdict));
        append_field(out, sipdiag_severity_key(rule->severity));
        append_field(out, texts->context);
        append_field(out, texts->fix);
        printf("%s\n", out->str);
    }
    for (unsigned code = 0; code < 1000; code++) {
        sipdiag_lookup_t lk;
        if ((state.codes_seen[code / 8] & (1u << (code % 8))) == 0 || !sipdiag_lookup(code, &lk)
            || lk.row == NULL)
            continue;
        const sipdiag_text_row_t *texts = sipdiag_texts(lk.row, lang);
        g_string_assign(out, "code");
        append_uint(out, code);
        append_field(out, lk.status != SIPDIAG_UNREGISTERED ? lk.row->phrase : "");
        append_field(out, texts != NULL ? texts->summary : NULL);
        append_field(out, texts != NULL ? texts->remediation : NULL);
        printf("%s\n", out->str);
    }
    g_string_free(out, TRUE);
}

static void
draw_export(void *data _U_)
{
    static const char *const langs[] = { "en", "fr", "es" };
    sipdiag_lang_t lang = sipdiag_prefs_lang();
    const sipdiag_flows_t *flows = sipdiag_finished_flows();
    sipdiag_each_finding_at_end(print_finding_at_end, state.messages);
    printf("#sipdiag-export\t1\n");
    printf("# capture frames last-time sip-messages lang\n");
    printf("capture\t%u\t%.6f\t%u\t%s\n", state.frames, state.last_time, state.sip_messages,
           (unsigned)lang < G_N_ELEMENTS(langs) ? langs[lang] : "en");
    printf("# m frame time src dst call-id method code cseq rule verdict evidence credentials"
           " realm binding\n");
    printf("# f frame when kind certain first last partner stray-ack count span elapsed method"
           " code peer sender timer call-id summary fix\n");
    printf("# gf frame kind binding elapsed in-row request failure granted summary fix\n");
    printf("# sdp frame check call-id offer answer code stream media summary fix\n");
    fwrite(state.messages->str, 1, state.messages->len, stdout);
    printf("# c call-id outcome invite ringing answer final cancel bye crossed-bye decided pdd"
           " setup duration final-code final-from final-server caller callee callee-server"
           " ended-by ended-from reason q850 legs legs-at-least linked-call-id linked-invite"
           " linked-by linked-probably\n");
    print_calls(flows);
    printf("# reg binding method aor event contact source outcome expires successes refreshes"
           " challenges failures in-row last-code first last-request granted last-failure"
           " decided failed-from failed-server\n");
    print_registrations(sipdiag_regs_model());
    printf("# rule id verdict severity context fix\n# code code phrase summary fix\n");
    print_texts();
    printf("#end\n");
    g_string_truncate(state.messages, 0);
}

/* Every frame read in order passes the frame tap (packet-frame.c). */
static tap_packet_status
count_frame(void *tapdata _U_, packet_info *pinfo, epan_dissect_t *edt _U_,
            const void *data _U_, tap_flags_t flags _U_)
{
    if (pinfo->num > state.frames) {
        state.frames = pinfo->num;
        state.last_time = nstime_to_sec(&pinfo->rel_ts);
    }
    return TAP_PACKET_DONT_REDRAW;
}

static void
reset_export(void *tapdata _U_)
{
    g_string_truncate(state.messages, 0);
    g_hash_table_remove_all(state.rules_seen);
    memset(state.codes_seen, 0, sizeof state.codes_seen);
    state.frames = 0;
    state.last_time = 0;
    state.sip_messages = 0;
}

static sipdiag_stat_init_t
init_export(const char *opt_arg _U_, void *userdata _U_)
{
    static char listener; /* the listener's identity; its state is file-wide */
    if (state.messages == NULL) {
        state.messages = g_string_sized_new(1 << 16);
        state.rules_seen = g_hash_table_new(g_direct_hash, g_direct_equal);
    }
    GString *error = register_tap_listener("frame", &listener, NULL, TL_REQUIRES_NOTHING,
                                           reset_export, count_frame, draw_export, NULL);
    if (error != NULL) {
        fprintf(stderr, "sipdiag: -z sipdiag,export: %s\n", error->str);
        g_string_free(error, TRUE);
    }
    state.listening = error == NULL;
    SIPDIAG_STAT_INIT_DONE(error == NULL);
}

static stat_tap_ui export_ui = {
    SIPDIAG_STAT_GROUP_TELEPHONY, "SIP Diagnostics: export for the report", "sipdiag,export",
    init_export, 0, NULL,
};

void
sipdiag_export_register(void)
{
    register_stat_tap_ui(&export_ui, NULL);
}
