/** @jest-environment jsdom */
import { downloadLinkCard, organizerSummaryCard } from '../../bot/organizer/organizer-summary-card';
import { eventListCard } from '../../bot/event/event-list-card';
import { fileDestinationCard, writtenInputCard } from '../../bot/written-input/written-input-card';
import { noticeCard } from '../../bot/platform/teams/cards/notice-card';
import { registrationCard } from '../../bot/registration/registration-card';
import { registrationFormCard } from '../../bot/registration/registration-form-card';
import { withdrawConfirmCard } from '../../bot/registration/withdraw-confirm-card';
import type { AdaptiveCardJson } from '../../bot/platform/teams/cards/card-json';
import { summarizeRegistrations } from '../../core/registration/registration-summary';
import { aRegistration } from '../../core/testing/registration-fixtures';
import { dialogue, formView, registrationView, t } from './card-fixtures';
import { input, markdownTexts, textRuns } from './card-nodes';
import { file, listItem, organizerView } from './card-samples';
import { render } from './card-validation';

const MARKUP = '**Bold** [x](https://evil.example)';
const BINDING = '${labels.heading} ${$root.submit} ${string(1)}';
const HOSTILE = `${MARKUP} <b>tag</b> ${BINDING}`;

/** Every card with hostile text in each place a person or an event definition can fill. */
const HOSTILE_CARDS: Array<[string, () => AdaptiveCardJson]> = [
  ['event list', () => eventListCard({ events: [{ ...listItem(dialogue), title: HOSTILE }] }, t)],
  [
    'registration form',
    () =>
      registrationFormCard(
        formView({
          eventTitle: HOSTILE,
          privacyNotice: HOSTILE,
          values: { ...formView().values, givenName: HOSTILE, organization: HOSTILE },
        }),
        t,
      ),
  ],
  ['registration', () => registrationCard(hostileRegistration(), t)],
  [
    'withdraw confirmation',
    () => withdrawConfirmCard({ registrationId: 'r', baseVersion: 1, eventTitle: HOSTILE }, t),
  ],
  ['notice', () => noticeCard({ title: HOSTILE, lines: [HOSTILE, HOSTILE] }, t)],
  [
    'written input',
    () =>
      writtenInputCard({ events: [{ eventId: 'e', title: HOSTILE }], statementMaxLength: 10 }, t),
  ],
  [
    'file destination',
    () =>
      fileDestinationCard(
        { file: { ...file, name: HOSTILE }, events: [{ eventId: 'e', title: HOSTILE }] },
        t,
      ),
  ],
  [
    'organizer summary',
    () =>
      organizerSummaryCard(
        organizerView({
          eventTitle: HOSTILE,
          categories: [{ id: 'ngo', label: HOSTILE }],
          summary: summarizeRegistrations([
            aRegistration({ email: HOSTILE }),
            aRegistration({ id: 'r2', aadObjectId: 'u2', email: HOSTILE }),
          ]),
        }),
        t,
      ),
  ],
  [
    'download link',
    () =>
      downloadLinkCard({ eventTitle: HOSTILE, url: 'https://x.example', expiresAt: HOSTILE }, t),
  ],
];

function hostileRegistration() {
  return registrationView({
    givenName: '**Bold**',
    familyName: '[x](https://evil.example)',
    email: HOSTILE,
    organization: HOSTILE,
    jobTitle: HOSTILE,
    categoryLabel: HOSTILE,
    eventTitle: HOSTILE,
    note: HOSTILE,
    group: { name: HOSTILE, members: [HOSTILE, HOSTILE] },
    questions: [HOSTILE],
  });
}

describe.each(HOSTILE_CARDS)('%s card with markup and bindings in its text', (_name, build) => {
  it('shows the text literally in TextRuns, never where markdown is rendered', () => {
    const card = build();
    expect(textRuns(card).some((text) => text.includes(HOSTILE))).toBe(true);
    expect(markdownTexts(card).filter((text) => text.includes('evil.example'))).toEqual([]);
    expect(render(card).markdown.filter((text) => text.includes('evil.example'))).toEqual([]);
  });

  it('leaves "${...}" in the text to the text, unevaluated by the template engine', () => {
    const json = JSON.stringify(build());
    expect(json.split(BINDING).length - 1).toBeGreaterThan(0);
    expect(json.replaceAll(BINDING, '')).not.toContain('${');
  });
});

describe('registrationCard', () => {
  it('shows a name written as markdown exactly as typed, in one TextRun', () => {
    expect(textRuns(registrationCard(hostileRegistration(), t))).toContain(MARKUP);
  });
});

describe('registrationFormCard', () => {
  it('returns typed values unchanged in the inputs, bindings included', () => {
    const values = { ...formView().values, givenName: BINDING, familyName: MARKUP };
    const card = registrationFormCard(formView({ values }), t);
    expect(input(card, 'givenName').value).toBe(BINDING);
    expect(input(card, 'familyName').value).toBe(MARKUP);
  });
});
