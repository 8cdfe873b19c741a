import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStore, type StoreLocation } from '../../bot/open-store';
import { openPg } from '../../bot/platform/store/pg-client';
import { startConnectorStandIn, type ConnectorStandIn } from '../support/connector-standin';
import { TEST_DATABASE_URL } from '../store/store-targets';
import { burst, DEMO_EVENT_FILE, DEMO_EVENT_ID, type Acknowledged } from './burst';
import { startServiceProcess } from './service-process';

/** Registrations acknowledged before the kill; more are in flight when it lands. */
const KILL_AFTER = 150;
const PATIENCE_MS = 240_000;

interface Figures {
  acknowledgedRegistrations: number;
  acknowledgedQueueChanges: number;
  lost: number;
  doubled: number;
  queueVersionsMissing: number;
  queueVersionsDoubled: number;
}

/**
 * kill -9 in the middle of a burst, restart on the same data, then count: every registration
 * and queue change the service acknowledged must be there exactly once.
 */
async function killDuringBurst(
  env: Record<string, string>,
  location: StoreLocation,
  connector: ConnectorStandIn,
): Promise<Figures> {
  const service = await startServiceProcess({ ...env, DEMO_EVENT_FILE, LOG_LEVEL: 'info' });
  let killed = false;
  const seen: Acknowledged = await burst(service.baseUrl, connector.serviceUrl, (s) => {
    if (!killed && s.registrations.length >= KILL_AFTER) {
      killed = true;
      service.child.kill('SIGKILL');
    }
    return false;
  });
  expect(await service.exited).toBe('SIGKILL');

  // The restarted service must open the same data and answer.
  const again = await startServiceProcess({ ...env, DEMO_EVENT_FILE, LOG_LEVEL: 'info' });
  expect((await fetch(`${again.baseUrl}/readyz`)).status).toBe(200);
  again.child.kill('SIGTERM');
  expect(await again.exited).toBe(0);

  const store = await openStore(location);
  try {
    const stored = await store.registrations.listForEvent(DEMO_EVENT_ID);
    const perUser = new Map<string, number>();
    for (const r of stored) perUser.set(r.aadObjectId, (perUser.get(r.aadObjectId) ?? 0) + 1);
    const lists = await store.queues.ofEvent(DEMO_EVENT_ID);
    const audit = (
      await Promise.all(lists.map((list) => store.queues.audit(DEMO_EVENT_ID, list.sessionId)))
    ).flat();
    const versions = new Set(audit.map((a) => a.version));
    return {
      acknowledgedRegistrations: seen.registrations.length,
      acknowledgedQueueChanges: seen.queueVersions.length,
      lost: seen.registrations.filter((u) => !perUser.has(u.aadObjectId.toLowerCase())).length,
      doubled: [...perUser.values()].filter((n) => n > 1).length,
      queueVersionsMissing: seen.queueVersions.filter((v) => !versions.has(v)).length,
      queueVersionsDoubled: audit.length - versions.size,
    };
  } finally {
    await store.close();
  }
}

describe('Hard kill (kill -9) during a burst of registrations and queue changes', () => {
  let connector: ConnectorStandIn;
  beforeAll(async () => {
    connector = await startConnectorStandIn();
  });
  afterAll(() => connector.close());

  it(
    'on PGlite: after restart every acknowledged one is there exactly once',
    async () => {
      const dataDir = await mkdtemp(path.join(tmpdir(), 'hard-kill-'));
      try {
        const figures = await killDuringBurst({ DATA_DIR: dataDir }, { dataDir }, connector);
        console.info('hard kill, PGlite', figures);
        expectExactlyOnce(figures);
      } finally {
        await rm(dataDir, { recursive: true, force: true });
      }
    },
    PATIENCE_MS,
  );

  const onPostgres = TEST_DATABASE_URL ? it : it.skip;
  onPostgres(
    'on PostgreSQL: after restart every acknowledged one is there exactly once',
    async () => {
      const name = `hard_kill_${Date.now()}`;
      const admin = await openPg(TEST_DATABASE_URL!);
      await admin.exec(`CREATE DATABASE ${name}`);
      const databaseUrl = new URL(TEST_DATABASE_URL!);
      databaseUrl.pathname = `/${name}`;
      try {
        const url = databaseUrl.href;
        const figures = await killDuringBurst(
          { DATABASE_URL: url },
          { databaseUrl: url },
          connector,
        );
        console.info('hard kill, PostgreSQL', figures);
        expectExactlyOnce(figures);
      } finally {
        await admin.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.close();
      }
    },
    PATIENCE_MS,
  );
});

/** Every acknowledged registration and queue change is there once: none lost, none doubled. */
function expectExactlyOnce(figures: Awaited<ReturnType<typeof killDuringBurst>>): void {
  expect(figures.acknowledgedRegistrations).toBeGreaterThanOrEqual(KILL_AFTER);
  expect(figures).toMatchObject({
    lost: 0,
    doubled: 0,
    queueVersionsMissing: 0,
    queueVersionsDoubled: 0,
  });
}
