/* calls.h - `tshark -z sipdiag,calls`: one row per call, its outcome and
 * what failed, from the call doctor's model (src/doctor.h).
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef SIPDIAG_CALLS_H
#define SIPDIAG_CALLS_H

#include "doctor.h"

/* Registers the "sipdiag,calls" statistic; call from proto_register. */
void sipdiag_calls_register(void);

/* This file's calls, with what the end of the capture tells already
 * found (packet-sipdiag.c).  NULL before a file is read. */
const sipdiag_flows_t *sipdiag_finished_flows(void);

#endif /* SIPDIAG_CALLS_H */
