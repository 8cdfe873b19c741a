/** Texts about event definitions: import errors and event descriptions. */
export const EVENT_EN = {
  'event.import.invalidJson': 'The file is not valid JSON: {detail}',
  'event.import.fieldError': '{field}: {message}',
  'event.import.failed': 'The event in {file} was not imported; fix these fields:',
  'event.import.done': 'Imported "{title}" ({id}).',
  'event.import.usage': 'Usage: npm run event:import FILE.json [FILE.json ...]',
  'event.field.invalidId': 'Use 3-64 lowercase letters, digits and hyphens.',
  'event.field.invalidLocalTime':
    'Use a local time as YYYY-MM-DDTHH:mm that exists in the event time zone ({timeZone}).',
  'event.field.unknownTimeZone': 'Unknown IANA time zone; use a name such as America/New_York.',
  'event.field.endBeforeStart': 'Must be after the start ({start}).',
  'event.field.deadlineBeforeOpening': 'Must be after registration opens ({opens}).',
  'event.field.deadlineAfterStart': 'Must be no later than the event start ({start}).',
  'event.field.duplicateId': 'The id "{id}" is used twice.',
  'event.kind.virtualDialogue': 'Virtual dialogue',
  'event.kind.inPerson': 'In-person meeting',
  'event.kind.hybrid': 'Hybrid meeting',
} as const;
