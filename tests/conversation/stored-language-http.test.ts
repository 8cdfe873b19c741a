import { DEV_TENANT_ID, devPrincipalOf } from '../../bot/platform/auth/dev-users';
import { startBot, type BotHarness } from '../support/bot-harness';
import { EVENT_ID } from './journey-helpers';

/**
 * The language a person chose in chat (`language fr`) is the first thing every signed-in route
 * reads: it wins over the tab's Accept-Language (Teams' own locale), as negotiate.ts promises.
 */
describe('a signed-in route in the caller language they chose', () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await startBot({ now: '2024-02-20T15:00:00Z' });
    const oid = devPrincipalOf('delegate-a')!.oid;
    await bot.store.conversations.setLanguage(DEV_TENANT_ID, oid, 'fr', bot.clock.now());
  });
  afterAll(() => bot.close());

  const errorOf = async (path: string, user: string) => {
    const response = await fetch(`${bot.baseUrl}${path}`, {
      headers: { 'X-Dev-User': user, 'Accept-Language': 'en-US,en;q=0.9' },
    });
    return { status: response.status, error: ((await response.json()) as { error: string }).error };
  };

  it('when a person chose French and the tab sends English, then the route answers in French', async () => {
    const missing = await errorOf('/api/events/no-such-event/queue', 'delegate-a');
    const english = await errorOf('/api/events/no-such-event/queue', 'delegate-b');
    expect(missing.status).toBe(404);
    expect(english.status).toBe(404);
    expect(missing.error).not.toBe(english.error);
    expect(english.error).toMatch(/no such meeting/);
    expect(missing.error).toMatch(/Cette réunion n’existe pas/);
  });

  it('when a person who chose French is refused a chair route, then the refusal is in French', async () => {
    const refused = await errorOf(`/api/events/${EVENT_ID}/inputs`, 'delegate-a');
    expect(refused.status).toBe(403);
    expect(refused.error).toMatch(/présidence/);
    const english = await errorOf(`/api/events/${EVENT_ID}/inputs`, 'delegate-b');
    expect(english.error).toMatch(/Chair/);
  });
});
