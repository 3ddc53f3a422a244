/* sipmsg.c - reads a SIP message's start line, the headers sipdiag needs
 * and a message/sipfrag body's first line (RFC 3261 §7, §20; compact forms,
 * §7.3.3; folded lines, §7.3.1; RFC 3420 sipfrag).
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "sipmsg.h"

#include "sdp.h"

#include <glib.h>
#include <string.h>

#include "legs.h"

/* ASCII lower case, inline: every header line's name goes through it. */
static inline char
lower(char c)
{
    return c >= 'A' && c <= 'Z' ? (char)(c + ('a' - 'A')) : c;
}

/* RFC 3261 §25.1 token characters (compared, not looked up with strchr:
 * every method goes through here). */
static inline bool
is_token_char(char c)
{
    return g_ascii_isalnum(c) || c == '-' || c == '.' || c == '!' || c == '%' || c == '*'
           || c == '_' || c == '+' || c == '`' || c == '\'' || c == '~';
}

static bool
is_token(span_t s)
{
    if (s.len == 0)
        return false;
    for (size_t i = 0; i < s.len; i++) {
        if (!is_token_char(s.ptr[i]))
            return false;
    }
    return true;
}

static bool
starts_with(span_t s, const char *prefix)
{
    size_t n = strlen(prefix);
    return s.len >= n && memcmp(s.ptr, prefix, n) == 0;
}

/* "SIP/2.0 NNN ..." or "METHOD SP Request-URI SP SIP/2.0".  Any three
 * digits make a response (000 and 999 too, as for packet-sip.c): judging
 * the code is the knowledge base's job. */
static bool
read_start_line(span_t line, sipdiag_sipmsg_t *msg)
{
    if (starts_with(line, "SIP/2.0 ")) {
        span_t code = { line.ptr + 8, 3 };
        if (line.len < 11 || !g_ascii_isdigit(code.ptr[0]) || !g_ascii_isdigit(code.ptr[1])
            || !g_ascii_isdigit(code.ptr[2]) || (line.len > 11 && line.ptr[11] != ' '))
            return false;
        msg->is_response = true;
        msg->code = (unsigned)((code.ptr[0] - '0') * 100 + (code.ptr[1] - '0') * 10
                                + (code.ptr[2] - '0'));
        msg->code_digits = code;
        return true;
    }
    const char *sp = memchr(line.ptr, ' ', line.len);
    if (sp == NULL)
        return false;
    span_t method = { line.ptr, (size_t)(sp - line.ptr) };
    span_t after = { sp + 1, line.len - method.len - 1 };
    const char *sp2 = memchr(after.ptr, ' ', after.len);
    if (!is_token(method) || sp2 == sp + 1 || sp2 == NULL)
        return false;
    span_t version = { sp2 + 1, after.len - (size_t)(sp2 + 1 - after.ptr) };
    if (!span_equals(span_trim(version), "SIP/2.0"))
        return false;
    msg->is_request = true;
    msg->method = method;
    return true;
}

/* CSeq = 1*DIGIT LWS Method; the number is below 2**31. */
static void
read_cseq(span_t value, sipdiag_sipmsg_t *msg)
{
    size_t digits = 0;
    uint64_t number = 0;
    while (digits < value.len && g_ascii_isdigit(value.ptr[digits]) && digits < 10) {
        number = number * 10 + (uint64_t)(value.ptr[digits] - '0');
        digits++;
    }
    if (digits == 0 || number > G_MAXINT32
        || (digits < value.len && g_ascii_isdigit(value.ptr[digits])))
        return;
    msg->has_cseq = true;
    msg->cseq = (uint32_t)number;
    span_t method = span_trim((span_t){ value.ptr + digits, value.len - digits });
    if (method.len < value.len - digits && is_token(method))
        msg->cseq_method = method;
}

/* find_param() for params with no quoted string, so that every sep ends
 * an item: one memchr per item, the name compared in place.  name is in
 * lower case letters. */
