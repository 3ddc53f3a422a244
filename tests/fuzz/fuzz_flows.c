/* fuzz_flows.c - libFuzzer harness for the flow model (src/flows.c) and the
 * call doctor on it (src/doctor.c): any sequence of requests and
 * responses, in any order, over a few calls, branches, tags, realms and
 * addresses, with a call cap of 3 so that the cap is hit, and capture
 * times that jump past 64*T1 and Timer C.
 * Every 10 input bytes are one message:
 *   byte 0  flags: bit 0 response, bit 1 has CSeq, bit 2 To tag, bit 3
 *           stale, bit 4 Retry-After, bits 5-6 credentials, bit 7 no Call-ID
 *   byte 1  method (a known one by index, or an unknown one)
 *   bytes 2-3 the code (big-endian, any value)
 *   byte 4  CSeq number
 *   byte 5  Call-ID (low 2 bits), branch (next 2, 0: none), From tag (next 2)
 *   byte 6  realm (low 2 bits, 0: none), timer value (the rest)
 *   byte 7  Min-SE / Min-Expires / Expires selector and value
 *   byte 8  time since the previous message, in quarter seconds (x8 when
 *           the top bit is set: up to 508 s)
 *   byte 9  source (low 2 bits, 0: unknown), destination (next 2), To tag
 *           value (next 2), Reason (top 2)
 * Initial INVITEs also get a leg correlation value (byte 4, low 2 bits)
 * under a header kind (byte 4 >> 2), and From and To values (byte 6, bits
 * 2-3 and 4-5).
 * After the last message the capture ends (sipdiag_flows_finish) 0 to 255
 * seconds later, by the last byte of the input.
 * Each response's facts must include what it shows by itself, and its
 * evidence frames must be earlier frames; the rule they lead to renders
 * its evidence or says nothing.  Each detection must be made certain by
 * the frame just fed, with frames, counts, spans and elapsed times that
 * agree with each other and with RFC 3261's 64*T1 and Timer C, and a
 * summary with every slot filled; every call's outcome must agree with
 * the frames it names.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "fuzz_common.h"

#include "context.h"
#include "doctor.h"
#include "flows.h"

#include <glib.h>

static const char *const methods[] = {
    "INVITE", "ACK", "BYE", "CANCEL", "REGISTER", "OPTIONS", "SUBSCRIBE", "NOTIFY",
    "REFER", "UPDATE", "MESSAGE", "PRACK", "INFO", "PUBLISH", "X-UNKNOWN",
};
static const char *const call_ids[] = { "a@h", "b@h", "c@h", "d@h" };
static const char *const names[] = { NULL, "z9hG4bK1", "z9hG4bK2", "z9hG4bK3" };
static const char *const tags[] = { NULL, "t1", "t2", "t3" };
static const char *const realms[] = { NULL, "r1", "r2", "r3" };
static const char *const addresses[] = { NULL, "192.0.2.1:5060", "192.0.2.2:5060",
                                         "10.0.0.3:5060" };
static const char *const reasons[] = { NULL, "Q.850;cause=16", "Q.850;cause=41;text=\"x\"",
                                       "SIP;cause=200, Q.850;cause=" };

#define MESSAGE_BYTES 10

typedef struct {
    uint32_t frame;     /* the latest frame fed */
    double time;        /* its time */
    double end;         /* the capture's end, once finished */
    unsigned finished;  /* detections the end reported */
} state_t;

/* Leg correlation values and From/To values (legs.h), for initial INVITEs. */
static const char *const correlations[] = { NULL, "a@h", "icid-value=\"k1\";x=1",
                                            "00000000000000000000000000000000" };
static const char *const parties[] = { NULL, "<sip:+49 30 555010@h>", "<tel:4930555010>",
                                       "\"x\" <sip:alice@h>" };

/* Kinds claimed on the BYE that shows them, from one transmission on. */
static bool
on_the_bye(sipdiag_detection_kind_t kind)
{
    return kind == SIPDIAG_DETECT_REFRESH_FAILED || kind == SIPDIAG_DETECT_BYE_AT_SESSION_EXPIRY
           || kind == SIPDIAG_DETECT_BYE_AT_64T1;
}

