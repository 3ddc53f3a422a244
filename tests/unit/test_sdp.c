/* test_sdp.c - the SDP reader (src/sdp.c) and where the SIP reader finds
 * an SDP body (src/sipmsg.c): c=, m=, rtpmap, directions, caps, hostile
 * bodies, addresses and their ranges, multipart/mixed.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "sdp.h"
#include "sipmsg.h"

#include <glib.h>
#include <string.h>

static char *
str(span_t s)
{
    return g_strndup(s.ptr != NULL ? s.ptr : "", s.len);
}

#define ASSERT_SPAN(span, text)                   \
    do {                                          \
        g_autofree char *got_ = str(span);        \
        g_assert_cmpstr(got_, ==, text);          \
    } while (0)

static const char offer[] =
    "v=0\r\n"
    "o=alice 2890844526 2890844526 IN IP4 198.51.100.10\r\n"
    "s=-\r\n"
    "c=IN IP4 198.51.100.10\r\n"
    "t=0 0\r\n"
    "a=sendonly\r\n"
    "m=audio 49170 RTP/AVP 0 8 97 101\r\n"
    "a=rtpmap:97 iLBC/8000\r\n"
    "a=rtpmap:101 telephone-event/8000\r\n"
    "a=fmtp:101 0-15\r\n"
    "m=video 0 RTP/AVP 31\r\n"
    "c=IN IP6 fd00::5\r\n"
    "a=recvonly\r\n";

static void
test_offer(void)
{
    sipdiag_sdp_t sdp;
    g_assert_true(sipdiag_sdp_parse(offer, strlen(offer), &sdp));
    g_assert_true(sdp.connection.present);
    ASSERT_SPAN(sdp.connection.address, "198.51.100.10");
    g_assert_cmpuint(sdp.connection.ip.family, ==, 4);
    g_assert_cmpuint(sdp.direction, ==, SIPDIAG_SDP_DIR_SENDONLY);
    g_assert_cmpuint(sdp.n_media, ==, 2);
    g_assert_cmpuint(sdp.media_total, ==, 2);

    const sipdiag_sdp_media_t *audio = &sdp.media[0];
    ASSERT_SPAN(audio->media, "audio");
    g_assert_true(audio->port_valid);
    g_assert_cmpuint(audio->port, ==, 49170);
    ASSERT_SPAN(audio->proto, "RTP/AVP");
    g_assert_cmpuint(audio->n_formats, ==, 4);
    g_assert_cmpint(audio->formats[2].payload_type, ==, 97);
    ASSERT_SPAN(audio->formats[2].encoding, "iLBC");
    g_assert_cmpuint(audio->formats[2].clock_rate, ==, 8000);
    ASSERT_SPAN(audio->formats[3].encoding, "telephone-event");
    /* No media-level direction: the session's sendonly is inherited. */
    g_assert_cmpuint(audio->direction, ==, SIPDIAG_SDP_DIR_NONE);
    g_assert_cmpuint(sipdiag_sdp_direction(&sdp, 0), ==, SIPDIAG_SDP_DIR_SENDONLY);
    g_assert_true(sipdiag_sdp_connection(&sdp, 0) == &sdp.connection);

    /* Static types without rtpmap: RFC 3551's table. */
    span_t name;
    guint32 rate;
    g_assert_true(sipdiag_sdp_codec(audio, 1, &name, &rate));
    ASSERT_SPAN(name, "PCMA");
    g_assert_cmpuint(rate, ==, 8000);

    const sipdiag_sdp_media_t *video = &sdp.media[1];
    g_assert_cmpuint(video->port, ==, 0);
    g_assert_cmpuint(sipdiag_sdp_direction(&sdp, 1), ==, SIPDIAG_SDP_DIR_RECVONLY);
    const sipdiag_sdp_connection_t *c = sipdiag_sdp_connection(&sdp, 1);
    ASSERT_SPAN(c->address, "fd00::5");
    g_assert_cmpuint(c->ip.family, ==, 6);
    g_assert_cmpuint(sipdiag_ip_scope(&c->ip), ==, SIPDIAG_IP_UNIQUE_LOCAL);
    g_assert_true(sipdiag_sdp_codec(video, 0, &name, &rate));
    ASSERT_SPAN(name, "H261");
    g_assert_cmpuint(rate, ==, 90000);
}