static bool
find_plain_param(span_t params, char sep, const char *name, size_t name_len, span_t *value)
{
    const char *p = params.ptr, *end = params.ptr + params.len;
    while (p < end) {
        const char *stop = memchr(p, sep, (size_t)(end - p));
        if (stop == NULL)
            stop = end;
        const char *key = p;
        while (key < stop && span_is_blank(*key))
            key++;
        size_t i = 0;
        if ((size_t)(stop - key) >= name_len) {
            while (i < name_len && (char)(key[i] | 0x20) == name[i])
                i++;
        }
        if (i == name_len) {
            const char *after = key + name_len;
            while (after < stop && span_is_blank(*after))
                after++;
            if (after == stop) {
                *value = (span_t){ stop, 0 };
                return true;
            }
            if (*after == '=') {
                *value = span_trim((span_t){ after + 1, (size_t)(stop - after - 1) });
                return true;
            }
        }
        p = stop < end ? stop + 1 : end;
    }
    return false;
}

/* The value of parameter name (lower case letters) among the ;- or
 * ,-separated items of params (quoted strings honoured, names
 * case-insensitive), unquoted. */
static bool
find_param(span_t params, char sep, const char *name, span_t *value)
{
    if (memchr(params.ptr, '"', params.len) == NULL)
        return find_plain_param(params, sep, name, strlen(name), value);
    span_t param;
    while (span_next_item(&params, sep, &param)) {
        span_t key = param;
        const char *eq = memchr(param.ptr, '=', param.len);
        if (eq != NULL)
            key.len = (size_t)(eq - param.ptr);
        if (!span_equals(span_trim(key), name))
            continue;
        *value = eq != NULL ? span_unquote(span_trim((span_t){ eq + 1,
                                                              (size_t)(param.ptr + param.len
                                                                       - eq - 1) }))
                            : (span_t){ param.ptr + param.len, 0 };
        return true;
    }
    return false;
}

/* A header parameter of a To, From or Contact value.  Parameters follow
 * the URI: after the closing '>' of a name-addr, or, for a bare addr-spec,
 * after its first ';' (RFC 3261 §20: they are then header parameters).
 * name is in lower case letters, name_len long. */
static bool
address_param(span_t value, const char *name, size_t name_len, span_t *param)
{
    /* Where the URI ends: at the first '<' or ';' outside a quoted display
     * name.  One pass, byte by byte: what precedes the '<' is short (no
     * display name, or one of a few words), shorter than three memchr()
     * calls cost. */
    size_t i;
    bool quoted = false;
    for (i = 0; i < value.len; i++) {
        char c = value.ptr[i];
        if (quoted && c == '\\' && i + 1 < value.len)
            i++; /* a quoted pair: the next character is taken as it is */
        else if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '<' || c == ';'))
            break;
    }
    if (i < value.len && value.ptr[i] == '<') {
        const char *close = memchr(value.ptr + i, '>', value.len - i);
        if (close == NULL)
            return false;
        i = (size_t)(close - value.ptr) + 1;
    }
    span_t params = { value.ptr + i, value.len - i };
    if (params.len == 0)
        return false; /* most To values of requests, most Contacts */
    if (memchr(params.ptr, '"', params.len) == NULL) {
        /* What precedes the first ';' is no parameter. */
        const char *semicolon = memchr(params.ptr, ';', params.len);
        if (semicolon == NULL)
            return false;
        span_t after = { semicolon + 1, (size_t)(params.ptr + params.len - semicolon - 1) };
        return find_plain_param(after, ';', name, name_len, param);
    }
    span_t before;
    span_next_item(&params, ';', &before); /* what precedes the first ';' */
    return find_param(params, ';', name, param);
}

span_t
sipdiag_address_uri(span_t value)
{
    bool quoted = false;
    for (size_t i = 0; i < value.len; i++) {
        char c = value.ptr[i];
        if (quoted && c == '\\' && i + 1 < value.len)
            i++;
        else if (c == '"')
            quoted = !quoted;
        else if (!quoted && c == '<') {
            const char *close = memchr(value.ptr + i, '>', value.len - i);
            if (close == NULL)
                return (span_t){ value.ptr, 0 };
            return span_trim((span_t){ value.ptr + i + 1, (size_t)(close - value.ptr) - i - 1 });
        } else if (!quoted && (c == ';' || c == ','))
            return span_trim((span_t){ value.ptr, i });
    }
    return span_trim(value);
}

