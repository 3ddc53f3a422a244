/* transfers.h - follows call transfers through a capture: REFER, its
 * response, and the NOTIFYs (Event: refer) whose message/sipfrag bodies
 * report on the referred call.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef SIPDIAG_TRANSFERS_H
#define SIPDIAG_TRANSFERS_H

#include <epan/packet.h>

#include "messages.h"

/* At most this many transfers are followed per file, and this many NOTIFY
 * reports kept per transfer; the tree says when a cap was reached. */
#define SIPDIAG_MAX_TRANSFERS 50000
#define SIPDIAG_MAX_REPORTS 8

typedef struct {
    guint32 refer_frame;
    guint32 response_frame;             /* 0 until the REFER is answered */
    unsigned response_code;
    guint32 report_frames[SIPDIAG_MAX_REPORTS];
    unsigned report_codes[SIPDIAG_MAX_REPORTS];
    unsigned n_reports;                 /* may exceed what is kept */
    unsigned last_report;               /* the latest sipfrag status, 0 if none */
} sipdiag_transfer_t;

/* First pass only.  Each returns the transfer the message belongs to, or
 * NULL; *capped is set when the table was full. */
sipdiag_transfer_t *sipdiag_transfers_note_refer(const sipdiag_message_t *refer,
                                                 packet_info *pinfo, bool *capped);
sipdiag_transfer_t *sipdiag_transfers_note_response(const sipdiag_message_t *response,
                                                    packet_info *pinfo);
/* For a NOTIFY of Event: refer with a sipfrag status; *report gets it. */
sipdiag_transfer_t *sipdiag_transfers_note_notify(const sipdiag_message_t *notify,
                                                  packet_info *pinfo, unsigned *report);

/* True for a NOTIFY that reports on a transfer (Event: refer). */
bool sipdiag_is_transfer_report(const sipdiag_message_t *message);

void sipdiag_transfers_init(void);

#endif /* SIPDIAG_TRANSFERS_H */
