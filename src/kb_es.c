/* kb_es.c - the Spanish texts of the knowledge base: for every SIP status
 * code, a one-line summary, what the code means (Descripción), when it shows
 * up on real networks (Cuándo lo verás) and how to fix it (Cómo solucionarlo).
 *
 * A translation of kb_en.c, row for row: same codes, same order, aligned with
 * the registry in kb.c (the 75 IANA codes plus the RFC 2543 codes 409 and
 * 411).  The same style rules apply, with these for Spanish:
 * - neutral technical Spanish, readable in Spain and Latin America; the
 *   remediation addresses the reader as "tú", like the headings;
 * - protocol tokens stay as on the wire: header and method names, status
 *   codes and quoted reason phrases, option tags, SDP fragments, RFC numbers
 *   and product names;
 * - UTF-8 text (accents, ñ); a summary holds at most 100 characters.
 * When kb_en.c changes, change the matching row here too.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "sipdiag.h"
#include "texts.h"

const sipdiag_text_row_t sipdiag_texts_es[] = {
    { 100,
      "acuse salto a salto: el siguiente elemento recibió la solicitud y la está procesando",
      "Respuesta provisional de la RFC 3261 que solo dice una cosa: el siguiente elemento"
      " recibió la solicitud. Todavía no se sabe nada del llamado, no se crea ningún diálogo"
      " y es salto a salto, de modo que un proxy con estado envía su propio 100 y nunca"
      " reenvía el que le llega de más adelante. En un INVITE su función principal es detener"
      " las retransmisiones del UAC; la RFC 4320 lo retrasa para las solicitudes que no son"
      " INVITE.",
      "Todo INVITE que atraviesa un proxy con estado, un SBC o un B2BUA (Kamailio, Asterisk,"
      " FreeSWITCH) recibe normalmente un 100 en pocos milisegundos, mucho antes de que el"
      " extremo remoto haga nada. Si falta y el INVITE se retransmite a intervalos que se"
      " duplican (0,5 s, 1 s, 2 s, 4 s), el siguiente salto nunca vio la solicitud o su"
      " respuesta se pierde por el camino de vuelta. Algunos servidores ponen texto libre en"
      " la frase (\"trying -- your call is important to us\"); solo cuenta el código.",
      "No hay nada que corregir: es puro progreso. Si el flujo se detiene tras el 100, el"
      " siguiente salto aceptó la solicitud pero no volvió nada desde más adelante; sigue la"
      " solicitud en el siguiente tramo y espera un 408 cuando venza el Timer C del proxy o"
      " el Timer B del UAC. Si no llega ningún 100, comprueba que el siguiente salto es"
      " alcanzable: sent-by de Via y rport, reglas de firewall y NAT para 5060/5061, el"
      " transporte (UDP, TCP, TLS) y la resolución DNS SRV." },
    { 180,
      "el terminal del llamado está sonando; el llamante ya debería oír el tono de llamada",
      "El UAS la envía mientras se alerta al usuario llamado. Con etiqueta To crea un diálogo"
      " temprano, y varias con distintas etiquetas To indican que la solicitud se bifurcó"
      " (forking) hacia varios dispositivos. Puede llevar SDP, y la RFC 3262 permite enviarla"
      " de forma fiable (Require: 100rel, confirmada con PRACK).",
      "La envía el teléfono o softphone llamado y la reenvían los proxies; las pasarelas PSTN"
      " y los B2BUA la generan cuando la red remota notifica alerta (ACM o CPG de ISUP). Los"
      " grupos de timbrado y los usuarios registrados en varios dispositivos producen una"
      " ráfaga de ellas con distintas etiquetas To. Sin SDP, el dispositivo llamante genera"
      " el tono de llamada por su cuenta; con SDP, lo normal es que espere recibirlo como"
      " early media desde el extremo remoto.",
      "No es una avería; la llamada avanza. Si el llamante oye silencio, mira si esta"
      " respuesta lleva SDP: en ese caso el tono debe llegar como RTP (revisa c= y m=, el NAT"
      " y el camino de medios); si no, el dispositivo llamante debe generarlo localmente. Si"
      " suena indefinidamente, el desenlace llega después como 200, 486, 480 o 408, o bien"
      " como 487 tras un CANCEL. Un 180 fiable (Require: 100rel) que nunca recibe su PRACK se"
      " retransmite y puede hacer que el UAS abandone la llamada." },
    { 181,
      "un servicio de desvío está redirigiendo la llamada a otro destino",
      "Respuesta informativa 1xx de la RFC 3261 con la que un proxy o un UAS indica que la"
      " llamada se está enviando a otro conjunto de destinos, como un número de desvío o el"
      " buzón de voz. La solicitud sigue adelante por su nueva ruta. Las cabeceras"
      " History-Info (RFC 7044) o Diversion suelen indicar adónde fue y por qué.",
      "La generan las PBX y plataformas alojadas que aplican desvío incondicional, por"
      " ocupado o por no respuesta, y las redes móviles al desviar al buzón de voz. Algunos"
      " teléfonos muestran \"desviada\" al llamante cuando la reciben; muchas redes no la"
      " envían nunca.",
      "No requiere ninguna acción. Si la llamada acaba en un destino inesperado, lee las"
      " cabeceras History-Info o Diversion de esta respuesta y del INVITE desviado para ver"
      " qué regla se aplicó, y luego revisa la configuración de desvíos del llamado y su"
      " temporizador de no respuesta. Un bucle de desvíos aparece más tarde como 482 o 483." },
    { 182,
      "el llamado no está disponible por ahora, así que el servidor retiene la llamada en cola",
      "La RFC 3261 permite que un servidor que encuentra temporalmente no disponible al"
      " llamado deje la llamada en cola en lugar de rechazarla; la respuesta final llega"
      " cuando el llamado queda libre. La frase de estado puede incluir detalles como la"
      " posición en la cola o la espera prevista.",
      "Poco habitual en la práctica: la mayoría de las plataformas de call center y ACD"
      " contestan con 200 y ponen música en lugar de mantener el INVITE pendiente. Puede"
      " aparecer en servicios de colas alojados, en algunas implementaciones de grupos de"
      " salto y en pasarelas que traducen una indicación de cola procedente de la PSTN.",
      "No hay ningún problema; el llamante está esperando en una cola. Si la llamada"
      " permanece demasiado tiempo, revisa el tiempo máximo y las reglas de desbordamiento de"
      " la cola, y si hay agentes conectados. El temporizador de timbrado de la PBX llamante"
      " puede enviar antes un CANCEL, lo que termina en 487. La frase de estado puede dar una"
      " estimación de la espera." },
    { 183,
      "informe de progreso que casi siempre lleva SDP para early media (tonos, locuciones)",
      "La RFC 3261 la define como el 1xx genérico para información de progreso que no tiene"
      " otro código propio; la frase, las cabeceras o el cuerpo aportan los detalles. En el"
      " tráfico real casi siempre lleva una respuesta SDP para que los medios fluyan antes de"
      " que se conteste la llamada (los modelos de early media de la RFC 3960). Puede"
      " enviarse de forma fiable con 100rel/PRACK y es el vehículo habitual de las"
      " precondiciones (RFC 3312).",
      "Típica de pasarelas PSTN, SBC y operadores: el tono de llamada, las locuciones del"
      " tipo \"el número marcado no existe\" y los menús IVR previos a la contestación se"
      " reproducen como early media tras ella. Asterisk la envía con Progress() y FreeSWITCH"
      " con pre_answer. A menudo lleva una cabecera Reason con la causa Q.850 real justo"
      " antes de que la llamada falle, mientras que el 480 o 503 final trae una más vaga.",
      "No es una avería. Si el llamante no oye nada, revisa su SDP (una dirección privada o"
      " errónea en c=, a=sendonly o a=inactive, un códec no soportado), si el SBC o el"
      " firewall dejan pasar RTP antes del 200 y si el dispositivo llamante reproduce early"
      " media. Cuando la llamada falla después, lee aquí la cabecera Reason: su causa Q.850"
      " suele ser más precisa que la de la respuesta final." },
    { 199,
      "ha terminado un diálogo temprano bifurcado; la llamada sigue con las ramas restantes",
      "Introducida por la RFC 6228: un UAS o un proxy que hace forking la envía para avisar"
      " al llamante de que un diálogo temprano terminó antes de cualquier respuesta final;"
      " lleva la etiqueta To de ese diálogo y a menudo una cabecera Reason. Solo se envía si"
      " el UAC incluyó la etiqueta de opción \"199\" en Supported.",
      "Aparece con forking paralelo (grupos de timbrado, un usuario registrado en varios"
      " dispositivos, timbrado simultáneo a un móvil) cuando una rama abandona después de"
      " haber enviado un 18x con early media. El proxy que bifurca (Kamailio, un S-CSCF de"
      " IMS) o el UAS de esa rama la envía para que el llamante corte el early media de esa"
      " rama mientras las demás siguen sonando.",
      "Es normal, no hay nada que corregir. El llamante debe dejar de reproducir los medios"
      " del diálogo temprano con la etiqueta To correspondiente y seguir esperando la"
      " respuesta final. Si los llamantes siguen oyendo early media obsoleto después de que"
      " falle una rama, comprueba que el UAC pone 199 en Supported; si falla toda la llamada,"
      " analiza en su lugar la respuesta final." },
    { 200,
      "la solicitud tuvo éxito; en un INVITE la llamada se contestó y ahora toca enviar el ACK",
      "La respuesta de éxito de la RFC 3261, cuyo significado depende del método. En un"
      " INVITE, la llamada se contestó y existe un diálogo, así que el UAC debe enviar ACK;"
      " en un REGISTER, se almacenaron los contactos registrados (bindings), que se devuelven"
      " en Contact con su expiración; en un BYE, la llamada terminó; en un CANCEL, este fue"
      " aceptado. El propio UAS retransmite un 2xx a INVITE hasta que llega el ACK.",
      "En todas partes. Conviene distinguir algunos casos: un 200 a CANCEL solo confirma el"
      " CANCEL, y el INVITE sigue terminando con 487; un 200 a un REGISTER con Expires: 0 es"
      " una baja del registro; un registrar puede conceder una expiración más corta que la"
      " solicitada. Una llamada que se corta unos 32 s después de contestar, con el 200"
      " retransmitido todo ese tiempo, indica que el ACK nunca llegó al UAS.",
      "No hay nada que corregir en la respuesta en sí. Si se retransmite y la llamada se"
      " corta a los 32 s aproximadamente (64*T1), el ACK no está llegando: revisa Contact y"
      " Record-Route del 200 en busca de direcciones privadas, la reescritura por NAT y SIP"
      " ALG, y la reutilización de conexiones TCP/TLS. Si la llamada está establecida pero"
      " con audio en un solo sentido o sin audio, mira la respuesta SDP (dirección c=,"
      " puertos, atributos de dirección) y el camino del RTP. Tras un REGISTER, refresca"
      " antes de la expiración que concedió el registrar, no de la que pediste." },
    { 202,
      "aceptada pero aún sin completar; en un REFER el resultado llega después en un NOTIFY",
      "La solicitud se aceptó para su procesamiento, pero este no ha terminado y su resultado"
      " se desconoce. La RFC 3515 la usa como respuesta a REFER. La RFC 6665 la desaconseja"
      " para SUBSCRIBE, y el registro de IANA la recoge ahora como \"Accepted (Deprecated)\";"
      " un suscriptor que todavía la reciba debe tratarla exactamente igual que un 200.",
      "Sobre todo en transferencias de llamada: quien recibe el REFER (el transferido,"
      " también en la transferencia atendida con Replaces) contesta 202 en cuanto acepta la"
      " solicitud, antes de haber iniciado o completado la nueva llamada. Las pilas de"
      " presencia y BLF más antiguas, basadas en la RFC 3265, siguen contestando así a"
      " SUBSCRIBE.",
      "Espera el NOTIFY: su cuerpo message/sipfrag (por ejemplo \"SIP/2.0 200 OK\") lleva el"
      " estado final de la acción solicitada, y Subscription-State: terminated cierra el"
      " informe. Si no llega ninguno, revisa la suscripción implícita (Event: refer,"
      " Subscription-State y su expires), si el REFER llevaba Refer-Sub: false (RFC 4488),"
      " que suprime los NOTIFY, y si el NOTIFY puede alcanzar el Contact de quien envió el"
      " REFER a través de NAT y firewalls; un NOTIFY contestado con 405 o 481 también pierde"
      " el resultado. Ante un 202 a SUBSCRIBE, continúa como con un 200." },
    { 204,
      "SUBSCRIBE condicional refrescado; el estado no cambió y no sigue un NOTIFY completo",
      "Introducida por la RFC 5839 (notificación condicional de eventos). Un suscriptor que"
      " ya conoce el estado envía SUBSCRIBE con Suppress-If-Match y la etiqueta de entidad"
      " que tiene; si el estado no ha cambiado, el notificador refresca la suscripción y"
      " contesta 204 en lugar de volver a enviarlo todo en un NOTIFY.",
      "Aparece en los refrescos de suscripción de clientes que implementan la RFC 5839, sobre"
      " todo en suscripciones de presencia y de listas de recursos en IMS y en grandes"
      " plataformas alojadas, donde ahorra ancho de banda. Las implementaciones habituales de"
      " BLF y MWI en las PBX no la usan nunca.",
      "Es un éxito; sigue usando el estado en caché. Si la vista del suscriptor parece"
      " desactualizada, vuelve a suscribirte sin Suppress-If-Match para forzar un NOTIFY"
      " completo, y comprueba que la etiqueta de entidad presentada es la de la cabecera"
      " SIP-ETag del último NOTIFY." },
    { 300,
      "la dirección corresponde a varios destinos, listados en Contact, entre los que elegir",
      "Redirección de la RFC 3261: la Request-URI se resuelve en más de una ubicación, cada"
      " una en una cabecera Contact (quizá con valores q y parámetros de características), y"
      " el usuario o el UAC puede elegir una. La transacción termina aquí; el UAC envía una"
      " solicitud nueva al destino elegido.",
      "Poco frecuente; la envían servidores de redirección más que proxies, por ejemplo"
      " motores de enrutamiento o de portabilidad numérica que devuelven varias rutas"
      " candidatas con valores q para que el conmutador llamante las pruebe por orden, o"
      " servicios de directorio que encontraron varios usuarios.",
      "Una redirección no es un fallo si el UAC la sigue, así que comprueba que prueba los"
      " Contact por orden de valor q. Muchas PBX y pasarelas cuentan cualquier 3xx como"
      " llamada fallida hasta que se habilita la gestión de redirecciones; actívala, o haz"
      " que el elemento anterior actúe como proxy de la llamada. Un conjunto de Contact"
      " vacío, o unos Contact que apuntan de vuelta al remitente, indican un servidor de"
      " redirección mal configurado." },
    { 301,
      "cambio de dirección definitivo; llama al Contact y actualiza las direcciones guardadas",
      "Redirección de la RFC 3261 para un usuario que ya no es localizable en la Request-URI;"
      " la nueva dirección figura en Contact. El solicitante debe reintentar allí y sustituir"
      " la dirección antigua en cualquier agenda o caché, ya que no se espera que el cambio"
      " se revierta.",
      "La envían servidores de redirección y algunas PBX para usuarios que cambiaron de"
      " dominio o de número; la interconexión con la PSTN asigna a ella la causa ISUP 22"
      " (número cambiado) cuando se conoce el número nuevo, y a 410 en caso contrario. Es"
      " rara en troncales empresariales, donde suele tratarse como un fallo.",
      "Reintenta en la URI de Contact y actualiza directorios, marcaciones rápidas y tablas"
      " de enrutamiento que aún tengan la dirección antigua. Si la PBX o la pasarela llamante"
      " da la llamada por fallida, habilita en ella la gestión de 3xx. Si falta Contact, o"
      " coincide con la Request-URI original, el servidor que redirige está mal configurado." },
    { 302,
      "el usuario está de momento en el Contact indicado; desvío de un servidor de redirección",
      "El usuario es localizable temporalmente en otro lugar, en la dirección o direcciones"
      " de Contact; la redirección puede tener una vigencia en Expires o en el parámetro"
      " expires del Contact. El UAC envía allí una nueva solicitud pero conserva la URI"
      " original para futuras llamadas (RFC 3261).",
      "El 3xx más habitual: desvíos de llamada realizados por servidores de redirección y"
      " algunas PBX alojadas, motores de enrutamiento de operador, LNP o ENUM que contestan a"
      " un INVITE con la ruta que debe usarse, y SBC o balanceadores de carga que dirigen las"
      " llamadas a otro nodo. Suele ir acompañada de cabeceras Diversion o History-Info.",
      "Comprueba que el UAC la sigue: justo después del ACK debería aparecer un nuevo INVITE"
      " hacia el Contact. Si no, habilita la gestión de redirecciones en la PBX o la"
      " pasarela, o haz que el elemento que redirige actúe como proxy de la llamada. Si el"
      " nuevo INVITE falla, investiga ese tramo; un Contact que lleva de vuelta al redirector"
      " es un bucle en los datos de enrutamiento." },
    { 305,
      "hay que llegar al destino a través del proxy indicado en Contact",
      "Redirección de la RFC 3261 que pide al UAC repetir esta única solicitud a través del"
      " proxy cuya URI figura en Contact; solo un UAS puede generarla. Como puede usarse de"
      " forma abusiva para desviar tráfico por un proxy hostil, muchas implementaciones la"
      " ignoran.",
      "Muy rara en las redes modernas: servidores antiguos que exigen un proxy de salida"
      " concreto y, de vez en cuando, un elemento defectuoso o malicioso que intenta desviar"
      " el tráfico.",
      "Configura explícitamente el proxy de salida necesario en los ajustes del UA o de la"
      " troncal en lugar de fiarte de esta respuesta. Trata con recelo cualquiera que llegue"
      " sin esperarla: confirma quién la envió y que el proxy que indica pertenece a tu"
      " proveedor antes de seguirla." },
    { 380,
      "la llamada falló tal como se hizo, pero el servidor ofrece otra vía; lee el cuerpo",
      "La RFC 3261 indica que la llamada falló tal como se intentó, pero que hay servicios"
      " alternativos posibles, descritos en el cuerpo del mensaje, sin llegar a definir ese"
      " cuerpo. El IMS de 3GPP le da un significado preciso para las llamadas de emergencia"
      " (TS 24.229).",
      "Sobre todo en IMS/VoLTE: un P-CSCF que detecta un número de emergencia en un INVITE"
      " normal contesta con un cuerpo XML de 3GPP que indica al UE que reintente como llamada"
      " de emergencia (registro de emergencia o la URN SOS). En otros entornos rara vez se"
      " ve.",
      "Ante un número de emergencia en IMS, el UE debe reintentar como llamada de emergencia;"
      " revisa su lista de números de emergencia y su soporte del registro de emergencia. En"
      " otros contextos, lee el cuerpo y cualquier Contact para saber qué servicio ofrece el"
      " servidor a cambio." },
    { 400,
      "la solicitud está mal formada y no se entendió; la frase o Warning suelen decir por qué",
      "El error de cliente genérico de la RFC 3261 para problemas de sintaxis. La frase de"
      " estado debería nombrar el problema (\"Missing Call-ID\", \"Bad CSeq\"), y un UAC que"
      " recibe un código 4xx que no conoce lo trata como este (§8.1.3.2).",
      "Los UA, proxies y SBC la envían cuando falta o está dañada una cabecera obligatoria"
      " (To, From, Call-ID, CSeq, Via, Max-Forwards), Content-Length no cuadra con el cuerpo,"
      " una URI o un nombre visible contienen caracteres no permitidos, o el SDP no se puede"
      " analizar. Los SIP ALG de los routers que reescriben direcciones sin corregir"
      " Content-Length y los datagramas UDP truncados son culpables frecuentes.",
      "Lee primero la frase de estado y cualquier cabecera Warning; suelen nombrar la"
      " cabecera culpable. Abre la solicitud en Wireshark, busca entradas de Expert Info que"
      " señalen un paquete mal formado, compara Content-Length con el cuerpo y busca"
      " caracteres no ASCII o sin escapar. Si el mensaje salió bien del emisor pero llegó"
      " roto, desactiva el SIP ALG de los routers intermedios o pasa a TCP/TLS para evitar la"
      " fragmentación." },
    { 401,
      "desafío digest del UAS o del registrar; reenvía con credenciales en Authorization",
      "La RFC 3261 exige que esta respuesta lleve WWW-Authenticate con un desafío digest"
      " (realm, nonce, qop, algorithm y quizá stale). El UAC repite la solicitud con una"
      " cabecera Authorization calculada a partir de sus credenciales. El 407 es el mismo"
      " mecanismo cuando quien desafía es un proxy.",
      "El primer REGISTER de un teléfono casi siempre recibe uno: es el desafío normal, no un"
      " error, y el reintento con credenciales obtiene después un 200. Los registrars, las"
      " PBX y los UA también desafían INVITE, SUBSCRIBE, PUBLISH y REFER. Un desafío con"
      " stale=true (\"nonce has changed\") solo significa que el nonce caducó; un segundo 401"
      " a una solicitud que ya llevaba credenciales es el verdadero fallo.",
      "Es la primera respuesta esperada; actúa solo si se repite. En ese caso revisa la"
      " cabecera Authorization del reintento: el username (a menudo un ID de autenticación"
      " distinto de la extensión), un realm igual al del desafío, el nonce devuelto, un uri"
      " que coincida con la Request-URI, y la contraseña. Comprueba el algoritmo (MD5 o"
      " SHA-256, RFC 8760) y que el teléfono se registra en el dominio y el servidor"
      " previstos. Con stale=true, al UAC le basta con reintentar con el nuevo nonce." },
    { 402,
      "reservado en la RFC 3261; en la práctica, servicio denegado por saldo o facturación",
      "La RFC 3261 reserva el código para uso futuro y no le asigna ningún comportamiento."
      " Aun así, los proveedores lo usan con su significado literal: la cuenta no tiene"
      " crédito o está bloqueada por impago.",
      "Lo envían ITSP, plataformas de prepago y softswitches ligados a la facturación en"
      " llamadas salientes de una cuenta sin saldo o suspendida por el sistema de"
      " facturación, a veces solo para destinos caros.",
      "Comprueba con el proveedor el saldo y el estado de facturación de la cuenta; la frase"
      " de estado o Warning suelen decir \"insufficient funds\" o algo parecido. Ningún"
      " cambio de configuración SIP lo resolverá. Si solo fallan algunos destinos, revisa el"
      " tarifario o los límites de gasto por destino de la cuenta." },
    { 403,
      "el servidor rechaza la solicitud por política; unas credenciales nuevas no servirán",
      "El servidor entendió la solicitud y se niega a ejecutarla (RFC 3261). Volver a"
      " autenticarse no cambia nada, así que la solicitud no debe repetirse tal cual. A"
      " diferencia de 401 y 407, no lleva desafío.",
      "Una política deniega la solicitud sean cuales sean las credenciales: un llamante o"
      " destino bloqueado, rutas internacionales o de tarificación especial no permitidas"
      " para la cuenta, una IP de origen ausente de la ACL de la troncal, una identidad de"
      " llamante (From o P-Asserted-Identity) que la troncal no puede presentar, o un proxy"
      " Kamailio que se niega a encaminar para un dominio ajeno (\"403 Not relaying\"). Justo"
      " después de un desafío digest respondido suele indicar credenciales erróneas: muchos"
      " servidores envían \"403 Wrong password\" en lugar de volver a desafiar. Un verificador"
      " STIR responde \"403 Stale Date\" cuando la cabecera Date o el iat del PASSporT supera"
      " su ventana de validez, normalmente 60 s (RFC 8224 §6.2.2).",
      "Lee la frase de estado y las cabeceras Warning y Reason, que a menudo nombran la"
      " regla. Revisa las ACL y la política de enrutamiento del servidor (IP de origen"
      " permitidas, clases de destino, reglas de identificador de llamante) y confirma que el"
      " llamante tiene derecho a este tipo de llamada. Si sigue a un 401 o 407 ya respondido,"
      " vuelve a comprobar usuario, contraseña y realm. Un \"403 Stale Date\" es un problema"
      " de reloj o de retardo: revisa el NTP del STI-AS firmante y del verificador, y lo que"
      " retuvo el INVITE (colas, retransmisiones, un primer salto lento). Si el bloqueo es"
      " inesperado, consulta al administrador del servidor que la envió; la dirección de"
      " origen del paquete y la cabecera Server indican cuál es." },
    { 404,
      "el usuario no existe en este dominio, y el servidor lo sabe con certeza",
      "El servidor tiene información definitiva de que el usuario de la Request-URI no existe"
      " en el dominio indicado (RFC 3261). La afirmación se limita a ese dominio, a"
      " diferencia del 604, y se distingue del 480, en el que el usuario existe pero ahora no"
      " es localizable.",
      "Llamadas a un número o dirección SIP que el servidor no conoce: una extensión mal"
      " marcada o sin asignar, un plan de marcación sin ningún patrón que coincida (Asterisk"
      " sin esa extensión, NO_ROUTE_DESTINATION en FreeSWITCH), un DID que el operador no ha"
      " enrutado, o un número que la PSTN declara no asignado (Reason: Q.850;cause=1)."
      " Algunos servidores también la usan para un SUBSCRIBE a un recurso o buzón"
      " desconocido.",
      "Revisa la Request-URI: el número o la parte de usuario, su formato (E.164 con +,"
      " prefijo nacional o de troncal) y el dominio. Confirma que el usuario está dado de"
      " alta y registrado en el dominio correcto, y que ese dominio es uno de los que el"
      " servidor atiende realmente. En una PBX, sigue la llamada en el log del plan de"
      " marcación para ver qué contexto o patrón falló; en una troncal, confirma que el DID"
      " te está asignado y que el operador lo enruta." },
    { 405,
      "el método se conoce pero no se acepta para este destino; Allow indica los que sí",
      "El servidor reconoce el método pero no lo permite para el recurso direccionado, y debe"
      " enumerar los métodos que acepta en una cabecera Allow (RFC 3261). Compárese con el"
      " 501, donde el método no está implementado en absoluto.",
      "REGISTER enviado a un proxy o teléfono que no es registrar, INFO o MESSAGE a un"
      " dispositivo que no los admite, REFER a una PBX con la transferencia deshabilitada,"
      " SUBSCRIBE o PUBLISH a un servidor sin presencia. También es un resultado normal de"
      " los sondeos de capacidades. Un NOTIFY que informa del progreso de una transferencia y"
      " recibe 405 deja a ciegas a quien transfiere.",
      "Lee la cabecera Allow y deja de enviar ese método a este destino, o habilítalo allí."
      " Soluciones típicas: enviar DTMF como eventos RFC 4733 en lugar de INFO, dirigir el"
      " REGISTER al registrar real, habilitar la transferencia (REFER) o la presencia en la"
      " PBX, y usar re-INVITE donde se rechace UPDATE." },
    { 406,
      "no se pudo generar un cuerpo de respuesta en un formato permitido por las cabeceras Accept",
      "Según la RFC 3261, el recurso solo puede generar contenido cuyo tipo, codificación o"
      " idioma no figura entre los indicados en las cabeceras Accept, Accept-Encoding o"
      " Accept-Language de la solicitud, así que el servidor desiste en lugar de enviar algo"
      " inservible.",
      "Poco común. Aparece en SUBSCRIBE cuando el Accept del suscriptor solo incluye tipos de"
      " cuerpo que el notificador no produce (por ejemplo dialog-info hacia un servidor que"
      " solo genera PIDF), y en OPTIONS o MESSAGE de clientes con listas Accept muy"
      " restringidas.",
      "Compara las cabeceras Accept de la solicitud con lo que admite el servidor; la"
      " cabecera Accept de una respuesta a OPTIONS te lo dice. Amplía la lista en el cliente"
      " o habilita en el servidor el formato que falta, y revisa Accept-Encoding si"
      " interviene la compresión." },
    { 407,
      "un proxy pide credenciales; reenvía con una cabecera Proxy-Authorization",
      "El equivalente del 401 para proxies en la RFC 3261: la respuesta lleva"
      " Proxy-Authenticate con un desafío digest, y el UAC repite la solicitud con"
      " Proxy-Authorization. Varios proxies del camino pueden desafiar, cada uno con su"
      " propio realm.",
      "La primera respuesta normal a un INVITE enviado a un ITSP, a una PBX alojada o a un"
      " proxy Kamailio u OpenSIPS que autentica las llamadas; el UAC la confirma con ACK y"
      " vuelve a enviar el INVITE con un CSeq mayor. Las heurísticas de estado de llamada que"
      " dan la llamada por rechazada en este punto se equivocan. Solo es un fallo cuando la"
      " solicitud reintentada vuelve a recibir un desafío o el reintento no llega nunca.",
      "Es lo esperado durante el establecimiento de la llamada. Si se repite, revisa usuario,"
      " contraseña y realm en Proxy-Authorization, que el UAC responde con"
      " Proxy-Authorization y no con Authorization, y que usa el nonce más reciente. Si el"
      " UAC nunca reintenta, no tiene credenciales para ese realm: configúralas en la troncal"
      " o en la cuenta. Con proxies encadenados, el UAC debe seguir respondiendo a cada realm"
      " que lo haya desafiado." },
    { 408,
      "sin respuesta final a tiempo: en INVITE, nadie contestó; en lo demás, extremo inalcanzable",
      "El servidor no pudo producir una respuesta a tiempo, por ejemplo porque no logró"
      " localizar al usuario (RFC 3261). Una transacción cliente que vence (Timer B en"
      " INVITE, Timer F en los demás métodos, 32 s por defecto) notifica un 408 a su usuario"
      " sin que nada pase por la red, y un proxy envía uno hacia el origen cuando vence su"
      " Timer C con un INVITE que está sonando.",
      "En respuesta a un INVITE después del timbrado suele ser un desenlace de usuario: nadie"
      " contestó antes de que se agotara el tiempo de timbrado del proxy o la PBX (causa"
      " Q.850 18 o 19 en Reason). En REGISTER, OPTIONS, BYE u otras solicitudes que no son"
      " INVITE significa que el siguiente salto o el UA remoto no responde en absoluto: un"
      " teléfono apagado, un binding de NAT caducado, un firewall que descarta tráfico. En un"
      " re-INVITE u otra solicitud dentro del diálogo significa que el otro extremo ha"
      " desaparecido y que hay que liberar el diálogo.",
      "Primero separa los casos por método y según si se vio un 180. Para los INVITE sin"
      " contestar, ajusta el temporizador de no respuesta o añade un desvío por no respuesta"
      " al buzón de voz. Para las demás solicitudes, comprueba si la solicitud llegó al"
      " siguiente salto (captura en ambos lados), los registros DNS SRV y A, las reglas del"
      " firewall y los keep-alives de NAT (pings CRLF u OPTIONS, re-registro más frecuente)"
      " de los UA detrás de NAT. En la cabecera Reason, la causa Q.850 102 apunta a la"
      " expiración de un temporizador en la PSTN." },
    { 409,
      "código heredado de la RFC 2543: choca con el estado del servidor; tratar como 400",
      "Definido solo en la RFC 2543, donde indicaba un conflicto con el estado actual de un"
      " recurso, sobre todo un REGISTER cuyo parámetro action (proxy o redirect) chocaba con"
      " los bindings existentes. La RFC 3261 lo eliminó y no figura en el registro de IANA,"
      " así que un UAC conforme lo trata como cualquier 4xx desconocido: como 400 Bad Request"
      " (RFC 3261 §8.1.3.2).",
      "Solo procede de pilas SIP muy antiguas, de servidores de desarrollo propio y de"
      " pasarelas HTTP-SIP o WebRTC que reutilizan el 409 de HTTP. Un proxy o registrar"
      " moderno informa de la misma situación con 400, 403 o 500.",
      "Trátalo como un 400: la solicitud tal como se envió no se aceptará. Lee la frase de"
      " estado y cualquier cabecera Warning para saber qué entró en conflicto, normalmente un"
      " binding de registro o un recurso de la aplicación. Corrige o actualiza el elemento"
      " emisor en lugar de construir lógica sobre el código; si lo envía tu propia"
      " aplicación, pasa a un código registrado." },
    { 410,
      "el usuario existió aquí pero se eliminó para siempre, sin dirección de reenvío",
      "El recurso ya no está disponible en el servidor y no se conoce ninguna dirección de"
      " reenvío; se espera que la situación sea permanente (RFC 3261). Cuando el servidor no"
      " puede saber si la ausencia es permanente, debería enviar 404.",
      "Números dados de baja o cambiados: las pasarelas PSTN asignan a él las causas ISUP 22"
      " (número cambiado) y 23 (redirección a un nuevo destino) cuando no se facilita un"
      " número nuevo. Las PBX alojadas también lo envían para cuentas eliminadas y DID"
      " retirados.",
      "No reintentes: el número o el usuario ya no existe. Busca la causa Q.850 en la"
      " cabecera Reason (22 significa que el número cambió) y actualiza la ficha del"
      " contacto. Si el número debería estar activo, revisa la portabilidad y el alta con el"
      " operador o con el administrador de la PBX." },
    { 411,
      "código heredado de la RFC 2543: el servidor exige Content-Length; tratar como 400",
      "La RFC 2543 lo definía para un servidor que rechaza una solicitud sin Content-Length."
      " No figura ni en la RFC 3261 ni en el registro de IANA, así que un UAC actual lo trata"
      " como 400 (RFC 3261 §8.1.3.2). En su lugar, la RFC 3261 hace obligatoria"
      " Content-Length en los transportes orientados a flujo y considera que un mensaje sin"
      " ella en esos transportes está mal formado.",
      "Solo procede de pilas antiguas. En una moderna, la misma situación aparece como 400"
      " (\"Missing Content-Length\") o como un fallo de delimitación de mensajes en TCP/TLS,"
      " normalmente cuando un UA omite la cabecera sobre TCP o un ALG o un SBC reescribe el"
      " SDP sin actualizar la longitud.",
      "Trátalo como un 400. Asegúrate de que todos los mensajes llevan un Content-Length"
      " correcto (obligatorio sobre TCP y TLS) y de que los ALG de NAT, los SBC y los B2BUA"
      " que editan el cuerpo corrigen también la cabecera. Si un equipo antiguo sigue"
      " enviando este código, actualízalo o sustitúyelo." },
    { 412,
      "el PUBLISH usa una etiqueta de entidad que el servidor ya no tiene; publica todo el estado",
      "Forma parte de la RFC 3903 (publicación de estado de eventos): un PUBLISH llevaba en"
      " SIP-If-Match una etiqueta de entidad que no coincide con ninguna publicación guardada"
      " por el compositor de estado de eventos, normalmente porque caducó o el servidor se"
      " reinició. El publicador debe iniciar una publicación nueva sin SIP-If-Match.",
      "Clientes de presencia y teléfonos que refrescan o modifican una publicación después de"
      " que el servidor la perdiera: caducidad mientras el cliente estaba desconectado,"
      " reinicio del servidor de presencia o conmutación por error a un nodo sin estado"
      " compartido.",
      "La recuperación suele ser automática: el cliente envía un PUBLISH inicial con el"
      " estado completo y sin SIP-If-Match, y después usa el nuevo SIP-ETag del 200. Si los"
      " errores se repiten, comprueba que el cliente usa la etiqueta del último 200, que"
      " refresca antes de Expires y que el balanceo de carga mantiene a cada publicador en el"
      " mismo nodo de presencia." },
    { 413,
      "el cuerpo del mensaje supera el tamaño que el servidor está dispuesto a aceptar",
      "RFC 3261: la entidad de la solicitud (el cuerpo) es mayor de lo que el servidor quiere"
      " o puede procesar. El servidor puede cerrar la conexión, e incluye Retry-After si el"
      " límite es solo temporal.",
      "Cuerpos de INVITE grandes: ofertas SDP con largas listas de códecs, muchos candidatos"
      " ICE, líneas m= de vídeo y BFCP, o cuerpos multiparte con objetos ISUP o de ubicación;"
      " solicitudes MESSAGE con adjuntos; documentos grandes de presencia o de listas de"
      " recursos en PUBLISH y NOTIFY.",
      "Reduce el cuerpo: elimina los códecs y las líneas m= que no se usen, limita los"
      " candidatos ICE y quita las partes multiparte innecesarias. Pide o amplía el límite de"
      " tamaño de cuerpo del servidor, y respeta Retry-After si aparece. Envía los mensajes"
      " grandes por TCP o TLS para que la fragmentación UDP no añada un segundo problema." },
    { 414,
      "la Request-URI es más larga de lo que el servidor está dispuesto a analizar",
      "El servidor se niega a atender la solicitud porque la Request-URI es más larga de lo"
      " que está dispuesto a interpretar (RFC 3261). La mayoría de las pilas aceptan varios"
      " kilobytes, así que alcanzar el límite suele significar que algo construye mal la URI.",
      "URI con largas listas de parámetros o cabeceras incrustadas (enlaces click-to-dial con"
      " ?Subject= y similares), tokens de aplicación metidos en la parte de usuario, o un"
      " bucle de enrutamiento en el que cada salto añade un parámetro hasta que la URI se"
      " dispara. Los escáneres y fuzzers también envían URI absurdas.",
      "Mira la Request-URI de la solicitud fallida y averigua qué elemento la construyó o la"
      " hizo crecer. Pasa los datos de aplicación a cabeceras o al cuerpo, y revisa los"
      " scripts de enrutamiento en busca de un bucle que siga añadiendo parámetros; la pila"
      " de Via muestra los saltos repetidos. Ignóralo si la solicitud venía de un escáner." },
    { 415,
      "no se admite el Content-Type o la codificación del cuerpo; Accept indica lo que sí",
      "El servidor no procesará el cuerpo porque su tipo de medio, codificación o idioma no"
      " está soportado, y debe indicar lo que acepta en Accept, Accept-Encoding o"
      " Accept-Language (RFC 3261). El UAC debería reintentar sin el contenido no soportado.",
      "INVITE con cuerpos multipart/mixed (SDP más ISUP para SIP-I/SIP-T, o un objeto de"
      " ubicación PIDF-LO) enviados a terminales que solo aceptan application/sdp; INFO con"
      " application/dtmf-relay a un dispositivo que espera otro formato de DTMF; MESSAGE con"
      " cuerpos message/cpim o is-composing a clientes sencillos; cuerpos comprimidos con"
      " gzip.",
      "Lee la cabecera Accept de la respuesta y envía solo esos tipos. En el SBC o la"
      " pasarela, desactiva la encapsulación ISUP hacia interlocutores que no sean SIP-I, usa"
      " RFC 4733 para DTMF y desactiva la compresión de cuerpos. Revisa si hay erratas en el"
      " Content-Type y el Content-Encoding de la solicitud." },
    { 416,
      "el servidor no maneja el esquema de la Request-URI (tel:, sips:, im:, etc.)",
      "RFC 3261: el servidor no conoce el esquema de la Request-URI y rechaza la solicitud."
      " El UAC debería reintentar con un esquema que el servidor soporte, normalmente sip:.",
      "Una URI tel: enviada a un servidor que solo acepta sip:, sips: a un servidor sin TLS,"
      " im: o pres: desde aplicaciones de presencia, o urn:service:sos a un servidor no"
      " preparado para el enrutamiento de emergencias. A menudo lo provoca un plan de"
      " marcación o un cliente móvil que emite tel: directamente.",
      "Convierte los números tel: a sip:+E164@dominio;user=phone antes de que salgan de la"
      " PBX o del SBC, y revisa los ajustes de esquema del plan de marcación del UA. Para"
      " sips:, habilita TLS en el servidor o usa sip: sobre transporte TLS. Fíjate en la"
      " Request-URI de la solicitud fallida, no solo en la cabecera To." },
    { 417,
      "espacio de nombres o valor de Resource-Priority desconocido; ver Accept-Resource-Priority",
      "De la RFC 4412 (prioridad de recursos de comunicaciones): la solicitud exigía"
      " tratamiento prioritario (Require: resource-priority) con un espacio de nombres o un"
      " valor de Resource-Priority que el servidor no conoce, y la respuesta enumera los que"
      " entiende en Accept-Resource-Priority.",
      "Servicios de prioridad gubernamentales y de defensa (espacios de nombres como ets,"
      " wps, dsn, drsn, q735) que pasan a una red o troncal que no los implementa, o un valor"
      " de prioridad configurado fuera del rango que acepta el otro extremo.",
      "Compara el Resource-Priority de la solicitud con el Accept-Resource-Priority de la"
      " respuesta y alinea los espacios de nombres y los valores configurados en ambos lados."
      " Si el otro extremo no ofrece ningún servicio de prioridad, haz que el SBC elimine"
      " Resource-Priority y la etiqueta de opción correspondiente de Require en esa"
      " interconexión, respetando las normas del servicio de prioridad." },
    { 420,
      "el servidor no soporta una etiqueta de opción listada en Require; ver Unsupported",
      "El servidor no entiende una extensión que la solicitud marcó como obligatoria en"
      " Require o Proxy-Require, y enumera esas etiquetas de opción en una cabecera"
      " Unsupported (RFC 3261). El UAC puede reintentar sin exigirlas.",
      "Un UA o SBC que exige 100rel, timer, precondition, replaces, path, gruu, sec-agree o"
      " una etiqueta propietaria a un extremo que no la tiene: típico en troncales nuevas"
      " entre fabricantes distintos, o cuando un dispositivo de estilo IMS se encuentra con"
      " una PBX sencilla.",
      "Lee la cabecera Unsupported. Pasa esa etiqueta de opción de Require a Supported en el"
      " emisor (por ejemplo, haz que PRACK sea opcional en lugar de obligatorio), habilita la"
      " extensión en el otro extremo o haz que el SBC normalice Require y Proxy-Require en"
      " esa interconexión." },
    { 421,
      "el servidor necesita una extensión que la solicitud no ofreció; Require la nombra",
      "El UAS solo procesará la solicitud con una extensión concreta que esta no incluyó en"
      " Supported, y la nombra en una cabecera Require de la respuesta (RFC 3261). No está"
      " pensada para extensiones que simplemente convendría tener.",
      "Un UAS o una pasarela que insiste en respuestas provisionales fiables (100rel),"
      " temporizadores de sesión (timer), precondiciones, u outbound y GRUU en los registros,"
      " frente a un UA que no los anunció; habitual en interconexiones con núcleos IMS y con"
      " algunos SBC de operador.",
      "Lee la cabecera Require y habilita esa extensión en el UAC o en la troncal para que"
      " aparezca en Supported, por ejemplo activando 100rel/PRACK o los temporizadores de"
      " sesión. Si el UAC no puede soportarla, pide al otro extremo que relaje el requisito"
      " para tu troncal." },
    { 422,
      "Session-Expires bajo el mínimo del servidor; reintenta con al menos el Min-SE recibido",
      "Definida por la RFC 4028 (temporizadores de sesión). El Session-Expires de un INVITE o"
      " UPDATE es más corto que el mínimo que acepta un proxy o el UAS; la respuesta lleva"
      " Min-SE, y se espera que el UAC reintente con un Session-Expires igual o superior y"
      " con una cabecera Min-SE propia.",
      "Forma parte de la negociación normal de temporizadores de sesión entre PBX, SBC y"
      " operadores, por ejemplo un UA que ofrece 90 s a un operador que quiere 1800 s. Se"
      " convierte en un problema cuando el UAC no reintenta, y la llamada falla, o cuando"
      " varios elementos encadenados siguen subiendo el valor.",
      "Nada que corregir si el siguiente INVITE lleva un Session-Expires de al menos el"
      " Min-SE recibido. Si no es así, configura el temporizador de sesión del UAC con un"
      " valor que acepten sus interlocutores (1800 s es un valor por defecto habitual) o haz"
      " que gestione bien esta respuesta. Comprueba que Min-SE y Session-Expires se mantienen"
      " coherentes en todos los B2BUA del camino." },
    { 423,
      "el Expires solicitado es demasiado corto; reintenta con al menos Min-Expires",
      "Definida en la RFC 3261 para los registrars (§10.3): la expiración pedida en un"
      " REGISTER es más corta de lo que permite el servidor. La respuesta lleva Min-Expires,"
      " y el cliente debería reintentar con un Expires al menos igual. La RFC 6665 y la RFC"
      " 3903 la reutilizan para SUBSCRIBE y PUBLISH.",
      "Teléfonos que se vuelven a registrar cada 30-120 s para mantener abiertos los bindings"
      " de NAT, frente a un registrar o una PBX alojada que impone un mínimo de varios"
      " minutos; también intervalos cortos de SUBSCRIBE o PUBLISH hacia servidores de"
      " presencia. Un UA que reintenta con el valor de Min-Expires completa el registro con"
      " normalidad.",
      "Reintenta con Expires igual al valor de Min-Expires; la mayoría de los UA lo hacen"
      " solos. Si el UA no lo hace, aumenta su intervalo de registro. Mantén vivos los"
      " bindings de NAT con keep-alives CRLF, pings OPTIONS u outbound de la RFC 5626, en"
      " lugar de recurrir a re-registros muy cortos." },
    { 424,
      "la ubicación enviada con la solicitud es errónea o inservible; ver Geolocation-Error",
      "La RFC 6442 (transmisión de ubicación) añadió este código. La ubicación que acompaña a"
      " la solicitud, por valor en un cuerpo PIDF-LO o por referencia en la cabecera"
      " Geolocation, estaba mal formada o no servía para el propósito del destinatario, como"
      " el enrutamiento. Geolocation-Error da un código: 100 no se puede procesar la"
      " ubicación, 200 a 202 problemas de permisos, 300 fallo de desreferenciación.",
      "Llamadas de emergencia (NG911, NG112) en las que un ESRP o un PSAP no puede usar la"
      " ubicación enviada por la red de origen ni enrutar con ella; proveedores VoIP de E911"
      " que rechazan una ubicación; URI de ubicación por referencia que no se pueden"
      " desreferenciar.",
      "Lee el código y el texto de Geolocation-Error. Valida el PIDF-LO contra su esquema,"
      " comprueba que la referencia cid: de la cabecera Geolocation coincide con el"
      " Content-ID de la parte del cuerpo y que el valor de routing-allowed permite el"
      " enrutamiento. Si la ubicación va por referencia, asegúrate de que el servidor de"
      " desreferenciación es alcanzable y autoriza al destinatario." },
    { 425,
      "la carga de alerta (CAP) faltaba, estaba dañada o era inservible; ver AlertMsg-Error",
      "Definida por la RFC 8876 para las llamadas de emergencia no interactivas. La solicitud"
      " llevaba, o debería haber llevado, una carga de alerta, normalmente un documento"
      " Common Alerting Protocol, que el destinatario no pudo procesar. AlertMsg-Error da un"
      " código: 100 no se puede procesar, 101 carga ausente, 102 información insuficiente"
      " para determinar el propósito, 103 carga dañada.",
      "Sensores, paneles de alarma, sistemas de vehículos y servicios de monitorización que"
      " envían alertas a un PSAP o a una central receptora de alarmas mediante MESSAGE o"
      " INVITE con un cuerpo CAP, y a los que la red de servicios de emergencia se las"
      " rechaza.",
      "Comprueba primero el código de AlertMsg-Error. Valida el XML de CAP, confirma el"
      " Content-Type de la parte del cuerpo que contiene la alerta y la referencia que apunta"
      " a ella, y asegúrate de que la alerta incluye los campos que el destinatario necesita"
      " para clasificarla (event, category, area). Haz pruebas contra el servicio de test de"
      " la central receptora antes de pasar a producción." },
    { 428,
      "el verificador exige una cabecera Identity firmada (STIR) y la solicitud no la traía",
      "Definida primero en la RFC 4474 y ahora en la RFC 8224: la política del destinatario"
      " exige una cabecera Identity válida, es decir, una firma PASSporT sobre la identidad"
      " del llamante, y la solicitud llegó sin ella. Se espera que el lado de origen haga"
      " firmar la solicitud por un servicio de autenticación y vuelva a intentarlo.",
      "Interconexiones que aplican STIR/SHAKEN, sobre todo en Norteamérica, y rechazan"
      " llamadas sin firmar de un proveedor de origen o de un operador anterior en la cadena."
      " Se usa poco: la mayoría de los verificadores dejan pasar las llamadas sin firma con"
      " un nivel de confianza menor en lugar de rechazarlas.",
      "Asegúrate de que el proveedor de origen o tu SBC firman las llamadas salientes a"
      " través de su STI-AS y de que la cabecera Identity sobrevive a todo el trayecto:"
      " revisa las reglas de manipulación de cabeceras y los límites de tamaño de cada SBC,"
      " ya que las cabeceras Identity son largas y pueden hacer que los mensajes UDP superen"
      " la MTU. Confirma que tienes derecho a firmar el número llamante." },
    { 429,
      "el destino de la transferencia quiere un token Referred-By válido antes de actuar",
      "Introducida con el mecanismo Referred-By de la RFC 3892: el destino al que apunta un"
      " REFER exige que la solicitud generada a raíz de ese REFER lleve un token Referred-By,"
      " una declaración firmada de la identidad de quien envió el REFER, y el token falta o"
      " no es válido. El receptor del REFER puede notificárselo al emisor, que puede aportar"
      " un token y repetir el REFER.",
      "Rarísima; solo en despliegues que protegen las transferencias con tokens Referred-By"
      " firmados con S/MIME. La mayoría de las PBX y los teléfonos ni envían esos tokens ni"
      " los exigen.",
      "Revisa la política del destino de la transferencia. Si exige tokens firmados, el"
      " emisor del REFER debe incluir uno (una cabecera Referred-By cuyo parámetro cid apunte"
      " a un cuerpo message/sipfrag firmado); si no, relaja la política en el destino. Mira"
      " la cabecera Referred-By del INVITE generado para ver qué se envió realmente." },
    { 430,
      "un proxy de borde informa de que su flujo hacia el UA registrado (SIP Outbound) está caído",
      "Definida por la RFC 5626 (SIP Outbound). Un proxy de borde la devuelve hacia el origen"
      " cuando la conexión o el flujo que se le pidió usar para llegar a un UA registrado ya"
      " no funciona. El proxy autoritativo debería entonces eliminar el binding de ese flujo"
      " y probar otro flujo u otro contacto del mismo usuario.",
      "Entre un proxy de borde y el registrar o el proxy de origen del usuario en despliegues"
      " con soporte de Outbound, normalmente después de que un UA móvil o detrás de NAT"
      " perdiera su conexión TCP/TLS o su binding UDP sin volver a registrarse. No está"
      " pensada para volver hasta el llamante original.",
      "Revisa los keep-alives del UA (ping-pong CRLF en TCP/TLS, STUN en UDP) y su intervalo"
      " frente a los tiempos de inactividad de NAT y firewall. Confirma que el UA se vuelve a"
      " registrar enseguida cuando se rompe su flujo, que usa reg-id y +sip.instance de forma"
      " coherente, y que los tokens de flujo del proxy de borde en Path son válidos. Si los"
      " llamantes ven este código, el proxy autoritativo lo está reenviando en lugar de"
      " recuperarse." },
    { 433,
      "el llamado rechaza las llamadas que ocultan la identidad del llamante",
      "La RFC 5079 la creó para el rechazo de llamadas anónimas: el UAS, o un proxy que actúa"
      " en su nombre, rechaza la solicitud porque el llamante se hizo anónimo (un From"
      " anónimo, Privacy: id o user). Reintentar mostrando la identidad puede funcionar.",
      "Rechazo de llamadas anónimas en PBX, plataformas alojadas y operadores: un llamante"
      " que ocultó su número (CLIR, un prefijo del estilo de *67, un ajuste de privacidad en"
      " la troncal) llama a un usuario que tiene activado el rechazo de números ocultos.",
      "Vuelve a llamar presentando el número: quita el prefijo de ocultación o la cabecera"
      " Privacy, o corrige una troncal que oculta el identificador de llamante por defecto."
      " Si el llamado debería aceptar estas llamadas, desactiva el rechazo de llamadas"
      " anónimas en su cuenta. Revisa también P-Asserted-Identity; algunas redes tratan su"
      " ausencia como anonimato." },
    { 436,
      "no se puede descargar la URL del certificado indicada en la cabecera Identity (STIR)",
      "Según la RFC 8224, el verificador no pudo desreferenciar la URI del parámetro info de"
      " la cabecera Identity (en SHAKEN, también el x5u del PASSporT), así que no puede"
      " obtener el certificado necesario para comprobar la firma. Las tablas antiguas la"
      " escriben \"Bad Identity-Info\", por la cabecera de la RFC 4474.",
      "Servicios de verificación STIR/SHAKEN incapaces de obtener el certificado de firma: el"
      " repositorio de certificados está caído o lento, la URL es incorrecta o no es HTTPS,"
      " falla el DNS, o está bloqueado el propio acceso HTTP saliente del verificador.",
      "Descarga tú mismo la URL de info/x5u desde la red del verificador (basta con curl) y"
      " comprueba el DNS, el HTTPS y el archivo de certificado devuelto. El proveedor que"
      " firma debe corregir la URL publicada o el repositorio; el lado verificador debería"
      " revisar su firewall de salida, la configuración del proxy HTTP y los tiempos de"
      " espera de descarga." },
    { 437,
      "el verificador no acepta la credencial que respalda la firma de Identity (STIR)",
      "La RFC 8224 la renombró a partir del \"Unsupported Certificate\" de la RFC 4474. El"
      " verificador obtuvo la credencial del firmante pero no puede usarla: no confía en la"
      " autoridad emisora, no admite el tipo de credencial o la credencial no cubre la"
      " identidad declarada.",
      "Verificaciones SHAKEN que fallan porque el certificado encadena con una STI-CA ausente"
      " de la lista de confianza del verificador, ha caducado o ha sido revocado, o tiene un"
      " TNAuthList que no autoriza el número llamante; también despliegues empresariales con"
      " CA privadas.",
      "Inspecciona la cadena de certificados que hay detrás de la URL de info/x5u: el emisor"
      " frente a la lista de confianza STI-CA vigente, las fechas de validez, el estado de"
      " revocación y el TNAuthList. El proveedor que firma debe renovar o sustituir su"
      " certificado; el verificador debería mantener al día su lista de anclas de confianza." },
    { 438,
      "hay cabecera Identity, pero su firma o sus claims no superan la verificación (STIR)",
      "Según la RFC 8224, el verificador encontró una cabecera Identity y obtuvo la"
      " credencial, pero la firma no se valida frente a la solicitud: los claims del PASSporT"
      " no coinciden con los números de From o To, o el algoritmo o la codificación son"
      " incorrectos. Un Date o un iat fuera de la ventana de validez no da un 438: la RFC 8224"
      " §6.2.2 lo responde con 403 \"Stale Date\".",
      "Lo más frecuente es que un elemento situado entre el firmante y el verificador haya"
      " cambiado el número llamante o llamado (añadiendo o quitando +1, un código de país o"
      " prefijos) después de la firma. Le sigue un firmante cuya clave privada ya no"
      " corresponde al certificado publicado en su URL x5u, típicamente tras un cambio de"
      " clave que no se volvió a publicar.",
      "Decodifica el PASSporT y compara orig y dest con From, P-Asserted-Identity y To de la"
      " solicitud tal como llegó; corrige la normalización para que los números se mantengan"
      " como se firmaron, o firma después de la última reescritura. Comprueba que el STI-AS"
      " firma con la clave del certificado publicado en x5u, los parámetros alg (ES256 en"
      " SHAKEN) y ppt, y que ningún SBC vuelva a plegar o trunque la cabecera." },
    { 439,
      "el registrar quiere SIP Outbound pero el proxy del primer salto no lo soporta",
      "Definida por la RFC 5626. Un registrar que soporta Outbound recibe un REGISTER que lo"
      " solicita (reg-id y +sip.instance), pero el proxy de borde del primer salto no dio"
      " señales de soportarlo (ningún parámetro ob en su entrada Path). Como los flujos no"
      " pueden funcionar a través de ese proxy, se rechaza el registro.",
      "Clientes móviles y de escritorio con Outbound activado que se registran a través de un"
      " proxy de borde o un SBC sencillo sin soporte de la RFC 5626, mientras que el"
      " registrar que hay detrás sí lo implementa.",
      "Habilita Outbound en el proxy de borde para que inserte una entrada Path con el"
      " parámetro ob, o desactiva Outbound (reg-id) en el cliente para que el registrar lo"
      " trate como un registro normal. Revisa las cabeceras Path y Supported del REGISTER tal"
      " como llega al registrar." },
    { 440,
      "a un proxy que hace forking no le queda Max-Breadth para seguir bifurcando la solicitud",
      "Definida por la RFC 5393, que limita el forking paralelo para evitar la amplificación:"
      " Max-Breadth (60 por defecto) acota el número total de ramas paralelas que puede"
      " generar una solicitud. Un proxy responde con este código cuando la amplitud recibida"
      " es demasiado pequeña para bifurcar.",
      "Grandes grupos de timbrado o búsquedas paralelas repartidas entre varios proxies que"
      " hacen forking, bucles de forking en los que los proxies se bifurcan entre sí, y los"
      " ataques de forking que este mecanismo pretende frenar.",
      "Revisa la cabecera Max-Breadth de la solicitud y la configuración de forking: reduce"
      " las ramas paralelas, usa búsqueda secuencial para los grupos grandes o aumenta el"
      " Max-Breadth inicial donde sea seguro. Busca en la pila de Via proxies que se"
      " bifurquen entre sí en bucle." },
    { 469,
      "el INFO usa un Info Package que el otro extremo no aceptó recibir; ver Recv-Info",
      "Procede del marco de Info Packages de la RFC 6086: una solicitud INFO nombraba en su"
      " cabecera Info-Package un paquete que el UAS no ha declarado en Recv-Info para este"
      " diálogo o que no soporta. La respuesta enumera en Recv-Info los paquetes que"
      " aceptará.",
      "INFO a mitad de llamada para DTMF, actualizaciones de imagen de vídeo o señalización"
      " de aplicación, enviados con un Info Package con nombre a un extremo que solo soporta"
      " el INFO tradicional u otros paquetes; habitual entre pasarelas y servidores de"
      " aplicaciones de distintos fabricantes.",
      "Revisa el Recv-Info que anunció el otro extremo en su INVITE, 18x o 200, y envía solo"
      " esos paquetes. Pasa los DTMF a eventos RFC 4733 cuando sea posible, o configura el"
      " INFO tradicional sin Info-Package si es lo que espera el otro extremo." },
    { 470,
      "al intermediario le falta el consentimiento de los destinatarios; ver Permission-Missing",
      "Definida por la RFC 5360 (marco de consentimiento). Un intermediario (relay), como un"
      " servidor de listas de URI que reparte una solicitud entre muchos destinatarios, no"
      " tiene el permiso de algunos de ellos. Los nombra en Permission-Missing, y el"
      " remitente puede entonces pedirles su consentimiento.",
      "Poco frecuente; se ve con servicios de listas de URI (MESSAGE a varios destinatarios,"
      " invitaciones a conferencias enviadas a listas) en despliegues que exigen"
      " consentimiento para frenar la amplificación del spam.",
      "Lee Permission-Missing para ver qué destinos no han dado su consentimiento. Obtén su"
      " permiso mediante el mecanismo de consentimiento del intermediario (una solicitud de"
      " permiso que deben conceder) o quítalos de la lista. Si el bloqueo es inesperado,"
      " revisa la política de consentimiento del intermediario." },
    { 480,
      "el usuario existe pero ahora no es localizable (sin registro, DND, sin respuesta)",
      "RFC 3261: se contactó con el sistema del llamado, o el usuario es conocido, pero ahora"
      " mismo no está disponible, por ejemplo porque no ha iniciado sesión o tiene activado"
      " No molestar. Retry-After puede sugerir un momento mejor. A diferencia del 404, el"
      " usuario sí existe.",
      "La respuesta clásica de una PBX cuando la extensión llamada no tiene un registro"
      " vigente (teléfono apagado o registro caducado detrás de NAT), cuando está activado"
      " DND, o cuando una pasarela PSTN informa de no respuesta, abonado ausente (Q.850 19,"
      " 20) o una causa genérica 31. FreeSWITCH y otros también traducen a ella varios fallos"
      " internos, así que la cabecera Reason suele decir más que el código; en capturas"
      " reales aparece \"480 Error\" con la causa Q.850 21 (llamada rechazada).",
      "Lee primero la cabecera Reason: una causa Q.850 18 o 19 (no contesta), 20 (ausente),"
      " 21 (rechazada) o una causa SIP cuentan historias muy distintas. Comprueba si el"
      " llamado está registrado (la tabla de ubicaciones del registrar) y por qué dejó de"
      " estarlo: expiración, keep-alives de NAT, cambios de red. Revisa los ajustes de DND y"
      " de desvío, y respeta Retry-After si aparece." },
    { 481,
      "la solicitud no encaja con ningún diálogo ni transacción; inofensivo tras un cruce de BYE",
      "El UAS recibió una solicitud que no coincide con ningún diálogo ni transacción"
      " existente, a juzgar por el Call-ID, las etiquetas y los identificadores de"
      " transacción (RFC 3261). En una solicitud dentro de un diálogo significa que este lado"
      " no tiene constancia de la llamada.",
      "Inofensivo cuando ambos extremos envían BYE a la vez, cuando se retransmite un BYE"
      " después de perderse su 200, o cuando llega un CANCEL después de que el INVITE ya"
      " tuviera su respuesta final. Es un problema real cuando responde a un re-INVITE,"
      " UPDATE, INFO, NOTIFY o refresco de sesión: el otro extremo perdió el diálogo por un"
      " reinicio o una conmutación por error, por la expiración del temporizador de sesión, o"
      " por un SBC, ALG o balanceador de carga que cambió el Call-ID o las etiquetas o envió"
      " la solicitud al nodo equivocado.",
      "Tras un cruce de BYE o CANCEL, ignóralo. En otro caso, compara Call-ID, etiqueta From"
      " y etiqueta To con los mensajes que establecieron el diálogo, y comprueba que las"
      " solicitudes dentro del diálogo siguen su Contact y su Record-Route en lugar de"
      " reenrutarse a otro servidor. Busca reinicios y expiraciones del temporizador de"
      " sesión en el momento del fallo. La RFC 3261 §12.2.1.2 dice que el UAC debería"
      " terminar el diálogo tras un 481 a una solicitud dentro del diálogo, así que es de"
      " esperar un BYE." },
    { 482,
      "la solicitud volvió a un servidor por el que ya había pasado: un bucle de enrutamiento",
      "Según la RFC 3261 §16.3 paso 4, un proxy encontró en la solicitud una de sus propias"
      " entradas Via, lo que muestra que la misma solicitud ya había pasado por él sin"
      " cambios. Una espiral, es decir, el mismo proxy de nuevo con otra Request-URI, es"
      " legítima y no debe provocarla. La RFC 3261 deja esta comprobación como opcional (un"
      " MAY); la RFC 5393 §4 la hace obligatoria para un proxy que hace forking, para que un"
      " bucle no pueda multiplicar las solicitudes, y añade Max-Breadth con el mismo fin.",
      "Dos proxies o SBC cuyas rutas por defecto apuntan el uno al otro, una PBX que devuelve"
      " los números que no reconoce al operador que se los entregó, registros DNS o SRV que"
      " llevan de vuelta al emisor, o una cadena de desvíos que vuelve a su inicio. Solo la"
      " envían los proxies que hacen esta comprobación, sobre todo los que hacen forking; en"
      " otros casos el mismo bucle acaba en 483. A través de un B2BUA, que empieza una pila"
      " Via nueva en cada tramo, un bucle nunca da 482, y solo da 483 si el B2BUA traslada"
      " Max-Forwards.",
      "Lee las cabeceras Via de la solicitud en bucle para ver el ciclo y qué elemento lo"
      " cerró. Corrige la ruta que devuelve la solicitud: rutas por defecto, reglas comodín"
      " del plan de marcación, selección de troncal para los números entrantes. Comprueba que"
      " cada proxy reconoce todas sus direcciones y alias propios; si no, puede confundir una"
      " espiral con un bucle o pasar por alto uno real. Mantén activa la detección de bucles"
      " en todo proxy que haga forking." },
    { 483,
      "Max-Forwards llegó a cero antes de que la solicitud alcanzara su destino",
      "La solicitud llegó con Max-Forwards a 0, así que el servidor receptor no puede"
      " reenviarla (RFC 3261 §16.3 paso 3). Cada proxy decrementa la cabecera a partir de su"
      " valor inicial habitual de 70, lo que garantiza que un bucle formado por proxies acabe"
      " terminando.",
      "Casi siempre un bucle de enrutamiento entre proxies; a veces una cadena legítimamente"
      " larga que parte de un UA o una aplicación que fija un valor inicial muy bajo. Un"
      " bucle que atraviesa un B2BUA que arranca cada tramo nuevo en 70 nunca llega aquí:"
      " Max-Forwards no se agota y el bucle aparece en cambio como una avalancha de llamadas"
      " casi idénticas, el fallo que describe la RFC 7332.",
      "Cuenta y lee las cabeceras Via de la solicitud fallida: los hosts repetidos revelan un"
      " bucle, que hay que corregir en el enrutamiento. Si la cadena es auténtica, aumenta el"
      " Max-Forwards inicial en el elemento que lo fija demasiado bajo. Cuando un bucle se"
      " manifiesta como una ráfaga de llamadas con Call-ID nuevos en lugar de un 483, busca"
      " el B2BUA que hay en él y haz que copie el Max-Forwards entrante, decrementado, en su"
      " tramo saliente (en FreeSWITCH, no fuerces la variable de canal max_forwards)." },
    { 484,
      "el número marcado es demasiado corto o está incompleto para poder enrutarlo",
      "La Request-URI está incompleta y el servidor necesita más dígitos o datos de dirección"
      " (RFC 3261); la frase de estado puede dar pistas de lo que falta. La RFC 3578 la usa"
      " para la marcación con solapamiento (overlap), en la que el número se envía por"
      " partes.",
      "Un usuario marcó pocos dígitos o el mapa de dígitos del teléfono envió el número antes"
      " de tiempo; el siguiente salto espera otro formato (número nacional sin código de"
      " área, falta el prefijo de acceso o de troncal); pasarelas ISUP en redes con marcación"
      " con solapamiento, donde la causa Q.850 28 (formato de número no válido) se traduce a"
      " ella.",
      "Compara la parte de usuario de la Request-URI con el plan de numeración que espera el"
      " siguiente salto. Corrige el mapa de dígitos o el tiempo entre dígitos del teléfono, y"
      " la normalización de números en la PBX o el SBC (código de país, código de área,"
      " prefijos). En interconexiones PSTN sin soporte de overlap, configura la pasarela para"
      " el envío en bloque (en bloc)." },
    { 485,
      "la Request-URI coincide con más de un usuario; Contact puede listar los candidatos",
      "La dirección de la Request-URI es ambigua (RFC 3261). La respuesta puede enumerar en"
      " Contact posibles direcciones no ambiguas, aunque los servidores pueden omitirlas"
      " porque revelarlas puede suponer un problema de privacidad.",
      "Poco frecuente: búsquedas por nombre o por alias que coinciden con varios usuarios"
      " (sip:lee@example.com cuando hay más de un Lee), o extensiones y alias duplicados en"
      " una base de datos de usuarios.",
      "Reintenta con uno de los candidatos de Contact o con una URI completa y única. Si la"
      " dirección no debería ser ambigua, busca alias, extensiones o números duplicados en la"
      " base de datos de usuarios del servidor y elimínalos." },
    { 486,
      "el dispositivo del llamado está ocupado y no aceptará otra llamada",
      "Se llegó al sistema del llamado, pero allí no puede aceptar otra llamada (RFC 3261);"
      " Retry-After puede indicar un momento mejor. El \"aquí\" importa: otras ubicaciones"
      " del usuario, como el buzón de voz u otro dispositivo, aún pueden atender la llamada,"
      " y en eso se diferencia del 600.",
      "Un teléfono que ya está en una llamada con la llamada en espera desactivada, un límite"
      " de llamadas por dispositivo o por usuario alcanzado en Asterisk o FreeSWITCH, un DND"
      " implementado como ocupado, o una pasarela PSTN que recibe la causa Q.850 17 (usuario"
      " ocupado). Algunos operadores también la envían cuando se alcanza el límite de"
      " llamadas simultáneas de una troncal, donde un 503 sería más preciso.",
      "Es un desenlace de usuario, no una avería de red. Si el llamado no estaba realmente"
      " ocupado, revisa el ajuste de llamada en espera del dispositivo, los límites de"
      " llamadas del endpoint o de la troncal en la PBX, y las llamadas fantasma que"
      " mantienen la línea ocupada. Contrasta con la cabecera Reason: este código con la"
      " causa Q.850 16 o 34 apunta a un problema de mapeo del operador o a un límite de"
      " capacidad, no a un usuario ocupado." },
    { 487,
      "un CANCEL (o un BYE) detuvo la solicitud pendiente antes de que terminara",
      "La solicitud fue terminada por un BYE o un CANCEL (RFC 3261). En la práctica es la"
      " respuesta final a un INVITE que un CANCEL detuvo: el 200 responde al propio CANCEL, y"
      " el UAC sigue confirmando el 487 con ACK.",
      "El final normal de una llamada cancelada: el llamante colgó antes de que contestaran,"
      " una PBX envió un CANCEL al agotar el tiempo de timbrado, o un proxy que hace forking"
      " canceló las demás ramas cuando una contestó (Reason: SIP;cause=200;text=\"Call"
      " completed elsewhere\"). Resulta sospechosa cuando no aparece ningún CANCEL en la"
      " captura, o cuando los informes de CDR la cuentan como llamada fallida.",
      "No es una avería. Si se cancelan llamadas de forma inesperada, averigua quién envió el"
      " CANCEL y por qué: el temporizador de no respuesta del propio llamante, el tiempo de"
      " timbrado de una PBX o el Timer C de un proxy; la cabecera Reason del CANCEL suele"
      " indicarlo. Si los llamantes cuelgan porque no pasa nada durante mucho tiempo,"
      " investiga en su lugar el retardo posmarcación." },
    { 488,
      "la oferta de sesión (SDP) no es aceptable en este dispositivo: códecs, medios o transporte",
      "La solicitud, normalmente un INVITE o un UPDATE, se entendió, pero la descripción de"
      " sesión ofrecida no se puede aceptar en este extremo (RFC 3261). Una cabecera Warning"
      " debería dar el motivo, con códigos como 304 (tipo de medio no disponible), 305"
      " (formato de medio incompatible) o 370 (ancho de banda insuficiente).",
      "En respuesta a un INVITE inicial indica un desajuste de códecs o de medios (solo G.729"
      " frente a solo G.711), de SRTP (RTP/SAVP frente a RTP/AVP, SDES frente a DTLS con"
      " WebRTC) o de familia de direcciones, y la llamada falla. En respuesta a un re-INVITE,"
      " como el paso a fax T.38 o la incorporación de vídeo, solo se rechaza el cambio y la"
      " llamada continúa con sus medios anteriores.",
      "Compara las líneas m=, los a=rtpmap y los atributos crypto o fingerprint de la oferta"
      " con la configuración de códecs y de seguridad del otro extremo, y lee la cabecera"
      " Warning. Añade un códec común, alinea la política de SRTP o habilita la"
      " transcodificación en el SBC. Ante un re-INVITE de T.38 rechazado, revisa el soporte"
      " de fax en ambos extremos; la llamada de audio en sí está bien." },
    { 489,
      "el servidor no soporta el paquete de eventos indicado en la cabecera Event",
      "Definida por la RFC 6665, y por la RFC 3903 para PUBLISH: el SUBSCRIBE, PUBLISH o"
      " NOTIFY nombraba un paquete de eventos que el servidor no entiende o no quiere"
      " atender. La respuesta debería incluir Allow-Events con los paquetes que soporta.",
      "Teléfonos que se suscriben a presence, dialog (BLF), message-summary (MWI) o"
      " ua-profile en una PBX o un proxy sin el módulo o la configuración correspondientes;"
      " Asterisk responde así a SUBSCRIBE y PUBLISH de presence y dialog cuando no están"
      " configurados. Es inofensiva cuando no se quiere esa función.",
      "Lee Allow-Events en la respuesta. Si la función hace falta, habilita el paquete de"
      " eventos en el servidor (módulo de presencia, hints de BLF, MWI del buzón de voz) o"
      " apunta el teléfono al servidor correcto; si no, desactívala en el teléfono para"
      " acabar con los reintentos." },
    { 491,
      "glare: hay otra oferta pendiente en este diálogo; reintenta tras un retardo aleatorio",
      "RFC 3261 §14: el UAS recibió un re-INVITE (o un UPDATE, RFC 3311) mientras su propia"
      " oferta en el mismo diálogo seguía pendiente. Ambos lados esperan: el propietario del"
      " Call-ID aguarda un tiempo aleatorio de entre 2,1 y 4 s, el otro de entre 0 y 2 s, y"
      " después reintentan.",
      "Ambos extremos envían un re-INVITE en el mismo instante: puesta en espera y"
      " recuperación, cambios de códec, paso a T.38, refrescos de sesión cuando los dos lados"
      " creen ser el refresher, o B2BUA como Asterisk que envían re-INVITE para medios"
      " directos mientras el teléfono hace lo mismo.",
      "Normalmente se resuelve solo con el reintento. Si el glare se repite o el reintento no"
      " llega, averigua qué elementos envían re-INVITE automáticos, fija un único refresher"
      " del temporizador de sesión (el parámetro refresher de Session-Expires) y desactiva en"
      " el B2BUA los re-INVITE de medios innecesarios." },
    { 493,
      "el servidor no puede descifrar el cuerpo S/MIME que ha recibido",
      "RFC 3261: la solicitud llevaba un cuerpo MIME cifrado (S/MIME) para el que el UAS no"
      " tiene una clave de descifrado adecuada, o no quiere usarla. La respuesta puede"
      " contener la clave pública del UAS para que el emisor cifre correctamente la próxima"
      " vez.",
      "Muy rara fuera de laboratorios y de despliegues seguros especializados, ya que S/MIME"
      " en SIP casi nunca se usa; la produciría un UA que conserva un certificado obsoleto de"
      " su interlocutor.",
      "Compara el certificado usado para cifrar el cuerpo con el vigente del destinatario, y"
      " usa la clave pública devuelta en la respuesta si la hay. Si no hace falta cifrado"
      " extremo a extremo del cuerpo, envíalo sin cifrar sobre TLS." },
    { 494,
      "el servidor exige un acuerdo de seguridad (RFC 3329); ver Security-Server",
      "Forma parte del acuerdo de seguridad de la RFC 3329: el servidor solo continuará"
      " cuando se haya negociado un mecanismo de seguridad con el cliente, y enumera los"
      " mecanismos que ofrece (digest, tls, ipsec-ike, ipsec-man, e ipsec-3gpp en redes 3GPP)"
      " en cabeceras Security-Server.",
      "Acceso IMS: un P-CSCF que impone sec-agree recibe un REGISTER de un UE o de un cliente"
      " de pruebas que no envió Security-Client junto con Require y Proxy-Require: sec-agree.",
      "Habilita sec-agree en el cliente con un mecanismo de la lista de Security-Server,"
      " enviando Security-Client y la etiqueta de opción sec-agree en Require y"
      " Proxy-Require. En entornos de prueba IMS, configura IPsec (ipsec-3gpp) en el cliente"
      " o relaja la política del P-CSCF para el rango de pruebas." },
    { 500,
      "fallo interno inesperado del servidor; la causa está en sus logs, no en tu solicitud",
      "El servidor se encontró con una condición inesperada que le impidió atender la"
      " solicitud (RFC 3261), y puede añadir Retry-After si la condición es temporal. La RFC"
      " 3261 §14.2 también la usa, con un Retry-After aleatorio, cuando llega un re-INVITE"
      " mientras un INVITE anterior sigue en curso.",
      "Errores de script o caídas en un proxy o B2BUA (un bloque route de Kamailio que falla,"
      " un error de módulo de Asterisk o FreeSWITCH), una base de datos o API de backend"
      " caída de la que depende el servidor, límites de licencia, o fallos de interconexión"
      " con la PSTN (las causas Q.850 111 y 127 se traducen a ella). Los re-INVITE solapados"
      " también la provocan y se resuelven al reintentar.",
      "El fallo está en el servidor que la envió (su dirección de origen y la cabecera Server"
      " lo identifican): busca el Call-ID en sus logs en torno a esa hora. Revisa sus"
      " backends (base de datos, DNS, servicios HTTP de enrutamiento o de STIR) y sus"
      " licencias, y respeta Retry-After. Si interviene una pasarela, lee la causa Q.850 de"
      " la cabecera Reason." },
    { 501,
      "el servidor no implementa este método en absoluto",
      "El servidor carece de la funcionalidad necesaria para atender la solicitud,"
      " normalmente porque no reconoce el método (RFC 3261). Los proxies reenvían los métodos"
      " desconocidos, así que suele venir del UAS; compárese con el 405, donde el método se"
      " conoce pero no se permite.",
      "Sondeo de capacidades y métodos opcionales: UPDATE, PUBLISH, MESSAGE, INFO, REFER o un"
      " método propietario enviado a un dispositivo que no los tiene; una pasarela PSTN que"
      " traduce la causa Q.850 79 (servicio u opción no implementados). Como respuesta a"
      " INVITE delata un extremo averiado o que no es SIP. Como respuesta a REGISTER suele"
      " significar que el REGISTER llegó a algo que no es un registrar: una troncal SIP"
      " autenticada por IP, o un SBC o una PBX que de ese extremo solo acepta INVITE.",
      "Mira la cabecera Allow del otro extremo (en una respuesta a OPTIONS o en el 200 al"
      " INVITE) y deja de enviar los métodos que no aparezcan en ella. Usa alternativas"
      " cuando sea posible: re-INVITE en lugar de UPDATE, RFC 4733 en lugar de INFO para"
      " DTMF, BYE y una llamada nueva en lugar de REFER. Ante un 501 a un REGISTER, pregunta"
      " al proveedor si la troncal se autentica por IP; si es así, desactiva el registro para"
      " ella (gateway de FreeSWITCH con register=false; en Asterisk, sin sección"
      " type=registration para esa troncal) y haz que autoricen tu IP pública; si no, envía"
      " el REGISTER al registrar que indique el proveedor, no a la dirección de señalización"
      " de la troncal." },
    { 502,
      "una pasarela o un proxy recibió una respuesta no válida del siguiente salto",
      "El servidor, actuando como pasarela o proxy, recibió una respuesta no válida del"
      " servidor posterior al que contactó (RFC 3261). El fallo real está más allá del"
      " elemento que lo notificó.",
      "SBC y pasarelas PSTN que reciben una respuesta mal formada o inesperada de un operador"
      " o de otra red, pasarelas que notifican la causa Q.850 27 (destino fuera de servicio),"
      " y proxies cuyas consultas DNS llevaron a un destino que respondió con algo que no es"
      " SIP.",
      "Captura en el lado remoto del elemento que la envió para ver qué devolvió realmente el"
      " siguiente salto. Lee la causa Q.850 de la cabecera Reason, revisa el estado de la"
      " troncal o del enlace posterior y los registros DNS del siguiente salto, y plantéalo"
      " al operador si la respuesta no válida viene de él." },
    { 503,
      "sobrecarga, mantenimiento o sin ruta de salida; reintenta más tarde o con otro servidor",
      "El servidor no puede atender temporalmente la solicitud por sobrecarga o mantenimiento"
      " (RFC 3261). Retry-After indica cuándo volver; sin él, el cliente actúa como ante un"
      " 500. Un UAC o proxy que la recibe debería probar un servidor alternativo, como el"
      " siguiente destino DNS SRV (RFC 3263).",
      "Servidores sobrecargados o en mantenimiento; proxies o SBC sin ningún destino"
      " posterior utilizable (todas las pasarelas caídas, destinos del dispatcher que no"
      " responden a los pings OPTIONS, troncal sin registrar); pasarelas PSTN sin canales"
      " libres o que informan de la causa Q.850 34, 38, 41, 42 o 47; operadores que aplican"
      " límites de llamadas simultáneas o de CPS; límites de licencia.",
      "Lee Retry-After y la cabecera Reason. Si el primer salto la envía de inmediato,"
      " normalmente no tiene ruta: revisa el registro de la troncal, el estado de las"
      " pasarelas y del dispatcher, y las rutas para ese número. Si viene de más lejos,"
      " revisa la capacidad (canales, CPS y límites de simultaneidad con el operador), y"
      " asegúrate de que tu lado conmuta a otro servidor y respeta Retry-After en lugar de"
      " insistir sin parar." },
    { 504,
      "un servidor agotó la espera de algo que necesitaba: siguiente salto, DNS, base de datos",
      "El servidor no recibió a tiempo la respuesta de un servidor externo al que recurrió"
      " para procesar la solicitud, ya sea el siguiente salto SIP o un servicio como un"
      " servidor de ubicación o el DNS (RFC 3261). Es el primo del 408 en el lado del"
      " servidor: el emisor está vivo, pero algo detrás de él no.",
      "SBC y proxies que reenvían a un operador o a una PBX que nunca responde; motores de"
      " enrutamiento que esperan consultas ENUM, LNP, DNS o HTTP, incluidos los servicios de"
      " firma STIR/SHAKEN; pasarelas PSTN que informan de la causa Q.850 102 (recuperación"
      " por expiración de temporizador).",
      "Averigua qué tramo posterior se quedó en silencio capturando en el lado de salida del"
      " elemento que envió el 504. Revisa la rapidez de respuesta del DNS, la latencia de las"
      " consultas a bases de datos y HTTP, y los firewalls que descartan la solicitud"
      " reenviada; ajusta los tiempos de espera del elemento solo cuando sepas cuál es la"
      " dependencia lenta." },
    { 505,
      "el servidor no soporta la versión de SIP de la línea de solicitud",
      "El servidor no soporta, o rechaza, la versión del protocolo usada en la solicitud (RFC"
      " 3261). SIP/2.0 es la única versión en uso, así que en la práctica el token de versión"
      " era incorrecto o estaba corrupto.",
      "Solicitudes con SIP/1.0 o un token de versión mal formado procedentes de clientes"
      " defectuosos, escáneres y fuzzers, mensajes corrompidos por ALG u otros middleboxes, y"
      " tráfico que no es SIP, como HTTP enviado al puerto SIP.",
      "Revisa la línea de solicitud: debe terminar exactamente en SIP/2.0. Localiza al emisor"
      " del mensaje erróneo; si es un escáner, bloquéalo en el perímetro. Si el tráfico"
      " legítimo se corrompe en tránsito, desactiva el SIP ALG del camino." },
    { 513,
      "mensaje completo demasiado largo para el servidor; a menudo, un problema de tamaño en UDP",
      "El servidor no puede procesar la solicitud por su longitud (RFC 3261). A diferencia"
      " del 413, afecta al mensaje completo, cabeceras incluidas, no solo al cuerpo.",
      "INVITE grandes sobre UDP (muchas entradas Via y Record-Route, SDP largo con ICE, una"
      " cabecera Identity) que superan el búfer del receptor, o que llegan como fragmentos IP"
      " que un firewall descarta o altera. La RFC 3261 §18.1.1 establece que las solicitudes"
      " cercanas a la MTU del camino, o de más de 1300 bytes cuando esta se desconoce, deben"
      " ir por un transporte con control de congestión como TCP.",
      "Pasa la señalización a TCP o TLS, o deja que la pila cambie automáticamente para los"
      " mensajes grandes. Recorta el mensaje: menos códecs y candidatos, sin cabeceras"
      " redundantes. Aumenta el tamaño máximo de mensaje del servidor receptor si es"
      " configurable, y comprueba que los firewalls dejan pasar los fragmentos IP." },
    { 555,
      "el proxy no soporta el servicio de notificaciones push que pidió el UA",
      "Definida por la RFC 8599 (notificaciones push para UA SIP). Un REGISTER indicaba, en"
      " su parámetro de URI pn-provider, un servicio push que el proxy no soporta. La"
      " respuesta lleva una cabecera Feature-Caps cuyo indicador +sip.pns enumera los"
      " servicios que el proxy sí soporta.",
      "Softphones móviles que se registran con pn-provider=apns, fcm o webpush (además de"
      " pn-prid y pn-param) a través de un proxy SIP o una PBX sin soporte o sin credenciales"
      " para ese servicio push.",
      "Lee la lista +sip.pns de Feature-Caps y configura la app para usar uno de esos"
      " servicios, o habilita el servicio solicitado en el proxy con sus credenciales de APNs"
      " o FCM. Comprueba que la app escribe el valor de pn-provider tal como está registrado"
      " (apns, fcm, webpush)." },
    { 580,
      "no se pueden cumplir las precondiciones que exige la sesión (QoS o seguridad)",
      "Introducida con las precondiciones SIP de la RFC 3312: el UAS no puede satisfacer las"
      " precondiciones que requiere la sesión, normalmente la reserva de recursos de QoS"
      " negociada con a=curr, a=des y a=conf en el SDP bajo Require: precondition. Como falla"
      " una precondición obligatoria, falla también la sesión.",
      "Llamadas IMS y VoLTE/VoNR en las que la red no consigue establecer el bearer dedicado"
      " (un rechazo del PCRF o del PCF, falta de recursos radio), e interconexión entre una"
      " red que hace obligatorias las precondiciones y otra que no las soporta.",
      "Revisa los atributos de precondición de la oferta y la respuesta (fuerza mandatory u"
      " optional, estado actual frente a deseado). Busca en los logs de política y de"
      " establecimiento de bearer (Rx o N5 hacia el PCRF o el PCF) la reserva fallida. Hacia"
      " redes sin soporte de precondiciones, haz que el IBCF o el SBC las rebajen o las"
      " eliminen." },
    { 600,
      "el llamado está ocupado en todos sus dispositivos y ninguna otra ubicación atenderá",
      "Se llegó al sistema del llamado y el usuario está ocupado, y la respuesta afirma que"
      " ninguna otra ubicación aceptaría tampoco la llamada (RFC 3261). Al ser un 6xx,"
      " detiene el forking: los proxies cancelan las ramas pendientes y no prueban nada más."
      " Puede incluir Retry-After.",
      "Poco común: algunas PBX y servicios alojados la envían cuando están ocupados todos los"
      " dispositivos de un usuario o de un grupo de salto, o para DND cuando saben que no hay"
      " alternativa. Las pasarelas PSTN suelen enviar 486 para la causa Q.850 17.",
      "Es un desenlace de usuario. Si el buzón de voz u otro dispositivo debería haber"
      " atendido la llamada, haz que el servidor envíe 486, que permite a los proxies"
      " anteriores probar otras ubicaciones, o que enrute él mismo al buzón de voz. Respeta"
      " Retry-After si aparece." },
    { 603,
      "el llamado rechazó la llamada de forma explícita",
      "Se llegó al dispositivo del usuario, pero este no desea participar, o no puede (RFC"
      " 3261). Como 6xx, pone fin a la búsqueda del llamado en todas partes; Retry-After"
      " puede sugerir un momento mejor para llamar.",
      "El usuario pulsó Rechazar en el teléfono, el filtrado de llamadas o una lista de"
      " bloqueo personal rechazó al llamante, o una pasarela tradujo a ella la causa Q.850 21"
      " (llamada rechazada) con ubicación de usuario. Algunos SBC y PBX también la usan para"
      " números bloqueados o DND.",
      "Normalmente es un desenlace de usuario; no hay nada que corregir en la red. Si es"
      " inesperada, revisa las reglas de rechazo automático del llamado, las listas de"
      " bloqueo, el tratamiento de llamadas anónimas y el DND, y la cabecera Reason por si"
      " trae una causa Q.850. Detiene el forking, así que no se prueban ni el buzón de voz ni"
      " otros dispositivos; usa 486 o 480 para los rechazos que deban seguir adelante." },
    { 604,
      "se sabe con certeza que el usuario no existe en ningún dominio",
      "El servidor tiene información autoritativa de que el usuario de la Request-URI no"
      " existe en ninguna parte (RFC 3261). Es la forma global del 404 y, como 6xx, detiene"
      " cualquier intento posterior en otras ubicaciones.",
      "Poco frecuente: operadores o bases de datos de portabilidad numérica que responden por"
      " números que no están en servicio en ningún punto de la red. Las pasarelas la traducen"
      " a la causa ISUP 1 (número no asignado) hacia la PSTN.",
      "Verifica el número o la dirección marcados, y no los reintentes en otro sitio. Si el"
      " número debería ser válido, plantéalo al operador, cuyos datos de enrutamiento o de"
      " portabilidad pueden ser erróneos." },
    { 606,
      "el llamado quiere la sesión, pero ningún dispositivo suyo admite los medios ofrecidos",
      "Se llegó al usuario y aceptaría la llamada, pero algún aspecto de la descripción de"
      " sesión (tipo de medio, ancho de banda, direccionamiento) no es aceptable, y ninguna"
      " otra ubicación del usuario lo hará mejor (RFC 3261). Una cabecera Warning debería"
      " explicarlo; a diferencia del 488, detiene el forking.",
      "Menos común que el 488: UA y pasarelas que rechazan una oferta de forma global, como"
      " ofertas solo de vídeo a dispositivos solo de audio u ofertas solo SRTP a una red RTP"
      " convencional. En respuesta a un re-INVITE rechaza solo el cambio, y la llamada"
      " continúa con sus medios actuales.",
      "Lee la cabecera Warning y compara los medios ofrecidos con lo que admite el llamado:"
      " códecs, tipos de medio, SRTP, ancho de banda. Ajusta la oferta o añade"
      " transcodificación. Si el llamado tiene otros dispositivos que podrían aceptarla,"
      " configúralo para que envíe 488 y así el forking pueda continuar." },
    { 607,
      "el usuario llamado rechazó la llamada y la marcó como molesta o spam",
      "Definida por la RFC 8197. El llamado rechazó la llamada y la marcó como no deseada,"
      " normalmente pulsando un botón de denunciar spam, y las redes pueden incorporar esa"
      " señal a su analítica de llamadas y a posteriores decisiones de bloqueo. Al ser un"
      " 6xx, no se probará ninguna otra ubicación del llamado.",
      "Llamadas a usuarios de operadores y apps que permiten denunciar spam al rechazar;"
      " procede del dispositivo del llamado o de su red en nombre del usuario, a menudo tras"
      " llamadas automatizadas (robocalls), telemarketing o llamadas con el identificador de"
      " llamante falsificado.",
      "Es una decisión del llamado, no una avería de señalización, y ningún ajuste SIP la"
      " deshará. Deja de llamar a ese usuario. Un llamante legítimo que reciba muchas debería"
      " preguntar a su proveedor si sus números están siendo suplantados o marcados, y"
      " revisar sus patrones de llamada y sus listas de consentimiento. Los operadores que"
      " vean muchas para un mismo cliente deberían buscar abusos en esa cuenta." },
    { 608,
      "un intermediario (p. ej. un motor de analítica) bloqueó la llamada, no el llamado",
      "Definida por la RFC 8688. Un elemento de red, normalmente un motor de analítica de"
      " llamadas o de bloqueo de robocalls, rechazó la llamada en nombre del llamado, al que"
      " nunca se alertó. La respuesta puede llevar una cabecera Call-Info que apunta a una"
      " jCard con los datos de contacto de la entidad que bloqueó la llamada, para que los"
      " llamantes legítimos puedan reclamar.",
      "Llamadas bloqueadas por los motores de analítica de los operadores de terminación o"
      " por servicios de bloqueo de terceros, sobre todo en Norteamérica, que a menudo"
      " afectan a llamantes de gran volumen (centros de contacto, servicios de"
      " notificaciones) cuyos números han adquirido mala reputación.",
      "Busca la cabecera Call-Info y descarga la jCard a la que hace referencia: indica quién"
      " bloqueó la llamada y cómo contactar con ellos para impugnar el bloqueo. Registra tus"
      " números en los portales de los proveedores de analítica, confirma con tu proveedor"
      " que las llamadas desde esos números se firman correctamente, y revisa los volúmenes y"
      " patrones de llamada que activan el bloqueo." },
};

const size_t sipdiag_texts_es_count =
    sizeof(sipdiag_texts_es) / sizeof(sipdiag_texts_es[0]);
