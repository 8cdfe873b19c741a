import { execFile } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { promisify } from 'node:util';

const run = promisify(execFile);

// Creates the folder's database with PGlite and exits; the path of PGlite comes as argv[1].
const CREATE = `
  const { PGlite } = require(process.argv[1]);
  PGlite.create(process.argv[2]).then((db) => db.close()).then(
    () => process.exit(0),
    (error) => { console.error(String(error)); process.exit(1); });`;

/**
 * Creates the embedded database in a new (missing or empty) folder in a short-lived child
 * process. PGlite's initdb runs a second PostgreSQL instance and a tar copy of the new folder
 * beside the first, about 650 MB more for a few seconds; in the service's own process that
 * memory stayed resident for the process's life (measured: 690 MB resident afterwards
 * against 250 MB when the folder already existed). Leaves a folder that has anything in it
 * alone: opening it decides whether it is a database or damaged.
 */
export async function initdbInChild(dataDir: string): Promise<void> {
  const entries = await readdir(dataDir).catch(() => undefined);
  if (entries && entries.length > 0) return;
  await run(process.execPath, ['-e', CREATE, require.resolve('@electric-sql/pglite'), dataDir], {
    // Only what node needs: no configuration or secrets of the service.
    env: { PATH: process.env.PATH ?? '' },
  });
}
