import type { Feature } from '../../bot/platform/feature';
import type { AddressInfo } from 'node:net';
import { randomBytes, randomUUID } from 'node:crypto';
import pino from 'pino';
import type { Server } from 'restify';
import { buildApp, type App } from '../../bot/app';
import { loadConfig } from '../../bot/platform/config';
import type { Clock, Ids } from '../../bot/platform/ports';
import type { Store } from '../../bot/stores';
import type { MissLimits } from '../../core/access/miss-limiter';
import { openStore, type StoreLocation } from '../../bot/open-store';
import { openMemoryStore } from './memory-store';
import { parseEventDefinition } from '../../core/event/event-schema';
import type { EventDefinition } from '../../core/event/event';
import dialogue from '../../examples/oewg-informal-dialogue-2024-02-28.json';
import type { Outbox, OutboxSettings } from '../../bot/outbox/outbox-wiring';
import {
  startConnectorStandIn,
  type ConnectorStandIn,
  type ConnectorStandInOptions,
} from './connector-standin';
import { KeptClientsAuthentication } from '../../bot/platform/teams/kept-clients-authentication';
import { httpFileDownloader } from '../../bot/written-input/file-downloader';
import { fileHostPolicy } from './file-host';
import type { StreamLimits } from '../../bot/platform/http/open-streams';

/** A clock the test moves by hand, so deadlines are crossed exactly. */
export class TestClock implements Clock {
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current);
  }
  set(iso: string): void {
    this.current = new Date(iso);
  }
}

export interface BotHarness {
  baseUrl: string;
  /** The restify server, for tests that walk every route. */
  server: Server;
  connector: ConnectorStandIn;
  store: Store;
  clock: TestClock;
  /** The confirmation flow and its delivery worker. */
  outbox: Outbox;
  /** The service's features, in order, as bot/app.ts lists them. */
  features: readonly Feature[];
  /** The attendance-report jobs; tests run due ones with `runDue()`. */
  attendanceJobs: App['attendanceJobs'];
  /** POSTs an activity to /api/messages; returns the HTTP status and JSON body (invoke response). */
  post(activity: unknown): Promise<{ status: number; body: any }>;
  /** POSTs raw bytes, for malformed-input tests. */
  postRaw(body: string, contentType?: string): Promise<{ status: number; text: string }>;
  /** The activities the bot sent to the connector since the last call. */
  takeSent(): Array<Record<string, any>>;
  close(): Promise<void>;
}

/** The seed dialogue, validated. */
export function seedDialogue(): EventDefinition {
  const parsed = parseEventDefinition(dialogue);
  if (!parsed.ok) throw new Error('seed dialogue must be valid');
  return parsed.value;
}

/**
 * Starts the real service in-process on port 0 with the embedded database (or the database
 * at `location`), a loopback Bot Connector and a test clock; the seed dialogue is imported.
 */
export async function startBot(options: {
  now: string;
  env?: Record<string, string>;
  /** Replaces the random source, e.g. to force a reference-code clash. */
  ids?: Partial<Ids>;
  /** A database shared with other instances (several services on one PostgreSQL). */
  location?: StoreLocation;
  /** Rate limits and scripted failures of the connector stand-in. */
  connector?: ConnectorStandInOptions;
  /** Outbox worker timings, reminder offsets, meeting provider. */
  outbox?: OutboxSettings;
  /** Caps on open event streams. */
  streamLimits?: StreamLimits;
  /** Anonymous reads of published written input per address and minute. */
  publicReadLimits?: MissLimits;
  /** A store opened by the test (e.g. over a client that counts statements), not `location`. */
  store?: Store;
  /**
   * The test posts unsigned activities although `env` names a bot app and tenant (the
   * configuration alone refuses that pairing): the connector stand-in plays Teams' channel.
   */
  unsignedActivities?: boolean;
  /** Puts something between the service and its store, e.g. a fault on one write. */
  wrapStore?: (store: Store) => Store;
}): Promise<BotHarness> {
  const connector = await startConnectorStandIn(options.connector);
  const opened =
    options.store ??
    (options.location ? await openStore(options.location) : await openMemoryStore());
  const store = options.wrapStore ? options.wrapStore(opened) : opened;
  await store.events.upsert(seedDialogue());
  const clock = new TestClock(new Date(options.now));
  const ids: Ids = {
    uuid: () => randomUUID(),
    randomBytes: (n) => randomBytes(n),
    ...options.ids,
  };
  const config = loadConfig({ LOG_LEVEL: 'silent', ...options.env });
  const app = buildApp({
    config,
    store,
    clock,
    ids,
    log: pino({ level: 'silent' }),
    // Attachments come from the loopback file host standing in for SharePoint.
    downloader: httpFileDownloader(fileHostPolicy()),
    // Every tab API response is checked against its one definition in core/api.
    checkResponses: true,
    ...(options.streamLimits ? { streamLimits: options.streamLimits } : {}),
    ...(options.publicReadLimits ? { publicReadLimits: options.publicReadLimits } : {}),
    // No app id: the SDK's authentication then takes every activity unsigned.
    ...(options.unsignedActivities ? { botAuthentication: new KeptClientsAuthentication({}) } : {}),
    // Opening a 1:1 chat goes to the stand-in too, not to Teams' global service URL.
    outbox: { serviceUrl: connector.serviceUrl, ...options.outbox },
  });
  const { server } = app;
  await app.start();
  await listen(server);
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let seen = 0;
  return {
    baseUrl,
    server,
    connector,
    store,
    clock,
    outbox: app.outbox,
    features: app.features,
    attendanceJobs: app.attendanceJobs,
    async post(activity) {
      const response = await fetch(`${baseUrl}/api/messages`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(activity),
      });
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : undefined };
    },
    async postRaw(body, contentType = 'application/json') {
      const response = await fetch(`${baseUrl}/api/messages`, {
        method: 'POST',
        headers: { 'Content-Type': contentType },
        body,
      });
      return { status: response.status, text: await response.text() };
    },
    takeSent() {
      const fresh = connector.sent.slice(seen).map((s) => s.activity);
      seen = connector.sent.length;
      return fresh;
    },
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      await app.stop();
      await closed;
      await connector.close();
      await store.close();
    },
  };
}

function listen(server: Server): Promise<void> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
}
