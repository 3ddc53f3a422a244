/* test_sipmsg.c - reading a SIP message from its bytes (src/sipmsg.c), as
 * the plugin does for every message: start line, headers, sipfrag body.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "sipmsg.h"

#include <glib.h>

#include "legs.h"
#include <string.h>

static char *
span_str(span_t s)
{
    return s.len > 0 ? g_strndup(s.ptr, s.len) : g_strdup("");
}

/* Parses text (without its NUL) and checks every part of the head. */
static void
assert_head(const char *text, gboolean parsed, gboolean is_request, const char *method,
            gboolean has_cseq, guint32 cseq, const char *cseq_method, const char *call_id)
{
    sipdiag_sipmsg_t head;
    g_assert_cmpint(sipdiag_sipmsg_read(text, strlen(text), &head), ==, parsed);
    g_assert_cmpint(head.is_request, ==, is_request);
    g_autofree char *got_method = span_str(head.method);
    g_autofree char *got_cseq_method = span_str(head.cseq_method);
    g_autofree char *got_call_id = span_str(head.call_id);
    g_assert_cmpstr(got_method, ==, method);
    g_assert_cmpint(head.has_cseq, ==, has_cseq);
    g_assert_cmpuint(head.cseq, ==, cseq);
    g_assert_cmpstr(got_cseq_method, ==, cseq_method);
    g_assert_cmpstr(got_call_id, ==, call_id);
}

static void
test_request_and_response(void)
{
    assert_head("INVITE sip:bob@biloxi.example.com SIP/2.0\r\n"
                "Via: SIP/2.0/UDP pc33.atlanta.example.com;branch=z9hG4bK776asdhds\r\n"
                "Call-ID: a84b4c76e66710@pc33.atlanta.example.com\r\n"
                "CSeq: 314159 INVITE\r\n"
                "Content-Length: 0\r\n\r\n",
                TRUE, TRUE, "INVITE", TRUE, 314159, "INVITE",
                "a84b4c76e66710@pc33.atlanta.example.com");
    assert_head("SIP/2.0 487 Request Terminated\r\nCSeq: 1 INVITE\r\nCall-ID: c1\r\n\r\n",
                TRUE, FALSE, "", TRUE, 1, "INVITE", "c1");
}

