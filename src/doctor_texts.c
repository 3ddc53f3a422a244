/* doctor_texts.c - what the call doctor says of each detection kind, one
 * reviewed row per kind: its summary (with the RFC 3261 timer named), the
 * wording when the capture ends before the timer decides, and the fix,
 * in English, French and Spanish.  Slots in braces are filled by
 * sipdiag_detection_summary() through sipdiag_fill_slots().
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "doctor.h"
#include "texts.h" /* sipdiag_fill_slots */

#include <glib.h>
#include <string.h>

#define T(summary, early, fix) { summary, early, fix }

const sipdiag_detection_rule_t sipdiag_detection_rules[SIPDIAG_DETECT_COUNT] = {
    { SIPDIAG_DETECT_RETRANSMISSIONS, "retransmissions",
      "RFC 3261 §17.1.1.2 (Timer A), §17.1.2.2 (Timer E)",
      { T("{method} sent {count} times over {span} s to {peer} before frame {partner} "
          "answered it ({timer} retransmissions)",
          NULL,
          "A retransmission or two is packet loss or a slow next hop; more mean the answers do "
          "not come back the way the requests went. Check the request's Via (sent-by and "
          "rport) against where the responses are sent, UDP loss or IP fragmentation of large "
          "INVITEs (over about 1300 bytes, use TCP), and the next hop's load: a 100 Trying "
          "should come back within 200 ms."),
        T("{method} envoyé {count} fois en {span} s à {peer} avant que la trame {partner} y "
          "réponde (retransmissions du {timer})",
          NULL,
          "Une ou deux retransmissions, c'est une perte de paquet ou un saut suivant lent ; "
          "au-delà, les réponses ne reviennent pas par où sont partis les requêtes. Comparez le "
          "Via de la requête (sent-by et rport) avec l'adresse où partent les réponses, "
          "cherchez des pertes UDP ou une fragmentation IP des gros INVITE (au-delà d'environ "
          "1300 octets, passez en TCP), et la charge du saut suivant : un 100 Trying doit "
          "revenir en moins de 200 ms."),
        T("{method} enviado {count} veces en {span} s a {peer} antes de que la trama {partner} "
          "lo respondiera (retransmisiones del {timer})",
          NULL,
          "Una o dos retransmisiones son pérdida de paquetes o un siguiente salto lento; más "
          "indican que las respuestas no vuelven por donde salieron las solicitudes. Compara el "
          "Via de la solicitud (sent-by y rport) con la dirección a la que se envían las "
          "respuestas, busca pérdidas UDP o fragmentación IP de INVITE grandes (por encima de "
          "unos 1300 bytes, usa TCP) y la carga del siguiente salto: un 100 Trying debería "
          "volver en menos de 200 ms.") } },
    { SIPDIAG_DETECT_OK_RETRANSMISSIONS, "ok-retransmissions", "RFC 3261 §13.3.1.4",
      { T("{code} to INVITE sent {count} times over {span} s to {peer} before its ACK arrived "
          "in frame {partner} (the UAS resends it from T1 on until the ACK, for up to 64*T1)",
          NULL,
          "The ACK came late: each retransmission means the UAS waited T1, then twice that, "
          "without it. The ACK of a 2xx follows the 2xx's Contact and the Record-Route set, "
          "not the INVITE's path: look for loss or delay on that path and for a UAC slow to "
          "acknowledge."),
        T("{code} à l'INVITE envoyé {count} fois en {span} s à {peer} avant que son ACK arrive "
          "à la trame {partner} (l'UAS le renvoie dès T1 jusqu'à l'ACK, pendant 64*T1 au plus)",
          NULL,
          "L'ACK est arrivé en retard : chaque retransmission signifie que l'UAS a attendu T1, "
          "puis le double, sans le recevoir. L'ACK d'un 2xx suit le Contact du 2xx et le "
          "Record-Route, pas le chemin de l'INVITE : cherchez des pertes ou des délais sur ce "
          "chemin et un UAC lent à acquitter."),
        T("{code} al INVITE enviado {count} veces en {span} s a {peer} antes de que su ACK "
          "llegara en la trama {partner} (el UAS lo reenvía desde T1 hasta el ACK, durante "
          "64*T1 como máximo)",
          NULL,
          "El ACK llegó tarde: cada retransmisión significa que el UAS esperó T1, luego el "
          "doble, sin recibirlo. El ACK de un 2xx sigue el Contact del 2xx y el Record-Route, "
          "no el camino del INVITE: busca pérdidas o retardos en ese camino y un UAC lento en "
          "confirmar.") } },
    { SIPDIAG_DETECT_NO_ACK, "no-ack", "RFC 3261 §13.3.1.4, §13.2.2.4",
      { T("{code} to INVITE sent {count} times over {span} s to {peer}, no ACK reached "
          "{sender}: the UAS ends the call after 64*T1 (32 s)",
          "{code} to INVITE sent {count} times over {span} s to {peer} without an ACK, but the "
          "capture ends {elapsed} s after it, before 64*T1 (32 s)",
          "Check the Contact of the 2xx and the Record-Route: the ACK goes there, not to where "
          "the INVITE came from. A private address in the Contact (a UAS behind NAT without "
          "its external address configured), a SIP ALG rewriting it, a Record-Route with an "
          "internal interface's address, or a TCP or TLS connection closed before the ACK "
          "lose the ACK. On the edge proxy, record-route with an address the UAC can reach "
          "and fix NATed Contacts (Kamailio fix_nated_contact or set_contact_alias; "
          "Asterisk external_signaling_address and local_net)."),
        T("{code} à l'INVITE envoyé {count} fois en {span} s à {peer}, aucun ACK n'a atteint "
          "{sender} : l'UAS met fin à l'appel après 64*T1 (32 s)",
          "{code} à l'INVITE envoyé {count} fois en {span} s à {peer} sans ACK, mais la capture "
          "s'arrête {elapsed} s après, avant 64*T1 (32 s)",
          "Vérifiez le Contact du 2xx et le Record-Route : l'ACK part là, pas vers l'origine de "
          "l'INVITE. Une adresse privée dans le Contact (un UAS derrière du NAT sans son "
          "adresse externe configurée), un ALG SIP qui la réécrit, un Record-Route portant "
          "l'adresse d'une interface interne, ou une connexion TCP ou TLS fermée avant l'ACK "
          "font perdre l'ACK. Sur le proxy de bordure, faites le record-route avec une adresse "
          "joignable par l'UAC et corrigez les Contact derrière NAT (Kamailio "
          "fix_nated_contact ou set_contact_alias ; Asterisk external_signaling_address et "
          "local_net)."),
        T("{code} al INVITE enviado {count} veces en {span} s a {peer}, ningún ACK llegó a "
          "{sender}: el UAS termina la llamada tras 64*T1 (32 s)",
          "{code} al INVITE enviado {count} veces en {span} s a {peer} sin ACK, pero la captura "
          "termina {elapsed} s después, antes de 64*T1 (32 s)",
          "Revisa el Contact del 2xx y el Record-Route: el ACK va ahí, no al origen del "
          "INVITE. Una dirección privada en el Contact (un UAS detrás de NAT sin su dirección "
          "externa configurada), un ALG SIP que la reescribe, un Record-Route con la dirección "
          "de una interfaz interna o una conexión TCP o TLS cerrada antes del ACK hacen que "
          "el ACK se pierda. En el proxy de borde, haz record-route con una dirección que el "
          "UAC alcance y corrige los Contact tras NAT (Kamailio fix_nated_contact o "
          "set_contact_alias; Asterisk external_signaling_address y local_net).") } },
    { SIPDIAG_DETECT_NO_RESPONSE, "no-response", "RFC 3261 §17.1.1.2 (Timer B), §17.1.2.2 (Timer F)",
      { T("{method} sent {count} times over {span} s, no answer from {peer}: {timer} "
          "expired, the client transaction gave up",
          "{method} sent {count} times over {span} s with no answer from {peer}, but the "
          "capture ends {elapsed} s after it, before {timer} (32 s)",
          "Nothing came back, not even 100 Trying: check that the destination is the right "
          "address, port and transport (DNS SRV/NAPTR result, outbound proxy setting, UDP "
          "versus TCP), that no firewall, security group or SIP ALG drops the packets, and "
          "that the far end does not answer to an address this side cannot receive on (Via "
          "sent-by behind NAT: use rport). The far end may be down, or blocking the source "
          "(fail2ban, pike module, rate limits)."),
        T("{method} envoyé {count} fois en {span} s, aucune réponse de {peer} : le {timer} a "
          "expiré, la transaction cliente a abandonné",
          "{method} envoyé {count} fois en {span} s sans réponse de {peer}, mais la capture "
          "s'arrête {elapsed} s après, avant le {timer} (32 s)",
          "Rien n'est revenu, pas même un 100 Trying : vérifiez que la destination est la bonne "
          "adresse, le bon port et le bon transport (résultat DNS SRV/NAPTR, proxy sortant "
          "configuré, UDP ou TCP), qu'aucun pare-feu, groupe de sécurité ou ALG SIP ne jette "
          "les paquets, et que l'autre bout ne répond pas vers une adresse où ce côté ne peut "
          "pas recevoir (sent-by du Via derrière du NAT : utilisez rport). L'autre bout peut "
          "être arrêté, ou bloquer la source (fail2ban, module pike, limites de débit)."),
        T("{method} enviado {count} veces en {span} s, ninguna respuesta de {peer}: el {timer} "
          "expiró, la transacción cliente se rindió",
          "{method} enviado {count} veces en {span} s sin respuesta de {peer}, pero la captura "
          "termina {elapsed} s después, antes del {timer} (32 s)",
          "No volvió nada, ni siquiera un 100 Trying: comprueba que el destino es la dirección, "
          "el puerto y el transporte correctos (resultado DNS SRV/NAPTR, proxy de salida "
          "configurado, UDP o TCP), que ningún firewall, grupo de seguridad o ALG SIP descarta "
          "los paquetes, y que el otro extremo no responde a una dirección en la que este lado "
          "no puede recibir (sent-by del Via tras NAT: usa rport). El otro extremo puede estar "
          "caído o bloqueando el origen (fail2ban, módulo pike, límites de tasa).") } },
    { SIPDIAG_DETECT_NO_FINAL, "no-final", "RFC 3261 §16.6 step 11, §16.7 step 2 (Timer C)",
      { T("INVITE to {peer} got {code}, then no final response for {elapsed} s: longer than "
          "a proxy's Timer C (over 3 min)",
          "INVITE to {peer} got {code} and no final response yet: the capture ends {elapsed} s "
          "after it, before Timer C (3 min)",
          "The next hop took the INVITE and never concluded. After 180 or 183, nobody answered "
          "and no no-answer timeout is set: set one on the PBX or proxy (Kamailio "
          "fr_inv_timer, Asterisk Dial() timeout). After a 100 Trying alone, the element "
          "behind it is stuck or lost its own INVITE to the next hop: follow this Call-ID in "
          "that element's log and check its outbound route."),
        T("l'INVITE vers {peer} a reçu {code}, puis aucune réponse finale pendant {elapsed} s : "
          "plus que le Timer C d'un proxy (plus de 3 min)",
          "l'INVITE vers {peer} a reçu {code} et pas encore de réponse finale : la capture "
          "s'arrête {elapsed} s après, avant le Timer C (3 min)",
          "Le saut suivant a pris l'INVITE et n'a jamais conclu. Après un 180 ou un 183, "
          "personne n'a décroché et aucune temporisation de non-réponse n'est réglée : "
          "réglez-en une sur le PBX ou le proxy (Kamailio fr_inv_timer, délai de Dial() dans "
          "Asterisk). Après un 100 Trying seul, l'élément derrière est bloqué ou a perdu son "
          "propre INVITE vers le saut suivant : suivez ce Call-ID dans les journaux de cet "
          "élément et vérifiez sa route sortante."),
        T("el INVITE a {peer} recibió {code} y luego ninguna respuesta final durante {elapsed} "
          "s: más que el Timer C de un proxy (más de 3 min)",
          "el INVITE a {peer} recibió {code} y aún ninguna respuesta final: la captura termina "
          "{elapsed} s después, antes del Timer C (3 min)",
          "El siguiente salto aceptó el INVITE y nunca concluyó. Tras un 180 o un 183, nadie "
          "contestó y no hay temporizador de no respuesta: configura uno en la PBX o el proxy "
          "(Kamailio fr_inv_timer, tiempo de Dial() en Asterisk). Tras un 100 Trying solo, el "
          "elemento de detrás está bloqueado o perdió su propio INVITE al siguiente salto: "
          "sigue este Call-ID en el log de ese elemento y revisa su ruta de salida.") } },
    { SIPDIAG_DETECT_BYE_UNANSWERED, "bye-unanswered", "RFC 3261 §15.1.1, §17.1.2.2 (Timer F)",
      { T("BYE sent {count} times over {span} s, no answer from {peer}: Timer F expired; the "
          "caller side counts the call as ended, the far end may not",
          "BYE sent {count} times over {span} s with no answer from {peer}, but the capture "
          "ends {elapsed} s after it, before Timer F (32 s)",
          "The BYE goes to the dialog's remote target (the peer's Contact) through its "
          "Record-Route set: a private or stale Contact, a proxy that did not record-route "
          "where a NAT or firewall only lets the proxy through, or a far end that has already "
          "dropped the dialog leave it unanswered. The far end may keep the call, and its "
          "billing, up until a session timer or an RTP timeout ends it: check the Contact and "
          "Record-Route of the dialog's INVITE and 2xx."),
        T("BYE envoyé {count} fois en {span} s, aucune réponse de {peer} : le Timer F a expiré ; "
          "ce côté tient l'appel pour terminé, l'autre bout peut-être pas",
          "BYE envoyé {count} fois en {span} s sans réponse de {peer}, mais la capture s'arrête "
          "{elapsed} s après, avant le Timer F (32 s)",
          "Le BYE part vers la cible distante du dialogue (le Contact de l'autre bout) par son "
          "Record-Route : un Contact privé ou périmé, un proxy qui n'a pas fait de record-route "
          "alors qu'un NAT ou un pare-feu ne laisse passer que lui, ou un autre bout qui a déjà "
          "oublié le dialogue le laissent sans réponse. L'autre bout peut garder l'appel, et sa "
          "facturation, jusqu'à ce qu'un session timer ou une absence de RTP le coupe : "
          "vérifiez le Contact et le Record-Route de l'INVITE et du 2xx du dialogue."),
        T("BYE enviado {count} veces en {span} s, ninguna respuesta de {peer}: el Timer F "
          "expiró; este lado da la llamada por terminada, el otro extremo quizá no",
          "BYE enviado {count} veces en {span} s sin respuesta de {peer}, pero la captura "
          "termina {elapsed} s después, antes del Timer F (32 s)",
          "El BYE va al destino remoto del diálogo (el Contact del otro extremo) a través de su "
          "Record-Route: un Contact privado u obsoleto, un proxy que no hizo record-route "
          "cuando un NAT o firewall solo le deja pasar a él, o un otro extremo que ya olvidó el "
          "diálogo lo dejan sin respuesta. El otro extremo puede mantener la llamada, y su "
          "tarificación, hasta que un session timer o la falta de RTP la corten: revisa el "
          "Contact y el Record-Route del INVITE y del 2xx del diálogo.") } },
    { SIPDIAG_DETECT_CANCEL_UNANSWERED, "cancel-unanswered", "RFC 3261 §9.1, §17.1.2.2 (Timer F)",
      { T("CANCEL sent {count} times over {span} s, no answer from {peer}: Timer F expired; "
          "the INVITE it cancels may still ring and be answered",
          "CANCEL sent {count} times over {span} s with no answer from {peer}, but the capture "
          "ends {elapsed} s after it, before Timer F (32 s)",
          "A CANCEL must go to the same address, port and transport as its INVITE, with the "
          "same top Via branch (RFC 3261 §9.1): check that it does (an SBC or ALG that "
          "rewrites the INVITE's Via but not the CANCEL's breaks the match) and that the "
          "element that took the INVITE is still up. Until the CANCEL is answered the far "
          "end keeps ringing."),
        T("CANCEL envoyé {count} fois en {span} s, aucune réponse de {peer} : le Timer F a "
          "expiré ; l'INVITE qu'il annule peut encore sonner et être décroché",
          "CANCEL envoyé {count} fois en {span} s sans réponse de {peer}, mais la capture "
          "s'arrête {elapsed} s après, avant le Timer F (32 s)",
          "Un CANCEL doit partir vers la même adresse, le même port et le même transport que "
          "son INVITE, avec la même branch dans le premier Via (RFC 3261 §9.1) : vérifiez-le "
          "(un SBC ou un ALG qui réécrit le Via de l'INVITE mais pas celui du CANCEL casse la "
          "correspondance) et que l'élément qui a pris l'INVITE répond encore. Tant que le "
          "CANCEL n'a pas de réponse, l'autre bout continue de sonner."),
        T("CANCEL enviado {count} veces en {span} s, ninguna respuesta de {peer}: el Timer F "
          "expiró; el INVITE que cancela puede seguir sonando y ser contestado",
          "CANCEL enviado {count} veces en {span} s sin respuesta de {peer}, pero la captura "
          "termina {elapsed} s después, antes del Timer F (32 s)",
          "Un CANCEL debe ir a la misma dirección, puerto y transporte que su INVITE, con la "
          "misma branch en el primer Via (RFC 3261 §9.1): compruébalo (un SBC o ALG que "
          "reescribe el Via del INVITE pero no el del CANCEL rompe la correspondencia) y que "
          "el elemento que tomó el INVITE sigue en pie. Mientras el CANCEL no tenga respuesta, "
          "el otro extremo sigue sonando.") } },
    { SIPDIAG_DETECT_REFRESH_FAILED, "refresh-failed",
      "RFC 4028 §10, RFC 3261 §12.2.1.2, §14.1",
      { T("BYE after the session refresh failed: {method} in the dialog (frame {first}), "
          "{answer}, {elapsed} s before this BYE",
          NULL,
          "A 481 or 408 to a re-INVITE or UPDATE means the element that answered no longer "
          "knows the dialog, and the refresher then ends the call (RFC 4028 §10): find which "
          "element sent the failure (its Server header, its log for this Call-ID). Usual "
          "causes: a proxy, SBC or PBX restarted or failed over and lost its dialog state; a "
          "B2BUA whose own dialog timer (Asterisk session-timers, Kamailio dialog "
          "default_timeout) ended the call earlier; a refresh sent to a stale Contact or "
          "without the dialog's Route set, so it reached an element that never saw the call. "
          "No answer at all: the Contact of the 2xx or the Record-Route is unreachable (NAT, "
          "private address). Another failure code (488, 500, 503): the session goes on by the "
          "RFC (§14.1); the UA chose to hang up, so fix what the code says."),
        T("BYE après l'échec du rafraîchissement de session : {method} dans le dialogue "
          "(trame {first}), {answer}, {elapsed} s avant ce BYE",
          NULL,
          "Un 481 ou un 408 à un re-INVITE ou à un UPDATE veut dire que l'élément qui a "
          "répondu ne connaît plus le dialogue, et le rafraîchisseur termine alors l'appel "
          "(RFC 4028 §10) : trouvez quel élément a envoyé l'échec (son en-tête Server, ses "
          "journaux pour ce Call-ID). Causes habituelles : un proxy, un SBC ou un PBX "
          "redémarré ou basculé qui a perdu l'état de ses dialogues ; un B2BUA dont la "
          "temporisation de dialogue (session-timers d'Asterisk, default_timeout du module "
          "dialog de Kamailio) a déjà terminé l'appel ; un rafraîchissement envoyé vers un "
          "Contact périmé ou sans le Route du dialogue, qui arrive chez un élément qui n'a "
          "jamais vu l'appel. Aucune réponse : le Contact du 2xx ou le Record-Route est "
          "injoignable (NAT, adresse privée). Un autre code (488, 500, 503) : la session "
          "continue selon la RFC (§14.1) ; l'UA a choisi de raccrocher, corrigez ce que dit "
          "le code."),
        T("BYE tras fallar el refresco de sesión: {method} en el diálogo (trama {first}), "
          "{answer}, {elapsed} s antes de este BYE",
          NULL,
          "Un 481 o un 408 a un re-INVITE o a un UPDATE significa que el elemento que "
          "respondió ya no conoce el diálogo, y el que refresca termina la llamada (RFC 4028 "
          "§10): busca qué elemento envió el fallo (su cabecera Server, su log para este "
          "Call-ID). Causas habituales: un proxy, SBC o PBX reiniciado o conmutado que perdió "
          "el estado de sus diálogos; un B2BUA cuyo temporizador de diálogo (session-timers "
          "de Asterisk, default_timeout del módulo dialog de Kamailio) ya terminó la llamada; "
          "un refresco enviado a un Contact obsoleto o sin el Route del diálogo, que llega a "
          "un elemento que nunca vio la llamada. Sin respuesta: el Contact del 2xx o el "
          "Record-Route no es alcanzable (NAT, dirección privada). Otro código (488, 500, "
          "503): según la RFC la sesión sigue (§14.1); el UA decidió colgar, corrige lo que "
          "dice el código.") } },
    { SIPDIAG_DETECT_BYE_AT_SESSION_EXPIRY, "bye-at-session-expiry", "RFC 4028 §7.2, §9, §10",
      { T("BYE from {sender} {elapsed} s after the 2xx in frame {first} granted "
          "Session-Expires {interval} s, with no refresh in between: likely the session timer "
          "expired",
          NULL,
          "The refresher (the refresher parameter of Session-Expires in that 2xx: uac is the "
          "caller, uas the callee) should have sent a re-INVITE or UPDATE after half the "
          "interval (RFC 4028 §7.2, §9); without one, the other side ends the call min(32 s, "
          "interval/3) before expiry (§10). Check that the refresher supports and runs "
          "session timers (Supported: timer; Asterisk timers=originate, Kamailio "
          "sst module), that its refresh is not stuck behind NAT or a firewall (a refresh "
          "that never shows here was never sent, or left by another path), and that both "
          "sides agree who refreshes: a B2BUA that rewrites Session-Expires may leave nobody "
          "refreshing."),
        T("BYE de {sender} {elapsed} s après que le 2xx de la trame {first} a accordé "
          "Session-Expires {interval} s, sans rafraîchissement entre les deux : le session "
          "timer a probablement expiré",
          NULL,
          "Le rafraîchisseur (paramètre refresher de Session-Expires dans ce 2xx : uac pour "
          "l'appelant, uas pour l'appelé) devait envoyer un re-INVITE ou un UPDATE à la "
          "moitié de l'intervalle (RFC 4028 §7.2, §9) ; sans lui, l'autre côté termine "
          "l'appel min(32 s, intervalle/3) avant l'expiration (§10). Vérifiez que le "
          "rafraîchisseur gère et applique les session timers (Supported: timer ; Asterisk "
          "timers=originate, module sst de Kamailio), que son rafraîchissement n'est pas "
          "bloqué par un NAT ou un pare-feu (un rafraîchissement absent ici n'est pas parti, "
          "ou est passé par un autre chemin), et que les deux côtés s'accordent sur qui "
          "rafraîchit : un B2BUA qui réécrit Session-Expires peut ne laisser personne le "
          "faire."),
        T("BYE de {sender} {elapsed} s después de que el 2xx de la trama {first} concediera "
          "Session-Expires {interval} s, sin refresco entre medias: probablemente expiró el "
          "session timer",
          NULL,
          "El que refresca (parámetro refresher de Session-Expires en ese 2xx: uac es quien "
          "llama, uas el llamado) debía enviar un re-INVITE o un UPDATE a mitad del intervalo "
          "(RFC 4028 §7.2, §9); sin él, el otro lado termina la llamada min(32 s, "
          "intervalo/3) antes de la expiración (§10). Comprueba que el que refresca soporta y "
          "aplica session timers (Supported: timer; Asterisk timers=originate, módulo sst de "
          "Kamailio), que su refresco no queda bloqueado por NAT o un firewall (un refresco "
          "que no aparece aquí no salió, o fue por otro camino), y que ambos lados coinciden "
          "en quién refresca: un B2BUA que reescribe Session-Expires puede dejar a nadie "
          "refrescando.") } },
    { SIPDIAG_DETECT_BYE_AT_64T1, "bye-at-64t1", "RFC 3261 §13.3.1.4, §17.1.1.2",
      { T("BYE from {sender} {elapsed} s after its {code} to INVITE (frame {first}), no ACK "
          "for that {code} in the capture: likely the ACK never reached it and it gave up "
          "after 64*T1 (32 s)",
          NULL,
          "The UAS ends a call whose 2xx is not acknowledged within 64*T1 (RFC 3261 "
          "§13.3.1.4); over TCP or TLS it does not retransmit the 2xx, so this BYE is the "
          "only trace. The ACK goes to the 2xx's Contact through the Record-Route set: check "
          "that the Contact is reachable from the caller (a private address behind NAT, a SIP "
          "ALG rewriting it), that every proxy that must stay in the path record-routes with "
          "an address the caller can reach, and that the connection the 2xx came on is still "
          "open for the ACK (TCP connection reuse, an idle timeout on a firewall or load "
          "balancer). Capture on the UAS side to see whether an ACK arrives at all."),
        T("BYE de {sender} {elapsed} s après son {code} à l'INVITE (trame {first}), aucun ACK "
          "pour ce {code} dans la capture : l'ACK ne lui est probablement jamais parvenu et "
          "il a abandonné après 64*T1 (32 s)",
          NULL,
          "L'UAS termine un appel dont le 2xx n'est pas acquitté dans les 64*T1 (RFC 3261 "
          "§13.3.1.4) ; en TCP ou TLS il ne retransmet pas le 2xx, ce BYE est donc la seule "
          "trace. L'ACK part vers le Contact du 2xx par le Record-Route : vérifiez que ce "
          "Contact est joignable par l'appelant (adresse privée derrière un NAT, ALG SIP qui "
          "le réécrit), que chaque proxy qui doit rester dans le chemin fait du record-route "
          "avec une adresse que l'appelant atteint, et que la connexion par laquelle est venu "
          "le 2xx est encore ouverte pour l'ACK (réutilisation des connexions TCP, délai "
          "d'inactivité d'un pare-feu ou d'un répartiteur de charge). Capturez côté UAS pour "
          "voir si un ACK arrive."),
        T("BYE de {sender} {elapsed} s después de su {code} al INVITE (trama {first}), ningún "
          "ACK para ese {code} en la captura: probablemente el ACK nunca le llegó y se rindió "
          "tras 64*T1 (32 s)",
          NULL,
          "El UAS termina una llamada cuyo 2xx no recibe ACK en 64*T1 (RFC 3261 §13.3.1.4); "
          "en TCP o TLS no retransmite el 2xx, así que este BYE es la única huella. El ACK va "
          "al Contact del 2xx a través del Record-Route: comprueba que ese Contact es "
          "alcanzable desde quien llama (una dirección privada tras NAT, un ALG SIP que la "
          "reescribe), que cada proxy que debe seguir en el camino hace record-route con una "
          "dirección que quien llama alcanza, y que la conexión por la que llegó el 2xx sigue "
          "abierta para el ACK (reutilización de conexiones TCP, tiempo de inactividad de un "
          "firewall o balanceador). Captura en el lado del UAS para ver si llega algún ACK.") } },
};

