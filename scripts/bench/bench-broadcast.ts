import { randomBytes, randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { buildApp, type App } from '../../bot/app';
import { loadConfig } from '../../bot/platform/config';
import { importEventFile } from '../../bot/event/event-import';
import { systemClock } from '../../bot/platform/ports';
import { openStore } from '../../bot/open-store';
import type { Store } from '../../bot/stores';
import { rebaseDemoEvent } from '../../core/event/rebase-event';
import { benchDatabases, freshDatabase, type BenchDatabase } from './bench-databases';
import { TEAMS_CONVERSATION_LIMITS, TEAMS_TENANT_LIMITS } from '../../core/outbox/rate-limits';
import { sendFloorMs } from '../../core/outbox/send-floor';
import { aPerson } from '../../tests/store/store-fixtures';
import {
  failShare,
  startConnectorStandIn,
  type ConnectorStandIn,
} from '../../tests/support/connector-standin';
import { BOT_ID, TENANT_ID, personalChat, teamsUser } from '../../tests/support/teams-activities';

/**
 * `npm run bench:broadcast`: BENCH_PEOPLE (1,000) pending registrants are confirmed with one
 * chair command; each gets a status message and a login details card through the outbox,
 * to a connector stand-in that enforces Teams' rate limits (per conversation, and 50/s per
 * tenant: the worker itself keeps to 30/s) and answers BENCH_429_SHARE (5%) of sends with 429 Retry-After: 1. A second pass
 * kills the worker halfway (as a crash would: nothing more is sent or recorded) and starts a
 * new one on the same store. Both passes on each database (bench-databases.ts). Prints total
 * time, the floor the limits allow, duplicates, losses and peak memory; asserts nothing.
 * Reminders are left out (they are not due during the run).
 */
const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 1000);
const SHARE_429 = Number(process.env.BENCH_429_SHARE ?? 0.05);
const LEASE_MS = Number(process.env.BENCH_LEASE_MS ?? 10_000);
const MESSAGES = PEOPLE * 2;

async function main(): Promise<void> {
  const floorMs = sendFloorMs(Array(PEOPLE).fill(2), {
    conversation: TEAMS_CONVERSATION_LIMITS,
    tenant: TEAMS_TENANT_LIMITS,
  });
  console.log(
    `bench:broadcast  people=${PEOPLE} messages=${MESSAGES} 429-share=${SHARE_429} lease=${LEASE_MS} ms`,
  );
  console.log(`  floor the rate limits allow (30/s per tenant): ${(floorMs / 1000).toFixed(1)} s`);
  for (const db of benchDatabases()) {
    await pass(`uninterrupted · ${db.label}`, db, false, floorMs);
    await pass(`worker killed halfway, new worker started · ${db.label}`, db, true, floorMs);
  }
}

async function pass(
  label: string,
  db: BenchDatabase,
  killHalfway: boolean,
  floorMs: number,
): Promise<void> {
  const connector = await startConnectorStandIn({
    conversationLimits: TEAMS_CONVERSATION_LIMITS,
    // Microsoft gives 30-50/s per app per tenant; the worker keeps to 30, the stand-in refuses
    // above 50, so its own event-loop jitter (it shares the process) is not counted as ours.
    tenantLimits: [{ count: 50, windowMs: 1000 }],
    fail: failShare(SHARE_429, seeded(42), 1),
  });
  const database = await freshDatabase(db, 'bench_broadcast');
  const store = await openStore(database.location);
  const peak = peakSampler();
  const eventId = await seed(store, connector);
  const chair = teamsUser('Bench Chair');
  const app = buildApp({
    config: loadConfig({ LOG_LEVEL: 'silent', CHAIR_TEAM: chair.aadObjectId }),
    store,
    clock: systemClock,
    ids: { uuid: () => randomUUID(), randomBytes: (n) => randomBytes(n) },
    log: pino({ level: 'silent' }),
    outbox: { serviceUrl: connector.serviceUrl, reminderMinutes: [], leaseMs: LEASE_MS },
  });
  await app.start();
  const url = await listen(app);
  const started = performance.now();
  const replied = fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(personalChat(chair, connector.serviceUrl).message('confirm all pending')),
  }).then(() => (performance.now() - started) / 1000);
  let killedAt: number | undefined;
  if (killHalfway) {
    await until(() => connector.perActivityId.size >= MESSAGES / 2);
    app.outbox.worker?.kill();
    killedAt = performance.now() - started;
    await app.outbox.start();
  }
  const confirmSeconds = await replied;
  await until(() => connector.perActivityId.size >= MESSAGES, Math.max(10 * floorMs, 60_000));
  const totalMs = performance.now() - started;
  await new Promise((resolve) => setTimeout(resolve, 2 * LEASE_MS));
  const peakMb = peak.stop();
  await report(label, store, eventId, connector, { totalMs, floorMs, confirmSeconds, killedAt });
  console.log(
    `    peak memory       ${peakMb.toFixed(0)} MB RSS (service, stand-in and bench: one process)`,
  );
  await app.stop();
  app.server.close();
  await connector.close();
  await store.close();
  await database.drop();
}

