/* sdp.c - reads the SDP lines the media checks need (see sdp.h): v=, c=,
 * m=, a=rtpmap, a=sendrecv/sendonly/recvonly/inactive, a=candidate.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "sdp.h"

#include <stdio.h>
#include <string.h>

static bool
is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static bool
is_blank(char c)
{
    return c == ' ' || c == '\t';
}

/* The next blank-separated word of *rest; empty at the end. */
static span_t
next_word(span_t *rest)
{
    size_t i = 0;
    while (i < rest->len && is_blank(rest->ptr[i]))
        i++;
    size_t start = i;
    while (i < rest->len && !is_blank(rest->ptr[i]))
        i++;
    span_t word = { rest->ptr + start, i - start };
    rest->ptr += i;
    rest->len -= i;
    return word;
}

static bool
span_is(span_t s, const char *word)
{
    size_t n = strlen(word);
    return s.len == n && memcmp(s.ptr, word, n) == 0;
}

static bool
parse_ipv4(span_t s, uint8_t out[4])
{
    size_t i = 0;
    for (int part = 0; part < 4; part++) {
        if (part > 0) {
            if (i >= s.len || s.ptr[i] != '.')
                return false;
            i++;
        }
        size_t start = i;
        unsigned v = 0;
        while (i < s.len && is_digit(s.ptr[i]) && i - start < 3)
            v = v * 10 + (unsigned)(s.ptr[i++] - '0');
        if (i == start || v > 255)
            return false;
        out[part] = (uint8_t)v;
    }
    return i == s.len;
}

static int
hex_value(char c)
{
    if (is_digit(c))
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* RFC 4291 §2.2 text forms: eight groups, one "::", an IPv4 tail. */
static bool
parse_ipv6(span_t s, uint8_t out[16])
{
    uint8_t bytes[16] = { 0 };
    int groups = 0, gap = -1;
    size_t i = 0;
    if (s.len >= 2 && s.ptr[0] == ':' && s.ptr[1] == ':') {
        gap = 0;
        i = 2;
        if (i == s.len) {
            memset(out, 0, 16);
            return true;
        }
    } else if (s.len > 0 && s.ptr[0] == ':') {
        return false;
    }
    while (i < s.len) {
        if (groups == 8)
            return false;
        size_t start = i;
        unsigned v = 0;
        while (i < s.len && hex_value(s.ptr[i]) >= 0 && i - start < 4)
            v = v * 16 + (unsigned)hex_value(s.ptr[i++]);
        if (i < s.len && s.ptr[i] == '.') {
            /* The last 32 bits as dotted IPv4. */
            if (groups > 6)
                return false;
            if (!parse_ipv4((span_t){ s.ptr + start, s.len - start }, bytes + groups * 2))
                return false;
            groups += 2;
            i = s.len;
            break;
        }
        if (i == start)
            return false;
        bytes[groups * 2] = (uint8_t)(v >> 8);
        bytes[groups * 2 + 1] = (uint8_t)v;
        groups++;
        if (i == s.len)
            break;
        if (s.ptr[i] != ':')
            return false;
        i++;
        if (i < s.len && s.ptr[i] == ':') {
            if (gap >= 0)
                return false;
            gap = groups;
            i++;
        } else if (i == s.len) {
            return false; /* a trailing single ':' */
        }
    }
    if (gap < 0) {
        if (groups != 8)
            return false;
        memcpy(out, bytes, 16);
        return true;
    }
    if (groups > 7)
        return false;
    /* Move the groups after the gap to the end. */
    int tail = groups - gap;
    memset(out, 0, 16);
    memcpy(out, bytes, (size_t)gap * 2);
    memcpy(out + 16 - tail * 2, bytes + gap * 2, (size_t)tail * 2);
    return true;
}

bool
sipdiag_ip_parse(span_t text, sipdiag_ip_t *ip)
{
    memset(ip, 0, sizeof *ip);
    if (text.len == 0 || text.len > 45)
        return false;
    if (memchr(text.ptr, ':', text.len) != NULL) {
        if (!parse_ipv6(text, ip->bytes))
            return false;
        ip->family = 6;
        return true;
    }
    if (!parse_ipv4(text, ip->bytes))
        return false;
    ip->family = 4;
    return true;
}

static sipdiag_ip_scope_t
ipv4_scope(const uint8_t *a)
{
    if (a[0] == 10 || (a[0] == 172 && (a[1] & 0xf0) == 16) || (a[0] == 192 && a[1] == 168))
        return SIPDIAG_IP_PRIVATE;
    if (a[0] == 100 && (a[1] & 0xc0) == 64)
        return SIPDIAG_IP_SHARED;
    if (a[0] == 169 && a[1] == 254)
        return SIPDIAG_IP_LINK_LOCAL;
    if (a[0] == 127)
        return SIPDIAG_IP_LOOPBACK;
    if (a[0] == 0)
        return SIPDIAG_IP_UNSPECIFIED;
    if ((a[0] & 0xf0) == 224)
        return SIPDIAG_IP_MULTICAST;
    return SIPDIAG_IP_PUBLIC;
}

sipdiag_ip_scope_t
sipdiag_ip_scope(const sipdiag_ip_t *ip)
{
    if (ip->family == 4)
        return ipv4_scope(ip->bytes);
    if (ip->family != 6)
        return SIPDIAG_IP_UNKNOWN;
    const uint8_t *b = ip->bytes;
    static const uint8_t mapped[12] = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff };
    if (memcmp(b, mapped, 12) == 0)
        return ipv4_scope(b + 12);
    bool zero_head = true;
    for (int i = 0; i < 15; i++)
        zero_head = zero_head && b[i] == 0;
    if (zero_head)
        return b[15] == 1 ? SIPDIAG_IP_LOOPBACK : b[15] == 0 ? SIPDIAG_IP_UNSPECIFIED
                                                             : SIPDIAG_IP_PUBLIC;
    if ((b[0] & 0xfe) == 0xfc)
        return SIPDIAG_IP_UNIQUE_LOCAL;
    if (b[0] == 0xfe && (b[1] & 0xc0) == 0x80)
        return SIPDIAG_IP_LINK_LOCAL;
    if (b[0] == 0xff)
        return SIPDIAG_IP_MULTICAST;
    return SIPDIAG_IP_PUBLIC;
}

