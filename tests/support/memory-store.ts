import { createHash } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { listMigrations, migrate } from '../../bot/platform/store/migrate';
import { IN_MEMORY, openPglite } from '../../bot/platform/store/pglite-client';
import { sqlStore } from '../../bot/sql-stores';
import type { Store } from '../../bot/stores';

const MIGRATIONS_DIR = path.join(__dirname, '../../bot/platform/store/migrations');

/** The migrated copy's file, named by the migrations' contents: a changed file makes a new one. */
async function snapshotPath(): Promise<string> {
  const hash = createHash('sha256');
  for (const file of await listMigrations()) {
    hash.update(file).update(await readFile(path.join(MIGRATIONS_DIR, file)));
  }
  return path.join(tmpdir(), `usm-pglite-migrated-${hash.digest('hex').slice(0, 16)}.tar`);
}

/**
 * A new, empty, migrated embedded database in memory, as `openStore({ dataDir: IN_MEMORY })`
 * gives, started from a migrated copy kept in the temporary folder. PGlite's initdb and the
 * migrations take several seconds of CPU per database, and most test files start one or more:
 * on a loaded machine that alone ran past the 30 s hook timeout. The first call on a machine
 * (or after a migration changed) builds the copy; the migrations still run after loading, so a
 * stale copy would only be slower, never wrong.
 */
export async function openMemoryStore(): Promise<Store> {
  const file = await snapshotPath();
  const saved = await readFile(file).catch(() => undefined);
  const db = await openPglite(IN_MEMORY, saved ? new Blob([saved]) : undefined);
  try {
    await migrate(db);
    if (!saved) {
      // Written aside, then renamed: parallel workers never read half a file.
      const partial = `${file}.${process.pid}.partial`;
      await writeFile(partial, Buffer.from(await (await db.dump()).arrayBuffer()));
      await rename(partial, file);
    }
  } catch (error) {
    await db.close();
    throw error;
  }
  return sqlStore(db);
}
