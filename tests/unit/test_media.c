/* test_media.c - SDP offer/answer pairing and the media checks
 * (src/media.c, src/media_texts.c) on message sequences written by hand.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "media.h"

#include <glib.h>
#include <string.h>

#define PUBLIC_A "198.51.100.10"
#define PUBLIC_B "203.0.113.20"
#define LAN_A "10.0.0.5"
#define LAN_B "10.0.0.6"

typedef struct {
    sipdiag_media_t *media;
    sipdiag_media_finding_t found[SIPDIAG_MEDIA_MAX_FINDINGS];
    unsigned count;
} fixture_t;

static sipdiag_ip_t
ip(const char *text)
{
    sipdiag_ip_t out;
    g_assert_true(sipdiag_ip_parse((span_t){ text, strlen(text) }, &out));
    return out;
}

/* One message: a request ("INVITE") or a response (code > 0, method the
 * CSeq's), from src to dst, with sdp (NULL: none). */
static unsigned
feed(fixture_t *f, uint32_t frame, const char *method, unsigned code, uint32_t cseq,
     const char *src, const char *dst, const char *sdp)
{
    sipdiag_media_msg_t msg = {
        .frame = frame,
        .is_response = code > 0,
        .code = code,
        .method = method,
        .has_cseq = true,
        .cseq = cseq,
        .call_id = "call-1@test",
        .sdp = sdp,
        .sdp_len = sdp != NULL ? strlen(sdp) : 0,
        .src = ip(src),
        .dst = ip(dst),
    };
    f->count = sipdiag_media_feed(f->media, &msg, f->found);
    return f->count;
}

static void
setup(fixture_t *f, gconstpointer data G_GNUC_UNUSED)
{
    f->media = sipdiag_media_new(10);
    f->count = 0;
}

static void
teardown(fixture_t *f, gconstpointer data G_GNUC_UNUSED)
{
    sipdiag_media_free(f->media);
}

/* An SDP from address, one audio stream on port with formats and the
 * attribute lines given. */
static char *
sdp(const char *address, unsigned port, const char *formats, const char *attributes)
{
    return g_strdup_printf("v=0\r\no=- 1 1 IN IP4 %s\r\ns=-\r\nc=IN IP4 %s\r\nt=0 0\r\n"
                           "m=audio %u RTP/AVP %s\r\n%s",
                           address, address, port, formats, attributes);
}

static void
test_good_call(fixture_t *f, gconstpointer data G_GNUC_UNUSED)
{
    g_autofree char *o = sdp(PUBLIC_A, 4000, "0 8 101",
                             "a=rtpmap:101 telephone-event/8000\r\n");
    /* The answer maps PCMA under a dynamic number: same codec. */
    g_autofree char *a = sdp(PUBLIC_B, 5000, "96 101",
                             "a=rtpmap:96 pcma/8000\r\na=rtpmap:101 telephone-event/8000\r\n");
    g_assert_cmpuint(feed(f, 1, "INVITE", 0, 1, PUBLIC_A, PUBLIC_B, o), ==, 0);
    g_assert_cmpuint(feed(f, 2, "INVITE", 0, 1, PUBLIC_A, PUBLIC_B, o), ==, 0);
    g_assert_cmpuint(feed(f, 3, "INVITE", 100, 1, PUBLIC_B, PUBLIC_A, NULL), ==, 0);
    g_assert_cmpuint(feed(f, 4, "INVITE", 200, 1, PUBLIC_B, PUBLIC_A, a), ==, 0);
    g_assert_cmpuint(feed(f, 5, "ACK", 0, 1, PUBLIC_A, PUBLIC_B, NULL), ==, 0);
    g_assert_true(sipdiag_media_following(f->media));
}

