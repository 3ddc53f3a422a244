/* transfer.h - the outcome of a call transfer: REFER, its response, then
 * the NOTIFYs whose message/sipfrag bodies report on the referred call
 * (RFC 3515).
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef SIPDIAG_TRANSFER_H
#define SIPDIAG_TRANSFER_H

#include <stdbool.h>
#include <stddef.h>

typedef enum {
    SIPDIAG_TRANSFER_PENDING,    /* accepted, nothing reported yet */
    SIPDIAG_TRANSFER_TRYING,     /* a NOTIFY reported a provisional status */
    SIPDIAG_TRANSFER_SUCCEEDED,  /* a NOTIFY reported a 2xx */
    SIPDIAG_TRANSFER_FAILED,     /* accepted, then a NOTIFY reported a failure */
    SIPDIAG_TRANSFER_REFUSED,    /* the REFER itself got a failure response */
    SIPDIAG_TRANSFER_NO_OUTCOME, /* accepted, and the whole capture has no final report */
    SIPDIAG_TRANSFER_STATE_COUNT
} sipdiag_transfer_state_t;

/* Where a transfer stands.  refer_code: the REFER's final response (0 if
 * not seen); last_report: the last status a NOTIFY reported (0 if none);
 * whole_capture_seen: true once every frame has been read (second pass,
 * GUI), when a missing final report is a finding rather than a wait. */
sipdiag_transfer_state_t sipdiag_transfer_state(unsigned refer_code, unsigned last_report,
                                                bool whole_capture_seen);

/* One line on a state, for the tree. */
const char *sipdiag_transfer_state_text(sipdiag_transfer_state_t state);

/* Reads the status code of a status line ("SIP/2.0 503 Service
 * Unavailable", as a sipfrag body starts).  False for anything else,
 * including a code outside 100-699. */
bool sipdiag_parse_status_line(const char *line, size_t len, unsigned *code);

#endif /* SIPDIAG_TRANSFER_H */
