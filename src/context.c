/* context.c - the rules that tell an expected outcome from a fault.
 *
 * Read top to bottom: the first rule whose codes, method and facts match
 * decides.  Specific rules (a stale nonce, a challenge loop) come before
 * the general ones they refine.  Each row names the RFC sections that
 * decide it and carries its texts in English, French and Spanish: the
 * context (why), the evidence in words (which frames) and the fix that
 * goes with this verdict, shown before the code's generic one.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "context.h"

#include <glib.h>
#include <string.h>

#include "sipmsg.h"
#include "texts.h" /* sipdiag_slot_is */

#define FACT(name) SIPDIAG_FACT_##name
#define EXPECTED SIPDIAG_VERDICT_EXPECTED
#define FAULT SIPDIAG_VERDICT_FAULT
#define NEUTRAL SIPDIAG_VERDICT_NEUTRAL
#define CHAT SIPDIAG_SEVERITY_CHAT
#define NOTE SIPDIAG_SEVERITY_NOTE
#define WARN SIPDIAG_SEVERITY_WARN
/* A rule's texts in English, French and Spanish: context, evidence, fix. */
#define TEXTS(en, fr, es) { en, fr, es }
#define T(context, evidence, fix) { context, evidence, fix }

/* Methods that only ever run inside a dialog, or may. */
#define MID_DIALOG_METHODS "INVITE UPDATE INFO NOTIFY PRACK REFER MESSAGE OPTIONS SUBSCRIBE"
/* Methods every UA must accept (RFC 3261 §8.2.1 and §11: INVITE, ACK,
 * CANCEL, BYE, OPTIONS). */
#define CORE_UA_METHODS "BYE CANCEL ACK OPTIONS"
/* Every known method but INVITE: their transactions end on Timer F. */
#define NON_INVITE_METHODS \
    "ACK BYE CANCEL INFO MESSAGE NOTIFY OPTIONS PRACK PUBLISH REFER REGISTER SUBSCRIBE UPDATE"