static void
test_disjoint(fixture_t *f, gconstpointer data G_GNUC_UNUSED)
{
    g_autofree char *o = sdp(PUBLIC_A, 4000, "18 101", "a=rtpmap:101 telephone-event/8000\r\n");
    /* Only telephone-event in common: not a codec. */
    g_autofree char *a = sdp(PUBLIC_B, 5000, "0 8 101",
                             "a=rtpmap:101 telephone-event/8000\r\n");
    feed(f, 1, "INVITE", 0, 7, PUBLIC_A, PUBLIC_B, o);
    g_assert_cmpuint(feed(f, 2, "INVITE", 183, 7, PUBLIC_B, PUBLIC_A, a), ==, 1);
    const sipdiag_media_finding_t *d = &f->found[0];
    g_assert_cmpuint(d->kind, ==, SIPDIAG_MEDIA_NO_COMMON_CODEC);
    g_assert_cmpuint(d->which, ==, SIPDIAG_MEDIA_DISJOINT);
    g_assert_cmpuint(d->offer, ==, 1);
    g_assert_cmpuint(d->answer, ==, 2);
    g_assert_cmpuint(d->stream, ==, 1);
    g_assert_cmpstr(d->offered, ==, "G729/8000 telephone-event/8000");
    g_assert_cmpstr(d->answered, ==, "PCMU/8000 PCMA/8000 telephone-event/8000");
    g_autofree char *en = sipdiag_media_summary(d, SIPDIAG_LANG_EN);
    g_assert_cmpstr(en, ==,
                    "The audio stream (m= line 1) of the answer in frame 2 accepts PCMU/8000 "
                    "PCMA/8000 telephone-event/8000, none of the offer's in frame 1 (G729/8000 "
                    "telephone-event/8000): the two sides share no codec");
    /* The 2xx repeating the 18x's answer is not judged again. */
    g_assert_cmpuint(feed(f, 3, "INVITE", 200, 7, PUBLIC_B, PUBLIC_A, a), ==, 0);
}

static void
test_all_rejected_and_refused(fixture_t *f, gconstpointer data G_GNUC_UNUSED)
{
    g_autofree char *o = sdp(PUBLIC_A, 4000, "0", "");
    g_autofree char *a = sdp(PUBLIC_B, 0, "0", "");
    feed(f, 1, "INVITE", 0, 1, PUBLIC_A, PUBLIC_B, o);
    g_assert_cmpuint(feed(f, 2, "INVITE", 200, 1, PUBLIC_B, PUBLIC_A, a), ==, 1);
    g_assert_cmpuint(f->found[0].which, ==, SIPDIAG_MEDIA_ALL_REJECTED);
    g_assert_cmpstr(f->found[0].offered, ==, "PCMU/8000");
    g_autofree char *fr = sipdiag_media_summary(&f->found[0], SIPDIAG_LANG_FR);
    g_assert_cmpstr(fr, ==,
                    "La réponse SDP de la trame 2 rejette tous les flux de l'offre de la trame 1 "
                    "(port 0) : aucun média ne passera ; l'offre proposait en audio PCMU/8000");

    /* A re-INVITE refused with 488; then an UPDATE refused with 606;
     * a 486 refuses nothing. */
    feed(f, 3, "INVITE", 0, 2, PUBLIC_A, PUBLIC_B, o);
    g_assert_cmpuint(feed(f, 4, "INVITE", 488, 2, PUBLIC_B, PUBLIC_A, NULL), ==, 1);
    g_assert_cmpuint(f->found[0].which, ==, SIPDIAG_MEDIA_REFUSED);
    g_assert_cmpuint(f->found[0].code, ==, 488);
    g_assert_cmpuint(f->found[0].offer, ==, 3);
    g_assert_cmpuint(f->found[0].answer, ==, 4);
    g_assert_cmpuint(feed(f, 5, "INVITE", 488, 2, PUBLIC_B, PUBLIC_A, NULL), ==, 0);
    feed(f, 6, "UPDATE", 0, 3, PUBLIC_A, PUBLIC_B, o);
    g_assert_cmpuint(feed(f, 7, "UPDATE", 606, 3, PUBLIC_B, PUBLIC_A, NULL), ==, 1);
    g_assert_cmpuint(f->found[0].code, ==, 606);
    feed(f, 8, "INVITE", 0, 4, PUBLIC_A, PUBLIC_B, o);
    g_assert_cmpuint(feed(f, 9, "INVITE", 486, 4, PUBLIC_B, PUBLIC_A, NULL), ==, 0);
    /* An offer with every stream disabled: its 488 says nothing of codecs. */
    g_autofree char *none = sdp("0.0.0.0", 0, "0", "a=inactive\r\n");
    feed(f, 10, "INVITE", 0, 5, PUBLIC_A, PUBLIC_B, none);
    g_assert_cmpuint(feed(f, 11, "INVITE", 488, 5, PUBLIC_B, PUBLIC_A, NULL), ==, 0);
}

