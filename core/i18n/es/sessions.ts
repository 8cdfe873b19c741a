import type { SESSIONS_EN } from '../en/sessions';
import type { Translation } from '../translation';

/** sessions texts in es; the type demands every English key. */
export const SESSIONS_ES: Translation<typeof SESSIONS_EN> = {
  'queue.error.unknownSession':
    'Este evento no tiene ninguna sesión «{session}» con lista de oradores. No se ha cambiado nada. Sus sesiones son: {sessions}.',
  'queue.error.sessionMissing':
    'Indique la sesión que se mostrará (sessionId). No se ha cambiado nada.',
  'tab.session.label': 'Sesión',
  'tab.session.hintChair':
    'Al elegir una sesión, su lista de oradores se muestra también en el escenario.',
  'tab.session.hintAttendee': 'La lista de oradores de la sesión que elija.',
  'tab.session.groupOption': '{session}: {group}',
  'tab.session.chooseFailed': 'No se pudo cambiar la sesión. Inténtelo de nuevo.',
};
