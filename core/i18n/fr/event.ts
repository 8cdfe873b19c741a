import type { EVENT_EN } from '../en/event';
import type { Translation } from '../translation';

/** French texts about event definitions: import errors and event descriptions. */
export const EVENT_FR: Translation<typeof EVENT_EN> = {
  'event.import.invalidJson': 'Le fichier n’est pas un JSON valide : {detail}',
  'event.import.fieldError': '{field} : {message}',
  'event.import.failed':
    'L’événement du fichier {file} n’a pas été importé ; corrigez ces champs :',
  'event.import.done': '« {title} » ({id}) importé.',
  'event.import.usage': 'Utilisation : npm run event:import FILE.json [FILE.json ...]',
  'event.field.invalidId': 'Utilisez de 3 à 64 lettres minuscules, chiffres et traits d’union.',
  'event.field.invalidLocalTime':
    'Indiquez une heure locale au format YYYY-MM-DDTHH:mm qui existe dans le fuseau horaire de l’événement ({timeZone}).',
  'event.field.unknownTimeZone':
    'Fuseau horaire IANA inconnu ; utilisez un nom tel que America/New_York.',
  'event.field.endBeforeStart': 'Doit être postérieur au début ({start}).',
  'event.field.deadlineBeforeOpening':
    'Doit être postérieur à l’ouverture des inscriptions ({opens}).',
  'event.field.deadlineAfterStart':
    'Ne doit pas être postérieur au début de l’événement ({start}).',
  'event.field.duplicateId': 'L’identifiant « {id} » est utilisé deux fois.',
  'event.kind.virtualDialogue': 'Dialogue virtuel',
  'event.kind.inPerson': 'Réunion en présentiel',
  'event.kind.hybrid': 'Réunion hybride',
};
