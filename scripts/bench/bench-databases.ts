import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { IN_MEMORY, type StoreLocation } from '../../bot/open-store';
import { dropSchema } from '../../tests/store/store-targets';

/** A database kind a benchmark runs on, and how its table names it. */
export interface BenchDatabase {
  kind: 'memory' | 'disk' | 'postgresql';
  label: string;
  /** Whether several service instances can share it (only PostgreSQL: PGlite is one process). */
  shared: boolean;
}

/** One fresh database of a kind for one pass: where it is, and how to remove it afterwards. */
export interface FreshDatabase {
  location: StoreLocation;
  /** The same location for a forked bench-server.ts (BENCH_DATABASE_URL/SCHEMA, BENCH_DATA_DIR). */
  env: Record<string, string>;
  drop(): Promise<void>;
}

const ALL: readonly BenchDatabase[] = [
  { kind: 'memory', label: 'pglite (in memory)', shared: false },
  { kind: 'disk', label: 'pglite (on disk)', shared: false },
  { kind: 'postgresql', label: 'postgresql', shared: true },
];

/**
 * The databases every benchmark runs on: PGlite in memory, PGlite on disk in a temporary
 * folder (what `npm start` uses, DATA_DIR), and PostgreSQL when BENCH_DATABASE_URL is set.
 * BENCH_DATABASES (e.g. `disk,postgresql`) keeps only some of them.
 */
export function benchDatabases(env: NodeJS.ProcessEnv = process.env): BenchDatabase[] {
  const wanted = (env.BENCH_DATABASES ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return ALL.filter(
    (db) =>
      (db.kind !== 'postgresql' || Boolean(env.BENCH_DATABASE_URL)) &&
      (wanted.length === 0 || wanted.includes(db.kind)),
  );
}

/** A new, empty database of `db`'s kind: its own temporary folder or its own schema. */
export async function freshDatabase(db: BenchDatabase, name: string): Promise<FreshDatabase> {
  switch (db.kind) {
    case 'memory':
      return { location: { dataDir: IN_MEMORY }, env: {}, drop: async () => undefined };
    case 'disk': {
      const dataDir = await mkdtemp(path.join(tmpdir(), `${name}-`));
      return {
        location: { dataDir },
        env: { BENCH_DATA_DIR: dataDir },
        drop: () => rm(dataDir, { recursive: true, force: true }),
      };
    }
    case 'postgresql': {
      const databaseUrl = process.env.BENCH_DATABASE_URL!;
      const schema = `${name}_${Date.now()}`.replace(/[^a-z0-9_]/gi, '_').toLowerCase();
      return {
        location: { databaseUrl, schema },
        env: { BENCH_DATABASE_URL: databaseUrl, BENCH_SCHEMA: schema },
        drop: () => dropSchema(databaseUrl, schema),
      };
    }
  }
}

/** The highest resident memory a process has had (VmHWM), in MiB; NaN where /proc is absent. */
export async function peakRssMb(pid: number | undefined): Promise<number> {
  try {
    const status = await readFile(`/proc/${pid ?? 'self'}/status`, 'utf8');
    const kb = /^VmHWM:\s+(\d+) kB/m.exec(status)?.[1];
    return kb ? Number(kb) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}