static void
test_offer_in_2xx(fixture_t *f, gconstpointer data G_GNUC_UNUSED)
{
    /* INVITE without SDP: the 2xx offers, the ACK answers. */
    g_autofree char *o = sdp(PUBLIC_B, 5000, "8", "");
    g_autofree char *a = sdp(PUBLIC_A, 4000, "9", "");
    g_assert_cmpuint(feed(f, 1, "INVITE", 0, 1, PUBLIC_A, PUBLIC_B, NULL), ==, 0);
    g_assert_cmpuint(feed(f, 2, "INVITE", 200, 1, PUBLIC_B, PUBLIC_A, o), ==, 0);
    g_assert_cmpuint(feed(f, 3, "INVITE", 200, 1, PUBLIC_B, PUBLIC_A, o), ==, 0);
    g_assert_cmpuint(feed(f, 4, "ACK", 0, 1, PUBLIC_A, PUBLIC_B, a), ==, 1);
    g_assert_cmpuint(f->found[0].which, ==, SIPDIAG_MEDIA_DISJOINT);
    g_assert_cmpuint(f->found[0].offer, ==, 2);
    g_assert_cmpuint(f->found[0].answer, ==, 4);
    g_assert_cmpstr(f->found[0].answered, ==, "G722/8000");
}

static void
test_private_address(fixture_t *f, gconstpointer data G_GNUC_UNUSED)
{
    g_autofree char *o = sdp(LAN_A, 4000, "0", "");
    g_autofree char *a = sdp(PUBLIC_B, 5000, "0", "");
    /* On the LAN: nothing to say. */
    g_assert_cmpuint(feed(f, 1, "INVITE", 0, 1, LAN_A, LAN_B, o), ==, 0);
    /* Across the public hop: the offer is flagged, once. */
    g_assert_cmpuint(feed(f, 2, "INVITE", 0, 1, PUBLIC_A, PUBLIC_B, o), ==, 1);
    const sipdiag_media_finding_t *d = &f->found[0];
    g_assert_cmpuint(d->kind, ==, SIPDIAG_MEDIA_PRIVATE_ADDRESS);
    g_assert_cmpuint(d->offer, ==, 2);
    g_assert_cmpuint(d->answer, ==, 0);
    g_assert_cmpstr(d->address, ==, LAN_A);
    g_assert_cmpstr(d->public_address, ==, PUBLIC_A);
    g_autofree char *en = sipdiag_media_summary(d, SIPDIAG_LANG_EN);
    g_assert_cmpstr(en, ==,
                    "The SDP offer in frame 2 gives c=10.0.0.5 (RFC 1918 private space) for its "
                    "audio stream while it travels from 198.51.100.10 to 203.0.113.20: "
                    "198.51.100.10 is public, so the far side will send RTP to an address it "
                    "cannot reach");
    g_assert_cmpuint(feed(f, 3, "INVITE", 0, 1, PUBLIC_A, PUBLIC_B, o), ==, 0);
    /* Each hop answers; the answers are public. */
    g_assert_cmpuint(feed(f, 4, "INVITE", 200, 1, PUBLIC_B, PUBLIC_A, a), ==, 0);
    g_assert_cmpuint(feed(f, 5, "INVITE", 200, 1, LAN_B, LAN_A, a), ==, 0);
    /* ICE with a server-reflexive candidate: ICE may find the path. */
    g_autofree char *ice = sdp("100.64.1.1", 4000, "0",
                               "a=candidate:2 1 UDP 1 203.0.113.7 4000 typ srflx\r\n");
    g_assert_cmpuint(feed(f, 6, "INVITE", 0, 2, PUBLIC_A, PUBLIC_B, ice), ==, 0);
    /* Only one end public is enough; a shared (CGNAT) address in an answer. */
    g_autofree char *cgn = sdp("100.64.1.1", 5000, "0", "");
    g_assert_cmpuint(feed(f, 7, "INVITE", 200, 2, LAN_B, PUBLIC_A, cgn), ==, 1);
    g_assert_true(f->found[0].in_answer);
    g_assert_cmpuint(f->found[0].offer, ==, 6);
    g_assert_cmpuint(f->found[0].answer, ==, 7);
    g_assert_cmpuint(f->found[0].scope, ==, SIPDIAG_IP_SHARED);
    g_autofree char *es = sipdiag_media_summary(&f->found[0], SIPDIAG_LANG_ES);
    g_assert_true(g_str_has_prefix(es, "La respuesta SDP de la trama 7 da c=100.64.1.1 (rango de "
                                       "CGNAT RFC 6598)"));
}

