/* headings.c - the words around the texts: section headings, class names,
 * category and status keys, language codes.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "sipdiag.h"

#include <glib.h>

static const char *const lang_codes[SIPDIAG_LANG_COUNT] = {
    [SIPDIAG_LANG_EN] = "en", [SIPDIAG_LANG_FR] = "fr", [SIPDIAG_LANG_ES] = "es",
    [SIPDIAG_LANG_DE] = "de", [SIPDIAG_LANG_PT] = "pt", [SIPDIAG_LANG_IT] = "it",
};

/* Description, When you see it, How to fix it, Key differences,
 * When to use which. */
static const char *const headings[SIPDIAG_LANG_COUNT][SIPDIAG_HEADING_COUNT] = {
    [SIPDIAG_LANG_EN] = { "Description", "When you see it", "How to fix it",
                          "Key differences", "When to use which" },
    [SIPDIAG_LANG_FR] = { "Description", "Quand vous le voyez", "Comment résoudre",
                          "Différences clés", "Quand utiliser lequel" },
    [SIPDIAG_LANG_ES] = { "Descripción", "Cuándo lo verás", "Cómo solucionarlo",
                          "Diferencias clave", "Cuándo usar cada uno" },
    [SIPDIAG_LANG_DE] = { "Beschreibung", "Wann Sie es sehen", "Wie man es behebt",
                          "Wesentliche Unterschiede", "Wann welchen verwenden" },
    [SIPDIAG_LANG_PT] = { "Descrição", "Quando você o vê", "Como corrigir",
                          "Principais diferenças", "Quando usar cada um" },
    [SIPDIAG_LANG_IT] = { "Descrizione", "Quando lo vedi", "Come risolverlo",
                          "Differenze principali", "Quando usare quale" },
};

/* Indexed by class number 1..6. */
static const char *const class_names[SIPDIAG_LANG_COUNT][7] = {
    [SIPDIAG_LANG_EN] = { NULL, "Provisional", "Success", "Redirection",
                          "Client Failure", "Server Failure", "Global Failure" },
    [SIPDIAG_LANG_FR] = { NULL, "Provisoire", "Succès", "Redirection",
                          "Échec client", "Échec serveur", "Échec global" },
    [SIPDIAG_LANG_ES] = { NULL, "Provisional", "Éxito", "Redirección",
                          "Error del cliente", "Error del servidor", "Error global" },
    [SIPDIAG_LANG_DE] = { NULL, "Vorläufig", "Erfolg", "Umleitung",
                          "Client-Fehler", "Server-Fehler", "Globaler Fehler" },
    [SIPDIAG_LANG_PT] = { NULL, "Provisória", "Sucesso", "Redirecionamento",
                          "Falha do cliente", "Falha do servidor", "Falha global" },
    [SIPDIAG_LANG_IT] = { NULL, "Provvisoria", "Successo", "Reindirizzamento",
                          "Errore del client", "Errore del server", "Errore globale" },
};

static const char *const category_keys[SIPDIAG_CAT_COUNT] = {
    [SIPDIAG_CAT_PROGRESS] = "progress",
    [SIPDIAG_CAT_SUCCESS] = "success",
    [SIPDIAG_CAT_REDIRECTION] = "redirection",
    [SIPDIAG_CAT_AUTHENTICATION] = "authentication",
    [SIPDIAG_CAT_POLICY] = "policy",
    [SIPDIAG_CAT_ADDRESSING] = "addressing",
    [SIPDIAG_CAT_AVAILABILITY] = "availability",
    [SIPDIAG_CAT_MEDIA] = "media",
    [SIPDIAG_CAT_EXTENSION] = "extension",
    [SIPDIAG_CAT_CAPABILITY] = "capability",
    [SIPDIAG_CAT_PROTOCOL] = "protocol",
    [SIPDIAG_CAT_ROUTING] = "routing",
    [SIPDIAG_CAT_TIMEOUT] = "timeout",
    [SIPDIAG_CAT_TIMER] = "timer",
    [SIPDIAG_CAT_DIALOG] = "dialog",
    [SIPDIAG_CAT_EVENTS] = "events",
    [SIPDIAG_CAT_IDENTITY] = "identity",
    [SIPDIAG_CAT_SECURITY] = "security",
    [SIPDIAG_CAT_CONNECTIVITY] = "connectivity",
    [SIPDIAG_CAT_OVERLOAD] = "overload",
    [SIPDIAG_CAT_SERVER_FAULT] = "server-fault",
};

static const char *const status_keys[] = {
    [SIPDIAG_REGISTERED] = "registered",
    [SIPDIAG_LEGACY] = "legacy",
    [SIPDIAG_UNREGISTERED] = "unregistered",
    [SIPDIAG_INVALID] = "invalid",
};

const char *
sipdiag_heading(sipdiag_heading_t heading, sipdiag_lang_t lang)
{
    if (lang >= SIPDIAG_LANG_COUNT || heading >= SIPDIAG_HEADING_COUNT)
        return NULL;
    return headings[lang][heading];
}

const char *
sipdiag_class_name(sipdiag_class_t klass, sipdiag_lang_t lang)
{
    if (lang >= SIPDIAG_LANG_COUNT || klass < SIPDIAG_CLASS_PROVISIONAL
        || klass > SIPDIAG_CLASS_GLOBAL_FAILURE)
        return NULL;
    return class_names[lang][klass];
}

const char *
sipdiag_category_key(sipdiag_category_t category)
{
    return category < SIPDIAG_CAT_COUNT ? category_keys[category] : NULL;
}

const char *
sipdiag_status_key(sipdiag_status_t status)
{
    return status <= SIPDIAG_INVALID ? status_keys[status] : NULL;
}

bool
sipdiag_lang_from_code(const char *code, sipdiag_lang_t *lang)
{
    for (int i = 0; code != NULL && i < SIPDIAG_LANG_COUNT; i++) {
        if (g_ascii_strcasecmp(code, lang_codes[i]) == 0) {
            *lang = (sipdiag_lang_t)i;
            return true;
        }
    }
    return false;
}

const char *
sipdiag_lang_code(sipdiag_lang_t lang)
{
    return lang < SIPDIAG_LANG_COUNT ? lang_codes[lang] : NULL;
}
