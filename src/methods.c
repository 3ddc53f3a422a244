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

unsigned
sipdiag_method_id(const char *method)
{
    for (unsigned i = 1; method != NULL && i < sizeof methods / sizeof methods[0]; i++) {
        if (strcmp(method, methods[i]) == 0)
            return i;
    }
    return SIPDIAG_METHOD_OTHER;
}

const char *
sipdiag_method_name(unsigned id)
{
    return id < sizeof methods / sizeof methods[0] ? methods[id] : NULL;
}
