import type { ATTENDANCE_EN } from '../en/attendance';
import type { Translation } from '../translation';

/** French texts of lobby and presenter settings and of the attendance report. */
export const ATTENDANCE_FR: Translation<typeof ATTENDANCE_EN> = {
  'attendance.options.applied':
    'Options de la réunion Teams définies : les parties prenantes invitées ne passent pas par la salle d’attente (y compris par téléphone) et seule l’équipe de la présidence est présentatrice.',
  'attendance.options.refused':
    'Microsoft Graph a refusé de définir la salle d’attente et les présentateurs de la réunion Teams (403). La réunion fonctionne, mais tout le monde attend dans la salle d’attente et chacun peut présenter. Solution : accordez à l’application l’autorisation d’application OnlineMeetings.ReadWrite.All (et OnlineMeetingArtifact.Read.All pour la participation) avec le consentement administrateur, puis exécutez dans Teams PowerShell New-CsApplicationAccessPolicy -Identity MeetingsApp -AppIds <app id> et Grant-CsApplicationAccessPolicy -PolicyName MeetingsApp -Identity {organizer}.',
  'attendance.options.failed':
    'La salle d’attente et les présentateurs de la réunion Teams n’ont pas pu être définis (voir le journal du service) ; la réunion fonctionne avec les paramètres par défaut du locataire. Demandez à l’équipe de la présidence de réessayer plus tard.',
  'attendance.error.unknownEvent':
    'Aucun événement ne porte cet identifiant. Rien n’a été modifié.',
  'attendance.error.noMeeting':
    'Cet événement n’a pas encore de réunion Teams (elle est créée lors de la première confirmation) ; il n’y a donc aucune participation à signaler.',
  'attendance.error.noReport':
    'Teams n’a pas encore de rapport de participation pour cette réunion. Les rapports apparaissent quelques minutes après la fin de la réunion ; réessayez plus tard.',
  'attendance.error.offline':
    'Réunion locale (mode hors connexion) : aucun identifiant Microsoft Graph n’est configuré ; il n’y a donc pas de rapport de participation Teams. Définissez les paramètres GRAPH_ pour lire la participation réelle.',
  'attendance.error.refused':
    'Microsoft Graph a refusé de lire le rapport de participation (403). Solution : accordez à l’application l’autorisation d’application OnlineMeetingArtifact.Read.All avec le consentement administrateur, et couvrez l’organisateur {organizer} par une stratégie d’accès aux applications Teams (New-CsApplicationAccessPolicy, puis Grant-CsApplicationAccessPolicy -PolicyName <policy> -Identity {organizer}).',
  'attendance.error.failed': 'Le rapport de participation n’a pas pu être lu. Motif : {reason}',
  'attendance.report.summary':
    'Participation : {attended} personnes inscrites ont participé, {absent} personnes confirmées n’ont pas participé, {unmatched} autres participants. Téléchargez le fichier CSV (usage unique, valable 15 minutes) : {url}',
  'attendance.report.row':
    '{name} : {attendees} ont participé, {attended} min dans la réunion, {spoken} min de prise de parole',
  'attendance.report.groups': 'Groupes et coalitions :',
};
