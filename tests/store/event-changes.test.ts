import { isDeepStrictEqual } from 'node:util';
import type { EventDefinition } from '../../core/event/event';
import { openClient, openStore } from '../../bot/store/open-store';
import type { SqlClient } from '../../bot/store/sql-client';
import { sqlStore } from '../../bot/store/sql-store';
import { eventChannel } from '../../bot/event/event-sql-store';
import type { Store } from '../../bot/store/store';
import { OPEN_TIMEOUT_MS } from './contract/use-store';
import { anEvent } from './store-fixtures';
import {
  TEST_DATABASE_URL,
  pgliteTarget,
  postgresTarget,
  type TestDatabase,
} from './store-targets';

/**
 * Event definitions are kept after the first read: two instances on one database each keep
 * their own, and each forgets an event when any instance changes it (LISTEN/NOTIFY).
 * On PGlite the two instances share the one embedded database of the process.
 */
const targets = TEST_DATABASE_URL
  ? [pgliteTarget, postgresTarget(TEST_DATABASE_URL)]
  : [pgliteTarget];

describe.each(targets)('event definitions kept per instance on $name', (target) => {
  let database: TestDatabase;
  let first: Store;
  let raw: SqlClient;
  let second: Store;
  let channel: string;
  beforeAll(async () => {
    database = await target.newDatabase();
    first = await openStore(database.location);
    const schema = 'schema' in database.location ? database.location.schema : undefined;
    channel = eventChannel(schema);
    if (schema) {
      raw = await openClient(database.location);
      second = sqlStore(raw, schema);
    } else {
      // One process holds an embedded database: reach it through the first store's client.
      raw = (first.events as unknown as { db: SqlClient }).db;
      second = sqlStore(raw);
    }
  }, OPEN_TIMEOUT_MS);
  afterAll(async () => {
    if (second !== first && 'schema' in database.location) await second.close();
    await first.close();
    await database.drop();
  });

  const rewrite = (event: EventDefinition) =>
    raw.query('UPDATE events SET definition = $2 WHERE id = $1', [event.id, JSON.stringify(event)]);
  const insert = (event: EventDefinition) =>
    raw.query('INSERT INTO events (id, definition) VALUES ($1, $2)', [
      event.id,
      JSON.stringify(event),
    ]);
  const eventually = async (read: () => Promise<unknown>, expected: unknown) => {
    for (let i = 0; i < 300; i += 1) {
      if (isDeepStrictEqual(await read(), expected)) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(await read()).toStrictEqual(expected);
  };

  it('when another instance edits an event, then this one reads the new definition', async () => {
    const event = anEvent();
    await first.events.upsert(event);
    expect(await first.events.get(event.id)).toStrictEqual(event);
    const edited = { ...event, title: 'Edited elsewhere' };
    await second.events.upsert(edited);
    expect(await second.events.get(event.id)).toStrictEqual(edited);
    await eventually(() => first.events.get(event.id), edited);
  });

  it('when the row changes without a notice, then the kept definition is served until one comes', async () => {
    // Written without a notice too, so that no notice of its creation is still on the way.
    const event = anEvent();
    await insert(event);
    expect(await first.events.get(event.id)).toStrictEqual(event);
    const changed = { ...event, title: 'Changed behind its back' };
    await rewrite(changed);
    expect(await first.events.get(event.id)).toStrictEqual(event);
    await raw.query('SELECT pg_notify($1, $2)', [channel, event.id]);
    await eventually(() => first.events.get(event.id), changed);
  });

  it('when an event is unknown, then that is not kept: created later, it is found', async () => {
    const event = anEvent();
    expect(await first.events.get(event.id)).toBeUndefined();
    await insert(event);
    expect(await first.events.get(event.id)).toStrictEqual(event);
  });

  it('when an instance keeps a definition, then callers cannot change it for the others', async () => {
    const event = anEvent();
    await first.events.upsert(event);
    const kept = (await first.events.get(event.id))!;
    expect(() => {
      (kept as { title: string }).title = 'Mine now';
    }).toThrow(TypeError);
    expect(() => (kept.guidingQuestions as unknown[]).push({ id: 'q9', text: '?' })).toThrow(
      TypeError,
    );
    expect(await first.events.get(event.id)).toStrictEqual(event);
  });
});
