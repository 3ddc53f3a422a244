/* transfer.c - where a call transfer stands, from its REFER response and
 * the NOTIFY reports that follow.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "transfer.h"
#include "sipdiag.h"

#include <string.h>

static const char *const state_texts[SIPDIAG_TRANSFER_STATE_COUNT] = {
    [SIPDIAG_TRANSFER_PENDING] =
        "accepted; no NOTIFY has reported on the referred call yet",
    [SIPDIAG_TRANSFER_TRYING] =
        "accepted; the transfer target is still setting up the referred call",
    [SIPDIAG_TRANSFER_SUCCEEDED] =
        "succeeded: the referred call was answered",
    [SIPDIAG_TRANSFER_FAILED] =
        "accepted, then failed at the transfer target: the NOTIFY reports a final failure",
    [SIPDIAG_TRANSFER_REFUSED] =
        "refused: the REFER itself was rejected, no transfer was attempted",
    [SIPDIAG_TRANSFER_NO_OUTCOME] =
        "accepted, but no NOTIFY in the whole capture reports a final status",
};

sipdiag_transfer_state_t
sipdiag_transfer_state(unsigned refer_code, unsigned last_report, bool whole_capture_seen)
{
    if (refer_code >= 300)
        return SIPDIAG_TRANSFER_REFUSED;
    if (last_report >= 300)
        return SIPDIAG_TRANSFER_FAILED;
    if (last_report >= 200)
        return SIPDIAG_TRANSFER_SUCCEEDED;
    if (whole_capture_seen)
        return SIPDIAG_TRANSFER_NO_OUTCOME;
    return last_report >= 100 ? SIPDIAG_TRANSFER_TRYING : SIPDIAG_TRANSFER_PENDING;
}

const char *
sipdiag_transfer_state_text(sipdiag_transfer_state_t state)
{
    return state < SIPDIAG_TRANSFER_STATE_COUNT ? state_texts[state] : NULL;
}

bool
sipdiag_parse_status_line(const char *line, size_t len, unsigned *code)
{
    static const char prefix[] = "SIP/2.0 ";
    const size_t prefix_len = sizeof prefix - 1;
    if (line == NULL || len < prefix_len + 3 || strncmp(line, prefix, prefix_len) != 0)
        return false;
    if (len > prefix_len + 3 && line[prefix_len + 3] != ' ')
        return false;
    unsigned value;
    if (!sipdiag_parse_code(line + prefix_len, 3, &value) || value < SIPDIAG_CODE_MIN
        || value > SIPDIAG_CODE_MAX)
        return false;
    *code = value;
    return true;
}
