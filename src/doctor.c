/* doctor.c - the call doctor's model: transactions over time and each
 * call's outcome, on the call_t flows.c keeps (flows_internal.h).
 *
 * Which transmission belongs to which transaction is flows.c's matching
 * (CSeq, method, top Via branch: one note per hop).  Here each note also
 * keeps when it was first and last sent, where to, and its first response
 * of any kind; each 2xx to INVITE gets an ok_note_t until its ACK.
 *
 * Timers (RFC 3261, T1 = 500 ms):
 *  - a request retransmitted with no response at all is given up by its
 *    client transaction after Timer B (INVITE, §17.1.1.2) or Timer F
 *    (others, §17.1.2.2), both 64*T1;
 *  - a 2xx to INVITE is retransmitted by the UAS core until the ACK
 *    comes, for at most 64*T1, then the UAS ends the session with a BYE
 *    (§13.3.1.4);
 *  - a proxy gives an INVITE that got a provisional response Timer C, more
 *    than 3 minutes, restarted by each 101-199 (§16.6 step 11, §16.7 step 2).
 * A deadline is checked against the capture times of the frames that
 * follow: a watch queue in deadline order, all deadlines being first
 * transmission + 64*T1 in capture order.  Only retransmitted requests and
 * 2xx are claimed: one transmission without an answer may just be a
 * capture that misses the other direction.  Retransmitted means sent again
 * at least SAME_PACKET later: two copies closer than that are the capture
 * seeing one packet twice (an "any" interface, a mirror port), since the
 * first retransmission waits T1.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "doctor.h"

#include <glib.h>
#include <string.h>

#include "flows_internal.h"
#include "reason.h"
#include "sipmsg.h"

/* Copies of one message closer than this are one transmission seen twice. */
#define SAME_PACKET 0.05

/* Asked for every message: the first letter settles most. */
static bool
is_method(unsigned id, const char *name)
{
    const char *known = sipdiag_method_name(id);
    return known != NULL && known[0] == name[0] && strcmp(known, name) == 0;
}

/* Two keys or endpoint ids that may be the same: equal, or one unknown. */
static bool
may_match(uint64_t a, uint64_t b)
{
    return a == b || a == 0 || b == 0;
}

static void
watch(sipdiag_flows_t *flows, call_t *call, uint32_t frame, bool ok, double since)
{
    if (flows->watches->length >= MAX_WATCHES)
        return;
    watch_t *w = g_new(watch_t, 1);
    *w = (watch_t){ call, frame, ok, since + SIPDIAG_64_T1 };
    g_queue_push_tail(flows->watches, w);
}

static void
found(sipdiag_flows_t *flows, const sipdiag_detection_t *detection)
{
    g_array_append_val(flows->found, *detection);
}

/* Seconds from a to b, never negative (capture clocks can step back). */
static double
seconds_between(double a, double b)
{
    return b > a ? b - a : 0;
}

/* Sent at least twice, the copies far enough apart to be retransmissions. */
static bool
retransmitted(unsigned sends, double first, double last)
{
    return sends >= 2 && seconds_between(first, last) >= SAME_PACKET;
}

/* A request note's detection, before its kind-specific fields. */
static sipdiag_detection_t
of_request(const sipdiag_flows_t *flows, const call_t *call, const request_note_t *note,
           sipdiag_detection_kind_t kind,
           uint32_t frame)
{
    return (sipdiag_detection_t){
        .kind = kind, .certain = true, .frame = frame,
        .first = note->frame, .last = note->last_frame, .count = note->sends,
        .span = seconds_between(note->first_time, note->last_time),
        .method = sipdiag_method_name(note->method),
        .peer = sipdiag_flows_endpoint_text(flows, note->dst),
        .sender = sipdiag_flows_endpoint_text(flows, note->src), .call_id = call->call_id,
    };
}

static sipdiag_detection_t
of_ok(const sipdiag_flows_t *flows, const call_t *call, const ok_note_t *ok,
      sipdiag_detection_kind_t kind, uint32_t frame)
{
    return (sipdiag_detection_t){
        .kind = kind, .certain = true, .frame = frame,
        .first = ok->first, .last = ok->last, .count = ok->sends,
        .span = seconds_between(ok->first_time, ok->last_time), .method = "INVITE",
        .code = ok->code,
        .peer = sipdiag_flows_endpoint_text(flows, ok->dst),
        .sender = sipdiag_flows_endpoint_text(flows, ok->src), .timer = "64*T1",
        .call_id = call->call_id, .stray_ack = ok->stray_ack,
        .stray_ack_dst = sipdiag_flows_endpoint_text(flows, ok->stray_ack_dst),
    };
}

