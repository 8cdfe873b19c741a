import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { openStore } from '../../bot/open-store';
import { startServiceProcess } from './service-process';

const ROOT = path.resolve(__dirname, '..', '..');

/** `npm run db:check` on a folder: its exit code and what it printed. */
async function dbCheck(dataDir: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'scripts/db-check.ts'],
      { cwd: ROOT, env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir } },
    );
    return { code: 0, output: stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: `${failed.stdout}${failed.stderr}` };
  }
}

describe('A damaged embedded database folder', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'damaged-'));
    const store = await openStore({ dataDir });
    await store.close();
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('when the folder is sound, then db:check reads every table and passes', async () => {
    const check = await dbCheck(dataDir);
    expect(check.code).toBe(0);
    expect(check.output).toMatch(/registrations: 0 rows/);
    expect(check.output).toContain('database check passed');
  }, 120_000);

  it('when its control file is damaged, then the service refuses to start, says how to recover and leaves the folder as it was', async () => {
    const control = path.join(dataDir, 'global', 'pg_control');
    await writeFile(control, Buffer.alloc(8192, 0x41));
    await expect(startServiceProcess({ DATA_DIR: dataDir, LOG_LEVEL: 'info' })).rejects.toThrow(
      /cannot be opened[\s\S]*npm run db:check[\s\S]*backup/,
    );
    expect(await readFile(control)).toEqual(Buffer.alloc(8192, 0x41));
    const check = await dbCheck(dataDir);
    expect([check.code, check.output]).toEqual([
      1,
      expect.stringContaining('database check failed'),
    ]);
  }, 120_000);
});
