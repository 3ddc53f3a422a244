/* kb.c - the registry of SIP response codes and the lookup on top of it.
 *
 * The rows below are the IANA "Response Codes" registry (sip-parameters-7):
 * the exact reason phrases and the RFC that defines each code, plus the two
 * RFC 2543 codes still met in the wild.  The texts live in kb_<lang>.c.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "sipdiag.h"

#include <glib.h>
#include <string.h>

#define R(code, phrase, rfc, cat) { code, phrase, rfc, SIPDIAG_CAT_##cat, SIPDIAG_REGISTERED }
#define LEGACY(code, phrase, cat) { code, phrase, 2543, SIPDIAG_CAT_##cat, SIPDIAG_LEGACY }

static const sipdiag_code_row_t registry[] = {
    R(100, "Trying",                                  3261, PROGRESS),
    R(180, "Ringing",                                 3261, PROGRESS),
    R(181, "Call Is Being Forwarded",                 3261, PROGRESS),
    R(182, "Queued",                                  3261, PROGRESS),
    R(183, "Session Progress",                        3261, PROGRESS),
    R(199, "Early Dialog Terminated",                 6228, PROGRESS),
    R(200, "OK",                                      3261, SUCCESS),
    R(202, "Accepted (Deprecated)",                   6665, EVENTS),
    R(204, "No Notification",                         5839, EVENTS),
    R(300, "Multiple Choices",                        3261, REDIRECTION),
    R(301, "Moved Permanently",                       3261, REDIRECTION),
    R(302, "Moved Temporarily",                       3261, REDIRECTION),
    R(305, "Use Proxy",                               3261, REDIRECTION),
    R(380, "Alternative Service",                     3261, REDIRECTION),
    R(400, "Bad Request",                             3261, PROTOCOL),
    R(401, "Unauthorized",                            3261, AUTHENTICATION),
    R(402, "Payment Required",                        3261, POLICY),
    R(403, "Forbidden",                               3261, POLICY),
    R(404, "Not Found",                               3261, ADDRESSING),
    R(405, "Method Not Allowed",                      3261, CAPABILITY),
    R(406, "Not Acceptable",                          3261, CAPABILITY),
    R(407, "Proxy Authentication Required",           3261, AUTHENTICATION),
    R(408, "Request Timeout",                         3261, TIMEOUT),
    LEGACY(409, "Conflict",                                 PROTOCOL),
    R(410, "Gone",                                    3261, ADDRESSING),
    LEGACY(411, "Length Required",                          PROTOCOL),
    R(412, "Conditional Request Failed",              3903, EVENTS),
    R(413, "Request Entity Too Large",                3261, PROTOCOL),
    R(414, "Request-URI Too Long",                    3261, PROTOCOL),
    R(415, "Unsupported Media Type",                  3261, CAPABILITY),
    R(416, "Unsupported URI Scheme",                  3261, CAPABILITY),
    R(417, "Unknown Resource-Priority",               4412, EXTENSION),
    R(420, "Bad Extension",                           3261, EXTENSION),
    R(421, "Extension Required",                      3261, EXTENSION),
    R(422, "Session Interval Too Small",              4028, TIMER),
    R(423, "Interval Too Brief",                      3261, TIMER),
    R(424, "Bad Location Information",                6442, PROTOCOL),
    R(425, "Bad Alert Message",                       8876, PROTOCOL),
    R(428, "Use Identity Header",                     8224, IDENTITY),
    R(429, "Provide Referrer Identity",               3892, EVENTS),
    R(430, "Flow Failed",                             5626, CONNECTIVITY),
    R(433, "Anonymity Disallowed",                    5079, POLICY),
    R(436, "Bad Identity Info",                       8224, IDENTITY),
    R(437, "Unsupported Credential",                  8224, IDENTITY),
    R(438, "Invalid Identity Header",                 8224, IDENTITY),
    R(439, "First Hop Lacks Outbound Support",        5626, CONNECTIVITY),
    R(440, "Max-Breadth Exceeded",                    5393, ROUTING),
    R(469, "Bad Info Package",                        6086, EXTENSION),
    R(470, "Consent Needed",                          5360, POLICY),
    R(480, "Temporarily Unavailable",                 3261, AVAILABILITY),
    R(481, "Call/Transaction Does Not Exist",         3261, DIALOG),
    R(482, "Loop Detected",                           3261, ROUTING),
    R(483, "Too Many Hops",                           3261, ROUTING),
    R(484, "Address Incomplete",                      3261, ADDRESSING),
    R(485, "Ambiguous",                               3261, ADDRESSING),
    R(486, "Busy Here",                               3261, AVAILABILITY),
    R(487, "Request Terminated",                      3261, DIALOG),
    R(488, "Not Acceptable Here",                     3261, MEDIA),
    R(489, "Bad Event",                               6665, EVENTS),
    R(491, "Request Pending",                         3261, DIALOG),
    R(493, "Undecipherable",                          3261, SECURITY),
    R(494, "Security Agreement Required",             3329, SECURITY),
    R(500, "Server Internal Error",                   3261, SERVER_FAULT),
    R(501, "Not Implemented",                         3261, CAPABILITY),
    R(502, "Bad Gateway",                             3261, SERVER_FAULT),
    R(503, "Service Unavailable",                     3261, OVERLOAD),
    R(504, "Server Time-out",                         3261, TIMEOUT),
    R(505, "Version Not Supported",                   3261, CAPABILITY),
    R(513, "Message Too Large",                       3261, PROTOCOL),
    R(555, "Push Notification Service Not Supported", 8599, CAPABILITY),
    R(580, "Precondition Failure",                    3312, MEDIA),
    R(600, "Busy Everywhere",                         3261, AVAILABILITY),
    R(603, "Decline",                                 3261, AVAILABILITY),
    R(604, "Does Not Exist Anywhere",                 3261, ADDRESSING),
    R(606, "Not Acceptable",                          3261, MEDIA),
    R(607, "Unwanted",                                8197, POLICY),
    R(608, "Rejected",                                8688, POLICY),
};

#undef R
#undef LEGACY

#define NO_ROW 0xFFu

/* code - SIPDIAG_CODE_MIN -> index into registry[], or NO_ROW. */
static guint8 row_of_code[SIPDIAG_CODE_MAX - SIPDIAG_CODE_MIN + 1];

