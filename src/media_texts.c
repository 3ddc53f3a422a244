/* media_texts.c - what the media checks say, one reviewed row per case:
 * the summary (slots in braces, filled by sipdiag_media_summary()) and the
 * fix, in English, French and Spanish, with the RFC sections that decide.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "media.h"
#include "texts.h"

#include <glib.h>
#include <string.h>

#define T(summary, fix) { summary, fix }

const sipdiag_media_rule_t sipdiag_media_rules[SIPDIAG_MEDIA_CASE_COUNT] = {
    { SIPDIAG_MEDIA_ALL_REJECTED, SIPDIAG_MEDIA_NO_COMMON_CODEC,
      "RFC 3264 §6 (port 0 rejects a stream), §6.1",
      { T("The SDP answer in frame {answer} rejects every stream of the offer in frame {offer} "
          "(port 0): no media will flow; the offer's {media} had {offered}",
          "The answerer found nothing it can use in the offer. Compare the offer's m= lines "
          "with the codecs enabled on the answering side (Asterisk allow/disallow on the "
          "endpoint, FreeSWITCH codec-prefs, the SBC's codec policy or transcoding profile) "
          "and its transport: an RTP/SAVP (SRTP) offer to a side that only does RTP/AVP, or "
          "the reverse, is rejected the same way. Enable one codec both sides share, usually "
          "PCMA or PCMU, or transcode on the SBC."),
        T("La réponse SDP de la trame {answer} rejette tous les flux de l'offre de la trame "
          "{offer} (port 0) : aucun média ne passera ; l'offre proposait en {media} {offered}",
          "Le répondeur n'a rien trouvé d'utilisable dans l'offre. Comparez les lignes m= de "
          "l'offre aux codecs activés côté répondeur (allow/disallow de l'endpoint Asterisk, "
          "codec-prefs de FreeSWITCH, politique de codecs ou profil de transcodage du SBC) et "
          "son transport : une offre RTP/SAVP (SRTP) vers un côté qui ne fait que du RTP/AVP, "
          "ou l'inverse, est rejetée de la même façon. Activez un codec commun aux deux côtés, "
          "en général PCMA ou PCMU, ou transcodez sur le SBC."),
        T("La respuesta SDP de la trama {answer} rechaza todos los flujos de la oferta de la "
          "trama {offer} (puerto 0): no pasará ningún medio; la oferta proponía en {media} "
          "{offered}",
          "El que responde no encontró nada utilizable en la oferta. Compara las líneas m= de "
          "la oferta con los códecs habilitados en ese lado (allow/disallow del endpoint de "
          "Asterisk, codec-prefs de FreeSWITCH, la política de códecs o el perfil de "
          "transcodificación del SBC) y su transporte: una oferta RTP/SAVP (SRTP) hacia un "
          "lado que solo hace RTP/AVP, o al revés, se rechaza igual. Habilita un códec común "
          "a ambos lados, normalmente PCMA o PCMU, o transcodifica en el SBC.") } },
    { SIPDIAG_MEDIA_DISJOINT, SIPDIAG_MEDIA_NO_COMMON_CODEC,
      "RFC 3264 §6.1 (an accepted stream lists at least one of the offer's formats), "
      "RFC 3551 §6 (static payload types)",
      { T("The {media} stream (m= line {stream}) of the answer in frame {answer} accepts "
          "{answered}, none of the offer's in frame {offer} ({offered}): the two sides share no "
          "codec",
          "The answer must pick at least one format from the offer; this one did not, so the "
          "call may connect with silence or be torn down when the first RTP arrives. Codecs "
          "are compared by rtpmap name and clock rate (payload type numbers may differ). "
          "Look for an SBC or B2BUA that rewrote the offer on the other leg (the answer "
          "then matches what it sent there, not this offer), and align the codec lists of "
          "both ends, or let the SBC transcode."),
        T("Le flux {media} (ligne m= {stream}) de la réponse de la trame {answer} accepte "
          "{answered}, aucun de ceux de l'offre de la trame {offer} ({offered}) : les deux "
          "côtés n'ont aucun codec commun",
          "La réponse doit choisir au moins un format de l'offre ; celle-ci ne l'a pas fait, "
          "l'appel peut donc s'établir sans son ou être coupé au premier RTP. Les codecs sont "
          "comparés par nom rtpmap et fréquence d'horloge (les numéros de payload type peuvent "
          "différer). Cherchez un SBC ou un B2BUA qui a réécrit l'offre sur l'autre jambe (la "
          "réponse correspond alors à ce qu'il y a envoyé, pas à cette offre), et alignez les "
          "listes de codecs des deux bouts, ou laissez le SBC transcoder."),
        T("El flujo {media} (línea m= {stream}) de la respuesta de la trama {answer} acepta "
          "{answered}, ninguno de los de la oferta de la trama {offer} ({offered}): los dos "
          "lados no comparten ningún códec",
          "La respuesta debe elegir al menos un formato de la oferta; esta no lo hizo, así que "
          "la llamada puede establecerse sin audio o cortarse al llegar el primer RTP. Los "
          "códecs se comparan por nombre rtpmap y frecuencia de reloj (los números de payload "
          "type pueden diferir). Busca un SBC o B2BUA que haya reescrito la oferta en la otra "
          "pata (la respuesta corresponde entonces a lo que envió allí, no a esta oferta) y "
          "alinea las listas de códecs de ambos extremos, o deja que el SBC transcodifique.") } },
    { SIPDIAG_MEDIA_REFUSED, SIPDIAG_MEDIA_NO_COMMON_CODEC,
      "RFC 3261 §13.3.1.3 and §21.4.26 (488), §21.6.4 (606), §20.43 (Warning 304/305)",
      { T("{code} in frame {answer} refuses the SDP offer of frame {offer}: nothing it offered "
          "is acceptable (its {media} offered {offered})",
          "Read the 488/606's Warning header: 304 names a media type, 305 a format the far "
          "end does not take; an SDP body in the 488 lists what it would accept. Most often "
          "the codec lists do not intersect (G.729 or Opus only against PCMA/PCMU only), or "
          "SRTP is required on one side only (RTP/SAVP against RTP/AVP, a=crypto missing). "
          "Add a common codec on either end or transcode on the SBC."),
        T("{code} à la trame {answer} refuse l'offre SDP de la trame {offer} : rien de ce "
          "qu'elle propose n'est acceptable (en {media} elle proposait {offered})",
          "Lisez l'en-tête Warning du 488/606 : 304 désigne un type de média, 305 un format "
          "que l'autre bout refuse ; un corps SDP dans le 488 liste ce qu'il accepterait. Le "
          "plus souvent les listes de codecs ne se recoupent pas (G.729 ou Opus seuls face à "
          "PCMA/PCMU seuls), ou le SRTP n'est exigé que d'un côté (RTP/SAVP face à RTP/AVP, "
          "a=crypto absent). Ajoutez un codec commun à l'un des bouts ou transcodez sur le "
          "SBC."),
        T("{code} en la trama {answer} rechaza la oferta SDP de la trama {offer}: nada de lo "
          "que ofrece es aceptable (en {media} ofrecía {offered})",
          "Lee la cabecera Warning del 488/606: 304 indica un tipo de medio, 305 un formato que "
          "el otro extremo no acepta; un cuerpo SDP en el 488 lista lo que aceptaría. Lo más "
          "habitual es que las listas de códecs no se crucen (solo G.729 u Opus frente a solo "
          "PCMA/PCMU) o que solo un lado exija SRTP (RTP/SAVP frente a RTP/AVP, falta "
          "a=crypto). Añade un códec común en un extremo o transcodifica en el SBC.") } },
    { SIPDIAG_MEDIA_INTERNAL_ADDRESS, SIPDIAG_MEDIA_PRIVATE_ADDRESS,
      "RFC 8866 §5.7 (c=), RFC 1918 §3, RFC 6598, RFC 3927, RFC 4193",
      { T("The {sdp} in frame {frame} gives c={address} ({range}) for its {media} stream "
          "while it travels from {src} to {dst}: {public} is public, so the far side will "
          "send RTP to an address it cannot reach",
          "The SDP was written behind NAT and nothing on the way rewrote it: expect one-way "
          "or no audio. On the phone or PBX, set the public address for media (Asterisk "
          "external_media_address and local_net, FreeSWITCH ext-rtp-ip, a STUN server on the "
          "phone); on the edge, anchor the media (Kamailio rtpengine or rtpproxy, an SBC with "
          "media relay) or let the far end latch on the RTP source (symmetric RTP, Asterisk "
          "direct_media=no and rtp_symmetric=yes). Turn off any SIP ALG on the router: it "
          "rewrites c= half-way and unpredictably."),
        T("{sdp} de la trame {frame} donne c={address} ({range}) pour son flux {media} "
          "alors qu'elle va de {src} à {dst} : {public} est publique, l'autre côté enverra donc "
          "le RTP vers une adresse qu'il ne peut pas joindre",
          "Le SDP a été écrit derrière du NAT et rien ne l'a réécrit en route : attendez-vous à "
          "un son dans un seul sens ou à aucun son. Sur le téléphone ou l'IPBX, configurez "
          "l'adresse publique des médias (external_media_address et local_net d'Asterisk, "
          "ext-rtp-ip de FreeSWITCH, un serveur STUN sur le téléphone) ; en bordure, ancrez les "
          "médias (rtpengine ou rtpproxy avec Kamailio, un SBC relais de médias) ou laissez "
          "l'autre bout se caler sur la source RTP (RTP symétrique, direct_media=no et "
          "rtp_symmetric=yes sur Asterisk). Désactivez tout ALG SIP du routeur : il réécrit "
          "c= à moitié et de façon imprévisible."),
        T("{sdp} de la trama {frame} da c={address} ({range}) para su flujo {media} "
          "mientras va de {src} a {dst}: {public} es pública, así que el otro lado enviará el "
          "RTP a una dirección que no puede alcanzar",
          "El SDP se escribió detrás de NAT y nada lo reescribió por el camino: espera audio en "
          "un solo sentido o sin audio. En el teléfono o la centralita, configura la dirección "
          "pública de medios (external_media_address y local_net en Asterisk, ext-rtp-ip en "
          "FreeSWITCH, un servidor STUN en el teléfono); en el borde, ancla los medios "
          "(rtpengine o rtpproxy con Kamailio, un SBC con relé de medios) o deja que el otro "
          "extremo se enganche al origen del RTP (RTP simétrico, direct_media=no y "
          "rtp_symmetric=yes en Asterisk). Desactiva cualquier ALG SIP del router: reescribe "
          "c= a medias y de forma impredecible.") } },
    { SIPDIAG_MEDIA_FORBIDDEN_DIRECTION, SIPDIAG_MEDIA_DIRECTION,
      "RFC 3264 §6.1 (directions allowed in an answer), §5.1, RFC 8866 §6.7",
      { T("The {media} stream of the answer in frame {answer} is {answer_dir} to a "
          "{offer_dir} offer in frame {offer}; RFC 3264 allows only {allowed}: both sides "
          "will send and neither listens, or one sends to a side that will not receive",
          "The answerer ignored the offer's direction attribute (a=sendonly, a=recvonly or "
          "a=inactive, at media level or inherited from the session level). Typical of a hold "
          "offer answered by a stack that always says sendrecv, or of a B2BUA that copies "
          "its other leg's direction. Check the answering device's hold handling and, on a "
          "B2BUA, that it answers from this leg's offer (Asterisk direct_media, FreeSWITCH "
          "bypass-media, an SBC's SDP manipulation rules)."),
        T("Le flux {media} de la réponse de la trame {answer} est {answer_dir} pour une offre "
          "{offer_dir} à la trame {offer} ; la RFC 3264 n'autorise que {allowed} : les deux "
          "côtés émettront sans écouter, ou l'un enverra à un côté qui ne reçoit pas",
          "Le répondeur a ignoré l'attribut de direction de l'offre (a=sendonly, a=recvonly ou "
          "a=inactive, au niveau du média ou hérité du niveau session). Typique d'une offre de "
          "mise en attente à laquelle une pile répond toujours sendrecv, ou d'un B2BUA qui "
          "recopie la direction de son autre jambe. Vérifiez la gestion de l'attente du "
          "répondeur et, sur un B2BUA, qu'il répond à partir de l'offre de cette jambe "
          "(direct_media d'Asterisk, bypass-media de FreeSWITCH, règles de manipulation SDP "
          "d'un SBC)."),
        T("El flujo {media} de la respuesta de la trama {answer} es {answer_dir} ante una "
          "oferta {offer_dir} en la trama {offer}; la RFC 3264 solo permite {allowed}: ambos "
          "lados enviarán sin escuchar, o uno enviará a un lado que no recibe",
          "El que responde ignoró el atributo de dirección de la oferta (a=sendonly, "
          "a=recvonly o a=inactive, a nivel de medio o heredado del nivel de sesión). Típico "
          "de una oferta de espera contestada por una pila que siempre dice sendrecv, o de un "
          "B2BUA que copia la dirección de su otra pata. Revisa cómo gestiona la espera el "
          "equipo que responde y, en un B2BUA, que responda a partir de la oferta de esta pata "
          "(direct_media de Asterisk, bypass-media de FreeSWITCH, reglas de manipulación SDP "
          "de un SBC).") } },
    { SIPDIAG_MEDIA_NO_FLOW, SIPDIAG_MEDIA_DIRECTION,
      "RFC 3264 §6.1, §8.4 (hold is the offerer's sendonly or inactive)",
      { T("The answer in frame {answer} makes the new call's {media} stream {answer_dir} to a "
          "sendrecv offer in frame {offer}: no stream carries media either way, the call "
          "connects in silence",
          "Nobody put this call on hold: it is the call's first offer/answer and the offer "
          "wanted two-way media. Check why the answering side declines to send and receive: "
          "a device answering with its held SDP (call pickup, park or a transfer target that "
          "was on hold), a media server or B2BUA that has no media of its own yet (it should "
          "re-INVITE once it has), or a codec or SRTP negotiation that failed and was "
          "answered inactive instead of port 0 or 488."),
        T("La réponse de la trame {answer} rend le flux {media} du nouvel appel {answer_dir} "
          "pour une offre sendrecv à la trame {offer} : aucun flux ne transporte de média dans "
          "un sens ou dans l'autre, l'appel s'établit en silence",
          "Personne n'a mis cet appel en attente : c'est sa première offre/réponse et l'offre "
          "voulait du média dans les deux sens. Cherchez pourquoi le répondeur refuse d'émettre "
          "et de recevoir : un équipement qui répond avec son SDP d'attente (interception, "
          "parcage, ou cible de transfert restée en attente), un serveur de médias ou un B2BUA "
          "qui n'a pas encore ses médias (il devrait envoyer un re-INVITE ensuite), ou une "
          "négociation de codec ou de SRTP ratée répondue inactive au lieu d'un port 0 ou "
          "d'un 488."),
        T("La respuesta de la trama {answer} deja el flujo {media} de la nueva llamada "
          "{answer_dir} ante una oferta sendrecv en la trama {offer}: ningún flujo lleva "
          "medios en ningún sentido, la llamada se establece en silencio",
          "Nadie puso esta llamada en espera: es su primera oferta/respuesta y la oferta "
          "quería medios en ambos sentidos. Busca por qué el que responde se niega a enviar y "
          "recibir: un equipo que contesta con su SDP de espera (captura, aparcamiento o un "
          "destino de transferencia que seguía en espera), un servidor de medios o B2BUA que "
          "aún no tiene medios propios (debería enviar un re-INVITE después), o una "
          "negociación de códec o SRTP fallida contestada inactive en lugar de puerto 0 o "
          "488.") } },
};

const sipdiag_media_texts_t *
sipdiag_media_texts(sipdiag_media_case_t which, sipdiag_lang_t lang)
{
    if ((unsigned)which >= SIPDIAG_MEDIA_CASE_COUNT)
        return NULL;
    unsigned i = lang == SIPDIAG_LANG_FR ? 1 : lang == SIPDIAG_LANG_ES ? 2 : 0;
    return &sipdiag_media_rules[which].texts[i];
}

static unsigned
lang_index(sipdiag_lang_t lang)
{
    return lang == SIPDIAG_LANG_FR ? 1 : lang == SIPDIAG_LANG_ES ? 2 : 0;
}

static const char *
range_name(sipdiag_ip_scope_t scope, sipdiag_lang_t lang)
{
    static const char *const names[][3] = {
        { "RFC 1918 private space", "plage privée RFC 1918", "rango privado RFC 1918" },
        { "RFC 6598 carrier-grade NAT space", "plage CGNAT RFC 6598",
          "rango de CGNAT RFC 6598" },
        { "link-local", "lien local", "enlace local" },
        { "IPv6 unique local fc00::/7", "IPv6 locale unique fc00::/7",
          "IPv6 local única fc00::/7" },
    };
    unsigned row = scope == SIPDIAG_IP_PRIVATE ? 0 : scope == SIPDIAG_IP_SHARED ? 1
                   : scope == SIPDIAG_IP_LINK_LOCAL ? 2 : 3;
    return names[row][lang_index(lang)];
}

/* What RFC 3264 §6.1 lets an answer say to an offered direction. */
static const char *
allowed_answers(sipdiag_sdp_direction_t offer, sipdiag_lang_t lang)
{
    static const char *const to_sendonly[3] = { "recvonly or inactive", "recvonly ou inactive",
                                                "recvonly o inactive" };
    static const char *const to_recvonly[3] = { "sendonly or inactive", "sendonly ou inactive",
                                                "sendonly o inactive" };
    switch (offer) {
    case SIPDIAG_SDP_DIR_SENDONLY:
        return to_sendonly[lang_index(lang)];
    case SIPDIAG_SDP_DIR_RECVONLY:
        return to_recvonly[lang_index(lang)];
    case SIPDIAG_SDP_DIR_INACTIVE:
        return "inactive";
    case SIPDIAG_SDP_DIR_NONE:
    case SIPDIAG_SDP_DIR_SENDRECV:
        break;
    }
    return "sendrecv, sendonly, recvonly, inactive";
}

