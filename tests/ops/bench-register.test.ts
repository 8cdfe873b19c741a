import { runBench } from '../support/run-bench';
import { TEST_DATABASE_URL } from '../store/store-targets';

/**
 * `npm run bench:register` is how issue 10's figures are taken; nothing else runs it, so a
 * change that breaks it would go unseen until the next measurement. A tiny run (a few
 * people, one round) must still finish and print every figure with every registration
 * landing exactly once, on PGlite in memory and on disk and, with a test database, on
 * PostgreSQL with one and two instances. No figure is compared with a threshold: timings on a shared machine are noise.
 */
describe('bench:register on a tiny load', () => {
  let output: string;
  /** The Teams passes (the Direct Line pass comes after them). */
  let teams: string;
  beforeAll(async () => {
    const run = await runBench(
      'scripts/bench/bench-register.ts',
      {
        ...process.env,
        BENCH_PEOPLE: '12',
        BENCH_CONCURRENCY: '4',
        BENCH_THINK_MS: '20',
        BENCH_ROUNDS: '1',
        BENCH_WARMUP: '3',
        BENCH_DATABASE_URL: TEST_DATABASE_URL ?? '',
        BENCH_INSTANCES: '2',
        BENCH_DATABASES: '',
      },
      600_000,
    );
    output = run.stdout;
    teams = output.split('direct line (paced)')[0]!;
  }, 610_000);

  it('when it runs, then every pass prints app and baseline side by side, each exactly once', () => {
    const passes = teams.split('\n').filter((line) => / · .* · \d+ instances?$/.test(line));
    expect(passes).toHaveLength(TEST_DATABASE_URL ? 8 : 4);
    expect(passes.filter((line) => line.includes('pglite (on disk)'))).toHaveLength(2);
    const once = teams.split('\n').filter((line) => line.trim().startsWith('exactly once'));
    expect(once).toHaveLength(passes.length);
    for (const line of once) expect(line.trim().split(/\s+/).slice(2)).toEqual(['yes', 'yes']);
    const lines = teams.split('\n').map((line) => line.trim());
    for (const row of ['registrations/s', 'open p99 ms', 'submit p99 ms', 'CPU ms/', 'peak RSS MB'])
      expect(lines.filter((line) => line.startsWith(row))).toHaveLength(passes.length);
  });

  it('when it runs, then the same people register through the Direct Line stand-in, exactly once, with each figure beside the Teams pass', () => {
    const lines = output.split('\n').map((line) => line.trim());
    const at = lines.findIndex((line) =>
      line.startsWith('direct line (paced) · pglite (in memory)'),
    );
    expect(at).toBeGreaterThan(0);
    const web = lines.slice(at);
    expect(web[1]?.split(/\s+/)).toEqual(['teams', 'web', 'web/teams']);
    const row = (name: string) => web.find((line) => line.startsWith(name))?.split(/\s+/) ?? [];
    expect(row('exactly once').slice(2)).toEqual(['yes', 'yes']);
    for (const name of ['registrations/s', 'open p99 ms', 'submit p99 ms', 'CPU ms/registration'])
      expect(row(name).at(-1)).toMatch(/^\d+\.\d\d$/);
  });

  it('when it runs, then it names the statements a registration costs the app', () => {
    expect(output).toContain('app statements per registration');
    expect(output).toMatch(/\d\.\d\d {2}.*INSERT INTO registrations/);
  });
});