/* The first value of a Contact line that lists several ("<a>;expires=5,
 * <b>"): up to the comma past the first URI. */
static span_t
first_contact(span_t value)
{
    if (memchr(value.ptr, ',', value.len) == NULL)
        return value;
    span_t uri = sipdiag_address_uri(value);
    size_t from = uri.ptr != NULL && uri.ptr >= value.ptr ? (size_t)(uri.ptr - value.ptr) + uri.len
                                                          : 0;
    const char *comma = from < value.len ? memchr(value.ptr + from, ',', value.len - from) : NULL;
    return comma != NULL ? (span_t){ value.ptr, (size_t)(comma - value.ptr) } : value;
}

/* The top Via's branch: the first via-parm of the first Via line. */
static span_t
via_branch(span_t value)
{
    span_t top, branch = { NULL, 0 };
    if (value.len == 0)
        return branch;
    bool plain = memchr(value.ptr, '"', value.len) == NULL;
    if (plain) {
        const char *comma = memchr(value.ptr, ',', value.len);
        top = (span_t){ value.ptr, comma != NULL ? (size_t)(comma - value.ptr) : value.len };
    } else if (!span_next_item(&value, ',', &top)) {
        return branch;
    }
    const char *semicolon = memchr(top.ptr, ';', top.len);
    if (semicolon == NULL)
        return branch;
    span_t params = { semicolon + 1, (size_t)(top.ptr + top.len - semicolon - 1) };
    /* No quote in the value: none in its parameters either. */
    if (plain)
        find_plain_param(params, ';', "branch", 6, &branch);
    else
        find_param(params, ';', "branch", &branch);
    return branch;
}

/* The realm of a challenge or of credentials: "Digest realm=\"x\", ...". */
static span_t
auth_realm(span_t value)
{
    span_t realm = { NULL, 0 };
    const char *blank = memchr(value.ptr, ' ', value.len);
    if (blank != NULL)
        find_param((span_t){ blank + 1, (size_t)(value.ptr + value.len - blank - 1) }, ',',
                   "realm", &realm);
    return realm;
}

/* delta-seconds before any parameter ("90;refresher=uac"), or -1. */
static int64_t
delta_seconds(span_t value)
{
    const char *semicolon = memchr(value.ptr, ';', value.len);
    if (semicolon != NULL)
        value.len = (size_t)(semicolon - value.ptr);
    unsigned seconds;
    return span_to_uint(span_trim(value), &seconds) ? (int64_t)seconds : -1;
}

/* Whether a WWW-/Proxy-Authenticate challenge says stale=true: the nonce
 * expired, the credentials were right (RFC 7616 §3.3; names and the token
 * are case-insensitive, the value may be quoted). */
static bool
has_stale_true(span_t challenge)
{
    for (size_t i = 0; i + 5 <= challenge.len; i++) {
        if (lower(challenge.ptr[i]) != 's' || g_ascii_strncasecmp(challenge.ptr + i, "stale", 5) != 0)
            continue;
        size_t v = i + 5;
        while (v < challenge.len && (challenge.ptr[v] == ' ' || challenge.ptr[v] == '\t'))
            v++;
        if (v >= challenge.len || challenge.ptr[v++] != '=')
            continue;
        while (v < challenge.len
               && (challenge.ptr[v] == ' ' || challenge.ptr[v] == '\t' || challenge.ptr[v] == '"'))
            v++;
        if (v + 4 <= challenge.len && g_ascii_strncasecmp(challenge.ptr + v, "true", 4) == 0)
            return true;
    }
    return false;
}

/* The media type of a Content-Type value, without its parameters. */
static span_t
media_type(span_t value)
{
    span_t type = value;
    const char *semicolon = memchr(value.ptr, ';', value.len);
    if (semicolon != NULL)
        type.len = (size_t)(semicolon - value.ptr);
    return span_trim(type);
}

