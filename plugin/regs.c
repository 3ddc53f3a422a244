/* regs.c - registrations and subscriptions in the packets and tables
 * (regs.h).
 *
 * As for calls (callfields.c), what a response shows is the binding as
 * the frames up to it left it, kept from the pass that read it; the
 * detections are shown on the frame where they became certain: a second
 * refusal in a row on its response, an expiry on the first SIP frame past
 * it, an unanswered request on the first frame 64*T1 after it.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "regs.h"
#include "ws_compat.h"

#include <epan/expert.h>
#include <epan/proto.h>
#include <epan/tap.h>
#include <string.h>

#include "prefs.h"
#include "rowtable.h"

/* At most this many bindings are followed per file. */
#define MAX_BINDINGS 200000

static sipdiag_regs_t *regs;
static int regs_tap = -1;

static int hf_reg = -1;
static int hf_reg_aor = -1;
static int hf_reg_event = -1;
static int hf_reg_contact = -1;
static int hf_reg_source = -1;
static int hf_reg_expires = -1;
static int hf_reg_refreshes = -1;
static int hf_reg_challenges = -1;
static int hf_reg_failures = -1;
static int hf_reg_first = -1;
static int hf_reg_granted = -1;
static int hf_reg_detection = -1;
static int hf_reg_summary = -1;
static int hf_reg_fix = -1;
static int hf_reg_request = -1;
static int hf_reg_failure = -1;
static int hf_reg_failed_by = -1;
static int hf_reg_failed_agent = -1;
static int hf_reg_in_row = -1;
static int ett_reg = -1;
static int ett_reg_detection = -1;

static expert_field ei_reg_failing = EI_INIT;
static expert_field ei_reg_expired = EI_INIT;
static expert_field ei_reg_unanswered = EI_INIT;

static expert_field *const ei_of_kind[SIPDIAG_REG_DETECT_COUNT] = {
    [SIPDIAG_REG_DETECT_FAILING] = &ei_reg_failing,
    [SIPDIAG_REG_DETECT_EXPIRED] = &ei_reg_expired,
    [SIPDIAG_REG_DETECT_UNANSWERED] = &ei_reg_unanswered,
};

#define REG_STRING(hf, name, abbrev, blurb) \
    { &hf, { name, abbrev, FT_STRING, BASE_NONE, NULL, 0x0, blurb, HFILL } }
#define REG_UINT(hf, name, abbrev, blurb) \
    { &hf, { name, abbrev, FT_UINT32, BASE_DEC, NULL, 0x0, blurb, HFILL } }
#define REG_FRAME(hf, name, abbrev, blurb) \
    { &hf, { name, abbrev, FT_FRAMENUM, BASE_NONE, NULL, 0x0, blurb, HFILL } }

/* The registrations table. */
enum { COL_AOR, COL_CONTACT, COL_SOURCE, COL_OUTCOME, COL_EXPIRES, COL_REFRESHES, COL_FAILURES,
       COL_LAST_CODE, COL_FRAMES, REG_COLUMNS };

static stat_tap_table_item reg_columns[REG_COLUMNS] = {
    [COL_AOR] = { TABLE_ITEM_STRING, TAP_ALIGN_LEFT, "AOR", "%s" },
    [COL_CONTACT] = { TABLE_ITEM_STRING, TAP_ALIGN_LEFT, "Contact", "%s" },
    [COL_SOURCE] = { TABLE_ITEM_STRING, TAP_ALIGN_LEFT, "Source", "%s" },
    [COL_OUTCOME] = { TABLE_ITEM_STRING, TAP_ALIGN_LEFT, "Outcome", "%s" },
    [COL_EXPIRES] = { TABLE_ITEM_STRING, TAP_ALIGN_RIGHT, "Expires (s)", "%s" },
    [COL_REFRESHES] = { TABLE_ITEM_UINT, TAP_ALIGN_RIGHT, "Refreshes", "%u" },
    [COL_FAILURES] = { TABLE_ITEM_UINT, TAP_ALIGN_RIGHT, "Failures", "%u" },
    [COL_LAST_CODE] = { TABLE_ITEM_STRING, TAP_ALIGN_RIGHT, "Last code", "%s" },
    [COL_FRAMES] = { TABLE_ITEM_STRING, TAP_ALIGN_LEFT, "Frames", "%s" },
};

