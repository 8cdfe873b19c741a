/**
 * The little the SQL store needs from a database: parameterised queries, scripts of several
 * statements (migrations) and transactions. PGlite and a `pg` pool both fit behind it.
 */
export interface SqlClient {
  /** Runs one statement with `$1`-style parameters and returns its rows. */
  query<T = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(script: string): Promise<void>;
  /** Runs `work` in one transaction on one connection; rolls back if it throws. */
  transaction<T>(work: (tx: SqlClient) => Promise<T>): Promise<T>;
  /**
   * Follows NOTIFY on `channel`: `onPayload(payload)` for each one after its transaction
   * commits, and `onPayload(undefined)` when some may have been missed (the listening
   * connection broke and came back). Returns the function that stops listening.
   */
  listen(
    channel: string,
    onPayload: (payload: string | undefined) => void,
  ): Promise<() => Promise<void>>;
  close(): Promise<void>;
  /**
   * Connections of their own for short writes that must not wait behind the request traffic
   * for one of the pool's (the outbox's "sent" marks: until it is saved, a kill resends the
   * message). Only a pool has it; PGlite's one session has no other lane (decision 040).
   */
  readonly priority?: Pick<SqlClient, 'query'>;
}

/**
 * The NOTIFY channel of one kind of change. Channels are database-wide, so a store in its own
 * schema (tests, benchmarks) gets channels of its own.
 */
export function changeChannel(kind: string, schema?: string): string {
  return schema ? `${kind}_${schema}` : kind;
}
