/* registrations_texts.c - what the registrations model says of each
 * detection (registrations.h): one reviewed row per kind, its summary and
 * its fix, in English, French and Spanish.  Slots in braces are filled by
 * sipdiag_reg_summary().
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "registrations.h"

#include "doctor.h" /* sipdiag_seconds_text */
#include "texts.h"  /* sipdiag_fill_slots */

#include <glib.h>
#include <string.h>

#define T(summary, fix) { summary, fix }

const sipdiag_reg_rule_t sipdiag_reg_rules[SIPDIAG_REG_DETECT_COUNT] = {
    { SIPDIAG_REG_DETECT_FAILING, "failing", "RFC 3261 §10.3, §22.1; RFC 6665 §4.1.2",
      { T("{method} for {aor} failed {count} times in a row ({code} {phrase} from {from})",
          "A refusal that repeats is configuration, not chance: read the code. 403 after "
          "credentials: wrong password, a disabled account, or the registrar refusing this "
          "source address (ACL, fail2ban); 404: the registrar does not know the user or domain "
          "of the To URI; 423: raise Expires to the Min-Expires given; 489 to SUBSCRIBE: the "
          "notifier does not support this Event package (see its Allow-Events); 5xx: the "
          "registrar or its database is down. Compare User-Agent, source address and realm with "
          "a phone that registers, and read the registrar's log for this AOR at the failing "
          "frame's time; a UA retrying every few seconds also trips flood protection."),
        T("{method} pour {aor} a échoué {count} fois de suite ({code} {phrase} de {from})",
          "Un refus qui se répète vient de la configuration, pas du hasard : lisez le code. "
          "403 après authentification : mot de passe faux, compte désactivé, ou adresse source "
          "refusée par le registrar (ACL, fail2ban) ; 404 : le registrar ne connaît pas "
          "l'utilisateur ou le domaine de l'URI du To ; 423 : montez Expires au Min-Expires "
          "indiqué ; 489 à un SUBSCRIBE : le notifier ne gère pas ce paquet Event (voir son "
          "Allow-Events) ; 5xx : le registrar ou sa base est en panne. Comparez User-Agent, "
          "adresse source et realm avec un poste qui s'enregistre, et lisez le journal du "
          "registrar pour cet AOR à l'heure de la trame en échec ; un UA qui réessaie toutes "
          "les quelques secondes déclenche aussi l'anti-flood."),
        T("{method} para {aor} falló {count} veces seguidas ({code} {phrase} de {from})",
          "Un rechazo que se repite es configuración, no azar: lee el código. 403 tras "
          "credenciales: contraseña errónea, cuenta desactivada o el registrar rechaza esta "
          "dirección de origen (ACL, fail2ban); 404: el registrar no conoce el usuario o el "
          "dominio de la URI del To; 423: sube Expires al Min-Expires indicado; 489 a un "
          "SUBSCRIBE: el notifier no admite ese paquete Event (mira su Allow-Events); 5xx: el "
          "registrar o su base de datos está caído. Compara User-Agent, dirección de origen y "
          "realm con un teléfono que sí se registra, y lee el log del registrar para este AOR a "
          "la hora de la trama fallida; un UA que reintenta cada pocos segundos también dispara "
          "la protección contra floods.") } },
    { SIPDIAG_REG_DETECT_EXPIRED, "expired", "RFC 3261 §10.2.4, §10.3; RFC 6665 §4.1.2",
      { T("{what} for {aor} expired {elapsed} s ago: granted {expires} s in frame {granted}, "
          "no refresh sent since",
          "The UA did not refresh before the grant ran out (RFC 3261 §10.2.4): it crashed, lost "
          "its network, or refreshes on its own timer instead of the expires the registrar "
          "granted in the 200's Contact, which may be lower than what it asked. Behind NAT or an "
          "SBC, look for the refresh on the other side: it may have been sent and dropped. Until "
          "it registers again, calls to this AOR get 480 or 404, and a subscription gets no "
          "more NOTIFY."),
        T("{what} pour {aor} a expiré il y a {elapsed} s : accordé pour {expires} s à la "
          "trame {granted}, aucun rafraîchissement envoyé depuis",
          "L'UA n'a pas rafraîchi avant la fin de l'accord (RFC 3261 §10.2.4) : il a planté, "
          "perdu son réseau, ou rafraîchit selon son propre délai au lieu de l'expires accordé "
          "dans le Contact du 200, qui peut être plus court que celui demandé. Derrière un NAT "
          "ou un SBC, cherchez le rafraîchissement de l'autre côté : il a pu partir et être "
          "perdu. Tant qu'il ne se réenregistre pas, les appels vers cet AOR reçoivent 480 ou "
          "404, et un abonnement ne reçoit plus de NOTIFY."),
        T("{what} para {aor} caducó hace {elapsed} s: concedido por {expires} s en la trama "
          "{granted}, sin ninguna renovación enviada desde entonces",
          "El UA no renovó antes de que venciera lo concedido (RFC 3261 §10.2.4): se colgó, "
          "perdió la red o renueva con su propio temporizador en lugar del expires concedido en "
          "el Contact del 200, que puede ser menor que el pedido. Detrás de un NAT o un SBC, "
          "busca la renovación al otro lado: puede haber salido y perderse. Hasta que se vuelva "
          "a registrar, las llamadas a este AOR reciben 480 o 404, y una suscripción no recibe "
          "más NOTIFY.") } },
    { SIPDIAG_REG_DETECT_UNANSWERED, "unanswered", "RFC 3261 §17.1.2.2 (Timer F)",
      { T("{method} for {aor} sent in frame {request} got no response at all in {elapsed} s "
          "(Timer F, 64*T1)",
          "Nothing answered, not even 100 Trying: the registrar is not reachable from here. "
          "Check the REGISTER's destination against the provider's settings (outbound proxy, "
          "DNS SRV of the domain), a firewall dropping UDP 5060, a registrar that wants TCP or "
          "TLS, and whether that host answers OPTIONS."),
        T("{method} pour {aor} envoyé à la trame {request} n'a reçu aucune réponse en "
          "{elapsed} s (Timer F, 64*T1)",
          "Rien n'a répondu, pas même 100 Trying : le registrar n'est pas joignable d'ici. "
          "Vérifiez la destination du REGISTER par rapport aux réglages de l'opérateur "
          "(outbound proxy, SRV DNS du domaine), un pare-feu qui jette l'UDP 5060, un registrar "
          "qui attend TCP ou TLS, et si cet hôte répond aux OPTIONS."),
        T("{method} para {aor} enviado en la trama {request} no recibió ninguna respuesta en "
          "{elapsed} s (Timer F, 64*T1)",
          "Nada respondió, ni siquiera 100 Trying: el registrar no es alcanzable desde aquí. "
          "Comprueba el destino del REGISTER frente a la configuración del proveedor (outbound "
          "proxy, SRV DNS del dominio), un firewall que descarta UDP 5060, un registrar que "
          "espera TCP o TLS, y si ese host responde a OPTIONS.") } },
};

