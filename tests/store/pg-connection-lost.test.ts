import { Client } from 'pg';
import { openPg } from '../../bot/platform/store/pg-client';
import type { SqlClient } from '../../bot/platform/store/sql-client';
import { TEST_DATABASE_URL, dropSchema } from './store-targets';

/**
 * A database restart ends every connection, including one a transaction holds between two of
 * its statements. `pg` reports that as an 'error' event on the connection; with nobody
 * listening, node ends the process. The 60-second soak found it: the service exited with code
 * 1 at its first database restart while a confirmation was between statements, and everything
 * after (decisions, the outbox) silently stopped. The transaction must fail instead, and the
 * client go on with new connections.
 */
const describeOnPostgres = TEST_DATABASE_URL ? describe : describe.skip;

describeOnPostgres('a PostgreSQL connection ended inside a transaction', () => {
  const schema = `test_lost_${Date.now().toString(36)}`;
  let db: SqlClient;
  beforeAll(async () => {
    db = await openPg(TEST_DATABASE_URL!, schema);
  });
  afterAll(async () => {
    await db.close();
    await dropSchema(TEST_DATABASE_URL!, schema);
  });

  it('when the server ends it between two statements, then the transaction fails and the next query works', async () => {
    const crashes: unknown[] = [];
    const onCrash = (error: unknown) => crashes.push(error);
    process.on('uncaughtException', onCrash);
    try {
      const outcome = await db
        .transaction(async (tx) => {
          const [row] = await tx.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
          await terminate(row!.pid);
          // The end arrives as an event while no statement runs: the moment that crashed.
          await new Promise((resolve) => setTimeout(resolve, 300));
          return tx.query('SELECT 1 AS one');
        })
        .then(
          () => 'committed',
          (error: Error) => `failed: ${error.message}`,
        );

      expect(crashes).toEqual([]);
      expect(outcome).toMatch(/^failed: /);
      expect(await db.query<{ one: number }>('SELECT 1 AS one')).toEqual([{ one: 1 }]);
    } finally {
      process.off('uncaughtException', onCrash);
    }
  });
});

/** Ends one backend from another connection, as a database restart does to all of them. */
async function terminate(pid: number): Promise<void> {
  const admin = new Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  try {
    await admin.query('SELECT pg_terminate_backend($1)', [pid]);
  } finally {
    await admin.end();
  }
}