#define REGS_TABLE "Registrations and subscriptions"

static sipdiag_rows_t reg_rows;
static bool rows_whole; /* the rows were all written from the whole capture */

void
sipdiag_regs_init(void)
{
    sipdiag_regs_free(regs);
    regs = sipdiag_regs_new(MAX_BINDINGS);
}

void
sipdiag_regs_cleanup(void)
{
    sipdiag_regs_free(regs);
    regs = NULL;
}

const sipdiag_regs_t *
sipdiag_regs_model(void)
{
    return regs;
}

void
sipdiag_regs_learn(const sipdiag_message_t *m, packet_info *pinfo, const char *src,
                   sipdiag_note_t *note)
{
    if (regs == NULL)
        return;
    sipdiag_reg_msg_t record = { .frame = pinfo->num, .time = nstime_to_sec(&pinfo->abs_ts) };
    /* messages.c reads the AOR of REGISTER and SUBSCRIBE only; the other
     * messages only move the model's clock. */
    if (m->to_uri != NULL)
        record = (sipdiag_reg_msg_t){
            .frame = pinfo->num, .time = record.time, .is_response = m->is_response,
            .code = m->code, .method = m->method, .has_cseq = m->has_cseq, .cseq = m->cseq,
            .call_id = m->call_id, .aor = m->to_uri, .event = m->event, .contact = m->contact,
            .expires = m->expires, .credentials = m->credentials,
            .stale_nonce = m->stale_nonce, .src = src, .server = m->server,
        };
    int index = sipdiag_regs_feed(regs, &record);
    sipdiag_reg_detection_t found[4];
    unsigned count = MIN(sipdiag_regs_detections(regs, found, G_N_ELEMENTS(found)),
                         G_N_ELEMENTS(found));
    if (count > 0) {
        note->reg_detections = wmem_memdup(wmem_file_scope(), found, count * sizeof found[0]);
        note->n_reg_detections = (guint8)count;
    }
    if (index < 0)
        return;
    note->registration_row = (guint32)index + 1;
    sipdiag_reg_binding_t binding;
    if (m->is_response && m->code >= 200 && sipdiag_regs_at(regs, (unsigned)index, &binding))
        note->registration = wmem_memdup(wmem_file_scope(), &binding, sizeof binding);
}

static void
add_frame(proto_tree *tree, int hf, tvbuff_t *tvb, int start, int length, guint32 frame)
{
    if (frame != 0)
        proto_item_set_generated(proto_tree_add_uint(tree, hf, tvb, start, length, frame));
}

static void
add_string(proto_tree *tree, int hf, tvbuff_t *tvb, int start, int length, const char *value)
{
    if (value != NULL)
        proto_item_set_generated(proto_tree_add_string(tree, hf, tvb, start, length, value));
}

static void
add_binding(proto_tree *tree, tvbuff_t *tvb, int start, int length,
            const sipdiag_reg_binding_t *b)
{
    proto_item *ti = proto_tree_add_string(tree, hf_reg, tvb, start, length,
                                           sipdiag_reg_outcome_key(b->outcome, b->subscription));
    proto_item_set_generated(ti);
    proto_item_append_text(ti, " (as known at this frame)");
    proto_tree *sub = proto_item_add_subtree(ti, ett_reg);
    add_string(sub, hf_reg_aor, tvb, start, length, b->aor);
    add_string(sub, hf_reg_event, tvb, start, length, b->event);
    add_string(sub, hf_reg_contact, tvb, start, length, b->contact);
    add_string(sub, hf_reg_source, tvb, start, length, b->source);
    if (b->expires >= 0)
        proto_item_set_generated(proto_tree_add_uint(sub, hf_reg_expires, tvb, start, length,
                                                     (guint32)MIN(b->expires, G_MAXUINT32)));
    proto_item_set_generated(proto_tree_add_uint(sub, hf_reg_refreshes, tvb, start, length,
                                                 b->refreshes));
    proto_item_set_generated(proto_tree_add_uint(sub, hf_reg_challenges, tvb, start, length,
                                                 b->challenges));
    proto_item_set_generated(proto_tree_add_uint(sub, hf_reg_failures, tvb, start, length,
                                                 b->failures));
    add_frame(sub, hf_reg_first, tvb, start, length, b->first);
    add_frame(sub, hf_reg_granted, tvb, start, length, b->last_success);
}

