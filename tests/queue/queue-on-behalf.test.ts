import { DEV_TENANT_ID, devPrincipalOf } from '../../bot/platform/auth/dev-users';
import { aRegistration } from '../../core/testing/registration-fixtures';
import { startBot, type BotHarness } from '../support/bot-harness';

const EVENT = 'oewg-informal-dialogue-2024-02-28';
const QUEUE = `/api/events/${EVENT}/queue`;
const COALITION = { name: 'Digital Rights Coalition', members: ['Access Now', 'Article 19'] };

/**
 * On whose behalf a registrant may ask for the floor, through the real queue API: their own
 * organization or the group they registered to speak for; the chair's team adds anyone.
 */
describe('Speaking on behalf of a group', () => {
  let bot: BotHarness;
  const command = async (user: string, body: Record<string, unknown>) => {
    const response = await fetch(`${bot.baseUrl}${QUEUE}/commands`, {
      method: 'POST',
      headers: { 'X-Dev-User': user, 'Content-Type': 'application/json' },
      body: JSON.stringify({ baseVersion: await version(), ...body }),
    });
    return { status: response.status, body: (await response.json()) as any };
  };
  const state = async () => {
    const response = await fetch(`${bot.baseUrl}${QUEUE}`, { headers: { 'X-Dev-User': 'chair' } });
    return ((await response.json()) as any).queue;
  };
  const version = async () => (await state()).version as number;
  const group = (name: string, members = ['Every Member State']) => ({
    kind: 'group',
    name,
    members,
  });

  beforeAll(async () => {
    bot = await startBot({ now: '2024-02-28T14:05:00Z' });
    for (const [user, n, extra] of [
      ['delegate-a', 1, { group: COALITION }],
      ['delegate-b', 2, {}],
    ] as const) {
      await bot.store.registrations.create(
        aRegistration({
          id: `5d7c3f1e-0000-4000-8000-00000000000${n}`,
          eventId: EVENT,
          tenantId: DEV_TENANT_ID,
          aadObjectId: devPrincipalOf(user)!.oid,
          referenceCode: `REG-AAAA-AAA${n}`,
          organization: `Organization ${n}`,
          ...extra,
        }),
      );
    }
  }, 120_000);
  afterAll(() => bot.close());

  it('when a registrant without a group asks on behalf of a coalition, then 403 with the reason and nothing changes', async () => {
    const before = await state();
    const refused = await command('delegate-b', {
      type: 'requestFloor',
      onBehalfOf: group('G77 and China'),
    });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('queue.error.onBehalfNotRegistered');
    expect(refused.body.error).toContain('not of "G77 and China"');
    expect(await state()).toEqual(before);
  });

  it('when a registrant asks on behalf of another group than theirs, then 403 and nothing changes', async () => {
    const before = await state();
    const refused = await command('delegate-a', {
      type: 'requestFloor',
      onBehalfOf: group('European Union'),
    });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('queue.error.onBehalfNotRegistered');
    expect(await state()).toEqual(before);
  });

  it('when a registrant asks on behalf of their registered group, then the registered members are listed', async () => {
    const asked = await command('delegate-a', {
      type: 'requestFloor',
      onBehalfOf: group(' digital rights  coalition', ['Every Member State']),
    });
    expect(asked.status).toBe(200);
    expect((await state()).entries.at(-1).onBehalfOf).toEqual({ kind: 'group', ...COALITION });
  });

  it('when a registrant asks for their own organization, then it is accepted', async () => {
    expect((await command('delegate-b', { type: 'requestFloor' })).status).toBe(200);
  });

  it("when the chair's team adds someone on behalf of any group, then it is accepted", async () => {
    const added = await command('chair', {
      type: 'add',
      speaker: { name: 'Guest Speaker', organization: 'Guest Org' },
      onBehalfOf: group('G77 and China', ['Brazil', 'India']),
    });
    expect(added.status).toBe(200);
    expect((await state()).entries.at(-1).onBehalfOf).toMatchObject({ name: 'G77 and China' });
  });
});