static void
test_defaults_and_forms(void)
{
    /* LF only, no direction anywhere: sendrecv; multicast TTL cut off; a
     * port range; a dynamic type without rtpmap is not a known codec. */
    const char *text = "v=0\nc=IN IP4 224.2.1.1/127/3\nm=audio 5004/2 RTP/SAVP 96\n";
    sipdiag_sdp_t sdp;
    g_assert_true(sipdiag_sdp_parse(text, strlen(text), &sdp));
    ASSERT_SPAN(sdp.connection.address, "224.2.1.1");
    g_assert_cmpuint(sipdiag_ip_scope(&sdp.connection.ip), ==, SIPDIAG_IP_MULTICAST);
    g_assert_cmpuint(sdp.media[0].port, ==, 5004);
    g_assert_cmpuint(sipdiag_sdp_direction(&sdp, 0), ==, SIPDIAG_SDP_DIR_SENDRECV);
    span_t name;
    guint32 rate;
    g_assert_false(sipdiag_sdp_codec(&sdp.media[0], 0, &name, &rate));
    g_assert_true(sipdiag_sdp_is_rtp(sdp.media[0].proto));
    g_assert_true(sipdiag_sdp_is_rtp((span_t){ "UDP/TLS/RTP/SAVPF", 17 }));
    g_assert_false(sipdiag_sdp_is_rtp((span_t){ "udptl", 5 }));

    /* T.38: formats are not payload types. */
    text = "v=0\r\nm=image 4000 udptl t38\r\nc=IN IP4 host.example.com\r\n";
    g_assert_true(sipdiag_sdp_parse(text, strlen(text), &sdp));
    g_assert_cmpint(sdp.media[0].formats[0].payload_type, ==, -1);
    ASSERT_SPAN(sdp.media[0].formats[0].fmt, "t38");
    /* A FQDN: present, no address family. */
    g_assert_true(sdp.media[0].connection.present);
    g_assert_cmpuint(sdp.media[0].connection.ip.family, ==, 0);

    /* An ICE candidate other than host is counted. */
    text = "v=0\r\nm=audio 1 RTP/AVP 0\r\n"
           "a=candidate:1 1 UDP 2130706431 10.0.0.5 8998 typ host\r\n"
           "a=candidate:2 1 UDP 1694498815 203.0.113.7 45664 typ srflx raddr 10.0.0.5 rport 8998\r\n";
    g_assert_true(sipdiag_sdp_parse(text, strlen(text), &sdp));
    g_assert_cmpuint(sdp.media[0].ice_relayed, ==, 1);
}