static void
add_detection(proto_tree *tree, packet_info *pinfo, tvbuff_t *tvb, int start, int length,
              const sipdiag_reg_detection_t *d)
{
    /* The summary is written out only if read (tree.c's wants()). */
    bool said = sipdiag_tree_wants_expert(tree, ei_of_kind[d->kind]);
    const char *line = "";
    if (said || proto_field_is_referenced(tree, hf_reg_summary)) {
        char *summary = sipdiag_reg_summary(d, sipdiag_prefs_lang());
        line = wmem_strdup(pinfo->pool, summary);
        g_free(summary);
    }
    proto_item *ti;
    proto_tree *sub = proto_tree_add_subtree_format(tree, tvb, start, length, ett_reg_detection,
                                                    &ti, "Registration: %s", line);
    const sipdiag_reg_binding_t *b = &d->binding;
    add_string(sub, hf_reg_detection, tvb, start, length, sipdiag_reg_detection_key(d->kind));
    add_string(sub, hf_reg_summary, tvb, start, length, line);
    add_string(sub, hf_reg_aor, tvb, start, length, b->aor);
    add_string(sub, hf_reg_event, tvb, start, length, b->event);
    add_string(sub, hf_reg_contact, tvb, start, length, b->contact);
    add_frame(sub, hf_reg_request, tvb, start, length, b->last_request);
    if (d->kind == SIPDIAG_REG_DETECT_FAILING) {
        proto_item_set_generated(proto_tree_add_uint(sub, hf_reg_in_row, tvb, start, length,
                                                     b->failures_in_row));
        add_frame(sub, hf_reg_failure, tvb, start, length, b->last_failure);
        add_string(sub, hf_reg_failed_by, tvb, start, length, b->failed_from);
        add_string(sub, hf_reg_failed_agent, tvb, start, length, b->failed_server);
    }
    if (d->kind == SIPDIAG_REG_DETECT_EXPIRED) {
        add_frame(sub, hf_reg_granted, tvb, start, length, b->last_success);
        proto_item_set_generated(proto_tree_add_uint(sub, hf_reg_expires, tvb, start, length,
                                                     (guint32)MIN(b->expires, G_MAXUINT32)));
    }
    add_string(sub, hf_reg_fix, tvb, start, length,
               sipdiag_reg_texts(d->kind, sipdiag_prefs_lang())->fix);
    if (said)
        expert_add_info_format(pinfo, ti, ei_of_kind[d->kind], "%s", line);
}

void
sipdiag_regs_add(proto_tree *tree, packet_info *pinfo, tvbuff_t *tvb, int start, int length,
                 const sipdiag_note_t *note)
{
    if (note->registration != NULL)
        add_binding(tree, tvb, start, length, note->registration);
    for (unsigned i = 0; i < note->n_reg_detections; i++)
        add_detection(tree, pinfo, tvb, start, length, &note->reg_detections[i]);
}

/* Table rows. */

typedef struct {
    bool whole_capture;
    unsigned count;
    guint32 rows[];      /* binding index + 1 */
} regs_tap_t;

