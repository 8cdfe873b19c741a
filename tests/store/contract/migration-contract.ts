import { listMigrations, migrate } from '../../../bot/platform/store/migrate';
import { openClient, openStore } from '../../../bot/open-store';
import type { SqlClient } from '../../../bot/platform/store/sql-client';
import { sqlStore } from '../../../bot/sql-stores';
import type { StoreTarget } from '../store-targets';
import { OPEN_TIMEOUT_MS } from './use-store';
import { anEvent } from '../store-fixtures';

/** Migrations: each file applies once per database, however often and however many open it. */
export function migrationContract(target: StoreTarget): void {
  const applied = (db: SqlClient) =>
    db.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY name');

  it(
    'when a database is opened again, then nothing is reapplied and the data remains',
    async () => {
      const database = await target.newDatabase();
      try {
        const first = await openStore(database.location);
        const event = anEvent();
        await first.events.upsert(event);
        await first.close();
        const db = await openClient(database.location);
        try {
          expect(await migrate(db)).toEqual([]);
          expect(await sqlStore(db).events.get(event.id)).toStrictEqual(event);
        } finally {
          await db.close();
        }
      } finally {
        await database.drop();
      }
    },
    OPEN_TIMEOUT_MS,
  );

  it(
    'when two instances migrate one empty database at once, then each file applies once',
    async () => {
      const files = await listMigrations();
      expect(files).toContain('001_initial.sql');
      const database = await target.newDatabase();
      const db = await openClient(database.location);
      try {
        const [one, other] = await Promise.all([migrate(db), migrate(db)]);
        expect([...one, ...other]).toEqual(files);
        expect((await applied(db)).map((r) => r.name)).toEqual(files);
      } finally {
        await db.close();
        await database.drop();
      }
    },
    OPEN_TIMEOUT_MS,
  );
}