static void
test_header_forms(void)
{
    /* Compact form, any case, blanks around the colon, a folded value. */
    assert_head("SIP/2.0 200 OK\r\ni: short@h\r\ncseq :\t7\r\n  BYE\r\n\r\n",
                TRUE, FALSE, "", TRUE, 7, "BYE", "short@h");
    assert_head("SIP/2.0 200 OK\ncall-ID:  folded\n\tvalue\nCSeq: 2 ACK\n\n",
                TRUE, FALSE, "", TRUE, 2, "ACK", "folded\n\tvalue");
    /* The first of repeated headers counts. */
    assert_head("SIP/2.0 200 OK\r\nCSeq: 1 INVITE\r\nCSeq: 2 BYE\r\nCall-ID: a\r\ni: b\r\n\r\n",
                TRUE, FALSE, "", TRUE, 1, "INVITE", "a");
    /* A 40-character method is a method: RFC 3261 sets no length. */
    assert_head("SIP/2.0 405 Method Not Allowed\r\n"
                "CSeq: 3 XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\r\n\r\n",
                TRUE, FALSE, "", TRUE, 3, "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "");
}

/* Header names are compared a word at a time (src/sipmsg.c): letters in
 * any case, anything else exactly, every byte of a name of any length. */
static void
test_header_names_exact(void)
{
    /* A CR where the '-' is differs from it only by the case bit; '_' is
     * no '-' either: neither line is the Call-ID. */
    assert_head("SIP/2.0 200 OK\r\nCall\rID: cr\r\nCall_ID: underscore\r\n"
                "Call-ID: right\r\n\r\n",
                TRUE, FALSE, "", FALSE, 0, "", "right");
    /* 19 bytes: words at 0, 8 and 11; the last byte wrong, then any case. */
    sipdiag_sipmsg_t msg;
    const char *text = "INVITE sip:b@h SIP/2.0\r\n"
                       "Proxy-Authorizatiom: Digest realm=\"wrong\"\r\n"
                       "PROXY-AUTHORIZATIOn: Digest realm=\"right\"\r\n\r\n";
    g_assert_true(sipdiag_sipmsg_read(text, strlen(text), &msg));
    g_assert_cmpuint(msg.credentials, ==, SIPDIAG_AUTH_PROXY_AUTHORIZATION);
    g_autofree char *realm = span_str(msg.credentials_realm);
    g_assert_cmpstr(realm, ==, "right");
    /* 14 bytes (words at 0 and 6), 6 bytes (4-byte words at 0 and 2), and
     * the one-letter compact form in upper case. */
    text = "SIP/2.0 200 OK\r\nContent-Lengtx: 9\r\nmin-sE: 90\r\nL: 3\r\n\r\nabc";
    g_assert_true(sipdiag_sipmsg_read(text, strlen(text), &msg));
    g_assert_true(msg.has_content_length);
    g_assert_cmpuint(msg.content_length, ==, 3);
    g_assert_cmpint(msg.min_se, ==, 90);
}

/* Parses text and checks the start line's code or method and the To tag. */
static void
assert_start(const char *text, gboolean is_response, unsigned code, gboolean has_to_tag)
{
    sipdiag_sipmsg_t head;
    g_assert_true(sipdiag_sipmsg_read(text, strlen(text), &head));
    g_assert_cmpint(head.is_response, ==, is_response);
    g_assert_cmpint(head.is_request, ==, !is_response);
    g_assert_cmpuint(head.code, ==, code);
    g_assert_cmpint(head.has_to_tag, ==, has_to_tag);
    if (is_response) {
        g_assert_true(head.code_digits.ptr == text + 8);
        g_assert_cmpuint(head.code_digits.len, ==, 3);
    }
}

static void
test_status_code_and_to_tag(void)
{
    assert_start("SIP/2.0 486 Busy Here\r\nTo: <sip:bob@b>;tag=8321234356\r\n\r\n", TRUE, 486,
                 TRUE);
    assert_start("SIP/2.0 000 Odd\r\nt: sip:bob@b ; TAG = x\r\n\r\n", TRUE, 0, TRUE);
    assert_start("SIP/2.0 999\r\nTo: \"Bob;tag=no\" <sip:bob@b;tag=uri-param>\r\n\r\n", TRUE,
                 999, FALSE);
    assert_start("BYE sip:a@b SIP/2.0\r\nTo: Bob <sip:bob@b>\r\n\r\n", FALSE, 0, FALSE);
    assert_start("INVITE sip:a@b SIP/2.0\r\nTo: sip:bob@b;user=phone;tag=1\r\n\r\n", FALSE, 0,
                 TRUE);
    assert_start("INVITE sip:a@b SIP/2.0\r\nTo: <sip:bob@b;tag=1\r\n\r\n", FALSE, 0, FALSE);
    /* A quoted pair cut by the end of the value (fuzz_sipmsg's first find). */
    assert_start("SIP/2.0 180 Ringing\r\nTo: \"no\\", TRUE, 180, FALSE);
    /* Not a status line: packet-sip.c does not take these as responses. */
    const char *odd[] = { "SIP/2.0 4x4 Odd\r\n", "SIP/2.0 4861 X\r\n", "SIP/2.0 48\r\n" };
    for (size_t i = 0; i < G_N_ELEMENTS(odd); i++) {
        sipdiag_sipmsg_t head;
        g_assert_false(sipdiag_sipmsg_read(odd[i], strlen(odd[i]), &head));
    }
}

static char *
value_str(const sipdiag_spans_t *spans, unsigned i)
{
    return span_str(spans->values[i]);
}

static void
test_context_headers(void)
{
    const char *text = "SIP/2.0 401 Unauthorized\r\n"
                       "Reason: Q.850;cause=16;text=\"Normal call clearing\"\r\n"
                       "WWW-Authenticate: Digest realm=\"r\", nonce=\"n\", stale = \"TRUE\"\r\n"
                       "warning: 399 devnull \"one\"\r\n"
                       "Reason: SIP;cause=487\r\n"
                       "Warning: 370 h \"two\"\r\n"
                       "Reason: a\r\nReason: b\r\nReason: c\r\n"
                       "o: refer;id=93\r\nEvent: second\r\n\r\n";
    sipdiag_sipmsg_t msg;
    g_assert_true(sipdiag_sipmsg_read(text, strlen(text), &msg));
    g_assert_true(msg.stale_nonce);
    g_assert_cmpuint(msg.credentials, ==, 0);
    g_autofree char *challenge_realm = span_str(msg.challenge_realm);
    g_assert_cmpstr(challenge_realm, ==, "r");
    g_assert_cmpuint(msg.reasons.count, ==, 5);
    g_autofree char *r0 = value_str(&msg.reasons, 0);
    g_autofree char *r3 = value_str(&msg.reasons, 3);
    g_assert_cmpstr(r0, ==, "Q.850;cause=16;text=\"Normal call clearing\"");
    g_assert_cmpstr(r3, ==, "b");
    g_assert_cmpuint(msg.warnings.count, ==, 2);
    g_autofree char *w1 = value_str(&msg.warnings, 1);
    g_assert_cmpstr(w1, ==, "370 h \"two\"");
    g_autofree char *event = span_str(msg.event);
    g_assert_cmpstr(event, ==, "refer;id=93");

    const char *with_credentials = "INVITE sip:a@b SIP/2.0\r\n"
                                   "Proxy-Authorization: Digest username=\"u\"\r\n"
                                   "Proxy-Authenticate: Digest stale=false\r\n\r\n";
    g_assert_true(sipdiag_sipmsg_read(with_credentials, strlen(with_credentials), &msg));
    g_assert_cmpuint(msg.credentials, ==, SIPDIAG_AUTH_PROXY_AUTHORIZATION);
    g_assert_cmpuint(msg.credentials_realm.len, ==, 0);
    g_assert_false(msg.stale_nonce);
}

/* What the flow model reads to match hops and retries: the top Via's
 * branch, the From tag, which credentials for which realm, Retry-After and
 * the timer values of RFC 4028 and RFC 3261 §10. */
static void
test_flow_headers(void)
{
    const char *text = "REGISTER sip:example.com SIP/2.0\r\n"
                       "v: SIP/2.0/UDP 10.0.0.1:5060;rport;Branch=\"z9hG4bK-1\", "
                       "SIP/2.0/UDP 10.0.0.2;branch=z9hG4bK-2\r\n"
                       "Via: SIP/2.0/UDP 10.0.0.3;branch=z9hG4bK-3\r\n"
                       "f: \"A;tag=fake\" <sip:a@example.com;tag=uri>;tag=from-1\r\n"
                       "Authorization: Digest username=\"a\", realm=\"example.com\", "
                       "nonce=\"n\"\r\n"
                       "Proxy-Authorization: Digest realm=\"other\"\r\n"
                       "Expires: 3600\r\n"
                       "m: <sip:a@10.0.0.1;expires=5>;expires=60\r\n"
                       "x: 1800;refresher=uac\r\n"
                       "Min-SE: 90\r\n"
                       "Retry-After: 30 (maintenance)\r\n"
                       "Min-Expires: 120\r\n\r\n";
    sipdiag_sipmsg_t msg;
    g_assert_true(sipdiag_sipmsg_read(text, strlen(text), &msg));
    g_autofree char *branch = span_str(msg.via_branch);
    g_autofree char *from_tag = span_str(msg.from_tag);
    g_autofree char *realm = span_str(msg.credentials_realm);
    g_assert_cmpstr(branch, ==, "z9hG4bK-1");
    g_assert_cmpstr(from_tag, ==, "from-1");
    g_assert_cmpuint(msg.credentials, ==,
                     SIPDIAG_AUTH_AUTHORIZATION | SIPDIAG_AUTH_PROXY_AUTHORIZATION);
    g_assert_cmpstr(realm, ==, "example.com");
    g_assert_cmpint(msg.expires, ==, 60);
    g_assert_cmpint(msg.session_expires, ==, 1800);
    g_assert_cmpint(msg.min_se, ==, 90);
    g_assert_cmpint(msg.min_expires, ==, 120);
    g_assert_true(msg.has_retry_after);

    const char *bare = "SIP/2.0 200 OK\r\nExpires: 0\r\nContact: *\r\n"
                       "From: sip:a@b;tag=x\r\nVia: SIP/2.0/TCP h\r\n\r\n";
    g_assert_true(sipdiag_sipmsg_read(bare, strlen(bare), &msg));
    g_autofree char *bare_tag = span_str(msg.from_tag);
    g_assert_cmpstr(bare_tag, ==, "x");
    g_assert_cmpuint(msg.via_branch.len, ==, 0);
    g_assert_cmpint(msg.expires, ==, 0);
    g_assert_cmpint(msg.session_expires, ==, -1);
    g_assert_cmpint(msg.min_se, ==, -1);
    g_assert_cmpint(msg.min_expires, ==, -1);
    g_assert_false(msg.has_retry_after);
    g_autofree char *wildcard = span_str(sipdiag_address_uri(msg.contact_value));
    g_assert_cmpstr(wildcard, ==, "*");
    g_assert_cmpuint(msg.to.len, ==, 0);
}

/* The To URI (the AOR of a REGISTER) and the first Contact's URI: in
 * <...>, or a bare addr-spec up to its parameters. */
static void
test_address_uris(void)
{
    const char *text = "REGISTER sip:example.com SIP/2.0\r\n"
                       "t: \"Alice <home>; \\\"x\" <sip:alice@example.com;user=phone>;tag=9\r\n"
                       "m: <sip:alice@192.0.2.7:5062;transport=tcp>;expires=5, <sip:b@c>\r\n"
                       "\r\n";
    sipdiag_sipmsg_t msg;
    g_assert_true(sipdiag_sipmsg_read_mode(text, strlen(text), SIPDIAG_SIPMSG_CONTEXT, &msg));
    g_autofree char *to = span_str(sipdiag_address_uri(msg.to));
    g_autofree char *contact = span_str(sipdiag_address_uri(msg.contact_value));
    g_assert_cmpstr(to, ==, "sip:alice@example.com;user=phone");
    g_assert_cmpstr(contact, ==, "sip:alice@192.0.2.7:5062;transport=tcp");
    g_assert_cmpint(msg.expires, ==, 5);

    const char *bare = "SUBSCRIBE sip:bob@example.com SIP/2.0\r\n"
                       "To: sip:bob@example.com ;tag=t\r\n"
                       "Contact: sip:w@192.0.2.9, sip:x@y\r\n\r\n";
    g_assert_true(sipdiag_sipmsg_read(bare, strlen(bare), &msg));
    g_autofree char *bare_to = span_str(sipdiag_address_uri(msg.to));
    g_autofree char *bare_contact = span_str(sipdiag_address_uri(msg.contact_value));
    g_assert_cmpstr(bare_to, ==, "sip:bob@example.com");
    g_assert_cmpstr(bare_contact, ==, "sip:w@192.0.2.9");
}

/* The headers that tie a B2BUA's legs: the first of them, in the lean
 * read too; From and To kept whole. */
static void
test_leg_headers(void)
{
    const char *text = "INVITE sip:4930555@example.com SIP/2.0\r\n"
                       "From: \"A\" <sip:+4930555010@example.com>;tag=1\r\n"
                       "t: <tel:+4930555>\r\n"
                       "P-Charging-Vector: icid-value=\"abc\";orig-ioi=op.example\r\n"
                       "X-Call-ID: other-leg@10.0.0.1\r\n"
                       "Session-ID: ab30317f1a784dc48ff824d0d3715d86\r\n\r\n";
    sipdiag_sipmsg_t msg;
    g_assert_true(sipdiag_sipmsg_read_mode(text, strlen(text), SIPDIAG_SIPMSG_CONTEXT, &msg));
    g_autofree char *correlation = span_str(msg.correlation);
    g_autofree char *from = span_str(msg.from);
    g_autofree char *to = span_str(msg.to);
    g_assert_cmpuint(msg.correlation_header, ==, SIPDIAG_LINK_ICID);
    g_assert_cmpstr(correlation, ==, "icid-value=\"abc\";orig-ioi=op.example");
    g_assert_cmpstr(from, ==, "\"A\" <sip:+4930555010@example.com>;tag=1");
    g_assert_cmpstr(to, ==, "<tel:+4930555>");
    const char *cid = "SIP/2.0 200 OK\r\nx-cid: 77\r\nSession-Id: 1234\r\n\r\n";
    g_assert_true(sipdiag_sipmsg_read(cid, strlen(cid), &msg));
    g_autofree char *value = span_str(msg.correlation);
    g_assert_cmpuint(msg.correlation_header, ==, SIPDIAG_LINK_X_CID);
    g_assert_cmpstr(value, ==, "77");
    const char *none = "BYE sip:a@b SIP/2.0\r\nX-Call: 1\r\nPriority: normal\r\n\r\n";
    g_assert_true(sipdiag_sipmsg_read(none, strlen(none), &msg));
    g_assert_cmpuint(msg.correlation_header, ==, SIPDIAG_LINK_NONE);
    g_assert_cmpuint(msg.correlation.len, ==, 0);
}

static void
test_sipfrag_body(void)
{
    const char *notify = "NOTIFY sip:a@b SIP/2.0\r\nEvent: refer\r\n"
                         "Content-Type: Message/SipFrag;version=2.0\r\n\r\n"
                         "SIP/2.0 603 Declined\r\nCSeq: 9 INVITE\r\n";
    sipdiag_sipmsg_t msg;
    g_assert_true(sipdiag_sipmsg_read(notify, strlen(notify), &msg));
    g_autofree char *line = span_str(msg.sipfrag_line);
    g_assert_cmpstr(line, ==, "SIP/2.0 603 Declined");
    /* The body's own CSeq is not the message's. */
    g_assert_false(msg.has_cseq);

    const char *compact = "NOTIFY sip:a@b SIP/2.0\nc: message/sipfrag\n\nSIP/2.0 100 Trying";
    g_assert_true(sipdiag_sipmsg_read(compact, strlen(compact), &msg));
    g_autofree char *compact_line = span_str(msg.sipfrag_line);
    g_assert_cmpstr(compact_line, ==, "SIP/2.0 100 Trying");

    const char *other = "NOTIFY sip:a@b SIP/2.0\r\nContent-Type: text/plain\r\n\r\nSIP/2.0 200 OK";
    g_assert_true(sipdiag_sipmsg_read(other, strlen(other), &msg));
    g_assert_cmpuint(msg.sipfrag_line.len, ==, 0);

    /* A message/sip body is located, to be read as a message of its own. */
    const char *carrier = "SIP/2.0 500 Server Error\r\nContent-Type: message/sip\r\n\r\n"
                          "SIP/2.0 486 Busy Here\r\nCSeq: 1 INVITE\r\n\r\n";
    g_assert_true(sipdiag_sipmsg_read(carrier, strlen(carrier), &msg));
    g_assert_cmpuint(msg.code, ==, 500);
    g_assert_false(msg.has_cseq);
    g_assert_true(msg.sip_body.ptr == strstr(carrier, "SIP/2.0 486"));
    sipdiag_sipmsg_t inner;
    g_assert_true(sipdiag_sipmsg_read(msg.sip_body.ptr, msg.sip_body.len, &inner));
    g_assert_cmpuint(inner.code, ==, 486);
    g_assert_cmpuint(inner.cseq, ==, 1);

    const char *empty = "NOTIFY sip:a@b SIP/2.0\r\nContent-Type: message/sipfrag\r\n\r\n";
    g_assert_true(sipdiag_sipmsg_read(empty, strlen(empty), &msg));
    g_assert_cmpuint(msg.sipfrag_line.len, ==, 0);
}

static void
test_body_is_not_read(void)
{
    /* A message/sipfrag or message/sip body holds its own CSeq. */
    assert_head("NOTIFY sip:a@b SIP/2.0\r\nEvent: refer\r\n\r\n"
                "SIP/2.0 200 OK\r\nCSeq: 9 INVITE\r\nCall-ID: inner\r\n",
                TRUE, TRUE, "NOTIFY", FALSE, 0, "", "");
}

static void
test_bad_input(void)
{
    /* No CSeq, an empty one, one without a method, numbers out of range. */
    assert_head("SIP/2.0 486 Busy Here\r\nCall-ID: x\r\n\r\n", TRUE, FALSE, "", FALSE, 0, "", "x");
    assert_head("SIP/2.0 486 Busy Here\r\nCSeq: \r\n\r\n", TRUE, FALSE, "", FALSE, 0, "", "");
    assert_head("SIP/2.0 401 Unauthorized\r\nCSeq: 7\r\n\r\n", TRUE, FALSE, "", TRUE, 7, "", "");
    assert_head("SIP/2.0 200 OK\r\nCSeq: 7INVITE\r\n\r\n", TRUE, FALSE, "", TRUE, 7, "", "");
    assert_head("SIP/2.0 200 OK\r\nCSeq: 2147483647 BYE\r\n", TRUE, FALSE, "", TRUE, 2147483647u,
                "BYE", "");
    assert_head("SIP/2.0 200 OK\r\nCSeq: 2147483648 BYE\r\n", TRUE, FALSE, "", FALSE, 0, "", "");
    assert_head("SIP/2.0 200 OK\r\nCSeq: 99999999999999999999 BYE\r\n", TRUE, FALSE, "", FALSE, 0,
                "", "");
    assert_head("SIP/2.0 200 OK\r\nCSeq: 1 IN VITE\r\n", TRUE, FALSE, "", TRUE, 1, "", "");
    /* Start lines that are neither a request nor a response. */
    assert_head("GARBAGE\r\nCSeq: 1 INVITE\r\n\r\n", FALSE, FALSE, "", FALSE, 0, "", "");
    assert_head("INVITE sip:x HTTP/1.1\r\nCSeq: 1 INVITE\r\n", FALSE, FALSE, "", FALSE, 0, "", "");
    assert_head("INVITE  SIP/2.0\r\n", FALSE, FALSE, "", FALSE, 0, "", "");
    assert_head("", FALSE, FALSE, "", FALSE, 0, "", "");
    /* Cut short: what is there is read, nothing past len. */
    const char *cut = "INVITE sip:x SIP/2.0\r\nCSeq: 12 INVITE\r\nCall-ID: abcdef";
    sipdiag_sipmsg_t head;
    g_assert_true(sipdiag_sipmsg_read(cut, strlen(cut) - 3, &head));
    g_assert_cmpuint(head.cseq, ==, 12);
    g_assert_cmpuint(head.call_id.len, ==, 3);
}

/* Two messages back to back, as in one TCP segment: where the first ends
 * (headers plus Content-Length) is where the second starts. */
static void
test_message_end(void)
{
    const char *two = "SIP/2.0 200 OK\r\nCSeq: 1 INVITE\r\nl: 4\r\nContent-Type: text/plain\r\n\r\nbody"
                      "SIP/2.0 486 Busy Here\r\nCSeq: 2 INVITE\r\n\r\n";
    sipdiag_sipmsg_t msg;
    g_assert_true(sipdiag_sipmsg_read(two, strlen(two), &msg));
    g_assert_true(msg.has_content_length);
    g_assert_cmpuint(msg.content_length, ==, 4);
    g_assert_cmpuint(msg.header_end, ==, 66);
    size_t end = sipdiag_sipmsg_end(&msg, strlen(two));
    g_assert_cmpuint(end, ==, 70);
    sipdiag_sipmsg_t next;
    g_assert_true(sipdiag_sipmsg_read(two + end, strlen(two) - end, &next));
    g_assert_cmpuint(next.code, ==, 486);
    g_assert_cmpuint(sipdiag_sipmsg_end(&next, strlen(two) - end), ==, strlen(two) - end);

    /* No Content-Length: the message ends with its headers; one larger
     * than what is there ends at the end. */
    const char *bare = "OPTIONS sip:a SIP/2.0\r\nCSeq: 9 OPTIONS\r\n\r\nSIP/2.0 200 OK\r\n";
    g_assert_true(sipdiag_sipmsg_read(bare, strlen(bare), &msg));
    g_assert_false(msg.has_content_length);
    g_assert_cmpuint(sipdiag_sipmsg_end(&msg, strlen(bare)), ==, 42);
    const char *cut = "SIP/2.0 200 OK\r\nContent-Length: 500\r\n\r\nv=0\r\n";
    g_assert_true(sipdiag_sipmsg_read(cut, strlen(cut), &msg));
    g_assert_cmpuint(msg.content_length, ==, 500);
    g_assert_cmpuint(sipdiag_sipmsg_end(&msg, strlen(cut)), ==, strlen(cut));
}

/* The first pass's lean read counts Reason and Warning, keeps only the
 * first Reason value, and reads everything else as the full read does. */
static void
test_context_mode(void)
{
    const char *text = "SIP/2.0 480 Temporarily Unavailable\r\nCSeq: 3 INVITE\r\nCall-ID: c1\r\n"
                       "To: <sip:b@x>;tag=t9\r\nReason: Q.850;cause=18\r\nReason: SIP;cause=480\r\n"
                       "Warning: 399 x \"busy\"\r\n\r\n";
    sipdiag_sipmsg_t all, lean;
    g_assert_true(sipdiag_sipmsg_read_mode(text, strlen(text), SIPDIAG_SIPMSG_ALL, &all));
    g_assert_true(sipdiag_sipmsg_read_mode(text, strlen(text), SIPDIAG_SIPMSG_CONTEXT, &lean));
    g_assert_cmpuint(all.reasons.count, ==, 2);
    g_assert_cmpmem(all.reasons.values[1].ptr, all.reasons.values[1].len, "SIP;cause=480", 13);
    g_assert_cmpuint(lean.reasons.count, ==, 2);
    g_assert_cmpmem(lean.reasons.values[0].ptr, lean.reasons.values[0].len, "Q.850;cause=18", 14);
    g_assert_null(lean.reasons.values[1].ptr);
    g_assert_cmpuint(lean.warnings.count, ==, 1);
    g_assert_null(lean.warnings.values[0].ptr);
    g_assert_cmpuint(lean.code, ==, 480);
    g_assert_cmpuint(lean.cseq, ==, 3);
    g_assert_true(lean.has_to_tag);
    g_assert_cmpmem(lean.to_tag.ptr, lean.to_tag.len, "t9", 2);
    g_assert_cmpmem(lean.call_id.ptr, lean.call_id.len, "c1", 2);
    g_assert_cmpuint(lean.header_end, ==, all.header_end);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/sipmsg/request-and-response", test_request_and_response);
    g_test_add_func("/sipmsg/header-forms", test_header_forms);
    g_test_add_func("/sipmsg/header-names-exact", test_header_names_exact);
    g_test_add_func("/sipmsg/status-code-and-to-tag", test_status_code_and_to_tag);
    g_test_add_func("/sipmsg/context-headers", test_context_headers);
    g_test_add_func("/sipmsg/flow-headers", test_flow_headers);
    g_test_add_func("/sipmsg/leg-headers", test_leg_headers);
    g_test_add_func("/sipmsg/sipfrag-body", test_sipfrag_body);
    g_test_add_func("/sipmsg/body-is-not-read", test_body_is_not_read);
    g_test_add_func("/sipmsg/bad-input", test_bad_input);
    g_test_add_func("/sipmsg/message-end", test_message_end);
    g_test_add_func("/sipmsg/context-mode", test_context_mode);
    g_test_add_func("/sipmsg/address-uris", test_address_uris);
    return g_test_run();
}
