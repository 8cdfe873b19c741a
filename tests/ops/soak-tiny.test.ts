import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const ROOT = path.resolve(__dirname, '..', '..');

/** A few seconds of `npm run bench:soak`, so the soak itself keeps working (issue 25). */
describe('bench:soak for a few seconds on PGlite', () => {
  it('completes and reports no registration or queue change lost or doubled', async () => {
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
        },
        maxBuffer: 10 * 1024 * 1024,
      },
    );
    console.info(stdout);
    expect(stdout).toMatch(/registrations lost: 0, doubled: 0/);
    expect(stdout).toMatch(/queue changes acknowledged: \d+, lost: 0, doubled: 0/);
    expect(stdout).toMatch(/peak rss of the service: \d+ MB/);
    expect(stdout).toMatch(
      /outbox when the load stopped: \d+ waiting for the rate limit, \d+ held/,
    );
  }, 600_000);
});
