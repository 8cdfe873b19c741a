import { DEV_TENANT_ID, devPrincipalOf } from '../../bot/platform/auth/dev-users';
import { SummaryService } from '../../bot/summary';
import { aRegistration } from '../../core/testing/registration-fixtures';
import { startBot, type BotHarness } from '../support/bot-harness';

const EVENT = 'oewg-informal-dialogue-2024-02-28';
const QUEUE = `/api/events/${EVENT}/queue`;

/**
 * The guiding question of each turn through the queue API: a turn without a chosen question
 * takes the current one, the chair corrects it afterwards, and the summary counts the
 * correction (it reads the stored turns).
 */
describe('Guiding question of a turn, over the queue API', () => {
  let bot: BotHarness;
  const as = (user: string) => ({ 'X-Dev-User': user, 'Content-Type': 'application/json' });
  const get = async (path: string, user = 'chair') => {
    const response = await fetch(`${bot.baseUrl}${path}`, { headers: as(user) });
    return { status: response.status, body: (await response.json()) as any };
  };
  const command = async (user: string, body: Record<string, unknown>) => {
    const version = (await get(QUEUE)).body.queue.version as number;
    const response = await fetch(`${bot.baseUrl}${QUEUE}/commands`, {
      method: 'POST',
      headers: as(user),
      body: JSON.stringify({ baseVersion: version, ...body }),
    });
    return { status: response.status, body: (await response.json()) as any };
  };
  /** The summary's counts per question, as the summary page computes them from the store. */
  const questionCounts = async () => {
    const ids = { uuid: () => 'unused', randomBytes: (n: number) => new Uint8Array(n) };
    const service = new SummaryService(bot.store, bot.clock, ids, bot.baseUrl);
    const found = await service.summary(EVENT);
    return Object.fromEntries(
      (found?.summary.byQuestion ?? []).map((q) => [q.questionId ?? 'none', q.interventions]),
    );
  };

  beforeAll(async () => {
    bot = await startBot({ now: '2024-02-28T14:05:00Z' });
    await bot.store.registrations.create(
      aRegistration({
        id: '5d7c3f1e-0000-4000-8000-00000000000a',
        eventId: EVENT,
        tenantId: DEV_TENANT_ID,
        aadObjectId: devPrincipalOf('delegate-a')!.oid,
        referenceCode: 'REG-AAAA-AAAA',
        category: 'academia',
        country: 'KE',
      }),
    );
  });
  afterAll(() => bot.close());

  it('when a registrant asks for the floor, then their turn carries their category and region for the chair', async () => {
    expect((await command('delegate-a', { type: 'requestFloor' })).status).toBe(200);
    const state = await get(QUEUE);
    expect(state.body.queue.entries[0].profile).toEqual({
      category: 'academia',
      country: 'KE',
      region: 'african',
    });
    expect(state.body.event.categories).toContainEqual({ id: 'academia', label: 'Academia' });
  });

  it('when the turn is given under a current question, then it takes it and the summary counts it there', async () => {
    expect((await command('chair', { type: 'setCurrentQuestion', questionId: 'q2' })).status).toBe(
      200,
    );
    expect((await command('chair', { type: 'callNext' })).status).toBe(200);
    expect((await command('chair', { type: 'finishTurn' })).status).toBe(200);
    expect((await get(QUEUE)).body.queue.entries[0].questionId).toBe('q2');
    expect(await questionCounts()).toMatchObject({ q2: 1 });
  });

  it('when the chair corrects the question, then the stored turn and the summary follow', async () => {
    const answer = await command('chair', {
      type: 'setEntryQuestion',
      entryId: 'e1',
      questionId: 'q3',
    });
    expect(answer.status).toBe(200);
    expect(answer.body.queue.entries[0].questionId).toBe('q3');
    const counts = await questionCounts();
    expect(counts).toMatchObject({ q3: 1 });
    expect(counts.q2 ?? 0).toBe(0);
  });

  it('when the question id is wrong, then 400 names it and nothing changes', async () => {
    const before = (await get(QUEUE)).body.queue;
    const answer = await command('chair', {
      type: 'setEntryQuestion',
      entryId: 'e1',
      questionId: 'q99',
    });
    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe('queue.error.unknownQuestion');
    expect(answer.body.error).toContain('q99');
    expect((await get(QUEUE)).body.queue).toEqual(before);
  });

  it('when a delegate tries to correct a question, then 403 and nothing changes', async () => {
    const before = (await get(QUEUE)).body.queue;
    const answer = await command('delegate-a', {
      type: 'setEntryQuestion',
      entryId: 'e1',
      questionId: 'q1',
    });
    expect(answer.status).toBe(403);
    expect((await get(QUEUE)).body.queue).toEqual(before);
  });
});
