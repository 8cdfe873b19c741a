import type { GuidingQuestion, StakeholderCategory } from '../../../core/event/event';
import type { MessageKey, Translate } from '../../../core/i18n/catalog';
import { countryChoices } from '../../../core/registration/countries';
import type {
  FormErrors,
  FormField,
  FormValues,
} from '../../../core/registration/registration-form';
import { cardTemplate, zonedLines, type AdaptiveCardJson, type ZonedTime } from './card-json';
import template from './templates/registration-form.json';

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

/**
 * The registration form for one event, new or for an edit. Input ids are the form fields;
 * each input keeps its value and shows its server-side error just below it.
 */
export function registrationFormCard(view: RegistrationFormView, t: Translate): AdaptiveCardJson {
  const errors = view.errors ?? {};
  const edit = view.origin.mode === 'edit';
  return expand(
    {
      labels: {
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
      },
      eventTitle: view.eventTitle,
      facts: [{ label: t('cards.form.deadline'), lines: zonedLines(view.deadline, t) }],
      hasErrors: Object.values(errors).some((error) => error !== undefined),
      f: fields(view, errors, t),
      categories: view.categories.map((c) => ({ title: c.label, value: c.id })),
      countries: countryChoices(view.locale).map((c) => ({ title: c.name, value: c.code })),
      hasQuestions: view.questions.length > 0,
      questions: view.questions.map((q) => ({ title: q.text, value: q.id })),
      privacyNotice: view.privacyNotice,
      submit: submitData(view.eventId, view.origin),
    },
    t,
  );
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

function fields(view: RegistrationFormView, errors: FormErrors, t: Translate) {
  const maxLengths = inputMaxLengths(view.limits);
  const entries = (Object.keys(LABELS) as FormField[]).map((field) => {
    const error = errors[field];
    return [
      field,
      {
        label: t(LABELS[field]),
        value: view.values[field],
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
