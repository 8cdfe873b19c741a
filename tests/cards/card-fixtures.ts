import roundtable from '../../examples/global-roundtable-2024-05-10.json';
import type { EventDefinition } from '../../core/event/event';
import { eventInstants } from '../../core/event/event-times';
import { parseEventDefinition } from '../../core/event/event-schema';
import { translatorFor } from '../../core/i18n/catalog';
import { parseRegistrationForm, valuesOf } from '../../core/registration/registration-form';
import { REGISTRATION_LIMITS } from '../../core/registration/registration-limits';
import {
  aRegistration,
  seedDialogue,
  validCardData,
} from '../../core/testing/registration-fixtures';
import { formatInZone } from '../../core/time/zoned-time';
import type { ZonedTime } from '../../bot/platform/teams/cards/card-json';
import type { RegistrationCardView } from '../../bot/registration/registration-card';
import type { RegistrationFormView } from '../../bot/registration/registration-form-card';

/** Sample views built from the real seed events, as the bot's presenters would build them. */
export const t = translatorFor('en');
export const dialogue = seedDialogue();
export const USER_ZONE = 'Europe/Zurich';

export function secondEvent(): EventDefinition {
  const parsed = parseEventDefinition(roundtable);
  if (!parsed.ok) throw new Error('The roundtable example must be valid');
  return parsed.value;
}

export function both(instant: Date, event: EventDefinition, userZone = USER_ZONE): ZonedTime {
  return { event: formatInZone(instant, event.timeZone), user: formatInZone(instant, userZone) };
}

export function deadlineOf(event: EventDefinition): ZonedTime {
  return both(eventInstants(event).registrationDeadline, event);
}

export function startOf(event: EventDefinition): ZonedTime {
  return both(eventInstants(event).start, event);
}

/** A submitted form that the server refused on several fields, with the input kept. */
export function formViewWithErrors(): RegistrationFormView {
  const result = parseRegistrationForm(
    validCardData({
      givenName: '',
      email: 'amina@',
      country: 'XX',
      groupName: '',
      groupMembers: 'Digital Rights Coalition\nOpen Net Africa',
      consent: 'false',
    }),
    dialogue,
  );
  if (result.ok) throw new Error('The sample form must be invalid');
  return { ...formView(), values: result.values, errors: result.errors };
}

/** A blank form for a new registration, email prefilled from the Teams profile. */
export function formView(overrides: Partial<RegistrationFormView> = {}): RegistrationFormView {
  const registration = aRegistration();
  return {
    eventId: dialogue.id,
    origin: { mode: 'create', formId: 'form-7f3c' },
    eventTitle: dialogue.title,
    deadline: deadlineOf(dialogue),
    locale: 'en-US',
    categories: dialogue.stakeholderCategories,
    questions: dialogue.guidingQuestions,
    privacyNotice: dialogue.privacyNotice,
    values: { ...valuesOf(registration), givenName: '', familyName: '', consent: 'false' },
    limits: REGISTRATION_LIMITS,
    ...overrides,
  };
}

/** Amina's registration, speaking for a coalition and addressing two guiding questions. */
export function registrationView(
  overrides: Partial<RegistrationCardView> = {},
): RegistrationCardView {
  const r = aRegistration({ questionIds: ['q1', 'q3'] });
  return {
    variant: 'created',
    registrationId: r.id,
    referenceCode: r.referenceCode,
    status: r.status,
    eventTitle: dialogue.title,
    givenName: r.givenName,
    familyName: r.familyName,
    email: r.email,
    organization: r.organization,
    categoryLabel: 'Non-governmental organization',
    country: r.country,
    locale: 'en',
    jobTitle: r.jobTitle,
    wishesToSpeak: r.wishesToSpeak,
    group: {
      name: 'Cyber Peace Coalition',
      members: ['Digital Rights Coalition', 'Open Net Africa'],
    },
    questions: dialogue.guidingQuestions
      .filter((q) => r.questionIds.includes(q.id))
      .map((q) => q.text),
    deadline: deadlineOf(dialogue),
    canEdit: true,
    ...overrides,
  };
}