static void
test_hostile(void)
{
    sipdiag_sdp_t sdp;
    /* Not SDP: no v= first. */
    g_assert_false(sipdiag_sdp_parse("m=audio 1 RTP/AVP 0\r\n", 21, &sdp));
    g_assert_cmpuint(sdp.n_media, ==, 0);
    g_assert_false(sipdiag_sdp_parse("", 0, &sdp));
    g_assert_false(sipdiag_sdp_parse("v", 1, &sdp));

    /* 1000 payload types: 32 kept, all counted. */
    GString *many = g_string_new("v=0\r\nm=audio 4000 RTP/AVP");
    for (int i = 0; i < 1000; i++)
        g_string_append_printf(many, " %d", i % 128);
    g_string_append(many, "\r\n");
    g_assert_true(sipdiag_sdp_parse(many->str, many->len, &sdp));
    g_assert_cmpuint(sdp.media[0].n_formats, ==, SIPDIAG_SDP_MAX_FORMATS);
    g_assert_cmpuint(sdp.media[0].formats_total, ==, 1000);
    g_string_free(many, TRUE);

    /* 20 m= lines: 8 kept; what follows the cap does not leak into the
     * last kept one. */
    GString *lines = g_string_new("v=0\r\n");
    for (int i = 0; i < 20; i++)
        g_string_append_printf(lines, "m=audio %d RTP/AVP 0\r\n%s", 1000 + i,
                               i == 19 ? "a=inactive\r\nc=IN IP4 10.9.9.9\r\n" : "");
    g_assert_true(sipdiag_sdp_parse(lines->str, lines->len, &sdp));
    g_assert_cmpuint(sdp.n_media, ==, SIPDIAG_SDP_MAX_MEDIA);
    g_assert_cmpuint(sdp.media_total, ==, 20);
    g_assert_cmpuint(sdp.media[7].direction, ==, SIPDIAG_SDP_DIR_NONE);
    g_assert_false(sdp.media[7].connection.present);
    g_string_free(lines, TRUE);

    /* Truncated mid-line, an embedded NUL, bad c= and ports. */
    const char cut[] = "v=0\r\nc=IN IP4 10.0.\0.1\r\nm=audio 70000 RTP/AVP 0 8\r\na=rtpmap:8 PC";
    g_assert_true(sipdiag_sdp_parse(cut, sizeof cut - 1, &sdp));
    g_assert_true(sdp.connection.present);
    g_assert_cmpuint(sdp.connection.ip.family, ==, 0);
    g_assert_false(sdp.media[0].port_valid);
    g_assert_cmpuint(sdp.media[0].formats[1].encoding.len, ==, 0);
    const char *bad = "v=0\r\nc=IN IP4 1.2.3.4.5\r\nm=audio x RTP/AVP\r\nc=IN IP6 10.0.0.1\r\n";
    g_assert_true(sipdiag_sdp_parse(bad, strlen(bad), &sdp));
    g_assert_cmpuint(sdp.connection.ip.family, ==, 0);
    g_assert_false(sdp.media[0].port_valid);
    g_assert_cmpuint(sdp.media[0].n_formats, ==, 0);
    /* IP6 announced, IPv4 written: not trusted. */
    g_assert_cmpuint(sdp.media[0].connection.ip.family, ==, 0);
}

static void
assert_ip(const char *text, gboolean ok, guint family, sipdiag_ip_scope_t scope,
          const char *formatted)
{
    sipdiag_ip_t ip;
    g_assert_cmpint(sipdiag_ip_parse((span_t){ text, strlen(text) }, &ip), ==, ok);
    if (!ok)
        return;
    g_assert_cmpuint(ip.family, ==, family);
    g_assert_cmpuint(sipdiag_ip_scope(&ip), ==, scope);
    char out[64];
    sipdiag_ip_format(&ip, out, sizeof out);
    g_assert_cmpstr(out, ==, formatted);
}

static void
test_addresses(void)
{
    assert_ip("10.1.2.3", TRUE, 4, SIPDIAG_IP_PRIVATE, "10.1.2.3");
    assert_ip("172.16.0.1", TRUE, 4, SIPDIAG_IP_PRIVATE, "172.16.0.1");
    assert_ip("172.32.0.1", TRUE, 4, SIPDIAG_IP_PUBLIC, "172.32.0.1");
    assert_ip("192.168.1.1", TRUE, 4, SIPDIAG_IP_PRIVATE, "192.168.1.1");
    assert_ip("100.64.0.1", TRUE, 4, SIPDIAG_IP_SHARED, "100.64.0.1");
    assert_ip("100.128.0.1", TRUE, 4, SIPDIAG_IP_PUBLIC, "100.128.0.1");
    assert_ip("169.254.7.7", TRUE, 4, SIPDIAG_IP_LINK_LOCAL, "169.254.7.7");
    assert_ip("127.0.0.1", TRUE, 4, SIPDIAG_IP_LOOPBACK, "127.0.0.1");
    assert_ip("0.0.0.0", TRUE, 4, SIPDIAG_IP_UNSPECIFIED, "0.0.0.0");
    assert_ip("203.0.113.5", TRUE, 4, SIPDIAG_IP_PUBLIC, "203.0.113.5");
    assert_ip("fe80::1", TRUE, 6, SIPDIAG_IP_LINK_LOCAL, "fe80::1");
    assert_ip("FC00::1:2", TRUE, 6, SIPDIAG_IP_UNIQUE_LOCAL, "fc00::1:2");
    assert_ip("2001:db8::1", TRUE, 6, SIPDIAG_IP_PUBLIC, "2001:db8::1");
    assert_ip("::1", TRUE, 6, SIPDIAG_IP_LOOPBACK, "::1");
    assert_ip("::", TRUE, 6, SIPDIAG_IP_UNSPECIFIED, "::");
    assert_ip("::ffff:10.0.0.1", TRUE, 6, SIPDIAG_IP_PRIVATE, "::ffff:a00:1");
    assert_ip("1:2:3:4:5:6:7:8", TRUE, 6, SIPDIAG_IP_PUBLIC, "1:2:3:4:5:6:7:8");
    assert_ip("2001:db8:0:0:1:0:0:1", TRUE, 6, SIPDIAG_IP_PUBLIC, "2001:db8::1:0:0:1");
    assert_ip("256.1.1.1", FALSE, 0, 0, NULL);
    assert_ip("1.2.3", FALSE, 0, 0, NULL);
    assert_ip("1::2::3", FALSE, 0, 0, NULL);
    assert_ip("1:2:3:4:5:6:7:8:9", FALSE, 0, 0, NULL);
    assert_ip(":1", FALSE, 0, 0, NULL);
    assert_ip("1:", FALSE, 0, 0, NULL);
    assert_ip("12345::", FALSE, 0, 0, NULL);
}

