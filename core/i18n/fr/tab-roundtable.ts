import type { TAB_ROUNDTABLE_EN } from '../en/tab-roundtable';
import type { Translation } from '../translation';

/** French texts of the tab's roundtable pages: the programme, one's own schedule, the chair's lists. */
export const TAB_ROUNDTABLE_FR: Translation<typeof TAB_ROUNDTABLE_EN> = {
  'tab.programme.heading': 'Programme',
  'tab.programme.zones':
    'Les heures sont indiquées dans le fuseau horaire de l’événement ({eventZone}) et dans le vôtre ({viewerZone}).',
  'tab.programme.eventTime': 'Heure de l’événement ({zone})',
  'tab.programme.yourTime': 'Votre heure ({zone})',
  'tab.programme.span': '{date}, {start}–{end}',
  'tab.programme.where': 'Lieu',
  'tab.programme.moderators': 'Modération',
  'tab.programme.speakers': 'Intervenants',
  'tab.programme.tbc': '{name} (à confirmer)',
  'tab.programme.now': 'En cours',
  'tab.programme.next': 'Ensuite',
  'tab.programme.nothingLeft': 'Le programme est terminé.',
  'tab.programme.none': 'Cet événement n’a pas encore de programme.',
  'tab.programme.loadFailed': 'Le programme n’a pas pu être chargé. Veuillez recharger l’onglet.',

  'tab.mySchedule.heading': 'Mon calendrier',
  'tab.mySchedule.notRegistered':
    'Une fois que vous serez inscrit(e) à cette table ronde, vos rencontres de mise en relation et votre groupe de discussion apparaîtront ici. Pour vous inscrire, ouvrez une conversation personnelle avec le bot et tapez "register".',
  'tab.mySchedule.meetings': 'Rencontres de mise en relation',
  'tab.mySchedule.noMeetings':
    'Vous n’avez encore aucune rencontre de mise en relation programmée.',
  'tab.mySchedule.meetingWith': '{table}, avec {counterpart}',
  'tab.mySchedule.proposals': 'Propositions de mise en relation',
  'tab.mySchedule.noProposals':
    'Aucune proposition de mise en relation n’est en attente pour vous.',
  'tab.mySchedule.proposal': '{counterpart}. Domaines communs : {areas}.',
  'tab.mySchedule.accept': 'Accepter',
  'tab.mySchedule.decline': 'Refuser',
  'tab.mySchedule.acceptLabel': 'Accepter la rencontre avec {counterpart}',
  'tab.mySchedule.declineLabel': 'Refuser la rencontre avec {counterpart}',
  'tab.mySchedule.answerFailed': 'Votre réponse n’a pas pu être enregistrée. Veuillez réessayer.',
  'tab.mySchedule.breakout': 'Groupe de discussion',
  'tab.mySchedule.noBreakout': 'Vous n’avez pas encore de groupe de discussion.',
  'tab.match.status.proposed': 'Proposée',
  'tab.match.status.acceptedByProvider': 'Acceptée par le prestataire',
  'tab.match.status.acceptedByState': 'Acceptée par l’État',
  'tab.match.status.matched': 'Mise en relation conclue',
  'tab.match.status.declined': 'Refusée',

  'tab.invitations.heading': 'Invitations',
  'tab.invitations.summary':
    'États invités : {total} ; acceptées : {accepted} ; déclinées : {declined} ; sans réponse : {noAnswer}. Demandes de déclaration liminaire : {remarks}.',
  'tab.invitations.caption':
    'Invitations aux États Membres et États observateurs : {shown} affichées sur {total}',
  'tab.invitations.filter': 'Afficher',
  'tab.invitations.filterAll': 'Toutes les invitations',
  'tab.invitations.status.noAnswer': 'Pas encore de réponse',
  'tab.invitations.status.accepted': 'Acceptée',
  'tab.invitations.status.declined': 'Déclinée',
  'tab.invitations.col.state': 'État',
  'tab.invitations.col.status': 'Statut',
  'tab.invitations.col.head': 'Chef de délégation',
  'tab.invitations.col.level': 'Niveau',
  'tab.invitations.col.remarks': 'Déclaration liminaire',
  'tab.invitations.remarksRequested': 'Demandée',
  'tab.invitations.remarksNone': 'Non',
  'tab.invitations.none':
    'Aucun État n’a encore été invité. Pour les inviter tous, tapez "invite all" dans une conversation personnelle avec le bot.',
  'tab.level.minister': 'Ministre',
  'tab.level.deputyMinister': 'Vice-ministre',
  'tab.level.ambassador': 'Ambassadeur(rice)',
  'tab.level.other': 'Autre',

  'tab.breakouts.heading': 'Groupes de discussion',
  'tab.breakouts.caption': '{title} : {count} places occupées sur {capacity}',
  'tab.breakouts.col.name': 'Nom',
  'tab.breakouts.col.organization': 'Organisation',
  'tab.breakouts.col.reference': 'Référence',
  'tab.breakouts.empty': 'Personne n’est placé dans ce groupe.',
  'tab.breakouts.notAssigned':
    'Les groupes de discussion n’ont pas encore été attribués. Pour les attribuer, tapez "breakouts assign" dans une conversation personnelle avec le bot.',
  'tab.breakouts.overflow': 'Sans place : {count}',

  'tab.export.csv': 'Exporter en CSV',
  'tab.export.invitations': 'Exporter les invitations en CSV',
  'tab.export.breakouts': 'Exporter les groupes de discussion en CSV',
  'tab.export.link':
    'Télécharger le fichier CSV (le lien ne fonctionne qu’une fois, pendant 15 minutes)',
  'tab.export.failed': 'L’exportation n’a pas pu être préparée. Veuillez réessayer.',
  'tab.roundtable.loadFailed':
    'Ces listes n’ont pas pu être chargées. Veuillez recharger l’onglet.',
};