const sipdiag_rule_t sipdiag_rules[] = {
    /* --- Authentication (RFC 3261 §22) --- */
    { "stale-nonce", 401, NULL, FACT(STALE_NONCE), 0, EXPECTED, CHAT, "RFC 7616 §3.3",
      TEXTS(T("the nonce expired (stale=true): the client resends with the fresh nonce, "
              "the password is fine",
              "",
              "Nothing to fix if the next request carries the new nonce and succeeds. If "
              "stale=true challenges come on every refresh, raise the registrar's nonce "
              "lifetime above the client's re-registration interval."),
            T("le nonce a expiré (stale=true) : le client renvoie la requête avec le nouveau "
              "nonce, le mot de passe est correct",
              "",
              "Rien à corriger si la requête suivante porte le nouveau nonce et aboutit. Si des "
              "défis avec stale=true arrivent à chaque rafraîchissement, allongez la durée de vie "
              "du nonce sur le registrar au-delà de l'intervalle de réenregistrement du client."),
            T("el nonce caducó (stale=true): el cliente reenvía la solicitud con el nonce nuevo, "
              "la contraseña es correcta",
              "",
              "No hay nada que corregir si la siguiente solicitud lleva el nonce nuevo y tiene "
              "éxito. Si llegan desafíos con stale=true en cada refresco, sube la vida útil del "
              "nonce en el registrar por encima del intervalo de re-registro del cliente.")) },
    { "proxy-stale-nonce", 407, NULL, FACT(STALE_NONCE), 0, EXPECTED, CHAT, "RFC 7616 §3.3",
      TEXTS(T("the proxy's nonce expired (stale=true): the client resends with the fresh "
              "nonce, the password is fine",
              "",
              "Nothing to fix if the retry carries the new nonce and succeeds. If every call "
              "meets stale=true, raise the proxy's nonce lifetime or check that the client "
              "does not reuse a nonce from another proxy."),
            T("le nonce du proxy a expiré (stale=true) : le client renvoie la requête avec le "
              "nouveau nonce, le mot de passe est correct",
              "",
              "Rien à corriger si la nouvelle tentative porte le nouveau nonce et aboutit. Si "
              "chaque appel se heurte à stale=true, allongez la durée de vie du nonce sur le proxy "
              "ou vérifiez que le client ne réutilise pas le nonce d'un autre proxy."),
            T("el nonce del proxy caducó (stale=true): el cliente reenvía la solicitud con el "
              "nonce nuevo, la contraseña es correcta",
              "",
              "No hay nada que corregir si el reintento lleva el nonce nuevo y tiene éxito. Si "
              "todas las llamadas se topan con stale=true, sube la vida útil del nonce en el proxy "
              "o comprueba que el cliente no reutiliza un nonce de otro proxy.")) },
    { "challenge-loop", 401, NULL, FACT(CHALLENGE_LOOP), 0, FAULT, WARN, "RFC 3261 §22.2",
      TEXTS(T("authentication loop: credentials refused again, right after a challenge that "
              "had already refused them",
              "the request in frame {request} sent {credentials} for realm {realm} again "
              "after the challenge in frame {challenge}, and was challenged again",
              "The credentials are wrong, not missing: check the username (auth user, not the "
              "extension, if they differ), the password and the realm the client answers "
              "against the registrar's account; a client that loops like this locks "
              "accounts on fail2ban-protected servers, so stop it first."),
            T("boucle d'authentification : identifiants de nouveau refusés, juste après un défi "
              "qui les avait déjà refusés",
              "la requête de la trame {request} a renvoyé {credentials} pour le realm {realm} "
              "après le défi de la trame {challenge}, et a de nouveau reçu un défi",
              "Les identifiants sont faux, pas absents : comparez le username (l'identifiant "
              "d'authentification, pas le numéro de poste, s'ils diffèrent), le mot de passe et le "
              "realm auxquels répond le client avec le compte sur le registrar ; un client qui "
              "boucle ainsi fait bloquer les comptes sur les serveurs protégés par fail2ban, "
              "arrêtez-le donc d'abord."),
            T("bucle de autenticación: credenciales rechazadas otra vez, justo después de un "
              "desafío que ya las había rechazado",
              "la solicitud de la trama {request} volvió a enviar {credentials} para el realm "
              "{realm} tras el desafío de la trama {challenge}, y recibió otro desafío",
              "Las credenciales son erróneas, no faltan: compara el username (el usuario de "
              "autenticación, no la extensión, si difieren), la contraseña y el realm con que "
              "responde el cliente con la cuenta del registrar; un cliente que entra en bucle así "
              "bloquea cuentas en servidores protegidos con fail2ban, así que detenlo primero.")) },
    { "proxy-challenge-loop", 407, NULL, FACT(CHALLENGE_LOOP), 0, FAULT, WARN,
      "RFC 3261 §22.3",
      TEXTS(T("proxy authentication loop: Proxy-Authorization refused again, right after a "
              "challenge that had already refused it",
              "the request in frame {request} sent {credentials} for realm {realm} again "
              "after the challenge in frame {challenge}, and was challenged again",
              "Check the username, password and realm the client uses for this proxy "
              "against the proxy's subscriber table; on a trunk, compare the credentials "
              "with what the carrier issued. Stop the client retrying: repeated failures "
              "get source addresses banned."),
            T("boucle d'authentification auprès du proxy : Proxy-Authorization de nouveau refusé, "
              "juste après un défi qui l'avait déjà refusé",
              "la requête de la trame {request} a renvoyé {credentials} pour le realm {realm} "
              "après le défi de la trame {challenge}, et a de nouveau reçu un défi",
              "Comparez le username, le mot de passe et le realm qu'utilise le client pour ce "
              "proxy avec la table des abonnés du proxy ; sur un trunk, comparez les identifiants "
              "avec ceux fournis par l'opérateur. Empêchez le client de réessayer : les échecs "
              "répétés font bannir les adresses sources."),
            T("bucle de autenticación en el proxy: Proxy-Authorization rechazado otra vez, justo "
              "después de un desafío que ya lo había rechazado",
              "la solicitud de la trama {request} volvió a enviar {credentials} para el realm "
              "{realm} tras el desafío de la trama {challenge}, y recibió otro desafío",
              "Compara el username, la contraseña y el realm que usa el cliente para este proxy "
              "con la tabla de abonados del proxy; en una troncal, compara las credenciales con "
              "las que entregó el operador. Evita que el cliente siga reintentando: los fallos "
              "repetidos hacen que se bloqueen las direcciones de origen.")) },
    { "credentials-refused", 401, NULL, FACT(CREDENTIALS_REFUSED), 0, FAULT, WARN,
      "RFC 3261 §22.2",
      TEXTS(T("challenged although the request carried Authorization for this realm: wrong "
              "username, password or realm",
              "the request in frame {request} carried {credentials} for realm {realm}, the "
              "realm this 401 challenges",
              "Compare the username and password the client sends with the account on the "
              "registrar (the server's auth log names the failing user); check the digest "
              "URI matches the Request-URI and that the client hashes with the realm it was "
              "given."),
            T("nouveau défi alors que la requête portait un Authorization pour ce realm : "
              "username, mot de passe ou realm erroné",
              "la requête de la trame {request} portait {credentials} pour le realm {realm}, le "
              "realm même du défi de ce 401",
              "Comparez le username et le mot de passe envoyés par le client avec le compte sur le "
              "registrar (le log d'authentification du serveur nomme l'utilisateur en échec) ; "
              "vérifiez que l'uri du digest correspond à la Request-URI et que le client calcule "
              "son hash avec le realm reçu."),
            T("desafío aunque la solicitud llevaba Authorization para este realm: username, "
              "contraseña o realm erróneos",
              "la solicitud de la trama {request} llevaba {credentials} para el realm {realm}, el "
              "mismo realm que desafía este 401",
              "Compara el username y la contraseña que envía el cliente con la cuenta del "
              "registrar (el log de autenticación del servidor indica el usuario que falla); "
              "comprueba que el uri del digest coincide con la Request-URI y que el cliente "
              "calcula el hash con el realm que recibió.")) },
    { "proxy-credentials-refused", 407, NULL, FACT(CREDENTIALS_REFUSED), 0, FAULT, WARN,
      "RFC 3261 §22.3",
      TEXTS(T("the proxy challenged although the request carried Proxy-Authorization for "
              "this realm: wrong username, password or realm",
              "the request in frame {request} carried {credentials} for realm {realm}, the "
              "realm this 407 challenges",
              "Compare the credentials the client uses for this proxy with the proxy's "
              "subscriber or trunk table; check the proxy's log for the failing user, and "
              "that the Proxy-Authorization answers this proxy's latest nonce."),
            T("le proxy a lancé un défi alors que la requête portait un Proxy-Authorization pour "
              "ce realm : username, mot de passe ou realm erroné",
              "la requête de la trame {request} portait {credentials} pour le realm {realm}, le "
              "realm même du défi de ce 407",
              "Comparez les identifiants qu'utilise le client pour ce proxy avec la table des "
              "abonnés ou des trunks du proxy ; cherchez l'utilisateur en échec dans les logs du "
              "proxy, et vérifiez que le Proxy-Authorization répond au dernier nonce de ce proxy."),
            T("el proxy desafió aunque la solicitud llevaba Proxy-Authorization para este realm: "
              "username, contraseña o realm erróneos",
              "la solicitud de la trama {request} llevaba {credentials} para el realm {realm}, el "
              "mismo realm que desafía este 407",
              "Compara las credenciales que usa el cliente para este proxy con la tabla de "
              "abonados o de troncales del proxy; busca el usuario que falla en el log del proxy y "
              "comprueba que el Proxy-Authorization responde al último nonce de este proxy.")) },
    { "challenge-other-credentials", 401, NULL, FACT(REQUEST_SEEN) | FACT(CREDENTIALS),
      FACT(CREDENTIALS_REFUSED), EXPECTED, CHAT, "RFC 3261 §22.2, §22.3",
      TEXTS(T("digest challenge for credentials the request did not carry: its credentials "
              "answered another challenge (another header or realm)",
              "the request in frame {request} carried {credentials} for realm {realm}, not "
              "Authorization for the realm this 401 challenges",
              "Nothing to fix: another element (the callee, a second server) asks for its own "
              "credentials, and the client resends with both. Look further only if no retry "
              "follows: the client lacks credentials for this realm."),
            T("défi d'authentification pour des identifiants que la requête ne portait pas : les "
              "siens répondaient à un autre défi (autre en-tête ou realm)",
              "la requête de la trame {request} portait {credentials} pour le realm {realm}, et non "
              "un Authorization pour le realm que ce 401 demande",
              "Rien à corriger : un autre élément (l'appelé, un second serveur) demande ses propres "
              "identifiants, et le client renvoie la requête avec les deux. Ne cherchez plus loin "
              "que si aucune nouvelle tentative ne suit : le client n'a pas d'identifiants pour "
              "ce realm."),
            T("desafío de autenticación de credenciales que la petición no llevaba: las suyas "
              "respondían a otro desafío (otra cabecera u otro realm)",
              "la petición de la trama {request} llevaba {credentials} para el realm {realm}, no "
              "un Authorization para el realm que pide este 401",
              "No hay nada que corregir: otro elemento (el llamado, un segundo servidor) pide sus "
              "propias credenciales y el cliente reenvía la petición con ambas. Investiga solo si "
              "no sigue ningún reintento: el cliente no tiene credenciales para este realm.")) },
    { "proxy-challenge-other-realm", 407, NULL, FACT(REQUEST_SEEN) | FACT(CREDENTIALS),
      FACT(CREDENTIALS_REFUSED), EXPECTED, CHAT, "RFC 3261 §22.3",
      TEXTS(T("proxy challenge for another realm: a second proxy in the path asks for its own "
              "Proxy-Authorization",
              "the request in frame {request} carried {credentials} for realm {realm}, another "
              "realm than this 407's",
              "Nothing to fix: each proxy that authenticates challenges with its own realm, and "
              "the client adds one Proxy-Authorization per realm. If no retry follows, the client "
              "has no credentials for this realm or sends only one Proxy-Authorization."),
            T("défi de proxy pour un autre realm : un second proxy sur le chemin demande son "
              "propre Proxy-Authorization",
              "la requête de la trame {request} portait {credentials} pour le realm {realm}, un "
              "autre realm que celui de ce 407",
              "Rien à corriger : chaque proxy qui authentifie lance un défi avec son propre realm, "
              "et le client ajoute un Proxy-Authorization par realm. Si aucune nouvelle tentative "
              "ne suit, le client n'a pas d'identifiants pour ce realm ou n'envoie qu'un seul "
              "Proxy-Authorization."),
            T("desafío de proxy para otro realm: un segundo proxy en el camino pide su propio "
              "Proxy-Authorization",
              "la petición de la trama {request} llevaba {credentials} para el realm {realm}, un "
              "realm distinto del de este 407",
              "No hay nada que corregir: cada proxy que autentica desafía con su propio realm y el "
              "cliente añade un Proxy-Authorization por realm. Si no sigue ningún reintento, el "
              "cliente no tiene credenciales para este realm o solo envía un "
              "Proxy-Authorization.")) },
    { "challenge", 401, NULL, FACT(REQUEST_SEEN),
      FACT(CREDENTIALS) | FACT(CREDENTIALS_REFUSED), EXPECTED, CHAT, "RFC 3261 §22.2",
      TEXTS(T("digest challenge: the request carried no credentials, the client resends it "
              "with Authorization",
              "the request in frame {request} carried no credentials",
              "Nothing to fix: the client resends the request with Authorization. Look "
              "further only if no retry follows (the client has no credentials configured "
              "for this realm) or the retry is refused too."),
            T("défi digest : la requête ne portait aucun identifiant, le client la renvoie avec "
              "un Authorization",
              "la requête de la trame {request} ne portait aucun identifiant",
              "Rien à corriger : le client renvoie la requête avec un Authorization. Ne cherchez "
              "plus loin que si aucune nouvelle tentative ne suit (le client n'a pas "
              "d'identifiants configurés pour ce realm) ou si elle est refusée elle aussi."),
            T("desafío digest: la solicitud no llevaba credenciales, el cliente la reenvía con "
              "Authorization",
              "la solicitud de la trama {request} no llevaba credenciales",
              "No hay nada que corregir: el cliente reenvía la solicitud con Authorization. "
              "Investiga solo si no sigue ningún reintento (el cliente no tiene credenciales "
              "configuradas para este realm) o si el reintento también se rechaza.")) },
    { "proxy-challenge", 407, NULL, FACT(REQUEST_SEEN),
      FACT(CREDENTIALS) | FACT(CREDENTIALS_REFUSED), EXPECTED, CHAT, "RFC 3261 §22.3",
      TEXTS(T("proxy digest challenge: the request carried no credentials, the client resends "
              "it with Proxy-Authorization",
              "the request in frame {request} carried no credentials",
              "Nothing to fix: the client ACKs and resends the request with "
              "Proxy-Authorization for this realm. Look further only if no retry follows or "
              "the retry is refused too."),
            T("défi digest du proxy : la requête ne portait aucun identifiant, le client la "
              "renvoie avec un Proxy-Authorization",
              "la requête de la trame {request} ne portait aucun identifiant",
              "Rien à corriger : le client acquitte par un ACK et renvoie la requête avec un "
              "Proxy-Authorization pour ce realm. Ne cherchez plus loin que si aucune nouvelle "
              "tentative ne suit ou si elle est refusée elle aussi."),
            T("desafío digest del proxy: la solicitud no llevaba credenciales, el cliente la "
              "reenvía con Proxy-Authorization",
              "la solicitud de la trama {request} no llevaba credenciales",
              "No hay nada que corregir: el cliente envía el ACK y reenvía la solicitud con "
              "Proxy-Authorization para este realm. Investiga solo si no sigue ningún reintento o "
              "si el reintento también se rechaza.")) },
    { "refused-after-credentials", 403, NULL, FACT(REQUEST_SEEN) | FACT(CREDENTIALS), 0, FAULT,
      WARN, "RFC 3261 §21.4.4",
      TEXTS(T("refused although credentials were sent: wrong password or realm, or the "
              "account is barred",
              "the request in frame {request} carried {credentials} for realm {realm}",
              "The server checked the credentials and said no: look up the user in the "
              "server's log (wrong password, account disabled, IP not allowed for this "
              "account, too many failures); do not let the client retry with the same "
              "credentials."),
            T("refusé alors que des identifiants ont été envoyés : mot de passe ou realm erroné, "
              "ou compte bloqué",
              "la requête de la trame {request} portait {credentials} pour le realm {realm}",
              "Le serveur a vérifié les identifiants et les a refusés : cherchez l'utilisateur "
              "dans les logs du serveur (mot de passe erroné, compte désactivé, IP non autorisée "
              "pour ce compte, trop d'échecs) ; ne laissez pas le client réessayer avec les mêmes "
              "identifiants."),
            T("rechazada aunque se enviaron credenciales: contraseña o realm erróneos, o la cuenta "
              "está bloqueada",
              "la solicitud de la trama {request} llevaba {credentials} para el realm {realm}",
              "El servidor comprobó las credenciales y las rechazó: busca el usuario en el log del "
              "servidor (contraseña errónea, cuenta deshabilitada, IP no permitida para esta "
              "cuenta, demasiados fallos); no dejes que el cliente reintente con las mismas "
              "credenciales.")) },

    /* --- Cancelled calls, races and lost dialogs --- */
    { "cancelled", 487, "INVITE", FACT(CANCELLED), 0, EXPECTED, CHAT, "RFC 3261 §9.2",
      TEXTS(T("the caller cancelled before answer (the CANCEL is in the capture): a normal "
              "end of an unanswered call",
              "the CANCEL in frame {cancel} ended the INVITE of frame {request}",
              "Nothing to fix: the caller hung up or a forking proxy cancelled the other "
              "branches. If callers say calls drop while ringing, find who sent the CANCEL "
              "and its Reason header."),
            T("l'appelant a annulé avant le décroché (le CANCEL figure dans la capture) : fin "
              "normale d'un appel sans réponse",
              "le CANCEL de la trame {cancel} a mis fin à l'INVITE de la trame {request}",
              "Rien à corriger : l'appelant a raccroché ou un proxy de forking a annulé les autres "
              "branches. Si les appelants signalent des appels coupés pendant la sonnerie, trouvez "
              "qui a envoyé le CANCEL et lisez son en-tête Reason."),
            T("el llamante canceló antes de que contestaran (el CANCEL está en la captura): el "
              "final normal de una llamada no contestada",
              "el CANCEL de la trama {cancel} terminó el INVITE de la trama {request}",
              "No hay nada que corregir: el llamante colgó o un proxy con forking canceló las "
              "demás ramas. Si los llamantes dicen que las llamadas se cortan mientras suenan, "
              "averigua quién envió el CANCEL y mira su cabecera Reason.")) },
    { "ended-by-early-bye", 487, "INVITE", FACT(EARLY_BYE), FACT(CANCELLED), EXPECTED, CHAT,
      "RFC 3261 §15, §15.1.2",
      TEXTS(T("the caller hung up with BYE on the early dialog; the pending INVITE ends with "
              "487, as after a CANCEL",
              "the BYE in frame {bye} ended the early dialog of the INVITE of frame {request}",
              "Nothing to fix: a caller may end an early dialog with BYE, and the callee answers "
              "the pending INVITE with 487. If callers did not hang up, find which element sent "
              "the BYE and read its Reason header."),
            T("l'appelant a raccroché par un BYE sur le dialogue précoce ; l'INVITE en attente se "
              "termine par un 487, comme après un CANCEL",
              "le BYE de la trame {bye} a terminé le dialogue précoce de l'INVITE de la trame "
              "{request}",
              "Rien à corriger : un appelant peut terminer un dialogue précoce par un BYE, et "
              "l'appelé répond 487 à l'INVITE en attente. Si les appelants n'ont pas raccroché, "
              "cherchez quel élément a envoyé le BYE et lisez son en-tête Reason."),
            T("el llamante colgó con un BYE en el diálogo temprano; el INVITE pendiente termina "
              "con 487, como tras un CANCEL",
              "el BYE de la trama {bye} terminó el diálogo temprano del INVITE de la trama "
              "{request}",
              "No hay nada que corregir: un llamante puede terminar un diálogo temprano con BYE, "
              "y el llamado responde 487 al INVITE pendiente. Si los llamantes no colgaron, "
              "busca qué elemento envió el BYE y lee su cabecera Reason.")) },
    { "terminated-without-cancel", 487, "INVITE", FACT(REQUEST_SEEN), FACT(CANCELLED), NEUTRAL,
      NOTE, "RFC 3261 §13.3.1, §15",
      TEXTS(T("no CANCEL for this INVITE in the capture: the INVITE's Expires ran out, a BYE "
              "ended the early dialog, or the CANCEL took another path",
              "no CANCEL for the INVITE of frame {request} appears before this 487",
              "Read the INVITE's Expires header (the UAS sends 487 when it runs out) and look "
              "for a BYE on the early dialog; otherwise capture on the caller's side, where "
              "the CANCEL should be."),
            T("aucun CANCEL pour cet INVITE dans la capture : son Expires a expiré, un BYE a "
              "terminé le dialogue précoce, ou le CANCEL a pris un autre chemin",
              "aucun CANCEL pour l'INVITE de la trame {request} n'apparaît avant ce 487",
              "Lisez l'en-tête Expires de l'INVITE (l'UAS envoie un 487 à son échéance) et "
              "cherchez un BYE sur le dialogue précoce ; sinon, capturez du côté de l'appelant, où "
              "le CANCEL devrait se trouver."),
            T("ningún CANCEL para este INVITE en la captura: venció el Expires del INVITE, un BYE "
              "terminó el diálogo temprano o el CANCEL tomó otro camino",
              "no aparece ningún CANCEL para el INVITE de la trama {request} antes de este 487",
              "Lee la cabecera Expires del INVITE (el UAS envía 487 cuando vence) y busca un BYE "
              "en el diálogo temprano; si no, captura en el lado del llamante, donde debería estar "
              "el CANCEL.")) },
    { "cancel-too-late", 200, "CANCEL", FACT(ANSWERED_BEFORE), 0, EXPECTED, CHAT,
      "RFC 3261 §9.2",
      TEXTS(T("the CANCEL was accepted but came after the INVITE's final response: it has no "
              "effect",
              "the INVITE already had its final response in frame {final}",
              "Nothing to fix: a CANCEL that matches a transaction always gets 200, even "
              "when it is too late. If the INVITE was answered, the caller must ACK it and "
              "then send BYE to hang up."),
            T("le CANCEL a été accepté mais est arrivé après la réponse finale à l'INVITE : il "
              "reste sans effet",
              "l'INVITE avait déjà reçu sa réponse finale dans la trame {final}",
              "Rien à corriger : un CANCEL qui correspond à une transaction reçoit toujours un "
              "200, même trop tard. Si l'INVITE a été décroché, l'appelant doit l'acquitter "
              "par un ACK puis envoyer un BYE pour raccrocher."),
            T("el CANCEL fue aceptado pero llegó después de la respuesta final al INVITE: no "
              "tiene efecto",
              "el INVITE ya tenía su respuesta final en la trama {final}",
              "No hay nada que corregir: un CANCEL que coincide con una transacción siempre "
              "recibe 200, aunque llegue tarde. Si el INVITE se contestó, el llamante debe "
              "enviar ACK y después BYE para colgar.")) },
    { "cancel-accepted", 200, "CANCEL", 0, 0, EXPECTED, CHAT, "RFC 3261 §9.2",
      TEXTS(T("the CANCEL was accepted; the INVITE itself now ends with 487",
              "",
              "Nothing to fix: expect the 487 to the INVITE next. A 200 to the INVITE may "
              "still cross the CANCEL; then the caller sends ACK and BYE."),
            T("le CANCEL a été accepté ; l'INVITE lui-même se termine maintenant par un 487",
              "",
              "Rien à corriger : attendez-vous ensuite au 487 en réponse à l'INVITE. Un 200 à "
              "l'INVITE peut encore croiser le CANCEL ; l'appelant envoie alors ACK puis BYE."),
            T("el CANCEL fue aceptado; el propio INVITE termina ahora con 487",
              "",
              "No hay nada que corregir: lo siguiente es el 487 al INVITE. Un 200 al INVITE aún "
              "puede cruzarse con el CANCEL; en ese caso el llamante envía ACK y BYE.")) },
    { "bye-race-crossed", 481, "BYE", FACT(BYE_CROSSED), 0, EXPECTED, NOTE, "RFC 3261 §15.1.2",
      TEXTS(T("a harmless race: both sides hung up at once and the other BYE ended the "
              "dialog first",
              "the other side's BYE in frame {bye} ended the dialog before this one arrived",
              "Nothing to fix: the call ended on both sides. Only if this shows on most calls, "
              "check whether an element sends BYE on a timer (session timer, max call "
              "duration) at the same moment the user hangs up."),
            T("une course sans gravité : les deux côtés ont raccroché en même temps et l'autre BYE "
              "a terminé le dialogue en premier",
              "le BYE de l'autre côté, trame {bye}, a terminé le dialogue avant l'arrivée de "
              "celui-ci",
              "Rien à corriger : l'appel est terminé des deux côtés. Seulement si cela se produit "
              "sur la plupart des appels, vérifiez si un élément envoie un BYE sur temporisation "
              "(session timer, durée maximale d'appel) au moment même où l'utilisateur raccroche."),
            T("una carrera inofensiva: ambos lados colgaron a la vez y el otro BYE terminó el "
              "diálogo primero",
              "el BYE del otro lado en la trama {bye} terminó el diálogo antes de que llegara este",
              "No hay nada que corregir: la llamada terminó en ambos lados. Solo si ocurre en la "
              "mayoría de las llamadas, comprueba si algún elemento envía BYE por temporizador "
              "(temporizador de sesión, duración máxima de llamada) en el mismo momento en que el "
              "usuario cuelga.")) },
    { "bye-race-resent", 481, "BYE", FACT(RESENT), 0, EXPECTED, NOTE, "RFC 3261 §17.1.2",
      TEXTS(T("a harmless race: a retransmitted BYE arrived after the dialog was gone",
              "the BYE of frame {request} was sent more than once; the dialog ended with the "
              "first copy",
              "Nothing to fix for this call. If BYEs are often retransmitted, the 200s to BYE "
              "are being lost on the way back: check the Via the BYE carried (NAT, wrong "
              "rport) and the path the responses take."),
            T("une course sans gravité : un BYE retransmis est arrivé après la fin du dialogue",
              "le BYE de la trame {request} a été envoyé plusieurs fois ; le dialogue s'est "
              "terminé avec le premier exemplaire",
              "Rien à corriger pour cet appel. Si les BYE sont souvent retransmis, les 200 en "
              "réponse au BYE se perdent au retour : vérifiez le Via que portait le BYE (NAT, "
              "rport erroné) et le chemin que prennent les réponses."),
            T("una carrera inofensiva: un BYE retransmitido llegó cuando el diálogo ya no existía",
              "el BYE de la trama {request} se envió más de una vez; el diálogo terminó con la "
              "primera copia",
              "No hay nada que corregir en esta llamada. Si los BYE se retransmiten a menudo, los "
              "200 al BYE se pierden en el camino de vuelta: revisa la Via que llevaba el BYE "
              "(NAT, rport erróneo) y el camino que siguen las respuestas.")) },
    { "bye-dialog-mismatch", 481, "BYE", FACT(REQUEST_SEEN), FACT(BYE_CROSSED) | FACT(RESENT),
      FAULT, WARN, "RFC 3261 §12.2.2, §15.1.2",
      TEXTS(T("the BYE matched no dialog and no crossed or resent BYE explains it: the sides "
              "disagree about this call, which may still be up on one side",
              "the BYE of frame {request} was sent once and no BYE came the other way",
              "Compare the BYE's Call-ID, From tag and To tag with the 200 OK that set up "
              "the dialog: a B2BUA or SBC that rewrites tags or Call-IDs, or a BYE sent to "
              "the wrong Contact/Route, causes this. Check the far side for a call still "
              "up (hung channel, billing running)."),
            T("le BYE ne correspond à aucun dialogue, sans BYE croisé ni retransmis pour "
              "l'expliquer : les deux côtés divergent, l'appel est peut-être encore établi",
              "le BYE de la trame {request} a été envoyé une seule fois et aucun BYE n'est venu en "
              "sens inverse",
              "Comparez le Call-ID, le tag From et le tag To du BYE avec le 200 OK qui a établi le "
              "dialogue : un B2BUA ou un SBC qui réécrit les tags ou les Call-ID, ou un BYE envoyé "
              "au mauvais Contact/Route, en est la cause. Vérifiez si l'appel est encore établi à "
              "l'autre bout (canal bloqué, taxation qui tourne)."),
            T("el BYE no coincide con ningún diálogo y ningún BYE cruzado o reenviado lo explica: "
              "los lados discrepan y la llamada puede seguir activa en uno",
              "el BYE de la trama {request} se envió una sola vez y no llegó ningún BYE en sentido "
              "contrario",
              "Compara el Call-ID, la etiqueta From y la etiqueta To del BYE con el 200 OK que "
              "estableció el diálogo: lo causa un B2BUA o SBC que reescribe etiquetas o Call-ID, o "
              "un BYE enviado al Contact/Route equivocado. Comprueba si la llamada sigue activa en "
              "el otro extremo (canal colgado, tarificación en curso).")) },
    { "cancel-after-final", 481, "CANCEL", FACT(ANSWERED_BEFORE), 0, EXPECTED, NOTE,
      "RFC 3261 §9.2",
      TEXTS(T("a harmless race: the CANCEL came after the INVITE had its final response",
              "the INVITE already had its final response in frame {final}",
              "Nothing to fix: the call was answered or failed while the caller cancelled. "
              "If it was answered, the caller must ACK and then BYE."),
            T("une course sans gravité : le CANCEL est arrivé après la réponse finale à l'INVITE",
              "l'INVITE avait déjà reçu sa réponse finale dans la trame {final}",
              "Rien à corriger : l'appel a été décroché ou a échoué pendant que l'appelant "
              "annulait. S'il a été décroché, l'appelant doit envoyer l'ACK puis un BYE."),
            T("una carrera inofensiva: el CANCEL llegó después de que el INVITE tuviera su "
              "respuesta final",
              "el INVITE ya tenía su respuesta final en la trama {final}",
              "No hay nada que corregir: la llamada se contestó o falló mientras el llamante "
              "cancelaba. Si se contestó, el llamante debe enviar ACK y después BYE.")) },
    { "cancel-unmatched", 481, "CANCEL", FACT(REQUEST_SEEN), FACT(ANSWERED_BEFORE), NEUTRAL,
      NOTE, "RFC 3261 §9.1",
      TEXTS(T("the CANCEL matched no INVITE transaction where it arrived, and the capture "
              "shows no final response to the INVITE before it",
              "the CANCEL of frame {request} found no pending INVITE at that hop",
              "A CANCEL must go to the same hop with the same Request-URI, Call-ID, From, To "
              "(without a new tag), CSeq number and top Via branch as the INVITE: compare "
              "them; a CANCEL routed differently from its INVITE gets 481."),
            T("le CANCEL ne correspond à aucune transaction INVITE là où il est arrivé, et la "
              "capture ne montre aucune réponse finale à l'INVITE avant lui",
              "le CANCEL de la trame {request} n'a trouvé aucun INVITE en cours sur ce saut",
              "Un CANCEL doit aller au même saut avec la même Request-URI, le même Call-ID, From, "
              "To (sans nouveau tag), numéro de CSeq et branch du premier Via que l'INVITE : "
              "comparez-les ; un CANCEL routé autrement que son INVITE reçoit un 481."),
            T("el CANCEL no coincide con ninguna transacción INVITE allí donde llegó, y la captura "
              "no muestra ninguna respuesta final al INVITE antes de él",
              "el CANCEL de la trama {request} no encontró ningún INVITE pendiente en ese salto",
              "Un CANCEL debe ir al mismo salto con la misma Request-URI, Call-ID, From, To (sin "
              "etiqueta nueva), número de CSeq y branch de la Via superior que el INVITE: "
              "compáralos; un CANCEL enrutado de forma distinta a su INVITE recibe 481.")) },
    { "dialog-lost", 481, MID_DIALOG_METHODS, FACT(IN_DIALOG), 0, FAULT, WARN,
      "RFC 3261 §12.2.1.2",
      TEXTS(T("the peer no longer knows this dialog: the call is lost and should be ended",
              "the in-dialog request of frame {request} carried a To tag the peer no longer "
              "knows",
              "The peer restarted or timed the call out (session timer, missing ACK): the "
              "UA should send BYE now. Check the peer's log for the Call-ID and whether a "
              "B2BUA rewrote the tags."),
            T("le pair ne connaît plus ce dialogue : l'appel est perdu et doit être terminé",
              "la requête en cours de dialogue de la trame {request} portait un tag To que le pair "
              "ne connaît plus",
              "Le pair a redémarré ou a clos l'appel sur temporisation (session timer, ACK "
              "manquant) : l'UA doit maintenant envoyer un BYE. Cherchez le Call-ID dans les logs "
              "du pair et vérifiez si un B2BUA a réécrit les tags."),
            T("el otro extremo ya no conoce este diálogo: la llamada está perdida y debe "
              "terminarse",
              "la solicitud dentro del diálogo de la trama {request} llevaba una etiqueta To que "
              "el otro extremo ya no conoce",
              "El otro extremo se reinició o dio la llamada por caducada (temporizador de sesión, "
              "ACK que falta): el UA debería enviar BYE ya. Busca el Call-ID en el log del otro "
              "extremo y comprueba si un B2BUA reescribió las etiquetas.")) },
    { "in-dialog-timeout", 408, NULL, FACT(IN_DIALOG), 0, FAULT, WARN, "RFC 5057 §5.1",
      TEXTS(T("a mid-dialog request timed out: the peer is unreachable and the call is as "
              "good as lost",
              "the in-dialog request of frame {request} got no answer in time",
              "The peer's Contact or Record-Route path no longer works: check NAT bindings "
              "(keep-alives), the Contact address the peer gave in its 200 OK, and whether "
              "the peer is still up. End the call with BYE."),
            T("une requête en cours de dialogue a expiré : le pair est injoignable et l'appel est "
              "pour ainsi dire perdu",
              "la requête en cours de dialogue de la trame {request} n'a pas reçu de réponse à "
              "temps",
              "Le Contact du pair ou le chemin Record-Route ne fonctionne plus : vérifiez les "
              "associations NAT (keep-alives), l'adresse Contact donnée par le pair dans son 200 "
              "OK, et que le pair est toujours en service. Terminez l'appel par un BYE."),
            T("una solicitud dentro del diálogo agotó su tiempo: el otro extremo es inalcanzable y "
              "la llamada está prácticamente perdida",
              "la solicitud dentro del diálogo de la trama {request} no recibió respuesta a tiempo",
              "El Contact del otro extremo o el camino de Record-Route ya no funciona: revisa los "
              "bindings de NAT (keep-alives), la dirección Contact que dio el otro extremo en su "
              "200 OK y si sigue en servicio. Termina la llamada con BYE.")) },

    /* --- Outcomes of a call attempt --- */
    { "no-answer", 408, "INVITE", FACT(PROVISIONAL), 0, EXPECTED, NOTE, "RFC 3261 §16.6, §16.7",
      TEXTS(T("the phone rang and nobody answered in time: a user outcome, not a network "
              "fault",
              "the INVITE of frame {request} rang (18x in frame {provisional}), then got no "
              "answer",
              "Nothing to fix in the network: the callee did not answer before the "
              "proxy's or the caller's no-answer timer. If calls should go to voicemail "
              "instead, check the forward-on-no-answer setting and its timer."),
            T("le poste a sonné et personne n'a décroché à temps : une issue côté utilisateur, pas "
              "un défaut réseau",
              "l'INVITE de la trame {request} a fait sonner (18x dans la trame {provisional}), "
              "puis n'a reçu aucune réponse",
              "Rien à corriger dans le réseau : l'appelé n'a pas décroché avant l'expiration de la "
              "temporisation de non-réponse du proxy ou de l'appelant. Si les appels devraient "
              "plutôt aboutir sur la messagerie vocale, vérifiez le renvoi sur non-réponse et sa "
              "temporisation."),
            T("el teléfono sonó y nadie contestó a tiempo: un desenlace del usuario, no una avería "
              "de red",
              "el INVITE de la trama {request} hizo sonar el teléfono (18x en la trama "
              "{provisional}) y luego no obtuvo respuesta",
              "No hay nada que corregir en la red: el llamado no contestó antes de que venciera el "
              "temporizador de no respuesta del proxy o del llamante. Si las llamadas deberían ir "
              "al buzón de voz, revisa el desvío por no respuesta y su temporizador.")) },
    { "unreachable", 408, "INVITE", FACT(REQUEST_SEEN), FACT(PROVISIONAL), FAULT, WARN,
      "RFC 3261 §17.1.1.2, §16.8",
      TEXTS(T("no provisional response beyond 100 Trying: the target never rang, it is "
              "unreachable",
              "the INVITE of frame {request} got no 18x before this 408",
              "The next hop did not answer: check the registered Contact of the callee "
              "(stale registration, private address behind NAT, expired NAT binding), that "
              "the host and port are up and reachable from the proxy, and firewall rules "
              "for SIP."),
            T("aucune réponse provisoire au-delà du 100 Trying : la cible n'a jamais sonné, elle "
              "est injoignable",
              "l'INVITE de la trame {request} n'a reçu aucun 18x avant ce 408",
              "Le saut suivant n'a pas répondu : vérifiez le Contact enregistré de l'appelé "
              "(enregistrement périmé, adresse privée derrière un NAT, association NAT expirée), "
              "que l'hôte et le port sont en service et joignables depuis le proxy, et les règles "
              "de pare-feu pour SIP."),
            T("ninguna respuesta provisional más allá del 100 Trying: el destino nunca sonó, es "
              "inalcanzable",
              "el INVITE de la trama {request} no recibió ningún 18x antes de este 408",
              "El siguiente salto no respondió: revisa el Contact registrado del llamado (registro "
              "obsoleto, dirección privada detrás de NAT, binding de NAT caducado), que el host y "
              "el puerto están activos y son alcanzables desde el proxy, y las reglas de firewall "
              "para SIP.")) },
    { "user-unavailable", 480, "INVITE", 0, 0, EXPECTED, NOTE, "RFC 3261 §21.4.18",
      TEXTS(T("the called user is not reachable now (not registered, DND, no answer): a user "
              "outcome",
              "",
              "Check whether the callee is registered (the registrar's location table) and "
              "whether DND or a schedule is set; the Reason or Warning header often says "
              "which."),
            T("l'utilisateur appelé n'est pas joignable pour l'instant (non enregistré, DND, pas "
              "de réponse) : une issue côté utilisateur",
              "",
              "Vérifiez si l'appelé est enregistré (table de localisation du registrar) et si le "
              "DND ou une plage horaire est activé ; l'en-tête Reason ou Warning indique souvent "
              "lequel."),
            T("el usuario llamado no está localizable ahora (sin registro, DND, sin respuesta): un "
              "desenlace del usuario",
              "",
              "Comprueba si el llamado está registrado (la tabla de localización del registrar) y "
              "si tiene activado DND o un horario; la cabecera Reason o Warning suele indicar "
              "cuál.")) },
    { "message-offline", 480, "MESSAGE", 0, 0, EXPECTED, NOTE, "RFC 3428 §7",
      TEXTS(T("the recipient of the MESSAGE is offline: a normal outcome for instant "
              "messaging",
              "",
              "Nothing to fix in the network: the recipient has no registered device now. "
              "If messages should be stored for later, enable offline storage on the "
              "server (e.g. a message queue for unregistered users)."),
            T("le destinataire du MESSAGE est hors ligne : une issue normale en messagerie "
              "instantanée",
              "",
              "Rien à corriger dans le réseau : le destinataire n'a aucun terminal enregistré pour "
              "l'instant. Si les messages doivent être conservés pour plus tard, activez le "
              "stockage hors ligne sur le serveur (par exemple une file de messages pour les "
              "utilisateurs non enregistrés)."),
            T("el destinatario del MESSAGE está desconectado: un desenlace normal en mensajería "
              "instantánea",
              "",
              "No hay nada que corregir en la red: el destinatario no tiene ahora ningún "
              "dispositivo registrado. Si los mensajes deben guardarse para más tarde, activa el "
              "almacenamiento offline en el servidor (p. ej. una cola de mensajes para usuarios no "
              "registrados).")) },
    { "non-invite-unavailable", 480, NULL, 0, 0, NEUTRAL, NOTE, "RFC 3261 §21.4.18",
      TEXTS(T("the target of this request is not available now: check its registration "
              "before calling it a fault",
              "",
              "Look up the target in the registrar's location table; for SUBSCRIBE or "
              "OPTIONS to a user, 480 just means no device is registered now. For a "
              "trunk or server, check routing to it."),
            T("la cible de cette requête n'est pas disponible pour l'instant : vérifiez son "
              "enregistrement avant de parler de défaut",
              "",
              "Cherchez la cible dans la table de localisation du registrar ; pour un SUBSCRIBE ou "
              "un OPTIONS vers un utilisateur, 480 signifie simplement qu'aucun terminal n'est "
              "enregistré pour l'instant. Pour un trunk ou un serveur, vérifiez le routage vers "
              "lui."),
            T("el destino de esta solicitud no está disponible ahora: comprueba su registro antes "
              "de considerarlo una avería",
              "",
              "Busca el destino en la tabla de localización del registrar; para SUBSCRIBE u "
              "OPTIONS a un usuario, 480 solo significa que ahora no hay ningún dispositivo "
              "registrado. Para una troncal o un servidor, revisa el enrutamiento hacia él.")) },
    { "busy-reinvite", 486, "INVITE", FACT(IN_DIALOG), 0, EXPECTED, NOTE, "RFC 5057 §5.2",
      TEXTS(T("the peer refused this re-INVITE (busy with another change); the call stays up "
              "on its current media",
              "the re-INVITE of frame {request} was inside an established dialog",
              "Nothing breaks: only this change failed. If it was a hold, transfer or "
              "codec change that matters, the sender should retry later; check why the "
              "peer was busy (another re-INVITE pending)."),
            T("le pair a refusé ce re-INVITE (occupé par une autre modification) ; l'appel reste "
              "établi avec ses médias actuels",
              "le re-INVITE de la trame {request} s'inscrivait dans un dialogue établi",
              "Rien n'est cassé : seule cette modification a échoué. S'il s'agissait d'une mise en "
              "attente, d'un transfert ou d'un changement de codec important, l'émetteur doit "
              "réessayer plus tard ; vérifiez pourquoi le pair était occupé (un autre re-INVITE en "
              "cours)."),
            T("el otro extremo rechazó este re-INVITE (ocupado con otro cambio); la llamada sigue "
              "activa con sus medios actuales",
              "el re-INVITE de la trama {request} iba dentro de un diálogo establecido",
              "No se rompe nada: solo falló este cambio. Si era una retención, una transferencia o "
              "un cambio de códec importante, el emisor debería reintentar más tarde; comprueba "
              "por qué el otro extremo estaba ocupado (otro re-INVITE pendiente).")) },
    { "busy", 486, "INVITE", 0, 0, EXPECTED, NOTE, "RFC 3261 §21.4.24",
      TEXTS(T("the called user is busy: a user outcome, not a network fault",
              "",
              "Nothing to fix in the network. If the callee was not really busy, check its "
              "call-waiting setting and its maximum number of simultaneous calls."),
            T("l'utilisateur appelé est occupé : une issue côté utilisateur, pas un défaut réseau",
              "",
              "Rien à corriger dans le réseau. Si l'appelé n'était pas vraiment occupé, vérifiez "
              "son réglage de double appel et son nombre maximal d'appels simultanés."),
            T("el usuario llamado está ocupado: un desenlace del usuario, no una avería de red",
              "",
              "No hay nada que corregir en la red. Si el llamado no estaba realmente ocupado, "
              "revisa su configuración de llamada en espera y su número máximo de llamadas "
              "simultáneas.")) },
    { "busy-everywhere", 600, "INVITE", 0, 0, EXPECTED, NOTE, "RFC 3261 §21.6.1",
      TEXTS(T("busy on every device of the called user: a user outcome",
              "",
              "Nothing to fix in the network; if the user was not busy, check the device "
              "that sent 600 (its DND or call-waiting setting)."),
            T("occupé sur tous les terminaux de l'utilisateur appelé : une issue côté utilisateur",
              "",
              "Rien à corriger dans le réseau ; si l'utilisateur n'était pas occupé, vérifiez le "
              "terminal qui a envoyé le 600 (ses réglages DND et de double appel)."),
            T("ocupado en todos los dispositivos del usuario llamado: un desenlace del usuario",
              "",
              "No hay nada que corregir en la red; si el usuario no estaba ocupado, revisa el "
              "dispositivo que envió el 600 (su configuración de DND o de llamada en espera).")) },
    { "declined", 603, "INVITE", 0, 0, EXPECTED, NOTE, "RFC 3261 §21.6.2",
      TEXTS(T("the called user declined the call: a user outcome",
              "",
              "Nothing to fix in the network. If nobody pressed decline, check the callee's "
              "call screening, anonymous-call rejection and blocklists."),
            T("l'utilisateur appelé a refusé l'appel : une issue côté utilisateur",
              "",
              "Rien à corriger dans le réseau. Si personne n'a appuyé sur \"refuser\", vérifiez le "
              "filtrage d'appels de l'appelé, le rejet des appels anonymes et les listes de "
              "blocage."),
            T("el usuario llamado rechazó la llamada: un desenlace del usuario",
              "",
              "No hay nada que corregir en la red. Si nadie pulsó \"rechazar\", revisa el filtrado "
              "de llamadas del llamado, el rechazo de llamadas anónimas y las listas de "
              "bloqueo.")) },
    { "non-invite-timeout", 408, NON_INVITE_METHODS, 0, 0, FAULT, WARN, "RFC 3261 §17.1.2.2",
      TEXTS(T("a non-INVITE request got no final answer in time (Timer F): the next hop is "
              "unreachable or overloaded",
              "",
              "Check the next hop's address and port in the Route or Request-URI, that it is "
              "up and answering, and the firewall or NAT between; an element that answers "
              "after 32 s is overloaded."),
            T("une requête autre qu'INVITE n'a pas reçu de réponse finale à temps (Timer F) : le "
              "saut suivant est injoignable ou surchargé",
              "",
              "Vérifiez l'adresse et le port du saut suivant dans le Route ou la Request-URI, "
              "qu'il est en service et répond, ainsi que le pare-feu ou le NAT intermédiaire ; un "
              "élément qui répond après 32 s est surchargé."),
            T("una solicitud que no es INVITE no recibió respuesta final a tiempo (Timer F): el "
              "siguiente salto es inalcanzable o está sobrecargado",
              "",
              "Revisa la dirección y el puerto del siguiente salto en la Route o la Request-URI, "
              "que esté activo y respondiendo, y el firewall o NAT intermedio; un elemento que "
              "responde pasados 32 s está sobrecargado.")) },

    /* --- Media on a re-INVITE vs the initial INVITE --- */
    { "reinvite-offer-refused", 488, "INVITE UPDATE", FACT(IN_DIALOG), 0, EXPECTED, NOTE,
      "RFC 3261 §14.2, RFC 5057 §5.2",
      TEXTS(T("the new offer of a re-INVITE was refused (e.g. a switch to T.38); the call "
              "stays up on its previous media",
              "the re-INVITE of frame {request} was inside an established dialog",
              "The call continues: only the change failed. If the change mattered (fax "
              "switching to T.38, video), compare the offer with the peer's capabilities "
              "and read the Warning header (305, 304) for the exact reason."),
            T("la nouvelle offre d'un re-INVITE a été refusée (par exemple un passage en T.38) ; "
              "l'appel reste établi avec ses médias précédents",
              "le re-INVITE de la trame {request} s'inscrivait dans un dialogue établi",
              "L'appel continue : seule la modification a échoué. Si elle comptait (fax passant en "
              "T.38, vidéo), comparez l'offre avec les capacités du pair et lisez l'en-tête "
              "Warning (305, 304) pour la raison exacte."),
            T("la nueva oferta de un re-INVITE fue rechazada (p. ej. un cambio a T.38); la llamada "
              "sigue activa con sus medios anteriores",
              "el re-INVITE de la trama {request} iba dentro de un diálogo establecido",
              "La llamada continúa: solo falló el cambio. Si el cambio importaba (fax que pasa a "
              "T.38, vídeo), compara la oferta con las capacidades del otro extremo y lee la "
              "cabecera Warning (305, 304) para ver el motivo exacto.")) },
    { "reinvite-offer-refused-everywhere", 606, "INVITE UPDATE", FACT(IN_DIALOG), 0, EXPECTED,
      NOTE, "RFC 3261 §14.2, RFC 5057 §5.2",
      TEXTS(T("the new offer of a re-INVITE was refused everywhere; the call stays up on its "
              "previous media",
              "the re-INVITE of frame {request} was inside an established dialog",
              "The call continues on its old media. Compare the new offer with what the "
              "peer accepts; the Warning header names the refused part."),
            T("la nouvelle offre d'un re-INVITE a été refusée partout ; l'appel reste établi avec "
              "ses médias précédents",
              "le re-INVITE de la trame {request} s'inscrivait dans un dialogue établi",
              "L'appel continue avec ses anciens médias. Comparez la nouvelle offre avec ce "
              "qu'accepte le pair ; l'en-tête Warning désigne la partie refusée."),
            T("la nueva oferta de un re-INVITE fue rechazada en todas partes; la llamada sigue "
              "activa con sus medios anteriores",
              "el re-INVITE de la trama {request} iba dentro de un diálogo establecido",
              "La llamada continúa con sus medios anteriores. Compara la nueva oferta con lo que "
              "acepta el otro extremo; la cabecera Warning indica la parte rechazada.")) },
    { "initial-offer-refused", 488, "INVITE", FACT(REQUEST_SEEN), FACT(IN_DIALOG), FAULT, WARN,
      "RFC 3261 §13.3.1.4",
      TEXTS(T("the initial INVITE's offer was refused: no common codec or media, the call "
              "fails",
              "the INVITE of frame {request} opened no dialog yet: its offer was the call's "
              "only chance",
              "Compare the codecs (m= lines and a=rtpmap) of the offer with those allowed on "
              "the peer or trunk; check SRTP (RTP/SAVP vs RTP/AVP) and DTMF (telephone-event) "
              "agreement; the Warning header (304, 305, 370) names the refused part."),
            T("l'offre de l'INVITE initial a été refusée : aucun codec ni média commun, l'appel "
              "échoue",
              "l'INVITE de la trame {request} n'avait encore ouvert aucun dialogue : son offre "
              "était la seule chance de l'appel",
              "Comparez les codecs de l'offre (lignes m= et a=rtpmap) avec ceux autorisés sur le "
              "pair ou le trunk ; vérifiez l'accord sur SRTP (RTP/SAVP ou RTP/AVP) et sur les DTMF "
              "(telephone-event) ; l'en-tête Warning (304, 305, 370) désigne la partie refusée."),
            T("la oferta del INVITE inicial fue rechazada: no hay códec ni medio en común, la "
              "llamada falla",
              "el INVITE de la trama {request} aún no había abierto ningún diálogo: su oferta era "
              "la única oportunidad de la llamada",
              "Compara los códecs de la oferta (líneas m= y a=rtpmap) con los permitidos en el "
              "otro extremo o la troncal; comprueba que coinciden SRTP (RTP/SAVP frente a RTP/AVP) "
              "y DTMF (telephone-event); la cabecera Warning (304, 305, 370) indica la parte "
              "rechazada.")) },
    { "initial-offer-refused-everywhere", 606, "INVITE", FACT(REQUEST_SEEN), FACT(IN_DIALOG),
      FAULT, WARN, "RFC 3261 §21.6.4",
      TEXTS(T("the initial INVITE's offer is acceptable nowhere: no common codec or media",
              "the INVITE of frame {request} opened no dialog yet: its offer was the call's "
              "only chance",
              "Compare the offer's codecs and media with what the callee's devices accept; "
              "the Warning header names the refused part. Add a common codec (G.711) or "
              "transcoding at the SBC."),
            T("l'offre de l'INVITE initial n'est acceptable nulle part : aucun codec ni média "
              "commun",
              "l'INVITE de la trame {request} n'avait encore ouvert aucun dialogue : son offre "
              "était la seule chance de l'appel",
              "Comparez les codecs et médias de l'offre avec ce qu'acceptent les terminaux de "
              "l'appelé ; l'en-tête Warning désigne la partie refusée. Ajoutez un codec commun "
              "(G.711) ou un transcodage sur le SBC."),
            T("la oferta del INVITE inicial no es aceptable en ningún sitio: no hay códec ni medio "
              "en común",
              "el INVITE de la trama {request} aún no había abierto ningún diálogo: su oferta era "
              "la única oportunidad de la llamada",
              "Compara los códecs y medios de la oferta con lo que aceptan los dispositivos del "
              "llamado; la cabecera Warning indica la parte rechazada. Añade un códec común "
              "(G.711) o transcodificación en el SBC.")) },

    /* --- Negotiations that retry --- */
    { "glare-again", 491, "INVITE UPDATE", FACT(REPEATED), 0, FAULT, WARN, "RFC 3261 §14.1",
      TEXTS(T("glare again: both sides keep colliding, their retry delays do not follow "
              "RFC 3261 §14.1",
              "a 491 already answered this method in frame {earlier}",
              "The two sides retry in step: the owner of the Call-ID must wait 2.1-4 s and "
              "the other 0-2 s before retrying; check both UAs' retry timers, and any B2BUA "
              "that re-INVITEs both legs at once."),
            T("nouveau glare : les deux côtés continuent d'entrer en collision, leurs délais de "
              "nouvelle tentative ne respectent pas la RFC 3261 §14.1",
              "un 491 a déjà répondu à cette méthode dans la trame {earlier}",
              "Les deux côtés réessaient en même temps : le propriétaire du Call-ID doit attendre "
              "2,1 à 4 s et l'autre 0 à 2 s avant de réessayer ; vérifiez les temporisations de "
              "nouvelle tentative des deux UA, et tout B2BUA qui envoie un re-INVITE sur les deux "
              "jambes à la fois."),
            T("glare de nuevo: los dos lados siguen chocando, sus esperas antes de reintentar no "
              "siguen la RFC 3261 §14.1",
              "un 491 ya respondió a este método en la trama {earlier}",
              "Los dos lados reintentan a la vez: el propietario del Call-ID debe esperar 2,1-4 s "
              "y el otro 0-2 s antes de reintentar; revisa los temporizadores de reintento de "
              "ambos UA, y cualquier B2BUA que envíe re-INVITE a las dos patas a la vez.")) },
    { "glare", 491, "INVITE UPDATE", 0, 0, EXPECTED, CHAT, "RFC 3261 §14.1",
      TEXTS(T("glare: both sides sent a re-INVITE or UPDATE at once; one retries after a "
              "random delay",
              "",
              "Nothing to fix: the sender retries after a random delay. Look further only "
              "if 491s repeat in this call."),
            T("glare : les deux côtés ont envoyé un re-INVITE ou un UPDATE en même temps ; l'un "
              "réessaie après un délai aléatoire",
              "",
              "Rien à corriger : l'émetteur réessaie après un délai aléatoire. Ne cherchez plus "
              "loin que si les 491 se répètent dans cet appel."),
            T("glare: los dos lados enviaron un re-INVITE o UPDATE a la vez; uno reintenta tras "
              "una espera aleatoria",
              "",
              "No hay nada que corregir: el emisor reintenta tras una espera aleatoria. Investiga "
              "solo si los 491 se repiten en esta llamada.")) },
    { "session-timer-not-raised", 422, "INVITE UPDATE", FACT(REPEATED) | FACT(RETRY_TOO_SHORT),
      0, FAULT, WARN, "RFC 4028 §7.4",
      TEXTS(T("session timer refused again: the retry did not raise Session-Expires to the "
              "Min-SE asked",
              "the 422 in frame {earlier} asked for a Min-SE that the request of frame "
              "{request} still does not offer",
              "The client ignores Min-SE: it must retry with Session-Expires (and Min-SE) of "
              "at least the value in the 422. Check the client's session timer settings, or "
              "have the SBC rewrite Session-Expires."),
            T("session timer de nouveau refusé : la nouvelle tentative n'a pas relevé "
              "Session-Expires jusqu'au Min-SE demandé",
              "le 422 de la trame {earlier} demandait un Min-SE que la requête de la trame "
              "{request} n'offre toujours pas",
              "Le client ignore Min-SE : il doit réessayer avec un Session-Expires (et un Min-SE) "
              "au moins égal à la valeur du 422. Vérifiez les réglages de session timer du client, "
              "ou faites réécrire Session-Expires par le SBC."),
            T("temporizador de sesión rechazado otra vez: el reintento no subió Session-Expires "
              "hasta el Min-SE pedido",
              "el 422 de la trama {earlier} pedía un Min-SE que la solicitud de la trama {request} "
              "sigue sin ofrecer",
              "El cliente ignora Min-SE: debe reintentar con Session-Expires (y Min-SE) de al "
              "menos el valor del 422. Revisa la configuración del temporizador de sesión del "
              "cliente, o haz que el SBC reescriba Session-Expires.")) },
    { "session-timer-raised-again", 422, "INVITE UPDATE", FACT(REPEATED), 0, EXPECTED, CHAT,
      "RFC 4028 §7.4, §8.1",
      TEXTS(T("session timer negotiation again: the retry raised Session-Expires as asked, an "
              "element further on asks for more",
              "the 422 in frame {earlier} asked for less than this one, and the request of "
              "frame {request} offered it",
              "Nothing to fix if the next retry succeeds: each element on the path may ask for "
              "a larger Min-SE. To save round trips, set the client's Session-Expires at or "
              "above the largest Min-SE on the path (the last 422's)."),
            T("négociation du session timer, de nouveau : l'essai a relevé Session-Expires comme "
              "demandé, un élément plus loin en demande davantage",
              "le 422 de la trame {earlier} demandait moins que celui-ci, et la requête de la "
              "trame {request} l'offrait",
              "Rien à corriger si l'essai suivant aboutit : chaque élément du chemin peut exiger "
              "un Min-SE plus grand. Pour éviter ces allers-retours, réglez le Session-Expires "
              "du client au moins au plus grand Min-SE du chemin (celui du dernier 422)."),
            T("negociación del temporizador de sesión otra vez: el reintento subió "
              "Session-Expires como se pidió, un elemento más adelante pide más",
              "el 422 de la trama {earlier} pedía menos que este, y la petición de la trama "
              "{request} lo ofrecía",
              "No hay nada que corregir si el siguiente reintento tiene éxito: cada elemento del "
              "camino puede pedir un Min-SE mayor. Para ahorrar idas y vueltas, configura el "
              "Session-Expires del cliente al menos al mayor Min-SE del camino (el del último "
              "422).")) },
    { "session-timer", 422, "INVITE UPDATE", 0, 0, EXPECTED, CHAT, "RFC 4028 §6, §7.4",
      TEXTS(T("session timer negotiation: the client retries with Session-Expires of at "
              "least Min-SE",
              "",
              "Nothing to fix if the retry succeeds. Set the client's Session-Expires at or "
              "above the largest Min-SE on the path to save the round trip."),
            T("négociation du session timer : le client réessaie avec Session-Expires au moins "
              "égal à Min-SE",
              "",
              "Rien à corriger si la nouvelle tentative aboutit. Réglez le Session-Expires du "
              "client à une valeur au moins égale au plus grand Min-SE du chemin pour économiser "
              "l'aller-retour."),
            T("negociación del temporizador de sesión: el cliente reintenta con Session-Expires "
              "de al menos Min-SE",
              "",
              "No hay nada que corregir si el reintento tiene éxito. Configura el Session-Expires "
              "del cliente igual o por encima del mayor Min-SE del camino para ahorrarte el viaje "
              "de ida y vuelta.")) },
    { "expiry-not-raised", 423, "REGISTER SUBSCRIBE PUBLISH",
      FACT(REPEATED) | FACT(RETRY_TOO_SHORT), 0, FAULT, WARN, "RFC 3261 §10.2.8",
      TEXTS(T("expiry refused again: the retry did not raise Expires to the Min-Expires asked",
              "the 423 in frame {earlier} asked for a Min-Expires that the request of frame "
              "{request} still does not offer",
              "The client ignores Min-Expires: set its registration (or subscription) "
              "interval to at least the Min-Expires in the 423, or lower the server's "
              "minimum."),
            T("durée d'expiration de nouveau refusée : la nouvelle tentative n'a pas relevé "
              "Expires jusqu'au Min-Expires demandé",
              "le 423 de la trame {earlier} demandait un Min-Expires que la requête de la trame "
              "{request} n'offre toujours pas",
              "Le client ignore Min-Expires : réglez son intervalle d'enregistrement (ou "
              "d'abonnement) à une valeur au moins égale au Min-Expires du 423, ou abaissez le "
              "minimum du serveur."),
            T("expiración rechazada otra vez: el reintento no subió Expires hasta el Min-Expires "
              "pedido",
              "el 423 de la trama {earlier} pedía un Min-Expires que la solicitud de la trama "
              "{request} sigue sin ofrecer",
              "El cliente ignora Min-Expires: configura su intervalo de registro (o de "
              "suscripción) en al menos el Min-Expires del 423, o baja el mínimo del servidor.")) },
    { "expiry-raised-again", 423, "REGISTER SUBSCRIBE PUBLISH", FACT(REPEATED), 0, EXPECTED,
      CHAT, "RFC 3261 §10.2.8, §10.3",
      TEXTS(T("expiry negotiation again: the retry raised Expires as asked, an element further "
              "on asks for more",
              "the 423 in frame {earlier} asked for less than this one, and the request of "
              "frame {request} offered it",
              "Nothing to fix if the next retry succeeds: a registrar behind a proxy may ask "
              "for a larger Min-Expires than the proxy. Set the client's interval at or above "
              "the last 423's Min-Expires to save the round trips."),
            T("négociation de la durée d'expiration, de nouveau : l'essai a relevé Expires comme "
              "demandé, un élément plus loin en demande davantage",
              "le 423 de la trame {earlier} demandait moins que celui-ci, et la requête de la "
              "trame {request} l'offrait",
              "Rien à corriger si l'essai suivant aboutit : un registrar derrière un proxy peut "
              "exiger un Min-Expires plus grand que le proxy. Réglez l'intervalle du client au "
              "moins au Min-Expires du dernier 423 pour éviter ces allers-retours."),
            T("negociación de la caducidad otra vez: el reintento subió Expires como se pidió, "
              "un elemento más adelante pide más",
              "el 423 de la trama {earlier} pedía menos que este, y la petición de la trama "
              "{request} lo ofrecía",
              "No hay nada que corregir si el siguiente reintento tiene éxito: un registrar "
              "detrás de un proxy puede pedir un Min-Expires mayor que el proxy. Configura el "
              "intervalo del cliente al menos al Min-Expires del último 423 para ahorrar idas y "
              "vueltas.")) },
    { "expiry", 423, "REGISTER SUBSCRIBE PUBLISH", 0, 0, EXPECTED, CHAT, "RFC 3261 §10.2.8",
      TEXTS(T("expiry negotiation: the client retries with Expires of at least Min-Expires",
              "",
              "Nothing to fix if the retry succeeds; set the client's interval at or above "
              "the server's Min-Expires to save the round trip."),
            T("négociation de la durée d'expiration : le client réessaie avec un Expires au moins "
              "égal à Min-Expires",
              "",
              "Rien à corriger si la nouvelle tentative aboutit ; réglez l'intervalle du client à "
              "une valeur au moins égale au Min-Expires du serveur pour économiser "
              "l'aller-retour."),
            T("negociación de la expiración: el cliente reintenta con Expires de al menos "
              "Min-Expires",
              "",
              "No hay nada que corregir si el reintento tiene éxito; configura el intervalo del "
              "cliente igual o por encima del Min-Expires del servidor para ahorrarte el viaje de "
              "ida y vuelta.")) },
    { "extension-refused-again", 420, NULL, FACT(REPEATED), 0, FAULT, WARN, "RFC 3261 §8.1.3.5",
      TEXTS(T("bad extension again: the retry still requires an option tag the server does "
              "not support",
              "a 420 already answered this method in frame {earlier}",
              "Read the Unsupported header and remove that option tag from the client's "
              "Require/Proxy-Require (e.g. disable 100rel or timer as required on the "
              "client), or enable the extension on the server."),
            T("extension de nouveau refusée : la nouvelle tentative exige toujours un option tag "
              "que le serveur ne prend pas en charge",
              "un 420 a déjà répondu à cette méthode dans la trame {earlier}",
              "Lisez l'en-tête Unsupported et retirez cet option tag du Require/Proxy-Require du "
              "client (par exemple, n'exigez plus 100rel ou timer sur le client), ou activez "
              "l'extension sur le serveur."),
            T("extensión no soportada otra vez: el reintento sigue exigiendo una etiqueta de "
              "opción que el servidor no soporta",
              "un 420 ya respondió a este método en la trama {earlier}",
              "Lee la cabecera Unsupported y quita esa etiqueta de opción del "
              "Require/Proxy-Require del cliente (p. ej. deja de exigir 100rel o timer en el "
              "cliente), o activa la extensión en el servidor.")) },
    { "extension-refused", 420, NULL, 0, 0, EXPECTED, CHAT, "RFC 3261 §8.1.3.5",
      TEXTS(T("extension negotiation: the client retries without the option tags listed in "
              "Unsupported",
              "",
              "Nothing to fix if the retry without the extension succeeds; to save the round "
              "trip, list the extension in Supported instead of Require on the client."),
            T("négociation d'extension : le client réessaie sans les option tags listés dans "
              "Unsupported",
              "",
              "Rien à corriger si la nouvelle tentative sans l'extension aboutit ; pour économiser "
              "l'aller-retour, mettez l'extension dans Supported plutôt que dans Require sur le "
              "client."),
            T("negociación de extensiones: el cliente reintenta sin las etiquetas de opción "
              "listadas en Unsupported",
              "",
              "No hay nada que corregir si el reintento sin la extensión tiene éxito; para "
              "ahorrarte el viaje de ida y vuelta, pon la extensión en Supported en lugar de "
              "Require en el cliente.")) },
    { "extension-required-again", 421, NULL, FACT(REPEATED), 0, FAULT, WARN,
      "RFC 3261 §21.4.15",
      TEXTS(T("extension required again: the retry still lacks the option tag the server "
              "requires",
              "a 421 already answered this method in frame {earlier}",
              "Read the Require header of the 421 and enable that extension on the client "
              "(often 100rel or timer), or relax the server's requirement."),
            T("extension de nouveau exigée : il manque toujours à la nouvelle tentative l'option "
              "tag qu'exige le serveur",
              "un 421 a déjà répondu à cette méthode dans la trame {earlier}",
              "Lisez l'en-tête Require du 421 et activez cette extension sur le client (souvent "
              "100rel ou timer), ou assouplissez l'exigence du serveur."),
            T("extensión requerida otra vez: al reintento le sigue faltando la etiqueta de opción "
              "que exige el servidor",
              "un 421 ya respondió a este método en la trama {earlier}",
              "Lee la cabecera Require del 421 y activa esa extensión en el cliente (a menudo "
              "100rel o timer), o relaja la exigencia del servidor.")) },
    { "extension-required", 421, NULL, 0, 0, EXPECTED, CHAT, "RFC 3261 §21.4.15",
      TEXTS(T("extension negotiation: the client retries with the option tag listed in "
              "Require",
              "",
              "Nothing to fix if the retry succeeds; a client that does not support the "
              "extension cannot call this server until one side changes."),
            T("négociation d'extension : le client réessaie avec l'option tag listé dans Require",
              "",
              "Rien à corriger si la nouvelle tentative aboutit ; un client qui ne prend pas en "
              "charge l'extension ne peut pas appeler ce serveur tant que l'un des deux côtés ne "
              "change pas."),
            T("negociación de extensiones: el cliente reintenta con la etiqueta de opción listada "
              "en Require",
              "",
              "No hay nada que corregir si el reintento tiene éxito; un cliente que no soporta la "
              "extensión no puede llamar a este servidor hasta que uno de los dos lados "
              "cambie.")) },
    { "media-type-refused-again", 415, NULL, FACT(REPEATED), 0, FAULT, WARN,
      "RFC 3261 §21.4.13",
      TEXTS(T("unsupported body again: the retry still sends a type, encoding or language "
              "the server does not accept",
              "a 415 already answered this method in frame {earlier}",
              "Read the Accept, Accept-Encoding and Accept-Language headers of the 415 and "
              "make the client send one of those (e.g. plain application/sdp instead of "
              "multipart with ISUP)."),
            T("corps de nouveau non pris en charge : la nouvelle tentative envoie toujours un "
              "type, un encodage ou une langue que le serveur n'accepte pas",
              "un 415 a déjà répondu à cette méthode dans la trame {earlier}",
              "Lisez les en-têtes Accept, Accept-Encoding et Accept-Language du 415 et faites "
              "envoyer au client l'une des valeurs listées (par exemple application/sdp seul au "
              "lieu d'un multipart avec ISUP)."),
            T("cuerpo no soportado otra vez: el reintento sigue enviando un tipo, codificación o "
              "idioma que el servidor no acepta",
              "un 415 ya respondió a este método en la trama {earlier}",
              "Lee las cabeceras Accept, Accept-Encoding y Accept-Language del 415 y haz que el "
              "cliente envíe uno de esos valores (p. ej. application/sdp sin más en lugar de "
              "multipart con ISUP).")) },
    { "media-type-refused", 415, NULL, 0, 0, EXPECTED, CHAT, "RFC 3261 §8.1.3.5, §21.4.13",
      TEXTS(T("body negotiation: the client retries with a type listed in Accept",
              "",
              "Nothing to fix if the retry succeeds; to save the round trip, configure the "
              "client to send a body type the server accepts."),
            T("négociation du corps : le client réessaie avec un type listé dans Accept",
              "",
              "Rien à corriger si la nouvelle tentative aboutit ; pour économiser l'aller-retour, "
              "configurez le client pour qu'il envoie un type de corps accepté par le serveur."),
            T("negociación del cuerpo: el cliente reintenta con un tipo listado en Accept",
              "",
              "No hay nada que corregir si el reintento tiene éxito; para ahorrarte el viaje de "
              "ida y vuelta, configura el cliente para que envíe un tipo de cuerpo que el servidor "
              "acepte.")) },
    { "entity-tag-expired", 412, "PUBLISH", 0, 0, EXPECTED, NOTE, "RFC 3903 §6",
      TEXTS(T("the publication's entity tag expired: the client publishes again without "
              "SIP-If-Match",
              "",
              "Nothing to fix if a fresh PUBLISH follows; if 412s repeat, the client "
              "refreshes too late: shorten its refresh interval below the Expires granted."),
            T("l'entity tag de la publication a expiré : le client publie de nouveau sans "
              "SIP-If-Match",
              "",
              "Rien à corriger si un nouveau PUBLISH suit ; si les 412 se répètent, le client "
              "rafraîchit trop tard : réduisez son intervalle de rafraîchissement en dessous de "
              "l'Expires accordé."),
            T("la entity tag de la publicación caducó: el cliente vuelve a publicar sin "
              "SIP-If-Match",
              "",
              "No hay nada que corregir si sigue un PUBLISH nuevo; si los 412 se repiten, el "
              "cliente refresca demasiado tarde: acorta su intervalo de refresco por debajo del "
              "Expires concedido.")) },

    /* --- Overload and retries later --- */
    { "reinvite-retry-later", 500, "INVITE UPDATE", FACT(IN_DIALOG) | FACT(RETRY_AFTER), 0,
      EXPECTED, NOTE, "RFC 3261 §14.2",
      TEXTS(T("the peer was still busy with an earlier INVITE of this dialog; the sender "
              "retries after the Retry-After delay",
              "the re-INVITE of frame {request} was inside an established dialog",
              "Nothing to fix: a UAS that gets a re-INVITE while its own is pending answers "
              "500 with a random Retry-After of 0-10 s. If it repeats, look for two "
              "elements re-INVITEing the same dialog."),
            T("le pair traitait encore un INVITE antérieur de ce dialogue ; l'émetteur réessaie "
              "après le délai du Retry-After",
              "le re-INVITE de la trame {request} s'inscrivait dans un dialogue établi",
              "Rien à corriger : un UAS qui reçoit un re-INVITE alors que le sien est en cours "
              "répond 500 avec un Retry-After aléatoire de 0 à 10 s. Si cela se répète, cherchez "
              "deux éléments qui envoient des re-INVITE sur le même dialogue."),
            T("el otro extremo aún estaba ocupado con un INVITE anterior de este diálogo; el "
              "emisor reintenta tras la espera del Retry-After",
              "el re-INVITE de la trama {request} iba dentro de un diálogo establecido",
              "No hay nada que corregir: un UAS que recibe un re-INVITE mientras el suyo está "
              "pendiente responde 500 con un Retry-After aleatorio de 0-10 s. Si se repite, busca "
              "dos elementos que envían re-INVITE en el mismo diálogo.")) },
    { "overload-retry-after", 503, NULL, FACT(RETRY_AFTER), 0, NEUTRAL, NOTE,
      "RFC 3261 §21.5.4, RFC 7339",
      TEXTS(T("overload or maintenance: the server says when to retry (Retry-After)",
              "",
              "Honour Retry-After before retrying or failing over; find out why the server "
              "is overloaded or in maintenance (its CPU, licence or channel limits, a "
              "registration storm), and check the client fails over to another server in "
              "the meantime."),
            T("surcharge ou maintenance : le serveur indique quand réessayer (Retry-After)",
              "",
              "Respectez le Retry-After avant de réessayer ou de basculer ; cherchez pourquoi le "
              "serveur est surchargé ou en maintenance (CPU, limites de licence ou de canaux, "
              "tempête d'enregistrements), et vérifiez que le client bascule sur un autre serveur "
              "entre-temps."),
            T("sobrecarga o mantenimiento: el servidor indica cuándo reintentar (Retry-After)",
              "",
              "Respeta el Retry-After antes de reintentar o de conmutar a otro servidor; averigua "
              "por qué el servidor está sobrecargado o en mantenimiento (CPU, límites de licencia "
              "o de canales, una avalancha de registros) y comprueba que, mientras tanto, el "
              "cliente conmuta a otro servidor.")) },
    { "server-error-retry-after", 500, NULL, FACT(RETRY_AFTER), 0, NEUTRAL, NOTE,
      "RFC 3261 §21.5.1",
      TEXTS(T("a temporary server error: the server says when to retry (Retry-After)",
              "",
              "Retry after the delay given; if it persists, read the server's log around "
              "this time for the failing module."),
            T("une erreur temporaire du serveur : il indique quand réessayer (Retry-After)",
              "",
              "Réessayez après le délai indiqué ; si l'erreur persiste, cherchez dans les logs du "
              "serveur, autour de cette heure, le module en échec."),
            T("un error temporal del servidor: indica cuándo reintentar (Retry-After)",
              "",
              "Reintenta tras la espera indicada; si persiste, busca en el log del servidor, en "
              "torno a esta hora, el módulo que falla.")) },

    /* --- Capabilities --- */
    { "core-method-refused", 405, CORE_UA_METHODS, 0, 0, FAULT, WARN, "RFC 3261 §8.2.1, §11",
      TEXTS(T("a method every UA must accept was refused: the request reached the wrong "
              "element or a broken stack",
              "",
              "BYE, CANCEL, ACK and OPTIONS must be accepted by every UA: check where the "
              "request was routed (Route set, Contact of the peer), and whether an SBC or "
              "firewall answers in the peer's place."),
            T("une méthode que tout UA doit accepter a été refusée : la requête a atteint le "
              "mauvais élément ou une pile défaillante",
              "",
              "BYE, CANCEL, ACK et OPTIONS doivent être acceptés par tout UA : vérifiez où la "
              "requête a été routée (route set, Contact du pair), et si un SBC ou un pare-feu "
              "répond à la place du pair."),
            T("se rechazó un método que todo UA debe aceptar: la solicitud llegó al elemento "
              "equivocado o a una pila defectuosa",
              "",
              "Todo UA debe aceptar BYE, CANCEL, ACK y OPTIONS: comprueba adónde se enrutó la "
              "solicitud (route set, Contact del otro extremo) y si un SBC o firewall responde en "
              "su lugar.")) },
    { "core-method-unimplemented", 501, CORE_UA_METHODS, 0, 0, FAULT, WARN,
      "RFC 3261 §8.2.1, §11",
      TEXTS(T("a method every UA must implement is not implemented there: the request "
              "reached something that is not a SIP UA",
              "",
              "Check the Request-URI and Route: the request went to an element that is not "
              "the peer UA (a registrar-only server, a media server port, an application "
              "that speaks only part of SIP)."),
            T("une méthode que tout UA doit implémenter n'y est pas implémentée : la requête a "
              "atteint autre chose qu'un UA SIP",
              "",
              "Vérifiez la Request-URI et le Route : la requête est allée à un élément qui n'est "
              "pas l'UA distant (un serveur qui n'est qu'un registrar, un port de serveur média, "
              "une application qui ne parle qu'une partie de SIP)."),
            T("un método que todo UA debe implementar no está implementado allí: la solicitud "
              "llegó a algo que no es un UA SIP",
              "",
              "Revisa la Request-URI y la Route: la solicitud fue a un elemento que no es el UA "
              "del otro extremo (un servidor que solo es registrar, un puerto de servidor de "
              "medios, una aplicación que solo habla parte de SIP).")) },
    { "invite-register-refused", 405, "INVITE REGISTER", 0, 0, FAULT, WARN, "RFC 3261 §8.2.1",
      TEXTS(T("the server does not take this core method here: wrong server or port, or a "
              "misconfigured endpoint",
              "",
              "Check that the request goes to the right server and port: a REGISTER sent to "
              "a phone or trunk instead of the registrar, an INVITE sent to a registrar-only "
              "server; read the Allow header for what it takes."),
            T("le serveur n'accepte pas ici cette méthode de base : mauvais serveur ou port, ou "
              "terminal mal configuré",
              "",
              "Vérifiez que la requête part vers le bon serveur et le bon port : un REGISTER "
              "envoyé à un poste ou à un trunk au lieu du registrar, un INVITE envoyé à un serveur "
              "qui n'est qu'un registrar ; lisez l'en-tête Allow pour savoir ce qu'il accepte."),
            T("el servidor no acepta aquí este método básico: servidor o puerto equivocado, o un "
              "terminal mal configurado",
              "",
              "Comprueba que la solicitud va al servidor y puerto correctos: un REGISTER enviado a "
              "un teléfono o a una troncal en lugar del registrar, un INVITE enviado a un servidor "
              "que solo es registrar; lee la cabecera Allow para ver qué acepta.")) },
    { "invite-register-unimplemented", 501, "INVITE REGISTER", 0, 0, FAULT, WARN,
      "RFC 3261 §10.3, §21.5.2",
      TEXTS(T("the server does not implement this core method: a REGISTER that reached "
              "something that is not a registrar, or an INVITE sent to the wrong element",
              "",
              "For REGISTER: the target is not a registrar (an IP-authenticated trunk or an "
              "SBC that takes only calls from you): stop registering to it, or point the "
              "client at the right registrar. For INVITE: check the routing to this element."),
            T("le serveur n'implémente pas cette méthode de base : un REGISTER arrivé sur autre "
              "chose qu'un registrar, ou un INVITE envoyé au mauvais élément",
              "",
              "Pour un REGISTER, la cible n'est pas un registrar (un trunk authentifié par IP ou "
              "un SBC qui n'accepte de vous que des appels) : cessez de vous y enregistrer, ou "
              "pointez le client vers le bon registrar. Pour un INVITE, vérifiez le routage vers "
              "cet élément."),
            T("el servidor no implementa este método básico: un REGISTER que llegó a algo que no "
              "es un registrar, o un INVITE enviado al elemento equivocado",
              "",
              "Para REGISTER, el destino no es un registrar (una troncal autenticada por IP o un "
              "SBC que solo acepta llamadas tuyas): deja de registrarte en él o apunta el cliente "
              "al registrar correcto. Para INVITE, revisa el enrutamiento hacia este elemento.")) },
    { "method-not-allowed", 405, NULL, 0, 0, EXPECTED, CHAT, "RFC 3261 §21.4.6",
      TEXTS(T("the peer does not allow this method here: a capability answer, see its Allow "
              "header",
              "",
              "Nothing to fix if the feature is optional: the sender should fall back (e.g. "
              "INFO DTMF to RFC 4733, UPDATE to re-INVITE). Read the Allow header; enable the "
              "method on the peer if the feature is needed."),
            T("le pair n'autorise pas cette méthode ici : une réponse sur ses capacités, voir son "
              "en-tête Allow",
              "",
              "Rien à corriger si la fonction est facultative : l'émetteur doit se replier sur une "
              "autre méthode (par exemple des DTMF en INFO vers la RFC 4733, UPDATE vers "
              "re-INVITE). Lisez l'en-tête Allow ; activez la méthode sur le pair si la fonction "
              "est nécessaire."),
            T("el otro extremo no permite aquí este método: una respuesta sobre capacidades, mira "
              "su cabecera Allow",
              "",
              "No hay nada que corregir si la función es opcional: el emisor debería recurrir a "
              "una alternativa (p. ej. de DTMF por INFO a RFC 4733, de UPDATE a re-INVITE). Lee la "
              "cabecera Allow; activa el método en el otro extremo si la función hace falta.")) },
    { "method-not-implemented", 501, NULL, 0, 0, EXPECTED, CHAT, "RFC 3261 §21.5.2",
      TEXTS(T("the peer does not implement this method: a capability answer, see its Allow "
              "header",
              "",
              "Nothing to fix if the feature is optional: the sender should stop using the "
              "method with this peer (PUBLISH, MESSAGE, INFO...). Upgrade or configure the "
              "peer if the feature is needed."),
            T("le pair n'implémente pas cette méthode : une réponse sur ses capacités, voir son "
              "en-tête Allow",
              "",
              "Rien à corriger si la fonction est facultative : l'émetteur doit cesser d'utiliser "
              "cette méthode avec ce pair (PUBLISH, MESSAGE, INFO...). Mettez à jour ou configurez "
              "le pair si la fonction est nécessaire."),
            T("el otro extremo no implementa este método: una respuesta sobre capacidades, mira su "
              "cabecera Allow",
              "",
              "No hay nada que corregir si la función es opcional: el emisor debería dejar de usar "
              "el método con este otro extremo (PUBLISH, MESSAGE, INFO...). Actualiza o configura "
              "el otro extremo si la función hace falta.")) },

    /* --- Events and transfers --- */
    { "transfer-accepted", 202, "REFER", 0, 0, EXPECTED, CHAT, "RFC 3515 §2.4.2, RFC 7647 §5",
      TEXTS(T("transfer accepted; its outcome follows in NOTIFY (Event: refer, "
              "message/sipfrag). 202 to REFER is deprecated (RFC 7647): newer UAs send 200",
              "",
              "Nothing to fix: follow the NOTIFYs for the referred call's result. The "
              "transfer succeeded only if a NOTIFY reports 200."),
            T("transfert accepté ; son issue suit dans des NOTIFY (Event: refer, message/sipfrag). "
              "Le 202 au REFER est déprécié (RFC 7647) : les UA récents envoient 200",
              "",
              "Rien à corriger : suivez les NOTIFY pour connaître le résultat de l'appel "
              "transféré. Le transfert n'a réussi que si un NOTIFY rapporte un 200."),
            T("transferencia aceptada; su resultado llega en NOTIFY (Event: refer, "
              "message/sipfrag). El 202 a REFER está obsoleto (RFC 7647): los UA más nuevos envían "
              "200",
              "",
              "No hay nada que corregir: sigue los NOTIFY para ver el resultado de la llamada "
              "transferida. La transferencia solo tuvo éxito si un NOTIFY informa de un 200.")) },
    { "subscription-accepted-202", 202, "SUBSCRIBE", 0, 0, EXPECTED, NOTE, "RFC 6665 §8.3.1",
      TEXTS(T("subscription accepted: 202 to SUBSCRIBE is deprecated by RFC 6665, which has "
              "the subscriber treat it as 200",
              "",
              "Nothing breaks: the subscription is active and NOTIFYs follow. Update the "
              "notifier to send 200 OK; older subscribers that wait for a NOTIFY behave the "
              "same with either code."),
            T("abonnement accepté : le 202 au SUBSCRIBE est déprécié par la RFC 6665, qui demande "
              "à l'abonné de le traiter comme un 200",
              "",
              "Rien n'est cassé : l'abonnement est actif et les NOTIFY suivent. Mettez à jour le "
              "notificateur pour qu'il envoie 200 OK ; les anciens abonnés qui attendent un NOTIFY "
              "se comportent de la même façon avec l'un ou l'autre code."),
            T("suscripción aceptada: la RFC 6665 declara obsoleto el 202 a SUBSCRIBE y pide al "
              "suscriptor que lo trate como un 200",
              "",
              "No se rompe nada: la suscripción está activa y siguen los NOTIFY. Actualiza el "
              "notificador para que envíe 200 OK; los suscriptores antiguos que esperan un NOTIFY "
              "se comportan igual con cualquiera de los dos códigos.")) },
    { "event-package-refused", 489, "SUBSCRIBE PUBLISH", 0, 0, FAULT, WARN, "RFC 6665 §4.2.1",
      TEXTS(T("the server does not offer this event package: presence or BLF disabled there, "
              "or a wrong Event header",
              "",
              "Read the Allow-Events header for the packages the server offers; enable the "
              "package on the server (presence, dialog for BLF, message-summary for MWI) or "
              "stop the client subscribing to it."),
            T("le serveur ne propose pas ce package d'événements : présence ou BLF désactivés sur "
              "ce serveur, ou en-tête Event erroné",
              "",
              "Lisez l'en-tête Allow-Events pour connaître les packages proposés par le serveur ; "
              "activez le package sur le serveur (presence, dialog pour le BLF, message-summary "
              "pour le MWI) ou empêchez le client de s'y abonner."),
            T("el servidor no ofrece este paquete de eventos: presencia o BLF desactivados allí, o "
              "una cabecera Event errónea",
              "",
              "Lee la cabecera Allow-Events para ver los paquetes que ofrece el servidor; activa "
              "el paquete en el servidor (presence, dialog para BLF, message-summary para MWI) o "
              "haz que el cliente deje de suscribirse a él.")) },
    { "subscription-target-unknown", 404, "SUBSCRIBE", 0, 0, FAULT, WARN,
      "RFC 6665 §4.2.1, RFC 3261 §21.4.5",
      TEXTS(T("the subscription's target does not exist at the notifier: a BLF, MWI or "
              "presence subscription configured for a user or mailbox the server lacks",
              "",
              "Compare the SUBSCRIBE's Request-URI and Event with the server: for "
              "message-summary create the mailbox (Asterisk mailbox=) or turn MWI off on the "
              "phone; for dialog or presence (BLF keys) add the extension's hint or remove the "
              "key. The phone retries at every refresh until one side changes."),
            T("la cible de l'abonnement n'existe pas chez le notificateur : un abonnement BLF, "
              "MWI ou présence configuré pour un utilisateur ou une messagerie absents",
              "",
              "Comparez la Request-URI et l'Event du SUBSCRIBE avec le serveur : pour "
              "message-summary, créez la messagerie (mailbox= sous Asterisk) ou désactivez le "
              "MWI sur le téléphone ; pour dialog ou presence (touches BLF), ajoutez le hint de "
              "l'extension ou retirez la touche. Le téléphone réessaie à chaque rafraîchissement "
              "tant que rien ne change."),
            T("el destino de la suscripción no existe en el notificador: una suscripción BLF, "
              "MWI o de presencia configurada para un usuario o buzón que no hay",
              "",
              "Compara la Request-URI y el Event del SUBSCRIBE con el servidor: para "
              "message-summary crea el buzón (mailbox= en Asterisk) o desactiva el MWI en el "
              "teléfono; para dialog o presence (teclas BLF) añade el hint de la extensión o "
              "quita la tecla. El teléfono reintenta en cada refresco hasta que un lado "
              "cambie.")) },
    { "notify-event-refused", 489, "NOTIFY", 0, 0, NEUTRAL, NOTE, "RFC 6665 §4.1.3",
      TEXTS(T("the UA refused a NOTIFY for an event package it does not take: usually an "
              "unsolicited NOTIFY (check-sync, message-summary) it never subscribed to",
              "",
              "Harmless unless the UA did subscribe to that package: compare the NOTIFY's "
              "Event header with the SUBSCRIBE's. For unsolicited MWI, enable it on the phone "
              "or stop the server sending it."),
            T("l'UA a refusé un NOTIFY d'un package d'événements qu'il ne prend pas : en général "
              "un NOTIFY non sollicité (check-sync, message-summary)",
              "",
              "Sans gravité, sauf si l'UA s'est bel et bien abonné à ce package : comparez "
              "l'en-tête Event du NOTIFY avec celui du SUBSCRIBE. Pour un MWI non sollicité, "
              "activez-le sur le poste ou empêchez le serveur de l'envoyer."),
            T("el UA rechazó un NOTIFY de un paquete de eventos que no acepta: normalmente un "
              "NOTIFY no solicitado (check-sync, message-summary) al que nunca se suscribió",
              "",
              "Inofensivo salvo que el UA sí se suscribiera a ese paquete: compara la cabecera "
              "Event del NOTIFY con la del SUBSCRIBE. Para MWI no solicitado, actívalo en el "
              "teléfono o haz que el servidor deje de enviarlo.")) },
};