static void
write_row(stat_tap_table *table, unsigned index)
{
    sipdiag_reg_binding_t b;
    if (!sipdiag_regs_at(regs, index, &b))
        return;
    char aor[512], expires[24], code[8], frames[96], key[16];
    if (b.subscription)
        g_snprintf(aor, sizeof aor, "%s (%s)", b.aor, b.event != NULL ? b.event : "");
    else
        g_strlcpy(aor, b.aor, sizeof aor);
    if (b.expires >= 0)
        g_snprintf(expires, sizeof expires, "%" G_GINT64_FORMAT, b.expires);
    else
        g_strlcpy(expires, "-", sizeof expires);
    if (b.last_code != 0)
        g_snprintf(code, sizeof code, "%u", b.last_code);
    else
        g_strlcpy(code, "-", sizeof code);
    /* The frames to look at: the first request, the latest grant, the
     * latest failure, what made expired or unanswered certain. */
    int n = g_snprintf(frames, sizeof frames, "#%u", b.first);
    if (b.last_success != 0 && n < (int)sizeof frames)
        n += g_snprintf(frames + n, sizeof frames - (size_t)n, " ok #%u", b.last_success);
    if (b.last_failure != 0 && n < (int)sizeof frames)
        n += g_snprintf(frames + n, sizeof frames - (size_t)n, " failed #%u", b.last_failure);
    if (b.decided != 0 && n < (int)sizeof frames)
        g_snprintf(frames + n, sizeof frames - (size_t)n, " certain #%u", b.decided);
    stat_tap_table_item_type cells[REG_COLUMNS] = {
        [COL_AOR] = sipdiag_cell_string(aor),
        [COL_CONTACT] = sipdiag_cell_string(b.contact),
        [COL_SOURCE] = sipdiag_cell_string(b.source),
        [COL_OUTCOME] = sipdiag_cell_string(sipdiag_reg_outcome_key(b.outcome, b.subscription)),
        [COL_EXPIRES] = sipdiag_cell_string(expires),
        [COL_REFRESHES] = sipdiag_cell_uint(b.refreshes),
        [COL_FAILURES] = sipdiag_cell_uint(b.failures),
        [COL_LAST_CODE] = sipdiag_cell_string(code),
        [COL_FRAMES] = sipdiag_cell_string(frames),
    };
    g_snprintf(key, sizeof key, "%u", index);
    sipdiag_rows_set(table, &reg_rows, key, cells);
}

static tap_packet_status
regs_packet(void *tapdata, packet_info *pinfo _U_, epan_dissect_t *edt _U_, const void *data,
            tap_flags_t flags _U_)
{
    const regs_tap_t *tap = data;
    if (regs == NULL)
        return TAP_PACKET_DONT_REDRAW;
    stat_tap_table *table = sipdiag_rows_table(tapdata);
    if (tap->whole_capture) {
        /* A later pass: the model is the whole capture's; every row once. */
        if (rows_whole)
            return TAP_PACKET_DONT_REDRAW;
        rows_whole = true;
        for (unsigned i = 0; i < sipdiag_regs_count(regs); i++)
            write_row(table, i);
        return TAP_PACKET_REDRAW;
    }
    for (unsigned i = 0; i < tap->count; i++)
        write_row(table, tap->rows[i] - 1);
    return tap->count > 0 ? TAP_PACKET_REDRAW : TAP_PACKET_DONT_REDRAW;
}

bool
sipdiag_regs_listening(void)
{
    return have_tap_listener(regs_tap);
}

void
sipdiag_regs_tap(packet_info *pinfo, const sipdiag_note_t *notes, unsigned count,
                 bool whole_capture)
{
    if (!sipdiag_regs_listening())
        return;
    unsigned most = 0;
    for (unsigned i = 0; notes != NULL && i < count; i++)
        most += 1 + notes[i].n_reg_detections;
    regs_tap_t *tap = wmem_alloc(pinfo->pool, sizeof *tap + most * sizeof tap->rows[0]);
    tap->whole_capture = whole_capture;
    tap->count = 0;
    for (unsigned i = 0; notes != NULL && i < count; i++) {
        if (notes[i].registration_row != 0)
            tap->rows[tap->count++] = notes[i].registration_row;
        /* An expiry is certain on a frame of another binding, or of a call. */
        for (unsigned j = 0; j < notes[i].n_reg_detections; j++)
            tap->rows[tap->count++] = notes[i].reg_detections[j].binding_index + 1;
    }
    tap_queue_packet(regs_tap, pinfo, tap);
}

static void
regs_table_init(stat_tap_table_ui *ui)
{
    rows_whole = false;
    sipdiag_rows_init(ui, REGS_TABLE, REG_COLUMNS, &reg_rows);
}

static void
regs_table_reset(stat_tap_table *table)
{
    rows_whole = false;
    sipdiag_rows_reset(table, &reg_rows);
}

static stat_tap_table_ui regs_ui = {
    SIPDIAG_STAT_GROUP_TELEPHONY,
    "SIP Diagnostics/Registrations",
    "sipdiag_registrations",
    "sipdiag,registrations",
    regs_table_init,
    regs_packet,
    regs_table_reset,
    sipdiag_rows_free_item,
    NULL,
    G_N_ELEMENTS(reg_columns), reg_columns,
    0, NULL,
    NULL,
    0,
};

