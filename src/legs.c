/* legs.c - forked legs (one Call-ID, several To tags) and a B2BUA's legs
 * (two Call-IDs tied by a correlation header, or by numbers and time):
 * see legs.h.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "legs.h"

#include <glib.h>
#include <string.h>

#include "flows_internal.h"
#include "sipmsg.h"
#include "textscan.h"

const char *
sipdiag_link_name(sipdiag_link_t link)
{
    static const char *const names[SIPDIAG_LINK_COUNT] = {
        NULL, "X-Call-ID", "X-CID", "P-Charging-Vector icid-value", "Session-ID",
        "numbers and time",
    };
    return (unsigned)link < SIPDIAG_LINK_COUNT ? names[link] : NULL;
}

static bool
copy_key(span_t key, char *out, size_t max, bool lower_case)
{
    if (key.len == 0 || key.len >= max)
        return false;
    for (size_t i = 0; i < key.len; i++)
        out[i] = lower_case ? g_ascii_tolower(key.ptr[i]) : key.ptr[i];
    out[key.len] = '\0';
    return true;
}

/* The value of parameter name in "a=1;name=2;..." (the first item of a
 * P-Charging-Vector is a parameter too), unquoted. */
static span_t
param_value(span_t value, const char *name)
{
    size_t n = strlen(name);
    span_t rest = value;
    while (rest.len > 0) {
        const char *semi = memchr(rest.ptr, ';', rest.len);
        span_t item = span_trim((span_t){ rest.ptr, semi != NULL ? (size_t)(semi - rest.ptr)
                                                                 : rest.len });
        const char *eq = memchr(item.ptr, '=', item.len);
        if (eq != NULL) {
            span_t key = span_trim((span_t){ item.ptr, (size_t)(eq - item.ptr) });
            if (key.len == n && g_ascii_strncasecmp(key.ptr, name, n) == 0)
                return span_unquote(span_trim(
                    (span_t){ eq + 1, (size_t)(item.ptr + item.len - eq - 1) }));
        }
        if (semi == NULL)
            break;
        rest.len -= (size_t)(semi + 1 - rest.ptr);
        rest.ptr = semi + 1;
    }
    return (span_t){ NULL, 0 };
}

bool
sipdiag_link_key(sipdiag_link_t header, const char *value, size_t len, char *out, size_t max)
{
    if (value == NULL)
        return false;
    span_t v = span_trim((span_t){ value, len });
    if (v.len == 0)
        return false;
    switch (header) {
    case SIPDIAG_LINK_X_CALL_ID:
    case SIPDIAG_LINK_X_CID:
        return copy_key(v, out, max, false);
    case SIPDIAG_LINK_ICID:
        return copy_key(param_value(v, "icid-value"), out, max, false);
    case SIPDIAG_LINK_SESSION_ID: {
        /* local-uuid [;remote=...]: the null UUID means "not known yet". */
        const char *semi = memchr(v.ptr, ';', v.len);
        span_t uuid = span_trim((span_t){ v.ptr, semi != NULL ? (size_t)(semi - v.ptr) : v.len });
        size_t zeros = 0;
        while (zeros < uuid.len && uuid.ptr[zeros] == '0')
            zeros++;
        return zeros < uuid.len && copy_key(uuid, out, max, true);
    }
    default:
        return false;
    }
}

bool
sipdiag_link_number(const char *address, size_t len, char *out, size_t max)
{
    if (address == NULL)
        return false;
    span_t v = { address, len };
    /* The URI: inside <...> when there is a display name or parameters. */
    const char *open = memchr(v.ptr, '<', v.len);
    if (open != NULL) {
        v.len -= (size_t)(open + 1 - v.ptr);
        v.ptr = open + 1;
    }
    const char *colon = memchr(v.ptr, ':', v.len);
    if (colon == NULL)
        return false;
    size_t digits = 0;
    for (const char *p = colon + 1; p < v.ptr + v.len; p++) {
        char c = *p;
        if (c == '@' || c == ';' || c == '>' || c == '?')
            break;
        if (c >= '0' && c <= '9') {
            if (digits + 1 >= max)
                return false;
            out[digits++] = c;
        } else if (strchr("+-.() ", c) == NULL) {
            return false;
        }
    }
    out[digits] = '\0';
    return digits >= 4;
}

/* Both ends on one host, whatever their ports: "192.0.2.1:5060" and
 * "192.0.2.1:5080". */
static bool
same_host(const sipdiag_flows_t *flows, endpoint_id_t ida, endpoint_id_t idb)
{
    const char *a = sipdiag_flows_endpoint_text(flows, ida);
    const char *b = sipdiag_flows_endpoint_text(flows, idb);
    if (a == NULL || b == NULL)
        return false;
    const char *ca = strrchr(a, ':'), *cb = strrchr(b, ':');
    size_t la = ca != NULL ? (size_t)(ca - a) : strlen(a);
    size_t lb = cb != NULL ? (size_t)(cb - b) : strlen(b);
    return la == lb && memcmp(a, b, la) == 0;
}

