import type { ROUNDTABLE_EN } from '../en/roundtable';
import type { Translation } from '../translation';

/** French texts of the roundtable area: its event fields, invitations, matchmaking and breakouts. */
export const ROUNDTABLE_FR: Translation<typeof ROUNDTABLE_EN> = {
  'roundtable.field.invalidShortId':
    'Utilisez de 1 à 32 lettres minuscules, chiffres et traits d’union, en commençant par une lettre ou un chiffre.',
  'roundtable.field.numberTooSmall': 'Utilisez un nombre égal ou supérieur à {min}.',
  'roundtable.field.numberTooLarge': 'Utilisez un nombre égal ou inférieur à {max}.',
  'roundtable.field.unknownThematicArea':
    'Aucun domaine thématique de l’événement n’a l’identifiant « {id} ».',
  'roundtable.field.unknownRegion': 'Aucune région de l’événement n’a l’identifiant « {id} ».',
  'roundtable.field.matchmakingOnly':
    'Seule une séance de mise en relation comporte des créneaux et des tables.',
  'roundtable.field.slotOutsideSession':
    'Le créneau doit se situer pendant la séance (de {start} à {end}).',
  'roundtable.field.slotsOverlap': 'Ce créneau chevauche le créneau « {id} ».',
  'roundtable.field.duplicateChoice': 'Le choix « {id} » est indiqué deux fois.',
  'roundtable.field.unknownState':
    'Choisissez un État Membre ou un État observateur de l’Organisation des Nations Unies.',
  'roundtable.field.invalidDate': 'Cette date n’est pas valide.',

  'roundtable.programme.current': 'En cours : {title}, jusqu’à {end}.',
  'roundtable.programme.next': 'Ensuite : {title}, à {start}.',
  'roundtable.programme.nothingLeft': 'Le programme est terminé.',
  'roundtable.programme.badZone':
    '« {zone} » n’est pas un fuseau horaire connu de ce service. Utilisez un nom IANA tel que Europe/Zurich.',
  'roundtable.api.unknownEvent': 'Aucun événement ne porte cet identifiant.',
  'roundtable.api.notRoundtable': 'Cet événement n’est pas une table ronde en présentiel.',
  'roundtable.api.chairOnly':
    'Seule l’équipe de la présidence peut consulter et exporter ces listes.',
  'roundtable.api.notRegistered': 'Vous n’êtes pas inscrit(e) à cette table ronde.',
  'roundtable.api.badAnswer': 'Répondez par "accept" ou "decline".',

  'roundtable.level.minister': 'Ministre',
  'roundtable.level.deputyMinister': 'Vice-ministre',
  'roundtable.level.ambassador': 'Ambassadeur(rice)',
  'roundtable.level.other': 'Autre',
  'roundtable.invitation.status.noAnswer': 'Pas encore de réponse',
  'roundtable.invitation.status.accepted': 'Acceptée',
  'roundtable.invitation.status.declined': 'Déclinée',
  'roundtable.invitation.stale':
    'Cette invitation a été modifiée par quelqu’un d’autre entre-temps ; rechargez-la et réessayez.',
  'roundtable.invitation.alreadyAccepted':
    'L’invitation est déjà acceptée ; modifiez plutôt le chef de délégation.',
  'roundtable.invitation.alreadyDeclined': 'L’invitation est déjà déclinée.',
  'roundtable.invitation.notAccepted': 'L’invitation n’a pas été acceptée.',
  'roundtable.invitation.noAnswerYet': 'Il n’y a aucune réponse à effacer.',
  'roundtable.invitation.remarksAlreadyRequested':
    'Une brève déclaration liminaire est déjà demandée ; la première demande conserve son rang.',
  'roundtable.invitation.remarksNotRequested': 'Aucune déclaration liminaire n’a été demandée.',

  'roundtable.matchmaking.status.proposed': 'Proposée',
  'roundtable.matchmaking.status.acceptedByProvider': 'Acceptée par le prestataire',
  'roundtable.matchmaking.status.acceptedByState': 'Acceptée par l’État',
  'roundtable.matchmaking.status.matched': 'Mise en relation conclue',
  'roundtable.matchmaking.status.declined': 'Refusée',
  'roundtable.matchmaking.alreadyAccepted': 'Vous avez déjà accepté cette rencontre.',
  'roundtable.matchmaking.alreadyDeclined': 'Cette rencontre a été refusée.',
  'roundtable.matchmaking.unplaced.noSlots':
    'La séance de mise en relation ne comporte ni créneaux ni tables.',
  'roundtable.matchmaking.unplaced.partiesBusy':
    'À chaque créneau, l’une des parties a déjà une autre rencontre.',
  'roundtable.matchmaking.unplaced.tablesFull':
    'Toutes les tables sont occupées aux créneaux où les deux parties sont libres.',

  'roundtable.breakout.unknownGroup': 'Il n’existe pas de groupe de discussion « {id} ».',
  'roundtable.breakout.unknownParticipant':
    'Ce participant ne figure pas dans la répartition des groupes de discussion.',
  'roundtable.breakout.alreadyInGroup': 'Le participant fait déjà partie de ce groupe.',
  'roundtable.breakout.groupFull':
    'Le groupe est complet ({capacity} places) ; confirmez pour y placer quand même le participant.',
  'roundtable.breakout.overflow':
    'Participants sans place : {count} ; les groupes comptent {capacity} places au total. Ajoutez des places ou placez-les manuellement.',
};
