import type { SESSIONS_EN } from '../en/sessions';
import type { Translation } from '../translation';

/** sessions texts in ru; the type demands every English key. */
export const SESSIONS_RU: Translation<typeof SESSIONS_EN> = {
  'queue.error.unknownSession':
    'В этом мероприятии нет заседания «{session}» со списком ораторов. Ничего не изменено. Его заседания: {sessions}.',
  'queue.error.sessionMissing':
    'Укажите, какое заседание показать (sessionId). Ничего не изменено.',
  'tab.session.label': 'Заседание',
  'tab.session.hintChair': 'При выборе заседания его список ораторов показывается и на сцене.',
  'tab.session.hintAttendee': 'Список ораторов выбранного вами заседания.',
  'tab.session.groupOption': '{session}: {group}',
  'tab.session.chooseFailed': 'Не удалось сменить заседание. Повторите попытку.',
};
