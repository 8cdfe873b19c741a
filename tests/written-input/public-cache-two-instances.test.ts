import { EVENT_ID } from '../conversation/journey-helpers';
import { TEST_OUTBOX } from '../outbox/outbox-helpers';
import { startBot, type BotHarness } from '../support/bot-harness';
import { TEST_DATABASE_URL, postgresTarget, type TestDatabase } from '../store/store-targets';
import { seedStatements } from './input-scene';

const PAGE = `/events/${EVENT_ID}/inputs`;
const NOW = '2024-02-29T15:00:00Z';
const describeOnPostgres = TEST_DATABASE_URL ? describe : describe.skip;

/** Asks until `seen` holds, for a notice that crosses instances after a commit (bounded). */
async function eventually(ask: () => Promise<string>, seen: (page: string) => boolean) {
  let page = '';
  for (let i = 0; i < 200 && !seen(page); i += 1) {
    if (i > 0) await new Promise((resolve) => setTimeout(resolve, 25));
    page = await ask();
  }
  return page;
}

/**
 * Two instances on one PostgreSQL, each keeping the public page of an event: a review or an
 * author's edit on one reaches the page kept by the other (LISTEN/NOTIFY), never left stale.
 */
describeOnPostgres('Published written input kept on two instances', () => {
  let database: TestDatabase;
  let a: BotHarness;
  let b: BotHarness;
  let scene: Awaited<ReturnType<typeof seedStatements>>;
  const page = (bot: BotHarness) => fetch(`${bot.baseUrl}${PAGE}`).then((r) => r.text());

  beforeAll(async () => {
    database = await postgresTarget(TEST_DATABASE_URL!).newDatabase();
    a = await startBot({ now: NOW, location: database.location, outbox: TEST_OUTBOX });
    b = await startBot({ now: NOW, location: database.location, outbox: TEST_OUTBOX });
    scene = await seedStatements(a);
  }, 240_000);
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await database?.drop();
  });

  it('when a statement is published on A, then the page B kept shows it', async () => {
    expect(await page(b)).toContain('0 published statements');
    expect(await page(b)).toContain('0 published statements'); // now kept by B
    const reviewed = await fetch(
      `${a.baseUrl}/api/events/${EVENT_ID}/inputs/${scene.inputs.academia.id}/review`,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Dev-User': 'chair' },
        body: JSON.stringify({ decision: 'publish' }),
      },
    );
    expect(reviewed.status).toBe(200);
    expect(
      await eventually(
        () => page(b),
        (p) => p.includes('Institute for Cyber Policy'),
      ),
    ).toContain('1 published statement');
  });

  it("when the author's organization is edited on A, then the page B kept shows the new name", async () => {
    const author = await a.store.registrations.findByUser(
      EVENT_ID,
      scene.people.academia.tenantId,
      scene.people.academia.aadObjectId,
    );
    const saved = await a.store.registrations.update({
      ...author!,
      organization: 'Institute for Digital Policy',
      version: author!.version + 1,
    });
    expect(saved).not.toBe('conflict');
    const shown = await eventually(
      () => page(b),
      (p) => p.includes('Institute for Digital Policy'),
    );
    expect(shown).toContain('Institute for Digital Policy');
    expect(shown).not.toContain('Institute for Cyber Policy');
  });
});
