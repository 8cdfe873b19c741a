import { randomBytes, randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { buildApp } from '../../bot/app';
import { loadConfig } from '../../bot/config';
import { importEventFile } from '../../bot/services/event-import';
import { systemClock } from '../../bot/services/ports';
import { openStore } from '../../bot/store/open-store';
import { rebaseDemoEvent } from '../../core/event/rebase-event';

/**
 * The service under benchmark, in its own process as in production: the real app on an
 * embedded (or BENCH_DATABASE_URL) database with the demo event. The connector stand-in runs
 * in the bench process, as the real connector is another service.
 * Tells the parent its URL, then answers "count" requests with what landed.
 */
async function main(): Promise<void> {
  const databaseUrl = process.env.BENCH_DATABASE_URL;
  const store = await openStore(
    databaseUrl ? { databaseUrl, schema: `bench_${Date.now()}` } : { dataDir: 'memory://' },
  );
  const imported = await importEventFile(
    store.events,
    'examples/demo-informal-dialogue.json',
    (e) => rebaseDemoEvent(e, new Date()),
  );
  if (!imported.ok) throw new Error('demo event invalid');
  const ids = { uuid: () => randomUUID(), randomBytes: (n: number) => randomBytes(n) };
  const app = buildApp({
    config: loadConfig({ LOG_LEVEL: 'silent' }),
    store,
    clock: systemClock,
    ids,
    log: pino({ level: 'silent' }),
  });
  const { server } = app;
  await app.start();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as AddressInfo).port;
  // A clean exit on SIGTERM lets --cpu-prof write its profile.
  process.on('SIGTERM', () => process.exit(0));
  process.on('message', async (message) => {
    if (message === 'memory') {
      global.gc?.();
      process.send?.({ memory: process.memoryUsage() });
      return;
    }
    if (message !== 'count') return;
    const landed = await store.registrations.listForEvent(imported.event.id);
    process.send?.({
      landed: landed.length,
      people: new Set(landed.map((r) => r.aadObjectId)).size,
    });
  });
  process.send?.({
    url: `http://127.0.0.1:${port}/api/messages`,
    eventId: imported.event.id,
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
