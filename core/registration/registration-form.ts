import type { EventDefinition } from '../event/event';
import type { MessageKey, MessageParams } from '../i18n/catalog';
import { isCountryCode } from './countries';
import type { RegistrationForm } from './registration';
import { REGISTRATION_LIMITS as LIMITS } from './registration-limits';

/** The card's input ids; each can carry its own error. */
export const FORM_FIELDS = [
  'givenName',
  'familyName',
  'email',
  'organization',
  'category',
  'country',
  'jobTitle',
  'wishesToSpeak',
  'groupName',
  'groupMembers',
  'questionIds',
  'accessibilityNeeds',
  'consent',
] as const;
export type FormField = (typeof FORM_FIELDS)[number];

/** The raw text of each input, kept so an invalid form is shown again exactly as typed. */
export type FormValues = Record<FormField, string>;
export type FormErrors = Partial<Record<FormField, { key: MessageKey; params?: MessageParams }>>;

export type FormResult =
  | { ok: true; form: RegistrationForm; values: FormValues }
  | { ok: false; errors: FormErrors; values: FormValues };

// The domain is dot-separated labels without empty ones: a label cannot hold a dot, so the
// pattern has one way to match and runs in linear time (`[^@]+\.[^@]+` backtracks on dots).
const EMAIL = /^[^\s@<>()",;]+@[^\s@<>()",;.]+(?:\.[^\s@<>()",;.]+)+$/;

/**
 * Validates the data of a submitted registration card against the event. Untrusted: any
 * field may be missing, of the wrong type or oversized; nothing is trusted from the client.
 */
export function parseRegistrationForm(data: unknown, event: EventDefinition): FormResult {
  const record = isRecord(data) ? data : {};
  const errors: FormErrors = {};
  const values = readValues(record, errors);
  const text = (field: FormField, max: number, required: boolean): string => {
    const value = values[field].trim();
    if (errors[field]) return value;
    if (required && value === '') errors[field] = { key: 'field.required' };
    else if (value.length > max) errors[field] = { key: 'field.tooLong', params: { max } };
    return value;
  };
  const givenName = text('givenName', LIMITS.name, true);
  const familyName = text('familyName', LIMITS.name, true);
  const email = text('email', LIMITS.email, true);
  if (!errors.email && !EMAIL.test(email)) errors.email = { key: 'field.invalidEmail' };
  const organization = text('organization', LIMITS.organization, true);
  const category = text('category', 100, true);
  if (!errors.category && !event.stakeholderCategories.some((c) => c.id === category)) {
    errors.category = { key: 'field.invalidChoice' };
  }
  const country = text('country', 2, true).toUpperCase();
  if (!errors.country && !isCountryCode(country)) errors.country = { key: 'field.invalidChoice' };
  const jobTitle = text('jobTitle', LIMITS.jobTitle, true);
  const wishesToSpeak = flag('wishesToSpeak', values, errors);
  const group = readGroup(values, errors, text);
  const questionIds = readQuestions(values, errors, event);
  const accessibilityNeeds = text('accessibilityNeeds', LIMITS.accessibilityNeeds, false);
  if (flag('consent', values, errors) !== true && !errors.consent) {
    errors.consent = { key: 'registration.form.consentRequired' };
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors, values };
  const form: RegistrationForm = {
    givenName,
    familyName,
    email: email.toLowerCase(),
    organization,
    category,
    country,
    jobTitle,
    wishesToSpeak: wishesToSpeak === true,
    questionIds,
    consent: true,
    ...(group ? { group } : {}),
    ...(accessibilityNeeds ? { accessibilityNeeds } : {}),
  };
  return { ok: true, form, values };
}

/** The form values of an existing registration, to prefill the edit card. */
export function valuesOf(form: RegistrationForm): FormValues {
  return {
    givenName: form.givenName,
    familyName: form.familyName,
    email: form.email,
    organization: form.organization,
    category: form.category,
    country: form.country,
    jobTitle: form.jobTitle,
    wishesToSpeak: String(form.wishesToSpeak),
    groupName: form.group?.name ?? '',
    groupMembers: form.group?.members.join('\n') ?? '',
    questionIds: form.questionIds.join(','),
    accessibilityNeeds: form.accessibilityNeeds ?? '',
    consent: 'true',
  };
}

/** Empty values with an optional prefilled email, for a new registration card. */
export function emptyValues(prefill: Partial<FormValues> = {}): FormValues {
  const blank = Object.fromEntries(FORM_FIELDS.map((f) => [f, ''])) as FormValues;
  return { ...blank, wishesToSpeak: 'false', consent: 'false', ...prefill };
}

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

function readValues(record: Record<string, unknown>, errors: FormErrors): FormValues {
  const values = emptyValues();
  for (const field of FORM_FIELDS) {
    const raw = record[field];
    if (raw === undefined || raw === null) continue;
    if (typeof raw === 'string') {
      // NUL and other control characters cannot be stored (PostgreSQL refuses NUL in text)
      // and never come from a person typing: refuse them, and show the input without them.
      values[field] = raw.replace(CONTROL_CHARACTERS, '');
      if (values[field] !== raw) errors[field] = { key: 'field.invalidCharacters' };
    } else if (typeof raw === 'boolean' && (field === 'wishesToSpeak' || field === 'consent')) {
      values[field] = String(raw);
    } else errors[field] = { key: 'field.invalidType' };
  }
  return values;
}

function flag(field: FormField, values: FormValues, errors: FormErrors): boolean | undefined {
  const value = values[field].trim();
  if (value === 'true') return true;
  if (value === 'false' || value === '') return false;
  if (!errors[field]) errors[field] = { key: 'field.invalidChoice' };
  return undefined;
}

type TextReader = (field: FormField, max: number, required: boolean) => string;

function readGroup(values: FormValues, errors: FormErrors, text: TextReader) {
  const name = text('groupName', LIMITS.groupName, false);
  const members = values.groupMembers
    .split(/\r?\n/)
    .map((m) => m.trim())
    .filter((m) => m !== '');
  if (errors.groupMembers) return undefined;
  if (members.length > LIMITS.groupMembers) {
    errors.groupMembers = {
      key: 'registration.form.tooManyMembers',
      params: { max: LIMITS.groupMembers },
    };
  } else if (members.some((m) => m.length > LIMITS.groupMember)) {
    errors.groupMembers = {
      key: 'registration.form.memberTooLong',
      params: { max: LIMITS.groupMember },
    };
  } else if (members.length > 0 && name === '' && !errors.groupName) {
    errors.groupName = { key: 'registration.form.groupNameRequired' };
  }
  return name === '' ? undefined : { name, members };
}

function readQuestions(values: FormValues, errors: FormErrors, event: EventDefinition): string[] {
  const ids = values.questionIds
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
  if (errors.questionIds) return [];
  if (ids.some((id) => !event.guidingQuestions.some((q) => q.id === id))) {
    errors.questionIds = { key: 'field.invalidChoice' };
  }
  return [...new Set(ids)];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
