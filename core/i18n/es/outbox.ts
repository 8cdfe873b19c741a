import type { OUTBOX_EN } from '../en/outbox';
import type { Translation } from '../translation';

/** Spanish texts of the confirmation flow: status messages, login details, reminders, chair replies. */
export const OUTBOX_ES: Translation<typeof OUTBOX_EN> = {
  'outbox.status.confirmed':
    'Su inscripción {reference} para "{title}" está confirmada. Recibirá sus datos de conexión en un mensaje aparte.',
  'outbox.status.waitlisted':
    'Su inscripción {reference} para "{title}" está en la lista de espera. Le escribiremos si queda una plaza libre.',
  'outbox.status.declined':
    'Lamentamos informarle de que su inscripción {reference} para "{title}" no ha podido ser aceptada.',
  'outbox.status.pending': 'Su inscripción {reference} para "{title}" se está examinando de nuevo.',
  'outbox.status.withdrawn': 'Su inscripción {reference} para "{title}" está retirada.',
  'outbox.login.heading': 'Sus datos de conexión',
  'outbox.login.intro':
    '"{title}": únase con el enlace que figura a continuación, unos minutos antes del inicio.',
  'outbox.login.when': 'Fecha',
  'outbox.login.yourTime': 'Su hora: {time}',
  'outbox.login.joinLink': 'Enlace para unirse',
  'outbox.login.reference': 'Su referencia',
  'outbox.login.guidingQuestions': 'Preguntas orientativas',
  'outbox.login.speaking': 'Modalidades de intervención',
  'outbox.login.speakingYes':
    'Ha pedido intervenir. Las intervenciones se limitan a {minutes} minutos; la Presidencia concede la palabra por orden de la lista de oradores.',
  'outbox.login.speakingGroup':
    'Ha pedido intervenir en nombre de "{group}". Las intervenciones se limitan a {minutes} minutos; la Presidencia concede la palabra por orden de la lista de oradores.',
  'outbox.login.speakingNo':
    'Está inscrito como oyente. Si finalmente desea intervenir, pida que se le incluya en la lista de oradores durante la reunión.',
  'outbox.login.join': 'Unirse a la reunión',
  'outbox.login.calendar': 'Agregar al calendario (.ics)',
  'outbox.reminder.text':
    'Recordatorio: "{title}" comienza {when}. Enlace: {joinUrl} (su referencia: {reference}).',
  'outbox.reminder.inMinutes': 'dentro de {minutes} minutos, a las {time}',
  'outbox.reminder.inHours': 'dentro de {hours} horas, a las {time}',
  'outbox.calendar.description':
    'Enlace: {joinUrl}\nSu referencia: {reference}\n\nPreguntas orientativas:\n{questions}',
  'outbox.calendar.invalid': 'Este enlace de calendario es desconocido o ha caducado.',
  'outbox.chair.usage':
    'Escriba "confirm REG-XXXX-XXXX" (confirmar), "decline REG-XXXX-XXXX" (rechazar), "waitlist REG-XXXX-XXXX" (lista de espera), "confirm all pending" (confirmar todas las pendientes), "capacity 40" o "capacity none" (aforo), "delivery" para ver lo que se ha enviado y "attendance" para el informe de asistencia posterior a la reunión.',
  'outbox.chair.notFound': 'Ninguna inscripción tiene la referencia {reference}.',
  'outbox.chair.whichEvent':
    'Podría tratarse de varios eventos. Añada al final el identificador del evento: {events}.',
  'outbox.chair.noEvent': 'No hay ningún evento al que aplicar esto.',
  'outbox.chair.result':
    '"{title}": confirmadas: {confirmed}; en lista de espera: {waitlisted}; rechazadas: {declined}; sin cambios: {unchanged}. {capacity}. Los mensajes están en camino.',
  'outbox.chair.capacity': 'Aforo: {capacity}; confirmadas por ahora: {confirmed}',
  'outbox.chair.noCapacity': 'Sin aforo fijado; confirmadas por ahora: {confirmed}',
  'outbox.chair.capacitySet': '"{title}": {capacity}.',
  'outbox.chair.conflict':
    'Entretanto cambiaron {count} inscripciones, que se han dejado como estaban; vuelva a intentarlo.',
  'outbox.chair.meetingFailed':
    'No se pudo crear la reunión, por lo que no se confirmó a nadie. {reason}',
  'outbox.chair.delivery':
    '"{title}": enviados: {sent}; en espera: {pending}; fallidos: {failed}; ya no necesarios: {cancelled}.',
  'outbox.chair.failedRow': '{reference} ({kind}): {reason}',
  'outbox.api.unknownEvent': 'Ese evento no existe en esta aplicación.',
  'outbox.api.chairOnly':
    'Solo el equipo de la Presidencia puede gestionar las inscripciones y sus mensajes.',
  'outbox.api.badDecision': 'La decisión debe ser "confirm", "decline" o "waitlist".',
  'outbox.api.badIds':
    'Indique las inscripciones como una lista de identificadores de inscripción, o como "allPending" para todas las pendientes.',
  'outbox.api.tooManyIds': 'Se pueden decidir como máximo {max} inscripciones a la vez.',
  'outbox.api.unknownIds':
    'Algunas inscripciones no corresponden a este evento, por lo que no se ha modificado nada: {ids}.',
  'outbox.api.badRetryIds':
    'Indique los mensajes que se deben reenviar como una lista de identificadores de mensaje.',
  'outbox.install.notConfigured':
    'Teams no abrirá un chat con esta persona porque la aplicación no está instalada para ella: pídale que abra el bot en Teams una vez, o configure TEAMS_APP_ID y los parámetros GRAPH_* para que la aplicación se instale automáticamente para ella.',
  'outbox.install.notReady':
    'La aplicación se instaló para esta persona; Teams todavía no ha abierto el chat con ella. Se vuelve a intentar.',
  'outbox.install.notInCatalog':
    'La aplicación (TEAMS_APP_ID {teamsAppId}) no figura en el catálogo de aplicaciones del inquilino, por lo que no se puede instalar para personas que nunca han conversado con el bot: cargue el paquete de la aplicación en el Centro de administración de Teams.',
  'outbox.install.forbidden':
    'Graph se negó a instalar la aplicación para esta persona ({detail}): conceda los permisos de aplicación TeamsAppInstallation.ReadWriteSelfForUser.All y AppCatalog.Read.All con consentimiento de administrador, y permita la aplicación en la directiva de permisos de aplicaciones de Teams.',
  'outbox.install.userNotFound':
    'Graph no conoce a esta persona en el inquilino ({detail}); es posible que haya dejado la organización.',
  'outbox.install.authentication':
    'La aplicación no pudo iniciar sesión en Graph para instalarse para esta persona ({detail}): compruebe GRAPH_CLIENT_ID, GRAPH_TENANT_ID y el secreto o certificado.',
  'outbox.install.throttled':
    'Graph está limitando las instalaciones de aplicaciones ({detail}); se vuelve a intentar.',
  'outbox.install.unavailable':
    'Graph no estaba disponible al instalar la aplicación para esta persona ({detail}); se vuelve a intentar.',
  'outbox.install.network':
    'No se pudo acceder a Graph para instalar la aplicación para esta persona ({detail}); se vuelve a intentar.',
  'outbox.install.unexpected':
    'La instalación de la aplicación para esta persona a través de Graph ha fallado ({detail}).',
};
