import { buildApp } from '../../bot/app';
import { openClient } from '../../bot/open-store';
import { sentJournalFor } from '../../bot/outbox/sent-journal-file';
import { loadConfig } from '../../bot/platform/config';
import { createLogger } from '../../bot/platform/logger';
import { cryptoIds, systemClock } from '../../bot/platform/ports';
import { migrate } from '../../bot/platform/store/migrate';
import { sqlStore } from '../../bot/sql-stores';

/**
 * The service's outbox on a PGlite folder, in a process of its own that the test kills with
 * SIGKILL (tests/ops/outbox-hard-kill.test.ts). Wired as bot/main.ts wires it, sent journal
 * included. With HOLD_FIRST_MARK=1 the first "sent" mark waits in PGlite's queue behind a
 * transaction kept open, as it does behind other queries under load, and the parent is told
 * the row's id. Otherwise it delivers everything due, tells the parent, and exits.
 */
async function main(): Promise<void> {
  const dataDir = process.env.DATA_DIR!;
  const log = createLogger('error');
  const db = await openClient({ dataDir });
  await migrate(db);
  const store = sqlStore(db);
  if (process.env.HOLD_FIRST_MARK === '1') {
    const finish = store.outbox.finish.bind(store.outbox);
    let held = false;
    store.outbox.finish = async (row, outcome) => {
      if (held || outcome.status !== 'sent') return finish(row, outcome);
      held = true;
      await new Promise<void>((begun) => {
        void db.transaction(async (tx) => {
          await tx.query('SELECT 1');
          begun();
          await new Promise(() => undefined);
        });
      });
      const saved = finish(row, outcome);
      setImmediate(() => process.send!({ held: row.id }));
      return saved;
    };
  }
  const sentJournal = sentJournalFor(dataDir, log);
  const app = buildApp({
    config: loadConfig({ LOG_LEVEL: 'error' }),
    store,
    log,
    clock: systemClock,
    ids: cryptoIds,
    outbox: {
      leaseMs: Number(process.env.LEASE_MS),
      pollMs: 50,
      // One message on the wire at a time: the kill then lands after the connector's answer
      // was read, in the gap the journal closes. One still on the wire when the process dies
      // is the at-least-once case that nothing on this side can close (decision 040).
      maxInFlight: 1,
      ...(sentJournal ? { sentJournal } : {}),
    },
  });
  await app.start();
  if (process.env.HOLD_FIRST_MARK === '1') return;
  while ((await store.outbox.depth()) > 0) await new Promise((r) => setTimeout(r, 50));
  await app.stop();
  await db.close();
  process.send!({ drained: true }, () => process.exit(0));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