/* An application/sdp body, or the application/sdp part of a
 * multipart/mixed one (RFC 5621), within Content-Length. */
static void
read_sdp_body(sipdiag_sipmsg_t *msg, span_t type, span_t content_type, span_t body)
{
    if (msg->has_content_length && msg->content_length < body.len)
        body.len = msg->content_length;
    span_t boundary;
    const char *semicolon = memchr(content_type.ptr, ';', content_type.len);
    if (span_equals(type, "application/sdp"))
        msg->sdp_body = body;
    else if (span_equals(type, "multipart/mixed") && semicolon != NULL
             && find_param((span_t){ semicolon + 1,
                                     (size_t)(content_type.ptr + content_type.len - semicolon
                                              - 1) },
                           ';', "boundary", &boundary))
        sipdiag_sdp_in_multipart(boundary, body, &msg->sdp_body);
}

static void
keep_span(sipdiag_spans_t *spans, span_t value)
{
    if (spans->count < SIPDIAG_MAX_VALUES)
        spans->values[spans->count] = value;
    spans->count++;
}

typedef enum {
    HEADER_VIA,
    HEADER_CSEQ,
    HEADER_CALL_ID,
    HEADER_TO,
    HEADER_FROM,
    HEADER_CONTACT,
    HEADER_AUTHORIZATION,
    HEADER_PROXY_AUTHORIZATION,
    HEADER_AUTHENTICATE,
    HEADER_RETRY_AFTER,
    HEADER_SESSION_EXPIRES,
    HEADER_MIN_SE,
    HEADER_EXPIRES,
    HEADER_MIN_EXPIRES,
    HEADER_REASON,
    HEADER_WARNING,
    HEADER_EVENT,
    HEADER_CONTENT_TYPE,
    HEADER_CONTENT_LENGTH,
    HEADER_SERVER,
    HEADER_X_CALL_ID,
    HEADER_X_CID,
    HEADER_CHARGING_VECTOR,
    HEADER_SESSION_ID,
    HEADER_COUNT
} header_t;

/* The headers read, by full and compact name (RFC 3261 §7.3.3, RFC 6665
 * for "o", RFC 4028 for "x"); every other header is skipped.  Every
 * message's every header line is looked up here, so the length is compared
 * first. */
#define NAME(text) text, sizeof text - 1
static const struct {
    const char *name;
    size_t len;
    header_t header;
} header_names[] = {
    { NAME("Via"), HEADER_VIA },
    { NAME("v"), HEADER_VIA },
    { NAME("CSeq"), HEADER_CSEQ },
    { NAME("Call-ID"), HEADER_CALL_ID },
    { NAME("i"), HEADER_CALL_ID },
    { NAME("To"), HEADER_TO },
    { NAME("t"), HEADER_TO },
    { NAME("From"), HEADER_FROM },
    { NAME("f"), HEADER_FROM },
    { NAME("Contact"), HEADER_CONTACT },
    { NAME("m"), HEADER_CONTACT },
    { NAME("Authorization"), HEADER_AUTHORIZATION },
    { NAME("Proxy-Authorization"), HEADER_PROXY_AUTHORIZATION },
    { NAME("WWW-Authenticate"), HEADER_AUTHENTICATE },
    { NAME("Proxy-Authenticate"), HEADER_AUTHENTICATE },
    { NAME("Retry-After"), HEADER_RETRY_AFTER },
    { NAME("Session-Expires"), HEADER_SESSION_EXPIRES },
    { NAME("x"), HEADER_SESSION_EXPIRES },
    { NAME("Min-SE"), HEADER_MIN_SE },
    { NAME("Expires"), HEADER_EXPIRES },
    { NAME("Min-Expires"), HEADER_MIN_EXPIRES },
    { NAME("Reason"), HEADER_REASON },
    { NAME("Warning"), HEADER_WARNING },
    { NAME("Event"), HEADER_EVENT },
    { NAME("o"), HEADER_EVENT },
    { NAME("Content-Type"), HEADER_CONTENT_TYPE },
    { NAME("c"), HEADER_CONTENT_TYPE },
    { NAME("Content-Length"), HEADER_CONTENT_LENGTH },
    { NAME("l"), HEADER_CONTENT_LENGTH },
    { NAME("Server"), HEADER_SERVER },
    { NAME("User-Agent"), HEADER_SERVER },
    { NAME("X-Call-ID"), HEADER_X_CALL_ID },
    { NAME("X-CID"), HEADER_X_CID },
    { NAME("P-Charging-Vector"), HEADER_CHARGING_VECTOR },
    { NAME("Session-ID"), HEADER_SESSION_ID },
};
#undef NAME