/* A retransmitted request's silence: NO_RESPONSE, or the BYE's or CANCEL's. */
static sipdiag_detection_kind_t
silence_kind(const request_note_t *note)
{
    if (is_method(note->method, "BYE"))
        return SIPDIAG_DETECT_BYE_UNANSWERED;
    if (is_method(note->method, "CANCEL"))
        return SIPDIAG_DETECT_CANCEL_UNANSWERED;
    return SIPDIAG_DETECT_NO_RESPONSE;
}

/* What a request's timeout means for its call's outcome. */
static void
note_timeout(call_t *call, const request_note_t *note, uint32_t frame)
{
    call_story_t *story = &call->story;
    bool invite = is_method(note->method, "INVITE");
    if (invite && !note->in_dialog && note->cseq == story->invite_cseq && story->invite != 0) {
        if (story->unreachable == 0)
            story->unreachable = frame;
    } else if (note->in_dialog && (invite || is_method(note->method, "UPDATE"))
               && story->answer != 0) {
        if (story->refresh_failed == 0)
            story->refresh_failed = frame;
        if (story->refresh == 0) {
            story->refresh = note->frame;
            story->refresh_answer = 0;
            story->refresh_code = 0;
            story->refresh_method = note->method;
        }
    }
}

/* A request retransmitted with no response at all: said once, certain
 * when the capture reached its 64*T1. */
static bool
silent_request(const request_note_t *note)
{
    return note->answer == 0 && retransmitted(note->sends, note->first_time, note->last_time)
           && (note->said & SAID_NO_RESPONSE) == 0;
}

/* An ACK sent to another address than the 2xx came from still arrived
 * when the 2xx stopped after it, well before the UAS would give up (64*T1
 * less its last T2 interval): a proxy that does not record-route, a UA
 * sending from another port than its Contact's.  A 2xx resent after the
 * latest such ACK, or until the UAS gave up, never had it. */
static bool
stray_ack_arrived(const ok_note_t *ok)
{
    return ok->stray_ack != 0 && ok->last < ok->stray_ack
           && seconds_between(ok->first_time, ok->last_time) < SIPDIAG_64_T1 - SIPDIAG_T2;
}

static bool
unacked_ok(const ok_note_t *ok)
{
    return ok->ack == 0 && !stray_ack_arrived(ok)
           && retransmitted(ok->sends, ok->first_time, ok->last_time)
           && (ok->said & SAID_NO_ACK) == 0;
}

static void
claim_no_ack(sipdiag_flows_t *flows, call_t *call, ok_note_t *ok, uint32_t frame,
             uint32_t partner, double now)
{
    sipdiag_detection_t d = of_ok(flows, call, ok, SIPDIAG_DETECT_NO_ACK, frame);
    d.partner = partner;
    d.elapsed = seconds_between(ok->first_time, now);
    ok->said |= SAID_NO_ACK;
    if (call->story.no_ack == 0)
        call->story.no_ack = frame;
    found(flows, &d);
}

static request_note_t *
request_by_frame(call_t *call, uint32_t frame)
{
    for (unsigned i = 0; i < call->request_ring.used; i++) {
        if (call->requests[i].frame == frame)
            return &call->requests[i];
    }
    return NULL;
}

static ok_note_t *
ok_by_frame(call_t *call, uint32_t frame)
{
    for (unsigned i = 0; i < call->ok_ring.used; i++) {
        if (call->oks[i].first == frame)
            return &call->oks[i];
    }
    return NULL;
}

void
sipdiag_doctor_begin(sipdiag_flows_t *flows, const sipdiag_flow_msg_t *m)
{
    g_array_set_size(flows->found, 0);
    flows->leg = (sipdiag_leg_event_t){ 0 };
    flows->last_frame = m->frame;
    if (m->time > flows->now)
        flows->now = m->time;
}

/* The deadlines the latest frame's time has passed: notes evicted from
 * their ring meanwhile are gone, and say nothing. */
