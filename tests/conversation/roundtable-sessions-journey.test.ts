import roundtableJson from '../../examples/global-roundtable-2024-05-10.json';
import { parseEventDefinition } from '../../core/event/event-schema';
import { startBot, type BotHarness } from '../support/bot-harness';
import { cardOf, cardText } from '../support/card-inspect';
import { personalChat, teamsUser } from '../support/teams-activities';

const EVENT_ID = 'global-roundtable-ict-capacity-building-2024-05-10';

/**
 * The seed roundtable's day as the chair's team runs it: opening remarks seeded from chat into
 * the opening plenary only, that plenary run, then the first signature panel with its own
 * speakers, through the tab's real API.
 */
describe('Roundtable journey: two programme sessions with their own speakers', () => {
  let bot: BotHarness;
  const chair = teamsUser('Chair Office', { timeZone: 'America/New_York' });

  beforeAll(async () => {
    bot = await startBot({ now: '2024-05-01T14:00:00Z', env: { CHAIR_TEAM: chair.aadObjectId } });
    const parsed = parseEventDefinition(roundtableJson);
    if (!parsed.ok) throw new Error('seed roundtable must be valid');
    await bot.store.events.upsert(parsed.value);
  });
  afterAll(() => bot.close());

  /** A chat line from the chair; the text of everything the bot answered. */
  async function say(text: string): Promise<string> {
    await bot.post(personalChat(chair, bot.connector.serviceUrl).message(text));
    return bot
      .takeSent()
      .map((a) => (a.attachments ? cardText(cardOf(a)) : String(a.text)))
      .join('\n');
  }

  /** The tab's queue API for the roundtable, as the development chair (the meeting organizer). */
  async function queueApi(method: string, path: string, body?: unknown) {
    const response = await fetch(`${bot.baseUrl}/api/events/${EVENT_ID}/queue${path}`, {
      method,
      headers: { 'X-Dev-User': 'chair', 'Content-Type': 'application/json' },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    return { status: response.status, body: (await response.json()) as any };
  }

  /** One chair command on a session's list, based on the version the service reports. */
  async function run(session: string, command: Record<string, unknown>) {
    const { body } = await queueApi('GET', `?session=${session}`);
    const baseVersion = body.queue.version as number;
    const done = await queueApi('POST', `/commands?session=${session}`, {
      ...command,
      baseVersion,
    });
    if (done.status !== 200) throw new Error(`${String(command.type)}: ${done.body.error}`);
  }

  const turns = async (session: string) =>
    (await bot.store.queues.get(EVENT_ID, session))?.entries.map(
      (e) => `${e.speaker.organization}: ${e.status}`,
    );

  it('when the chair seeds the opening remarks from chat, then only the opening plenary holds them', async () => {
    await say('invite all');
    await say('accept KE ambassador Martin Kimani, Permanent Representative');
    await say('remarks KE');
    await say('accept SG minister Josephine Teo, Minister for Digital Development and Information');
    await say('remarks SG');
    expect(await say('opening remarks to queue')).toContain('2 speakers added');
    expect(await turns('opening-plenary')).toEqual(['Singapore: waiting', 'Kenya: waiting']);
    const lists = await bot.store.queues.ofEvent(EVENT_ID);
    expect(lists.map((q) => q.sessionId)).toEqual(['opening-plenary']);
  });

  it('when the chair runs the opening plenary and then a signature panel, then each keeps its own speakers', async () => {
    bot.clock.set('2024-05-10T13:05:00Z');
    const panel = 'signature-panel-1';
    expect((await queueApi('GET', '/sessions')).body.open).toBe('opening-plenary');
    await run('opening-plenary', { type: 'callNext' });
    await run('opening-plenary', { type: 'callNext' });
    bot.clock.set('2024-05-10T14:02:00Z');
    expect((await queueApi('PUT', '/sessions/chosen', { sessionId: panel })).status).toBe(200);
    for (const organization of ['Open Standards Institute', 'Universidad de Chile']) {
      await run(panel, { type: 'add', speaker: { name: 'Panellist', organization } });
    }
    await run(panel, { type: 'callNext' });
    expect(await turns('opening-plenary')).toEqual(['Singapore: done', 'Kenya: speaking']);
    expect(await turns(panel)).toEqual([
      'Open Standards Institute: speaking',
      'Universidad de Chile: waiting',
    ]);
    const audit = await bot.store.queues.audit(EVENT_ID, panel);
    expect(audit.map((a) => a.action)).toEqual(['add', 'add', 'callNext']);
    expect((await queueApi('GET', '/sessions')).body.open).toBe(panel);
  });
});
