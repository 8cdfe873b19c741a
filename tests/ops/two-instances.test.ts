import { startBot, type BotHarness } from '../support/bot-harness';
import { cardOf, cardText } from '../support/card-inspect';
import { personalChat, teamsUser, TENANT_ID } from '../support/teams-activities';
import { EVENT_ID, register } from '../conversation/journey-helpers';
import { openSse, type SseClient } from '../queue/sse-client';
import { MEETING_ID, meetingChat } from '../support/meeting-activities';
import { TEST_DATABASE_URL, postgresTarget, type TestDatabase } from '../store/store-targets';
import { importRoundtable, ROUNDTABLE_ID } from '../browser/support/roundtable-scene';

const QUEUE = `/api/events/${EVENT_ID}/queue`;
const OPEN = '2024-02-20T15:00:00Z';

/**
 * Two instances of the service on one PostgreSQL database, as behind a load balancer: what
 * one writes the other reads, queue changes reach streams on both (LISTEN/NOTIFY), and two
 * chairs acting on the same version through different instances cannot both win.
 */
const describeOnPostgres = TEST_DATABASE_URL ? describe : describe.skip;
if (!TEST_DATABASE_URL) {
  console.warn(
    'Two instances: skipped; set TEST_DATABASE_URL=postgres://user@host:5432/db (or DATABASE_URL) to run it',
  );
}

describeOnPostgres('Two instances on one PostgreSQL', () => {
  let database: TestDatabase;
  let a: BotHarness;
  let b: BotHarness;
  const streams: SseClient[] = [];

  const as = (user: string) => ({ 'X-Dev-User': user, 'Content-Type': 'application/json' });
  const state = async (bot: BotHarness) => {
    const response = await fetch(`${bot.baseUrl}${QUEUE}`, { headers: as('chair') });
    return ((await response.json()) as any).queue;
  };
  const command = async (bot: BotHarness, body: Record<string, unknown>) => {
    const response = await fetch(`${bot.baseUrl}${QUEUE}/commands`, {
      method: 'POST',
      headers: as('chair'),
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as any };
  };
  const versionOf = (data: string) => (JSON.parse(data) as any).queue.version as number;

  beforeAll(async () => {
    database = await postgresTarget(TEST_DATABASE_URL!).newDatabase();
    // One after the other: the first applies the migrations, the second finds them applied.
    a = await startBot({ now: OPEN, location: database.location });
    b = await startBot({ now: OPEN, location: database.location });
  });
  afterAll(async () => {
    streams.forEach((s) => s.close());
    await a?.close();
    await b?.close();
    await database?.drop();
  });

  it('when a person registers through instance A, then instance B shows the registration', async () => {
    const amina = teamsUser('Amina Diallo');
    await register(a, amina);
    const stored = await b.store.registrations.findByUser(EVENT_ID, TENANT_ID, amina.aadObjectId);
    expect(stored).toMatchObject({ givenName: 'Amina', status: 'pending' });
    b.takeSent();
    await b.post(personalChat(amina, b.connector.serviceUrl).message('my registration'));
    expect(cardText(cardOf(b.takeSent()[0]))).toContain(stored!.referenceCode);
  });

  it('when the chair switches sessions on A, then a stream on B is told (LISTEN/NOTIFY)', async () => {
    await importRoundtable(a);
    const list = `/api/events/${ROUNDTABLE_ID}/queue`;
    const stream = await openSse(`${b.baseUrl}${list}/stream?session=opening-plenary`, {
      'X-Dev-User': 'delegate-b',
    });
    streams.push(stream);
    await stream.next(() => true, 10_000);
    const switched = await fetch(`${a.baseUrl}${list}/sessions/chosen`, {
      method: 'PUT',
      headers: as('chair'),
      body: JSON.stringify({ sessionId: 'closing-plenary' }),
    });
    expect(switched.status).toBe(200);
    const told = await stream.next(() => true, 10_000, 'session');
    expect(JSON.parse(told.data)).toEqual({
      sessionId: 'closing-plenary',
      at: new Date(OPEN).toISOString(),
    });
  });

  it('when the chair changes the queue on A, then a stream on B and B’s state show it', async () => {
    const closed = await command(a, { type: 'closeList', baseVersion: (await state(a)).version });
    expect(closed.status).toBe(200);
    const base = closed.body.queue.version as number;
    const stream = await openSse(`${b.baseUrl}${QUEUE}/stream`, { 'X-Dev-User': 'chair' });
    streams.push(stream);
    // B has read the state itself; what comes next can only come from A's notification.
    await stream.next((m) => versionOf(m.data) === base, 10_000);
    const opened = await command(a, { type: 'openList', baseVersion: base });
    expect(opened.status).toBe(200);
    const seen = await stream.next((m) => versionOf(m.data) === base + 1, 10_000);
    expect(JSON.parse(seen.data).queue).toEqual(opened.body.queue);
    expect(await state(b)).toEqual(opened.body.queue);
  });

  it('when two chairs on A and B act on the same version, then one gets 200 and the other 409', async () => {
    const base = (await state(a)).version as number;
    const [onA, onB] = await Promise.all([
      command(a, { type: 'setCurrentQuestion', questionId: 'q1', baseVersion: base }),
      command(b, { type: 'setCurrentQuestion', questionId: 'q3', baseVersion: base }),
    ]);
    expect([onA.status, onB.status].sort()).toEqual([200, 409]);
    const [winner, loser] = onA.status === 200 ? [onA, onB] : [onB, onA];
    expect(loser.body.code).toBe('queue.error.staleVersion');
    expect(loser.body.queue).toEqual(winner.body.queue);
    expect(await state(a)).toEqual(winner.body.queue);
    expect(await state(b)).toEqual(winner.body.queue);
  });

  it('when a participant joins the meeting through A, then a chair stream on B shows them present', async () => {
    const li = teamsUser('Li Wei');
    await register(a, li);
    const registration = await a.store.registrations.findByUser(
      EVENT_ID,
      TENANT_ID,
      li.aadObjectId,
    );
    const linked = await fetch(`${a.baseUrl}/api/events/${EVENT_ID}/meeting`, {
      method: 'POST',
      headers: as('chair'),
      body: JSON.stringify({ meetingId: MEETING_ID }),
    });
    expect(linked.status).toBe(200);
    const stream = await openSse(`${b.baseUrl}${QUEUE}/stream`, { 'X-Dev-User': 'chair' });
    streams.push(stream);
    await stream.next(() => true, 10_000, 'presence');

    const chat = meetingChat(a.connector.serviceUrl);
    expect((await a.post(chat.join([li], '2024-02-20T15:01:00Z'))).status).toBeLessThan(300);
    const seen = await stream.next(
      (m) => JSON.parse(m.data).presence[registration!.id] === 'present',
      10_000,
      'presence',
    );
    expect(JSON.parse(seen.data).presence).toEqual({ [registration!.id]: 'present' });
  });

  it('when both instances send for one tenant, then they share one pace', async () => {
    const tenant = `tenant-${Date.now()}`;
    expect(await a.store.outbox.reserveSendSlot(tenant, 10_000, 0)).toBe(0);
    // B's next send waits for A's: the pace lives in the database, not in either process.
    expect(await b.store.outbox.reserveSendSlot(tenant, 10_000, 0)).toBeGreaterThan(5_000);
  });
});