void
sipdiag_doctor_end(sipdiag_flows_t *flows)
{
    for (;;) {
        watch_t *w = g_queue_peek_head(flows->watches);
        if (w == NULL || w->deadline > flows->now)
            return;
        g_queue_pop_head(flows->watches);
        if (w->ok) {
            ok_note_t *ok = ok_by_frame(w->call, w->frame);
            if (ok != NULL && unacked_ok(ok))
                claim_no_ack(flows, w->call, ok, flows->last_frame, 0, flows->now);
        } else {
            request_note_t *note = request_by_frame(w->call, w->frame);
            if (note != NULL && silent_request(note)) {
                sipdiag_detection_t d = of_request(flows, w->call, note, silence_kind(note),
                                                   flows->last_frame);
                d.timer = is_method(note->method, "INVITE") ? "Timer B" : "Timer F";
                d.elapsed = seconds_between(note->first_time, flows->now);
                note->said |= SAID_NO_RESPONSE;
                note_timeout(w->call, note, flows->last_frame);
                found(flows, &d);
            }
        }
        g_free(w);
    }
}

/* An in-dialog INVITE or UPDATE after the answer, retransmitted with no
 * response at all before frame: a refresh the far end never answered,
 * whether or not its Timer B/F has run out yet. */
static const request_note_t *
silent_refresh(const call_t *call, uint32_t before)
{
    for (unsigned i = 0; i < call->request_ring.used; i++) {
        const request_note_t *note = &call->requests[i];
        if (note->in_dialog && note->answer == 0 && note->frame < before
            && call->story.answer != 0 && note->frame > call->story.answer
            && (is_method(note->method, "INVITE") || is_method(note->method, "UPDATE"))
            && retransmitted(note->sends, note->first_time, note->last_time))
            return note;
    }
    return NULL;
}

/* The first BYE after a session refresh failed (RFC 4028 §10: after a
 * 408, a 481 or a timeout the refresher's UA sends BYE, RFC 3261
 * §12.2.1.2; after another failure the session goes on, §14.1, so a BYE
 * then is that UA's or its user's choice). */
static bool
bye_after_failed_refresh(sipdiag_flows_t *flows, call_t *call, const sipdiag_flow_msg_t *bye,
                         const request_note_t *note)
{
    call_story_t *story = &call->story;
    const request_note_t *refresh = story->refresh != 0 ? request_by_frame(call, story->refresh)
                                                        : silent_refresh(call, bye->frame);
    if (story->refresh == 0 && refresh == NULL)
        return false;
    sipdiag_detection_t d = {
        .kind = SIPDIAG_DETECT_REFRESH_FAILED, .certain = true, .frame = bye->frame,
        .first = story->refresh, .last = story->refresh, .count = 1,
        .partner = story->refresh_answer, .code = story->refresh_code,
        .method = sipdiag_method_name(story->refresh_method),
        .sender = sipdiag_flows_endpoint_text(flows, note->src), .call_id = call->call_id,
    };
    if (refresh != NULL) {
        d.first = refresh->frame;
        d.last = refresh->last_frame;
        d.count = refresh->sends;
        d.span = seconds_between(refresh->first_time, refresh->last_time);
        d.peer = sipdiag_flows_endpoint_text(flows, refresh->dst);
        d.method = sipdiag_method_name(refresh->method);
        d.elapsed = seconds_between(refresh->first_time, bye->time);
    }
    if (d.partner == 0)
        d.timer = is_method(refresh != NULL ? refresh->method : story->refresh_method, "INVITE")
                      ? "Timer B" : "Timer F";
    if (story->refresh_failed == 0)
        story->refresh_failed = bye->frame;
    found(flows, &d);
    return true;
}

/* RFC 4028 §10: the side that does not refresh sends BYE "slightly
 * before the session expiration", min(32 s, interval/3) before is
 * RECOMMENDED; others wait for the expiry itself.  A BYE in that window
 * with no refresh sent since the 2xx that granted the interval. */
#define TIMER_BYE_SLACK 2.0
static bool
bye_at_session_expiry(sipdiag_flows_t *flows, call_t *call, const sipdiag_flow_msg_t *bye,
                      const request_note_t *note)
{
    const call_story_t *story = &call->story;
    if (story->session_interval == 0 || story->refresh_since != 0)
        return false;
    double interval = story->session_interval;
    double margin = interval / 3 < 32 ? interval / 3 : 32;
    double elapsed = seconds_between(story->session_since, bye->time);
    if (elapsed < interval - margin - TIMER_BYE_SLACK || elapsed > interval + TIMER_BYE_SLACK)
        return false;
    sipdiag_detection_t d = {
        .kind = SIPDIAG_DETECT_BYE_AT_SESSION_EXPIRY, .certain = true, .frame = bye->frame,
        .first = story->session_ok, .last = story->session_ok, .partner = bye->frame,
        .count = 1, .elapsed = elapsed, .method = "BYE", .interval = story->session_interval,
        .peer = sipdiag_flows_endpoint_text(flows, note->dst),
        .sender = sipdiag_flows_endpoint_text(flows, note->src), .timer = "Session-Expires",
        .call_id = call->call_id,
    };
    found(flows, &d);
    return true;
}