static void
check_summary(const sipdiag_detection_t *d)
{
    for (sipdiag_lang_t lang = SIPDIAG_LANG_EN; lang <= SIPDIAG_LANG_ES; lang++) {
        char *text = sipdiag_detection_summary(d, lang);
        FUZZ_CHECK(text != NULL && strchr(text, '{') == NULL);
        g_free(text);
    }
    FUZZ_CHECK(sipdiag_detection_key(d->kind) != NULL);
}

/* What holds for any detection, found on the way or at the end. */
static void
check_detection(const sipdiag_detection_t *d, const state_t *s)
{
    FUZZ_CHECK((unsigned)d->kind < SIPDIAG_DETECT_COUNT);
    FUZZ_CHECK(d->frame == s->frame);
    FUZZ_CHECK(d->first >= 1 && d->first <= d->last && d->last <= d->frame);
    FUZZ_CHECK(d->partner <= d->frame);
    /* Timer C needs no retransmission: its provisional shows both ways;
     * a BYE shows what it ends. */
    bool once = d->kind == SIPDIAG_DETECT_NO_FINAL || on_the_bye(d->kind);
    FUZZ_CHECK(d->count >= (once ? 1u : 2u) && d->count <= 255);
    /* NO_FINAL's elapsed runs from the latest provisional, not the first send. */
    FUZZ_CHECK(d->span >= 0
               && (d->kind == SIPDIAG_DETECT_NO_FINAL || d->span <= d->elapsed + 1e-9));
    /* Copies 50 ms apart or less are one packet, never a retransmission. */
    FUZZ_CHECK(once || d->span >= 0.05);
    /* A refresh answered has no timer to name. */
    FUZZ_CHECK(d->method != NULL && d->call_id != NULL
               && (d->timer != NULL || (d->kind == SIPDIAG_DETECT_REFRESH_FAILED
                                        && d->partner != 0)));
    FUZZ_CHECK(d->stray_ack == 0 || (d->kind == SIPDIAG_DETECT_NO_ACK || d->kind
                                     == SIPDIAG_DETECT_OK_RETRANSMISSIONS
                                     || d->kind == SIPDIAG_DETECT_BYE_AT_64T1));
    FUZZ_CHECK(d->kind != SIPDIAG_DETECT_BYE_AT_64T1
               || (d->elapsed >= 31.0 && d->elapsed <= 34.0
                   && (d->count == 1 || d->span < 0.05))); /* never retransmitted */
    FUZZ_CHECK(d->kind != SIPDIAG_DETECT_BYE_AT_SESSION_EXPIRY
               || (d->interval > 0 && d->elapsed <= d->interval + 2.0 + 1e-9
                   && d->elapsed >= d->interval - 34.0 - 1e-9));
    check_summary(d);
}

static void
at_end(const sipdiag_detection_t *d, void *data)
{
    state_t *s = data;
    check_detection(d, s);
    double timer = d->kind == SIPDIAG_DETECT_NO_FINAL ? 180.0 : 32.0;
    FUZZ_CHECK(d->kind != SIPDIAG_DETECT_RETRANSMISSIONS
               && d->kind != SIPDIAG_DETECT_OK_RETRANSMISSIONS && !on_the_bye(d->kind));
    FUZZ_CHECK(d->certain == (d->elapsed >= timer));
    FUZZ_CHECK(d->elapsed <= s->end + 1e-9);
    s->finished++;
}

