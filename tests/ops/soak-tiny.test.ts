import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { TEST_DATABASE_URL } from '../store/store-targets';

const ROOT = path.resolve(__dirname, '..', '..');

/** A few seconds of `npm run bench:soak`, so the soak itself keeps working (issue 25). */
async function soak(env: Record<string, string>): Promise<string> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', 'scripts/bench/bench-soak.ts'],
    {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        SOAK_SECONDS: '4',
        SOAK_DRAIN_SECONDS: '0',
        ...env,
      },
      maxBuffer: 10 * 1024 * 1024,
    },
  );
  console.info(stdout);
  return stdout;
}

function expectNothingLost(stdout: string): void {
  expect(stdout).toMatch(/service exits the soak did not cause: 0\n/);
  expect(stdout).toMatch(/registrations lost: 0, doubled: 0/);
  expect(stdout).toMatch(/queue changes acknowledged: \d+, lost: 0, doubled: 0/);
  expect(stdout).toMatch(/peak rss of the service: \d+ MB/);
  expect(stdout).toMatch(/outbox when the load stopped: \d+ waiting for the rate limit, \d+ held/);
}

describe('bench:soak for a few seconds on PGlite', () => {
  it('completes and reports no crash, and no registration or queue change lost or doubled', async () => {
    expectNothingLost(await soak({}));
  }, 600_000);
});

const describeOnPostgres = TEST_DATABASE_URL ? describe : describe.skip;

/** With its database restarts: the fault that once ended the service (pg-connection-lost). */
describeOnPostgres('bench:soak for a few seconds on PostgreSQL', () => {
  it('completes through a database restart with no crash, nothing lost or doubled', async () => {
    // Twelve seconds: the restart after the first kill takes seconds on a loaded machine, and
    // the database restart comes one slice (a fifth of the run) after it.
    const stdout = await soak({ SOAK_DATABASE_URL: TEST_DATABASE_URL!, SOAK_SECONDS: '12' });
    expect(stdout).toMatch(/database restart \(\d+ connections cut\)/);
    expectNothingLost(stdout);
  }, 600_000);
});
