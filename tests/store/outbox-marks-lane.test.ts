import { openStore } from '../../bot/open-store';
import type { Store } from '../../bot/stores';
import { aPerson, anEvent } from './store-fixtures';
import { TEST_DATABASE_URL, postgresTarget, type TestDatabase } from './store-targets';

/**
 * On PostgreSQL the outbox's "sent" marks go on connections of their own (SqlClient.priority):
 * in the 60-second soak, marks that waited for one of the pool's ten connections behind the
 * registrations were messages a kill then sent twice. Here every pool connection is held by an
 * open transaction, and the mark must still be saved before they are let go.
 */
const describeOnPostgres = TEST_DATABASE_URL ? describe : describe.skip;
const HOLD_AT_MOST_MS = 20_000; // a bound on a hang, not a measure: the mark takes milliseconds

describeOnPostgres('outbox marks on PostgreSQL', () => {
  let database: TestDatabase;
  let store: Store;
  beforeAll(async () => {
    database = await postgresTarget(TEST_DATABASE_URL!).newDatabase();
    store = await openStore(database.location);
  }, 60_000);
  afterAll(async () => {
    await store.close();
    await database.drop();
  });

  it('when every pool connection is held by a transaction, then a "sent" mark is still saved', async () => {
    const event = anEvent();
    await store.events.upsert(event);
    const person = aPerson(event.id);
    await store.registrations.create(person);
    const now = new Date();
    await store.outbox.enqueue(
      [
        {
          dedupeKey: `status:${person.id}:mark-lane`,
          kind: 'status',
          eventId: event.id,
          registrationId: person.id,
          recipient: { tenantId: person.tenantId, aadObjectId: person.aadObjectId },
          notBefore: now,
          payload: { type: 'message', text: 'confirmed' },
        },
      ],
      now,
    );
    const [row] = await store.outbox.claim(10, now, 60_000);
    let letGo = false;
    let release!: () => void;
    const released = new Promise<void>((resolve) => {
      release = () => {
        letGo = true;
        resolve();
      };
    });
    const holders = Array.from({ length: 10 }, () => store.transaction(() => released));
    const giveUp = setTimeout(release, HOLD_AT_MOST_MS);
    const outcome = await store.outbox
      .finish(row!, { status: 'sent', at: now })
      .then((saved) => ({ saved, whileHeld: !letGo }));
    release();
    clearTimeout(giveUp);
    await Promise.all(holders);
    expect(outcome).toEqual({ saved: true, whileHeld: true });
  }, 60_000);
});