static void
test_multipart(void)
{
    const char *body = "--b1\r\nContent-Type: application/isup;version=itu-t92+\r\n\r\n"
                       "\x01\x02\r\n"
                       "--b1\r\nContent-Type: application/sdp\r\n\r\n"
                       "v=0\r\nm=audio 1 RTP/AVP 0\r\n"
                       "\r\n--b1--\r\n";
    span_t sdp = { NULL, 0 };
    g_assert_true(sipdiag_sdp_in_multipart((span_t){ "b1", 2 },
                                           (span_t){ body, strlen(body) }, &sdp));
    ASSERT_SPAN(sdp, "v=0\r\nm=audio 1 RTP/AVP 0\r\n");
    g_assert_false(sipdiag_sdp_in_multipart((span_t){ "b2", 2 },
                                            (span_t){ body, strlen(body) }, &sdp));

    /* The SIP reader: application/sdp within Content-Length, multipart
     * with a quoted boundary, and no SDP for other types. */
    const char *invite = "INVITE sip:b@h SIP/2.0\r\nContent-Type: application/SDP\r\n"
                         "Content-Length: 10\r\n\r\nv=0\r\nm=aud IGNORED";
    sipdiag_sipmsg_t msg;
    g_assert_true(sipdiag_sipmsg_read(invite, strlen(invite), &msg));
    ASSERT_SPAN(msg.sdp_body, "v=0\r\nm=aud");
    GString *mixed = g_string_new("INVITE sip:b@h SIP/2.0\r\n"
                                  "Content-Type: multipart/mixed;boundary=\"b1\"\r\n\r\n");
    g_string_append(mixed, body);
    g_assert_true(sipdiag_sipmsg_read_mode(mixed->str, mixed->len, SIPDIAG_SIPMSG_CONTEXT, &msg));
    ASSERT_SPAN(msg.sdp_body, "v=0\r\nm=audio 1 RTP/AVP 0\r\n");
    g_string_free(mixed, TRUE);
    const char *text = "MESSAGE sip:b@h SIP/2.0\r\nc: text/plain\r\n\r\nv=0\r\n";
    g_assert_true(sipdiag_sipmsg_read(text, strlen(text), &msg));
    g_assert_cmpuint(msg.sdp_body.len, ==, 0);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/sdp/offer", test_offer);
    g_test_add_func("/sdp/defaults-and-forms", test_defaults_and_forms);
    g_test_add_func("/sdp/hostile", test_hostile);
    g_test_add_func("/sdp/addresses", test_addresses);
    g_test_add_func("/sdp/multipart", test_multipart);
    return g_test_run();
}