const unsigned sipdiag_rule_count = sizeof sipdiag_rules / sizeof sipdiag_rules[0];

static const char *const fact_names[] = {
    "request-seen", "credentials", "in-dialog", "cancelled", "repeated", "challenge-loop",
    "stale-nonce", "credentials-refused", "provisional", "bye-crossed", "resent",
    "answered-before", "retry-too-short", "retry-after", "early-bye",
};

const char *
sipdiag_fact_name(unsigned fact)
{
    for (unsigned i = 0; i < sizeof fact_names / sizeof fact_names[0]; i++) {
        if (fact == 1u << i)
            return fact_names[i];
    }
    return NULL;
}

const char *
sipdiag_severity_key(sipdiag_severity_t severity)
{
    static const char *const keys[] = { "chat", "note", "warn", "error" };
    return severity <= SIPDIAG_SEVERITY_ERROR ? keys[severity] : NULL;
}

const char *
sipdiag_verdict_key(sipdiag_verdict_t verdict)
{
    static const char *const keys[] = { "neutral", "expected", "fault" };
    return verdict <= SIPDIAG_VERDICT_FAULT ? keys[verdict] : NULL;
}

/* Whether method is one of the space-separated words of list. */
static bool
method_listed(const char *list, const char *method)
{
    size_t n = strlen(method);
    for (const char *p = list; *p != '\0';) {
        size_t word = strcspn(p, " ");
        if (word == n && strncmp(p, method, n) == 0)
            return true;
        p += word;
        p += strspn(p, " ");
    }
    return false;
}

