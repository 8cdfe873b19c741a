import { runBench } from '../support/run-bench';
import { TEST_DATABASE_URL } from '../store/store-targets';

/**
 * `npm run bench:fanout` takes issue 25's figures and nothing else runs it (it once failed at
 * once, every viewer being one person over the stream cap). A tiny run must still finish each
 * rung (every database, and with a test database two instances over PostgreSQL) with frames
 * delivered, none missed, and one person's fifth stream refused. No timing is compared.
 */
describe('bench:fanout on a tiny load', () => {
  let rows: string[][];
  beforeAll(async () => {
    const run = await runBench(
      'scripts/bench/bench-fanout.ts',
      {
        ...process.env,
        BENCH_CLIENTS: '6',
        BENCH_CHANGES: '4',
        BENCH_MEETINGS: '2',
        BENCH_INSTANCES: '2',
        BENCH_CHAIR_PAUSE_MS: '50',
        BENCH_DATABASE_URL: TEST_DATABASE_URL ?? '',
        BENCH_DATABASES: '',
      },
      600_000,
    );
    rows = run.stdout
      .split('\n')
      .filter((line) => /^ {2}\d+x\d+ on \d+ · /.test(line))
      .map((line) => line.split(/\s{2,}/).filter(Boolean));
  }, 610_000);

  it('when it runs, then every rung is measured: each database, and two instances on PostgreSQL back to back and paced', () => {
    const labels = rows.map((row) => row[0]);
    const expected = ['1x6 on 1 · pglite (in memory)', '1x6 on 1 · pglite (on disk)'];
    if (TEST_DATABASE_URL)
      expected.push(
        '1x6 on 1 · postgresql',
        '2x6 on 2 · postgresql',
        '2x6 on 2 · postgresql · chairs 50 ms apart',
      );
    expect(labels).toEqual(expected);
  });

  it('when it runs, then every viewer gets every change and misses none', () => {
    for (const [label, , , , , frames, missed] of rows) {
      const meetings = Number(/^(\d+)x/.exec(label!)![1]);
      expect({ label, frames: Number(frames), missed }).toEqual({
        label,
        frames: meetings * 6 * 4,
        missed: '0',
      });
    }
  });

  it('when one person opens a fifth stream, then it is refused with 429', () => {
    for (const row of rows) expect(row.find((cell) => cell.startsWith('HTTP '))).toBe('HTTP 429');
  });
});
