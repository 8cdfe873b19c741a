import { z } from 'zod';
import { isKnownTimeZone, toInstant } from '../time/zoned-time';
import type { EventDefinition } from './event';
import type { FieldError } from './field-error';
import { checkBreakoutAreas, checkMatchmakingSlots } from './roundtable-checks';
import { EventRoundtableFields, SessionRoundtableFields } from './roundtable-schema';
import { localTime, shortId, text } from './schema-parts';
import { localized, splitLanguages } from './event-languages-schema';
import { UN_LANGUAGES } from '../i18n/catalog';

/** Validation of event definition files: the value, or every problem as a `FieldError`. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

const ID = /^[a-z0-9][a-z0-9-]{1,62}[a-z0-9]$/;

/** A turn's speaking time, for the event's default and a session's own. */
const SPEAKING_SECONDS = z.number().int().min(30).max(3600);

const SessionSchema = z.strictObject({
  id: shortId,
  title: localized(200),
  kind: z.enum(['reception', 'plenary', 'panel', 'dialogue', 'matchmaking', 'breakout', 'other']),
  start: localTime,
  end: localTime,
  location: text(200).optional(),
  description: text(2000).optional(),
  speakingTimeSeconds: SPEAKING_SECONDS.optional(),
  ...SessionRoundtableFields,
});

const EventSchema = z.strictObject({
  id: z.string().regex(ID),
  language: z.enum(UN_LANGUAGES).optional(),
  title: localized(300),
  kind: z.enum(['virtualDialogue', 'inPerson', 'hybrid']),
  timeZone: z.string().min(1).max(64),
  start: localTime,
  end: localTime,
  registration: z.strictObject({ opens: localTime, deadline: localTime }),
  topic: localized(1000),
  venue: text(300).optional(),
  guidingQuestions: z
    .array(
      z.strictObject({ id: shortId, shortTitle: localized(80).optional(), text: localized(2000) }),
    )
    .max(20),
  stakeholderCategories: z
    .array(z.strictObject({ id: shortId, label: localized(100) }))
    .min(1)
    .max(20),
  defaultSpeakingTimeSeconds: SPEAKING_SECONDS,
  defaultCoalitionSpeakingTimeSeconds: SPEAKING_SECONDS.optional(),
  programme: z.array(SessionSchema).max(100),
  contact: z.strictObject({ name: text(200), email: z.email() }).optional(),
  privacyNotice: localized(4000),
  ...EventRoundtableFields,
});

/** Parses untrusted JSON into an event definition, or every field error found. */
export function parseEventDefinition(input: unknown): ParseResult<EventDefinition> {
  const shape = EventSchema.safeParse(input);
  if (!shape.success)
    return { ok: false, errors: shape.error.issues.map((i) => toFieldError(i, input)) };
  const split = splitLanguages(shape.data);
  const errors = [
    ...split.errors,
    ...checkTimes(split.value),
    ...checkUniqueIds(split.value),
    ...checkBreakoutAreas(split.value),
  ];
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: split.value };
}

function toFieldError(issue: z.core.$ZodIssue, input: unknown): FieldError {
  const field = issue.path.map(String).join('.') || '(root)';
  switch (issue.code) {
    case 'invalid_type':
      return valueAt(input, issue.path) === undefined
        ? { field, key: 'field.required' }
        : { field, key: 'field.invalidType' };
    case 'too_big':
      if (issue.origin === 'number')
        return {
          field,
          key: 'roundtable.field.numberTooLarge',
          params: { max: Number(issue.maximum) },
        };
      return { field, key: 'field.tooLong', params: { max: Number(issue.maximum) } };
    case 'too_small':
      if (issue.origin === 'number')
        return {
          field,
          key: 'roundtable.field.numberTooSmall',
          params: { min: Number(issue.minimum) },
        };
      return { field, key: 'field.tooShort', params: { min: Number(issue.minimum) } };
    case 'invalid_value':
      return { field, key: 'field.invalidChoice' };
    case 'invalid_union':
      return unionError(issue, input);
    case 'unrecognized_keys':
      return {
        field: [field, ...issue.keys].filter((p) => p !== '(root)').join('.'),
        key: 'field.unknownField',
      };
    case 'invalid_format':
      if (field === 'id') return { field, key: 'event.field.invalidId' };
      // Nested ids and references to them (`thematicAreaId`) use the short id pattern.
      if (/(^|\.)(id|\w+Id)$/.test(field)) return { field, key: 'roundtable.field.invalidShortId' };
      if (issue.format === 'email') return { field, key: 'field.invalidEmail' };
      return { field, key: 'event.field.invalidLocalTime', params: { timeZone: 'the event' } };
    default:
      return { field, key: 'field.invalid' };
  }
}

