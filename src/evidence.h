/* evidence.h - the frames a verdict rests on, so that an engineer can
 * click from a response to the request it answers, the challenge before
 * it, the CANCEL that ended it...
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef SIPDIAG_EVIDENCE_H
#define SIPDIAG_EVIDENCE_H

#include <stdint.h>

typedef enum {
    SIPDIAG_EVIDENCE_REQUEST,      /* the request answered, its first transmission at this hop */
    SIPDIAG_EVIDENCE_CHALLENGE,    /* the earlier 401/407 the credentials answered */
    SIPDIAG_EVIDENCE_CANCEL,       /* the CANCEL of this INVITE */
    SIPDIAG_EVIDENCE_PROVISIONAL,  /* the first 18x of this INVITE */
    SIPDIAG_EVIDENCE_BYE,          /* the other side's BYE that crossed this one */
    SIPDIAG_EVIDENCE_FINAL,        /* the final response the transaction already had */
    SIPDIAG_EVIDENCE_EARLIER,      /* the same code to the same method, earlier in the call */
    SIPDIAG_EVIDENCE_COUNT
} sipdiag_evidence_kind_t;

typedef struct {
    uint32_t frames[SIPDIAG_EVIDENCE_COUNT]; /* 0: not in the capture */
    unsigned credentials;                    /* SIPDIAG_AUTH_* of the request answered */
    const char *realm;                       /* their realm; lives as long as the flows */
} sipdiag_evidence_t;

/* "request", "challenge"...: the field and template slot names. */
const char *sipdiag_evidence_name(sipdiag_evidence_kind_t kind);

#endif /* SIPDIAG_EVIDENCE_H */
