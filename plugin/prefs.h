/* prefs.h - the user's settings (Edit > Preferences > Protocols > SIPDIAG,
 * or tshark -o sipdiag.<name>:<value>).
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef SIPDIAG_PREFS_H
#define SIPDIAG_PREFS_H

#include <stdbool.h>

#include "overrides.h"
#include "sipdiag.h"

/* apply (may be NULL) runs whenever the user's settings change. */
void sipdiag_prefs_register(int proto, void (*apply)(void));

/* The language of the texts. */
sipdiag_lang_t sipdiag_prefs_lang(void);

/* Whether responses of this class, with no context rule, get an expert item. */
bool sipdiag_prefs_wants_class(sipdiag_class_t klass);

/* Whether expected outcomes (challenges, cancels...) get an expert item. */
bool sipdiag_prefs_wants_expected(void);

/* Whether expert lines also carry the first step of the fix. */
bool sipdiag_prefs_long_summaries(void);

/* The site override for a response, or NULL (see src/overrides.h). */
const sipdiag_override_t *sipdiag_prefs_override(unsigned code, const char *method,
                                                 const unsigned *causes, unsigned n_causes);

#endif /* SIPDIAG_PREFS_H */
