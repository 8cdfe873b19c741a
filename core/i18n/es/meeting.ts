import type { MEETING_EN } from '../en/meeting';
import type { Translation } from '../translation';

/** Spanish texts of the Teams meeting: the invitation, the offline stand-in and Graph failures. */
export const MEETING_ES: Translation<typeof MEETING_EN> = {
  'meeting.invitation.topic': 'Tema',
  'meeting.invitation.guidingQuestions': 'Preguntas orientativas',
  'meeting.invitation.joinHint':
    'Únase con el enlace de Teams que figura en esta invitación. Conéctese unos minutos antes; se le admitirá desde la sala de espera.',
  'meeting.cancel.comment': 'El equipo de la Presidencia ha cancelado la reunión "{title}".',
  'meeting.offline.label':
    'Reunión local (modo sin conexión: no hay credenciales de Microsoft Graph configuradas, por lo que no se creó ninguna reunión ni invitación de Teams).',
  'meeting.offline.created':
    'Modo sin conexión: se creó la reunión local {meetingId} para "{title}" en {joinUrl}. Configure GRAPH_CLIENT_ID, GRAPH_TENANT_ID, GRAPH_CLIENT_SECRET (o GRAPH_CLIENT_CERTIFICATE_PATH) y GRAPH_ORGANIZER para crear reuniones reales de Teams.',
  'meeting.error.calendarPermission':
    'Microsoft Graph se negó a crear la reunión (403). Solución: conceda a la aplicación el permiso de aplicación Calendars.ReadWrite en Entra ID y otorgue el consentimiento de administrador.',
  'meeting.error.mailboxAccessPolicy':
    'Microsoft Graph denegó el acceso al buzón del organizador {organizer} (403, bloqueado por una directiva de acceso a aplicaciones de Exchange). Solución: agregue el organizador al grupo habilitado para correo que permite la directiva (New-ApplicationAccessPolicy / Test-ApplicationAccessPolicy).',
  'meeting.error.teamsAccessPolicy':
    'Microsoft Graph rechazó la reunión en línea (403, no hay directiva de acceso a aplicaciones de Teams). Solución: New-CsApplicationAccessPolicy con el identificador de la aplicación y, después, Grant-CsApplicationAccessPolicy para el organizador {organizer}.',
  'meeting.error.organizerNotFound':
    'El organizador de la reunión {organizer} no existe en el inquilino (404). Solución: configure GRAPH_ORGANIZER con el nombre principal de usuario o el identificador de objeto de un usuario con licencia.',
  'meeting.error.organizerWithoutMailbox':
    'El organizador de la reunión {organizer} no tiene buzón de Exchange Online (404). Solución: asigne a ese usuario una licencia de Exchange Online o configure GRAPH_ORGANIZER con un usuario que la tenga.',
  'meeting.error.attendeeWithoutMailbox':
    'Microsoft Graph rechazó la dirección de un asistente (ningún buzón puede recibirla). Solución: corrija el correo electrónico en esa inscripción y vuelva a confirmarla.',
  'meeting.error.tooManyAttendees':
    'Una invitación a una reunión de Teams puede incluir como máximo {max} asistentes. Solución: invite a los demás mediante una lista de distribución o una segunda sesión.',
  'meeting.error.authentication':
    'La aplicación no pudo iniciar sesión en Microsoft Entra ID. Solución: compruebe GRAPH_TENANT_ID, GRAPH_CLIENT_ID y el secreto o certificado de cliente (la causa habitual es un secreto caducado).',
  'meeting.error.throttled':
    'Microsoft Graph está limitando las solicitudes y los reintentos no han tenido éxito. Solución: no hay que cambiar nada; vuelva a intentarlo dentro de unos minutos.',
  'meeting.error.unavailable':
    'Microsoft Graph no está disponible ({status}). Solución: no hay que cambiar nada; vuelva a intentarlo dentro de unos minutos.',
  'meeting.error.network':
    'No se pudo acceder a Microsoft Graph (error de red). Solución: compruebe la conexión saliente (proxy, cortafuegos, DNS) hacia graph.microsoft.com y login.microsoftonline.com, así como GRAPH_BASE_URL y GRAPH_AUTHORITY_HOST si los ha modificado.',
  'meeting.error.invalidRequest':
    'Microsoft Graph rechazó la solicitud por no ser válida ({detail}). Solución: se trata de un defecto de la aplicación; notifíquelo junto con la entrada del registro.',
  'meeting.error.meetingNotFound':
    'La reunión de Teams ya no existe en el calendario del organizador (404). Solución: vuelva a crear la reunión.',
  'meeting.error.unexpected':
    'Microsoft Graph respondió {status} de forma inesperada. Solución: consulte la entrada del registro para ver el código de error de Graph.',
};
