import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStore, type StoreLocation } from '../../bot/open-store';
import { startConnectorStandIn } from '../../tests/support/connector-standin';
import { teamsUser, type TeamsUser } from '../../tests/support/teams-activities';
import { openSse, type SseClient } from '../../tests/queue/sse-client';
import {
  DEMO_EVENT_FILE,
  DEMO_EVENT_ID,
  queueVersion,
  registerOne,
  toggleQueue,
} from '../../tests/ops/burst';
import { Tally, cutDatabaseConnections, freshDatabase, peakRssMb } from './soak-faults';
import { MemoryPeaks, outboxBacklog, repeatsBeforeKill } from './soak-outbox';
import { undelivered, type OutboxBacklog } from '../../core/outbox/backlog';
import { SoakService, type Crash } from './soak-service';

/**
 * `npm run bench:soak`: registrations, queue changes, event streams and the outbox together for
 * SOAK_SECONDS (default 120, at most 600) against the real service process, with faults
 * injected: connector 429/503 on a share of sends, the service (and its outbox worker) killed
 * with SIGKILL and restarted, and on PostgreSQL (SOAK_DATABASE_URL) its connections cut.
 * Prints requests, errors by kind, lost, doubled, peak memory (resident, JS heap, external),
 * the outbox backlog when the load stops by reason, and how long the outbox takes to drain it
 * (waiting at most SOAK_DRAIN_SECONDS, default 600).
 */
const SECONDS = Math.min(600, Number(process.env.SOAK_SECONDS ?? 120));
const DRAIN_SECONDS = Math.min(1800, Number(process.env.SOAK_DRAIN_SECONDS ?? 600));
const METRICS_TOKEN = 'soak-metrics-reader';
const CHAIR_OID = '00000000-0000-4000-8000-000000000001'; // the development chair
const STREAM_USERS = ['chair', 'presenter', 'delegate-a', 'delegate-b'];

