import { register } from '../conversation/journey-helpers';
import { EVENT_ID, TEST_OUTBOX } from '../outbox/outbox-helpers';
import { startBot, type BotHarness } from '../support/bot-harness';
import { teamsUser } from '../support/teams-activities';

const NOW = '2024-02-20T15:00:00.000Z';
const BASE = `/api/events/${EVENT_ID}`;

/**
 * What the desk asks before it acts, on the real service: a decision's preview counts the
 * messages exactly (by the rule that writes them), and the capacity is previewed, then set,
 * by the chat command's rule; bad input changes nothing.
 */
describe('Organizer API: ask first (decision preview, capacity)', () => {
  let bot: BotHarness;

  const call = async (method: string, path: string, body?: unknown, user = 'chair') => {
    const response = await fetch(`${bot.baseUrl}${BASE}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', 'X-Dev-User': user },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: (await response.json()) as any };
  };
  const list = async () => (await call('GET', '/registrations')).body;
  const idOf = async (name: string) =>
    (await list()).registrations.find((r: any) => r.name === name).id as string;
  const preview = (decision: string, registrationIds: unknown) =>
    call('POST', '/registrations/decisions/preview', { decision, registrationIds });
  const decide = (decision: string, registrationIds: unknown) =>
    call('POST', '/registrations/decisions', { decision, registrationIds });
  /** What the outbox holds: messages due now, and reminders for later. */
  const enqueued = async () => {
    const rows = await bot.store.outbox.list({ eventId: EVENT_ID });
    const later = rows.filter((r) => r.kind === 'reminder' && r.nextAttemptAt > new Date(NOW));
    return { now: rows.length - later.length, reminders: later.length };
  };

  beforeEach(async () => {
    bot = await startBot({ now: NOW, outbox: TEST_OUTBOX });
    for (const [given, family] of [
      ['Amina', 'Diallo'],
      ['Kenji', 'Sato'],
      ['Lucía', 'Fernández'],
    ] as const) {
      await register(bot, teamsUser(`${given} ${family}`), {
        givenName: given,
        familyName: family,
        email: `${given.toLowerCase()}@example.org`,
      });
    }
  });
  afterEach(() => bot.close());

  it('when the chair previews confirming all pending beyond the capacity, then the messages counted are exactly those the decision then enqueues, and the preview changed nothing', async () => {
    await bot.store.logistics.setCapacity(EVENT_ID, 2, new Date(NOW));
    const asked = await preview('confirm', 'allPending');
    expect(asked.status).toBe(200);
    // Two confirmed (status + login details each) and one waitlisted (status): 5, not 3 × 2.
    expect(asked.body).toMatchObject({ confirmed: 2, waitlisted: 1, unchanged: 0, messagesNow: 5 });
    expect(await enqueued()).toEqual({ now: 0, reminders: 0 });
    expect((await list()).counts.byStatus).toMatchObject({ pending: 3, confirmed: 0 });

    expect((await decide('confirm', 'allPending')).status).toBe(200);
    expect(await enqueued()).toEqual({
      now: asked.body.messagesNow,
      reminders: asked.body.reminders,
    });
  });

  it('when a person is confirmed again after being waitlisted, then the preview leaves out the login details already sent', async () => {
    const amina = await idOf('Amina Diallo');
    await decide('confirm', [amina]);
    await decide('waitlist', [amina]);
    const before = await enqueued();
    const asked = await preview('confirm', [amina]);
    expect(asked.body).toMatchObject({ confirmed: 1, messagesNow: 1, reminders: 0 });
    await decide('confirm', [amina]);
    const after = await enqueued();
    expect(after.now - before.now).toBe(1);
  });

  it('when the chair previews a capacity, then it says who would get a place and who would wait, and sets nothing', async () => {
    await decide('confirm', [await idOf('Amina Diallo')]);
    const asked = await call('POST', '/capacity/preview', { capacity: 2 });
    expect(asked.status).toBe(200);
    expect(asked.body).toEqual({
      capacity: 2,
      confirmed: 1,
      over: 0,
      free: 1,
      pending: 2,
      wouldConfirm: 1,
      wouldWaitlist: 1,
      waitlisted: 0,
    });
    expect((await list()).capacity).toBeNull();

    const set = await call('PUT', '/capacity', { capacity: 2 });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ capacity: 2, free: 1 });
    expect((await list()).capacity).toBe(2);
    // The capacity bounds the next confirmations as the preview said.
    const all = await decide('confirm', 'allPending');
    expect(all.body.counts).toMatchObject({ confirmed: 1, waitlisted: 1 });

    const below = await call('POST', '/capacity/preview', { capacity: 0 });
    expect(below.body).toMatchObject({ confirmed: 2, over: 2, free: 0, wouldConfirm: 0 });
    expect((await call('PUT', '/capacity', { capacity: null })).body.capacity).toBeNull();
    expect((await list()).capacity).toBeNull();
  });

  it('when the capacity is not a whole number of places, then the reason comes back and nothing changes', async () => {
    await call('PUT', '/capacity', { capacity: 5 });
    for (const [capacity, code] of [
      ['forty', 'tab.desk.capacity.notNumber'],
      [-1, 'tab.desk.capacity.notNumber'],
      [2.5, 'tab.desk.capacity.notNumber'],
      [undefined, 'tab.desk.capacity.notNumber'],
      [1_000_000, 'tab.desk.capacity.tooLarge'],
    ] as const) {
      for (const [method, path] of [
        ['POST', '/capacity/preview'],
        ['PUT', '/capacity'],
      ] as const) {
        const refused = await call(method, path, { capacity });
        expect([refused.status, refused.body.code]).toEqual([400, code]);
        expect(refused.body.error).toMatch(/whole number|999,999/);
      }
    }
    expect((await list()).capacity).toBe(5);
  });

  it('when someone not on the chair team asks, then 403 and nothing is set', async () => {
    for (const [method, path, body] of [
      ['POST', '/capacity/preview', { capacity: 1 }],
      ['PUT', '/capacity', { capacity: 1 }],
      [
        'POST',
        '/registrations/decisions/preview',
        { decision: 'confirm', registrationIds: 'allPending' },
      ],
    ] as const) {
      expect((await call(method, path, body, 'delegate-a')).status).toBe(403);
    }
    expect((await list()).capacity).toBeNull();
  });
});
