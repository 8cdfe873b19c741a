import { runBench } from '../support/run-bench';

/**
 * `npm run bench:chat` is how issue 18's figures are taken; nothing else runs it. A tiny run
 * (two sizes, a few milliseconds a cell) must still print a row for every hostile input at
 * every size, with both timings and their ratio. No figure is compared with a threshold.
 */
describe('bench:chat on a tiny run', () => {
  let rows: string[][];
  beforeAll(async () => {
    const run = await runBench(
      'scripts/bench/bench-chat.ts',
      { ...process.env, BENCH_CHAT_MS: '5', BENCH_CHAT_SIZES: '256,4000' },
      120_000,
    );
    rows = run.stdout
      .split('\n')
      .slice(2)
      .filter((line) => line.trim() !== '')
      .map((line) => line.trim().split(/\s{2,}/));
  }, 130_000);

  it('when it runs, then every hostile input is timed at every size beside split, with the ratio', () => {
    expect(rows).toHaveLength(6 * 2);
    for (const [input, chars, read, split, ratio] of rows) {
      expect(input).toBeTruthy();
      for (const figure of [chars, read, split, ratio])
        expect(Number(figure)).toBeGreaterThanOrEqual(0);
    }
    expect(rows.map((row) => row[0])).toContain('breakout a…a#');
  });
});
