import { openClient } from '../bot/open-store';

/**
 * `npm run db:check`: opens the database the service would use (DATABASE_URL, else DATA_DIR)
 * without migrating or changing it, and prints the rows of each table, so a folder left by a
 * crash can be judged before the service starts on it. Exits 1 when it cannot be read.
 */
async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL;
  const dataDir = process.env.DATA_DIR ?? './data/pglite';
  const db = await openClient(databaseUrl ? { databaseUrl } : { dataDir });
  try {
    const tables = await db.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables
        WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1`,
    );
    for (const { name } of tables) {
      const [row] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${name}"`);
      process.stdout.write(`${name}: ${row?.n ?? 0} rows\n`);
    }
    process.stdout.write(`database check passed: ${tables.length} tables readable\n`);
  } finally {
    await db.close();
  }
}

main().catch((error) => {
  console.error(`database check failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
