import type { ROUNDTABLE_BOT_EN } from '../en/roundtable-bot';
import type { Translation } from '../translation';

/** French texts of the roundtable in chat: programme, invitations, matchmaking, breakouts. */
export const ROUNDTABLE_BOT_FR: Translation<typeof ROUNDTABLE_BOT_EN> = {
  'rt.help':
    "Commandes de la table ronde (à taper en anglais) : programme, what's next, my matches, accept match ID, decline match ID, my schedule, breakout GROUP-IDS (par ordre de préférence), my breakout. L’équipe de la présidence peut aussi taper : invitations, invite all, accept CODE LEVEL NAME, TITLE, decline CODE [motif], remarks CODE, invitations export, opening remarks, opening remarks to queue, matchmaking propose, matchmaking schedule, breakouts, breakouts assign, breakout move REF-CODE GROUP [force], breakouts export.",
  'rt.noEvent': 'Il n’y a aucune table ronde en présentiel à traiter.',
  'rt.notRegistered':
    'Vous n’êtes pas inscrit(e) à la table ronde. Tapez "register" pour voir les événements ouverts aux inscriptions.',
  'rt.chairOnly': 'Cette commande est réservée à l’équipe de la présidence.',
  'rt.usage': 'Je n’ai pas compris cette commande de la table ronde. {usage}',
  'rt.stale': 'Quelqu’un d’autre a modifié cet élément au même moment ; veuillez réessayer.',

  'rt.programme.title': 'Programme : {title}',
  'rt.programme.zones': 'Heures en {eventZone} (événement) et en {userZone} (les vôtres).',
  'rt.programme.line':
    '{date} {start}-{end} ({userDate} {userStart}-{userEnd}, votre heure) : {title}',
  'rt.programme.location': 'Lieu : {location}',
  'rt.programme.moderators': 'Modération : {people}',
  'rt.programme.speakers': 'Intervenants : {people}',
  'rt.programme.tbc': '{name} (à confirmer)',
  'rt.programme.chooseEvent':
    'Vous êtes inscrit(e) à plusieurs événements ; voici le programme de chacun.',
  'rt.whatsNext.title': 'Prochaine étape : {title}',
  'rt.whatsNext.eventTime': 'Heure de l’événement ({zone}) : {time}',
  'rt.whatsNext.yourTime': 'Votre heure ({zone}) : {time}',

  'rt.invitations.title': 'Invitations : {title}',
  'rt.invitations.counts':
    'Invitations : {total} ; acceptées : {accepted} ; déclinées : {declined} ; sans réponse : {noAnswer} ; demandes de déclaration liminaire : {remarks}.',
  'rt.invitations.levels':
    'Acceptations par niveau : ministres : {minister} ; vice-ministres : {deputyMinister} ; ambassadeurs : {ambassador} ; autres : {other}.',
  'rt.invitations.byStatus': '{status} ({count}) : {states}',
  'rt.invitations.none':
    'Aucune invitation pour l’instant. Tapez "invite all" pour inviter tous les États Membres et États observateurs.',
  'rt.invitations.invited':
    '{added} nouvelles invitations créées ; {total} États sont invités au total (États Membres et États observateurs).',
  'rt.invitations.unknownState':
    '« {code} » n’est pas le code ISO d’un État Membre ou d’un État observateur de l’Organisation des Nations Unies. Rien n’a été modifié.',
  'rt.invitations.notInvited':
    '{state} : aucune invitation n’a encore été envoyée ; tapez d’abord "invite all".',
  'rt.invitations.recorded': '{state} : {status}.',
  'rt.invitations.acceptedBy': '{state} a accepté : {name}, {title} ({level}).',
  'rt.invitations.remarksRecorded':
    '{state} : déclaration liminaire demandée pour {name} ; rang {position} dans l’ordre des orateurs.',
  'rt.invitations.badLevel':
    'Indiquez le niveau : minister, deputy minister, ambassador ou other, par exemple "accept SG minister Josephine Teo, Minister for Digital Development and Information".',
  'rt.invitations.badAccept':
    'Écrivez "accept CODE LEVEL NAME, TITLE", par exemple "accept SG minister Josephine Teo, Minister for Digital Development and Information".',
  'rt.remarks.title': 'Ordre des déclarations liminaires : {title}',
  'rt.remarks.line': '{position}. {state} : {name}, {title} ({level})',
  'rt.remarks.none':
    'Aucun chef de délégation n’a encore demandé à faire une déclaration liminaire.',
  'rt.remarks.queued':
    '{added} orateurs ajoutés à la liste des orateurs selon l’ordre de préséance ; {skipped} y figuraient déjà.',

  'rt.participation.heading': 'Pour la table ronde',
  'rt.participation.delegation': 'Délégation de (membres d’une délégation d’État)',
  'rt.participation.delegationPlaceholder': 'Choisissez l’État',
  'rt.participation.areas':
    'Domaines du renforcement des capacités : ce que vous offrez (prestataires) ou ce dont votre État a besoin',
  'rt.participation.region': 'Région de votre offre ou de votre besoin',
  'rt.participation.regionPlaceholder': 'Choisissez une région',
  'rt.participation.breakout': 'Groupe de discussion, choix no {rank}',
  'rt.participation.breakoutPlaceholder': 'Aucune préférence',
  'rt.participation.delegationRequired':
    'Choisissez l’État dont vous faites partie de la délégation (il doit avoir été invité).',
  'rt.participation.delegationOnlyForStates':
    'Seuls les membres d’une délégation d’État Membre ou d’État observateur choisissent une délégation.',
  'rt.participation.notInvited': 'Cet État n’a pas été invité à la table ronde.',
  'rt.participation.invalid':
    'Certaines informations relatives à la table ronde ne sont pas valides : {details}',

  'rt.match.proposed':
    'Propositions au total : {count} (dont {added} nouvelles). Chaque partie les voit avec "my matches".',
  'rt.match.noDeclarations':
    'Aucune proposition : aucune offre de prestataire ne partage encore de domaine thématique avec un besoin d’un État.',
  'rt.match.title': 'Propositions de mise en relation pour vous',
  'rt.match.told':
    '{count} nouvelles propositions sont en cours d’envoi aux personnes concernées, avec les boutons Accepter et Refuser.',
  'rt.match.line':
    '{id} : {provider} avec {state} ; domaines communs : {areas}. Statut : {status}.',
  'rt.match.none': 'Vous n’avez aucune proposition de mise en relation.',
  'rt.match.accept': 'Accepter {id}',
  'rt.match.decline': 'Refuser {id}',
  'rt.match.unknown': 'Il n’existe pas de proposition de mise en relation « {id} » pour vous.',
  'rt.match.answered': 'Enregistré pour {id} : {status}.',
  'rt.match.scheduled':
    'Rencontres programmées : {meetings} ; paires mises en relation n’ayant pas pu être placées : {unplaced}.',
  'rt.match.unplacedLine': '{id} : {reason}',
  'rt.schedule.title': 'Vos rencontres de mise en relation',
  'rt.schedule.told':
    '{count} calendriers nouveaux ou modifiés sont en cours d’envoi dans les conversations des personnes concernées.',
  'rt.schedule.line':
    '{start}-{end}, heure de l’événement ({userStart}-{userEnd}, votre heure), {table} : {provider} avec {state}',
  'rt.schedule.none': 'Vous n’avez encore aucune rencontre de mise en relation programmée.',

  'rt.breakout.saved': 'Vos préférences de groupe de discussion sont enregistrées : {groups}.',
  'rt.breakout.assigned':
    'Participants placés dans les groupes de discussion : {placed} ; sans place : {overflow}.',
  'rt.breakout.noPlan': 'Les groupes de discussion n’ont pas encore été attribués.',
  'rt.breakout.groupLine': '{title} ({count}/{capacity}) : {people}',
  'rt.breakout.overflowLine': 'Sans place : {people}',
  'rt.breakout.yours': 'Votre groupe de discussion : {title}{location}.',
  'rt.breakout.notPlaced': 'Vous n’avez pas encore de groupe de discussion.',
  'rt.breakout.moved': '{name} ({code}) fait maintenant partie de {title}.',
  'rt.breakout.unknownCode':
    'Aucune personne inscrite à la table ronde n’a le code de référence {code}.',
  'rt.breakout.none': 'Cet événement ne comporte pas de groupes de discussion.',

  'rt.export.none': 'Rien à exporter pour l’instant.',
};
