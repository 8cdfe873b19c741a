import type { AddressInfo } from 'node:net';
import { cryptoIds, systemClock } from './platform/ports';
import { buildApp } from './app';
import { ConfigError, loadConfig, type Config } from './platform/config';
import { createLogger, type Logger } from './platform/logger';
import { importStartupEvents } from './startup-events';
import { openStore } from './open-store';
import { DamagedDataError } from './platform/store/pglite-client';
import { sentJournalFor } from './outbox/sent-journal-file';

/**
 * Composition root: read configuration once, open and migrate the database, import the
 * configured events, then listen. Exits with a message naming the problem when it cannot.
 */
async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
  const log = createLogger(config.logLevel);
  const store = await openStore(
    config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir },
  );
  await importStartupEvents(store.events, config, systemClock.now(), log);
  // On PGlite's folder, accepted messages are noted in it before their mark (decision 040).
  const sentJournal = sentJournalFor(config.databaseUrl ? undefined : config.dataDir, log);
  const app = buildApp({
    config,
    store,
    log,
    clock: systemClock,
    ids: cryptoIds,
    ...(sentJournal ? { outbox: { sentJournal } } : {}),
  });
  const { server } = app;
  await app.start();
  // Node's own default (every interface) unless the configuration names one (loopback).
  server.listen(config.port, config.listenHost, () => {
    log.info(
      {
        // The bound port, which differs from PORT when PORT=0 (tests pick any free port).
        port: (server.address() as AddressInfo).port,
        host: (server.address() as AddressInfo).address,
        database: config.databaseUrl ? 'postgresql' : `pglite:${config.dataDir}`,
        tenant: Boolean(config.bot.appId),
      },
      'service listening',
    );
  });
  stopOnSignal(log, async () => {
    // Stop accepting, end the event streams (clients reconnect elsewhere), let requests in
    // flight finish, then close the database.
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    await app.stop();
    // The ended streams leave idle keep-alive sockets that would hold close() for seconds.
    server.server.closeIdleConnections();
    await closed;
    await store.close();
  });
}

/** How long in-flight work may take to finish after SIGTERM (App Service waits 30 s). */
const SHUTDOWN_GRACE_MS = 20_000;

function stopOnSignal(log: Logger, stop: () => Promise<void>): void {
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      log.info({ signal }, 'shutting down');
      // Requests that never finish must not keep the process from stopping.
      setTimeout(() => {
        log.error({ graceMs: SHUTDOWN_GRACE_MS }, 'shutdown took too long; exiting');
        process.exit(1);
      }, SHUTDOWN_GRACE_MS).unref();
      stop().then(
        () => process.exit(0),
        (error) => {
          log.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
    });
  }
}

main().catch((error) => {
  // A damaged data folder is explained in its message; the stack would only hide it.
  console.error(error instanceof DamagedDataError ? error.message : error);
  process.exit(1);
});
