import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { SqlClient } from './sql-client';

/** Beside this file, so `tsx` and jest find them when running from source. */
const MIGRATIONS_DIR = path.join(__dirname, 'migrations');
const MIGRATION_FILE = /^\d{3}_[a-z0-9_-]+\.sql$/;
/** Any constant works, as long as every instance of the service uses the same one. */
const MIGRATION_LOCK = 7_402_911;

/** The numbered migration files, in the order they apply. */
export async function listMigrations(): Promise<string[]> {
  return (await readdir(MIGRATIONS_DIR)).filter((f) => MIGRATION_FILE.test(f)).sort();
}

/**
 * Applies the migration files not yet recorded in `schema_migrations`, all in one transaction
 * under an advisory lock, so instances starting together on one PostgreSQL take turns instead
 * of applying a file twice. Returns the files it applied, in order. `until` (a file name)
 * stops after that file, so tests can put data in the shape an older version left.
 */
export async function migrate(db: SqlClient, until?: string): Promise<string[]> {
  const files = (await listMigrations()).filter((f) => until === undefined || f <= until);
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    // Only under the lock: concurrent CREATE TABLE IF NOT EXISTS can still collide.
    await tx.exec(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
         name text PRIMARY KEY,
         applied_at timestamptz NOT NULL DEFAULT now()
       )`,
    );
    const rows = await tx.query<{ name: string }>('SELECT name FROM schema_migrations');
    const done = new Set(rows.map((r) => r.name));
    const pending = files.filter((f) => !done.has(f));
    for (const file of pending) {
      await tx.exec(await readFile(path.join(MIGRATIONS_DIR, file), 'utf8'));
      await tx.query('INSERT INTO schema_migrations (name) VALUES ($1)', [file]);
    }
    return pending;
  });
}