/* A BYE from the side that sent a 2xx to INVITE, 64*T1 after it, no ACK
 * for it seen, not even one sent elsewhere, and no retransmission of it
 * (that makes NO_ACK). */
#define NO_ACK_BYE_EARLIEST (SIPDIAG_64_T1 - 1.0)
#define NO_ACK_BYE_LATEST (SIPDIAG_64_T1 + 2.0)
static bool
bye_at_64t1(sipdiag_flows_t *flows, call_t *call, const sipdiag_flow_msg_t *bye,
            const request_note_t *note)
{
    for (unsigned i = 0; i < call->ok_ring.used; i++) {
        ok_note_t *ok = &call->oks[i];
        double elapsed = seconds_between(ok->first_time, bye->time);
        /* Retransmitted, it is NO_ACK's; with an ACK sent elsewhere, the
         * capture does show an ACK: neither is this claim's. */
        if (ok->ack != 0 || ok->stray_ack != 0 || (ok->said & SAID_NO_ACK) != 0
            || retransmitted(ok->sends, ok->first_time, ok->last_time) || ok->to_tag == 0
            || note->from_tag != ok->to_tag || elapsed < NO_ACK_BYE_EARLIEST
            || elapsed > NO_ACK_BYE_LATEST)
            continue;
        sipdiag_detection_t d = of_ok(flows, call, ok, SIPDIAG_DETECT_BYE_AT_64T1, bye->frame);
        d.partner = bye->frame;
        d.elapsed = elapsed;
        d.sender = sipdiag_flows_endpoint_text(flows, note->src);
        ok->said |= SAID_NO_ACK;
        found(flows, &d);
        return true;
    }
    return false;
}

/* What the call's first BYE says of why the call ended, said once. */
static void
judge_bye(sipdiag_flows_t *flows, call_t *call, const sipdiag_flow_msg_t *bye,
          const request_note_t *note)
{
    call_story_t *story = &call->story;
    if ((story->said & STORY_SAID_REFRESH) == 0
        && bye_after_failed_refresh(flows, call, bye, note)) {
        story->said |= STORY_SAID_REFRESH | STORY_SAID_TIMER_BYE;
        return;
    }
    if ((story->said & STORY_SAID_TIMER_BYE) == 0
        && (bye_at_64t1(flows, call, bye, note) || bye_at_session_expiry(flows, call, bye, note)))
        story->said |= STORY_SAID_TIMER_BYE;
}

void
sipdiag_doctor_request(sipdiag_flows_t *flows, call_t *call, const sipdiag_flow_msg_t *m,
                       request_note_t *note, bool resent)
{
    if (resent)
        return;
    /* A method outside the IANA registry is someone's private extension:
     * its transactions are not judged, and have no name to be told by. */
    if (note->method == SIPDIAG_METHOD_OTHER) {
        note->said = SAID_RETRANSMISSIONS | SAID_NO_RESPONSE | SAID_NO_FINAL;
        return;
    }
    watch(flows, call, note->frame, false, note->first_time);
    call_story_t *story = &call->story;
    if (is_method(note->method, "INVITE") && !m->has_to_tag) {
        if (story->invite == 0) {
            story->invite = m->frame;
            story->invite_time = m->time;
            story->caller = note->src;
            story->caller_tag = note->from_tag;
            sipdiag_legs_invite(flows, call, m, note->src, note->dst);
        }
        story->invite_cseq = m->cseq;
    } else if (is_method(note->method, "CANCEL")) {
        if (story->cancel == 0)
            story->cancel = m->frame;
    } else if (is_method(note->method, "BYE")) {
        if (story->bye == 0) {
            story->bye = m->frame;
            story->bye_time = m->time;
            story->bye_from = note->src;
            story->bye_tag = note->from_tag;
            story->bye_reason = sipdiag_flows_pooled(flows, m->reason);
        } else if (story->crossed_bye == 0 && !story->bye_answered
                   && note->from_tag != story->bye_tag) {
            story->crossed_bye = m->frame;
        }
        /* A BYE after a 2xx retransmitted without ACK: the UAS gave up
         * (§13.3.1.4), or the UAC hung up on a call it never confirmed. */
        for (unsigned i = 0; i < call->ok_ring.used; i++) {
            if (unacked_ok(&call->oks[i]))
                claim_no_ack(flows, call, &call->oks[i], m->frame, m->frame, m->time);
        }
        if (story->bye == m->frame)
            judge_bye(flows, call, m, note);
    } else if (note->in_dialog && story->session_ok != 0 && story->refresh_since == 0
               && (is_method(note->method, "INVITE") || is_method(note->method, "UPDATE"))) {
        story->refresh_since = m->frame;
    }
    if (m->has_to_tag)
        story->in_dialog_seen = true;
}