/**
 * The highest RSS of this process while a pass runs: the service runs in it, so its peak is
 * this (with the stand-in's and the bench's share), sampled every 50 ms from the start.
 */
function peakSampler(): { stop(): number } {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 50);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage.rss()) / 2 ** 20;
    },
  };
}

async function report(
  label: string,
  store: Store,
  eventId: string,
  connector: ConnectorStandIn,
  t: { totalMs: number; floorMs: number; confirmSeconds: number; killedAt: number | undefined },
): Promise<void> {
  const rows = await store.outbox.list({ eventId });
  const byStatus = (s: string) => rows.filter((r) => r.status === s).length;
  const counts = [...connector.perActivityId.values()];
  const duplicates = counts.reduce((sum, n) => sum + Math.max(0, n - 1), 0);
  const losses = MESSAGES - connector.perActivityId.size;
  const attempts = rows.reduce((sum, r) => sum + r.attempts, 0);
  console.log(`\n  ${label}`);
  if (t.killedAt !== undefined)
    console.log(`    worker killed at  ${(t.killedAt / 1000).toFixed(1)} s`);
  console.log(
    `    total time        ${(t.totalMs / 1000).toFixed(1)} s = ${(t.totalMs / t.floorMs).toFixed(3)} x the floor (confirm command answered after ${t.confirmSeconds.toFixed(1)} s)`,
  );
  console.log(
    `    delivered         ${connector.perActivityId.size} distinct of ${MESSAGES}; duplicates ${duplicates}; losses ${losses}`,
  );
  console.log(
    `    outbox rows       sent ${byStatus('sent')}, failed ${byStatus('failed')}, pending ${byStatus('pending')}, sending ${byStatus('sending')}; claims ${attempts}`,
  );
  console.log(
    `    refused           ${connector.refused.scripted} scripted 429s, ${connector.refused.rateLimited} for breaking a rate limit`,
  );
}

/** The demo event, PEOPLE pending registrations, and a personal chat reference for each. */
async function seed(store: Store, connector: ConnectorStandIn): Promise<string> {
  const imported = await importEventFile(
    store.events,
    'examples/demo-informal-dialogue.json',
    (e) => rebaseDemoEvent(e, new Date()),
  );
  if (!imported.ok) throw new Error('demo event invalid');
  const eventId = imported.event.id;
  for (let i = 0; i < PEOPLE; i++) {
    const user = teamsUser(`Person ${i}`);
    await store.registrations.create(
      aPerson(eventId, {
        tenantId: TENANT_ID,
        aadObjectId: user.aadObjectId,
        email: `person${i}@example.org`,
        createdAt: new Date(Date.UTC(2024, 0, 1, 0, 0, i)),
      }),
    );
    const conversationId = `a:personal-${user.aadObjectId}`;
    await store.conversations.save({
      tenantId: TENANT_ID,
      aadObjectId: user.aadObjectId,
      conversationId,
      serviceUrl: connector.serviceUrl,
      reference: {
        channelId: 'msteams',
        serviceUrl: connector.serviceUrl,
        conversation: { id: conversationId, conversationType: 'personal', tenantId: TENANT_ID },
        bot: { id: BOT_ID, name: 'Stakeholder Bot' },
        user: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
      },
      localTimezone: 'Asia/Tokyo',
      updatedAt: new Date(),
    });
  }
  return eventId;
}

async function listen(app: App): Promise<string> {
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', () => resolve()));
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/api/messages`;
}

async function until(check: () => boolean, timeoutMs = 600_000): Promise<void> {
  const limit = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() > limit) throw new Error('bench timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** mulberry32: a small seeded generator, so every run refuses the same sends. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
