/* methods.c - the SIP methods sipdiag knows by name, as small numbers, so
 * that per-call memory and per-frame records need a byte, not a string.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "sipdiag.h"

#include <string.h>

/* RFC 3261 and its extensions (IANA sip-parameters-6); index 0 is "any
 * other method". */
static const char *const methods[] = {
    NULL, "ACK", "BYE", "CANCEL", "INFO", "INVITE", "MESSAGE", "NOTIFY", "OPTIONS",
    "PRACK", "PUBLISH", "REFER", "REGISTER", "SUBSCRIBE", "UPDATE",
};

/* Called for every message and by every rule that names a method: told by
 * length and first letter before one comparison. */
unsigned
sipdiag_method_id(const char *method)
{
    if (method == NULL)
        return SIPDIAG_METHOD_OTHER;
    unsigned candidate;
    switch (method[0]) {
    case 'A': candidate = 1; break;
    case 'B': candidate = 2; break;
    case 'C': candidate = 3; break;
    case 'I': candidate = method[1] == 'N' && method[2] == 'F' ? 4 : 5; break;
    case 'M': candidate = 6; break;
    case 'N': candidate = 7; break;
    case 'O': candidate = 8; break;
    case 'P': candidate = method[1] == 'R' ? 9 : 10; break;
    case 'R': candidate = method[1] == 'E' && method[2] == 'F' ? 11 : 12; break;
    case 'S': candidate = 13; break;
    case 'U': candidate = 14; break;
    default: return SIPDIAG_METHOD_OTHER;
    }
    return strcmp(method, methods[candidate]) == 0 ? candidate : SIPDIAG_METHOD_OTHER;
}

const char *
sipdiag_method_name(unsigned id)
{
    return id < sizeof methods / sizeof methods[0] ? methods[id] : NULL;
}