/* The 2xx notes an ACK is for: same CSeq number, a To tag that may match. */
static bool
acknowledges(const ok_note_t *ok, const sipdiag_flow_msg_t *ack, flow_key_t to_tag)
{
    return ok->cseq == ack->cseq && ok->ack == 0 && may_match(ok->to_tag, to_tag);
}

void
sipdiag_doctor_ack(sipdiag_flows_t *flows, call_t *call, const sipdiag_flow_msg_t *ack)
{
    if (!ack->has_cseq)
        return;
    flow_key_t to_tag = sipdiag_flows_key(ack->to_tag);
    endpoint_id_t dst = sipdiag_flows_endpoint(flows, ack->dst, &ack->dst_at);
    /* The ACK must reach the element that sent the 2xx: once it reaches
     * it at one hop, the copies of that 2xx at the other hops have it too.
     * One sent only elsewhere (a Contact or Record-Route with a private or
     * wrong address) may leave the 2xx retransmitting. */
    bool reached = false;
    for (unsigned i = 0; i < call->ok_ring.used; i++) {
        const ok_note_t *ok = &call->oks[i];
        if (acknowledges(ok, ack, to_tag) && may_match(ok->src, dst))
            reached = true;
    }
    for (unsigned i = 0; i < call->ok_ring.used; i++) {
        ok_note_t *ok = &call->oks[i];
        if (!acknowledges(ok, ack, to_tag))
            continue;
        if (!reached) {
            ok->stray_ack = ack->frame;
            ok->stray_ack_dst = dst;
            continue;
        }
        ok->ack = ack->frame;
        if (retransmitted(ok->sends, ok->first_time, ok->last_time)
            && (ok->said & SAID_RETRANSMISSIONS) == 0) {
            sipdiag_detection_t d = of_ok(flows, call, ok, SIPDIAG_DETECT_OK_RETRANSMISSIONS, ack->frame);
            d.partner = ack->frame;
            d.elapsed = seconds_between(ok->first_time, ack->time);
            ok->said |= SAID_RETRANSMISSIONS;
            found(flows, &d);
        }
    }
}

/* A 2xx to INVITE: a new ok note, or a retransmission of one (same CSeq,
 * top Via branch, To tag and code). */
static void
note_ok(sipdiag_flows_t *flows, call_t *call, const sipdiag_flow_msg_t *m)
{
    flow_key_t branch = sipdiag_flows_key(m->via_branch);
    flow_key_t to_tag = sipdiag_flows_key(m->to_tag);
    for (unsigned i = 0; i < call->ok_ring.used; i++) {
        ok_note_t *ok = &call->oks[i];
        if (ok->cseq == m->cseq && ok->branch == branch && ok->to_tag == to_tag
            && ok->code == m->code) {
            if (ok->sends < UINT8_MAX)
                ok->sends++;
            ok->last = m->frame;
            ok->last_time = m->time;
            return;
        }
    }
    ok_note_t *ok = sipdiag_flows_ring_slot((void **)&call->oks, &call->ok_ring, RECENT_OKS,
                                            sizeof *ok);
    *ok = (ok_note_t){
        .first = m->frame, .last = m->frame, .cseq = m->cseq, .code = (uint16_t)m->code,
        .sends = 1, .first_time = m->time, .last_time = m->time, .branch = branch,
        .to_tag = to_tag, .src = sipdiag_flows_endpoint(flows, m->src, &m->src_at),
        .dst = sipdiag_flows_endpoint(flows, m->dst, &m->dst_at),
    };
    watch(flows, call, ok->first, true, ok->first_time);
}