/* The names read, by lower-case first letter and length: lines whose
 * first letter starts no name read (Date, Diversion, History-Info...) are
 * skipped on their first byte, without looking for their colon; the
 * others are compared with the one or two names of that letter and
 * length. */
#define MAX_NAME_LENGTH 24
static guint8 by_letter_length[26][MAX_NAME_LENGTH][2]; /* index + 1; 0: none */
/* A line's first byte, either case, to its letter's slot + 1; 0 when no
 * name read starts with it: one load a line. */
static guint8 slot_of_byte[256];
/* Each name in lower case, and the bits that fold a letter's case: 0x20
 * on its letters, 0 on anything else ('-'), which must match as it is. */
static char lower_names[G_N_ELEMENTS(header_names)][MAX_NAME_LENGTH];
static char fold_bits[G_N_ELEMENTS(header_names)][MAX_NAME_LENGTH];
static bool by_letter_ready;

static void
prepare_by_letter(void)
{
    for (size_t i = 0; i < G_N_ELEMENTS(header_names); i++) {
        char c = lower(header_names[i].name[0]);
        size_t len = header_names[i].len;
        g_assert(c >= 'a' && c <= 'z' && len < MAX_NAME_LENGTH);
        for (size_t j = 0; j < len; j++) {
            lower_names[i][j] = lower(header_names[i].name[j]);
            fold_bits[i][j] = g_ascii_isalpha(header_names[i].name[j]) ? 0x20 : 0;
        }
        guint8 *slot = by_letter_length[c - 'a'][len];
        g_assert(slot[1] == 0);
        slot[slot[0] != 0] = (guint8)(i + 1);
        slot_of_byte[(guint8)c] = slot_of_byte[(guint8)g_ascii_toupper(c)] = (guint8)(c - 'a' + 1);
    }
    by_letter_ready = true;
}

/* load_u16(), load_u32(), load_u64(): the bytes at p as one word, a
 * single load.  name, fold and want are loaded alike, so the byte order
 * does not matter. */
#define DEFINE_LOAD(bits)                                                                    \
    static inline uint##bits##_t load_u##bits(const char *p)                                 \
    {                                                                                        \
        uint##bits##_t word;                                                                 \
        memcpy(&word, p, sizeof word);                                                       \
        return word;                                                                         \
    }
DEFINE_LOAD(16)
DEFINE_LOAD(32)
DEFINE_LOAD(64)
#undef DEFINE_LOAD

