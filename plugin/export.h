/* export.h - `tshark -q -z sipdiag,export`: what sipdiag learnt of a
 * capture as tab-separated records, for scripts/report.py (the main job's
 * report): every SIP message with its verdict, every call doctor finding
 * (those only the end of the capture tells included), every call's
 * outcome and legs, every registration binding with its findings, and the
 * SDP offer/answer findings.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef SIPDIAG_EXPORT_H
#define SIPDIAG_EXPORT_H

#include <epan/packet.h>

#include "media.h"
#include "messages.h"
#include "tree.h"

/* Registers the "sipdiag,export" statistic; call from proto_register. */
void sipdiag_export_register(void);

/* Whether -z sipdiag,export was asked for. */
bool sipdiag_export_listening(void);

/* Records a message just learnt with what was learnt of it; does nothing
 * unless the export is listening. */
void sipdiag_export_message(packet_info *pinfo, const sipdiag_message_t *m,
                            const sipdiag_note_t *note);

/* Records the media checks' findings on a message just learnt (sdp_tree.c);
 * does nothing unless the export is listening. */
void sipdiag_export_media(const char *call_id, const sipdiag_media_finding_t *found,
                          unsigned count);

/* The call doctor's findings that only the end of the capture tells, one
 * call of each per finding (packet-sipdiag.c; finds them first if need be). */
void sipdiag_each_finding_at_end(sipdiag_detection_cb each, void *data);

#endif /* SIPDIAG_EXPORT_H */
