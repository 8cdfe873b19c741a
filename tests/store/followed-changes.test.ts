import { isDeepStrictEqual } from 'node:util';
import type { EventDefinition } from '../../core/event/event';
import { openClient, openStore } from '../../bot/open-store';
import type { SqlClient } from '../../bot/platform/store/sql-client';
import { sqlStore } from '../../bot/sql-stores';
import { eventChannel } from '../../bot/event/event-sql-store';
import { languageChannel } from '../../bot/platform/store/sql/conversation-sql-store';
import { registrantChannel } from '../../bot/registration/registration-sql-store';
import type { Store } from '../../bot/stores';
import { OPEN_TIMEOUT_MS } from './contract/use-store';
import { aPerson, aReferenceCode, anEvent } from './store-fixtures';
import {
  TEST_DATABASE_URL,
  pgliteTarget,
  postgresTarget,
  type TestDatabase,
} from './store-targets';

/**
 * What every turn reads is kept per instance after the first read (FollowedCache): event
 * definitions and people's language choices. Two instances on one database each keep their
 * own, and each forgets a value when any instance changes it (LISTEN/NOTIFY). On PGlite the
 * two instances share the one embedded database of the process.
 */
const targets = TEST_DATABASE_URL
  ? [pgliteTarget, postgresTarget(TEST_DATABASE_URL)]
  : [pgliteTarget];

interface TwoInstances {
  first: Store;
  second: Store;
  /** A plain client on the same database, to write behind both instances' backs. */
  raw: SqlClient;
  schema: string | undefined;
}

/** Opens two instances on a new database of `target` before the tests, closes them after. */
function useTwoInstances(target: (typeof targets)[number]): TwoInstances {
  const handle = {} as TwoInstances;
  let database: TestDatabase;
  beforeAll(async () => {
    database = await target.newDatabase();
    handle.first = await openStore(database.location);
    handle.schema = 'schema' in database.location ? database.location.schema : undefined;
    if (handle.schema) {
      handle.raw = await openClient(database.location);
      handle.second = sqlStore(handle.raw, handle.schema);
    } else {
      // One process holds an embedded database: reach it through the first store's client.
      handle.raw = (handle.first.events as unknown as { db: SqlClient }).db;
      handle.second = sqlStore(handle.raw);
    }
  }, OPEN_TIMEOUT_MS);
  afterAll(async () => {
    if ('schema' in database.location) await handle.second.close();
    await handle.first.close();
    await database.drop();
  });
  return handle;
}

const eventually = async (read: () => Promise<unknown>, expected: unknown) => {
  for (let i = 0; i < 300; i += 1) {
    if (isDeepStrictEqual(await read(), expected)) break;
    await new Promise((r) => setTimeout(r, 10));
  }
  expect(await read()).toStrictEqual(expected);
};