/* Whether bytes[at..at + bits / 8) of name, with fold's bits set, are want's. */
#define SAME_CHUNK(bits, name, fold, want, at)                                               \
    ((load_u##bits((name) + (at)) | load_u##bits((fold) + (at))) == load_u##bits((want) + (at)))

/* Whether name is the i-th name read, letters in any case: compared a
 * word at a time, the last word overlapping the one before it so that no
 * byte past the name is read (the names read have 1-19 bytes). */
static inline bool
same_name(span_t name, size_t i)
{
    const char *want = lower_names[i], *fold = fold_bits[i];
    size_t n = name.len;
    if (n >= 8) {
        for (size_t at = 0; at + 8 < n; at += 8) {
            if (!SAME_CHUNK(64, name.ptr, fold, want, at))
                return false;
        }
        return SAME_CHUNK(64, name.ptr, fold, want, n - 8);
    }
    if (n >= 4)
        return SAME_CHUNK(32, name.ptr, fold, want, 0) && SAME_CHUNK(32, name.ptr, fold, want, n - 4);
    if (n >= 2)
        return SAME_CHUNK(16, name.ptr, fold, want, 0) && SAME_CHUNK(16, name.ptr, fold, want, n - 2);
    return true; /* one letter: its slot matched it */
}
#undef SAME_CHUNK

static bool
header_of(span_t name, unsigned slot, header_t *header)
{
    if (name.len >= MAX_NAME_LENGTH)
        return false;
    const guint8 *candidates = by_letter_length[slot][name.len];
    for (unsigned k = 0; k < 2 && candidates[k] != 0; k++) {
        size_t i = candidates[k] - 1u;
        if (same_name(name, i)) {
            *header = header_names[i].header;
            return true;
        }
    }
    return false;
}

/* Notes a credentials header; the realm is the first one's. */
static void
take_credentials(sipdiag_sipmsg_t *msg, unsigned kind, span_t value)
{
    if (msg->credentials == 0)
        msg->credentials_realm = auth_realm(value);
    msg->credentials |= kind;
}

/* Takes one header value; seen[] keeps single headers to their first. */
static void
take_header(sipdiag_sipmsg_t *msg, sipdiag_sipmsg_mode_t mode, header_t header, span_t value,
            bool seen[HEADER_COUNT], span_t *body_type)
{
    bool first = !seen[header];
    seen[header] = true;
    span_t param;
    switch (header) {
    case HEADER_VIA:
        if (first)
            msg->via_branch = via_branch(value);
        break;
    case HEADER_CSEQ:
        if (first)
            read_cseq(value, msg);
        break;
    case HEADER_CALL_ID:
        if (first)
            msg->call_id = value;
        break;
    case HEADER_TO:
        if (first)
            msg->to = value;
        if (first && address_param(value, "tag", 3, &param)) {
            msg->has_to_tag = true;
            msg->to_tag = param;
        }
        break;
    case HEADER_SERVER:
        if (first)
            msg->server = value;
        break;
    case HEADER_FROM:
        if (first) {
            msg->from = value;
            if (address_param(value, "tag", 3, &param))
                msg->from_tag = param;
        }
        break;
    case HEADER_CONTACT:
        if (first)
            msg->contact_value = value;
        /* A Contact's own expires wins over the Expires header. */
        if (first && address_param(first_contact(value), "expires", 7, &param))
            msg->expires = delta_seconds(param);
        break;
    case HEADER_AUTHORIZATION:
        take_credentials(msg, SIPDIAG_AUTH_AUTHORIZATION, value);
        break;
    case HEADER_PROXY_AUTHORIZATION:
        take_credentials(msg, SIPDIAG_AUTH_PROXY_AUTHORIZATION, value);
        break;
    case HEADER_AUTHENTICATE:
        if (first)
            msg->challenge_realm = auth_realm(value);
        msg->stale_nonce = msg->stale_nonce || has_stale_true(value);
        break;
    case HEADER_RETRY_AFTER:
        msg->has_retry_after = true;
        break;
    case HEADER_SESSION_EXPIRES:
        if (first)
            msg->session_expires = delta_seconds(value);
        break;
    case HEADER_MIN_SE:
        if (first)
            msg->min_se = delta_seconds(value);
        break;
    case HEADER_EXPIRES:
        if (first && msg->expires < 0)
            msg->expires = delta_seconds(value);
        break;
    case HEADER_MIN_EXPIRES:
        if (first)
            msg->min_expires = delta_seconds(value);
        break;
    case HEADER_REASON:
        /* The lean read keeps the first (why a BYE ended the call). */
        if (mode == SIPDIAG_SIPMSG_ALL || msg->reasons.count == 0)
            keep_span(&msg->reasons, value);
        else
            msg->reasons.count++;
        break;
    case HEADER_WARNING:
        if (mode == SIPDIAG_SIPMSG_ALL)
            keep_span(&msg->warnings, value);
        else
            msg->warnings.count++;
        break;
    case HEADER_EVENT:
        if (first)
            msg->event = value;
        break;
    case HEADER_CONTENT_TYPE:
        if (first)
            *body_type = value; /* with its parameters: multipart's boundary */
        break;
    case HEADER_CONTENT_LENGTH:
        if (first) {
            unsigned length;
            msg->has_content_length = span_to_uint(value, &length);
            msg->content_length = msg->has_content_length ? length : 0;
        }
        break;
    case HEADER_X_CALL_ID:
    case HEADER_X_CID:
    case HEADER_CHARGING_VECTOR:
    case HEADER_SESSION_ID:
        /* A B2BUA's leg correlation: only the first such header counts. */
        if (msg->correlation_header == SIPDIAG_LINK_NONE) {
            msg->correlation = value;
            msg->correlation_header = header == HEADER_X_CALL_ID    ? SIPDIAG_LINK_X_CALL_ID
                                      : header == HEADER_X_CID      ? SIPDIAG_LINK_X_CID
                                      : header == HEADER_SESSION_ID ? SIPDIAG_LINK_SESSION_ID
                                                                    : SIPDIAG_LINK_ICID;
        }
        break;
    case HEADER_COUNT:
        break;
    }
}

bool
sipdiag_sipmsg_read(const char *bytes, size_t len, sipdiag_sipmsg_t *msg)
{
    return sipdiag_sipmsg_read_mode(bytes, len, SIPDIAG_SIPMSG_ALL, msg);
}

size_t
sipdiag_sipmsg_end(const sipdiag_sipmsg_t *msg, size_t len)
{
    if (msg->header_end >= len || msg->content_length >= len - msg->header_end)
        return len;
    return msg->header_end + msg->content_length;
}

bool
sipdiag_sipmsg_read_mode(const char *bytes, size_t len, sipdiag_sipmsg_mode_t mode,
                         sipdiag_sipmsg_t *msg)
{
    if (!by_letter_ready)
        prepare_by_letter();
    static const sipdiag_sipmsg_t empty = { .session_expires = -1, .min_se = -1,
                                            .expires = -1, .min_expires = -1 };
    *msg = empty;
    span_t rest = { bytes, len };
    if (!read_start_line(span_next_line(&rest), msg)) {
        *msg = empty;
        return false;
    }
    bool seen[HEADER_COUNT] = { false };
    span_t body_type = { NULL, 0 };
    while (rest.len > 0) {
        span_t line = span_next_line(&rest);
        if (line.len == 0)
            break; /* the blank line: the body follows */
        /* A folded value goes on in lines that start with a blank. */
        while (rest.len > 0 && (rest.ptr[0] == ' ' || rest.ptr[0] == '\t')) {
            span_t more = span_next_line(&rest);
            line.len = (size_t)(more.ptr + more.len - line.ptr);
        }
        unsigned slot = slot_of_byte[(guint8)line.ptr[0]];
        if (slot == 0)
            continue;
        const char *colon = memchr(line.ptr, ':', line.len);
        if (colon == NULL)
            continue;
        /* A name has no blank before it (that would be a folded line) but
         * may have some before its colon; its first byte is a letter, so
         * this stops there at the latest. */
        const char *name_end = colon;
        while (name_end[-1] == ' ' || name_end[-1] == '\t')
            name_end--;
        span_t name = { line.ptr, (size_t)(name_end - line.ptr) };
        header_t header;
        if (!header_of(name, slot - 1, &header))
            continue;
        span_t value = span_trim((span_t){ colon + 1, (size_t)(line.ptr + line.len - colon - 1) });
        take_header(msg, mode, header, value, seen, &body_type);
    }
    msg->header_end = (size_t)(rest.ptr - bytes);
    span_t type = body_type.len > 0 ? media_type(body_type) : body_type;
    /* RFC 3420 (NOTIFY after REFER, RFC 3515) and RFC 3261 §7.4's
     * message/sip, which carries a whole message. */
    if (span_equals(type, "message/sipfrag") && rest.len > 0)
        msg->sipfrag_line = span_next_line(&rest);
    else if (span_equals(type, "message/sip"))
        msg->sip_body = rest;
    else if (type.len > 0 && rest.len > 0)
        read_sdp_body(msg, type, body_type, rest);
    return true;
}