static void
check_outcomes(const sipdiag_flows_t *flows, const state_t *s)
{
    unsigned calls = sipdiag_flows_call_count(flows);
    FUZZ_CHECK(calls <= 3);
    sipdiag_call_outcome_t o;
    FUZZ_CHECK(!sipdiag_flows_outcome_at(flows, calls, &o));
    for (unsigned i = 0; i < calls; i++) {
        FUZZ_CHECK(sipdiag_flows_outcome_at(flows, i, &o));
        FUZZ_CHECK(sipdiag_outcome_key(o.outcome) != NULL);
        sipdiag_call_outcome_t again;
        FUZZ_CHECK(sipdiag_flows_outcome(flows, o.call_id, &again));
        FUZZ_CHECK(again.outcome == o.outcome && again.invite == o.invite);
        uint32_t frames[] = { o.invite, o.ringing, o.answer, o.final, o.cancel, o.bye,
                              o.crossed_bye, o.decided };
        for (unsigned f = 0; f < G_N_ELEMENTS(frames); f++)
            FUZZ_CHECK(frames[f] <= s->frame);
        switch (o.outcome) {
        case SIPDIAG_OUTCOME_ESTABLISHED:
        case SIPDIAG_OUTCOME_ENDED:
            FUZZ_CHECK(o.answer != 0 && o.invite != 0);
            break;
        case SIPDIAG_OUTCOME_TORN_DOWN_NO_ACK:
        case SIPDIAG_OUTCOME_TORN_DOWN_REFRESH_FAILED:
        case SIPDIAG_OUTCOME_TORN_DOWN_CAUSE:
            FUZZ_CHECK(o.answer != 0 && o.decided != 0);
            break;
        case SIPDIAG_OUTCOME_FAILED:
            FUZZ_CHECK(o.final != 0 && o.final_code >= 300 && o.answer == 0);
            break;
        case SIPDIAG_OUTCOME_UNREACHABLE:
            FUZZ_CHECK(o.decided != 0 && o.answer == 0 && o.invite != 0);
            break;
        case SIPDIAG_OUTCOME_JOINED:
        case SIPDIAG_OUTCOME_JOINED_ENDED:
        case SIPDIAG_OUTCOME_NOT_A_CALL:
            FUZZ_CHECK(o.invite == 0);
            break;
        default:
            FUZZ_CHECK(o.answer == 0);
            break;
        }
        FUZZ_CHECK(o.post_dial_delay == -1 || o.post_dial_delay >= 0);
        FUZZ_CHECK(o.setup_time == -1 || o.setup_time >= 0);
        FUZZ_CHECK(o.duration == -1 || o.duration >= 0);
        FUZZ_CHECK(o.ended_by == SIPDIAG_SIDE_UNKNOWN || o.bye != 0);
        /* Legs: only an INVITE makes them; a link names another call. */
        FUZZ_CHECK(o.legs <= 4 && (o.legs == 0 || o.invite != 0));
        FUZZ_CHECK((o.linked_call_id != NULL) == (o.linked_by != SIPDIAG_LINK_NONE));
        FUZZ_CHECK(o.linked_call_id == NULL
                   || (o.linked_index < calls && o.linked_index != i
                       && o.linked_invite <= s->frame && o.invite != 0
                       && sipdiag_link_name(o.linked_by) != NULL));
    }
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    sipdiag_flows_t *flows = sipdiag_flows_new(3);
    state_t s = { 0 };
    for (size_t at = 0; at + MESSAGE_BYTES <= size; at += MESSAGE_BYTES) {
        const uint8_t *b = data + at;
        int64_t value = b[6] >> 2;
        s.time += (b[8] & 0x7f) * 0.25 * ((b[8] & 0x80) ? 8 : 1);
        sipdiag_flow_msg_t m = {
            .frame = ++s.frame,
            .is_response = b[0] & 1,
            .has_cseq = (b[0] >> 1) & 1,
            .has_to_tag = (b[0] >> 2) & 1,
            .stale_nonce = (b[0] >> 3) & 1,
            .retry_after = (b[0] >> 4) & 1,
            .credentials = (b[0] >> 5) & 3,
            .method = methods[b[1] % G_N_ELEMENTS(methods)],
            .code = (unsigned)b[2] << 8 | b[3],
            .cseq = b[4],
            .call_id = (b[0] & 0x80) ? NULL : call_ids[b[5] & 3],
            .via_branch = names[(b[5] >> 2) & 3],
            .from_tag = tags[(b[5] >> 4) & 3],
            .realm = realms[b[6] & 3],
            .session_expires = (b[7] & 3) == 0 ? -1 : value,
            .min_se = (b[7] & 3) == 1 ? value : -1,
            .expires = (b[7] & 3) == 2 ? value : -1,
            .min_expires = (b[7] & 3) == 3 ? b[7] >> 2 : -1,
            .time = s.time,
            .src = addresses[b[9] & 3],
            .dst = addresses[(b[9] >> 2) & 3],
            .to_tag = tags[(b[9] >> 4) & 3],
            .reason = reasons[b[9] >> 6],
            .server = (b[9] & 1) ? "Fuzz/1.0" : NULL,
            .correlation = correlations[b[4] & 3],
            .correlation_header = (b[4] >> 2) % SIPDIAG_LINK_COUNT,
            .from = parties[(b[6] >> 2) & 3],
            .to = parties[(b[6] >> 4) & 3],
        };
        if (!m.is_response) {
            (void)sipdiag_flows_request(flows, &m);
        } else {
            sipdiag_evidence_t evidence;
            bool untracked = false;
            unsigned facts = sipdiag_flows_response(flows, &m, &evidence, &untracked);
            FUZZ_CHECK((facts & sipdiag_flows_own_facts(&m)) == sipdiag_flows_own_facts(&m));
            for (unsigned kind = 0; kind < SIPDIAG_EVIDENCE_COUNT; kind++)
                FUZZ_CHECK(evidence.frames[kind] <= s.frame);
            FUZZ_CHECK(evidence.frames[SIPDIAG_EVIDENCE_REQUEST] < s.frame);
            FUZZ_CHECK(!untracked || facts == sipdiag_flows_own_facts(&m));
            const sipdiag_rule_t *rule = sipdiag_judge(m.code, m.method, facts);
            if (rule != NULL) {
                char *in_words = sipdiag_rule_evidence_text(rule, SIPDIAG_LANG_EN, &evidence);
                FUZZ_CHECK(in_words == NULL || strchr(in_words, '{') == NULL);
                g_free(in_words);
            }
        }
        sipdiag_detection_t found[4];
        unsigned count = sipdiag_flows_detections(flows, found, G_N_ELEMENTS(found));
        for (unsigned i = 0; i < count && i < G_N_ELEMENTS(found); i++) {
            const sipdiag_detection_t *d = &found[i];
            check_detection(d, &s);
            FUZZ_CHECK(d->certain && d->kind != SIPDIAG_DETECT_NO_FINAL);
            /* A timeout is only claimed once the capture is 64*T1 past it. */
            bool timed = d->kind != SIPDIAG_DETECT_RETRANSMISSIONS
                         && d->kind != SIPDIAG_DETECT_OK_RETRANSMISSIONS
                         && d->kind != SIPDIAG_DETECT_REFRESH_FAILED;
            FUZZ_CHECK(!timed || d->elapsed >= 32.0 || d->partner == d->frame);
            FUZZ_CHECK(timed || d->partner == d->frame
                       || (d->kind == SIPDIAG_DETECT_REFRESH_FAILED && d->partner < d->frame));
        }
        sipdiag_leg_event_t leg;
        if (sipdiag_flows_leg(flows, &leg)) {
            FUZZ_CHECK(leg.leg == 0 || (leg.leg >= 2 && leg.leg <= 3 && leg.invite != 0
                                        && leg.first_leg < s.frame));
            FUZZ_CHECK(leg.linked_invite < s.frame && leg.invite <= s.frame);
        }
        check_outcomes(flows, &s);
    }
    s.end = s.time + (size > 0 ? data[size - 1] : 0);
    sipdiag_flows_finish(flows, s.end, at_end, &s);
    unsigned first_finish = s.finished;
    sipdiag_flows_finish(flows, s.end + 1000, at_end, &s);
    FUZZ_CHECK(s.finished == first_finish);
    check_outcomes(flows, &s);
    sipdiag_flows_free(flows);
    return 0;
}