describe.each(targets)('event definitions kept per instance on $name', (target) => {
  const instances = useTwoInstances(target);
  let first: Store;
  let second: Store;
  let raw: SqlClient;
  let channel: string;
  beforeAll(() => {
    ({ first, second, raw } = instances);
    channel = eventChannel(instances.schema);
  });

  const rewrite = (event: EventDefinition) =>
    raw.query('UPDATE events SET definition = $2 WHERE id = $1', [event.id, JSON.stringify(event)]);
  const insert = (event: EventDefinition) =>
    raw.query('INSERT INTO events (id, definition) VALUES ($1, $2)', [
      event.id,
      JSON.stringify(event),
    ]);
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

describe.each(targets)('language choices kept per instance on $name', (target) => {
  const instances = useTwoInstances(target);
  let n = 0;
  const person = () => ({ tenant: 'tenant-1', aad: `aad-${(n += 1)}` });
  const at = new Date('2026-12-03T10:00:00Z');

  it('when another instance records a choice, then this one answers in it from then on', async () => {
    const { first, second } = instances;
    const p = person();
    expect(await first.conversations.language(p.tenant, p.aad)).toBeUndefined();
    await second.conversations.setLanguage(p.tenant, p.aad, 'fr', at);
    expect(await second.conversations.language(p.tenant, p.aad)).toBe('fr');
    await eventually(() => first.conversations.language(p.tenant, p.aad), 'fr');
    await first.conversations.setLanguage(p.tenant, p.aad, 'ar', at);
    expect(await first.conversations.language(p.tenant, p.aad)).toBe('ar');
    await eventually(() => second.conversations.language(p.tenant, p.aad), 'ar');
  });

  it('when "none chosen" is kept, then it is served until a notice comes', async () => {
    const { first, raw, schema } = instances;
    const p = person();
    expect(await first.conversations.language(p.tenant, p.aad)).toBeUndefined();
    await raw.query(
      `INSERT INTO person_languages (tenant_id, aad_object_id, language, updated_at)
       VALUES ($1, $2, 'zh', now())`,
      [p.tenant, p.aad],
    );
    expect(await first.conversations.language(p.tenant, p.aad)).toBeUndefined();
    await raw.query('SELECT pg_notify($1, $2)', [languageChannel(schema), `${p.tenant}|${p.aad}`]);
    await eventually(() => first.conversations.language(p.tenant, p.aad), 'zh');
  });

  it('when an instance saves a reference, then it learns the choice in that statement and keeps it', async () => {
    const { first, raw } = instances;
    const p = person();
    await first.conversations.language(p.tenant, `${p.aad}-other`); // now following
    const write = (language: string) =>
      raw.query(
        `INSERT INTO person_languages (tenant_id, aad_object_id, language, updated_at)
         VALUES ($1, $2, $3, now())
         ON CONFLICT (tenant_id, aad_object_id) DO UPDATE SET language = EXCLUDED.language`,
        [p.tenant, p.aad, language],
      );
    await write('ru'); // no notice: only the save's own read can tell
    await first.conversations.save({
      tenantId: p.tenant,
      aadObjectId: p.aad,
      conversationId: 'a:1-personal',
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
      reference: {},
      updatedAt: at,
    });
    expect(await first.conversations.language(p.tenant, p.aad)).toBe('ru');
    await write('es'); // still no notice: the kept answer is served, no read
    expect(await first.conversations.language(p.tenant, p.aad)).toBe('ru');
  });
});

describe.each(targets)('who registered, kept per instance on $name', (target) => {
  const instances = useTwoInstances(target);
  const newEvent = async () => {
    const event = anEvent();
    await instances.first.events.upsert(event);
    return event.id;
  };

  it('when another instance registers someone, then this one soon knows their status', async () => {
    const { first, second } = instances;
    const registration = aPerson(await newEvent());
    const { eventId, tenantId, aadObjectId } = registration;
    expect(await first.registrations.statusByUser(eventId, tenantId, aadObjectId)).toBeUndefined();
    await second.registrations.create(registration);
    await eventually(
      () => first.registrations.statusByUser(eventId, tenantId, aadObjectId),
      'pending',
    );
  });

  it('when a row is written without a notice, then this instance does not know it until one comes', async () => {
    const { first, second, raw, schema } = instances;
    const amina = aPerson(await newEvent());
    const status = (aad: string) =>
      first.registrations.statusByUser(amina.eventId, amina.tenantId, aad);
    expect(await status(amina.aadObjectId)).toBeUndefined(); // now kept: nobody registered
    await second.registrations.create(amina);
    await eventually(() => status(amina.aadObjectId), 'pending');
    // A copy of Amina's row for Omar, written behind both stores' backs: no notice.
    await raw.query(
      `INSERT INTO registrations
       SELECT (jsonb_populate_record(r, jsonb_build_object(
         'id', $2::text, 'aad_object_id', 'omar', 'reference_code', $3::text))).*
       FROM registrations r WHERE r.id = $1`,
      [amina.id, crypto.randomUUID(), aReferenceCode()],
    );
    expect(await status('omar')).toBeUndefined();
    await raw.query('SELECT pg_notify($1, $2)', [
      registrantChannel(schema),
      JSON.stringify([amina.eventId, amina.tenantId, 'omar']),
    ]);
    await eventually(() => status('omar'), 'pending');
  });
});