bool
sipdiag_ip_scope_is_internal(sipdiag_ip_scope_t scope)
{
    return scope == SIPDIAG_IP_PRIVATE || scope == SIPDIAG_IP_SHARED
           || scope == SIPDIAG_IP_LINK_LOCAL || scope == SIPDIAG_IP_UNIQUE_LOCAL;
}

void
sipdiag_ip_format(const sipdiag_ip_t *ip, char *out, size_t size)
{
    if (size == 0)
        return;
    const uint8_t *b = ip->bytes;
    if (ip->family == 4) {
        snprintf(out, size, "%u.%u.%u.%u", b[0], b[1], b[2], b[3]);
        return;
    }
    if (ip->family != 6) {
        snprintf(out, size, "?");
        return;
    }
    /* RFC 5952: the longest run of two or more zero groups becomes "::". */
    unsigned groups[8];
    for (int i = 0; i < 8; i++)
        groups[i] = (unsigned)(b[2 * i] << 8 | b[2 * i + 1]);
    int best = -1, best_len = 1;
    for (int i = 0; i < 8;) {
        int j = i;
        while (j < 8 && groups[j] == 0)
            j++;
        if (j - i > best_len) {
            best = i;
            best_len = j - i;
        }
        i = j > i ? j : i + 1;
    }
    size_t used = 0;
    out[0] = '\0';
    for (int i = 0; i < 8 && used < size; i++) {
        if (i == best) {
            used += (size_t)snprintf(out + used, size - used, "::");
            i += best_len - 1;
            continue;
        }
        bool after_gap = best >= 0 && i == best + best_len;
        used += (size_t)snprintf(out + used, size - used, "%s%x",
                                 i == 0 || after_gap ? "" : ":", groups[i]);
    }
}

/* c=<nettype> <addrtype> <connection-address> */
static void
read_connection(span_t value, sipdiag_sdp_connection_t *c)
{
    span_t nettype = next_word(&value);
    span_t addrtype = next_word(&value);
    span_t address = next_word(&value);
    if (!span_is(nettype, "IN") || address.len == 0)
        return;
    const char *slash = memchr(address.ptr, '/', address.len);
    if (slash != NULL)
        address.len = (size_t)(slash - address.ptr);
    c->present = true;
    c->address = address;
    sipdiag_ip_t ip;
    bool literal = sipdiag_ip_parse(address, &ip);
    /* An address of the other family than announced is not trusted. */
    if (literal && ((span_is(addrtype, "IP4") && ip.family == 4)
                    || (span_is(addrtype, "IP6") && ip.family == 6)))
        c->ip = ip;
    else
        memset(&c->ip, 0, sizeof c->ip);
}

