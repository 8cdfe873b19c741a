import { randomUUID } from 'node:crypto';
import roundtableJson from '../../examples/global-roundtable-2024-05-10.json';
import { parseEventDefinition } from '../../core/event/event-schema';
import type { ParticipationStore, Store, StoreTransaction } from '../../bot/stores';
import { IN_MEMORY } from '../../bot/open-store';
import { startBot, type BotHarness } from '../support/bot-harness';
import { actionData, cardOf, cardText, inputValue } from '../support/card-inspect';
import { personalChat, teamsUser } from '../support/teams-activities';
import { TEST_DATABASE_URL, postgresTarget, type TestDatabase } from '../store/store-targets';
import { validInputs } from './journey-helpers';

const EVENT_ID = 'global-roundtable-ict-capacity-building-2024-05-10';
const OPEN = '2024-05-01T14:00:00Z';
const NOT_SAVED = 'Your registration could not be saved, and nothing of it was kept.';

/** While `fault.on`, the roundtable details' insert names an unknown registration: a real FK violation. */
function withFaultyDetails(store: Store, fault: { on: boolean }): Store {
  const faulty = (participation: ParticipationStore): ParticipationStore => ({
    get: (id) => participation.get(id),
    list: (eventId) => participation.list(eventId),
    save: (p) => participation.save(fault.on ? { ...p, registrationId: randomUUID() } : p),
  });
  const inTx = (tx: StoreTransaction): StoreTransaction => ({
    ...tx,
    roundtable: { ...tx.roundtable, participation: faulty(tx.roundtable.participation) },
  });
  return {
    ...store,
    roundtable: { ...store.roundtable, participation: faulty(store.roundtable.participation) },
    transaction: (work) => store.transaction((tx) => work(inTx(tx))),
  };
}

const targets: Array<{ name: string; database: () => Promise<TestDatabase> }> = [
  {
    name: 'PGlite',
    database: async () => ({ location: { dataDir: IN_MEMORY }, drop: async () => undefined }),
  },
  ...(TEST_DATABASE_URL
    ? [
        {
          name: 'PostgreSQL',
          database: () => postgresTarget(TEST_DATABASE_URL ?? '').newDatabase(),
        },
      ]
    : []),
];

describe.each(targets)('Roundtable details that cannot be saved, on $name', ({ database }) => {
  let bot: BotHarness;
  let db: TestDatabase;
  const fault = { on: false };
  const provider = teamsUser('Ana Souza', { timeZone: 'Europe/Zurich' });
  const chat = () => personalChat(provider, bot.connector.serviceUrl);
  const details = {
    category: 'capacity-building-provider',
    country: 'BR',
    givenName: 'Ana',
    familyName: 'Souza',
    organization: 'Cyber Capacity Foundation',
    questionIds: '',
    rtAreas: 'threats,norms',
    rtRegion: 'african',
    rtBreakout1: 'breakout-cbms',
  };
  let submitted: Record<string, unknown> = {};

  beforeAll(async () => {
    db = await database();
    bot = await startBot({
      now: OPEN,
      location: db.location,
      wrapStore: (store) => withFaultyDetails(store, fault),
    });
    const parsed = parseEventDefinition(roundtableJson);
    if (!parsed.ok) throw new Error('seed roundtable must be valid');
    await bot.store.events.upsert(parsed.value);
  });
  afterAll(async () => {
    await bot?.close();
    await db?.drop();
  });

  const submit = async (data: Record<string, unknown>) =>
    cardOf((await bot.post(chat().invoke('registration.submit', data))).body);
  const stored = async () => ({
    registrations: await bot.store.registrations.listForEvent(EVENT_ID),
    details: await bot.store.roundtable.participation.list(EVENT_ID),
  });

  it('when the roundtable details fail to save, then no registration is saved either and the form says to send it again', async () => {
    const { body } = await bot.post(chat().invoke('registration.open', { eventId: EVENT_ID }));
    submitted = { ...actionData(cardOf(body), 'registration.submit'), ...validInputs(details) };
    fault.on = true;
    const card = await submit(submitted);
    fault.on = false;
    expect(await stored()).toStrictEqual({ registrations: [], details: [] });
    expect(cardText(card)).toContain(NOT_SAVED);
    expect(inputValue(card, 'organization')).toBe('Cyber Capacity Foundation');
    expect(inputValue(card, 'rtAreas')).toBe('threats,norms');
    expect(actionData(card, 'registration.submit')).toMatchObject({ formId: submitted.formId });
  });

  it('when the same card is sent again after the fault, then the registration and its details are saved once', async () => {
    const first = cardText(await submit(submitted));
    expect(first).toMatch(/REG-[0-9A-Z]{4}-[0-9A-Z]{4}/);
    expect(first).not.toContain(NOT_SAVED);
    const again = cardText(await submit(submitted));
    expect(again).toContain(/REG-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(first)?.[0] ?? 'no code');
    const { registrations, details: saved } = await stored();
    expect(registrations).toHaveLength(1);
    expect(saved).toStrictEqual([
      expect.objectContaining({
        registrationId: registrations[0]?.id,
        matchSide: 'offer',
        thematicAreaIds: ['threats', 'norms'],
        breakoutChoices: ['breakout-cbms'],
      }),
    ]);
  });

  it('when an edit’s roundtable details fail to save, then the registration keeps its version and details', async () => {
    const [registration] = (await stored()).registrations;
    const edit = { registrationId: registration?.id };
    const form = cardOf((await bot.post(chat().invoke('registration.edit', edit))).body);
    expect(inputValue(form, 'rtAreas')).toBe('threats,norms');
    const changed = {
      ...actionData(form, 'registration.submit'),
      ...validInputs({ ...details, organization: 'Renamed Foundation', rtAreas: 'norms' }),
    };
    fault.on = true;
    const card = await submit(changed);
    fault.on = false;
    const after = await stored();
    expect(after.registrations).toStrictEqual([registration]);
    expect(after.details[0]?.thematicAreaIds).toStrictEqual(['threats', 'norms']);
    expect(cardText(card)).toContain(NOT_SAVED);
    expect(cardText(await submit(changed))).toContain('Renamed Foundation');
    const saved = await stored();
    expect(saved.registrations[0]?.version).toBe((registration?.version ?? 0) + 1);
    expect(saved.details[0]?.thematicAreaIds).toStrictEqual(['norms']);
  });
});
