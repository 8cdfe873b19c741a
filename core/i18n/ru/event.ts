import type { EVENT_EN } from '../en/event';
import type { Translation } from '../translation';

/** Russian texts about event definitions: import errors and event descriptions. */
export const EVENT_RU: Translation<typeof EVENT_EN> = {
  'event.import.invalidJson': 'Файл не является допустимым JSON: {detail}',
  'event.import.fieldError': '{field}: {message}',
  'event.import.failed': 'Мероприятие из файла {file} не импортировано; исправьте следующие поля:',
  'event.import.done': 'Импортировано: «{title}» ({id}).',
  'event.import.usage': 'Использование: npm run event:import FILE.json [FILE.json ...]',
  'event.field.invalidId': 'Используйте от 3 до 64 строчных латинских букв, цифр и дефисов.',
  'event.field.invalidLocalTime':
    'Укажите местное время в формате YYYY-MM-DDTHH:mm, существующее в часовом поясе мероприятия ({timeZone}).',
  'event.field.unknownTimeZone':
    'Неизвестный часовой пояс IANA; используйте название вида America/New_York.',
  'event.field.endBeforeStart': 'Должно быть позже начала ({start}).',
  'event.field.deadlineBeforeOpening': 'Должно быть позже открытия регистрации ({opens}).',
  'event.field.deadlineAfterStart': 'Должно быть не позднее начала мероприятия ({start}).',
  'event.field.duplicateId': 'Идентификатор «{id}» используется дважды.',
  'event.kind.virtualDialogue': 'Виртуальный диалог',
  'event.kind.inPerson': 'Очное заседание',
  'event.kind.hybrid': 'Гибридное заседание',
};