static void
link_calls(sipdiag_flows_t *flows, call_t *call, call_t *other, sipdiag_link_t by)
{
    call->story.linked = other->index + 1;
    call->story.link = (uint8_t)by;
    if (other->story.linked == 0) {
        other->story.linked = call->index + 1;
        other->story.link = (uint8_t)by;
    }
    flows->leg.invite = call->story.invite;
    flows->leg.linked_invite = other->story.invite;
    flows->leg.linked_call_id = other->call_id;
    flows->leg.linked_by = by;
}

/* The call a correlation key names: one whose Call-ID it is (X-Call-ID
 * holding the other leg's Call-ID) and that began with an INVITE, or the
 * first that carried it. */
static call_t *
call_by_key(sipdiag_flows_t *flows, const char *key)
{
    flow_key_t hashed = sipdiag_flows_key(key);
    call_t *other = g_hash_table_lookup(flows->calls, &hashed);
    if (other != NULL && other->story.invite != 0 && strcmp(other->call_id, key) == 0)
        return other;
    return g_hash_table_lookup(flows->links, &hashed);
}

/* A recent initial INVITE this one is probably the outgoing leg of: sent
 * from where that one went, within LINK_WINDOW, same numbers. */
static call_t *
call_by_numbers(sipdiag_flows_t *flows, const call_t *call, double time, endpoint_id_t src,
                const char *from, const char *to)
{
    for (unsigned i = 0; i < flows->recent_ring.used; i++) {
        const recent_invite_t *r = &flows->recent[i];
        if (r->call != call && r->call->story.linked == 0 && time - r->time <= LINK_WINDOW
            && time >= r->time && strcmp(from, r->from) == 0 && strcmp(to, r->to) == 0
            && same_host(flows, src, r->dst))
            return r->call;
    }
    return NULL;
}

void
sipdiag_legs_invite(sipdiag_flows_t *flows, call_t *call, const sipdiag_flow_msg_t *m,
                    endpoint_id_t src, endpoint_id_t dst)
{
    char key[128];
    if (m->correlation != NULL
        && sipdiag_link_key(m->correlation_header, m->correlation, strlen(m->correlation), key,
                            sizeof key)) {
        call_t *other = call_by_key(flows, key);
        if (other != NULL && other != call) {
            link_calls(flows, call, other, m->correlation_header);
            return;
        }
        if (other == NULL) {
            flow_key_t *owned = g_new(flow_key_t, 1);
            *owned = sipdiag_flows_key(key);
            g_hash_table_insert(flows->links, owned, call);
            call->story.link = (uint8_t)m->correlation_header; /* how, once linked */
        }
    }
    /* A leg whose Call-ID a later leg's X-Call-ID names: found above from
     * the later leg.  One whose Call-ID an earlier leg named: */
    call_t *named = g_hash_table_lookup(flows->links, &call->key);
    if (named != NULL && named != call) {
        link_calls(flows, call, named, named->story.link);
        return;
    }
    char from[24], to[24];
    if (!sipdiag_link_number(m->from, m->from != NULL ? strlen(m->from) : 0, from, sizeof from)
        || !sipdiag_link_number(m->to, m->to != NULL ? strlen(m->to) : 0, to, sizeof to))
        return;
    call_t *other = call_by_numbers(flows, call, m->time, src, from, to);
    if (other != NULL)
        link_calls(flows, call, other, SIPDIAG_LINK_NUMBERS_AND_TIME);
    unsigned slot = sipdiag_flows_next_slot(&flows->recent_ring, RECENT_INVITES);
    flows->recent[slot].call = call;
    flows->recent[slot].time = m->time;
    flows->recent[slot].src = src;
    flows->recent[slot].dst = dst;
    memcpy(flows->recent[slot].from, from, sizeof from);
    memcpy(flows->recent[slot].to, to, sizeof to);
}

void
sipdiag_legs_response(sipdiag_flows_t *flows, call_t *call, const sipdiag_flow_msg_t *m)
{
    call_story_t *story = &call->story;
    if (m->code <= 100 || m->code >= 300 || !m->has_to_tag || story->legs == UINT8_MAX)
        return;
    flow_key_t tag = sipdiag_flows_key(m->to_tag);
    for (unsigned i = 0; i < story->legs && i < MAX_LEG_TAGS; i++) {
        if (story->leg_tags[i] == tag)
            return;
    }
    /* Past MAX_LEG_TAGS a tag cannot be told from the ones forgotten: the
     * count stops there, a floor. */
    if (story->legs > MAX_LEG_TAGS)
        return;
    if (story->legs < MAX_LEG_TAGS)
        story->leg_tags[story->legs] = tag;
    story->legs++;
    if (story->legs == 1) {
        story->first_leg = m->frame;
        return;
    }
    if (story->legs <= MAX_LEG_TAGS) {
        flows->leg.leg = story->legs;
        flows->leg.invite = story->invite;
        flows->leg.first_leg = story->first_leg;
    }
}

bool
sipdiag_flows_leg(const sipdiag_flows_t *flows, sipdiag_leg_event_t *out)
{
    *out = flows->leg;
    return out->leg != 0 || out->linked_invite != 0;
}
