import { openStore } from '../../../bot/open-store';
import type { Store } from '../../../bot/stores';
import type { StoreTarget, TestDatabase } from '../store-targets';

/** Creating a PGlite data folder runs initdb: seconds, more when jest runs files in parallel. */
export const OPEN_TIMEOUT_MS = 60_000;

/** Opens one migrated store on a new database for the enclosing describe; removes it after. */
export function useStore(target: StoreTarget): () => Store {
  let database: TestDatabase | undefined;
  let store: Store | undefined;
  beforeAll(async () => {
    database = await target.newDatabase();
    store = await openStore(database.location);
  }, OPEN_TIMEOUT_MS);
  afterAll(async () => {
    await store?.close();
    await database?.drop();
  });
  return () => {
    if (!store) throw new Error('The store did not open; see the beforeAll error');
    return store;
  };
}
