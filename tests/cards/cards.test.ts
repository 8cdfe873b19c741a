/** @jest-environment jsdom */
import { downloadLinkCard, organizerSummaryCard } from '../../bot/organizer/organizer-summary-card';
import { eventListCard } from '../../bot/event/event-list-card';
import { fileDestinationCard, writtenInputCard } from '../../bot/written-input/written-input-card';
import { registrationCard } from '../../bot/registration/registration-card';
import { registrationFormCard } from '../../bot/registration/registration-form-card';
import { withdrawConfirmCard } from '../../bot/registration/withdraw-confirm-card';
import { dialogue, formView, registrationView, t } from './card-fixtures';
import { executeActions, input, nodes } from './card-nodes';
import {
  destinations,
  file,
  listItem,
  organizerView,
  roundtable,
  SAMPLE_CARDS,
} from './card-samples';
import { cardProblems, render } from './card-validation';

describe.each(SAMPLE_CARDS)('%s card', (_name, build) => {
  it('is valid for Microsoft Adaptive Cards at version 1.5 and renders', () => {
    const card = build();
    expect(cardProblems(card)).toEqual([]);
    expect(card.version).toBe('1.5');
    expect(render(card).element).toBeInstanceOf(HTMLElement);
  });

  it('has every template placeholder bound', () => {
    const json = JSON.stringify(build());
    expect(json).not.toContain('${');
    expect(json).not.toMatch(/Invalid DateTime|undefined|null|NaN/);
  });
});

describe('card validation', () => {
  it('reports what a 1.5 host would not render: unknown types, missing ids, newer properties', () => {
    const broken = {
      type: 'AdaptiveCard',
      version: '1.5',
      body: [
        { type: 'Carousel', pages: [] },
        { type: 'Input.Text', label: 'No id' },
        { type: 'Image', url: 'https://img.example/a.png', forceLoad: true },
      ],
    };
    expect(cardProblems(broken)).toEqual([
      expect.stringMatching(/^parse UnknownElementType/),
      expect.stringMatching(/^parse UnsupportedProperty: .*forceLoad/),
      expect.stringMatching(/^validate PropertyCantBeNull: All inputs must have a unique Id/),
    ]);
  });
});

describe('card actions (the verbs and data the bot handler reads)', () => {
  it('gives each open event a Register button carrying its id', () => {
    const card = eventListCard({ events: [dialogue, roundtable].map(listItem) }, t);
    expect(executeActions(card)).toEqual([
      { verb: 'registration.open', data: { eventId: dialogue.id } },
      { verb: 'registration.open', data: { eventId: roundtable.id } },
    ]);
  });

  it('submits a new registration with its event, form id and mode', () => {
    expect(executeActions(registrationFormCard(formView(), t))).toEqual([
      {
        verb: 'registration.submit',
        data: { eventId: dialogue.id, formId: 'form-7f3c', mode: 'create' },
      },
    ]);
  });

  it('submits an edit with the registration and the version it was based on', () => {
    const origin = { mode: 'edit' as const, formId: 'f2', registrationId: 'r1', baseVersion: 3 };
    expect(executeActions(registrationFormCard(formView({ origin }), t))).toEqual([
      { verb: 'registration.submit', data: { eventId: dialogue.id, ...origin } },
    ]);
  });

  it('offers Edit and Withdraw on an editable registration, and neither once closed', () => {
    const data = { registrationId: registrationView().registrationId };
    expect(executeActions(registrationCard(registrationView(), t))).toEqual([
      { verb: 'registration.edit', data },
      { verb: 'registration.withdraw', data },
    ]);
    expect(executeActions(registrationCard(registrationView({ canEdit: false }), t))).toEqual([]);
  });

  it('confirms a withdrawal with the version shown, or keeps the registration', () => {
    const card = withdrawConfirmCard({ registrationId: 'r1', baseVersion: 2, eventTitle: 'E' }, t);
    expect(executeActions(card)).toEqual([
      { verb: 'registration.withdrawConfirm', data: { registrationId: 'r1', baseVersion: 2 } },
      { verb: 'registration.show', data: { registrationId: 'r1' } },
    ]);
  });

  it('sends a statement for the only event in data, or lets the person choose among several', () => {
    const one = writtenInputCard({ events: destinations.slice(0, 1), statementMaxLength: 500 }, t);
    expect(executeActions(one)).toEqual([
      { verb: 'statement.submit', data: { eventId: dialogue.id } },
    ]);
    expect(nodes(one).some((n) => n.id === 'eventId')).toBe(false);
    const two = writtenInputCard({ events: destinations, statementMaxLength: 500 }, t);
    expect(executeActions(two)).toEqual([{ verb: 'statement.submit', data: {} }]);
    expect(input(two, 'eventId')).toMatchObject({
      type: 'Input.ChoiceSet',
      choices: destinations.map((d) => ({ title: d.title, value: d.eventId })),
    });
    expect(input(two, 'statementText')).toMatchObject({ isMultiline: true, maxLength: 500 });
  });

  it('attaches a chat file to the event chosen, one button per event', () => {
    expect(executeActions(fileDestinationCard({ file, events: destinations }, t))).toEqual(
      destinations.map((d) => ({
        verb: 'statement.attachFile',
        data: { eventId: d.eventId, file },
      })),
    );
    const { fileType: _omitted, ...untyped } = file;
    const card = fileDestinationCard({ file: untyped, events: destinations.slice(0, 1) }, t);
    expect(executeActions(card)[0]?.data).toEqual({ eventId: dialogue.id, file: untyped });
  });

  it('exports an event as CSV, and opens the download link', () => {
    expect(executeActions(organizerSummaryCard(organizerView(), t))).toEqual([
      { verb: 'organizer.export', data: { eventId: dialogue.id } },
    ]);
    const view = {
      eventTitle: 'E',
      url: 'https://bot.example/api/exports/tok',
      expiresAt: '16:15',
    };
    expect(nodes(downloadLinkCard(view, t), 'Action.OpenUrl')).toEqual([
      expect.objectContaining({ url: view.url, title: 'Download CSV' }),
    ]);
  });
});
