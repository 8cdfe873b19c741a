import { startBot, type BotHarness } from '../support/bot-harness';
import type { ScriptedFailure } from '../support/connector-standin';
import { teamsUser } from '../support/teams-activities';
import {
  EVENT_ID,
  TEST_OUTBOX,
  chairSays,
  deliveredTo,
  duplicates,
  seedRegistrants,
  waitFor,
} from './outbox-helpers';

const NOW = '2024-02-20T15:00:00.000Z';
const chair = teamsUser('Katherine Prizeman');

/** A bot whose connector stand-in fails sends as `script` says (per conversation id). */
async function botFailing(script: (conversationId: string) => ScriptedFailure | undefined) {
  return startBot({
    now: NOW,
    env: { CHAIR_TEAM: chair.aadObjectId },
    outbox: TEST_OUTBOX,
    connector: { fail: ({ conversationId }) => script(conversationId) },
  });
}

const rowsOf = async (bot: BotHarness, status?: 'pending' | 'sending' | 'sent' | 'failed') =>
  (await bot.store.outbox.list({ eventId: EVENT_ID, ...(status ? { status } : {}) })).filter(
    (r) => r.kind !== 'reminder',
  );

describe('Delivering the outbox', () => {
  let bot: BotHarness;
  afterEach(() => bot.close());

  it('when Teams answers 429 with Retry-After, then no retry comes sooner, and the worker takes over when the client gives up', async () => {
    let target = '';
    const attempts: number[] = [];
    bot = await botFailing((conversationId) => {
      if (conversationId !== target) return undefined;
      attempts.push(performance.now());
      // botbuilder's connector client retries a 429 three times itself, after Retry-After.
      return attempts.length <= 4 ? { status: 429, retryAfterSeconds: 1 } : undefined;
    });
    const [person] = await seedRegistrants(bot, 1);
    target = person!.conversationId;
    await chairSays(bot, chair, `confirm ${person!.registration.referenceCode}`);
    await waitFor('the worker to reschedule', async () =>
      (await rowsOf(bot)).some((r) => r.kind === 'status' && r.status === 'pending'),
    );
    const gaps = attempts.slice(1, 4).map((t, i) => t - attempts[i]!);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(990);
    const [status] = await rowsOf(bot);
    expect(status).toMatchObject({ kind: 'status', status: 'pending', attempts: 1 });
    expect(status?.lastError).toContain('HTTP 429');
    expect(status?.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(Date.parse(NOW) + 1000);

    // The clock has not reached the next attempt: nothing is resent.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(deliveredTo(bot, target).some((a) => String(a.text).includes('is confirmed'))).toBe(
      false,
    );
    bot.clock.set('2024-02-20T15:00:01.000Z');
    await waitFor('both messages', () => deliveredTo(bot, target).length === 2);
    // The stand-in records a message before the worker marks its row sent: wait for both rows.
    await waitFor('both rows marked sent', async () => (await rowsOf(bot, 'sent')).length === 2);
    expect((await rowsOf(bot, 'sent')).map((r) => r.attempts).sort()).toEqual([1, 2]);
  });

  it('when the worker dies mid-run and another starts, then nobody is skipped or messaged twice beyond the window', async () => {
    bot = await botFailing(() => undefined);
    const people = await seedRegistrants(bot, 40);
    await chairSays(bot, chair, 'confirm all pending');
    await waitFor('some deliveries', () => bot.connector.perActivityId.size >= 20);
    bot.outbox.worker!.kill();
    const orphaned = new Set((await rowsOf(bot, 'sending')).map((r) => `outbox-${r.id}`));
    const sentBefore = bot.connector.perActivityId.size;
    expect(sentBefore).toBeLessThan(80);

    // The new worker takes the dead one's rows only once their lease has run out.
    bot.clock.set(new Date(Date.parse(NOW) + TEST_OUTBOX.leaseMs).toISOString());
    await bot.outbox.start();
    await waitFor('every message', async () => (await rowsOf(bot, 'sent')).length === 80, 20_000);

    for (const person of people)
      expect(
        new Set(deliveredTo(bot, person.conversationId).map((a) => a.channelData.outboxId)).size,
      ).toBe(2);
    // At-least-once: only a row in flight when the worker died may have gone out twice.
    for (const id of duplicates(bot)) expect(orphaned.has(id)).toBe(true);
    expect(bot.connector.perActivityId.size).toBe(80);
  });

  it('when Teams refuses a message for good, then the chair sees it failed with the reason', async () => {
    let target = '';
    bot = await botFailing((conversationId) =>
      conversationId === target ? { status: 403 } : undefined,
    );
    const [refused, fine] = await seedRegistrants(bot, 2);
    target = refused!.conversationId;
    await chairSays(bot, chair, 'confirm all pending');
    await waitFor('the other person', () => deliveredTo(bot, fine!.conversationId).length === 2);
    await waitFor('two failures', async () => (await rowsOf(bot, 'failed')).length === 2);

    const failed = await rowsOf(bot, 'failed');
    expect(failed.map((r) => [r.attempts, r.lastError?.slice(0, 8)])).toEqual([
      [1, 'HTTP 403'],
      [1, 'HTTP 403'],
    ]);
    const report = await chairSays(bot, chair, 'delivery');
    expect(report).toContain('2 sent');
    expect(report).toContain('2 failed');
    expect(report).toContain(`${refused!.registration.referenceCode} (status): HTTP 403`);
  });
});