async function main(): Promise<void> {
  const serverUrl = process.env.SOAK_DATABASE_URL;
  const database = serverUrl ? await freshDatabase(serverUrl, `soak_${Date.now()}`) : undefined;
  const dataDir = database ? '' : await mkdtemp(path.join(tmpdir(), 'soak-'));
  const location: StoreLocation = database ? { databaseUrl: database.url } : { dataDir };
  let random = 7;
  const next = () => (random = (random * 48271) % 2147483647) / 2147483647;
  const connector = await startConnectorStandIn({
    fail: () => {
      const roll = next();
      if (roll < 0.1) return { status: 429, retryAfterSeconds: 1 };
      return roll < 0.15 ? { status: 503 } : undefined;
    },
  });
  const env = {
    ...(database ? { DATABASE_URL: database.url } : { DATA_DIR: dataDir }),
    DEMO_EVENT_FILE,
    CHAIR_TEAM: CHAIR_OID,
    LOG_LEVEL: 'info',
    METRICS_TOKEN,
  };
  const tally = new Tally();
  const faults: string[] = [];
  /** The connector's count of accepted sends at each kill. */
  const killedAt: number[] = [];
  let peakMb = 0;
  const memory = new MemoryPeaks();
  const service = new SoakService(env);
  await service.start();
  // While the service restarts, callers wait rather than count the gap as errors.
  const base = async () => {
    while (!service.current) await pause(100);
    return service.current.baseUrl;
  };
  const acked: TeamsUser[] = [];
  const versions: number[] = [];
  let frames = 0;
  const end = Date.now() + SECONDS * 1000;
  const running = () => Date.now() < end;

  const registrations = async (lane: number) => {
    for (let n = 0; running(); n++) {
      const user = teamsUser(`Soak ${lane}-${n}`);
      const url = await base();
      const ok = await tally.count(() => registerOne(url, connector.serviceUrl, user), Boolean);
      if (ok) acked.push(user);
      else await pause(200);
    }
  };
  const queue = async () => {
    let open = false;
    while (running()) {
      const url = await base();
      const version = await tally.count(() => queueVersion(url), Number.isInteger);
      const done =
        version === undefined
          ? undefined
          : await tally.count(
              () => toggleQueue(url, version, open),
              (v) => v !== undefined,
            );
      if (done === undefined) {
        await pause(200);
        continue;
      }
      versions.push(done);
      open = !open;
    }
  };
  const decisions = async () => {
    while (running()) {
      await pause(3000);
      const url = await base();
      await tally.count(
        () =>
          fetch(`${url}/api/events/${DEMO_EVENT_ID}/registrations/decisions`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'X-Dev-User': 'chair' },
            body: JSON.stringify({ decision: 'confirm', registrationIds: 'allPending' }),
          }).then((r) => r.status),
        (status) => status === 200,
      );
    }
  };
  const stream = async (user: string) => {
    while (running()) {
      const url = await base();
      const client: SseClient | undefined = await tally.count(
        () => openSse(`${url}/api/events/${DEMO_EVENT_ID}/queue/stream`, { 'X-Dev-User': user }),
        (c) => c.status === 200,
      );
      if (client?.status === 200) {
        await Promise.race([client.ended, pause(Math.max(0, end - Date.now()))]);
        frames += client.messages.length;
      }
      client?.close();
      await pause(500);
    }
  };
  const injector = async () => {
    const step = (SECONDS * 1000) / 5;
    for (let i = 1; i <= 4 && running(); i++) {
      await pause(step);
      peakMb = Math.max(peakMb, await peakRssMb(service.current?.child.pid));
      if (i % 2 === 1) {
        faults.push(
          `kill -9 service (and its outbox worker) at ${((i * step) / 1000).toFixed(1)}s`,
        );
        killedAt.push(connector.sent.length);
        await service.kill();
      } else if (database) {
        const cut = await cutDatabaseConnections(database.url);
        faults.push(
          `database restart (${cut} connections cut) at ${((i * step) / 1000).toFixed(1)}s`,
        );
      }
    }
  };
  const floods = async () => {
    for (let n = 0; running(); n++) {
      const url = await base();
      const status = await flood(url, n).catch(() => 0);
      tally.flood(status);
      await pause(250);
    }
  };
  let sampling = true;
  const sampler = async () => {
    while (sampling) {
      if (service.current) await memory.sample(service.current.baseUrl, METRICS_TOKEN);
      await pause(1000);
    }
  };
  const sampled = sampler();
  await Promise.all([
    injector(),
    floods(),
    queue(),
    decisions(),
    ...[0, 1, 2, 3].map(registrations),
    ...STREAM_USERS.map(stream),
  ]);
  // Let the outbox drain what the decisions queued, through the connector's refusals. Rows a
  // killed worker held come back when their lease (60 s) runs out. Read through the service.
  const stopped = Date.now();
  const deadline = stopped + DRAIN_SECONDS * 1000;
  // A restarting service gets ten seconds to answer even with no drain asked for.
  const readBy = Math.max(deadline, stopped + 10_000);
  // Undefined only when no service answered in time: never read as "empty".
  const backlogNow = async (): Promise<OutboxBacklog | undefined> => {
    do {
      const url = service.current?.baseUrl;
      const read = url && (await outboxBacklog(url, METRICS_TOKEN));
      if (read) return read;
      await pause(500);
    } while (Date.now() < readBy);
    return undefined;
  };
  const atStop = await backlogNow();
  let left = atStop;
  while (left && undelivered(left) > 0 && Date.now() < deadline) {
    await pause(1000);
    left = await backlogNow();
  }
  const drainSeconds = Math.round((Date.now() - stopped) / 1000);
  sampling = false;
  await sampled;
  peakMb = Math.max(peakMb, await peakRssMb(service.current?.child.pid));
  await service.stop();
  const services = service.all;
  const reclaimed = services
    .flatMap((s) => s.logs)
    .filter((l) => l.msg === 'outbox row was reclaimed before its outcome was saved').length;
  // Messages a killed service had sent but not yet marked, marked at restart (decision 040).
  const journaled = services
    .flatMap((s) => s.logs)
    .filter((l) => l.msg === 'outbox marks saved from the sent journal')
    .reduce((sum, l) => sum + Number(l.marked), 0);
  const outbox = { atStop, left, drainSeconds, reclaimed, journaled, killedAt };
  const { crashes } = service;
  // Warnings and errors the service logged, by message: what a figure above may come from.
  const logged = new Map<string, number>();
  for (const l of services.flatMap((s) => s.logs))
    if (Number(l.level) >= 40) logged.set(String(l.msg), (logged.get(String(l.msg)) ?? 0) + 1);
  console.log(`service warnings and errors: ${JSON.stringify(Object.fromEntries(logged))}`);
  await report({
    location,
    acked,
    versions,
    tally,
    faults,
    frames,
    peakMb,
    memory,
    outbox,
    connector,
    crashes,
  });
  await connector.close();
  await database?.drop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
}