const sipdiag_rule_texts_t *
sipdiag_rule_texts(const sipdiag_rule_t *rule, sipdiag_lang_t lang)
{
    static const sipdiag_lang_t written[SIPDIAG_RULE_LANGS] = {
        SIPDIAG_LANG_EN, SIPDIAG_LANG_FR, SIPDIAG_LANG_ES,
    };
    for (unsigned i = 0; i < SIPDIAG_RULE_LANGS; i++) {
        if (written[i] == lang && rule->texts[i].context != NULL)
            return &rule->texts[i];
    }
    return &rule->texts[0];
}

/* The evidence behind each fact a rule may require, by fact bit. */
static const struct {
    unsigned fact;
    sipdiag_evidence_kind_t kind;
} evidence_of_fact[] = {
    { SIPDIAG_FACT_REQUEST_SEEN, SIPDIAG_EVIDENCE_REQUEST },
    { SIPDIAG_FACT_CREDENTIALS, SIPDIAG_EVIDENCE_CHALLENGE },
    { SIPDIAG_FACT_CREDENTIALS_REFUSED, SIPDIAG_EVIDENCE_CHALLENGE },
    { SIPDIAG_FACT_STALE_NONCE, SIPDIAG_EVIDENCE_CHALLENGE },
    { SIPDIAG_FACT_CHALLENGE_LOOP, SIPDIAG_EVIDENCE_CHALLENGE },
    { SIPDIAG_FACT_CANCELLED, SIPDIAG_EVIDENCE_CANCEL },
    { SIPDIAG_FACT_PROVISIONAL, SIPDIAG_EVIDENCE_PROVISIONAL },
    { SIPDIAG_FACT_BYE_CROSSED, SIPDIAG_EVIDENCE_BYE },
    { SIPDIAG_FACT_EARLY_BYE, SIPDIAG_EVIDENCE_BYE },
    { SIPDIAG_FACT_ANSWERED_BEFORE, SIPDIAG_EVIDENCE_FINAL },
    { SIPDIAG_FACT_RESENT, SIPDIAG_EVIDENCE_FINAL },
    { SIPDIAG_FACT_REPEATED, SIPDIAG_EVIDENCE_EARLIER },
    { SIPDIAG_FACT_RETRY_TOO_SHORT, SIPDIAG_EVIDENCE_EARLIER },
};

