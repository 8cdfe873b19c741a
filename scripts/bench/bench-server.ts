import { randomBytes, randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import pino from 'pino';
import type { Server } from 'restify';
import { buildApp } from '../../bot/app';
import { loadConfig } from '../../bot/platform/config';
import { importEventFile } from '../../bot/event/event-import';
import { STREAM_LIMITS } from '../../bot/platform/http/open-streams';
import { systemClock } from '../../bot/platform/ports';
import { migrate } from '../../bot/platform/store/migrate';
import { IN_MEMORY, openClient } from '../../bot/open-store';
import type { SqlClient } from '../../bot/platform/store/sql-client';
import { sqlStore } from '../../bot/sql-stores';
import type { Store } from '../../bot/stores';
import type { EventDefinition } from '../../core/event/event';
import { rebaseDemoEvent } from '../../core/event/rebase-event';
import { baselineServer } from './bench-baseline';

/**
 * The service under benchmark, in its own process as in production: the real app
 * (BENCH_SERVICE=app) or the bare-framework baseline (=baseline) on an embedded database (in
 * memory, or in the folder BENCH_DATA_DIR) or on BENCH_DATABASE_URL (schema BENCH_SCHEMA),
 * with the demo event (and BENCH_MEETINGS - 1 copies of it). The connector
 * stand-in runs in the bench process, as the real connector is another service.
 * Tells the parent its URL, then answers "count", "cpu", "queries", "memory", `{ verify }` and
 * "profile:start"/"profile:stop" (BENCH_PROFILE: a CPU profile of one pass) requests.
 */
async function main(): Promise<void> {
  const databaseUrl = process.env.BENCH_DATABASE_URL;
  const schema = process.env.BENCH_SCHEMA ?? `bench_${Date.now()}`;
  const db = await openClient(
    databaseUrl ? { databaseUrl, schema } : { dataDir: process.env.BENCH_DATA_DIR || IN_MEMORY },
  );
  await migrate(db);
  const store = sqlStore(counted(db), databaseUrl ? schema : undefined);
  const events = await importMeetings(store, Number(process.env.BENCH_MEETINGS ?? 1));
  const eventIds = events.map((e) => e.id);
  const server =
    process.env.BENCH_SERVICE === 'baseline'
      ? await baselineServer(store, events[0]!)
      : await appServer(store);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as AddressInfo).port;
  process.on('message', (message) => void answer(message, store, eventIds[0]!));
  process.send?.({ url: `http://127.0.0.1:${port}/api/messages`, eventIds });
}

/** The demo event, and for a fan-out over several meetings copies of it under other ids. */
async function importMeetings(store: Store, count: number): Promise<EventDefinition[]> {
  const events: EventDefinition[] = [];
  for (let n = 0; n < count; n += 1) {
    const imported = await importEventFile(
      store.events,
      'examples/demo-informal-dialogue.json',
      (e) => ({ ...rebaseDemoEvent(e, new Date()), ...(n > 0 ? { id: `${e.id}-${n}` } : {}) }),
    );
    if (!imported.ok) throw new Error('demo event invalid');
    events.push(imported.event);
  }
  return events;
}

/**
 * The app with BENCH_CONFIG (JSON, environment variable names: e.g. Entra sign-in for the
 * fan-out's thousands of distinct viewers) and BENCH_STREAMS_TOTAL raising this instance's
 * cap on open streams; one person's cap stays the production one.
 */
async function appServer(store: Store): Promise<Server> {
  const ids = { uuid: () => randomUUID(), randomBytes: (n: number) => randomBytes(n) };
  const extra = JSON.parse(process.env.BENCH_CONFIG ?? '{}') as Record<string, string>;
  const total = Number(process.env.BENCH_STREAMS_TOTAL ?? STREAM_LIMITS.total);
  const app = buildApp({
    config: loadConfig({ LOG_LEVEL: 'silent', ...extra }),
    store,
    clock: systemClock,
    ids,
    log: pino({ level: 'silent' }),
    streamLimits: { ...STREAM_LIMITS, total },
  });
  await app.start();
  return app.server;
}

async function answer(message: unknown, store: Store, eventId: string): Promise<void> {
  const verify = (message as { verify?: Array<{ key: string; email: string }> } | null)?.verify;
  if (verify) {
    // The Direct Line pass's people, verified as a mailed code would have made them.
    for (const { key, email } of verify) await store.emailIdentity.verify(key, email, new Date());
    process.send?.({ verified: verify.length });
  } else if (message === 'memory') {
    global.gc?.();
    process.send?.({ memory: process.memoryUsage() });
  } else if (message === 'cpu') {
    const { user, system } = process.cpuUsage();
    process.send?.({ cpuMs: (user + system) / 1000 });
  } else if (message === 'profile:start' || message === 'profile:stop') {
    process.send?.({ file: await profile(message === 'profile:start') });
  } else if (message === 'queries') {
    process.send?.({ queries, statements: Object.fromEntries(statements) });
  } else if (message === 'count') {
    const landed = await store.registrations.listForEvent(eventId);
    process.send?.({
      landed: landed.length,
      people: new Set(landed.map((r) => r.aadObjectId)).size,
    });
  }
}

const inspector = new Session();

/** Starts the CPU profiler, or stops it and writes what it sampled (a pass, not the start-up). */
async function profile(start: boolean): Promise<string | undefined> {
  const post = promisify(inspector.post.bind(inspector)) as (m: string) => Promise<unknown>;
  if (start) {
    inspector.connect();
    await post('Profiler.enable');
    await post('Profiler.start');
    return undefined;
  }
  const { profile: taken } = (await post('Profiler.stop')) as { profile: unknown };
  inspector.disconnect();
  await mkdir('/tmp/bench-prof', { recursive: true });
  const file = `/tmp/bench-prof/${process.env.BENCH_SERVICE ?? 'app'}-${Date.now()}.cpuprofile`;
  await writeFile(file, JSON.stringify(taken));
  return file;
}

let queries = 0;
/** Statements by their first words, so the bench can say which ones a registration costs. */
const statements = new Map<string, number>();

/** The client, counting the statements the service sends (what a turn costs the database). */
function counted(db: SqlClient): SqlClient {
  return {
    ...db,
    query: (text, params) => {
      queries += 1;
      const key = text.replace(/\s+/g, ' ').trim().slice(0, 70);
      statements.set(key, (statements.get(key) ?? 0) + 1);
      return db.query(text, params);
    },
    transaction: (work) => db.transaction((tx) => work(counted(tx))),
  };
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
