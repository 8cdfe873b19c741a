import { Pool, type PoolClient, type QueryResultRow } from 'pg';
import { PgListener } from './pg-listener';
import type { SqlClient } from './sql-client';

/** Schema names `openPg` accepts; it is put into a connection option, so no quoting games. */
export const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Taken while creating a schema, since concurrent CREATE SCHEMA IF NOT EXISTS can collide. */
const SCHEMA_LOCK = 7_402_910;

/**
 * PostgreSQL through a `pg` pool. `schema` (tests give each run its own) puts every
 * connection's search path on that schema alone, and is created if missing.
 */
export async function openPg(databaseUrl: string, schema?: string): Promise<SqlClient> {
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new Error(`Invalid schema name "${schema}": use lower-case letters, digits and _`);
  }
  const client = poolClient(databaseUrl, schema);
  if (schema === undefined) return client;
  try {
    await client.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
      await tx.exec(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    });
  } catch (error) {
    await client.close();
    throw error;
  }
  return client;
}

function poolClient(databaseUrl: string, schema: string | undefined): SqlClient {
  const connection = {
    connectionString: databaseUrl,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  };
  const pool = new Pool({ ...connection, max: 10 });
  const priority = new Pool({ ...connection, max: 2 });
  const listener = new PgListener(connection);
  // An idle connection that breaks (database restart) is dropped by the pool; the next query
  // opens a new one or fails, which ping reports. Without a listener the process would exit.
  pool.on('error', () => undefined);
  priority.on('error', () => undefined);
  return {
    query: async <T>(text: string, params: readonly unknown[] = []) =>
      (await pool.query<QueryResultRow>(text, [...params])).rows as T[],
    exec: async (script) => {
      await pool.query(script);
    },
    transaction: async (work) => {
      const client = await pool.connect();
      let broken = false;
      // The pool listens for errors only while a connection is idle. One that ends while held
      // here (a database restart between two statements) would otherwise end the process;
      // the transaction's next statement fails instead, and the connection is not reused.
      const lost = () => {
        broken = true;
      };
      client.on('error', lost);
      try {
        await client.query('BEGIN');
        const result = await work(onConnection(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {
          broken = true;
        });
        throw error;
      } finally {
        // A connection that could not even roll back is destroyed rather than reused.
        client.off('error', lost);
        client.release(broken);
      }
    },
    listen: (channel, onPayload) => listener.listen(channel, onPayload),
    close: async () => {
      await listener.close();
      await Promise.all([pool.end(), priority.end()]);
    },
    priority: {
      query: async <T>(text: string, params: readonly unknown[] = []) =>
        (await priority.query<QueryResultRow>(text, [...params])).rows as T[],
    },
  };
}

function onConnection(client: PoolClient): SqlClient {
  return {
    query: async <T>(text: string, params: readonly unknown[] = []) =>
      (await client.query<QueryResultRow>(text, [...params])).rows as T[],
    exec: async (script) => {
      await client.query(script);
    },
    transaction: (work) => work(onConnection(client)),
    listen: () => Promise.reject(new Error('listen is not available inside a transaction')),
    close: async () => undefined,
  };
}