typedef struct {
    const sipdiag_media_finding_t *finding;
    sipdiag_lang_t lang;
} slots_t;

static bool
fill_slot(GString *out, const char *slot, size_t len, const void *data)
{
    const sipdiag_media_finding_t *f = ((const slots_t *)data)->finding;
    sipdiag_lang_t lang = ((const slots_t *)data)->lang;
    /* {sdp} opens the private-address summary, with the article French
     * and Spanish need. */
    static const char *const roles[2][3] = {
        { "SDP offer", "L'offre SDP", "La oferta SDP" },
        { "SDP answer", "La réponse SDP", "La respuesta SDP" },
    };
#define IS(name) sipdiag_slot_is(slot, len, name)
    if (IS("offer"))
        g_string_append_printf(out, "%u", f->offer);
    else if (IS("answer"))
        g_string_append_printf(out, "%u", f->answer);
    else if (IS("frame"))
        g_string_append_printf(out, "%u", f->frame);
    else if (IS("code"))
        g_string_append_printf(out, "%u", f->code);
    else if (IS("stream"))
        g_string_append_printf(out, "%u", f->stream);
    else if (IS("media"))
        g_string_append(out, f->media[0] != '\0' ? f->media : "?");
    else if (IS("offered"))
        g_string_append(out, f->offered[0] != '\0' ? f->offered : "-");
    else if (IS("answered"))
        g_string_append(out, f->answered[0] != '\0' ? f->answered : "-");
    else if (IS("address"))
        g_string_append(out, f->address);
    else if (IS("range"))
        g_string_append(out, range_name(f->scope, lang));
    else if (IS("src"))
        g_string_append(out, f->src);
    else if (IS("dst"))
        g_string_append(out, f->dst);
    else if (IS("public"))
        g_string_append(out, f->public_address);
    else if (IS("sdp"))
        g_string_append(out, roles[f->in_answer ? 1 : 0][lang_index(lang)]);
    else if (IS("offer_dir"))
        g_string_append(out, sipdiag_sdp_direction_name(f->offer_direction));
    else if (IS("answer_dir"))
        g_string_append(out, sipdiag_sdp_direction_name(f->answer_direction));
    else if (IS("allowed"))
        g_string_append(out, allowed_answers(f->offer_direction, lang));
    else
        return false;
#undef IS
    return true;
}

char *
sipdiag_media_summary(const sipdiag_media_finding_t *f, sipdiag_lang_t lang)
{
    const sipdiag_media_texts_t *texts = sipdiag_media_texts(f->which, lang);
    if (texts == NULL)
        return NULL;
    slots_t slots = { f, lang };
    return sipdiag_fill_slots(texts->summary, fill_slot, &slots);
}
