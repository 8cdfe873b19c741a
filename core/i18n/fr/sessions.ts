import type { SESSIONS_EN } from '../en/sessions';
import type { Translation } from '../translation';

/** sessions texts in fr; the type demands every English key. */
export const SESSIONS_FR: Translation<typeof SESSIONS_EN> = {
  'queue.error.unknownSession':
    'Cet événement n’a pas de séance « {session} » avec une liste des orateurs. Rien n’a été modifié. Ses séances sont : {sessions}.',
  'queue.error.sessionMissing': 'Indiquez la séance à afficher (sessionId). Rien n’a été modifié.',
  'tab.session.label': 'Séance',
  'tab.session.hintChair': 'Choisir une séance affiche aussi sa liste des orateurs sur la scène.',
  'tab.session.hintAttendee': 'La liste des orateurs de la séance que vous choisissez.',
  'tab.session.groupOption': '{session} : {group}',
  'tab.session.chooseFailed': 'La séance n’a pas pu être changée. Veuillez réessayer.',
};
