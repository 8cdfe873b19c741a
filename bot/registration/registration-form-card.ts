import type { GuidingQuestion, StakeholderCategory } from '../../core/event/event';
import type { MessageKey, Translate } from '../../core/i18n/catalog';
import { countryChoices } from '../../core/registration/countries';
import {
  FORM_FIELDS,
  type FormErrors,
  type FormField,
  type FormValues,
} from '../../core/registration/registration-form';
import {
  cardTemplate,
  zonedLines,
  type AdaptiveCardJson,
  type ZonedTime,
} from '../platform/teams/cards/card-json';
import { SkeletonCache, slot } from '../platform/teams/cards/card-skeleton';
import template from './templates/registration-form.json';
import { questionToRead } from '../../core/event/question-label';

/** Server-side size limits the inputs' `maxLength` follow; `REGISTRATION_LIMITS` fits. */
export interface FormLimits {
  name: number;
  email: number;
  organization: number;
  jobTitle: number;
  groupName: number;
  /** Most member organizations in a group, each at most `groupMember` characters. */
  groupMembers: number;
  groupMember: number;
  accessibilityNeeds: number;
}

/** Data of the submit button (verb `registration.submit`); Teams merges the inputs into it. */
export interface RegistrationSubmitData {
  eventId: string;
  formId: string;
  mode: 'create' | 'edit';
  registrationId?: string;
  baseVersion?: number;
}

/** Which registration the form creates or edits; the services' `FormOrigin` fits. */
export type RegistrationFormOrigin = Omit<RegistrationSubmitData, 'eventId'>;

export interface RegistrationFormView {
  eventId: string;
  origin: RegistrationFormOrigin;
  eventTitle: string;
  deadline: ZonedTime;
  /** The person's locale, for country names. */
  locale: string;
  categories: readonly StakeholderCategory[];
  questions: readonly GuidingQuestion[];
  privacyNotice: string;
  /** What to show in each input: blank, prefilled, stored, or as typed before an invalid submit. */
  values: FormValues;
  errors?: FormErrors;
  limits: FormLimits;
}

const LABELS: Record<FormField, MessageKey> = {
  givenName: 'cards.form.givenName',
  familyName: 'cards.form.familyName',
  email: 'cards.form.email',
  organization: 'cards.form.organization',
  category: 'cards.form.category',
  country: 'cards.form.country',
  jobTitle: 'cards.form.jobTitle',
  wishesToSpeak: 'cards.form.wishesToSpeak',
  groupName: 'cards.form.groupName',
  groupMembers: 'cards.form.groupMembers',
  questionIds: 'cards.form.questionIds',
  accessibilityNeeds: 'cards.form.accessibilityNeeds',
  consent: 'cards.form.consent',
};

const expand = cardTemplate(template);
const skeletons = new SkeletonCache();

/** What differs from one person to the next on the same event's form. */
interface PersonalParts {
  values: Readonly<Record<FormField, unknown>>;
  lines: readonly unknown[];
  submit: unknown;
}

/**
 * The registration form for one event, new or for an edit. Input ids are the form fields;
 * each input keeps its value and shows its server-side error just below it. Without errors
 * it is filled into a skeleton expanded once per event, language and variant.
 */
export function registrationFormCard(view: RegistrationFormView, t: Translate): AdaptiveCardJson {
  const errors = view.errors ?? {};
  if (Object.values(errors).some((error) => error !== undefined))
    return expandedRegistrationForm(view, t);
  const lines = zonedLines(view.deadline, t);
  const submit = submitData(view.eventId, view.origin);
  const labels = labelsOf(view, t);
  const key = `${view.eventId}|${view.locale}|${view.origin.mode}|${lines.length}`;
  const { eventTitle, categories, questions, privacyNotice, limits } = view;
  const sources = [eventTitle, categories, questions, privacyNotice, limits, labels.key];
  const fill = skeletons.get(key, sources, () => {
    const values = Object.fromEntries(FORM_FIELDS.map((f) => [f, slot(f)]));
    const slots = { values: values as PersonalParts['values'], submit: slot('submit') };
    return expand(
      templateData(view, t, { ...slots, lines: lines.map((_, i) => slot(`line${i}`)) }),
      t,
    );
  });
  return fill({
    ...view.values,
    submit,
    ...Object.fromEntries(lines.map((l, i) => [`line${i}`, l])),
  });
}