static void
test_directions(fixture_t *f, gconstpointer data G_GNUC_UNUSED)
{
    /* Initial sendonly offer answered sendonly: RFC 3264 §6.1 broken. */
    g_autofree char *o = sdp(PUBLIC_A, 4000, "0", "a=sendonly\r\n");
    g_autofree char *a = sdp(PUBLIC_B, 5000, "0", "a=sendonly\r\n");
    feed(f, 1, "INVITE", 0, 1, PUBLIC_A, PUBLIC_B, o);
    g_assert_cmpuint(feed(f, 2, "INVITE", 200, 1, PUBLIC_B, PUBLIC_A, a), ==, 1);
    const sipdiag_media_finding_t *d = &f->found[0];
    g_assert_cmpuint(d->which, ==, SIPDIAG_MEDIA_FORBIDDEN_DIRECTION);
    g_assert_cmpuint(d->offer_direction, ==, SIPDIAG_SDP_DIR_SENDONLY);
    g_assert_cmpuint(d->answer_direction, ==, SIPDIAG_SDP_DIR_SENDONLY);
    g_autofree char *en = sipdiag_media_summary(d, SIPDIAG_LANG_EN);
    g_assert_cmpstr(en, ==,
                    "The audio stream of the answer in frame 2 is sendonly to a sendonly offer "
                    "in frame 1; RFC 3264 allows only recvonly or inactive: both sides will "
                    "send and neither listens, or one sends to a side that will not receive");

    /* Hold later in the call: sendonly answered recvonly, then inactive
     * answered inactive: fine.  A re-INVITE answered inactive to a
     * sendrecv offer is not judged either (the answerer may hold). */
    g_autofree char *hold = sdp(PUBLIC_A, 4000, "0", "a=sendonly\r\n");
    g_autofree char *held = sdp(PUBLIC_B, 5000, "0", "a=recvonly\r\n");
    g_autofree char *idle_o = sdp(PUBLIC_A, 4000, "0", "a=inactive\r\n");
    g_autofree char *idle_a = sdp(PUBLIC_B, 5000, "0", "a=inactive\r\n");
    g_autofree char *resume = sdp(PUBLIC_A, 4000, "0", "");
    feed(f, 3, "INVITE", 0, 2, PUBLIC_A, PUBLIC_B, hold);
    g_assert_cmpuint(feed(f, 4, "INVITE", 200, 2, PUBLIC_B, PUBLIC_A, held), ==, 0);
    feed(f, 5, "INVITE", 0, 3, PUBLIC_A, PUBLIC_B, idle_o);
    g_assert_cmpuint(feed(f, 6, "INVITE", 200, 3, PUBLIC_B, PUBLIC_A, idle_a), ==, 0);
    feed(f, 7, "INVITE", 0, 4, PUBLIC_A, PUBLIC_B, resume);
    g_assert_cmpuint(feed(f, 8, "INVITE", 200, 4, PUBLIC_B, PUBLIC_A, idle_a), ==, 0);
    /* inactive offer answered sendrecv: broken whatever the moment. */
    feed(f, 9, "INVITE", 0, 5, PUBLIC_A, PUBLIC_B, idle_o);
    g_assert_cmpuint(feed(f, 10, "INVITE", 200, 5, PUBLIC_B, PUBLIC_A, resume), ==, 1);
    g_assert_cmpuint(f->found[0].which, ==, SIPDIAG_MEDIA_FORBIDDEN_DIRECTION);
    g_autofree char *fr = sipdiag_media_summary(&f->found[0], SIPDIAG_LANG_FR);
    g_assert_true(strstr(fr, "la RFC 3264 n'autorise que inactive") != NULL);
}

