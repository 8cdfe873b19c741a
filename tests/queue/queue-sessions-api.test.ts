import roundtableJson from '../../examples/global-roundtable-2024-05-10.json';
import { parseEventDefinition } from '../../core/event/event-schema';
import type { EventDefinition } from '../../core/event/event';
import { startBot, type BotHarness } from '../support/bot-harness';
import { openSse, type SseClient } from './sse-client';

const EVENT = 'global-roundtable-ict-capacity-building-2024-05-10';
const QUEUE = `/api/events/${EVENT}/queue`;
/** 09:30 in New York: the opening plenary is under way. */
const DURING_OPENING = '2024-05-10T13:30:00Z';

/** The seed roundtable, with two minutes a turn on the first signature panel. */
function roundtable(): EventDefinition {
  const parsed = parseEventDefinition(roundtableJson);
  if (!parsed.ok) throw new Error('seed roundtable must be valid');
  const programme = parsed.value.programme.map((s) =>
    s.id === 'signature-panel-1' ? { ...s, speakingTimeSeconds: 120 } : s,
  );
  return { ...parsed.value, programme };
}

/** A list of speakers per programme session, through the real service and its stream. */
describe('Speaking queue API per programme session', () => {
  let bot: BotHarness;
  const streams: SseClient[] = [];
  const as = (user: string) => ({ 'X-Dev-User': user, 'Content-Type': 'application/json' });
  const call = async (method: string, path: string, user = 'chair', body?: unknown) => {
    const init = { method, headers: as(user), ...(body ? { body: JSON.stringify(body) } : {}) };
    const response = await fetch(`${bot.baseUrl}${path}`, init);
    return { status: response.status, body: (await response.json()) as any };
  };
  const add = async (session: string | undefined, name: string) => {
    const path = session ? `${QUEUE}?session=${session}` : QUEUE;
    const { body } = await call('GET', path);
    const at = session ? `${QUEUE}/commands?session=${session}` : `${QUEUE}/commands`;
    const speaker = { name, organization: 'Open Standards Institute' };
    return call('POST', at, 'chair', { type: 'add', speaker, baseVersion: body.queue.version });
  };
  const names = async (session: string) =>
    (await call('GET', `${QUEUE}?session=${session}`)).body.queue.entries.map(
      (e: any) => e.speaker.name,
    );

  beforeAll(async () => {
    bot = await startBot({ now: DURING_OPENING });
    await bot.store.events.upsert(roundtable());
  });
  afterAll(async () => {
    streams.forEach((s) => s.close());
    await bot.close();
  });

  it('when the tab asks which session to open, then it names the one running now in New York', async () => {
    const { status, body } = await call('GET', `${QUEUE}/sessions`, 'delegate-a');
    expect(status).toBe(200);
    expect(body.open).toBe('opening-plenary');
    expect(body.chosen).toBeNull();
    expect(body.sessions.map((s: any) => s.id)).toContain('breakout-groups.breakout-norms');
    bot.clock.set('2024-05-10T14:15:00Z');
    expect((await call('GET', `${QUEUE}/sessions`)).body.open).toBe('signature-panel-1');
    bot.clock.set(DURING_OPENING);
  });

  it('when speakers are added to two sessions, then each list holds its own, and no session means the first', async () => {
    expect((await add('signature-panel-1', 'Kenji Sato')).status).toBe(200);
    expect((await add(undefined, 'Lucía Fernández')).status).toBe(200);
    expect(await names('signature-panel-1')).toEqual(['Kenji Sato']);
    expect(await names('opening-plenary')).toEqual(['Lucía Fernández']);
    const panel = await call('GET', `${QUEUE}?session=signature-panel-1`);
    expect(panel.body.session).toMatchObject({ id: 'signature-panel-1', speakingSeconds: 120 });
    expect(panel.body.queue.entries[0].allottedSeconds).toBe(120);
    const plenary = await call('GET', `${QUEUE}?session=opening-plenary`);
    expect(plenary.body.queue.entries[0].allottedSeconds).toBe(180);
  });

  it('when a request names a session that does not exist, then 404 with the sessions named and nothing changes', async () => {
    const before = await bot.store.queues.ofEvent(EVENT);
    for (const session of ['no-such-session', 'matchmaking', 'welcome-reception']) {
      const state = await call('GET', `${QUEUE}?session=${session}`);
      expect(state.status).toBe(404);
      expect(state.body.code).toBe('queue.error.unknownSession');
      expect(state.body.error).toContain(`"${session}"`);
      expect(state.body.error).toContain('closing-plenary');
      const command = await call('POST', `${QUEUE}/commands?session=${session}`, 'chair', {
        type: 'add',
        speaker: { name: 'Nobody', organization: 'None' },
        baseVersion: 0,
      });
      expect(command.status).toBe(404);
      const stream = await fetch(`${bot.baseUrl}${QUEUE}/stream?session=${session}`, {
        headers: as('chair'),
      });
      expect(stream.status).toBe(404);
      const chosen = await call('PUT', `${QUEUE}/sessions/chosen`, 'chair', { sessionId: session });
      expect(chosen.status).toBe(404);
    }
    const repeated = await call('GET', `${QUEUE}?session=a&session=b`);
    expect(repeated.status).toBe(404);
    expect(await bot.store.queues.ofEvent(EVENT)).toEqual(before);
    expect(await bot.store.queues.chosen(EVENT)).toBeUndefined();
  });

  it('when the chair switches sessions, then open streams are told and the tab opens on that one', async () => {
    const stage = await openSse(`${bot.baseUrl}${QUEUE}/stream?session=opening-plenary`, {
      'X-Dev-User': 'delegate-b',
    });
    streams.push(stage);
    await stage.next(() => true);
    const switched = await call('PUT', `${QUEUE}/sessions/chosen`, 'chair', {
      sessionId: 'signature-panel-1',
    });
    expect(switched.status).toBe(200);
    const told = await stage.next(() => true, undefined, 'session');
    expect(JSON.parse(told.data)).toEqual({
      sessionId: 'signature-panel-1',
      at: '2024-05-10T13:30:00.000Z',
    });
    const reconnected = await openSse(`${bot.baseUrl}${QUEUE}/stream?session=opening-plenary`, {
      'X-Dev-User': 'delegate-b',
    });
    streams.push(reconnected);
    const missed = await reconnected.next(() => true, undefined, 'session');
    expect(JSON.parse(missed.data)).toMatchObject({ sessionId: 'signature-panel-1' });
    expect((await call('GET', `${QUEUE}/sessions`, 'delegate-b')).body).toMatchObject({
      open: 'signature-panel-1',
      chosen: { sessionId: 'signature-panel-1' },
    });
  });

  it('when a delegate tries to switch sessions or names none, then 403/400 and the choice stays', async () => {
    const refused = await call('PUT', `${QUEUE}/sessions/chosen`, 'delegate-a', {
      sessionId: 'closing-plenary',
    });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('queue.error.chairOnly');
    const empty = await call('PUT', `${QUEUE}/sessions/chosen`, 'chair', { session: 'x' });
    expect(empty.status).toBe(400);
    expect(empty.body.code).toBe('queue.error.sessionMissing');
    expect((await bot.store.queues.chosen(EVENT))?.sessionId).toBe('signature-panel-1');
  });

  it('when the next session starts after the choice, then the tab opens on the programme again', async () => {
    bot.clock.set('2024-05-10T15:35:00Z');
    expect((await call('GET', `${QUEUE}/sessions`)).body.open).toBe('signature-panel-2');
  });
});