/** The same card straight from the template, no skeleton: what the skeleton must equal. */
export function expandedRegistrationForm(view: RegistrationFormView, t: Translate) {
  const person = {
    values: view.values,
    lines: zonedLines(view.deadline, t),
    submit: submitData(view.eventId, view.origin),
  };
  return expand(templateData(view, t, person, view.errors), t);
}

function templateData(
  view: RegistrationFormView,
  t: Translate,
  person: PersonalParts,
  errors: FormErrors = {},
) {
  return {
    labels: labelsOf(view, t).labels,
    eventTitle: view.eventTitle,
    facts: [{ label: t('cards.form.deadline'), lines: person.lines }],
    hasErrors: Object.values(errors).some((error) => error !== undefined),
    f: fields(view, person.values, errors, t),
    categories: view.categories.map((c) => ({ title: c.label, value: c.id })),
    countries: countryChoices(view.locale).map((c) => ({ title: c.name, value: c.code })),
    hasQuestions: view.questions.length > 0,
    // Choosing means reading: the short label with the full text (decision 034).
    questions: view.questions.map((q, i) => ({ title: questionToRead(t, q, i), value: q.id })),
    privacyNotice: view.privacyNotice,
    submit: person.submit,
  };
}

/** The card's texts in the person's language, and one string that changes when any does. */
function labelsOf(view: RegistrationFormView, t: Translate) {
  const edit = view.origin.mode === 'edit';
  const labels = {
    heading: t(edit ? 'cards.form.headingEdit' : 'cards.form.headingCreate'),
    submit: t(edit ? 'cards.form.submitEdit' : 'cards.form.submitCreate'),
    fixErrors: t('registration.form.fixErrors'),
    required: t('field.required'),
    consentRequired: t('registration.form.consentRequired'),
    categoryPlaceholder: t('cards.form.categoryPlaceholder'),
    countryPlaceholder: t('cards.form.countryPlaceholder'),
    wishesToSpeakTitle: t('cards.form.wishesToSpeakTitle'),
    groupIntro: t('cards.form.groupIntro'),
    privacyNotice: t('cards.form.privacyNotice'),
    consentTitle: t('cards.form.consentTitle'),
    deadline: t('cards.form.deadline'),
  };
  const fieldLabels = FORM_FIELDS.map((field) => t(LABELS[field]));
  return { labels, key: [...Object.values(labels), ...fieldLabels].join('\u0001') };
}

/** The longest text the server can accept for each input. */
export function inputMaxLengths(limits: FormLimits): Partial<Record<FormField, number>> {
  return {
    givenName: limits.name,
    familyName: limits.name,
    email: limits.email,
    organization: limits.organization,
    jobTitle: limits.jobTitle,
    groupName: limits.groupName,
    // Every member at full length, one per line, with Windows line breaks (\r\n) between them.
    groupMembers: limits.groupMembers * (limits.groupMember + 2) - 2,
    accessibilityNeeds: limits.accessibilityNeeds,
  };
}

function fields(
  view: RegistrationFormView,
  values: PersonalParts['values'],
  errors: FormErrors,
  t: Translate,
) {
  const maxLengths = inputMaxLengths(view.limits);
  const entries = FORM_FIELDS.map((field) => {
    const error = errors[field];
    return [
      field,
      {
        label: t(LABELS[field]),
        value: values[field],
        maxLength: maxLengths[field] ?? 0,
        hasError: error !== undefined,
        error: error ? t(error.key, error.params) : '',
      },
    ] as const;
  });
  return Object.fromEntries(entries);
}

function submitData(eventId: string, origin: RegistrationFormOrigin): RegistrationSubmitData {
  return {
    eventId,
    formId: origin.formId,
    mode: origin.mode,
    ...(origin.registrationId !== undefined ? { registrationId: origin.registrationId } : {}),
    ...(origin.baseVersion !== undefined ? { baseVersion: origin.baseVersion } : {}),
  };
}