/* A response to the call's latest initial INVITE: ringing, answer, failure. */
static void
note_invite_response(sipdiag_flows_t *flows, call_story_t *story, const sipdiag_flow_msg_t *m)
{
    unsigned code = m->code;
    if (code > 100 && code < 200 && story->ringing == 0) {
        story->ringing = m->frame;
        story->ringing_time = m->time;
    } else if (code >= 200 && code < 300 && story->answer == 0) {
        story->answer = m->frame;
        story->answer_time = m->time;
        story->callee = sipdiag_flows_endpoint(flows, m->src, &m->src_at);
        story->callee_server = sipdiag_flows_pooled(flows, m->server);
    } else if (code >= 300 && (story->final == 0 || story->final_cseq != m->cseq)) {
        /* The first seen is the one from furthest down: a proxy's copy of
         * it upstream says the same. */
        story->final = m->frame;
        story->final_cseq = m->cseq;
        story->final_code = (uint16_t)code;
        story->final_from = sipdiag_flows_endpoint(flows, m->src, &m->src_at);
        story->final_server = sipdiag_flows_pooled(flows, m->server);
    }
}

void
sipdiag_doctor_response(sipdiag_flows_t *flows, call_t *call, const sipdiag_flow_msg_t *m)
{
    unsigned method = sipdiag_method_id(m->method);
    unsigned code = m->code;
    request_note_t *note = sipdiag_flows_find_request(call, m->cseq, (uint8_t)method,
                                                      sipdiag_flows_key(m->via_branch));
    bool invite = is_method(method, "INVITE");
    if (note != NULL) {
        if (note->answer == 0)
            note->answer = m->frame;
        if (code > 100 && code < 200) {
            note->progress_code = (uint16_t)code;
            note->progress_time = m->time;
        }
        /* What stops the retransmissions: for INVITE any response (Timer
         * A), for the others a final one (Timer E goes on at T2 after a
         * provisional, §17.1.2.2). */
        bool stops = invite || code >= 200;
        if (stops && retransmitted(note->sends, note->first_time, note->last_time)
            && (note->said & SAID_RETRANSMISSIONS) == 0) {
            sipdiag_detection_t d = of_request(flows, call, note, SIPDIAG_DETECT_RETRANSMISSIONS,
                                               m->frame);
            d.partner = m->frame;
            d.timer = invite ? "Timer A" : "Timer E";
            d.elapsed = seconds_between(note->first_time, m->time);
            note->said |= SAID_RETRANSMISSIONS;
            found(flows, &d);
        }
    }
    call_story_t *story = &call->story;
    if (invite && code >= 200 && code < 300)
        note_ok(flows, call, m);
    /* Each side numbers its CSeq alone: the callee's re-INVITE may carry
     * the initial INVITE's number, but not its lack of To tag. */
    if (invite && story->invite != 0 && m->cseq == story->invite_cseq
        && (note == NULL || !note->in_dialog)) {
        note_invite_response(flows, story, m);
        sipdiag_legs_response(flows, call, m);
    }
    /* A session refresh (re-INVITE or UPDATE in the dialog) answered
     * 408 or 481: the dialog is gone for that element (§12.2.1.2). */
    bool refresh = note != NULL && note->in_dialog && (invite || is_method(method, "UPDATE"))
                   && story->answer != 0;
    if (refresh && (code == 408 || code == 481) && story->refresh_failed == 0)
        story->refresh_failed = m->frame;
    /* For refresh-failed on a BYE that follows: those, and any other
     * failure of a request that was a session refresh (it carried
     * Session-Expires, RFC 4028): not the 401, 407 (credentials), 422
     * (Session-Expires too small) and 491 (glare) that a UA retries
     * (§14.1, RFC 4028 §7.4).  A re-INVITE without Session-Expires (hold,
     * a codec change) refused with 486 or 488 leaves the call as it was. */
    bool dialog_gone = code == 408 || code == 481;
    if (refresh && code >= 300 && (dialog_gone || note->session_expires > 0) && code != 401
        && code != 407 && code != 422 && code != 491 && story->refresh == 0) {
        story->refresh = note->frame;
        story->refresh_answer = m->frame;
        story->refresh_code = (uint16_t)code;
        story->refresh_method = (uint8_t)method;
    } else if (refresh && code >= 200 && code < 300) {
        story->refresh = 0;
    }
    /* The session interval a 2xx to INVITE or UPDATE grants (RFC 4028
     * §9): the session timer restarts there. */
    if ((invite || is_method(method, "UPDATE")) && code >= 200 && code < 300) {
        story->session_interval = m->session_expires > 0 && m->session_expires < UINT32_MAX
                                      ? (uint32_t)m->session_expires : 0;
        story->session_ok = m->frame;
        story->session_since = m->time;
        story->refresh_since = 0;
    }
    if (is_method(method, "BYE") && code >= 200)
        story->bye_answered = true;
}

