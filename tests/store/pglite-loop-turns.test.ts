import { IN_MEMORY, openPglite, type PgliteClient } from '../../bot/platform/store/pglite-client';

/**
 * PGlite answers each query synchronously, so a long chain of awaited queries (a "confirm all
 * pending" over thousands of registrations) kept the event loop from turning for over a second:
 * no request, stream or connector answer was read meanwhile, and a kill then resent the
 * connector's answered messages. The chain must let the loop turn while it runs.
 */
describe('a long chain of PGlite queries', () => {
  let db: PgliteClient;
  beforeAll(async () => {
    db = await openPglite(IN_MEMORY);
  });
  afterAll(async () => {
    await db.close();
  });

  it('when it runs for a while, then a timer set at its start fires before it ends', async () => {
    let timerFiredAt: number | undefined;
    setTimeout(() => (timerFiredAt = performance.now()), 0);
    const started = performance.now();
    let queries = 0;
    // Long enough for many turns; ordering, not timing, is what is checked.
    while (performance.now() - started < 300) {
      await db.query('SELECT 1');
      queries += 1;
    }
    const endedAt = performance.now();

    expect(queries).toBeGreaterThan(10);
    expect(timerFiredAt).toBeDefined();
    expect(timerFiredAt!).toBeLessThan(endedAt);
  });

  it('when a transaction runs a long chain, then the loop turns inside it too and the work commits', async () => {
    let timerFired = false;
    await db.exec('CREATE TABLE IF NOT EXISTS turns (n integer)');
    const firedInside = await db.transaction(async (tx) => {
      setTimeout(() => (timerFired = true), 0);
      const started = performance.now();
      while (performance.now() - started < 300) await tx.query('INSERT INTO turns VALUES (1)');
      return timerFired;
    });

    expect(firedInside).toBe(true);
    const [row] = await db.query<{ n: number }>('SELECT count(*)::integer AS n FROM turns');
    expect(row!.n).toBeGreaterThan(10);
  });
});