const char *
sipdiag_detection_key(sipdiag_detection_kind_t kind)
{
    return (unsigned)kind < SIPDIAG_DETECT_COUNT ? sipdiag_detection_rules[kind].key : NULL;
}

const char *
sipdiag_outcome_key(sipdiag_outcome_t outcome)
{
    static const char *const keys[SIPDIAG_OUTCOME_COUNT] = {
        "not-a-call", "joined", "joined-ended", "in-progress", "established", "ended",
        "failed", "cancelled", "unreachable", "no-answer", "torn-down-no-ack",
        "torn-down-refresh-failed", "torn-down-cause",
    };
    return (unsigned)outcome < SIPDIAG_OUTCOME_COUNT ? keys[outcome] : NULL;
}

const sipdiag_detection_texts_t *
sipdiag_detection_texts(sipdiag_detection_kind_t kind, sipdiag_lang_t lang)
{
    if ((unsigned)kind >= SIPDIAG_DETECT_COUNT)
        return NULL;
    unsigned i = lang == SIPDIAG_LANG_FR ? 1 : lang == SIPDIAG_LANG_ES ? 2 : 0;
    return &sipdiag_detection_rules[kind].texts[i];
}

void
sipdiag_seconds_text(char *out, size_t size, double seconds, sipdiag_lang_t lang)
{
    g_snprintf(out, size, "%.1f", seconds < 0 ? 0.0 : seconds);
    if (lang == SIPDIAG_LANG_FR || lang == SIPDIAG_LANG_ES) {
        char *dot = strchr(out, '.');
        if (dot != NULL)
            *dot = ',';
    }
}

