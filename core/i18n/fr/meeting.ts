import type { MEETING_EN } from '../en/meeting';
import type { Translation } from '../translation';

/** French texts of the Teams meeting: the invitation, the offline stand-in and Graph failures. */
export const MEETING_FR: Translation<typeof MEETING_EN> = {
  'meeting.invitation.topic': 'Thème',
  'meeting.invitation.guidingQuestions': 'Questions directrices',
  'meeting.invitation.joinHint':
    'Rejoignez la réunion au moyen du lien Teams figurant dans cette invitation. Veuillez vous connecter quelques minutes à l’avance ; vous serez admis depuis la salle d’attente.',
  'meeting.cancel.comment': 'La réunion « {title} » a été annulée par l’équipe de la présidence.',
  'meeting.offline.label':
    'Réunion locale (mode hors ligne : aucun identifiant Microsoft Graph n’est configuré ; aucune réunion ni invitation Teams n’a donc été créée).',
  'meeting.offline.created':
    'Mode hors ligne : réunion locale {meetingId} créée pour « {title} » à l’adresse {joinUrl}. Définissez GRAPH_CLIENT_ID, GRAPH_TENANT_ID, GRAPH_CLIENT_SECRET (ou GRAPH_CLIENT_CERTIFICATE_PATH) et GRAPH_ORGANIZER pour créer de vraies réunions Teams.',
  'meeting.error.calendarPermission':
    'Microsoft Graph a refusé de créer la réunion (403). Solution : accordez à l’application l’autorisation d’application Calendars.ReadWrite dans Entra ID et donnez le consentement administrateur.',
  'meeting.error.mailboxAccessPolicy':
    'Microsoft Graph a refusé l’accès à la boîte aux lettres de l’organisateur {organizer} (403, bloqué par une stratégie d’accès aux applications Exchange). Solution : ajoutez l’organisateur au groupe à extension messagerie autorisé par la stratégie (New-ApplicationAccessPolicy / Test-ApplicationAccessPolicy).',
  'meeting.error.teamsAccessPolicy':
    'Microsoft Graph a refusé la réunion en ligne (403, aucune stratégie d’accès aux applications Teams). Solution : New-CsApplicationAccessPolicy avec l’identifiant de l’application, puis Grant-CsApplicationAccessPolicy pour l’organisateur {organizer}.',
  'meeting.error.organizerNotFound':
    'L’organisateur de la réunion {organizer} n’existe pas dans le locataire (404). Solution : définissez GRAPH_ORGANIZER sur le nom d’utilisateur principal ou l’identifiant d’objet d’un utilisateur disposant d’une licence.',
  'meeting.error.organizerWithoutMailbox':
    'L’organisateur de la réunion {organizer} n’a pas de boîte aux lettres Exchange Online (404). Solution : attribuez-lui une licence Exchange Online ou définissez GRAPH_ORGANIZER sur un utilisateur qui en dispose.',
  'meeting.error.attendeeWithoutMailbox':
    'Microsoft Graph a rejeté l’adresse d’un participant (aucune boîte aux lettres ne peut la recevoir). Solution : corrigez l’adresse électronique dans cette inscription, puis confirmez-la de nouveau.',
  'meeting.error.tooManyAttendees':
    'Une invitation à une réunion Teams peut comporter au maximum {max} participants. Solution : invitez les autres au moyen d’une liste de distribution ou d’une seconde séance.',
  'meeting.error.authentication':
    'L’application n’a pas pu se connecter à Microsoft Entra ID. Solution : vérifiez GRAPH_TENANT_ID, GRAPH_CLIENT_ID et la clé secrète ou le certificat du client (une clé secrète expirée en est la cause habituelle).',
  'meeting.error.throttled':
    'Microsoft Graph limite les requêtes et les nouvelles tentatives ont échoué. Solution : rien à modifier ; réessayez dans quelques minutes.',
  'meeting.error.unavailable':
    'Microsoft Graph est indisponible ({status}). Solution : rien à modifier ; réessayez dans quelques minutes.',
  'meeting.error.network':
    'Microsoft Graph est injoignable (erreur réseau). Solution : vérifiez la connexion sortante (proxy, pare-feu, DNS) vers graph.microsoft.com et login.microsoftonline.com, ainsi que GRAPH_BASE_URL et GRAPH_AUTHORITY_HOST si vous les avez modifiés.',
  'meeting.error.invalidRequest':
    'Microsoft Graph a rejeté la requête comme non valide ({detail}). Solution : il s’agit d’un défaut de l’application ; signalez-le avec l’entrée du journal.',
  'meeting.error.meetingNotFound':
    'La réunion Teams n’existe plus dans le calendrier de l’organisateur (404). Solution : créez de nouveau la réunion.',
  'meeting.error.unexpected':
    'Microsoft Graph a répondu {status} de manière inattendue. Solution : consultez l’entrée du journal pour connaître le code d’erreur Graph.',
};
