/* kb_fr.c - the French texts of the knowledge base: for every SIP status
 * code, a one-line summary, what the code means (Description), when it shows
 * up on real networks (Quand vous le voyez) and how to fix it (Comment
 * résoudre).
 *
 * Same rows, same order and same style rules as kb_en.c, which stays the
 * reference: translate a change there into this table as well.  Protocol
 * tokens (header and method names, reason phrases on the wire, SDP lines,
 * option tags) are left in English, as they appear in a capture.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "texts.h"

const sipdiag_text_row_t sipdiag_texts_fr[] = {
    { 100,
      "accusé saut par saut : l'élément suivant a reçu la requête et la traite",
      "Réponse provisoire définie par la RFC 3261, qui n'annonce qu'une chose : l'élément"
      " suivant a bien reçu la requête. On ne sait encore rien de l'appelé, aucun dialogue"
      " n'est créé, et la réponse ne vaut que pour un saut : un proxy avec état émet son"
      " propre 100 et ne relaie jamais celui qui vient de l'aval. Sur un INVITE, son rôle"
      " principal est de stopper les retransmissions de l'UAC ; la RFC 4320 la retarde pour"
      " les requêtes autres qu'INVITE.",
      "Tout INVITE qui traverse un proxy avec état, un SBC ou un B2BUA (Kamailio, Asterisk,"
      " FreeSWITCH) reçoit normalement un 100 en quelques millisecondes, bien avant que"
      " l'extrémité distante ne réagisse. S'il manque et que l'INVITE est retransmis à"
      " intervalles doublés (0,5 s, 1 s, 2 s, 4 s), le saut suivant n'a jamais vu la requête,"
      " ou sa réponse se perd au retour. Certains serveurs mettent du texte libre dans la"
      " phrase de statut (\"trying -- your call is important to us\") ; seul le code compte.",
      "Rien à corriger : c'est une simple indication de progression. Si l'échange s'arrête"
      " après le 100, le saut suivant a pris la requête en charge mais rien n'est revenu de"
      " plus loin en aval ; suivez la requête sur le tronçon suivant et attendez-vous à un"
      " 408 à l'expiration du Timer C du proxy ou du Timer B de l'UAC. Si aucun 100 n'arrive,"
      " vérifiez que le saut suivant est joignable : sent-by et rport du Via, règles de"
      " pare-feu et de NAT pour 5060/5061, transport (UDP, TCP, TLS) et résolution DNS SRV." },
    { 180,
      "le terminal de l'appelé sonne ; l'appelant doit maintenant entendre le retour d'appel",
      "L'UAS l'envoie pendant que l'utilisateur appelé est alerté. Avec un tag To, il crée un"
      " dialogue précoce (early dialog), et plusieurs 180 portant des tags To différents"
      " signifient que la requête a été dupliquée (forking) vers plusieurs terminaux. Il peut"
      " contenir du SDP, et la RFC 3262 permet de l'envoyer de façon fiable (Require: 100rel,"
      " acquitté par PRACK).",
      "Émis par le poste ou le softphone appelé et relayé par les proxys ; les passerelles"
      " RTC et les B2BUA le génèrent quand le réseau distant signale l'alerte (ACM ou CPG"
      " ISUP). Les groupes d'appel et les utilisateurs enregistrés sur plusieurs terminaux en"
      " produisent une rafale, avec des tags To différents. Sans SDP, le terminal appelant"
      " joue lui-même la tonalité de retour d'appel ; avec SDP, il s'attend en général à la"
      " recevoir en early media depuis l'extrémité distante.",
      "Ce n'est pas un défaut : l'appel progresse. Si l'appelant n'entend que du silence,"
      " regardez si cette réponse contient du SDP : dans ce cas, la tonalité doit arriver en"
      " RTP (vérifiez c= et m=, le NAT et le chemin média) ; sinon, c'est au terminal"
      " appelant de la générer localement. Si le poste sonne indéfiniment, l'issue arrive"
      " plus tard sous forme de 200, 486, 480, 408, ou de 487 après un CANCEL. Un 180 fiable"
      " (Require: 100rel) qui ne reçoit jamais son PRACK est retransmis et peut amener l'UAS"
      " à abandonner l'appel." },
    { 181,
      "un service de renvoi dirige l'appel vers une autre destination",
      "Réponse informative 1xx de la RFC 3261 par laquelle un proxy ou un UAS indique que"
      " l'appel part vers un autre ensemble de destinations, par exemple la cible d'un renvoi"
      " ou la messagerie vocale. La requête poursuit son chemin sur sa nouvelle route. Les"
      " en-têtes History-Info (RFC 7044) ou Diversion indiquent en général où elle est partie"
      " et pourquoi.",
      "Produit par les IPBX et les plateformes hébergées qui appliquent un renvoi"
      " inconditionnel, sur occupation ou sur non-réponse, et par les réseaux mobiles qui"
      " renvoient vers la messagerie. Certains postes affichent \"renvoyé\" à l'appelant"
      " quand ils le reçoivent ; beaucoup de réseaux ne l'envoient jamais.",
      "Aucune action nécessaire. Si l'appel aboutit à un endroit inattendu, lisez les"
      " en-têtes History-Info ou Diversion de cette réponse et de l'INVITE renvoyé pour voir"
      " quelle règle s'est déclenchée, puis vérifiez les paramètres de renvoi de l'appelé et"
      " sa temporisation de non-réponse. Une boucle de renvoi se manifeste plus tard par un"
      " 482 ou un 483." },
    { 182,
      "l'appelé est momentanément indisponible, le serveur met l'appel en file d'attente",
      "La RFC 3261 permet à un serveur qui constate que l'appelé est temporairement"
      " indisponible de placer l'appel en file d'attente au lieu de le rejeter ; la réponse"
      " finale suit dès que l'appelé se libère. La phrase de statut peut donner des détails"
      " comme la position dans la file ou l'attente prévue.",
      "Rare en pratique : la plupart des plateformes de centre d'appels et des ACD répondent"
      " par un 200 et diffusent une musique d'attente plutôt que de laisser l'INVITE en"
      " suspens. On peut le rencontrer sur des services de file d'attente hébergés, certaines"
      " implémentations de groupements de postes et des passerelles qui traduisent une"
      " indication de mise en file venue du RTC.",
      "Rien d'anormal : l'appelant patiente dans une file. Si l'appel y reste trop longtemps,"
      " examinez le délai maximal et les règles de débordement de la file, et vérifiez que"
      " des agents sont connectés. La temporisation de sonnerie de l'IPBX appelant peut"
      " envoyer un CANCEL avant, ce qui se termine par un 487. La phrase de statut peut"
      " donner une estimation de l'attente." },
    { 183,
      "progression de l'appel, presque toujours avec SDP pour l'early media (tonalités, annonces)",
      "La RFC 3261 en fait le 1xx fourre-tout pour toute information de progression qui n'a"
      " pas de code dédié ; la phrase de statut, les en-têtes ou le corps portent les"
      " détails. Dans le trafic réel, il transporte presque toujours une réponse SDP pour que"
      " le média circule avant le décroché (les modèles d'early media de la RFC 3960). Il"
      " peut être envoyé de façon fiable avec 100rel/PRACK et sert habituellement de support"
      " aux préconditions (RFC 3312).",
      "Typique des passerelles RTC, des SBC et des opérateurs : retour d'appel, annonces du"
      " type \"le numéro que vous avez demandé n'est pas attribué\" et invites de SVI avant"
      " décroché passent toutes en early media derrière lui. Asterisk l'envoie sur"
      " Progress(), FreeSWITCH sur pre_answer. Il porte souvent un en-tête Reason avec la"
      " vraie cause Q.850 juste avant l'échec de l'appel, alors que le 480 ou le 503 final en"
      " porte une plus vague.",
      "Ce n'est pas un défaut. Si l'appelant n'entend rien, vérifiez le SDP (adresse privée"
      " ou erronée dans c=, a=sendonly ou inactive, codec non pris en charge), que le SBC ou"
      " le pare-feu laisse passer le RTP avant le 200, et que le terminal appelant restitue"
      " bien l'early media. Si l'appel échoue ensuite, lisez ici l'en-tête Reason : sa cause"
      " Q.850 est souvent plus précise que celle de la réponse finale." },
    { 199,
      "un dialogue précoce issu du forking a pris fin ; les autres branches continuent",
      "Introduit par la RFC 6228 : un UAS ou un proxy qui fait du forking l'envoie pour"
      " signaler à l'appelant qu'un dialogue précoce a été terminé avant toute réponse finale"
      " ; il porte le tag To de ce dialogue et souvent un en-tête Reason. Il n'est envoyé que"
      " si l'UAC a indiqué l'option tag \"199\" dans Supported.",
      "Rencontré en forking parallèle (groupes d'appel, utilisateur enregistré sur plusieurs"
      " terminaux, sonnerie simultanée sur un mobile) quand une branche abandonne après avoir"
      " envoyé un 18x avec early media. Le proxy qui fait le forking (Kamailio, un S-CSCF"
      " IMS) ou l'UAS de cette branche l'envoie pour que l'appelant coupe l'early media de"
      " cette branche pendant que les autres continuent de sonner.",
      "Normal, rien à corriger. L'appelant doit cesser de restituer le média du dialogue"
      " précoce qui porte le tag To correspondant et continuer d'attendre la réponse finale."
      " Si les appelants entendent encore un early media périmé après l'échec d'une branche,"
      " vérifiez que l'UAC met 199 dans Supported ; si l'appel échoue dans son ensemble,"
      " analysez plutôt la réponse finale." },
    { 200,
      "requête réussie ; sur un INVITE, l'appel est décroché et attend maintenant son ACK",
      "La réponse de succès de la RFC 3261, dont le sens dépend de la méthode. Pour un"
      " INVITE, l'appelé a décroché et un dialogue existe, l'UAC doit donc envoyer l'ACK ;"
      " pour un REGISTER, les associations (bindings) ont été enregistrées et sont renvoyées"
      " dans Contact avec leur durée de validité ; un BYE a terminé l'appel ; un CANCEL a été"
      " accepté. Un 2xx à un INVITE est retransmis par l'UAS lui-même jusqu'à l'arrivée de"
      " l'ACK.",
      "Partout. Cas à bien reconnaître : un 200 à un CANCEL confirme seulement le CANCEL, et"
      " l'INVITE se termine quand même par un 487 ; un 200 à un REGISTER avec Expires: 0 est"
      " un désenregistrement ; un registrar peut accorder une durée plus courte que celle"
      " demandée. Un appel coupé environ 32 s après le décroché, avec le 200 retransmis"
      " pendant tout ce temps, signifie que l'ACK n'a jamais atteint l'UAS.",
      "Rien à corriger dans la réponse elle-même. Si elle est retransmise et que l'appel"
      " tombe au bout d'environ 32 s (64*T1), l'ACK ne revient pas : cherchez des adresses"
      " privées dans le Contact et le Record-Route du 200, une réécriture par le NAT ou un"
      " SIP ALG, et vérifiez la réutilisation des connexions TCP/TLS. Si l'appel est établi"
      " mais avec un audio unidirectionnel ou absent, examinez la réponse SDP (adresse c=,"
      " ports, attributs de direction) et le chemin RTP. Après un REGISTER, rafraîchissez"
      " avant l'expiration accordée par le registrar, pas avant celle que vous aviez"
      " demandée." },
    { 202,
      "pris en compte mais pas encore exécuté ; pour un REFER, le résultat arrive via un NOTIFY",
      "La requête a été acceptée pour traitement, mais ce traitement n'est pas terminé et son"
      " issue reste inconnue. La RFC 3515 l'utilise comme réponse au REFER. La RFC 6665 le"
      " déprécie pour SUBSCRIBE, et le registre IANA l'inscrit désormais sous \"Accepted"
      " (Deprecated)\" ; un abonné qui en reçoit encore un doit le traiter exactement comme"
      " un 200.",
      "Surtout dans le transfert d'appel : la partie qui a reçu le REFER (le transféré, y"
      " compris en transfert supervisé avec Replaces) répond 202 dès qu'elle a pris la"
      " requête en charge, avant que le nouvel appel soit passé ou établi. Les anciennes"
      " piles de présence et de BLF fondées sur la RFC 3265 répondent encore ainsi aux"
      " SUBSCRIBE.",
      "Attendez le NOTIFY : son corps message/sipfrag (par exemple \"SIP/2.0 200 OK\") porte"
      " le statut final de l'action demandée, et Subscription-State: terminated clôt le"
      " compte rendu. S'il n'arrive pas, vérifiez l'abonnement implicite (Event: refer,"
      " Subscription-State et son expires), si le REFER portait Refer-Sub: false (RFC 4488),"
      " qui supprime les NOTIFY, et si le NOTIFY peut atteindre le Contact du transférant à"
      " travers NAT et pare-feu ; un NOTIFY auquel on répond 405 ou 481 fait aussi perdre le"
      " résultat. Pour un 202 à un SUBSCRIBE, poursuivez simplement comme avec un 200." },
    { 204,
      "SUBSCRIBE conditionnel rafraîchi ; état inchangé, donc pas de NOTIFY complet",
      "Introduit par la RFC 5839 (notification d'événements conditionnelle). Un abonné qui"
      " détient déjà l'état envoie un SUBSCRIBE avec Suppress-If-Match et l'entity tag dont"
      " il dispose ; si l'état n'a pas changé, le notificateur rafraîchit l'abonnement et"
      " répond 204 au lieu de tout renvoyer dans un NOTIFY.",
      "Apparaît lors des rafraîchissements d'abonnement émis par des clients qui implémentent"
      " la RFC 5839, surtout pour la présence et les listes de ressources sur les cœurs IMS"
      " et les grandes plateformes hébergées, où il économise de la bande passante. Les"
      " implémentations BLF et MWI classiques des IPBX ne l'utilisent jamais.",
      "C'est un succès : continuez d'utiliser l'état en cache. Si la vue de l'abonné semble"
      " périmée, réabonnez-vous sans Suppress-If-Match pour forcer un NOTIFY complet, et"
      " vérifiez que l'entity tag présenté est bien celui de l'en-tête SIP-ETag du dernier"
      " NOTIFY." },
    { 300,
      "plusieurs destinations possibles pour cette adresse, listées dans Contact : à choisir",
      "Redirection de la RFC 3261 : la Request-URI se résout en plusieurs emplacements,"
      " chacun donné dans un en-tête Contact (éventuellement avec des q-values et des"
      " paramètres de fonctionnalités), et l'utilisateur ou l'UAC peut en choisir un. La"
      " transaction s'arrête là ; l'UAC envoie une nouvelle requête vers la cible retenue.",
      "Peu courant ; envoyé par des serveurs de redirection plutôt que par des proxys, par"
      " exemple des moteurs de routage ou de portabilité qui renvoient plusieurs routes"
      " candidates avec des q-values pour que le commutateur appelant les essaie tour à tour,"
      " ou des annuaires qui ont trouvé plusieurs utilisateurs.",
      "Une redirection n'est pas un échec si l'UAC la suit : vérifiez donc qu'il essaie les"
      " Contact dans l'ordre des q-values. Beaucoup d'IPBX et de passerelles comptent tout"
      " 3xx comme un appel échoué tant que la gestion des redirections n'est pas activée ;"
      " activez-la, ou faites en sorte que l'élément amont relaie l'appel en proxy. Un"
      " ensemble de Contact vide, ou des Contact qui renvoient vers l'émetteur, trahissent un"
      " serveur de redirection mal configuré." },
    { 301,
      "changement d'adresse définitif : appelez le Contact et mettez à jour vos références",
      "Redirection de la RFC 3261 pour un utilisateur qui n'est plus joignable à la"
      " Request-URI ; la nouvelle adresse figure dans Contact. Le demandeur doit réessayer à"
      " cette adresse et remplacer l'ancienne dans tout carnet d'adresses ou cache, puisque"
      " le changement n'est pas censé être annulé.",
      "Envoyé par des serveurs de redirection et certains IPBX pour des utilisateurs qui ont"
      " changé de domaine ou de numéro ; l'interfonctionnement RTC y associe la cause ISUP 22"
      " (numéro changé) quand le nouveau numéro est connu, et le 410 sinon. Rare sur les"
      " trunks d'entreprise, où il est souvent traité comme un échec.",
      "Réessayez vers l'URI du Contact et mettez à jour les annuaires, numéros abrégés et"
      " tables de routage qui contiennent encore l'ancienne adresse. Si l'IPBX ou la"
      " passerelle appelante signale l'appel comme échoué, activez-y la gestion des 3xx. Un"
      " Contact absent, ou identique à la Request-URI d'origine, signifie que le serveur de"
      " redirection est mal configuré." },
    { 302,
      "utilisateur provisoirement joignable au Contact ; renvoi par un serveur de redirection",
      "L'utilisateur est temporairement joignable ailleurs, à la ou aux adresses indiquées"
      " dans Contact ; la redirection peut avoir une durée de vie donnée par Expires ou par"
      " le paramètre expires du Contact. L'UAC y envoie une nouvelle requête mais conserve"
      " l'URI d'origine pour les appels suivants (RFC 3261).",
      "Le 3xx le plus courant : renvoi d'appel réalisé par des serveurs de redirection et"
      " certains IPBX hébergés, moteurs de routage opérateur, de portabilité (LNP) ou ENUM"
      " qui répondent à un INVITE avec la route à utiliser, et SBC ou répartiteurs de charge"
      " qui orientent les appels vers un autre nœud. Des en-têtes Diversion ou History-Info"
      " l'accompagnent généralement.",
      "Vérifiez que l'UAC le suit : un nouvel INVITE vers le Contact doit apparaître juste"
      " après l'ACK. Sinon, activez la gestion des redirections sur l'IPBX ou la passerelle,"
      " ou demandez à l'élément qui redirige de relayer l'appel en proxy. Si le nouvel INVITE"
      " échoue, dépannez ce tronçon ; un Contact qui ramène au redirecteur révèle une boucle"
      " dans les données de routage." },
    { 305,
      "la cible doit être jointe en passant par le proxy indiqué dans Contact",
      "Redirection de la RFC 3261 qui demande à l'UAC de renvoyer cette seule requête via le"
      " proxy dont l'URI figure dans Contact ; seul un UAS peut la générer. Comme elle peut"
      " être détournée pour faire transiter le trafic par un proxy malveillant, beaucoup"
      " d'implémentations l'ignorent.",
      "Très rare sur les réseaux modernes : d'anciens serveurs qui exigent un proxy sortant"
      " précis, et parfois un élément défaillant ou malveillant qui tente de détourner le"
      " trafic.",
      "Configurez explicitement le proxy sortant requis dans les paramètres de l'UA ou du"
      " trunk au lieu de compter sur cette réponse. Traitez avec méfiance une telle réponse"
      " si elle est inattendue : vérifiez qui l'a envoyée et que le proxy qu'elle désigne"
      " appartient bien à votre opérateur avant de la suivre." },
    { 380,
      "appel impossible tel quel, mais une alternative est proposée : voir le corps",
      "La RFC 3261 indique que l'appel a échoué tel qu'il a été tenté mais que des services"
      " alternatifs sont possibles, décrits dans le corps du message, sans définir ce corps."
      " L'IMS du 3GPP lui donne un sens précis pour les appels d'urgence (TS 24.229).",
      "Surtout en IMS/VoLTE : un P-CSCF qui repère un numéro d'urgence dans un INVITE"
      " ordinaire répond avec un corps XML 3GPP qui demande à l'UE de réessayer en appel"
      " d'urgence (enregistrement d'urgence ou URN SOS). Rarement vu ailleurs.",
      "Pour un numéro d'urgence en IMS, l'UE doit refaire la tentative en appel d'urgence ;"
      " vérifiez sa liste de numéros d'urgence et sa prise en charge de l'enregistrement"
      " d'urgence. Dans les autres contextes, lisez le corps et l'éventuel Contact pour"
      " savoir quel service le serveur propose à la place." },
    { 400,
      "requête mal formée, non comprise ; la phrase de statut ou le Warning dit souvent pourquoi",
      "L'erreur client générique de la RFC 3261 pour les problèmes de syntaxe. La phrase de"
      " statut devrait nommer le problème (\"Missing Call-ID\", \"Bad CSeq\"), et un UAC qui"
      " reçoit un code 4xx qu'il ne connaît pas le traite comme celui-ci (§8.1.3.2).",
      "Les UA, proxys et SBC l'envoient quand un en-tête obligatoire (To, From, Call-ID,"
      " CSeq, Via, Max-Forwards) manque ou est corrompu, que le Content-Length ne correspond"
      " pas au corps, qu'une URI ou un nom d'affichage contient des caractères interdits, ou"
      " que le SDP est impossible à analyser. Les SIP ALG des routeurs, qui réécrivent les"
      " adresses sans corriger le Content-Length, et les datagrammes UDP tronqués sont des"
      " coupables fréquents.",
      "Lisez d'abord la phrase de statut et l'éventuel en-tête Warning ; ils nomment"
      " généralement l'en-tête fautif. Ouvrez la requête dans Wireshark, cherchez les Expert"
      " Info de paquet mal formé, comparez le Content-Length au corps et cherchez des"
      " caractères non ASCII ou non échappés. Si le message était correct au départ de"
      " l'émetteur mais abîmé à l'arrivée, désactivez le SIP ALG des routeurs intermédiaires,"
      " ou passez en TCP/TLS pour éviter la fragmentation." },
    { 401,
      "défi digest de l'UAS ou du registrar ; rejouer avec les identifiants dans Authorization",
      "La RFC 3261 impose que cette réponse porte un WWW-Authenticate avec un défi digest"
      " (realm, nonce, qop, algorithm et éventuellement stale). L'UAC répète la requête avec"
      " un en-tête Authorization calculé à partir de ses identifiants. Le 407 repose sur le"
      " même mécanisme quand c'est un proxy qui lance le défi.",
      "Le premier REGISTER d'un poste en reçoit presque toujours un : c'est le défi normal,"
      " pas une erreur, et la nouvelle tentative avec identifiants obtient ensuite un 200."
      " Registrars, IPBX et UA soumettent aussi à un défi les INVITE, SUBSCRIBE, PUBLISH et"
      " REFER. Un défi avec stale=true (\"nonce has changed\") signifie seulement que le"
      " nonce a expiré ; c'est un second 401 en réponse à une requête qui portait déjà des"
      " identifiants qui constitue le véritable échec.",
      "Attendu comme première réponse ; n'intervenez que s'il se répète. Vérifiez alors"
      " l'en-tête Authorization de la nouvelle tentative : le username (souvent un"
      " identifiant d'authentification distinct du numéro de poste), un realm identique à"
      " celui du défi, le nonce renvoyé tel quel, un uri conforme à la Request-URI, et le mot"
      " de passe. Contrôlez l'algorithme (MD5 ou SHA-256, RFC 8760) et que le poste"
      " s'enregistre bien sur le domaine et le serveur prévus. Avec stale=true, l'UAC doit"
      " simplement réessayer avec le nouveau nonce." },
    { 402,
      "réservé par la RFC 3261 ; en pratique, refus de service pour solde insuffisant ou impayé",
      "La RFC 3261 réserve ce code pour un usage futur et ne lui définit aucun comportement."
      " Les opérateurs l'utilisent quand même dans son sens littéral : le compte n'a plus de"
      " crédit ou est bloqué pour impayé.",
      "Envoyé par les ITSP, les plateformes prépayées et les softswitchs reliés à la"
      " facturation, sur les appels sortants d'un compte sans solde ou suspendu par le"
      " système de facturation, parfois uniquement vers les destinations coûteuses.",
      "Vérifiez le solde et l'état de facturation du compte auprès de l'opérateur ; la phrase"
      " de statut ou le Warning indique souvent \"insufficient funds\" ou équivalent. Aucune"
      " modification de configuration SIP ne réglera le problème. Si seules certaines"
      " destinations échouent, regardez la grille tarifaire ou les plafonds de dépense par"
      " destination du compte." },
    { 403,
      "le serveur refuse la requête par politique ; d'autres identifiants n'y changeront rien",
      "Le serveur a compris la requête et refuse de l'exécuter (RFC 3261). S'authentifier de"
      " nouveau n'y change rien, la requête ne doit donc pas être répétée telle quelle."
      " Contrairement aux 401 et 407, ce code ne porte aucun défi.",
      "Une politique refuse la requête quels que soient les identifiants : appelant ou"
      " destination bloqués, routes internationales ou surtaxées non autorisées pour le"
      " compte, IP source absente de l'ACL du trunk, identité appelante (From ou"
      " P-Asserted-Identity) que le trunk n'a pas le droit de présenter, ou proxy Kamailio"
      " qui refuse de relayer pour un domaine étranger (\"403 Not relaying\"). Juste après un"
      " défi digest auquel on a répondu, il signifie en général que les identifiants étaient"
      " faux : beaucoup de serveurs envoient \"403 Wrong password\" au lieu de relancer un"
      " défi. Un vérificateur STIR répond \"403 Stale Date\" quand l'en-tête Date ou l'iat du"
      " PASSporT dépasse sa fenêtre de fraîcheur, en général 60 s (RFC 8224 §6.2.2).",
      "Lisez la phrase de statut et les en-têtes Warning et Reason, qui nomment souvent la"
      " règle. Vérifiez les ACL et la politique de routage du serveur (IP sources autorisées,"
      " classes de destinations, règles sur l'identité appelante) et confirmez que l'appelant"
      " a le droit de passer ce type d'appel. S'il suit un 401 ou un 407 auquel on a répondu,"
      " revérifiez username, mot de passe et realm. Un \"403 Stale Date\" est un problème"
      " d'horloge ou de délai : vérifiez le NTP du STI-AS signataire et du vérificateur, et ce"
      " qui a retenu l'INVITE (file d'attente, retransmissions, premier saut lent). Si le"
      " blocage est inattendu, adressez-vous à l'administrateur du serveur qui l'a envoyé ;"
      " l'adresse source du paquet et l'en-tête Server permettent de l'identifier." },
    { 404,
      "l'utilisateur n'existe pas dans ce domaine, et le serveur en est certain",
      "Le serveur sait de façon certaine que l'utilisateur de la Request-URI n'existe pas"
      " dans le domaine qu'elle désigne (RFC 3261). L'affirmation ne vaut que pour ce"
      " domaine, contrairement au 604, et se distingue du 480, où l'utilisateur existe mais"
      " n'est pas joignable pour l'instant.",
      "Appel vers un numéro ou une adresse SIP que le serveur ne connaît pas : poste mal"
      " saisi ou non attribué, plan de numérotation sans motif correspondant (extension"
      " introuvable sous Asterisk, NO_ROUTE_DESTINATION chez FreeSWITCH), SDA que l'opérateur"
      " n'a pas routée, ou numéro que le RTC déclare non attribué (Reason: Q.850;cause=1)."
      " Certains serveurs l'utilisent aussi pour un SUBSCRIBE vers une ressource ou une boîte"
      " vocale inconnue.",
      "Vérifiez la Request-URI : le numéro ou la partie utilisateur, son format (E.164 avec"
      " +, préfixe national ou préfixe de trunk) et le domaine. Confirmez que l'utilisateur"
      " est provisionné et enregistré dans le bon domaine, et que ce domaine est bien servi"
      " par le serveur. Sur un IPBX, suivez l'appel dans les logs du plan de numérotation"
      " pour voir quel contexte ou motif a échoué ; sur un trunk, confirmez que la SDA vous"
      " est bien attribuée et routée par l'opérateur." },
    { 405,
      "méthode connue mais refusée pour cette cible ; Allow liste celles qui sont acceptées",
      "Le serveur reconnaît la méthode mais ne l'autorise pas pour la ressource visée, et"
      " doit lister les méthodes qu'il accepte dans un en-tête Allow (RFC 3261). À comparer"
      " au 501, où la méthode n'est pas implémentée du tout.",
      "REGISTER envoyé à un proxy ou à un poste qui n'est pas un registrar, INFO ou MESSAGE"
      " vers un terminal qui ne les accepte pas, REFER vers un IPBX dont le transfert est"
      " désactivé, SUBSCRIBE ou PUBLISH vers un serveur sans présence. C'est aussi un"
      " résultat normal des sondages de capacités. Un NOTIFY qui rend compte de l'avancement"
      " d'un transfert et reçoit un 405 laisse le transférant dans l'ignorance.",
      "Lisez l'en-tête Allow et cessez d'envoyer cette méthode à cette cible, ou activez-la"
      " de l'autre côté. Corrections typiques : envoyer les DTMF en événements RFC 4733"
      " plutôt qu'en INFO, diriger le REGISTER vers le vrai registrar, activer le transfert"
      " (REFER) ou la présence sur l'IPBX, et utiliser un re-INVITE là où l'UPDATE est"
      " refusé." },
    { 406,
      "aucun corps possible dans un format autorisé par les en-têtes Accept de la requête",
      "Selon la RFC 3261, la ressource ne peut produire qu'un contenu dont le type,"
      " l'encodage ou la langue ne figurent pas parmi ceux listés dans les en-têtes Accept,"
      " Accept-Encoding ou Accept-Language de la requête ; le serveur renonce donc plutôt que"
      " d'envoyer quelque chose d'inexploitable.",
      "Peu courant. Vu sur des SUBSCRIBE dont l'Accept ne liste que des types de corps que le"
      " notificateur ne produit pas (par exemple dialog-info vers un serveur qui ne génère"
      " que du PIDF), et sur des OPTIONS ou MESSAGE émis par des clients aux listes Accept"
      " restreintes.",
      "Comparez les en-têtes Accept de la requête avec ce que le serveur prend en charge ;"
      " l'en-tête Accept d'une réponse à un OPTIONS vous le dira. Élargissez la liste côté"
      " client ou activez le format manquant côté serveur, et vérifiez Accept-Encoding si de"
      " la compression entre en jeu." },
    { 407,
      "un proxy exige des identifiants ; renvoyer la requête avec un en-tête Proxy-Authorization",
      "Le pendant du 401 pour les proxys dans la RFC 3261 : la réponse porte un"
      " Proxy-Authenticate contenant un défi digest, et l'UAC répète la requête avec"
      " Proxy-Authorization. Plusieurs proxys sur le chemin peuvent chacun lancer un défi,"
      " chacun avec son propre realm.",
      "La première réponse normale à un INVITE envoyé à un ITSP, à un IPBX hébergé ou à un"
      " proxy Kamailio ou OpenSIPS qui authentifie les appels ; l'UAC l'acquitte par un ACK"
      " et renvoie l'INVITE avec un CSeq supérieur. Les heuristiques d'état d'appel qui"
      " marquent l'appel comme rejeté à ce stade se trompent. Il ne devient un problème que"
      " si la requête renvoyée fait l'objet d'un nouveau défi, ou si la nouvelle tentative ne"
      " vient jamais.",
      "Attendu pendant l'établissement de l'appel. S'il se répète, vérifiez username, mot de"
      " passe et realm dans Proxy-Authorization, que l'UAC répond bien avec"
      " Proxy-Authorization et non Authorization, et qu'il utilise le dernier nonce. Si l'UAC"
      " ne réessaie jamais, il n'a pas d'identifiants pour ce realm : configurez-les sur le"
      " trunk ou le compte. Avec des proxys en cascade, l'UAC doit continuer de répondre à"
      " chaque realm pour lequel il a reçu un défi." },
    { 408,
      "aucune réponse finale à temps : non-réponse sur un INVITE, pair injoignable sinon",
      "Le serveur n'a pas pu produire de réponse à temps, par exemple parce qu'il n'a pas"
      " réussi à localiser l'utilisateur (RFC 3261). Une transaction client qui expire (Timer"
      " B pour INVITE, Timer F pour les autres méthodes, 32 s par défaut) remonte un 408 à"
      " son utilisateur sans rien émettre sur le réseau, et un proxy en envoie un vers"
      " l'amont quand son Timer C expire sur un INVITE qui sonne.",
      "En réponse à un INVITE après sonnerie, c'est généralement une issue côté utilisateur :"
      " personne n'a décroché avant la temporisation de sonnerie du proxy ou de l'IPBX (cause"
      " Q.850 18 ou 19 dans Reason). En réponse à un REGISTER, un OPTIONS, un BYE ou une"
      " autre requête hors INVITE, il signifie que le saut suivant ou l'UA distant ne répond"
      " pas du tout : poste éteint, association NAT expirée, pare-feu qui rejette"
      " silencieusement le trafic. En réponse à un re-INVITE ou à une autre requête en cours"
      " de dialogue, il indique que le pair a disparu et que le dialogue doit être libéré.",
      "Distinguez d'abord les cas selon la méthode et selon qu'un 180 a été vu ou non. Pour"
      " les INVITE sans réponse, ajustez la temporisation de non-réponse ou ajoutez un renvoi"
      " sur non-réponse vers la messagerie vocale. Pour les autres requêtes, vérifiez si la"
      " requête a atteint le saut suivant (capture des deux côtés), les enregistrements DNS"
      " SRV et A, les règles du pare-feu, et les keep-alives NAT (CRLF ou pings OPTIONS,"
      " réenregistrement plus fréquent) pour les UA derrière un NAT. Dans l'en-tête Reason,"
      " la cause Q.850 102 désigne l'expiration d'une temporisation côté RTC." },
    { 409,
      "code hérité de la RFC 2543 : conflit avec l'état du serveur ; à traiter comme un 400",
      "Défini uniquement dans la RFC 2543, où il signalait un conflit avec l'état courant"
      " d'une ressource, surtout un REGISTER dont le paramètre action (proxy ou redirect)"
      " entrait en conflit avec des associations existantes. La RFC 3261 l'a supprimé et il"
      " ne figure pas au registre IANA ; un UAC conforme le traite donc comme n'importe quel"
      " 4xx inconnu, c'est-à-dire comme un 400 Bad Request (RFC 3261 §8.1.3.2).",
      "Uniquement issu de très vieilles piles SIP, de serveurs maison et de passerelles"
      " HTTP-SIP ou WebRTC qui reprennent le 409 de HTTP. Un proxy ou un registrar moderne"
      " signale la même situation par un 400, un 403 ou un 500.",
      "Traitez-le comme un 400 : la requête telle qu'envoyée ne sera pas acceptée. Lisez la"
      " phrase de statut et l'éventuel en-tête Warning pour savoir ce qui est entré en"
      " conflit, typiquement une association d'enregistrement ou une ressource applicative."
      " Corrigez ou mettez à jour l'élément émetteur plutôt que de bâtir une logique sur ce"
      " code ; si c'est votre propre application qui l'envoie, passez à un code inscrit au"
      " registre." },
    { 410,
      "l'utilisateur a existé ici mais a été supprimé définitivement, sans adresse de renvoi",
      "La ressource n'est plus disponible sur le serveur et aucune adresse de renvoi n'est"
      " connue ; la situation est censée être définitive (RFC 3261). Quand le serveur ne peut"
      " pas dire si l'absence est définitive, il doit plutôt envoyer un 404.",
      "Numéros résiliés ou changés : les passerelles RTC y associent les causes ISUP 22"
      " (numéro changé) et 23 (redirection vers une nouvelle destination) quand aucun nouveau"
      " numéro n'est fourni. Les IPBX hébergés l'envoient aussi pour les comptes supprimés et"
      " les SDA désaffectées.",
      "Ne réessayez pas : le numéro ou l'utilisateur n'existe plus. Lisez la cause Q.850 dans"
      " l'en-tête Reason (22 signifie que le numéro a changé) et mettez à jour la fiche du"
      " contact. Si le numéro devrait être actif, vérifiez la portabilité et le"
      " provisionnement auprès de l'opérateur ou de l'administrateur de l'IPBX." },
    { 411,
      "code hérité de la RFC 2543 : Content-Length exigé par le serveur ; à traiter comme un 400",
      "La RFC 2543 le définissait pour un serveur qui refusait une requête sans"
      " Content-Length. Il ne figure ni dans la RFC 3261 ni au registre IANA ; un UAC actuel"
      " le traite donc comme un 400 (RFC 3261 §8.1.3.2). De son côté, la RFC 3261 rend le"
      " Content-Length obligatoire sur les transports orientés flux et considère son absence"
      " comme un message mal formé.",
      "Uniquement issu d'anciennes piles. Sur une pile moderne, la même situation se traduit"
      " par un 400 (\"Missing Content-Length\") ou par une erreur de délimitation des"
      " messages sur TCP/TLS, typiquement quand un UA omet l'en-tête sur TCP ou qu'un ALG ou"
      " un SBC réécrit le SDP sans mettre la longueur à jour.",
      "Traitez-le comme un 400. Assurez-vous que chaque message porte un Content-Length"
      " correct (obligatoire sur TCP et TLS), et que les ALG NAT, SBC et B2BUA qui modifient"
      " le corps corrigent aussi l'en-tête. Si un vieil équipement continue d'envoyer ce"
      " code, mettez-le à jour ou remplacez-le." },
    { 412,
      "le PUBLISH cite un entity tag que le serveur ne détient plus ; republier l'état complet",
      "Relève de la RFC 3903 (publication d'état d'événement) : un PUBLISH portait dans"
      " SIP-If-Match un entity tag qui ne correspond à aucune publication détenue par l'event"
      " state compositor, généralement parce qu'elle a expiré ou que le serveur a redémarré."
      " Le client qui publie doit lancer une nouvelle publication sans SIP-If-Match.",
      "Clients de présence et postes qui rafraîchissent ou modifient une publication après"
      " que le serveur l'a perdue : expiration pendant que le client était hors ligne,"
      " redémarrage du serveur de présence, ou bascule vers un nœud sans état partagé.",
      "Le rétablissement est normalement automatique : le client envoie un PUBLISH initial"
      " avec l'état complet et sans SIP-If-Match, puis utilise le nouveau SIP-ETag du 200. Si"
      " les erreurs se répètent, vérifiez que le client utilise le tag du dernier 200, qu'il"
      " rafraîchit avant Expires, et que la répartition de charge maintient un même client"
      " sur le même nœud de présence." },
    { 413,
      "le corps du message dépasse la taille acceptée par le serveur",
      "RFC 3261 : l'entité de la requête (le corps) est plus grande que ce que le serveur"
      " veut ou peut traiter. Le serveur peut fermer la connexion, et ajoute un Retry-After"
      " si la limite n'est que temporaire.",
      "Corps d'INVITE volumineux : offres SDP aux longues listes de codecs, nombreux"
      " candidats ICE, lignes m= vidéo et BFCP, ou corps multipart avec ISUP ou objets de"
      " localisation ; requêtes MESSAGE avec pièces jointes ; gros documents de présence ou"
      " de listes de ressources dans les PUBLISH et NOTIFY.",
      "Allégez le corps : retirez les codecs et lignes m= inutiles, limitez les candidats"
      " ICE, supprimez les parties multipart superflues. Demandez ou relevez la limite de"
      " taille de corps du serveur, et respectez le Retry-After s'il est présent. Envoyez les"
      " gros messages sur TCP ou TLS pour que la fragmentation UDP ne devienne pas un second"
      " problème." },
    { 414,
      "la Request-URI est plus longue que ce que le serveur accepte d'analyser",
      "Le serveur refuse de traiter la requête parce que la Request-URI est plus longue que"
      " ce qu'il accepte d'interpréter (RFC 3261). La plupart des piles acceptent plusieurs"
      " kilo-octets, donc atteindre la limite signifie généralement qu'un élément construit"
      " mal l'URI.",
      "URI portant de longues listes de paramètres ou des en-têtes embarqués (liens"
      " click-to-dial avec ?Subject= et autres), jetons applicatifs entassés dans la partie"
      " utilisateur, ou boucle de routage où chaque saut ajoute un paramètre jusqu'à faire"
      " exploser l'URI. Les scanners et les fuzzers envoient aussi des URI absurdes.",
      "Examinez la Request-URI de la requête en échec et identifiez l'élément qui l'a"
      " construite ou allongée. Déplacez les données applicatives dans des en-têtes ou dans"
      " le corps, et cherchez dans les scripts de routage une boucle qui ajoute sans cesse"
      " des paramètres ; la pile de Via montre les sauts répétés. Ignorez-le quand la requête"
      " vient d'un scanner." },
    { 415,
      "Content-Type ou encodage du corps non pris en charge ; Accept liste ceux qui le sont",
      "Le serveur ne traitera pas le corps parce que son type de média, son encodage ou sa"
      " langue ne sont pas pris en charge, et doit lister ce qu'il accepte dans Accept,"
      " Accept-Encoding ou Accept-Language (RFC 3261). L'UAC devrait réessayer sans le"
      " contenu non pris en charge.",
      "INVITE avec des corps multipart/mixed (SDP plus ISUP pour SIP-I/SIP-T, ou objet de"
      " localisation PIDF-LO) envoyés à des terminaux qui n'acceptent que application/sdp ;"
      " INFO en application/dtmf-relay vers un équipement qui attend un autre format DTMF ;"
      " MESSAGE avec des corps message/cpim ou is-composing vers des clients simples ; corps"
      " compressés en gzip.",
      "Lisez l'en-tête Accept de la réponse et n'envoyez que ces types. Sur le SBC ou la"
      " passerelle, désactivez l'encapsulation ISUP vers les pairs non SIP-I, utilisez la RFC"
      " 4733 pour les DTMF et coupez la compression des corps. Vérifiez l'absence de faute de"
      " frappe dans le Content-Type et le Content-Encoding de la requête." },
    { 416,
      "le serveur ne gère pas le schéma de la Request-URI (tel:, sips:, im:, etc.)",
      "RFC 3261 : le serveur ne connaît pas le schéma de la Request-URI et rejette la"
      " requête. L'UAC devrait réessayer avec un schéma que le serveur prend en charge, en"
      " général sip:.",
      "URI tel: envoyée à un serveur qui n'accepte que sip:, sips: vers un serveur sans TLS,"
      " im: ou pres: émis par des applications de présence, ou urn:service:sos vers un"
      " serveur non configuré pour le routage des appels d'urgence. Souvent dû à un plan de"
      " numérotation ou à un client mobile qui émet directement du tel:.",
      "Convertissez les numéros tel: en sip:+E164@domaine;user=phone avant qu'ils ne quittent"
      " l'IPBX ou le SBC, et vérifiez les réglages de schéma dans le plan de numérotation de"
      " l'UA. Pour sips:, activez TLS sur le serveur ou utilisez sip: sur un transport TLS."
      " Regardez la Request-URI de la requête en échec, pas seulement l'en-tête To." },
    { 417,
      "espace de noms ou valeur Resource-Priority inconnus ; voir Accept-Resource-Priority",
      "Issu de la RFC 4412 (priorité d'accès aux ressources de communication) : la requête"
      " exigeait un traitement prioritaire (Require: resource-priority) avec un espace de"
      " noms ou une valeur Resource-Priority que le serveur ne connaît pas, et la réponse"
      " liste ceux qu'il comprend dans Accept-Resource-Priority.",
      "Services de priorité gouvernementaux et de défense (espaces de noms tels que ets, wps,"
      " dsn, drsn, q735) qui passent sur un réseau ou un trunk qui ne les implémente pas, ou"
      " valeur de priorité configurée hors de la plage acceptée par le pair.",
      "Comparez le Resource-Priority de la requête avec l'Accept-Resource-Priority de la"
      " réponse et alignez les espaces de noms et valeurs configurés des deux côtés. Si le"
      " pair n'offre aucun service de priorité, faites retirer par le SBC le"
      " Resource-Priority et l'option tag correspondant dans Require sur cette"
      " interconnexion, dans le respect des règles du service de priorité." },
    { 420,
      "le serveur ne prend pas en charge un option tag listé dans Require ; voir Unsupported",
      "Le serveur ne comprend pas une extension que la requête a déclarée obligatoire dans"
      " Require ou Proxy-Require, et liste les option tags concernés dans un en-tête"
      " Unsupported (RFC 3261). L'UAC peut réessayer sans les exiger.",
      "Un UA ou un SBC qui exige 100rel, timer, precondition, replaces, path, gruu, sec-agree"
      " ou un tag propriétaire vers un pair qui ne les gère pas : classique sur les nouveaux"
      " trunks entre équipementiers différents, ou quand un terminal de type IMS rencontre un"
      " IPBX ordinaire.",
      "Lisez l'en-tête Unsupported. Faites passer cet option tag de Require à Supported chez"
      " l'émetteur (par exemple rendre PRACK facultatif au lieu d'obligatoire), activez"
      " l'extension chez le pair, ou faites normaliser Require et Proxy-Require par le SBC"
      " sur cette interconnexion." },
    { 421,
      "le serveur exige une extension que la requête ne proposait pas ; Require la nomme",
      "L'UAS ne traitera la requête qu'avec une extension particulière que la requête n'a pas"
      " listée dans Supported, et il la nomme dans un en-tête Require de la réponse (RFC"
      " 3261). Ce code n'est pas prévu pour des extensions simplement souhaitables.",
      "Un UAS ou une passerelle qui impose les réponses provisoires fiables (100rel), les"
      " session timers (timer), les préconditions, ou outbound et GRUU sur les"
      " enregistrements, face à un UA qui ne les annonce pas ; fréquent sur les"
      " interconnexions avec des cœurs IMS et certains SBC d'opérateurs.",
      "Lisez l'en-tête Require et activez cette extension sur l'UAC ou le trunk pour qu'elle"
      " apparaisse dans Supported, par exemple en activant 100rel/PRACK ou les session"
      " timers. Si l'UAC ne peut pas la prendre en charge, demandez au pair d'assouplir"
      " l'exigence pour votre trunk." },
    { 422,
      "Session-Expires sous le minimum du serveur ; réessayer avec au moins la valeur de Min-SE",
      "Défini par la RFC 4028 (session timers). Le Session-Expires d'un INVITE ou d'un UPDATE"
      " est plus court que le minimum accepté par un proxy ou par l'UAS ; la réponse porte un"
      " Min-SE, et l'UAC doit réessayer avec un Session-Expires supérieur ou égal à cette"
      " valeur, accompagné de son propre en-tête Min-SE.",
      "Fait partie de la négociation normale des session timers entre IPBX, SBC et"
      " opérateurs, par exemple un UA qui propose 90 s à un opérateur qui veut 1800 s. Cela"
      " devient un problème quand l'UAC ne réessaie pas, et l'appel échoue, ou quand des"
      " éléments en cascade font monter la valeur sans fin.",
      "Rien à corriger si l'INVITE suivant porte un Session-Expires au moins égal au Min-SE"
      " reçu. Sinon, réglez le session timer de l'UAC sur une valeur acceptée par ses pairs"
      " (1800 s est une valeur par défaut courante) ou faites-lui traiter correctement cette"
      " réponse. Vérifiez que Min-SE et Session-Expires restent cohérents à travers chaque"
      " B2BUA du chemin." },
    { 423,
      "Expires demandé trop court ; réessayer avec au moins la valeur de Min-Expires",
      "Défini dans la RFC 3261 pour les registrars (§10.3) : la durée demandée dans un"
      " REGISTER est plus courte que ce qu'autorise le serveur. La réponse porte un"
      " Min-Expires, et le client doit réessayer avec un Expires au moins égal. Les RFC 6665"
      " et 3903 le réutilisent pour SUBSCRIBE et PUBLISH.",
      "Postes qui se réenregistrent toutes les 30 à 120 s pour garder les associations NAT"
      " ouvertes, face à un registrar ou un IPBX hébergé qui impose un minimum de plusieurs"
      " minutes ; aussi des intervalles SUBSCRIBE ou PUBLISH courts vers des serveurs de"
      " présence. Un UA qui réessaie avec la valeur de Min-Expires aboutit normalement.",
      "Réessayez avec Expires égal à la valeur de Min-Expires ; la plupart des UA le font"
      " d'eux-mêmes. Sinon, augmentez l'intervalle d'enregistrement de l'UA. Maintenez les"
      " associations NAT avec des keep-alives CRLF, des pings OPTIONS ou SIP Outbound (RFC"
      " 5626) plutôt qu'avec des réenregistrements très rapprochés." },
    { 424,
      "la localisation jointe à la requête est erronée ou inexploitable ; voir Geolocation-Error",
      "La RFC 6442 (transport de la localisation) a ajouté ce code. La localisation transmise"
      " avec la requête, par valeur dans un corps PIDF-LO ou par référence dans l'en-tête"
      " Geolocation, était mal formée ou insuffisante pour l'usage du destinataire, par"
      " exemple le routage. Geolocation-Error donne un code : 100 localisation impossible à"
      " traiter, 200 à 202 problèmes d'autorisation, 300 échec du déréférencement.",
      "Appels d'urgence (NG911, NG112) où un ESRP ou un PSAP ne peut ni router sur la"
      " localisation envoyée par le réseau d'origine, ni l'exploiter ; fournisseurs VoIP E911"
      " qui rejettent une localisation ; URI de localisation par référence impossibles à"
      " déréférencer.",
      "Lisez le code et le texte de Geolocation-Error. Validez le PIDF-LO par rapport à son"
      " schéma, vérifiez que la référence cid: de l'en-tête Geolocation correspond au"
      " Content-ID de la partie du corps, et que la valeur routing-allowed autorise le"
      " routage. Pour une localisation par référence, assurez-vous que le serveur de"
      " déréférencement est joignable et qu'il autorise le destinataire." },
    { 425,
      "charge d'alerte (CAP) absente, corrompue ou inexploitable ; voir AlertMsg-Error",
      "Défini par la RFC 8876 pour les appels d'urgence non interactifs. La requête portait,"
      " ou aurait dû porter, une charge utile d'alerte, normalement un document Common"
      " Alerting Protocol, que le destinataire n'a pas pu traiter. AlertMsg-Error donne un"
      " code : 100 traitement impossible, 101 charge absente, 102 informations insuffisantes"
      " pour déterminer l'objet, 103 charge corrompue.",
      "Capteurs, centrales d'alarme, systèmes embarqués dans les véhicules et services de"
      " télésurveillance qui envoient des alertes à un PSAP ou à un centre de réception"
      " d'alarmes par MESSAGE ou INVITE avec un corps CAP, et qui se les voient rejeter par"
      " le réseau des services d'urgence.",
      "Commencez par le code AlertMsg-Error. Validez le XML CAP, vérifiez le Content-Type de"
      " la partie du corps contenant l'alerte et la référence qui pointe dessus, et"
      " assurez-vous que l'alerte contient les champs dont le destinataire a besoin pour la"
      " classer (event, category, area). Faites des essais sur le service de test du centre"
      " récepteur avant la mise en production." },
    { 428,
      "le vérificateur exige un en-tête Identity signé (STIR) et la requête n'en avait pas",
      "Défini d'abord dans la RFC 4474, aujourd'hui dans la RFC 8224 : la politique du"
      " destinataire exige un en-tête Identity valide, c'est-à-dire une signature PASSporT"
      " portant sur l'identité de l'appelant, et la requête est arrivée sans. Le côté"
      " d'origine doit faire signer la requête par un service d'authentification et"
      " réessayer.",
      "Interconnexions qui appliquent STIR/SHAKEN, surtout en Amérique du Nord, et rejettent"
      " les appels non signés d'un opérateur d'origine ou d'un opérateur amont. Peu utilisé :"
      " la plupart des vérificateurs laissent passer les appels non signés avec un niveau de"
      " confiance plus bas plutôt que de les rejeter.",
      "Assurez-vous que l'opérateur d'origine ou votre SBC signe les appels sortants via son"
      " STI-AS et que l'en-tête Identity survit au trajet : vérifiez les règles de"
      " manipulation d'en-têtes et les limites de taille de chaque SBC, car les en-têtes"
      " Identity sont longs et peuvent faire dépasser la MTU aux messages UDP. Confirmez que"
      " vous êtes habilité à signer pour le numéro appelant." },
    { 429,
      "la cible du REFER exige un jeton Referred-By valide avant d'exécuter la demande",
      "Introduit avec le mécanisme Referred-By de la RFC 3892 : la cible d'un transfert exige"
      " que la requête déclenchée par un REFER porte un jeton Referred-By, c'est-à-dire une"
      " déclaration signée de l'identité de l'émetteur du REFER, et ce jeton est absent ou"
      " invalide. Le destinataire du REFER peut le signaler à l'émetteur, qui peut alors"
      " fournir un jeton et renvoyer un REFER.",
      "Extrêmement rare ; seulement dans les déploiements qui sécurisent les transferts avec"
      " des jetons Referred-By signés en S/MIME. La plupart des IPBX et des postes n'envoient"
      " pas de tels jetons et ne les exigent pas non plus.",
      "Vérifiez la politique de la cible du transfert. Si elle exige des jetons signés,"
      " l'émetteur du REFER doit en fournir un (un en-tête Referred-By dont le paramètre cid"
      " pointe vers un corps message/sipfrag signé) ; sinon, assouplissez la politique de la"
      " cible. Regardez l'en-tête Referred-By de l'INVITE déclenché pour voir ce qui a"
      " réellement été envoyé." },
    { 430,
      "un proxy de bordure signale que son flux vers l'UA enregistré (SIP Outbound) est mort",
      "Défini par la RFC 5626 (SIP Outbound). Un proxy de bordure (edge proxy) le renvoie"
      " vers l'amont quand la connexion ou le flux qu'on lui demandait d'utiliser pour"
      " joindre un UA enregistré ne fonctionne plus. Le proxy faisant autorité doit alors"
      " supprimer l'association liée à ce flux et essayer un autre flux ou un autre contact"
      " du même utilisateur.",
      "Entre un proxy de bordure et le registrar ou le proxy de rattachement dans les"
      " déploiements compatibles Outbound, typiquement après qu'un UA mobile ou placé"
      " derrière un NAT a perdu sa connexion TCP/TLS ou son association UDP sans se"
      " réenregistrer. Il n'est pas censé remonter jusqu'à l'appelant d'origine.",
      "Vérifiez les keep-alives de l'UA (ping-pong CRLF sur TCP/TLS, STUN sur UDP) et leur"
      " intervalle par rapport aux délais d'inactivité du NAT et du pare-feu. Confirmez que"
      " l'UA se réenregistre rapidement quand son flux tombe, qu'il utilise reg-id et"
      " +sip.instance de façon cohérente, et que les flow tokens du proxy de bordure dans"
      " Path sont valides. Si des appelants voient ce code, le proxy faisant autorité le"
      " relaie au lieu de se rétablir." },
    { 433,
      "l'appelé refuse les appels qui masquent l'identité de l'appelant",
      "La RFC 5079 l'a créé pour le rejet des appels anonymes : l'UAS, ou un proxy agissant"
      " pour son compte, refuse la requête parce que l'appelant s'est rendu anonyme (From"
      " anonyme, Privacy: id ou user). Réessayer en révélant l'identité peut réussir.",
      "Rejet des appels anonymes sur les IPBX, les plateformes hébergées et chez les"
      " opérateurs : un appelant qui a masqué son numéro (secret d'appel, préfixe de type"
      " #31# ou *67, réglage de confidentialité sur le trunk) appelle un utilisateur qui a"
      " activé le refus des numéros masqués.",
      "Rappelez avec le numéro présenté : supprimez le préfixe de masquage ou l'en-tête"
      " Privacy, ou corrigez un trunk qui masque le numéro par défaut. Si l'appelé doit"
      " accepter ces appels, désactivez le rejet des appels anonymes sur son compte. Vérifiez"
      " aussi le P-Asserted-Identity ; certains réseaux considèrent son absence comme un"
      " appel anonyme." },
    { 436,
      "impossible de récupérer le certificat désigné par l'URL de l'en-tête Identity (STIR)",
      "Selon la RFC 8224, le vérificateur n'a pas pu déréférencer l'URI du paramètre info de"
      " l'en-tête Identity (en SHAKEN, également le x5u du PASSporT) ; il ne peut donc pas"
      " obtenir le certificat nécessaire pour contrôler la signature. Les anciennes tables"
      " l'écrivent \"Bad Identity-Info\", d'après l'en-tête de la RFC 4474.",
      "Services de vérification STIR/SHAKEN incapables de récupérer le certificat de"
      " signature : dépôt de certificats en panne ou lent, URL erronée ou pas en HTTPS, échec"
      " DNS, ou accès HTTP sortant du vérificateur lui-même bloqué.",
      "Récupérez vous-même l'URL info/x5u depuis le réseau du vérificateur (curl suffit) et"
      " vérifiez le DNS, le HTTPS et le fichier de certificat renvoyé. L'opérateur signataire"
      " doit corriger l'URL publiée ou son dépôt ; côté vérification, contrôlez le pare-feu"
      " en sortie, les réglages de proxy HTTP et les délais de récupération." },
    { 437,
      "le vérificateur n'accepte pas le certificat qui sous-tend la signature Identity (STIR)",
      "La RFC 8224 lui a donné ce nom ; la RFC 4474 l'appelait \"Unsupported Certificate\"."
      " Le vérificateur a obtenu le certificat du signataire mais ne peut pas l'utiliser : il"
      " ne fait pas confiance à l'autorité émettrice, ne prend pas en charge ce type de"
      " certificat, ou le certificat ne couvre pas l'identité revendiquée.",
      "Vérification SHAKEN en échec parce que le certificat remonte à une STI-CA absente de"
      " la liste de confiance du vérificateur, a expiré ou a été révoqué, ou possède un"
      " TNAuthList qui n'autorise pas le numéro appelant ; également dans les déploiements"
      " d'entreprise qui utilisent des AC privées.",
      "Inspectez la chaîne de certificats derrière l'URL info/x5u : émetteur au regard de la"
      " liste de confiance STI-CA en vigueur, dates de validité, état de révocation,"
      " TNAuthList. L'opérateur signataire doit renouveler ou remplacer son certificat ; le"
      " vérificateur doit tenir à jour sa liste d'ancres de confiance." },
    { 438,
      "l'en-tête Identity est là mais sa signature ou ses assertions ne se vérifient pas (STIR)",
      "Selon la RFC 8224, le vérificateur a trouvé un en-tête Identity et récupéré le"
      " certificat, mais la signature ne se valide pas par rapport à la requête : les"
      " assertions du PASSporT ne correspondent pas aux numéros du From ou du To, ou"
      " l'algorithme ou l'encodage est erroné. Un Date ou un iat hors de la fenêtre de"
      " fraîcheur ne donne pas un 438 : la RFC 8224 §6.2.2 y répond par 403 \"Stale Date\".",
      "Le plus souvent, un élément situé entre le signataire et le vérificateur a modifié le"
      " numéro appelant ou appelé (ajout ou retrait du +1, d'un indicatif pays ou de"
      " préfixes) après la signature. Vient ensuite un signataire dont la clé privée ne"
      " correspond plus au certificat publié à son URL x5u, typiquement après un changement"
      " de clé non republié.",
      "Décodez le PASSporT et comparez orig et dest avec le From, le P-Asserted-Identity et"
      " le To de la requête telle que reçue ; corrigez la normalisation pour que les numéros"
      " restent tels que signés, ou signez après la dernière réécriture. Vérifiez que le"
      " STI-AS signe avec la clé du certificat publié à x5u, les paramètres alg (ES256 pour"
      " SHAKEN) et ppt, et qu'aucun SBC ne replie ni ne tronque l'en-tête." },
    { 439,
      "le registrar veut SIP Outbound mais le proxy du premier saut ne le prend pas en charge",
      "Défini par la RFC 5626. Un registrar qui gère Outbound reçoit un REGISTER qui le"
      " demande (reg-id et +sip.instance), mais le proxy de bordure du premier saut n'a donné"
      " aucun signe de prise en charge d'Outbound (pas de paramètre ob dans son entrée Path)."
      " Comme les flux ne peuvent pas fonctionner à travers ce proxy, l'enregistrement est"
      " refusé.",
      "Clients mobiles et de bureau avec Outbound activé qui s'enregistrent via un proxy de"
      " bordure ou un SBC ordinaire sans prise en charge de la RFC 5626, alors que le"
      " registrar situé derrière l'implémente.",
      "Activez Outbound sur le proxy de bordure pour qu'il insère une entrée Path avec le"
      " paramètre ob, ou désactivez Outbound (reg-id) sur le client pour que le registrar le"
      " traite comme un enregistrement ordinaire. Vérifiez les en-têtes Path et Supported du"
      " REGISTER tel qu'il arrive au registrar." },
    { 440,
      "un proxy qui fait du forking n'a plus assez de Max-Breadth pour dupliquer la requête",
      "Défini par la RFC 5393, qui limite le forking parallèle pour éviter l'amplification :"
      " Max-Breadth (60 par défaut) plafonne le nombre total de branches parallèles qu'une"
      " requête peut engendrer. Un proxy répond par ce code quand la largeur reçue est trop"
      " faible pour dupliquer la requête.",
      "Grands groupes d'appel ou recherches parallèles réparties sur plusieurs proxys qui"
      " font du forking, boucles de forking où des proxys se dupliquent mutuellement les"
      " requêtes, et attaques par forking que ce mécanisme est censé stopper.",
      "Vérifiez l'en-tête Max-Breadth de la requête et la configuration du forking : réduisez"
      " le nombre de branches parallèles, utilisez une recherche séquentielle pour les gros"
      " groupes, ou augmentez la valeur initiale de Max-Breadth là où c'est sans risque."
      " Cherchez dans la pile de Via des proxys qui se renvoient la requête en boucle." },
    { 469,
      "l'INFO utilise un Info Package que le pair n'a pas accepté de recevoir ; voir Recv-Info",
      "Provient du cadre Info Package de la RFC 6086 : une requête INFO nommait, dans son"
      " en-tête Info-Package, un package que l'UAS n'a pas déclaré dans Recv-Info pour ce"
      " dialogue ou qu'il ne prend pas en charge. La réponse liste dans Recv-Info les"
      " packages qu'il acceptera.",
      "INFO en cours d'appel pour les DTMF, les demandes de rafraîchissement d'image vidéo ou"
      " une signalisation applicative, envoyés sous un Info Package nommé à un pair qui ne"
      " gère que l'INFO historique ou d'autres packages ; courant entre passerelles et"
      " serveurs d'application d'éditeurs différents.",
      "Vérifiez le Recv-Info annoncé par le pair dans son INVITE, son 18x ou son 200, et"
      " n'envoyez que ces packages. Passez les DTMF en événements RFC 4733 si possible, ou"
      " configurez l'INFO historique sans Info-Package si c'est ce que le pair attend." },
    { 470,
      "relais sans consentement des destinataires pour cette requête ; voir Permission-Missing",
      "Défini par la RFC 5360 (cadre de consentement). Un relais tel qu'un serveur de listes"
      " d'URI, qui démultiplie une requête vers de nombreux destinataires, n'a pas"
      " l'autorisation de certains d'entre eux. Il les nomme dans Permission-Missing, et"
      " l'émetteur peut alors demander leur consentement.",
      "Rare ; vu avec des services de listes d'URI (MESSAGE à destinataires multiples,"
      " invitations à des conférences adressées à des listes) dans les déploiements qui"
      " imposent le consentement pour empêcher l'amplification du spam.",
      "Lisez Permission-Missing pour savoir quelles cibles n'ont pas donné leur consentement."
      " Obtenez leur autorisation via le mécanisme de consentement du relais (une demande de"
      " permission qu'elles doivent accepter), ou retirez-les de la liste. Si le blocage est"
      " inattendu, revoyez la politique de consentement du relais." },
    { 480,
      "utilisateur existant mais injoignable pour l'instant (non enregistré, DND, non-réponse)",
      "RFC 3261 : le terminal de l'appelé a été contacté, ou l'utilisateur est connu, mais il"
      " est actuellement indisponible, par exemple déconnecté ou en mode ne pas déranger."
      " Retry-After peut suggérer un meilleur moment. Contrairement au 404, l'utilisateur"
      " existe bel et bien.",
      "La réponse classique d'un IPBX quand le poste appelé n'a pas d'enregistrement en cours"
      " (poste éteint, ou enregistrement expiré derrière un NAT), quand le DND est actif, ou"
      " quand une passerelle RTC signale une non-réponse, un abonné absent (Q.850 19, 20) ou"
      " une cause générique 31. FreeSWITCH et d'autres y associent aussi plusieurs"
      " défaillances internes, si bien que l'en-tête Reason en dit souvent plus que le code ;"
      " un \"480 Error\" avec la cause Q.850 21 (appel rejeté) se rencontre dans des captures"
      " réelles.",
      "Lisez d'abord l'en-tête Reason : une cause Q.850 18 ou 19 (non-réponse), 20 (absent),"
      " 21 (rejeté) ou une cause SIP racontent des histoires très différentes. Vérifiez si"
      " l'appelé est enregistré (table de localisation du registrar) et pourquoi son"
      " enregistrement a disparu : expiration, keep-alives NAT, changements de réseau."
      " Contrôlez les réglages DND et de renvoi, et respectez Retry-After s'il est présent." },
    { 481,
      "aucun dialogue ni transaction correspondant ici ; anodin après des BYE croisés",
      "L'UAS a reçu une requête qui ne correspond à aucun dialogue ni aucune transaction"
      " existants, d'après le Call-ID, les tags et les identifiants de transaction (RFC"
      " 3261). Pour une requête en cours de dialogue, cela signifie que ce côté n'a aucune"
      " trace de l'appel.",
      "Sans gravité quand les deux extrémités envoient un BYE au même moment, quand un BYE"
      " est retransmis après la perte de son 200, ou quand un CANCEL arrive alors que"
      " l'INVITE a déjà reçu sa réponse finale. C'est un vrai problème quand il répond à un"
      " re-INVITE, un UPDATE, un INFO, un NOTIFY ou un rafraîchissement de session : le pair"
      " a perdu le dialogue à cause d'un redémarrage ou d'une bascule, de l'expiration d'un"
      " session timer, ou d'un SBC, d'un ALG ou d'un répartiteur de charge qui a modifié le"
      " Call-ID ou les tags, ou envoyé la requête au mauvais nœud.",
      "Après des BYE ou des CANCEL croisés, ignorez-le. Sinon, comparez le Call-ID, le tag"
      " From et le tag To avec ceux des messages qui ont établi le dialogue, et vérifiez que"
      " les requêtes en cours de dialogue suivent le Contact et le Record-Route du dialogue"
      " au lieu d'être reroutées vers un autre serveur. Cherchez des redémarrages et des"
      " expirations de session timer au moment de l'échec. La RFC 3261 §12.2.1.2 indique que"
      " l'UAC doit mettre fin au dialogue après un 481 reçu sur une requête en cours de"
      " dialogue ; attendez-vous donc à un BYE." },
    { 482,
      "la requête est revenue sur un serveur qu'elle avait déjà traversé : boucle de routage",
      "Selon la RFC 3261 §16.3 étape 4, un proxy a trouvé l'une de ses propres entrées Via sur"
      " la requête, preuve que la même requête était déjà passée par lui sans modification."
      " Une spirale, c'est-à-dire un nouveau passage par le même proxy avec une Request-URI"
      " différente, est légitime et ne doit pas le déclencher. La RFC 3261 laisse ce contrôle"
      " facultatif (un MAY) ; la RFC 5393 §4 le rend obligatoire pour un proxy qui fait du"
      " forking, afin qu'une boucle ne puisse pas multiplier les requêtes, et ajoute"
      " Max-Breadth dans le même but.",
      "Deux proxys ou SBC dont les routes par défaut pointent l'un vers l'autre, un IPBX qui"
      " renvoie les numéros non reconnus à l'opérateur qui les lui a livrés, des"
      " enregistrements DNS ou SRV qui ramènent à l'émetteur, ou une chaîne de renvois qui"
      " revient à son point de départ. Seuls les proxys qui font ce contrôle l'envoient,"
      " surtout ceux qui font du forking ; ailleurs la même boucle finit en 483. À travers un"
      " B2BUA, qui repart d'une pile Via neuve sur chaque tronçon, une boucle ne donne jamais"
      " de 482, et ne donne un 483 que si le B2BUA reporte Max-Forwards.",
      "Lisez les en-têtes Via de la requête bouclée pour voir le cycle et quel élément l'a"
      " refermé. Corrigez la route qui renvoie la requête : routes par défaut, motifs"
      " attrape-tout du plan de numérotation, choix du trunk pour les numéros entrants."
      " Vérifiez que chaque proxy reconnaît toutes ses propres adresses et tous ses alias,"
      " faute de quoi il peut prendre une spirale pour une boucle ou passer à côté d'une"
      " vraie boucle, et laissez la détection de boucle active partout où un proxy fait du"
      " forking." },
    { 483,
      "Max-Forwards est tombé à zéro avant que la requête n'atteigne sa cible",
      "La requête est arrivée avec Max-Forwards à 0, le serveur qui la reçoit ne peut donc"
      " pas la relayer (RFC 3261 §16.3 étape 3). Chaque proxy décrémente cet en-tête à partir"
      " de sa valeur initiale habituelle de 70, ce qui garantit qu'une boucle faite de proxys"
      " finit par s'arrêter.",
      "Presque toujours une boucle de routage entre proxys ; parfois une chaîne légitimement"
      " longue qui part d'un UA ou d'une application fixant une valeur initiale très basse."
      " Une boucle qui traverse un B2BUA repartant de 70 sur chaque nouveau tronçon n'arrive"
      " jamais ici : Max-Forwards ne s'épuise pas, et la boucle se manifeste plutôt par une"
      " avalanche d'appels presque identiques, la panne que décrit la RFC 7332.",
      "Comptez et lisez les en-têtes Via de la requête en échec : des hôtes répétés révèlent"
      " une boucle, à corriger dans le routage. Si la chaîne est réelle, relevez la valeur"
      " initiale de Max-Forwards sur l'élément qui la fixe trop bas. Quand une boucle se"
      " manifeste par une rafale d'appels aux Call-ID nouveaux plutôt que par un 483,"
      " trouvez le B2BUA qui s'y trouve et faites-lui recopier le Max-Forwards entrant,"
      " décrémenté, sur son tronçon sortant (dans FreeSWITCH, ne forcez pas la variable de"
      " canal max_forwards)." },
    { 484,
      "numéro composé trop court ou incomplet pour être routé",
      "La Request-URI est incomplète et le serveur a besoin de chiffres ou d'informations"
      " d'adresse supplémentaires (RFC 3261) ; la phrase de statut peut indiquer ce qui"
      " manque. La RFC 3578 l'utilise pour la numérotation avec chevauchement (overlap), où"
      " un numéro est envoyé en plusieurs morceaux.",
      "L'utilisateur a composé trop peu de chiffres, ou le plan de numérotation du poste a"
      " envoyé le numéro trop tôt ; le saut suivant attend un autre format (numéro national"
      " sans indicatif régional, préfixe de sortie ou de trunk manquant) ; passerelles ISUP"
      " dans les réseaux qui numérotent en overlap, où la cause Q.850 28 (format de numéro"
      " invalide) y est associée.",
      "Comparez la partie utilisateur de la Request-URI avec le plan de numérotation attendu"
      " par le saut suivant. Corrigez le digit map ou la temporisation inter-chiffres du"
      " poste, et la normalisation des numéros sur l'IPBX ou le SBC (indicatif pays,"
      " indicatif régional, préfixes). Sur les interconnexions RTC qui ne gèrent pas"
      " l'overlap, configurez la passerelle pour envoyer les numéros en bloc." },
    { 485,
      "la Request-URI correspond à plusieurs utilisateurs ; Contact peut lister les candidats",
      "L'adresse de la Request-URI est ambiguë (RFC 3261). La réponse peut lister dans"
      " Contact des adresses non ambiguës possibles, mais les serveurs peuvent les omettre"
      " car les divulguer peut poser un problème de confidentialité.",
      "Rare : numérotation par nom ou recherche d'alias qui trouve plusieurs utilisateurs"
      " (sip:martin@example.com alors qu'il y a plusieurs Martin), ou postes et alias en"
      " double dans une base d'utilisateurs.",
      "Réessayez avec l'un des Contact candidats ou avec une URI complète et unique. Si"
      " l'adresse ne devrait pas être ambiguë, cherchez les alias, postes ou numéros en"
      " double dans la base d'utilisateurs du serveur et supprimez-les." },
    { 486,
      "le terminal de l'appelé est occupé et n'acceptera pas d'autre appel",
      "Le terminal de l'appelé a été joint mais ne peut pas accepter d'autre appel à cet"
      " endroit (RFC 3261) ; Retry-After peut indiquer un meilleur moment. Le \"à cet"
      " endroit\" compte : d'autres emplacements de l'utilisateur, comme la messagerie vocale"
      " ou un autre terminal, peuvent encore prendre l'appel, et c'est ce qui le distingue du"
      " 600.",
      "Poste déjà en communication avec le double appel désactivé, limite d'appels par"
      " terminal ou par utilisateur atteinte sur Asterisk ou FreeSWITCH, DND implémenté comme"
      " une occupation, ou passerelle RTC qui reçoit la cause Q.850 17 (usager occupé)."
      " Certains opérateurs l'envoient aussi quand la limite d'appels simultanés d'un trunk"
      " est atteinte, alors qu'un 503 serait plus exact.",
      "Une issue côté utilisateur, pas une panne réseau. Si l'appelé n'était pas réellement"
      " occupé, vérifiez le réglage de double appel du poste, les limites d'appels du compte"
      " ou du trunk sur l'IPBX, et les appels fantômes qui occupent la ligne. Comparez avec"
      " l'en-tête Reason : ce code accompagné de la cause Q.850 16 ou 34 révèle un problème"
      " de correspondance chez l'opérateur ou une limite de capacité, pas un usager occupé." },
    { 487,
      "la requête en attente a été interrompue par un CANCEL (ou un BYE) avant d'aboutir",
      "La requête a été terminée par un BYE ou un CANCEL (RFC 3261). En pratique, c'est la"
      " réponse finale à un INVITE stoppé par un CANCEL : le 200 répond au CANCEL lui-même,"
      " et l'UAC acquitte quand même le 487 par un ACK.",
      "La fin normale d'un appel annulé : l'appelant a raccroché avant le décroché, la"
      " temporisation de sonnerie d'un IPBX a envoyé un CANCEL, ou un proxy qui fait du"
      " forking a annulé les autres branches dès que l'une a répondu (Reason:"
      " SIP;cause=200;text=\"Call completed elsewhere\"). Suspect quand aucun CANCEL"
      " n'apparaît dans la capture, ou quand les CDR comptent ces appels comme échoués.",
      "Ce n'est pas un défaut. Si des appels sont annulés de façon inattendue, trouvez qui a"
      " envoyé le CANCEL et pourquoi : la temporisation de non-réponse de l'appelant"
      " lui-même, celle de sonnerie d'un IPBX ou le Timer C d'un proxy ; l'en-tête Reason du"
      " CANCEL le dit souvent. Si les appelants raccrochent parce que rien ne se passe"
      " pendant longtemps, examinez plutôt le délai post-numérotation." },
    { 488,
      "offre de session (SDP) inacceptable sur ce terminal : codecs, média ou transport",
      "La requête, en général un INVITE ou un UPDATE, a été comprise, mais la description de"
      " session proposée ne peut pas être acceptée par ce terminal (RFC 3261). Un en-tête"
      " Warning devrait en donner la raison, avec des codes comme 304 (type de média"
      " indisponible), 305 (format de média incompatible) ou 370 (bande passante"
      " insuffisante).",
      "Sur un INVITE initial, il signale une incompatibilité de codecs ou de média (G.729"
      " seul face à G.711 seul), de SRTP (RTP/SAVP contre RTP/AVP, SDES contre DTLS avec"
      " WebRTC) ou de famille d'adresses, et l'appel échoue. Sur un re-INVITE, comme un"
      " passage en fax T.38 ou l'ajout de vidéo, seul le changement est refusé et l'appel se"
      " poursuit sur son média précédent.",
      "Comparez les lignes m=, les a=rtpmap et les attributs crypto ou fingerprint de l'offre"
      " avec le jeu de codecs et les réglages de sécurité du pair, et lisez l'en-tête"
      " Warning. Ajoutez un codec commun, alignez la politique SRTP ou activez le transcodage"
      " sur le SBC. Pour un re-INVITE T.38 refusé, vérifiez la prise en charge du fax aux"
      " deux extrémités ; l'appel audio lui-même n'est pas affecté." },
    { 489,
      "le serveur ne prend pas en charge le package d'événements nommé dans l'en-tête Event",
      "Défini par la RFC 6665, et par la RFC 3903 pour PUBLISH : le SUBSCRIBE, PUBLISH ou"
      " NOTIFY nommait un package d'événements que le serveur ne comprend pas ou refuse de"
      " servir. La réponse devrait inclure un en-tête Allow-Events qui liste les packages"
      " pris en charge.",
      "Postes qui s'abonnent à presence, dialog (BLF), message-summary (MWI) ou ua-profile"
      " auprès d'un IPBX ou d'un proxy dépourvu du module ou de la configuration nécessaire ;"
      " Asterisk répond ainsi aux SUBSCRIBE et PUBLISH presence et dialog quand ceux-ci ne"
      " sont pas configurés. Sans conséquence quand la fonction n'est pas souhaitée.",
      "Lisez Allow-Events dans la réponse. Si la fonction est nécessaire, activez le package"
      " d'événements sur le serveur (module de présence, hints BLF, MWI de la messagerie"
      " vocale) ou pointez le poste vers le bon serveur ; sinon, désactivez-la sur le poste"
      " pour faire cesser les tentatives." },
    { 491,
      "collision (glare) : une offre est déjà en cours ; réessayer après un délai aléatoire",
      "RFC 3261 §14 : l'UAS a reçu un re-INVITE (ou un UPDATE, RFC 3311) alors que sa propre"
      " offre dans le même dialogue était encore en attente. Les deux côtés temporisent :"
      " celui qui possède le Call-ID attend un délai aléatoire de 2,1 à 4 s, l'autre de 0 à 2"
      " s, puis chacun réessaie.",
      "Les deux extrémités envoient un re-INVITE au même moment : mise en attente et reprise,"
      " changements de codec, bascule en T.38, rafraîchissements de session quand chaque côté"
      " se croit le refresher, ou B2BUA comme Asterisk qui envoient un re-INVITE pour le"
      " direct media pendant que le poste fait de même.",
      "Se résout normalement de lui-même lors de la nouvelle tentative. Si la collision se"
      " répète ou si la nouvelle tentative ne vient jamais, identifiez les éléments qui"
      " envoient des re-INVITE automatiques, convenez d'un seul refresher pour le session"
      " timer (paramètre refresher de Session-Expires) et désactivez les re-INVITE média"
      " inutiles sur le B2BUA." },
    { 493,
      "le serveur ne peut pas déchiffrer le corps S/MIME reçu",
      "RFC 3261 : la requête portait un corps MIME chiffré (S/MIME) pour lequel l'UAS n'a pas"
      " de clé de déchiffrement adaptée, ou refuse d'en utiliser une. La réponse peut"
      " contenir la clé publique de l'UAS pour que l'émetteur chiffre correctement la"
      " prochaine fois.",
      "Très rare hors des laboratoires et des déploiements sécurisés spécialisés, car S/MIME"
      " n'est quasiment jamais utilisé en SIP ; un UA qui détient un certificat périmé de son"
      " pair le provoquerait.",
      "Comparez le certificat utilisé pour chiffrer le corps avec le certificat actuel du"
      " destinataire, et utilisez la clé publique renvoyée dans la réponse si elle est"
      " présente. Si le chiffrement de bout en bout du corps n'est pas requis, envoyez-le en"
      " clair sur TLS." },
    { 494,
      "le serveur exige un accord de sécurité (RFC 3329) ; voir Security-Server",
      "Relève de l'accord de sécurité de la RFC 3329 : le serveur ne poursuivra qu'une fois"
      " un mécanisme de sécurité négocié avec le client, et il liste les mécanismes qu'il"
      " propose (digest, tls, ipsec-ike, ipsec-man, et ipsec-3gpp dans les réseaux 3GPP) dans"
      " des en-têtes Security-Server.",
      "Accès IMS : un P-CSCF qui impose sec-agree reçoit un REGISTER d'un UE ou d'un client"
      " de test qui n'a pas envoyé de Security-Client accompagné de Require et Proxy-Require:"
      " sec-agree.",
      "Activez sec-agree sur le client avec un mécanisme de la liste Security-Server, en"
      " envoyant Security-Client et l'option tag sec-agree dans Require et Proxy-Require. Sur"
      " les plateformes de test IMS, configurez IPsec (ipsec-3gpp) sur le client, ou"
      " assouplissez la politique du P-CSCF pour la plage de test." },
    { 500,
      "panne interne inattendue : la cause est dans les logs du serveur, pas dans la requête",
      "Le serveur a rencontré une condition inattendue qui l'a empêché de satisfaire la"
      " requête (RFC 3261), et peut ajouter un Retry-After si la condition est temporaire. La"
      " RFC 3261 §14.2 l'utilise aussi, avec un Retry-After aléatoire, quand un re-INVITE"
      " arrive alors qu'un INVITE précédent est encore en cours.",
      "Erreurs de script ou plantages dans un proxy ou un B2BUA (bloc route Kamailio en"
      " échec, erreur de module Asterisk ou FreeSWITCH), base de données ou API dont dépend"
      " le serveur indisponible, limites de licence, ou échecs d'interfonctionnement RTC (les"
      " causes Q.850 111 ou 127 y sont associées). Des re-INVITE qui se chevauchent le"
      " provoquent aussi, et tout rentre dans l'ordre à la nouvelle tentative.",
      "Le défaut se situe sur le serveur qui l'a envoyé (son adresse source et son en-tête"
      " Server l'identifient) : cherchez le Call-ID dans ses logs à l'heure de l'incident."
      " Vérifiez ses dépendances (base de données, DNS, routage HTTP ou services STIR) et ses"
      " licences, et respectez Retry-After. Quand une passerelle est en jeu, lisez la cause"
      " Q.850 dans l'en-tête Reason." },
    { 501,
      "le serveur n'implémente pas du tout cette méthode",
      "Le serveur n'a pas la fonctionnalité nécessaire pour satisfaire la requête,"
      " généralement parce qu'il ne reconnaît pas la méthode (RFC 3261). Les proxys relaient"
      " les méthodes inconnues ; ce code vient donc normalement de l'UAS. À comparer au 405,"
      " où la méthode est connue mais non autorisée.",
      "Sondages de capacités et méthodes facultatives : UPDATE, PUBLISH, MESSAGE, INFO, REFER"
      " ou méthode propriétaire envoyés à un équipement qui ne les gère pas ; passerelle RTC"
      " qui traduit la cause Q.850 79 (service ou option non implémenté). En réponse à un"
      " INVITE, il révèle un pair défaillant ou qui ne parle pas SIP. En réponse à un"
      " REGISTER, il signifie en général que le REGISTER a abouti ailleurs que chez un"
      " registrar : un trunk SIP authentifié par adresse IP, ou un SBC ou IPBX qui n'accepte"
      " que des INVITE de ce pair.",
      "Regardez l'en-tête Allow du pair (dans une réponse à un OPTIONS ou dans le 200 à"
      " l'INVITE) et cessez d'envoyer les méthodes qu'il ne liste pas. Prévoyez un repli"
      " quand c'est possible : re-INVITE au lieu d'UPDATE, RFC 4733 au lieu d'INFO pour les"
      " DTMF, BYE suivi d'un nouvel appel au lieu de REFER. Pour un 501 à un REGISTER,"
      " demandez à l'opérateur si le trunk est authentifié par IP ; si oui, désactivez"
      " l'enregistrement pour ce trunk (gateway FreeSWITCH register=false ; dans Asterisk,"
      " pas de section type=registration pour ce trunk) et faites autoriser votre IP"
      " publique, sinon envoyez le REGISTER au registrar que l'opérateur indique, pas à"
      " l'adresse de signalisation du trunk." },
    { 502,
      "une passerelle ou un proxy a reçu une réponse invalide du saut suivant",
      "Le serveur, agissant comme passerelle ou proxy, a reçu une réponse invalide du serveur"
      " aval qu'il a contacté (RFC 3261). La véritable panne se situe au-delà de l'élément"
      " qui l'a signalée.",
      "SBC et passerelles RTC qui reçoivent une réponse mal formée ou inattendue d'un"
      " opérateur ou d'un autre réseau, passerelles qui signalent la cause Q.850 27"
      " (destination hors service), et proxys dont les résolutions DNS ont mené à une cible"
      " qui a répondu autre chose que du SIP.",
      "Capturez de l'autre côté de l'élément qui l'a envoyé pour voir ce que le saut suivant"
      " a réellement renvoyé. Lisez la cause Q.850 dans l'en-tête Reason, vérifiez l'état du"
      " trunk ou du lien aval et les enregistrements DNS du saut suivant, et remontez le"
      " problème à l'opérateur si la réponse invalide vient de chez lui." },
    { 503,
      "surchargé, en maintenance ou sans route en aval ; réessayer plus tard ou ailleurs",
      "Le serveur ne peut temporairement pas traiter la requête pour cause de surcharge ou de"
      " maintenance (RFC 3261). Retry-After indique quand revenir ; sans lui, le client agit"
      " comme pour un 500. Un UAC ou un proxy qui le reçoit doit essayer un autre serveur,"
      " par exemple la cible DNS SRV suivante (RFC 3263).",
      "Serveurs en surcharge ou en maintenance ; proxys ou SBC sans aval utilisable (toutes"
      " les passerelles hors service, cibles du dispatcher qui échouent aux pings OPTIONS,"
      " trunk non enregistré) ; passerelles RTC à court de canaux ou qui signalent la cause"
      " Q.850 34, 38, 41, 42 ou 47 ; opérateurs qui appliquent des limites d'appels"
      " simultanés ou de CPS ; limites de licence.",
      "Lisez Retry-After et l'en-tête Reason. Si le premier saut l'envoie immédiatement, il"
      " n'a généralement pas de route : vérifiez l'enregistrement du trunk, l'état des"
      " passerelles et du dispatcher, et les routes vers ce numéro. S'il vient de plus loin,"
      " vérifiez la capacité (canaux, CPS et limites d'appels simultanés chez l'opérateur),"
      " et assurez-vous que votre côté bascule sur un autre serveur et respecte Retry-After"
      " au lieu de s'acharner." },
    { 504,
      "le serveur a attendu en vain une ressource nécessaire : saut suivant, DNS, base de données",
      "Le serveur n'a pas obtenu à temps la réponse d'un serveur externe qu'il sollicitait"
      " pour traiter la requête, qu'il s'agisse du saut SIP suivant ou d'un service comme un"
      " serveur de localisation ou le DNS (RFC 3261). C'est le cousin côté serveur du 408 :"
      " l'émetteur est vivant, c'est quelque chose derrière lui qui ne répond pas.",
      "SBC et proxys qui relaient vers un opérateur ou un IPBX qui ne répond jamais ; moteurs"
      " de routage qui attendent des interrogations ENUM, LNP, DNS ou HTTP, y compris des"
      " services de signature STIR/SHAKEN ; passerelles RTC qui signalent la cause Q.850 102"
      " (reprise sur expiration de temporisation).",
      "Trouvez quel tronçon aval est resté muet en capturant côté sortant de l'élément qui a"
      " envoyé le 504. Vérifiez la réactivité du DNS, la latence des interrogations de base"
      " de données et HTTP, et les pare-feu qui bloquent la requête relayée ; n'ajustez les"
      " temporisations de l'élément qu'une fois la dépendance lente identifiée." },
    { 505,
      "le serveur ne prend pas en charge la version SIP de la ligne de requête",
      "Le serveur ne prend pas en charge, ou refuse, la version de protocole utilisée dans la"
      " requête (RFC 3261). SIP/2.0 étant la seule version en usage, en pratique le jeton de"
      " version était erroné ou altéré.",
      "Requêtes en SIP/1.0 ou avec un jeton de version mal formé, venant de clients"
      " défaillants, de scanners et de fuzzers, messages corrompus par des ALG ou d'autres"
      " équipements intermédiaires, et trafic non SIP, comme du HTTP envoyé sur le port SIP.",
      "Vérifiez la ligne de requête : elle doit se terminer exactement par SIP/2.0. Trouvez"
      " l'émetteur du message fautif ; s'il s'agit d'un scanner, bloquez-le en bordure. Si du"
      " trafic légitime est corrompu en transit, désactivez le SIP ALG sur le chemin." },
    { 513,
      "le message complet est trop long pour le serveur ; souvent un problème de taille en UDP",
      "Le serveur ne peut pas traiter la requête à cause de sa longueur (RFC 3261)."
      " Contrairement au 413, cela concerne le message entier, en-têtes compris, et pas"
      " seulement le corps.",
      "Gros INVITE sur UDP (nombreuses entrées Via et Record-Route, long SDP avec ICE,"
      " en-tête Identity) qui dépassent le tampon du récepteur ou arrivent en fragments IP"
      " qu'un pare-feu rejette ou altère. La RFC 3261 §18.1.1 impose que les requêtes proches"
      " de la MTU du chemin, ou de plus de 1300 octets quand elle est inconnue, passent par"
      " un transport avec contrôle de congestion comme TCP.",
      "Passez la signalisation en TCP ou TLS, ou laissez la pile basculer automatiquement"
      " pour les gros messages. Allégez le message : moins de codecs et de candidats, pas"
      " d'en-têtes redondants. Augmentez la taille maximale de message du serveur récepteur"
      " si elle est configurable, et vérifiez que les pare-feu laissent passer les fragments"
      " IP." },
    { 555,
      "le proxy ne gère pas le service de notifications push demandé par l'UA",
      "Défini par la RFC 8599 (notifications push pour les UA SIP). Un REGISTER nommait, dans"
      " son paramètre d'URI pn-provider, un service push que le proxy ne prend pas en charge."
      " La réponse porte un en-tête Feature-Caps dont l'indicateur +sip.pns liste les"
      " services que le proxy sait gérer.",
      "Softphones mobiles qui s'enregistrent avec pn-provider=apns, fcm ou webpush (plus"
      " pn-prid et pn-param) via un proxy SIP ou un IPBX qui n'a ni prise en charge ni"
      " identifiants pour ce service push.",
      "Lisez la liste +sip.pns dans Feature-Caps et configurez l'application pour qu'elle"
      " utilise l'un de ces services, ou activez le service demandé sur le proxy avec ses"
      " identifiants APNs ou FCM. Vérifiez que l'application écrit la valeur pn-provider"
      " telle qu'elle est enregistrée (apns, fcm, webpush)." },
    { 580,
      "préconditions exigées pour la session (QoS ou sécurité) impossibles à satisfaire",
      "Introduit avec les préconditions SIP de la RFC 3312 : l'UAS ne peut pas satisfaire les"
      " préconditions requises par la session, en général une réservation de ressources QoS"
      " négociée avec a=curr, a=des et a=conf dans le SDP sous Require: precondition. Une"
      " précondition obligatoire ayant échoué, la session échoue aussi.",
      "Appels IMS et VoLTE/VoNR pour lesquels le réseau n'arrive pas à établir le bearer"
      " dédié (rejet par le PCRF ou le PCF, pas de ressources radio), et interfonctionnement"
      " entre un réseau qui rend les préconditions obligatoires et un autre qui ne les gère"
      " pas.",
      "Vérifiez les attributs de précondition dans l'offre et dans la réponse (force"
      " mandatory ou optional, état courant au regard de l'état désiré). Consultez les logs"
      " de politique et d'établissement du bearer (Rx ou N5 vers le PCRF ou le PCF) pour la"
      " réservation en échec. Vers les réseaux qui ne gèrent pas les préconditions, faites"
      " dégrader ou supprimer les préconditions par l'IBCF ou le SBC." },
    { 600,
      "l'appelé est occupé sur tous ses terminaux et aucun autre emplacement ne prendra l'appel",
      "Le terminal de l'appelé a été joint, l'utilisateur est occupé, et la réponse affirme"
      " qu'aucun autre emplacement n'accepterait l'appel non plus (RFC 3261). En tant que"
      " 6xx, il arrête le forking : les proxys annulent les branches en attente et n'essaient"
      " rien d'autre. Retry-After peut être présent.",
      "Peu courant : certains IPBX et services hébergés l'envoient quand tous les terminaux"
      " d'un utilisateur ou d'un groupement sont occupés, ou pour le DND quand ils savent"
      " qu'il n'existe aucune alternative. Les passerelles RTC envoient plutôt un 486 pour la"
      " cause Q.850 17.",
      "Une issue côté utilisateur. Si la messagerie vocale ou un autre terminal aurait dû"
      " prendre l'appel, faites envoyer un 486 par le serveur, ce qui permet aux proxys amont"
      " d'essayer d'autres emplacements, ou faites-lui router lui-même l'appel vers la"
      " messagerie. Respectez Retry-After s'il est présent." },
    { 603,
      "l'appelé a explicitement refusé l'appel",
      "Le terminal de l'utilisateur a été joint, mais l'utilisateur ne souhaite pas prendre"
      " part à l'appel, ou ne le peut pas (RFC 3261). Étant un 6xx, il met fin partout à la"
      " recherche de l'appelé ; Retry-After peut suggérer un meilleur moment pour rappeler.",
      "L'utilisateur a appuyé sur Refuser ou Rejeter sur son poste, un filtrage d'appels ou"
      " une liste noire personnelle a rejeté l'appelant, ou une passerelle y a associé la"
      " cause Q.850 21 (appel rejeté) avec une localisation \"user\". Certains SBC et IPBX"
      " l'utilisent aussi pour les numéros bloqués ou le DND.",
      "Normalement une issue côté utilisateur ; rien à corriger dans le réseau. Si c'est"
      " inattendu, vérifiez les règles de rejet automatique de l'appelé, ses listes noires,"
      " le traitement des appels anonymes et le DND, ainsi que la cause Q.850 dans l'en-tête"
      " Reason. Il arrête le forking, donc la messagerie vocale et les autres terminaux ne"
      " sont pas essayés ; utilisez un 486 ou un 480 pour les rejets qui doivent laisser"
      " l'appel se poursuivre ailleurs." },
    { 604,
      "il est établi que l'utilisateur n'existe dans aucun domaine",
      "Le serveur dispose d'informations faisant autorité selon lesquelles l'utilisateur de"
      " la Request-URI n'existe nulle part (RFC 3261). C'est la forme globale du 404 et, en"
      " tant que 6xx, il arrête toute autre tentative vers d'autres emplacements.",
      "Rare : opérateurs ou bases de portabilité qui répondent pour des numéros hors service"
      " sur l'ensemble du réseau. Les passerelles le traduisent en cause ISUP 1 (numéro non"
      " attribué) vers le RTC.",
      "Vérifiez le numéro ou l'adresse composés, et ne les réessayez pas ailleurs. Si le"
      " numéro devrait être valide, remontez le problème à l'opérateur, dont les données de"
      " routage ou de portabilité sont peut-être erronées." },
    { 606,
      "l'appelé veut la session mais ne gère aucun des médias proposés, sur aucun terminal",
      "L'utilisateur a été joint et prendrait l'appel, mais un aspect de la description de"
      " session (type de média, bande passante, adressage) n'est pas acceptable, et aucun"
      " autre emplacement de l'utilisateur ne fera mieux (RFC 3261). Un en-tête Warning"
      " devrait expliquer pourquoi ; contrairement au 488, il arrête le forking.",
      "Moins courant que le 488 : UA et passerelles qui rejettent une offre de manière"
      " globale, comme des offres uniquement vidéo vers des terminaux uniquement audio, ou"
      " des offres uniquement SRTP vers un réseau en RTP simple. En réponse à un re-INVITE,"
      " il ne refuse que le changement, et l'appel continue sur son média existant.",
      "Lisez l'en-tête Warning et comparez les médias proposés avec ce que l'appelé prend en"
      " charge : codecs, types de média, SRTP, bande passante. Ajustez l'offre ou ajoutez du"
      " transcodage. Si l'appelé a d'autres terminaux qui pourraient accepter, configurez-le"
      " pour envoyer un 488 afin que le forking puisse continuer." },
    { 607,
      "l'appelé a rejeté l'appel en le signalant comme indésirable ou comme spam",
      "Défini par la RFC 8197. L'appelé a rejeté l'appel et l'a marqué comme indésirable,"
      " typiquement en appuyant sur un bouton de signalement de spam, et les réseaux peuvent"
      " injecter ce signal dans leur analyse des appels et leurs futures décisions de"
      " blocage. En tant que 6xx, aucun autre emplacement de l'appelé ne sera essayé.",
      "Appels vers des clients d'opérateurs et d'applications qui proposent le signalement de"
      " spam au moment du rejet ; il vient du terminal de l'appelé ou de son réseau pour le"
      " compte de l'utilisateur, souvent après des appels automatisés, du télémarketing ou"
      " des appels avec usurpation du numéro.",
      "C'est la décision de l'appelé, pas un défaut de signalisation, et aucun réglage SIP ne"
      " l'annulera. Cessez d'appeler cet utilisateur. Un appelant légitime qui en reçoit"
      " beaucoup doit demander à son opérateur si ses numéros sont usurpés ou signalés, et"
      " revoir ses habitudes d'appel et ses listes de consentement. Les opérateurs qui en"
      " voient beaucoup pour un même client doivent rechercher un abus sur ce compte." },
    { 608,
      "un intermédiaire (par exemple un moteur d'analyse d'appels) a bloqué l'appel, pas l'appelé",
      "Défini par la RFC 8688. Un élément du réseau, typiquement un moteur d'analyse d'appels"
      " ou de blocage des appels automatisés, a refusé l'appel pour le compte de l'appelé,"
      " qui n'a jamais été alerté. La réponse peut porter un en-tête Call-Info pointant vers"
      " une jCard avec les coordonnées de l'entité qui a bloqué l'appel, afin que les"
      " appelants légitimes puissent contester.",
      "Appels bloqués par les moteurs d'analyse des opérateurs de terminaison ou par des"
      " services de blocage tiers, surtout en Amérique du Nord, qui touchent souvent les"
      " appelants à fort volume (centres de contacts, services de notification) dont les"
      " numéros ont acquis une mauvaise réputation.",
      "Cherchez l'en-tête Call-Info et récupérez la jCard qu'il référence : elle indique qui"
      " a bloqué l'appel et comment le contacter pour contester le blocage. Enregistrez vos"
      " numéros sur les portails des fournisseurs d'analyse, confirmez avec votre opérateur"
      " que les appels émis depuis ces numéros sont correctement signés, et revoyez les"
      " volumes et profils d'appel qui déclenchent le blocage." },
};

const size_t sipdiag_texts_fr_count =
    sizeof(sipdiag_texts_fr) / sizeof(sipdiag_texts_fr[0]);
