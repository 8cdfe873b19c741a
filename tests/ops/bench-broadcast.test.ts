import { runBench } from '../support/run-bench';
import { TEST_DATABASE_URL } from '../store/store-targets';

/**
 * `npm run bench:broadcast` takes the outbox's figures and nothing else runs it. A tiny run
 * must still finish both passes (uninterrupted, worker killed halfway) on every database with
 * every message delivered and none lost. Duplicates and timings are not compared: a short
 * lease on a loaded machine re-sends by design, and timings here are noise.
 */
describe('bench:broadcast on a tiny load', () => {
  let output: string;
  beforeAll(async () => {
    const run = await runBench(
      'scripts/bench/bench-broadcast.ts',
      {
        ...process.env,
        BENCH_PEOPLE: '6',
        BENCH_LEASE_MS: '3000',
        BENCH_DATABASE_URL: TEST_DATABASE_URL ?? '',
        BENCH_DATABASES: '',
      },
      600_000,
    );
    output = run.stdout;
  }, 610_000);

  it('when it runs, then both passes run on every database', () => {
    const passes = output.split('\n').filter((line) => /^ {2}\S.* · /.test(line));
    const databases = ['pglite (in memory)', 'pglite (on disk)'];
    if (TEST_DATABASE_URL) databases.push('postgresql');
    expect(passes.map((line) => line.trim())).toEqual(
      databases.flatMap((db) => [
        `uninterrupted · ${db}`,
        `worker killed halfway, new worker started · ${db}`,
      ]),
    );
  });

  it('when it runs, then every message is delivered and none is lost', () => {
    const delivered = output.split('\n').filter((line) => line.trim().startsWith('delivered'));
    expect(delivered.length).toBeGreaterThan(0);
    for (const line of delivered)
      expect(line).toMatch(/delivered\s+12 distinct of 12; .* losses 0$/);
  });

  it('when it runs, then each pass prints its peak memory', () => {
    expect(output.match(/peak memory\s+\d+ MB/g)).toHaveLength(TEST_DATABASE_URL ? 6 : 4);
  });
});