unsigned
sipdiag_flows_detections(const sipdiag_flows_t *flows, sipdiag_detection_t *out, unsigned max)
{
    unsigned count = flows->found->len;
    for (unsigned i = 0; i < count && i < max; i++)
        out[i] = g_array_index(flows->found, sipdiag_detection_t, i);
    return count;
}

/* The ring's slots, oldest first. */
static unsigned
oldest_slot(const ring_t *ring, unsigned size, unsigned i)
{
    unsigned start = ring->used < size ? 0 : ring->next;
    return (start + i) % size;
}

static void
finish_call(sipdiag_flows_t *flows, call_t *call, sipdiag_detection_cb each, void *data)
{
    double end = flows->end;
    for (unsigned i = 0; i < call->request_ring.used; i++) {
        request_note_t *note =
            &call->requests[oldest_slot(&call->request_ring, RECENT_REQUESTS, i)];
        bool invite = is_method(note->method, "INVITE");
        if (silent_request(note)) {
            sipdiag_detection_t d = of_request(flows, call, note, silence_kind(note), flows->last_frame);
            d.timer = invite ? "Timer B" : "Timer F";
            d.elapsed = seconds_between(note->first_time, end);
            d.certain = d.elapsed >= SIPDIAG_64_T1;
            note->said |= SAID_NO_RESPONSE;
            if (d.certain)
                note_timeout(call, note, flows->last_frame);
            each(&d, data);
        } else if (invite && note->answer != 0 && note->final == 0
                   && (note->said & SAID_NO_FINAL) == 0) {
            sipdiag_detection_t d = of_request(flows, call, note, SIPDIAG_DETECT_NO_FINAL,
                                               flows->last_frame);
            double since = note->progress_code != 0 ? note->progress_time : note->first_time;
            d.timer = "Timer C";
            d.code = note->progress_code != 0 ? note->progress_code : 100;
            d.partner = note->answer;
            d.elapsed = seconds_between(since, end);
            d.certain = d.elapsed >= SIPDIAG_TIMER_C;
            note->said |= SAID_NO_FINAL;
            if (d.certain && !note->in_dialog && note->cseq == call->story.invite_cseq)
                call->story.no_answer = 1;
            each(&d, data);
        }
    }
    for (unsigned i = 0; i < call->ok_ring.used; i++) {
        ok_note_t *ok = &call->oks[oldest_slot(&call->ok_ring, RECENT_OKS, i)];
        if (!unacked_ok(ok))
            continue;
        sipdiag_detection_t d = of_ok(flows, call, ok, SIPDIAG_DETECT_NO_ACK, flows->last_frame);
        d.elapsed = seconds_between(ok->first_time, end);
        d.certain = d.elapsed >= SIPDIAG_64_T1;
        ok->said |= SAID_NO_ACK;
        if (d.certain && call->story.no_ack == 0)
            call->story.no_ack = flows->last_frame;
        each(&d, data);
    }
}

void
sipdiag_flows_finish(sipdiag_flows_t *flows, double capture_end, sipdiag_detection_cb each,
                     void *data)
{
    if (flows->finished)
        return;
    flows->finished = true;
    flows->end = capture_end > flows->now ? capture_end : flows->now;
    for (unsigned i = 0; i < flows->order->len; i++)
        finish_call(flows, g_ptr_array_index(flows->order, i), each, data);
}

/* The Q.850 cause of a Reason value, 0 if none. */
static unsigned
q850_cause(const char *reason)
{
    if (reason == NULL)
        return 0;
    sipdiag_reason_t values[4];
    size_t n = sipdiag_reason_parse(reason, strlen(reason), values, 4);
    for (size_t i = 0; i < n && i < 4; i++) {
        if (values[i].protocol == SIPDIAG_REASON_Q850 && values[i].has_cause)
            return values[i].cause;
    }
    return 0;
}

