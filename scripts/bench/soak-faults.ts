import { readFile } from 'node:fs/promises';
import { openPg } from '../../bot/platform/store/pg-client';

/** Errors by kind ("http 503", "network"), and how many requests were made. */
export class Tally {
  requests = 0;
  readonly errors = new Map<string, number>();

  /** Runs one request, counting it and, when it fails, the kind of failure. */
  async count<T>(work: () => Promise<T>, ok: (value: T) => boolean): Promise<T | undefined> {
    this.requests += 1;
    try {
      const value = await work();
      if (!ok(value)) this.error('refused');
      return value;
    } catch (error) {
      // fetch's own failure is the connection; anything else is an answer we could not use.
      this.error(
        error instanceof TypeError && error.message === 'fetch failed' ? 'network' : 'bad answer',
      );
      return undefined;
    }
  }

  /** Answers to abusive requests, by status (0: no answer); refusals are what they should get. */
  readonly floods = new Map<string, number>();

  flood(status: number): void {
    this.requests += 1;
    const key = status === 0 ? 'connection closed' : `http ${status}`;
    this.floods.set(key, (this.floods.get(key) ?? 0) + 1);
  }

  error(kind: string): void {
    this.errors.set(kind, (this.errors.get(kind) ?? 0) + 1);
  }
}

/** The peak resident memory (VmHWM) of a process so far, in MB; 0 when it is gone. */
export async function peakRssMb(pid: number | undefined): Promise<number> {
  if (pid === undefined) return 0;
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

/**
 * A database restart as the service sees it: every connection to `databaseUrl`'s database
 * except ours is cut (pg_terminate_backend). Only that one database, never the shared server.
 */
export async function cutDatabaseConnections(databaseUrl: string): Promise<number> {
  const admin = await openPg(databaseUrl);
  try {
    const rows = await admin.query<{ cut: boolean }>(
      `SELECT pg_terminate_backend(pid) AS cut FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid()`,
    );
    return rows.filter((r) => r.cut).length;
  } finally {
    await admin.close();
  }
}

/** A fresh database on the server at `serverUrl`, and how to drop it. */
export async function freshDatabase(serverUrl: string, name: string) {
  const admin = await openPg(serverUrl);
  await admin.exec(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    drop: async () => {
      await admin.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.close();
    },
  };
}