static void
test_no_flow_on_new_call(fixture_t *f, gconstpointer data G_GNUC_UNUSED)
{
    /* Session-level inactive in the answer, inherited by its stream. */
    g_autofree char *o = sdp(PUBLIC_A, 4000, "0", "");
    g_autofree char *a = g_strdup_printf("v=0\r\nc=IN IP4 %s\r\na=inactive\r\n"
                                         "m=audio 5000 RTP/AVP 0\r\n", PUBLIC_B);
    feed(f, 1, "INVITE", 0, 1, PUBLIC_A, PUBLIC_B, o);
    g_assert_cmpuint(feed(f, 2, "INVITE", 200, 1, PUBLIC_B, PUBLIC_A, a), ==, 1);
    g_assert_cmpuint(f->found[0].which, ==, SIPDIAG_MEDIA_NO_FLOW);
    g_assert_cmpuint(f->found[0].answer_direction, ==, SIPDIAG_SDP_DIR_INACTIVE);
    /* c=0.0.0.0 (RFC 2543 hold) is not judged. */
    sipdiag_media_free(f->media);
    f->media = sipdiag_media_new(10);
    g_autofree char *zero = sdp("0.0.0.0", 4000, "0", "");
    feed(f, 1, "INVITE", 0, 1, PUBLIC_A, PUBLIC_B, zero);
    g_assert_cmpuint(feed(f, 2, "INVITE", 200, 1, PUBLIC_B, PUBLIC_A, a), ==, 0);
}