/* m=<media> <port>[/<number of ports>] <proto> <fmt> ... */
static void
read_media(span_t value, sipdiag_sdp_media_t *m)
{
    /* Only what is read is set: the format slots are filled as they come
     * (clearing the whole entry, 1.3 KB, cost more than parsing it). */
    m->n_formats = m->formats_total = m->ice_relayed = 0;
    m->connection = (sipdiag_sdp_connection_t){ 0 };
    m->direction = SIPDIAG_SDP_DIR_NONE;
    m->media = next_word(&value);
    span_t port = next_word(&value);
    const char *slash = memchr(port.ptr, '/', port.len);
    if (slash != NULL)
        port.len = (size_t)(slash - port.ptr);
    unsigned number;
    m->port_valid = span_to_uint(port, &number) && number <= 65535;
    m->port = m->port_valid ? number : 0;
    m->proto = next_word(&value);
    bool rtp = sipdiag_sdp_is_rtp(m->proto);
    for (span_t fmt = next_word(&value); fmt.len > 0; fmt = next_word(&value)) {
        m->formats_total++;
        if (m->n_formats == SIPDIAG_SDP_MAX_FORMATS)
            continue;
        sipdiag_sdp_format_t *f = &m->formats[m->n_formats++];
        f->fmt = fmt;
        f->payload_type = rtp && span_to_uint(fmt, &number) && number <= 127 ? (int)number : -1;
        f->encoding = (span_t){ NULL, 0 };
        f->clock_rate = 0;
    }
}

/* a=rtpmap:<payload type> <encoding name>/<clock rate>[/<parameters>] */
static void
read_rtpmap(span_t value, sipdiag_sdp_media_t *m)
{
    span_t pt = next_word(&value);
    span_t map = next_word(&value);
    unsigned number;
    if (!span_to_uint(pt, &number) || number > 127)
        return;
    const char *slash = memchr(map.ptr, '/', map.len);
    if (slash == NULL || slash == map.ptr)
        return;
    span_t name = { map.ptr, (size_t)(slash - map.ptr) };
    span_t rate = { slash + 1, (size_t)(map.ptr + map.len - slash - 1) };
    const char *slash2 = memchr(rate.ptr, '/', rate.len);
    if (slash2 != NULL)
        rate.len = (size_t)(slash2 - rate.ptr);
    unsigned clock_rate;
    if (!span_to_uint(rate, &clock_rate) || clock_rate == 0)
        return;
    for (unsigned i = 0; i < m->n_formats; i++) {
        sipdiag_sdp_format_t *f = &m->formats[i];
        if (f->payload_type == (int)number && f->encoding.len == 0) {
            f->encoding = name;
            f->clock_rate = clock_rate;
            return;
        }
    }
}

static sipdiag_sdp_direction_t
direction_of(span_t attribute)
{
    if (span_is(attribute, "sendrecv"))
        return SIPDIAG_SDP_DIR_SENDRECV;
    if (span_is(attribute, "sendonly"))
        return SIPDIAG_SDP_DIR_SENDONLY;
    if (span_is(attribute, "recvonly"))
        return SIPDIAG_SDP_DIR_RECVONLY;
    if (span_is(attribute, "inactive"))
        return SIPDIAG_SDP_DIR_INACTIVE;
    return SIPDIAG_SDP_DIR_NONE;
}

/* a=candidate:<foundation> <component> <transport> <priority> <address>
 * <port> typ <type> ... (RFC 8839 §5.1): a type other than host means ICE
 * may find a path the c= default cannot give. */
static bool
is_relayed_candidate(span_t value)
{
    for (int i = 0; i < 6; i++) {
        if (next_word(&value).len == 0)
            return false;
    }
    if (!span_is(next_word(&value), "typ"))
        return false;
    span_t type = next_word(&value);
    return span_is(type, "srflx") || span_is(type, "prflx") || span_is(type, "relay");
}

static void
read_attribute(span_t value, sipdiag_sdp_t *sdp, sipdiag_sdp_media_t *m)
{
    const char *colon = memchr(value.ptr, ':', value.len);
    span_t name = { value.ptr, colon != NULL ? (size_t)(colon - value.ptr) : value.len };
    span_t rest = colon != NULL ? (span_t){ colon + 1, value.len - name.len - 1 }
                                : (span_t){ value.ptr + value.len, 0 };
    sipdiag_sdp_direction_t direction = colon == NULL ? direction_of(span_trim(name))
                                                      : SIPDIAG_SDP_DIR_NONE;
    if (direction != SIPDIAG_SDP_DIR_NONE) {
        /* The first one of a level counts. */
        sipdiag_sdp_direction_t *at = m != NULL ? &m->direction : &sdp->direction;
        if (*at == SIPDIAG_SDP_DIR_NONE)
            *at = direction;
    } else if (m != NULL && span_is(name, "rtpmap")) {
        read_rtpmap(rest, m);
    } else if (m != NULL && span_is(name, "candidate") && is_relayed_candidate(rest)) {
        m->ice_relayed++;
    }
}