void
sipdiag_regs_register(int proto)
{
    static hf_register_info hf[] = {
        REG_STRING(hf_reg, "Registration", "sipdiag.registration",
                   "The binding (REGISTER: AOR and Contact) or subscription (SUBSCRIBE: To, "
                   "Event and Contact) as the frames up to this one show it: pending, "
                   "challenged, registered (active), failing, unanswered, deregistered "
                   "(unsubscribed), expired"),
        REG_STRING(hf_reg_aor, "Address of record", "sipdiag.registration.aor",
                   "The To URI of the REGISTER or SUBSCRIBE"),
        REG_STRING(hf_reg_event, "Event package", "sipdiag.registration.event",
                   "The Event of a SUBSCRIBE"),
        REG_STRING(hf_reg_contact, "Contact", "sipdiag.registration.contact",
                   "The first Contact URI of the request: the binding"),
        REG_STRING(hf_reg_source, "Registered from", "sipdiag.registration.source",
                   "The address its first request came from"),
        REG_UINT(hf_reg_expires, "Expires granted (s)", "sipdiag.registration.expires",
                 "Seconds granted by the latest 2xx: its Contact's expires, else its Expires, "
                 "else what the request asked"),
        REG_UINT(hf_reg_refreshes, "Refreshes", "sipdiag.registration.refreshes",
                 "2xx responses that renewed a binding already registered"),
        REG_UINT(hf_reg_challenges, "Challenges", "sipdiag.registration.challenges",
                 "401/407 to requests without credentials: the normal first step"),
        REG_UINT(hf_reg_failures, "Failures", "sipdiag.registration.failures",
                 "Other final responses >= 300, 401/407 to requests with credentials included"),
        REG_FRAME(hf_reg_first, "First request in frame", "sipdiag.registration.first",
                  "The binding's first REGISTER or SUBSCRIBE"),
        REG_FRAME(hf_reg_granted, "Granted in frame", "sipdiag.registration.granted",
                  "The latest 2xx that granted it"),
        REG_STRING(hf_reg_detection, "Registration finding", "sipdiag.registration.finding",
                   "failing, expired or unanswered (docs/call-doctor.md)"),
        REG_STRING(hf_reg_summary, "Finding", "sipdiag.registration.summary",
                   "The finding in one line"),
        REG_STRING(hf_reg_fix, "How to fix it", "sipdiag.registration.fix",
                   "What to check, most likely cause first"),
        REG_FRAME(hf_reg_request, "Latest request in frame", "sipdiag.registration.request",
                  "The latest REGISTER or SUBSCRIBE for the binding (first transmission)"),
        REG_FRAME(hf_reg_failure, "Latest failure in frame", "sipdiag.registration.failure",
                  "The latest failure response"),
        REG_STRING(hf_reg_failed_by, "Refused by", "sipdiag.registration.failed_by",
                   "The address that sent the latest failure"),
        REG_STRING(hf_reg_failed_agent, "Refused by (Server)",
                   "sipdiag.registration.failed_agent",
                   "The Server header of the latest failure"),
        REG_UINT(hf_reg_in_row, "Failures in a row", "sipdiag.registration.in_row",
                 "Failures since the latest 2xx"),
    };
    static int *ett[] = { &ett_reg, &ett_reg_detection };
    static ei_register_info ei[] = {
        { &ei_reg_failing,
          { "sipdiag.registration.failing", PI_SEQUENCE, PI_WARN,
            "A REGISTER or SUBSCRIBE refused again and again", EXPFILL } },
        { &ei_reg_expired,
          { "sipdiag.registration.expired", PI_SEQUENCE, PI_WARN,
            "A registration or subscription expired without a refresh", EXPFILL } },
        { &ei_reg_unanswered,
          { "sipdiag.registration.unanswered", PI_SEQUENCE, PI_WARN,
            "A REGISTER or SUBSCRIBE nobody answered (Timer F)", EXPFILL } },
    };
    proto_register_field_array(proto, hf, array_length(hf));
    proto_register_subtree_array(ett, array_length(ett));
    expert_register_field_array(expert_register_protocol(proto), ei, array_length(ei));
    regs_tap = register_tap("sipdiag_registrations");
    register_stat_tap_table_ui(&regs_ui);
}
