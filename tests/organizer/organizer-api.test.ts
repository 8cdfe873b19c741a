import { register } from '../conversation/journey-helpers';
import { EVENT_ID, TEST_OUTBOX, waitFor } from '../outbox/outbox-helpers';
import { startBot, type BotHarness } from '../support/bot-harness';
import { personalChat, teamsUser, type TeamsUser } from '../support/teams-activities';

const NOW = '2024-02-20T15:00:00.000Z';
const BASE = `/api/events/${EVENT_ID}`;

/**
 * The organizer page's API on the real service: registrations and the chair's decisions on
 * them, and the delivery of the messages those decisions send through the connector stand-in.
 */
describe('Organizer API: registrations and delivery', () => {
  let bot: BotHarness;
  /** Conversations whose sends the connector stand-in refuses with 403. */
  const refusing = new Set<string>();
  const people: Record<string, TeamsUser> = {};

  const call = async (method: string, path: string, body?: unknown, user = 'chair') => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (user) headers['X-Dev-User'] = user;
    const response = await fetch(`${bot.baseUrl}${BASE}${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: (await response.json()) as any };
  };
  const list = async () => (await call('GET', '/registrations')).body;
  const idOf = async (name: string) =>
    (await list()).registrations.find((r: any) => r.name === name).id as string;
  const decide = (decision: unknown, registrationIds: unknown, user?: string) =>
    call('POST', '/registrations/decisions', { decision, registrationIds }, user);
  const delivery = async () => (await call('GET', '/delivery')).body;
  const statuses = async () =>
    Object.fromEntries((await list()).registrations.map((r: any) => [r.name, r.status]));

  beforeEach(async () => {
    refusing.clear();
    bot = await startBot({
      now: NOW,
      outbox: TEST_OUTBOX,
      connector: {
        fail: ({ conversationId }) => (refusing.has(conversationId) ? { status: 403 } : undefined),
      },
    });
    for (const [given, family, email] of [
      ['Amina', 'Diallo', 'amina.diallo@example.org'],
      ['Kenji', 'Sato', 'kenji.sato@example.org'],
      ['Lucía', 'Fernández', 'AMINA.DIALLO@example.org'],
    ] as const) {
      const user = teamsUser(`${given} ${family}`);
      people[given] = user;
      await register(bot, user, { givenName: given, familyName: family, email });
    }
  });
  afterEach(() => bot.close());

  it('when the chair lists registrations, then each is there with its status, counts and a shared-email flag', async () => {
    const { status, body } = await call('GET', '/registrations');
    expect(status).toBe(200);
    expect(body.event).toEqual({ id: EVENT_ID, title: expect.any(String) });
    expect(body.capacity).toBeNull();
    expect(body.counts.byStatus).toEqual({
      pending: 3,
      confirmed: 0,
      waitlisted: 0,
      declined: 0,
      withdrawn: 0,
    });
    expect(body.counts.byCategory).toEqual({ ngo: 3 });
    expect(body.categories).toContainEqual({ id: 'ngo', label: 'Non-governmental organization' });
    expect(body.registrations).toHaveLength(3);
    expect(body.registrations[0]).toEqual({
      id: expect.any(String),
      referenceCode: expect.stringMatching(/^REG-/),
      name: expect.any(String),
      organization: 'Digital Rights Coalition',
      category: 'ngo',
      country: 'SN',
      status: 'pending',
      channel: 'teams',
      createdAt: NOW,
      sharedEmail: expect.any(Boolean),
      email: expect.stringMatching(/@example\.org$/i),
      wishesToSpeak: true,
      coalition: null,
      accessibility: false,
    });
    const shared = body.registrations.filter((r: any) => r.sharedEmail).map((r: any) => r.name);
    expect(shared.sort()).toEqual(['Amina Diallo', 'Lucía Fernández']);
  });

  it('when the chair confirms one registration, then it is confirmed and its messages are sent', async () => {
    const amina = await idOf('Amina Diallo');
    const { status, body } = await decide('confirm', [amina]);
    expect(status).toBe(200);
    expect(body.counts).toEqual({ confirmed: 1, waitlisted: 0, declined: 0, unchanged: 0 });
    expect(body.results).toEqual([
      {
        registrationId: amina,
        referenceCode: expect.stringMatching(/^REG-/),
        before: 'pending',
        after: 'confirmed',
        result: 'changed',
      },
    ]);
    expect(await statuses()).toEqual({
      'Amina Diallo': 'confirmed',
      'Kenji Sato': 'pending',
      'Lucía Fernández': 'pending',
    });

    // The status message and the login details go now; two reminders wait for their day.
    await waitFor('the two messages to be sent', async () => (await delivery()).counts.sent === 2);
    const report = await delivery();
    expect(report.counts).toMatchObject({ sent: 2, pending: 2, sending: 0, failed: 0 });
    expect(report.scheduled).toBe(2);
    const chat = personalChat(people.Amina!, bot.connector.serviceUrl).conversationId;
    expect(bot.connector.sent.filter((s) => s.conversationId === chat).length).toBeGreaterThan(1);
  });

  it('when the chair confirms all pending beyond the capacity, then the last registered are waitlisted', async () => {
    await bot.store.logistics.setCapacity(EVENT_ID, 2, new Date(NOW));
    const { status, body } = await decide('confirm', 'allPending');
    expect(status).toBe(200);
    expect(body.counts).toEqual({ confirmed: 2, waitlisted: 1, declined: 0, unchanged: 0 });
    expect(body).toMatchObject({ capacity: 2, confirmedNow: 2, conflicts: 0 });
    expect(body.results.map((r: any) => r.result).sort()).toEqual([
      'changed',
      'changed',
      'waitlistedFull',
    ]);
    const after = await list();
    expect(after.capacity).toBe(2);
    expect(after.counts.byStatus).toMatchObject({ pending: 0, confirmed: 2, waitlisted: 1 });

    // A waitlisted person confirmed while full stays waitlisted, and says why.
    const waitlisted = body.results.find((r: any) => r.result === 'waitlistedFull');
    const again = await decide('confirm', [waitlisted.registrationId]);
    expect(again.body.results).toMatchObject([{ after: 'waitlisted', result: 'full' }]);
  });

  it('when the chair declines a registration, then it is declined and the others are untouched', async () => {
    const kenji = await idOf('Kenji Sato');
    const { status, body } = await decide('decline', [kenji]);
    expect(status).toBe(200);
    expect(body.results).toMatchObject([{ before: 'pending', after: 'declined' }]);
    expect(await statuses()).toEqual({
      'Amina Diallo': 'pending',
      'Kenji Sato': 'declined',
      'Lucía Fernández': 'pending',
    });
  });

  it('when someone not on the chair team calls, then 403; without sign-in, 401', async () => {
    const amina = await idOf('Amina Diallo');
    for (const [method, path, body] of [
      ['GET', '/registrations'],
      ['POST', '/registrations/decisions', { decision: 'confirm', registrationIds: [amina] }],
      ['GET', '/delivery'],
      ['POST', '/delivery/retry', {}],
    ] as const) {
      const refused = await call(method, path, body, 'delegate-a');
      expect([path, refused.status]).toEqual([path, 403]);
      expect(refused.body.error).toContain("Chair's team");
      expect((await call(method, path, body, '')).status).toBe(401);
    }
    expect((await statuses())['Amina Diallo']).toBe('pending');
  });

  it('when the request is malformed, then 400 with a catalog message and nothing changes', async () => {
    const amina = await idOf('Amina Diallo');
    const unknown = '00000000-0000-4000-8000-0000000000ff';
    const cases: Array<[unknown, unknown, string]> = [
      ['approve', [amina], 'outbox.api.badDecision'],
      ['confirm', amina, 'outbox.api.badIds'],
      ['confirm', [], 'outbox.api.badIds'],
      ['confirm', [42], 'outbox.api.badIds'],
      ['confirm', Array.from({ length: 1001 }, () => amina), 'outbox.api.tooManyIds'],
      ['confirm', [amina, unknown], 'outbox.api.unknownIds'],
    ];
    for (const [decision, ids, code] of cases) {
      const { status, body } = await decide(decision, ids);
      expect([code, status, body.code]).toEqual([code, 400, code]);
      expect(body.error).toEqual(expect.any(String));
    }
    const bad = await call('POST', '/delivery/retry', { ids: 'all' });
    expect([bad.status, bad.body.code]).toEqual([400, 'outbox.api.badRetryIds']);
    expect((await list()).counts.byStatus.pending).toBe(3);
    expect(await bot.store.outbox.list({ eventId: EVENT_ID })).toEqual([]);
  });

  it('when an event does not exist, then 404', async () => {
    const response = await fetch(`${bot.baseUrl}/api/events/no-such-event/registrations`, {
      headers: { 'X-Dev-User': 'chair' },
    });
    expect(response.status).toBe(404);
  });

  it('when Teams refuses a message, then it is reported failed with the reason, and a retry sends it', async () => {
    const chat = personalChat(people.Kenji!, bot.connector.serviceUrl).conversationId;
    refusing.add(chat);
    await decide('confirm', [await idOf('Kenji Sato')]);
    await waitFor('both messages to fail', async () => (await delivery()).counts.failed === 2);
    const report = await delivery();
    expect(report.counts).toMatchObject({ sent: 0, failed: 2 });
    expect(report.failed).toEqual([
      expect.objectContaining({
        recipientName: 'Kenji Sato',
        kind: 'status',
        attempts: 1,
        reason: expect.stringContaining('HTTP 403'),
      }),
      expect.objectContaining({ kind: 'loginDetails', recipientName: 'Kenji Sato' }),
    ]);

    refusing.clear();
    const [first] = report.failed;
    const one = await call('POST', '/delivery/retry', { ids: [first.id] });
    expect(one.status).toBe(200);
    expect(one.body.retried).toBe(1);
    await waitFor('the retried message', async () => (await delivery()).counts.sent === 1);
    expect((await delivery()).counts.failed).toBe(1);

    const rest = await call('POST', '/delivery/retry', {});
    expect(rest.body.retried).toBe(1);
    await waitFor('every message', async () => (await delivery()).counts.sent === 2);
    const final = await delivery();
    expect(final.counts.failed).toBe(0);
    expect(final.failed).toEqual([]);
  });
});