static sipdiag_outcome_t
outcome_of(const call_story_t *s, unsigned cause, uint32_t *decided)
{
    if (s->invite == 0) {
        if (s->bye != 0)
            return SIPDIAG_OUTCOME_JOINED_ENDED;
        return s->in_dialog_seen ? SIPDIAG_OUTCOME_JOINED : SIPDIAG_OUTCOME_NOT_A_CALL;
    }
    if (s->answer != 0) {
        if (s->no_ack != 0) {
            *decided = s->no_ack;
            return SIPDIAG_OUTCOME_TORN_DOWN_NO_ACK;
        }
        if (s->refresh_failed != 0) {
            *decided = s->refresh_failed;
            return SIPDIAG_OUTCOME_TORN_DOWN_REFRESH_FAILED;
        }
        if (s->bye == 0)
            return SIPDIAG_OUTCOME_ESTABLISHED;
        *decided = s->bye;
        /* Q.850 causes 1-31 are the normal event classes (16 normal
         * clearing); above, resources, network and protocol failures. */
        return cause > 31 ? SIPDIAG_OUTCOME_TORN_DOWN_CAUSE : SIPDIAG_OUTCOME_ENDED;
    }
    if (s->final != 0 && s->final_cseq == s->invite_cseq) {
        bool caller_bye = s->bye != 0 && s->caller_tag != 0 && s->bye_tag == s->caller_tag;
        if (s->final_code == 487 && (s->cancel != 0 || caller_bye))
            return SIPDIAG_OUTCOME_CANCELLED;
        return SIPDIAG_OUTCOME_FAILED;
    }
    if (s->unreachable != 0) {
        *decided = s->unreachable;
        return SIPDIAG_OUTCOME_UNREACHABLE;
    }
    if (s->cancel != 0)
        return SIPDIAG_OUTCOME_CANCELLED;
    if (s->no_answer != 0)
        return SIPDIAG_OUTCOME_NO_ANSWER;
    return SIPDIAG_OUTCOME_IN_PROGRESS;
}

static void
fill_outcome(const sipdiag_flows_t *flows, const call_t *call, sipdiag_call_outcome_t *out)
{
    const call_story_t *s = &call->story;
    unsigned cause = q850_cause(s->bye_reason);
    *out = (sipdiag_call_outcome_t){
        .call_id = call->call_id, .invite = s->invite, .ringing = s->ringing,
        .answer = s->answer, .cancel = s->cancel, .bye = s->bye,
        .crossed_bye = s->crossed_bye, .post_dial_delay = -1, .setup_time = -1,
        .duration = -1, .caller = sipdiag_flows_endpoint_text(flows, s->caller),
        .callee = sipdiag_flows_endpoint_text(flows, s->callee),
        .callee_server = s->callee_server,
        .ended_from = sipdiag_flows_endpoint_text(flows, s->bye_from),
        .reason = s->bye_reason, .q850_cause = cause,
    };
    out->outcome = outcome_of(s, cause, &out->decided);
    if (s->invite != 0 && s->ringing != 0)
        out->post_dial_delay = seconds_between(s->invite_time, s->ringing_time);
    if (s->invite != 0 && s->answer != 0)
        out->setup_time = seconds_between(s->invite_time, s->answer_time);
    if (s->answer != 0 && s->bye != 0 && s->bye > s->answer)
        out->duration = seconds_between(s->answer_time, s->bye_time);
    if (s->final != 0 && s->answer == 0 && s->final_cseq == s->invite_cseq) {
        out->final = s->final;
        out->final_code = s->final_code;
        out->final_from = sipdiag_flows_endpoint_text(flows, s->final_from);
        out->final_server = s->final_server;
    }
    if (s->bye != 0 && s->caller_tag != 0 && s->bye_tag != 0)
        out->ended_by = s->bye_tag == s->caller_tag ? SIPDIAG_SIDE_CALLER : SIPDIAG_SIDE_CALLEE;
    out->legs = s->legs;
    out->legs_at_least = s->legs > MAX_LEG_TAGS;
    if (s->linked != 0 && s->linked <= flows->order->len) {
        const call_t *other = g_ptr_array_index(flows->order, s->linked - 1);
        out->linked_call_id = other->call_id;
        out->linked_invite = other->story.invite;
        out->linked_index = s->linked - 1;
        out->linked_by = s->link;
        out->linked_probably = s->link == SIPDIAG_LINK_NUMBERS_AND_TIME;
    }
}

bool
sipdiag_flows_outcome(const sipdiag_flows_t *flows, const char *call_id,
                      sipdiag_call_outcome_t *out)
{
    flow_key_t key = sipdiag_flows_key(call_id);
    const call_t *call = call_id != NULL ? g_hash_table_lookup(flows->calls, &key) : NULL;
    if (call == NULL || strcmp(call->call_id, call_id) != 0)
        return false;
    fill_outcome(flows, call, out);
    return true;
}

unsigned
sipdiag_flows_call_count(const sipdiag_flows_t *flows)
{
    return flows->order->len;
}

bool
sipdiag_flows_outcome_at(const sipdiag_flows_t *flows, unsigned index,
                         sipdiag_call_outcome_t *out)
{
    if (index >= flows->order->len)
        return false;
    fill_outcome(flows, g_ptr_array_index(flows->order, index), out);
    return true;
}
