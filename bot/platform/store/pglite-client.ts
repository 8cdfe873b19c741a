import { mkdir } from 'node:fs/promises';
import { PGlite, types, type Transaction } from '@electric-sql/pglite';
import { initdbInChild } from './pglite-initdb';
import { letTheLoopTurn } from './loop-turns';
import type { SqlClient } from './sql-client';

/** The `dataDir` that keeps the embedded database in memory only (tests, benchmarks). */
export const IN_MEMORY = 'memory://';

// PGlite's own bytea conversion goes byte by byte: about 9 s for a 10 MB statement file, during
// which the single session answers nobody. Buffer's hex codec does it in well under a second.
const BYTEA = {
  serializers: {
    [types.BYTEA]: (bytes: unknown) => {
      if (!(bytes instanceof Uint8Array)) throw new TypeError('bytea parameter must be bytes');
      return `\\x${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex')}`;
    },
  },
  parsers: {
    [types.BYTEA]: (text: string) => new Uint8Array(Buffer.from(text.slice(2), 'hex')),
  },
};

/**
 * PostgreSQL's settings inside PGlite, with 16 MB of shared buffers instead of its 128 MB: the
 * wasm heap never shrinks, so what the buffers once touch stays resident (250 MB against 370 MB
 * after a small load). The folder's files are still cached by the operating system.
 */
const START_PARAMS = [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'];

/**
 * The embedded database folder exists but cannot be opened. The service refuses to start on
 * it rather than start empty beside it; the message says how to recover.
 */
export class DamagedDataError extends Error {
  constructor(dataDir: string, cause: unknown) {
    super(
      `The embedded database in ${dataDir} cannot be opened (${String(cause)}). ` +
        'Nothing was changed. Stop the service, keep a copy of the folder, run ' +
        '`DATA_DIR=<folder> npm run db:check` to see what it holds, and restore the folder from ' +
        'your last backup if the check fails (docs/decisions/012-embedded-database-durability.md).',
      { cause },
    );
  }
}

/** The embedded database's client, which can also copy its whole folder out as a tar. */
export interface PgliteClient extends SqlClient {
  /** The database folder as an uncompressed tar, to start another in-memory copy from. */
  dump(): Promise<Blob>;
}

/**
 * The embedded database: PostgreSQL compiled to WebAssembly, in the folder `dataDir` or in
 * memory. One session: PGlite queues concurrent queries, and a transaction holds the rest back.
 * `from` (a `dump()` of another one) starts it from that copy instead of a new initdb, which
 * takes seconds: tests start many in-memory databases from one migrated copy.
 */
export async function openPglite(dataDir: string, from?: Blob): Promise<PgliteClient> {
  if (!dataDir.startsWith(IN_MEMORY)) {
    await mkdir(dataDir, { recursive: true });
    // A failure here leaves the folder empty; the open below then creates it in this process.
    await initdbInChild(dataDir).catch(() => undefined);
  }
  const options = { ...BYTEA, startParams: START_PARAMS, ...(from ? { loadDataDir: from } : {}) };
  const db = await PGlite.create(dataDir, options).catch((error: unknown) => {
    throw new DamagedDataError(dataDir, error);
  });
  return {
    ...session(db),
    // One process holds the embedded database, so its own NOTIFY is all there is to hear.
    listen: async (channel, onPayload) => {
      const stop = await db.listen(channel, onPayload);
      return async () => {
        if (!db.closed) await stop();
      };
    },
    close: () => db.close(),
    dump: () => db.dumpDataDir('none'),
  };
}

/** One session's statements, each after letting the event loop turn if it has waited long. */
function session(db: PGlite | Transaction): SqlClient {
  return {
    query: async <T>(text: string, params: readonly unknown[] = []) => {
      await letTheLoopTurn();
      return (await db.query<T>(text, [...params])).rows;
    },
    exec: async (script) => {
      await letTheLoopTurn();
      await db.exec(script);
    },
    transaction: (work) =>
      'transaction' in db
        ? db.transaction((tx) => work(session(tx)))
        : // Already inside one: the inner work joins it, as on PostgreSQL.
          work(session(db)),
    listen: () => Promise.reject(new Error('listen is not available inside a transaction')),
    close: async () => undefined,
  };
}
