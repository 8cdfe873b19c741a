import {
  downloadLinkCard,
  organizerSummaryCard,
  type OrganizerSummaryView,
} from '../../bot/organizer/organizer-summary-card';
import { eventListCard } from '../../bot/event/event-list-card';
import { fileDestinationCard, writtenInputCard } from '../../bot/written-input/written-input-card';
import { noticeCard } from '../../bot/platform/teams/cards/notice-card';
import { registrationCard } from '../../bot/registration/registration-card';
import { registrationFormCard } from '../../bot/registration/registration-form-card';
import { withdrawConfirmCard } from '../../bot/registration/withdraw-confirm-card';
import { languageChoiceCard } from '../../bot/i18n/language-choice-card';
import { matchListCard } from '../../bot/roundtable/matchmaking/match-list-card';
import type { AdaptiveCardJson } from '../../bot/platform/teams/cards/card-json';
import type { EventDefinition } from '../../core/event/event';
import { summarizeRegistrations } from '../../core/registration/registration-summary';
import { aRegistration } from '../../core/testing/registration-fixtures';
import {
  deadlineOf,
  dialogue,
  formView,
  formViewWithErrors,
  registrationView,
  secondEvent,
  startOf,
  t as defaultT,
} from './card-fixtures';
import type { Translate } from '../../core/i18n/catalog';
import { loginDetailsCard, type LoginDetailsView } from '../../bot/outbox/login-details-card';

/** Every card the bot sends, filled with realistic data from the seed events. */
export const roundtable = secondEvent();
export const file = {
  name: 'Statement of Digital Rights Coalition.pdf',
  downloadUrl: 'https://files.example/d/1',
  fileType: 'pdf',
};
export const destinations = [dialogue, roundtable].map((e) => ({ eventId: e.id, title: e.title }));

export function listItem(event: EventDefinition) {
  return {
    eventId: event.id,
    title: event.title,
    kind: event.kind,
    when: startOf(event),
    deadline: deadlineOf(event),
  };
}

export function organizerView(overrides: Partial<OrganizerSummaryView> = {}): OrganizerSummaryView {
  const summary = summarizeRegistrations([
    aRegistration(),
    aRegistration({ id: 'r2', aadObjectId: 'user-2', status: 'confirmed', category: 'academia' }),
    aRegistration({ id: 'r3', aadObjectId: 'user-3', status: 'withdrawn', email: 'x@example.org' }),
    aRegistration({ id: 'r4', aadObjectId: 'user-4', category: 'retired-category' }),
  ]);
  return {
    eventId: dialogue.id,
    eventTitle: dialogue.title,
    summary,
    categories: dialogue.stakeholderCategories,
    writtenInputs: 2,
    ...overrides,
  };
}

/** Every card, built with the texts of `t`'s language (the card tests run them in all six). */
export function sampleCards(t: Translate): Array<[string, () => AdaptiveCardJson]> {
  return [
    ['event list', () => eventListCard({ events: [dialogue, roundtable].map(listItem) }, t)],
    ['empty event list', () => eventListCard({ events: [] }, t)],
    ['blank registration form', () => registrationFormCard(formView(), t)],
    ['registration form with errors', () => registrationFormCard(formViewWithErrors(), t)],
    [
      'edit form',
      () =>
        registrationFormCard(
          formView({
            origin: { mode: 'edit', formId: 'f2', registrationId: 'r1', baseVersion: 3 },
          }),
          t,
        ),
    ],
    ['registration created', () => registrationCard(registrationView(), t)],
    [
      'registration closed for edits',
      () =>
        registrationCard(
          registrationView({
            variant: 'existing',
            canEdit: false,
            notEditableReason: 'Changes were possible until Monday, 26 February 2024, 12:00 EST.',
            group: undefined,
            questions: [],
          }),
          t,
        ),
    ],
    [
      'withdraw confirmation',
      () =>
        withdrawConfirmCard(
          { registrationId: 'r1', baseVersion: 2, eventTitle: dialogue.title },
          t,
        ),
    ],
    [
      'notice',
      () =>
        noticeCard(
          {
            title: 'Registration has closed',
            lines: [
              'Registration closed on Monday, 26 February 2024, 12:00 EST.',
              'Nothing was changed.',
            ],
            style: 'warning',
          },
          t,
        ),
    ],
    [
      'written input, one event',
      () => writtenInputCard({ events: destinations.slice(0, 1), statementMaxLength: 20000 }, t),
    ],
    [
      'written input, two events',
      () => writtenInputCard({ events: destinations, statementMaxLength: 20000 }, t),
    ],
    ['file destination', () => fileDestinationCard({ file, events: destinations }, t)],
    ['organizer summary', () => organizerSummaryCard(organizerView(), t)],
    [
      'download link',
      () =>
        downloadLinkCard(
          {
            eventTitle: dialogue.title,
            url: 'https://bot.example/api/exports/abc',
            expiresAt: 'Tuesday, 20 February 2024, 16:15 CET',
          },
          t,
        ),
    ],
    ['login details', () => loginDetailsCard(loginView(), t)],
    ['language choice', () => languageChoiceCard(t)],
    [
      'match list',
      () =>
        matchListCard(
          {
            title: t('rt.match.title'),
            matches: [
              {
                matchId: 'm1',
                line: 'Digital Rights Coalition × Senegal',
                canAnswer: true,
                acceptLabel: t('rt.match.accept', { id: 'm1' }),
                declineLabel: t('rt.match.decline', { id: 'm1' }),
              },
            ],
          },
          t,
        ),
    ],
  ];
}

export const SAMPLE_CARDS = sampleCards(defaultT);

/** What a confirmed participant's login details card shows, in English. */
function loginView(): LoginDetailsView {
  return {
    eventTitle: dialogue.title,
    referenceCode: 'REG-7K3M-Q9TD',
    when: {
      event: 'Wednesday, 28 February 2024, 09:00 EST',
      user: 'Wednesday, 28 February 2024, 15:00 CET',
    },
    joinUrl: 'https://teams.microsoft.com/l/meetup-join/abc',
    calendarUrl: 'https://bot.example/api/calendar/abc.ics',
    guidingQuestions: dialogue.guidingQuestions.map((q, i) => `${i + 1}. ${q.text}`),
    speaking: 'Yes',
  };
}
