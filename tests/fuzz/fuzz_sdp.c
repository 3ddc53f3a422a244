/* fuzz_sdp.c - libFuzzer harness for the SDP reader (src/sdp.c) and the
 * media checks (src/media.c) that read what it gives.
 *
 * The input is an SDP body, len-bounded and not NUL-terminated.  It is read
 * whole; every span must lie inside it and the counts within their caps.
 * Then the same bytes are fed to the offer/answer model as an INVITE's
 * offer and a 200's answer (cut at the first byte's position), across a
 * public hop: at most one finding of each kind, each summary rendered
 * with no slot left.  The first 46 bytes are also read as an IP address,
 * which must read back the same once written.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "fuzz_common.h"

#include <glib.h>
#include <stdbool.h>

#include "media.h"
#include "sdp.h"

static void
check_span(span_t s, const char *buf, size_t size)
{
    FUZZ_CHECK(fuzz_span_inside(buf, size, s.ptr, s.len));
}

static void
check_sdp(const sipdiag_sdp_t *sdp, const char *buf, size_t size)
{
    FUZZ_CHECK(sdp->n_media <= SIPDIAG_SDP_MAX_MEDIA && sdp->n_media <= sdp->media_total);
    check_span(sdp->connection.address, buf, size);
    for (unsigned i = 0; i < sdp->n_media; i++) {
        const sipdiag_sdp_media_t *m = &sdp->media[i];
        check_span(m->media, buf, size);
        check_span(m->proto, buf, size);
        check_span(m->connection.address, buf, size);
        FUZZ_CHECK(m->port <= 65535 && (m->port_valid || m->port == 0));
        FUZZ_CHECK(m->n_formats <= SIPDIAG_SDP_MAX_FORMATS && m->n_formats <= m->formats_total);
        for (unsigned j = 0; j < m->n_formats; j++) {
            const sipdiag_sdp_format_t *f = &m->formats[j];
            check_span(f->fmt, buf, size);
            check_span(f->encoding, buf, size);
            FUZZ_CHECK(f->fmt.len > 0 && f->payload_type >= -1 && f->payload_type <= 127);
            FUZZ_CHECK((f->encoding.len > 0) == (f->clock_rate > 0));
            span_t name;
            uint32_t rate;
            if (sipdiag_sdp_codec(m, j, &name, &rate))
                FUZZ_CHECK(name.len > 0 && rate > 0);
        }
        const sipdiag_sdp_connection_t *c = sipdiag_sdp_connection(sdp, i);
        FUZZ_CHECK(c == NULL || c->present);
        sipdiag_sdp_direction_t d = sipdiag_sdp_direction(sdp, i);
        FUZZ_CHECK(d != SIPDIAG_SDP_DIR_NONE);
        FUZZ_CHECK(sipdiag_sdp_direction_name(d) != NULL);
    }
}

static sipdiag_ip_t
address(const char *text)
{
    sipdiag_ip_t ip;
    sipdiag_ip_parse((span_t){ text, strlen(text) }, &ip);
    return ip;
}

static void
check_findings(const sipdiag_media_finding_t *found, unsigned count)
{
    FUZZ_CHECK(count <= SIPDIAG_MEDIA_MAX_FINDINGS);
    unsigned kinds = 0;
    for (unsigned i = 0; i < count; i++) {
        FUZZ_CHECK(found[i].kind < SIPDIAG_MEDIA_KIND_COUNT);
        FUZZ_CHECK((kinds & (1u << found[i].kind)) == 0);
        kinds |= 1u << found[i].kind;
        /* A brace may come from the SDP itself (a media or codec name);
         * otherwise none may be left in the summary. */
        bool braces = strchr(found[i].media, '{') != NULL || strchr(found[i].offered, '{') != NULL
                      || strchr(found[i].answered, '{') != NULL;
        for (int lang = SIPDIAG_LANG_EN; lang <= SIPDIAG_LANG_ES; lang++) {
            char *summary = sipdiag_media_summary(&found[i], (sipdiag_lang_t)lang);
            FUZZ_CHECK(summary != NULL && (braces || strchr(summary, '{') == NULL));
            g_free(summary);
        }
    }
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *buf = fuzz_copy(data, size);
    sipdiag_sdp_t sdp;
    if (sipdiag_sdp_parse(buf, size, &sdp))
        check_sdp(&sdp, buf, size);
    else
        FUZZ_CHECK(sdp.n_media == 0 && !sdp.connection.present);

    /* The bytes as a multipart/mixed body with boundary "b". */
    span_t part;
    if (sipdiag_sdp_in_multipart((span_t){ "b", 1 }, (span_t){ buf, size }, &part))
        check_span(part, buf, size);

    /* An address, written and read back. */
    sipdiag_ip_t ip, again;
    if (sipdiag_ip_parse((span_t){ buf, size < 46 ? size : 46 }, &ip)) {
        char text[64];
        sipdiag_ip_format(&ip, text, sizeof text);
        FUZZ_CHECK(sipdiag_ip_parse((span_t){ text, strlen(text) }, &again));
        FUZZ_CHECK(again.family == ip.family && memcmp(again.bytes, ip.bytes, 16) == 0);
        (void)sipdiag_ip_scope_is_internal(sipdiag_ip_scope(&ip));
    }

    /* Offer and answer: the input cut in two. */
    size_t cut = size > 0 ? (size_t)(uint8_t)buf[0] * size / 256 : 0;
    sipdiag_media_t *media = sipdiag_media_new(4);
    sipdiag_media_finding_t found[SIPDIAG_MEDIA_MAX_FINDINGS];
    sipdiag_media_msg_t msg = { .frame = 1, .method = "INVITE", .has_cseq = true, .cseq = 1,
                                .call_id = "c", .sdp = buf, .sdp_len = cut,
                                .src = address("198.51.100.1"), .dst = address("10.0.0.1") };
    check_findings(found, sipdiag_media_feed(media, &msg, found));
    msg.frame = 2;
    msg.is_response = true;
    msg.code = 200;
    msg.sdp = buf + cut;
    msg.sdp_len = size - cut;
    msg.src = address("10.0.0.1");
    msg.dst = address("198.51.100.1");
    check_findings(found, sipdiag_media_feed(media, &msg, found));
    /* A re-INVITE with the answer's bytes, refused. */
    msg = (sipdiag_media_msg_t){ .frame = 3, .method = "INVITE", .has_cseq = true, .cseq = 2,
                                 .call_id = "c", .sdp = buf + cut, .sdp_len = size - cut };
    check_findings(found, sipdiag_media_feed(media, &msg, found));
    msg = (sipdiag_media_msg_t){ .frame = 4, .is_response = true, .code = 488,
                                 .method = "INVITE", .has_cseq = true, .cseq = 2,
                                 .call_id = "c" };
    check_findings(found, sipdiag_media_feed(media, &msg, found));
    sipdiag_media_free(media);
    free(buf);
    return 0;
}