const char *
sipdiag_reg_detection_key(sipdiag_reg_detection_kind_t kind)
{
    return (unsigned)kind < SIPDIAG_REG_DETECT_COUNT ? sipdiag_reg_rules[kind].key : NULL;
}

const sipdiag_reg_texts_t *
sipdiag_reg_texts(sipdiag_reg_detection_kind_t kind, sipdiag_lang_t lang)
{
    if ((unsigned)kind >= SIPDIAG_REG_DETECT_COUNT)
        return NULL;
    unsigned i = lang == SIPDIAG_LANG_FR ? 1 : lang == SIPDIAG_LANG_ES ? 2 : 0;
    return &sipdiag_reg_rules[kind].texts[i];
}


/* "the registration of sip:a@b" / "the presence subscription of sip:a@b". */
static void
append_what(GString *out, const sipdiag_reg_binding_t *b, sipdiag_lang_t lang)
{
    const char *contact = b->contact != NULL ? b->contact : "?";
    if (!b->subscription) {
        g_string_append_printf(out, lang == SIPDIAG_LANG_FR   ? "L'enregistrement de %s"
                                    : lang == SIPDIAG_LANG_ES ? "El registro de %s"
                                                              : "The registration of %s",
                               contact);
        return;
    }
    const char *event = b->event != NULL && b->event[0] != '\0' ? b->event : "?";
    g_string_append_printf(out, lang == SIPDIAG_LANG_FR   ? "L'abonnement %s de %s"
                                : lang == SIPDIAG_LANG_ES ? "La suscripción %s de %s"
                                                          : "The %s subscription of %s",
                           event, contact);
}

typedef struct {
    const sipdiag_reg_detection_t *detection;
    sipdiag_lang_t lang;
} slots_t;

static bool
fill_slot(GString *out, const char *slot, size_t len, const void *data)
{
    const slots_t *slots = data;
    const sipdiag_reg_binding_t *b = &slots->detection->binding;
#define IS(name) sipdiag_slot_is(slot, len, name)
    if (IS("method"))
        g_string_append(out, b->subscription ? "SUBSCRIBE" : "REGISTER");
    else if (IS("aor"))
        g_string_append(out, b->aor != NULL ? b->aor : "?");
    else if (IS("what"))
        append_what(out, b, slots->lang);
    else if (IS("count"))
        g_string_append_printf(out, "%u", b->failures_in_row);
    else if (IS("code"))
        g_string_append_printf(out, "%u", b->last_code);
    else if (IS("phrase")) {
        sipdiag_lookup_t lk;
        sipdiag_lookup(b->last_code, &lk);
        if (lk.row != NULL && lk.status != SIPDIAG_UNREGISTERED)
            g_string_append(out, lk.row->phrase);
        else if (out->len > 0 && out->str[out->len - 1] == ' ')
            g_string_truncate(out, out->len - 1);
    } else if (IS("from"))
        g_string_append(out, b->failed_from != NULL ? b->failed_from : "?");
    else if (IS("expires"))
        g_string_append_printf(out, "%" G_GINT64_FORMAT, b->expires);
    else if (IS("granted"))
        g_string_append_printf(out, "%u", b->last_success);
    else if (IS("request"))
        g_string_append_printf(out, "%u", b->last_request);
    else if (IS("elapsed")) {
        char seconds[32];
        sipdiag_seconds_text(seconds, sizeof seconds, slots->detection->elapsed, slots->lang);
        g_string_append(out, seconds);
    } else
        return false;
#undef IS
    return true;
}

char *
sipdiag_reg_summary(const sipdiag_reg_detection_t *d, sipdiag_lang_t lang)
{
    const sipdiag_reg_texts_t *texts = sipdiag_reg_texts(d->kind, lang);
    if (texts == NULL)
        return NULL;
    slots_t slots = { d, lang };
    return sipdiag_fill_slots(texts->summary, fill_slot, &slots);
}