static void
append_seconds(GString *out, double seconds, sipdiag_lang_t lang)
{
    char text[32];
    sipdiag_seconds_text(text, sizeof text, seconds, lang);
    g_string_append(out, text);
}

static void
append_address(GString *out, const char *address, sipdiag_lang_t lang)
{
    if (address != NULL)
        g_string_append(out, address);
    else
        g_string_append(out, lang == SIPDIAG_LANG_FR   ? "une adresse inconnue"
                             : lang == SIPDIAG_LANG_ES ? "una dirección desconocida"
                                                       : "an unknown address");
}

/* A refresh's fate: "481 in frame 6", or no answer to its transmissions. */
static void
append_answer(GString *out, const sipdiag_detection_t *d, sipdiag_lang_t lang)
{
    if (d->code != 0)
        g_string_append_printf(out, lang == SIPDIAG_LANG_FR   ? "réponse %u en trame %u"
                                    : lang == SIPDIAG_LANG_ES ? "respuesta %u en la trama %u"
                                                              : "answered %u in frame %u",
                               d->code, d->partner);
    else
        g_string_append_printf(out, lang == SIPDIAG_LANG_FR   ? "aucune réponse en %u envois"
                                    : lang == SIPDIAG_LANG_ES ? "ninguna respuesta en %u envíos"
                                                              : "no answer to %u transmissions",
                               d->count);
}

