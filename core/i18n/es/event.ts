import type { EVENT_EN } from '../en/event';
import type { Translation } from '../translation';

/** Spanish texts about event definitions: import errors and event descriptions. */
export const EVENT_ES: Translation<typeof EVENT_EN> = {
  'event.import.invalidJson': 'El archivo no es un JSON válido: {detail}',
  'event.import.fieldError': '{field}: {message}',
  'event.import.failed': 'El evento del archivo {file} no se importó; corrija estos campos:',
  'event.import.done': 'Se importó "{title}" ({id}).',
  'event.import.usage': 'Uso: npm run event:import FILE.json [FILE.json ...]',
  'event.field.invalidId': 'Utilice de 3 a 64 letras minúsculas, dígitos y guiones.',
  'event.field.invalidLocalTime':
    'Indique una hora local con el formato YYYY-MM-DDTHH:mm que exista en la zona horaria del evento ({timeZone}).',
  'event.field.unknownTimeZone':
    'Zona horaria IANA desconocida; utilice un nombre como America/New_York.',
  'event.field.endBeforeStart': 'Debe ser posterior al inicio ({start}).',
  'event.field.deadlineBeforeOpening':
    'Debe ser posterior a la apertura de la inscripción ({opens}).',
  'event.field.deadlineAfterStart': 'No debe ser posterior al inicio del evento ({start}).',
  'event.field.duplicateId': 'El identificador "{id}" se utiliza dos veces.',
  'event.kind.virtualDialogue': 'Diálogo virtual',
  'event.kind.inPerson': 'Reunión presencial',
  'event.kind.hybrid': 'Reunión híbrida',
};