unsigned
sipdiag_rule_evidence_kinds(const sipdiag_rule_t *rule)
{
    unsigned kinds = 1u << SIPDIAG_EVIDENCE_REQUEST;
    for (unsigned i = 0; rule != NULL && i < G_N_ELEMENTS(evidence_of_fact); i++) {
        if (rule->require & evidence_of_fact[i].fact)
            kinds |= 1u << evidence_of_fact[i].kind;
    }
    return kinds;
}

const char *
sipdiag_evidence_name(sipdiag_evidence_kind_t kind)
{
    static const char *const names[SIPDIAG_EVIDENCE_COUNT] = {
        "request", "challenge", "cancel", "provisional", "bye", "final", "earlier",
    };
    return kind < SIPDIAG_EVIDENCE_COUNT ? names[kind] : NULL;
}

const char *
sipdiag_credentials_name(unsigned credentials)
{
    static const char *const names[] = {
        NULL, "Authorization", "Proxy-Authorization", "Authorization, Proxy-Authorization",
    };
    return credentials < G_N_ELEMENTS(names) ? names[credentials] : NULL;
}

/* Appends what one {slot} stands for; false when the evidence lacks it. */
static bool
fill_slot(GString *out, const char *slot, size_t len, const sipdiag_evidence_t *evidence)
{
    for (unsigned kind = 0; kind < SIPDIAG_EVIDENCE_COUNT; kind++) {
        const char *name = sipdiag_evidence_name(kind);
        if (sipdiag_slot_is(slot, len, name)) {
            if (evidence->frames[kind] == 0)
                return false;
            g_string_append_printf(out, "%u", evidence->frames[kind]);
            return true;
        }
    }
    const char *text = NULL;
    if (sipdiag_slot_is(slot, len, "credentials"))
        text = sipdiag_credentials_name(evidence->credentials);
    else if (sipdiag_slot_is(slot, len, "realm"))
        text = evidence->realm != NULL ? evidence->realm : "?"; /* any language */
    if (text == NULL)
        return false;
    g_string_append(out, text);
    return true;
}

