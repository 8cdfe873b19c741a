import type { MessageKey, Translate } from '../../core/i18n/catalog';
import { countryName } from '../../core/registration/countries';
import type { RegistrationStatus } from '../../core/registration/registration';
import {
  cardTemplate,
  zonedLines,
  type AdaptiveCardJson,
  type Fact,
  type ZonedTime,
} from '../platform/teams/cards/card-json';
import { shapedTemplate } from '../platform/teams/cards/card-skeleton';
import template from './templates/registration.json';

/** Why the card is shown: after a submit, an edit, on request, or once withdrawn. */
export type RegistrationCardVariant = 'created' | 'updated' | 'existing' | 'withdrawn';

export interface RegistrationCardView {
  variant: RegistrationCardVariant;
  /** A translated line shown above the details, e.g. why an older version is shown. */
  note?: string;
  registrationId: string;
  referenceCode: string;
  status: RegistrationStatus;
  eventTitle: string;
  givenName: string;
  familyName: string;
  email: string;
  organization: string;
  /** The event's label of the registrant's stakeholder category. */
  categoryLabel: string;
  /** ISO 3166-1 alpha-2 code, named in `locale`. */
  country: string;
  locale: string;
  jobTitle: string;
  wishesToSpeak: boolean;
  group?: { name: string; members: string[] };
  /** Texts of the guiding questions the person intends to address. */
  questions: string[];
  deadline: ZonedTime;
  canEdit: boolean;
  /** Translated reason shown when `canEdit` is false, e.g. that the deadline has passed. */
  notEditableReason?: string;
}

/** Data of the Edit and Withdraw buttons (verbs `registration.edit`, `registration.withdraw`). */
export interface RegistrationActionData {
  registrationId: string;
}

const HEADINGS: Record<RegistrationCardVariant, MessageKey> = {
  created: 'cards.registration.heading.created',
  updated: 'cards.registration.heading.updated',
  existing: 'cards.registration.heading.existing',
  withdrawn: 'cards.registration.heading.withdrawn',
};

/** Catalog keys of the status labels, shared with cards that count by status. */
export const STATUS_LABELS: Record<RegistrationStatus, MessageKey> = {
  pending: 'registration.status.pending',
  confirmed: 'registration.status.confirmed',
  waitlisted: 'registration.status.waitlisted',
  declined: 'registration.status.declined',
  withdrawn: 'registration.status.withdrawn',
};

const expandPlain = cardTemplate(template);
// Expanded once per language and shape (variant, facts and their line counts), then filled.
const expand = shapedTemplate(expandPlain);

/** One registration as its owner sees it, with Edit and Withdraw while changes are possible. */
export function registrationCard(view: RegistrationCardView, t: Translate): AdaptiveCardJson {
  return expand(templateData(view, t), t);
}

/** The same card straight from the template, no skeleton: what the skeleton must equal. */
export function expandedRegistrationCard(view: RegistrationCardView, t: Translate) {
  return expandPlain(templateData(view, t), t);
}

function templateData(view: RegistrationCardView, t: Translate) {
  const action: RegistrationActionData = { registrationId: view.registrationId };
  return {
    heading: t(HEADINGS[view.variant]),
    hasNote: Boolean(view.note),
    note: view.note ?? '',
    eventTitle: view.eventTitle,
    facts: facts(view, t),
    canEdit: view.canEdit,
    hasNotEditableReason: !view.canEdit && Boolean(view.notEditableReason),
    notEditableReason: view.notEditableReason ?? '',
    labels: { edit: t('cards.registration.edit'), withdraw: t('cards.registration.withdraw') },
    action,
  };
}

function facts(view: RegistrationCardView, t: Translate): Fact[] {
  const fact = (key: MessageKey, ...lines: string[]): Fact => ({ label: t(key), lines });
  const list = [
    fact('cards.registration.reference', view.referenceCode),
    fact('cards.registration.status', t(STATUS_LABELS[view.status])),
    fact('cards.registration.name', `${view.givenName} ${view.familyName}`),
    fact('cards.registration.email', view.email),
    fact('cards.registration.organization', view.organization),
    fact('cards.registration.category', view.categoryLabel),
    fact('cards.registration.country', countryName(view.country, view.locale)),
    fact('cards.registration.jobTitle', view.jobTitle),
    fact(
      'cards.registration.wishesToSpeak',
      t(view.wishesToSpeak ? 'cards.common.yes' : 'cards.common.no'),
    ),
  ];
  if (view.group) {
    list.push(fact('cards.registration.group', view.group.name));
    if (view.group.members.length > 0) {
      list.push(fact('cards.registration.groupMembers', ...view.group.members));
    }
  }
  const questions = view.questions.length > 0 ? view.questions : [t('cards.common.none')];
  list.push(fact('cards.registration.questions', ...questions));
  list.push(fact('cards.registration.deadline', ...zonedLines(view.deadline, t)));
  return list;
}
