/* page.c - titles, notes and the class line of a comparison, shared by the
 * `sipdiag` command and the plugin so that both say the same thing.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "sipdiag.h"

#include <glib.h>

/* Arguments, in order: code A, class digit A, class name A, then B's. */
static const char *const class_line_formats[SIPDIAG_LANG_COUNT] = {
    [SIPDIAG_LANG_EN] = "%u is a %uxx %s response, while %u is a %uxx %s response",
    [SIPDIAG_LANG_FR] = "%u est une réponse %uxx (%s), tandis que %u est une réponse %uxx (%s)",
    [SIPDIAG_LANG_ES] = "%u es una respuesta %uxx (%s), mientras que %u es una respuesta %uxx (%s)",
    [SIPDIAG_LANG_DE] = "%u ist eine %uxx-Antwort (%s), %u dagegen eine %uxx-Antwort (%s)",
    [SIPDIAG_LANG_PT] = "%u é uma resposta %uxx (%s), enquanto %u é uma resposta %uxx (%s)",
    [SIPDIAG_LANG_IT] = "%u è una risposta %uxx (%s), mentre %u è una risposta %uxx (%s)",
};

char *
sipdiag_title(const sipdiag_lookup_t *lk)
{
    if (lk->status == SIPDIAG_REGISTERED || lk->status == SIPDIAG_LEGACY)
        return g_strdup_printf("SIP %u %s", lk->code, lk->row->phrase);
    return g_strdup_printf("SIP %u", lk->code);
}

void
sipdiag_status_note(const sipdiag_lookup_t *lk, char *buf, size_t size)
{
    switch (lk->status) {
    case SIPDIAG_LEGACY: {
        sipdiag_lookup_t base;
        sipdiag_lookup(lk->klass * 100u, &base);
        g_snprintf(buf, size, "legacy code of RFC 2543, not in the IANA registry; "
                   "RFC 3261 peers handle it as %u %s", base.code, base.row->phrase);
        break;
    }
    case SIPDIAG_UNREGISTERED:
        g_snprintf(buf, size, "unregistered code, handled as %u %s (RFC 3261 §8.1.3.2)",
                   lk->row->code, lk->row->phrase);
        break;
    case SIPDIAG_INVALID:
        g_snprintf(buf, size, "%u is not a SIP status code: codes run from 100 to 699",
                   lk->code);
        break;
    case SIPDIAG_REGISTERED:
        if (size > 0)
            buf[0] = '\0';
        break;
    }
}

char *
sipdiag_class_line(const sipdiag_lookup_t *a, const sipdiag_lookup_t *b,
                   sipdiag_lang_t lang)
{
    if (lang >= SIPDIAG_LANG_COUNT)
        lang = SIPDIAG_LANG_EN;
    return g_strdup_printf(class_line_formats[lang],
                           a->code, a->klass, sipdiag_class_name(a->klass, lang),
                           b->code, b->klass, sipdiag_class_name(b->klass, lang));
}