async function report(run: {
  location: StoreLocation;
  acked: TeamsUser[];
  versions: number[];
  tally: Tally;
  faults: string[];
  frames: number;
  peakMb: number;
  memory: MemoryPeaks;
  outbox: {
    atStop: OutboxBacklog | undefined;
    left: OutboxBacklog | undefined;
    drainSeconds: number;
    reclaimed: number;
    journaled: number;
    killedAt: number[];
  };
  connector: Awaited<ReturnType<typeof startConnectorStandIn>>;
  crashes: Crash[];
}): Promise<void> {
  const store = await openStore(run.location);
  const stored = await store.registrations.listForEvent(DEMO_EVENT_ID);
  const lists = await store.queues.ofEvent(DEMO_EVENT_ID);
  const audit = (
    await Promise.all(lists.map((list) => store.queues.audit(DEMO_EVENT_ID, list.sessionId)))
  ).flat();
  const failed = new Map<string, number>();
  for (const row of await store.outbox.list({ status: 'failed' }))
    failed.set(row.lastError ?? '?', (failed.get(row.lastError ?? '?') ?? 0) + 1);
  await store.close();
  const perUser = new Map<string, number>();
  for (const r of stored) perUser.set(r.aadObjectId, (perUser.get(r.aadObjectId) ?? 0) + 1);
  const auditVersions = new Set(audit.map((a) => a.version));
  const sends = new Map<string, number>();
  for (const s of run.connector.sent) {
    const key = `${s.conversationId}|${JSON.stringify(s.activity.text ?? s.activity.attachments)}`;
    sends.set(key, (sends.get(key) ?? 0) + 1);
  }
  const lines = [
    `soak: ${SECONDS}s on ${'databaseUrl' in run.location ? 'PostgreSQL' : 'PGlite'}`,
    `requests: ${run.tally.requests}`,
    `errors by kind: ${JSON.stringify(Object.fromEntries(run.tally.errors))}`,
    `abusive requests by answer: ${JSON.stringify(Object.fromEntries(run.tally.floods))}`,
    `faults injected: ${run.faults.join('; ') || 'none'}; connector: 10% 429, 5% 503`,
    `service exits the soak did not cause: ${run.crashes.length}${run.crashes.map((c) => ` (${c.code}: ${c.error})`).join('')}`,
    `registrations acknowledged: ${run.acked.length}, stored: ${stored.length} ${JSON.stringify(byStatus(stored))}`,
    `registrations lost: ${run.acked.filter((u) => !perUser.has(u.aadObjectId.toLowerCase())).length}, doubled: ${[...perUser.values()].filter((n) => n > 1).length}`,
    `queue changes acknowledged: ${run.versions.length}, lost: ${run.versions.filter((v) => !auditVersions.has(v)).length}, doubled: ${audit.length - auditVersions.size}`,
    `stream frames received: ${run.frames}`,
    `outbox messages sent: ${run.connector.sent.length}, same message twice to one chat: ${[...sends.values()].filter((n) => n > 1).length}, same outbox id twice: ${[...run.connector.perActivityId.values()].filter((n) => n > 1).length}, rows reclaimed after their lease while being sent: ${run.outbox.reclaimed}, rows marked at restart from the sent journal: ${run.outbox.journaled}`,
    `outbox ids sent twice, by sends accepted after the first one before the next kill: ${JSON.stringify(repeatsBeforeKill(run.connector.sent, run.outbox.killedAt))}`,
    `outbox when the load stopped: ${backlogText(run.outbox.atStop)}`,
    `outbox rows failed for good, by last error: ${JSON.stringify(Object.fromEntries(failed))}`,
    `outbox drained in ${run.outbox.drainSeconds}s${!run.outbox.left || undelivered(run.outbox.left) > 0 ? ` (gave up after ${DRAIN_SECONDS}s)` : ''}; left: ${backlogText(run.outbox.left)}`,
    `peak rss of the service: ${run.peakMb} MB (sampled from /metrics: rss ${run.memory.rss} MB, JS heap used ${run.memory.heapUsed} MB, external ${run.memory.external} MB); longest event-loop delay: ${run.memory.loopDelayMs} ms`,
    `event-loop holds over 200 ms (seconds into the run: ms): ${run.memory.holds.map((h) => `${h.at.toFixed(0)}: ${h.ms}`).join(', ') || 'none'}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** How many registrations are in each status: what the decisions did with them. */
function byStatus(stored: readonly { status: string }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of stored) counts[r.status] = (counts[r.status] ?? 0) + 1;
  return counts;
}

function backlogText(b: OutboxBacklog | undefined): string {
  if (!b) return 'not known (no service answered /metrics)';
  return `${b.waitingForRateLimit} waiting for the rate limit, ${b.heldByWorker} held by a worker, ${b.retrying} retrying after a refusal, ${b.failed} failed, ${b.later} scheduled later`;
}

/** One abusive request in turn: an oversized body, deep JSON, a guessed export link. */
async function flood(url: string, n: number): Promise<number> {
  const post = (body: string) =>
    fetch(`${url}/api/events/${DEMO_EVENT_ID}/queue/commands`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Dev-User': 'delegate-a' },
      body,
    });
  switch (n % 3) {
    case 0:
      return (await post(`"${'x'.repeat(600 * 1024)}"`)).status;
    case 1:
      return (await post(`${'['.repeat(50_000)}${']'.repeat(50_000)}`)).status;
    default:
      return (await fetch(`${url}/api/exports/guess-${n}`)).status;
  }
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