typedef struct {
    const sipdiag_detection_t *detection;
    sipdiag_lang_t lang;
} slots_t;

static bool
fill_slot(GString *out, const char *slot, size_t len, const void *data)
{
    const sipdiag_detection_t *d = ((const slots_t *)data)->detection;
    sipdiag_lang_t lang = ((const slots_t *)data)->lang;
#define IS(name) sipdiag_slot_is(slot, len, name)
    if (IS("method"))
        g_string_append(out, d->method != NULL ? d->method : "?");
    else if (IS("code"))
        g_string_append_printf(out, "%u", d->code);
    else if (IS("count"))
        g_string_append_printf(out, "%u", d->count);
    else if (IS("span"))
        append_seconds(out, d->span, lang);
    else if (IS("elapsed"))
        append_seconds(out, d->elapsed, lang);
    else if (IS("peer"))
        append_address(out, d->peer, lang);
    else if (IS("sender"))
        append_address(out, d->sender, lang);
    else if (IS("timer"))
        g_string_append(out, d->timer != NULL ? d->timer : "64*T1");
    else if (IS("first"))
        g_string_append_printf(out, "%u", d->first);
    else if (IS("last"))
        g_string_append_printf(out, "%u", d->last);
    else if (IS("partner"))
        g_string_append_printf(out, "%u", d->partner);
    else if (IS("interval"))
        g_string_append_printf(out, "%u", d->interval);
    else if (IS("answer"))
        append_answer(out, d, lang);
    else
        return false;
#undef IS
    return true;
}

char *
sipdiag_detection_summary(const sipdiag_detection_t *d, sipdiag_lang_t lang)
{
    const sipdiag_detection_texts_t *texts = sipdiag_detection_texts(d->kind, lang);
    if (texts == NULL)
        return NULL;
    const char *template = !d->certain && texts->early != NULL ? texts->early : texts->summary;
    slots_t slots = { d, lang };
    return sipdiag_fill_slots(template, fill_slot, &slots);
}