char *
sipdiag_rule_evidence_text(const sipdiag_rule_t *rule, sipdiag_lang_t lang,
                           const sipdiag_evidence_t *evidence)
{
    const char *template = sipdiag_rule_texts(rule, lang)->evidence;
    if (template == NULL || template[0] == '\0')
        return NULL;
    GString *out = g_string_new(NULL);
    for (const char *p = template; *p != '\0';) {
        const char *open = strchr(p, '{');
        const char *close = open != NULL ? strchr(open, '}') : NULL;
        if (close == NULL) {
            g_string_append(out, p);
            break;
        }
        g_string_append_len(out, p, open - p);
        if (!fill_slot(out, open + 1, (size_t)(close - open - 1), evidence)) {
            g_string_free(out, TRUE);
            return NULL;
        }
        p = close + 1;
    }
    return g_string_free(out, FALSE);
}

const sipdiag_rule_t *
sipdiag_judge(unsigned code, const char *method, unsigned facts)
{
    return sipdiag_judge_known(code, method, facts, ~0u);
}

const sipdiag_rule_t *
sipdiag_judge_known(unsigned code, const char *method, unsigned facts, unsigned known)
{
    for (unsigned i = 0; i < sipdiag_rule_count; i++) {
        const sipdiag_rule_t *rule = &sipdiag_rules[i];
        if (code != rule->code || ((rule->require | rule->forbid) & ~known) != 0)
            continue;
        if (rule->methods != NULL && (method == NULL || !method_listed(rule->methods, method)))
            continue;
        if ((facts & rule->require) != rule->require || (facts & rule->forbid) != 0)
            continue;
        return rule;
    }
    return NULL;
}

sipdiag_severity_t
sipdiag_class_severity(unsigned code)
{
    /* Indexed by class; an invalid code (class 0 or 7+) is a warning. */
    static const sipdiag_severity_t of_class[] = {
        SIPDIAG_SEVERITY_WARN, SIPDIAG_SEVERITY_CHAT, SIPDIAG_SEVERITY_CHAT,
        SIPDIAG_SEVERITY_NOTE, SIPDIAG_SEVERITY_WARN, SIPDIAG_SEVERITY_ERROR,
        SIPDIAG_SEVERITY_ERROR,
    };
    unsigned klass = code / 100;
    return klass < sizeof of_class / sizeof of_class[0] ? of_class[klass] : SIPDIAG_SEVERITY_WARN;
}