static gsize index_ready;

static void
build_index(void)
{
    if (!g_once_init_enter(&index_ready))
        return;
    memset(row_of_code, NO_ROW, sizeof row_of_code);
    G_STATIC_ASSERT(G_N_ELEMENTS(registry) < NO_ROW);
    for (guint i = 0; i < G_N_ELEMENTS(registry); i++)
        row_of_code[registry[i].code - SIPDIAG_CODE_MIN] = (guint8)i;
    g_once_init_leave(&index_ready, 1);
}

bool
sipdiag_lookup(unsigned code, sipdiag_lookup_t *out)
{
    out->code = code;
    if (code < SIPDIAG_CODE_MIN || code > SIPDIAG_CODE_MAX) {
        out->status = SIPDIAG_INVALID;
        out->klass = SIPDIAG_CLASS_INVALID;
        out->row = NULL;
        return false;
    }
    build_index();
    out->klass = (sipdiag_class_t)(code / 100);
    guint8 row = row_of_code[code - SIPDIAG_CODE_MIN];
    if (row != NO_ROW) {
        out->row = &registry[row];
        out->status = out->row->status;
        return true;
    }
    /* RFC 3261 §8.1.3.2: an unrecognised final response is treated as the
     * x00 code of its class.  Every x00 is registered, so this always lands. */
    out->row = &registry[row_of_code[(code / 100) * 100 - SIPDIAG_CODE_MIN]];
    out->status = SIPDIAG_UNREGISTERED;
    return true;
}

const sipdiag_code_row_t *
sipdiag_rows(size_t *count)
{
    *count = G_N_ELEMENTS(registry);
    return registry;
}

bool
sipdiag_parse_code(const char *text, size_t len, unsigned *code)
{
    if (text == NULL || len != 3)
        return false;
    unsigned value = 0;
    for (size_t i = 0; i < 3; i++) {
        if (!g_ascii_isdigit(text[i]))
            return false;
        value = value * 10 + (unsigned)(text[i] - '0');
    }
    *code = value;
    return true;
}
