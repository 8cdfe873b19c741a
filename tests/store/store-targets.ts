import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openPg } from '../../bot/platform/store/pg-client';
import type { StoreLocation } from '../../bot/open-store';

/** A database of its own for a test: where it is, and how to remove it afterwards. */
export interface TestDatabase {
  location: StoreLocation;
  drop(): Promise<void>;
}

/** One kind of database the contract suite runs against. */
export interface StoreTarget {
  name: string;
  /** A new, empty database that no other test or jest worker touches. */
  newDatabase(): Promise<TestDatabase>;
}

/** The PostgreSQL server for tests, if one is configured. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;

/** Embedded PGlite in a temporary folder, so a test can close and reopen it like production. */
export const pgliteTarget: StoreTarget = {
  name: 'PGlite',
  async newDatabase() {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'store-test-'));
    return { location: { dataDir }, drop: () => rm(dataDir, { recursive: true, force: true }) };
  },
};

/** PostgreSQL at `databaseUrl`, in a random schema per database, dropped afterwards. */
export function postgresTarget(databaseUrl: string): StoreTarget {
  return {
    name: 'PostgreSQL',
    async newDatabase() {
      const schema = `test_${randomBytes(6).toString('hex')}`;
      return { location: { databaseUrl, schema }, drop: () => dropSchema(databaseUrl, schema) };
    },
  };
}

/** Removes a test's (or a benchmark's) schema and everything in it. */
export async function dropSchema(databaseUrl: string, schema: string): Promise<void> {
  const db = await openPg(databaseUrl);
  try {
    await db.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await db.close();
  }
}
