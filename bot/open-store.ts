import { migrate } from './platform/store/migrate';
import { openPg } from './platform/store/pg-client';
import { IN_MEMORY, openPglite } from './platform/store/pglite-client';
import type { SqlClient } from './platform/store/sql-client';
import { sqlStore } from './sql-stores';
import type { Store } from './stores';

export { IN_MEMORY };

/**
 * Where the data lives: PostgreSQL at `databaseUrl` (optionally in its own `schema`, created
 * if missing: tests use one per run), or embedded PGlite in the folder `dataDir`, created if
 * missing. `dataDir: 'memory://'` (IN_MEMORY) keeps it in memory, for tests and benchmarks.
 */
export type StoreLocation = { databaseUrl: string; schema?: string } | { dataDir: string };

/** Opens the database, applies pending migrations, and returns the store. */
export async function openStore(location: StoreLocation): Promise<Store> {
  const db = await openClient(location);
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return sqlStore(db, 'schema' in location ? location.schema : undefined);
}

/** The SQL client for a location, not yet migrated (`openStore` is what services want). */
export async function openClient(location: StoreLocation): Promise<SqlClient> {
  // Checked at run time too: a location built from configuration may carry an empty value.
  if ('databaseUrl' in location && location.databaseUrl) {
    return openPg(location.databaseUrl, location.schema);
  }
  if ('dataDir' in location && location.dataDir) return openPglite(location.dataDir);
  throw new Error(`openStore needs a databaseUrl or a dataDir ('${IN_MEMORY}' for memory)`);
}
