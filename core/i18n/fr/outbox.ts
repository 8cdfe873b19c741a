import type { OUTBOX_EN } from '../en/outbox';
import type { Translation } from '../translation';

/** French texts of the confirmation flow: status messages, login details, reminders, chair replies. */
export const OUTBOX_FR: Translation<typeof OUTBOX_EN> = {
  'outbox.status.confirmed':
    'Votre inscription {reference} à « {title} » est confirmée. Vos informations de connexion suivent dans un message distinct.',
  'outbox.status.waitlisted':
    'Votre inscription {reference} à « {title} » est sur la liste d’attente. Nous vous écrirons si une place se libère.',
  'outbox.status.declined':
    'Nous sommes au regret de vous informer que votre inscription {reference} à « {title} » n’a pas pu être acceptée.',
  'outbox.status.pending': 'Votre inscription {reference} à « {title} » est de nouveau à l’examen.',
  'outbox.status.withdrawn': 'Votre inscription {reference} à « {title} » est retirée.',
  'outbox.login.heading': 'Vos informations de connexion',
  'outbox.login.intro':
    '« {title} » : rejoignez la réunion au moyen du lien ci-dessous, quelques minutes avant le début.',
  'outbox.login.when': 'Date',
  'outbox.login.yourTime': 'Votre heure : {time}',
  'outbox.login.joinLink': 'Lien de connexion',
  'outbox.login.reference': 'Votre référence',
  'outbox.login.guidingQuestions': 'Questions directrices',
  'outbox.login.speaking': 'Modalités des interventions',
  'outbox.login.speakingYes':
    'Vous avez demandé à prendre la parole. Les interventions sont limitées à {minutes} minutes ; la présidence donne la parole dans l’ordre de la liste des orateurs.',
  'outbox.login.speakingGroup':
    'Vous avez demandé à prendre la parole au nom de « {group} ». Les interventions sont limitées à {minutes} minutes ; la présidence donne la parole dans l’ordre de la liste des orateurs.',
  'outbox.login.speakingNo':
    'Vous êtes inscrit(e) en tant qu’auditeur. Si vous souhaitez finalement prendre la parole, demandez à être inscrit(e) sur la liste des orateurs pendant la réunion.',
  'outbox.login.join': 'Rejoindre la réunion',
  'outbox.login.calendar': 'Ajouter au calendrier (.ics)',
  'outbox.reminder.text':
    'Rappel : « {title} » commence {when}. Lien : {joinUrl} (votre référence : {reference}).',
  'outbox.reminder.inMinutes': 'dans {minutes} minutes, à {time}',
  'outbox.reminder.inHours': 'dans {hours} heures, à {time}',
  'outbox.calendar.description':
    'Lien : {joinUrl}\nVotre référence : {reference}\n\nQuestions directrices :\n{questions}',
  'outbox.calendar.invalid': 'Ce lien de calendrier est inconnu ou a expiré.',
  'outbox.chair.usage':
    'Tapez "confirm REG-XXXX-XXXX" (confirmer), "decline REG-XXXX-XXXX" (refuser), "waitlist REG-XXXX-XXXX" (liste d’attente), "confirm all pending" (confirmer toutes les inscriptions en attente), "capacity 40" ou "capacity none" (capacité), "delivery" pour voir ce qui a été envoyé, et "attendance" pour le rapport de participation après la réunion.',
  'outbox.chair.notFound': 'Aucune inscription ne porte la référence {reference}.',
  'outbox.chair.whichEvent':
    'Plusieurs événements sont possibles. Ajoutez l’identifiant de l’événement à la fin : {events}.',
  'outbox.chair.noEvent': 'Il n’y a aucun événement auquel appliquer cette commande.',
  'outbox.chair.result':
    '« {title} » : {confirmed} confirmées, {waitlisted} sur liste d’attente, {declined} refusées, {unchanged} inchangées. {capacity}. Les messages sont en cours d’envoi.',
  'outbox.chair.capacity': 'Capacité : {capacity}, {confirmed} confirmées à ce jour',
  'outbox.chair.noCapacity': 'Aucune capacité fixée, {confirmed} confirmées à ce jour',
  'outbox.chair.capacitySet': '« {title} » : {capacity}.',
  'outbox.chair.conflict':
    '{count} inscriptions ont été modifiées entre-temps et ont été laissées en l’état ; réessayez.',
  'outbox.chair.meetingFailed':
    'La réunion n’a pas pu être créée ; personne n’a donc été confirmé. {reason}',
  'outbox.chair.delivery':
    '« {title} » : {sent} envoyés, {pending} en attente, {failed} en échec, {cancelled} devenus inutiles.',
  'outbox.chair.failedRow': '{reference} ({kind}) : {reason}',
  'outbox.api.unknownEvent': 'Cet événement n’existe pas dans cette application.',
  'outbox.api.chairOnly':
    'Seule l’équipe de la présidence peut gérer les inscriptions et les messages correspondants.',
  'outbox.api.badDecision': 'La décision doit être "confirm", "decline" ou "waitlist".',
  'outbox.api.badIds':
    'Désignez les inscriptions par une liste d’identifiants d’inscription, ou par "allPending" pour toutes les inscriptions en attente.',
  'outbox.api.tooManyIds':
    'Au maximum {max} inscriptions peuvent faire l’objet d’une décision à la fois.',
  'outbox.api.unknownIds':
    'Certaines inscriptions ne concernent pas cet événement ; rien n’a donc été modifié : {ids}.',
  'outbox.api.badRetryIds':
    'Désignez les messages à renvoyer par une liste d’identifiants de message.',
  'outbox.install.notConfigured':
    'Teams n’ouvrira pas de conversation avec cette personne, car l’application n’est pas installée pour elle : demandez-lui d’ouvrir une fois le bot dans Teams, ou définissez TEAMS_APP_ID et les paramètres GRAPH_* afin que l’application s’installe d’elle-même pour elle.',
  'outbox.install.notReady':
    'L’application a été installée pour cette personne ; Teams n’a pas encore ouvert la conversation avec elle. Nouvelle tentative.',
  'outbox.install.notInCatalog':
    'L’application (TEAMS_APP_ID {teamsAppId}) ne figure pas dans le catalogue d’applications du locataire ; elle ne peut donc pas être installée pour les personnes qui n’ont jamais échangé avec le bot : chargez le package de l’application dans le centre d’administration Teams.',
  'outbox.install.forbidden':
    'Graph a refusé d’installer l’application pour cette personne ({detail}) : accordez les autorisations d’application TeamsAppInstallation.ReadWriteSelfForUser.All et AppCatalog.Read.All avec le consentement administrateur, et autorisez l’application dans la stratégie d’autorisation des applications Teams.',
  'outbox.install.userNotFound':
    'Graph ne connaît pas cette personne dans le locataire ({detail}) ; elle a peut-être quitté l’organisation.',
  'outbox.install.authentication':
    'L’application n’a pas pu se connecter à Graph pour s’installer pour cette personne ({detail}) : vérifiez GRAPH_CLIENT_ID, GRAPH_TENANT_ID et la clé secrète ou le certificat.',
  'outbox.install.throttled':
    'Graph limite les installations d’applications ({detail}) ; nouvelle tentative.',
  'outbox.install.unavailable':
    'Graph était indisponible lors de l’installation de l’application pour cette personne ({detail}) ; nouvelle tentative.',
  'outbox.install.network':
    'Graph était injoignable pour installer l’application pour cette personne ({detail}) ; nouvelle tentative.',
  'outbox.install.unexpected':
    'L’installation de l’application pour cette personne via Graph a échoué ({detail}).',
};