bool
sipdiag_sdp_parse(const char *bytes, size_t len, sipdiag_sdp_t *sdp)
{
    /* The media entries past n_media are never read: clearing all 13 KB of
     * them for every body was the parse's largest cost. */
    sdp->connection = (sipdiag_sdp_connection_t){ 0 };
    sdp->direction = SIPDIAG_SDP_DIR_NONE;
    sdp->n_media = sdp->media_total = 0;
    span_t rest = { bytes, len };
    /* Blank lines before v= are tolerated (some stacks add one). */
    span_t line = { NULL, 0 };
    while (rest.len > 0 && line.len == 0)
        line = span_next_line(&rest);
    if (line.len < 2 || line.ptr[0] != 'v' || line.ptr[1] != '=')
        return false;
    sipdiag_sdp_media_t *current = NULL; /* NULL: the session level */
    bool in_ignored_media = false;       /* past the media cap */
    while (rest.len > 0) {
        line = span_next_line(&rest);
        if (line.len < 2 || line.ptr[1] != '=')
            continue;
        span_t value = { line.ptr + 2, line.len - 2 };
        switch (line.ptr[0]) {
        case 'm':
            sdp->media_total++;
            if (sdp->n_media < SIPDIAG_SDP_MAX_MEDIA) {
                current = &sdp->media[sdp->n_media++];
                read_media(value, current);
                in_ignored_media = false;
            } else {
                in_ignored_media = true;
            }
            break;
        case 'c':
            if (in_ignored_media)
                break;
            if (current != NULL) {
                if (!current->connection.present)
                    read_connection(value, &current->connection);
            } else if (!sdp->connection.present) {
                read_connection(value, &sdp->connection);
            }
            break;
        case 'a':
            if (!in_ignored_media)
                read_attribute(value, sdp, current);
            break;
        default:
            break;
        }
    }
    return true;
}

sipdiag_sdp_direction_t
sipdiag_sdp_direction(const sipdiag_sdp_t *sdp, unsigned media)
{
    if (media < sdp->n_media && sdp->media[media].direction != SIPDIAG_SDP_DIR_NONE)
        return sdp->media[media].direction;
    return sdp->direction != SIPDIAG_SDP_DIR_NONE ? sdp->direction : SIPDIAG_SDP_DIR_SENDRECV;
}

const sipdiag_sdp_connection_t *
sipdiag_sdp_connection(const sipdiag_sdp_t *sdp, unsigned media)
{
    if (media < sdp->n_media && sdp->media[media].connection.present)
        return &sdp->media[media].connection;
    return sdp->connection.present ? &sdp->connection : NULL;
}

const char *
sipdiag_sdp_direction_name(sipdiag_sdp_direction_t direction)
{
    switch (direction) {
    case SIPDIAG_SDP_DIR_SENDONLY:
        return "sendonly";
    case SIPDIAG_SDP_DIR_RECVONLY:
        return "recvonly";
    case SIPDIAG_SDP_DIR_INACTIVE:
        return "inactive";
    case SIPDIAG_SDP_DIR_NONE:
    case SIPDIAG_SDP_DIR_SENDRECV:
        break;
    }
    return "sendrecv";
}

bool
sipdiag_sdp_is_rtp(span_t proto)
{
    /* "RTP/..." or a transport prefix then "/RTP/" (UDP/TLS/RTP/SAVPF). */
    if (proto.len >= 4 && memcmp(proto.ptr, "RTP/", 4) == 0)
        return true;
    for (size_t i = 0; i + 5 <= proto.len; i++) {
        if (memcmp(proto.ptr + i, "/RTP/", 5) == 0)
            return true;
    }
    return false;
}

/* RFC 3551 §6, Tables 4 and 5: the static payload types 0-34 still
 * assigned (1, 2, 19 are reserved; 20-24, 27, 29, 30 unassigned). */
