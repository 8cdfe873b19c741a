import { DEV_TENANT_ID, devPrincipalOf } from '../../bot/platform/auth/dev-users';
import { aRegistration } from '../../core/testing/registration-fixtures';
import { startBot, type BotHarness } from '../support/bot-harness';
import { openSse, type SseClient } from './sse-client';

const EVENT = 'oewg-informal-dialogue-2024-02-28';
const QUEUE = `/api/events/${EVENT}/queue`;

/**
 * The speaking-queue API and its event stream, on the real service (port 0, embedded
 * database, development sign-in: no Entra app is configured here).
 */
describe('Speaking queue API', () => {
  let bot: BotHarness;
  const streams: SseClient[] = [];

  const as = (user: string) => ({ 'X-Dev-User': user, 'Content-Type': 'application/json' });
  const get = async (path: string, user = 'chair') => {
    const response = await fetch(`${bot.baseUrl}${path}`, { headers: as(user) });
    return { status: response.status, body: (await response.json()) as any };
  };
  const command = async (user: string, body: Record<string, unknown>) => {
    const response = await fetch(`${bot.baseUrl}${QUEUE}/commands`, {
      method: 'POST',
      headers: as(user),
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as any };
  };
  const version = async () => (await get(QUEUE)).body.queue.version as number;
  const stream = async (user: string, lastEventId?: number) => {
    const headers: Record<string, string> = { 'X-Dev-User': user };
    if (lastEventId !== undefined) headers['Last-Event-ID'] = String(lastEventId);
    const client = await openSse(`${bot.baseUrl}${QUEUE}/stream`, headers);
    streams.push(client);
    return client;
  };
  const versionOf = (data: string) => (JSON.parse(data) as any).queue.version as number;

  beforeAll(async () => {
    bot = await startBot({ now: '2024-02-28T14:05:00Z' });
    const delegate = devPrincipalOf('delegate-a')!;
    await bot.store.registrations.create(
      aRegistration({
        id: '5d7c3f1e-0000-4000-8000-00000000000a',
        eventId: EVENT,
        tenantId: DEV_TENANT_ID,
        aadObjectId: delegate.oid,
        referenceCode: 'REG-AAAA-AAAA',
        givenName: 'Amina',
        familyName: 'Diallo',
        organization: 'Digital Rights Coalition',
      }),
    );
  });
  afterAll(async () => {
    streams.forEach((s) => s.close());
    await bot.close();
  });

  it('when nobody is signed in, then every queue route answers 401', async () => {
    for (const path of [QUEUE, `${QUEUE}/stream`]) {
      expect((await fetch(`${bot.baseUrl}${path}`)).status).toBe(401);
    }
    const post = await fetch(`${bot.baseUrl}${QUEUE}/commands`, { method: 'POST' });
    expect(post.status).toBe(401);
  });

  it('when the meeting does not exist, then the state and the stream answer 404 with a reason', async () => {
    const state = await get('/api/events/no-such-event/queue');
    expect(state.status).toBe(404);
    expect(state.body.code).toBe('queue.error.unknownMeeting');
    const missing = await stream('chair').then(() =>
      fetch(`${bot.baseUrl}/api/events/no-such-event/queue/stream`, { headers: as('chair') }),
    );
    expect(missing.status).toBe(404);
  });

  it('when a delegate asks for the floor, then the chair sees it live on the stream', async () => {
    const chairStream = await stream('chair');
    const start = await version();
    const asked = await command('delegate-a', { type: 'requestFloor', baseVersion: start });
    expect(asked.status).toBe(200);
    const seen = await chairStream.next((m) => versionOf(m.data) === start + 1);
    const entry = JSON.parse(seen.data).queue.entries.at(-1);
    expect(entry).toMatchObject({
      status: 'waiting',
      speaker: { name: 'Amina Diallo', organization: 'Digital Rights Coalition' },
    });
    expect(seen).toMatchObject({ id: String(start + 1), event: 'queue' });
  });

  it('when a delegate tries a chair action, then 403 and nothing changes', async () => {
    const before = await get(QUEUE);
    const refused = await command('delegate-a', {
      type: 'callNext',
      baseVersion: before.body.queue.version,
    });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('queue.error.chairOnly');
    expect((await get(QUEUE)).body.queue).toEqual(before.body.queue);
  });

  it('when two chairs act on the same version, then one wins and the other gets 409 with the current state', async () => {
    const base = await version();
    const [a, b] = await Promise.all([
      command('chair', { type: 'setCurrentQuestion', questionId: 'q2', baseVersion: base }),
      command('presenter', { type: 'closeList', baseVersion: base }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    expect(loser.body.code).toBe('queue.error.staleVersion');
    expect(loser.body.queue.version).toBe(base + 1);
  });

  it('when commands are malformed or point at nothing, then 400/404 with a reason and the state is unchanged', async () => {
    const before = (await get(QUEUE)).body.queue;
    const v = before.version;
    const cases: Array<[Record<string, unknown>, number]> = [
      [{ type: 'dance', baseVersion: v }, 400],
      [{ type: 'callNext' }, 400],
      [{ type: 'remove', entryId: 'e999', baseVersion: v }, 404],
      [{ type: 'move', entryId: 'e1', position: 99, baseVersion: v }, 400],
      [
        { type: 'add', speaker: { name: 'x'.repeat(5000), organization: 'Org' }, baseVersion: v },
        400,
      ],
    ];
    for (const [body, status] of cases) {
      const answer = await command('chair', body);
      expect({ body, status: answer.status }).toEqual({ body, status });
      expect(typeof answer.body.error).toBe('string');
    }
    expect((await get(QUEUE)).body.queue).toEqual(before);
  });

  it('when a client reconnects with Last-Event-ID, then it gets only what it missed, and nothing if up to date', async () => {
    const current = await version();
    const upToDate = await stream('delegate-b', current);
    const behind = await stream('delegate-b', current - 1);
    const caughtUp = await behind.next(() => true);
    expect(versionOf(caughtUp.data)).toBe(current);
    await command('chair', { type: 'callNext', baseVersion: current });
    const first = await upToDate.next(() => true);
    expect(versionOf(first.data)).toBe(current + 1);
  });

  it('when the chair acts, then every chair action is in the audit log with who and what', async () => {
    const audit = await bot.store.queues.audit(EVENT, 'dialogue');
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['requestFloor', 'callNext']),
    );
    expect(audit.find((a) => a.action === 'callNext')?.actor).toMatchObject({
      role: 'chair',
      name: 'Dev Chair',
    });
  });

  it('when the service stops, then open streams are ended', async () => {
    const open = await stream('chair');
    await open.next(() => true);
    await bot.close();
    await open.ended;
    bot = await startBot({ now: '2024-02-28T14:05:00Z' });
  });
});