static void
test_caps_and_neutral(fixture_t *f, gconstpointer data G_GNUC_UNUSED)
{
    /* A body that is not SDP, an OPTIONS 200 with SDP, no Call-ID. */
    g_assert_cmpuint(feed(f, 1, "INVITE", 0, 1, PUBLIC_A, PUBLIC_B, "hello"), ==, 0);
    g_assert_false(sipdiag_media_following(f->media));
    g_autofree char *o = sdp(LAN_A, 4000, "0", "");
    g_assert_cmpuint(feed(f, 2, "OPTIONS", 200, 1, PUBLIC_B, PUBLIC_A, o), ==, 0);
    sipdiag_media_msg_t msg = { .frame = 3, .method = "INVITE", .has_cseq = true,
                                .sdp = o, .sdp_len = strlen(o) };
    g_assert_cmpuint(sipdiag_media_feed(f->media, &msg, f->found), ==, 0);
    /* A garbled RTP format is not a codec to judge; an answer whose kept
     * streams are all port 0 may accept one past the cap. */
    g_autofree char *nul_o = g_strdup("v=0\r\nc=IN IP4 198.51.100.10\r\nm=audio 4000 RTP/AVP x8\r\n");
    g_autofree char *pcmu = sdp(PUBLIC_B, 5000, "0", "");
    feed(f, 10, "INVITE", 0, 9, PUBLIC_A, PUBLIC_B, nul_o);
    g_assert_cmpuint(feed(f, 11, "INVITE", 200, 9, PUBLIC_B, PUBLIC_A, pcmu), ==, 0);
    GString *many_o = g_string_new("v=0\r\nc=IN IP4 198.51.100.10\r\n");
    GString *many_a = g_string_new("v=0\r\nc=IN IP4 203.0.113.20\r\n");
    for (int i = 0; i < 10; i++) {
        g_string_append(many_o, "m=audio 4000 RTP/AVP 0\r\n");
        g_string_append_printf(many_a, "m=audio %d RTP/AVP 0\r\n", i < 9 ? 0 : 5000);
    }
    feed(f, 12, "INVITE", 0, 10, PUBLIC_A, PUBLIC_B, many_o->str);
    g_assert_cmpuint(feed(f, 13, "INVITE", 200, 10, PUBLIC_B, PUBLIC_A, many_a->str), ==, 0);
    g_string_free(many_o, TRUE);
    g_string_free(many_a, TRUE);
    /* Beyond the cap of calls: not followed. */
    sipdiag_media_free(f->media);
    f->media = sipdiag_media_new(1);
    feed(f, 4, "INVITE", 0, 1, LAN_A, LAN_B, o);
    msg = (sipdiag_media_msg_t){ .frame = 5, .method = "INVITE", .has_cseq = true, .cseq = 1,
                                 .call_id = "other", .sdp = o, .sdp_len = strlen(o),
                                 .src = ip(PUBLIC_A), .dst = ip(PUBLIC_B) };
    g_assert_cmpuint(sipdiag_media_feed(f->media, &msg, f->found), ==, 0);
}

static void
test_texts(void)
{
    for (unsigned c = 0; c < SIPDIAG_MEDIA_CASE_COUNT; c++) {
        g_assert_cmpuint(sipdiag_media_rules[c].which, ==, c);
        g_assert_nonnull(sipdiag_media_rules[c].source);
        for (unsigned l = 0; l < 3; l++) {
            const sipdiag_media_texts_t *t = &sipdiag_media_rules[c].texts[l];
            g_assert_nonnull(t->summary);
            g_assert_cmpuint(strlen(t->fix), >, 200);
            /* Every slot filled: a finding with every field set. */
            sipdiag_media_finding_t d = { .kind = sipdiag_media_rules[c].kind, .which = c,
                                          .offer = 1, .answer = 2, .frame = 2 };
            g_strlcpy(d.media, "audio", sizeof d.media);
            char *s = sipdiag_media_summary(&d, l == 0 ? SIPDIAG_LANG_EN
                                                : l == 1 ? SIPDIAG_LANG_FR : SIPDIAG_LANG_ES);
            g_assert_null(strchr(s, '{'));
            g_free(s);
        }
    }
    g_assert_cmpstr(sipdiag_media_key(SIPDIAG_MEDIA_NO_COMMON_CODEC), ==, "no-common-codec");
    g_assert_cmpstr(sipdiag_media_key(SIPDIAG_MEDIA_PRIVATE_ADDRESS), ==, "private-address");
    g_assert_cmpstr(sipdiag_media_key(SIPDIAG_MEDIA_DIRECTION), ==, "direction");
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
#define ADD(path, fn) g_test_add(path, fixture_t, NULL, setup, fn, teardown)
    ADD("/media/good-call", test_good_call);
    ADD("/media/disjoint", test_disjoint);
    ADD("/media/all-rejected-and-refused", test_all_rejected_and_refused);
    ADD("/media/offer-in-2xx", test_offer_in_2xx);
    ADD("/media/private-address", test_private_address);
    ADD("/media/directions", test_directions);
    ADD("/media/no-flow-on-new-call", test_no_flow_on_new_call);
    ADD("/media/caps-and-neutral", test_caps_and_neutral);
    g_test_add_func("/media/texts", test_texts);
    return g_test_run();
}