static const struct {
    const char *name;
    uint32_t clock_rate;
} static_types[35] = {
    [0] = { "PCMU", 8000 },   [3] = { "GSM", 8000 },     [4] = { "G723", 8000 },
    [5] = { "DVI4", 8000 },   [6] = { "DVI4", 16000 },   [7] = { "LPC", 8000 },
    [8] = { "PCMA", 8000 },   [9] = { "G722", 8000 },    [10] = { "L16", 44100 },
    [11] = { "L16", 44100 },  [12] = { "QCELP", 8000 },  [13] = { "CN", 8000 },
    [14] = { "MPA", 90000 },  [15] = { "G728", 8000 },   [16] = { "DVI4", 11025 },
    [17] = { "DVI4", 22050 }, [18] = { "G729", 8000 },   [25] = { "CelB", 90000 },
    [26] = { "JPEG", 90000 }, [28] = { "nv", 90000 },    [31] = { "H261", 90000 },
    [32] = { "MPV", 90000 },  [33] = { "MP2T", 90000 },  [34] = { "H263", 90000 },
};

bool
sipdiag_sdp_codec(const sipdiag_sdp_media_t *media, unsigned format, span_t *name,
                  uint32_t *clock_rate)
{
    if (format >= media->n_formats)
        return false;
    const sipdiag_sdp_format_t *f = &media->formats[format];
    if (f->encoding.len > 0) {
        *name = f->encoding;
        *clock_rate = f->clock_rate;
        return true;
    }
    if (f->payload_type >= 0 && f->payload_type <= 34
        && static_types[f->payload_type].name != NULL) {
        *name = (span_t){ static_types[f->payload_type].name,
                          strlen(static_types[f->payload_type].name) };
        *clock_rate = static_types[f->payload_type].clock_rate;
        return true;
    }
    return false;
}

/* Whether a part's Content-Type value (a media type, then ;-parameters)
 * is application/sdp. */
static bool
is_sdp_type(span_t value)
{
    const char *semicolon = memchr(value.ptr, ';', value.len);
    if (semicolon != NULL)
        value.len = (size_t)(semicolon - value.ptr);
    return span_equals(span_trim(value), "application/sdp");
}

bool
sipdiag_sdp_in_multipart(span_t boundary, span_t body, span_t *sdp)
{
    /* A delimiter is CRLF "--" boundary at the start of a line (RFC 2046
     * §5.1.1); the first may open the body.  Boundaries are 1-70 chars. */
    if (boundary.len == 0 || boundary.len > 70)
        return false;
    size_t i = 0;
    while (i + 2 + boundary.len <= body.len) {
        bool line_start = i == 0 || body.ptr[i - 1] == '\n';
        if (!(line_start && body.ptr[i] == '-' && body.ptr[i + 1] == '-'
              && memcmp(body.ptr + i + 2, boundary.ptr, boundary.len) == 0)) {
            const char *lf = memchr(body.ptr + i, '\n', body.len - i);
            if (lf == NULL)
                return false;
            i = (size_t)(lf - body.ptr) + 1;
            continue;
        }
        /* The part's headers follow the delimiter line. */
        span_t rest = { body.ptr + i, body.len - i };
        span_t delimiter = span_next_line(&rest);
        if (delimiter.len >= boundary.len + 4 && delimiter.ptr[boundary.len + 2] == '-'
            && delimiter.ptr[boundary.len + 3] == '-')
            return false; /* the closing delimiter */
        bool sdp_part = false;
        for (span_t h = span_next_line(&rest); h.len > 0; h = span_next_line(&rest)) {
            const char *colon = memchr(h.ptr, ':', h.len);
            if (colon == NULL)
                continue;
            span_t name = span_trim((span_t){ h.ptr, (size_t)(colon - h.ptr) });
            if (span_equals(name, "Content-Type") || span_equals(name, "c"))
                sdp_part = is_sdp_type((span_t){ colon + 1, (size_t)(h.ptr + h.len - colon - 1) });
        }
        /* The part's body runs to the CRLF before the next delimiter. */
        size_t start = (size_t)(rest.ptr - body.ptr);
        size_t end = start;
        while (end < body.len) {
            if ((end == start || body.ptr[end - 1] == '\n') && end + 2 + boundary.len <= body.len
                && body.ptr[end] == '-' && body.ptr[end + 1] == '-'
                && memcmp(body.ptr + end + 2, boundary.ptr, boundary.len) == 0)
                break;
            const char *lf = memchr(body.ptr + end, '\n', body.len - end);
            end = lf != NULL ? (size_t)(lf - body.ptr) + 1 : body.len;
        }
        if (sdp_part) {
            size_t stop = end;
            /* The CRLF before a delimiter belongs to it; a body cut short
             * (no delimiter after the part) is taken whole. */
            if (stop < body.len) {
                if (stop > start && body.ptr[stop - 1] == '\n')
                    stop--;
                if (stop > start && body.ptr[stop - 1] == '\r')
                    stop--;
            }
            *sdp = (span_t){ body.ptr + start, stop - start };
            return true;
        }
        i = end;
    }
    return false;
}
