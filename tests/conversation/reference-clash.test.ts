import { randomBytes } from 'node:crypto';
import { startBot, type BotHarness } from '../support/bot-harness';
import { teamsUser } from '../support/teams-activities';
import { EVENT_ID, register } from './journey-helpers';

/**
 * Reference codes are random; two people drawing the same one must both still register,
 * each with a code of their own.
 */
describe('Reference code clash', () => {
  let bot: BotHarness;
  // The first two draws are the same eight bytes, then the source is random again.
  const draws = [Buffer.alloc(8, 7), Buffer.alloc(8, 7)];

  beforeAll(async () => {
    bot = await startBot({
      now: '2024-02-20T15:00:00Z',
      ids: { randomBytes: (n) => draws.shift() ?? randomBytes(n) },
    });
  });
  afterAll(() => bot.close());

  it('when a second person draws a code already taken, then a new code is drawn and both are registered', async () => {
    await register(bot, teamsUser('First Person'));
    await register(bot, teamsUser('Second Person'), { email: 'second@example.org' });
    const codes = (await bot.store.registrations.listForEvent(EVENT_ID)).map(
      (r) => r.referenceCode,
    );
    expect(codes).toHaveLength(2);
    expect(new Set(codes).size).toBe(2);
    expect(codes).toContain('REG-7777-7777');
  });
});