/** A text given as a string or a map by language: report the branch the value took. */
function unionError(issue: z.core.$ZodIssueInvalidUnion, input: unknown): FieldError {
  const value = valueAt(input, issue.path);
  const field = issue.path.map(String).join('.') || '(root)';
  if (value === undefined) return { field, key: 'field.required' };
  const branch = typeof value === 'string' ? issue.errors[0] : issue.errors[1];
  const inner = branch?.[0];
  if (!inner || (typeof value !== 'string' && typeof value !== 'object'))
    return { field, key: 'field.invalidType' };
  return toFieldError({ ...inner, path: [...issue.path, ...inner.path] }, input);
}

/** The raw value at a path: zod does not report inputs by default. */
function valueAt(input: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, key) =>
      typeof value === 'object' && value !== null
        ? (value as Record<PropertyKey, unknown>)[key]
        : undefined,
    input,
  );
}

type Parsed = ReturnType<typeof splitLanguages<z.infer<typeof EventSchema>>>['value'];

function checkTimes(event: Parsed): FieldError[] {
  if (!isKnownTimeZone(event.timeZone))
    return [{ field: 'timeZone', key: 'event.field.unknownTimeZone' }];
  const errors: FieldError[] = [];
  const at = (field: string, local: string): Date | undefined => {
    const instant = toInstant(local, event.timeZone);
    if (!instant) {
      errors.push({
        field,
        key: 'event.field.invalidLocalTime',
        params: { timeZone: event.timeZone },
      });
    }
    return instant;
  };
  const start = at('start', event.start);
  const end = at('end', event.end);
  const opens = at('registration.opens', event.registration.opens);
  const deadline = at('registration.deadline', event.registration.deadline);
  if (start && end && end <= start) {
    errors.push({
      field: 'end',
      key: 'event.field.endBeforeStart',
      params: { start: event.start },
    });
  }
  if (opens && deadline && deadline <= opens) {
    errors.push({
      field: 'registration.deadline',
      key: 'event.field.deadlineBeforeOpening',
      params: { opens: event.registration.opens },
    });
  }
  if (start && deadline && deadline > start) {
    errors.push({
      field: 'registration.deadline',
      key: 'event.field.deadlineAfterStart',
      params: { start: event.start },
    });
  }
  event.programme.forEach((session, i) => {
    const s = at(`programme.${i}.start`, session.start);
    const e = at(`programme.${i}.end`, session.end);
    if (s && e && e <= s) {
      errors.push({
        field: `programme.${i}.end`,
        key: 'event.field.endBeforeStart',
        params: { start: session.start },
      });
    }
    errors.push(...checkMatchmakingSlots(session, i, { start: s, end: e }, at));
  });
  return errors;
}

function checkUniqueIds(event: Parsed): FieldError[] {
  const lists: Array<[string, Array<{ id: string }>]> = [
    ['guidingQuestions', event.guidingQuestions],
    ['stakeholderCategories', event.stakeholderCategories],
    ['programme', event.programme],
    ['thematicAreas', event.thematicAreas ?? []],
    ['regions', event.regions ?? []],
    ['breakoutGroups', event.breakoutGroups ?? []],
    ...event.programme.flatMap((session, i): Array<[string, Array<{ id: string }>]> => [
      [`programme.${i}.slots`, session.slots ?? []],
      [`programme.${i}.tables`, session.tables ?? []],
    ]),
  ];
  return lists.flatMap(([name, items]) =>
    items
      .map((item, i) => ({ item, i }))
      .filter(({ item, i }) => items.findIndex((other) => other.id === item.id) !== i)
      .map(({ item, i }) => ({
        field: `${name}.${i}.id`,
        key: 'event.field.duplicateId' as const,
        params: { id: item.id },
      })),
  );
}
