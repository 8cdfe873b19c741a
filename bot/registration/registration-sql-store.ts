import type { Registration, RegistrationStatus } from '../../core/registration/registration';
import { FollowedSets } from '../platform/store/followed-sets';
import { changeChannel, type SqlClient } from '../platform/store/sql-client';
import { notifyIfPublishedAuthor, publishedChannel } from './published-author-sql';
import type { CreateResult, RegistrationStore } from './registration-store';
import {
  ALL_COLUMNS,
  CHANGEABLE_COLUMNS,
  KEY_COLUMNS,
  changeableValues,
  fromRow,
  keyValues,
  type RegistrationRow,
} from './registration-row';

const placeholders = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => `$${from + i}`).join(', ');

/** The NOTIFY channel of new registrations; the payload is `[eventId, tenantId, aadObjectId]`. */
export function registrantChannel(schema?: string): string {
  return changeChannel('registrants', schema);
}

const VALUE_COUNT = KEY_COLUMNS.length + CHANGEABLE_COLUMNS.length;

// A new row tells every instance who registered, when it commits (the last parameter is the
// channel); a conflict inserts nothing and tells nobody. Any unique key (the person's, the
// reference code) is a conflict rather than an error, so that a clash does not abort the
// transaction the insert may be part of (a registration saved with its form sections).
const INSERT = `
  WITH created AS (
    INSERT INTO registrations (${KEY_COLUMNS.join(', ')}, ${CHANGEABLE_COLUMNS.join(', ')})
    VALUES (${placeholders(1, VALUE_COUNT)})
    ON CONFLICT DO NOTHING
    RETURNING ${ALL_COLUMNS})
  SELECT created.* FROM created, LATERAL pg_notify($${VALUE_COUNT + 1},
    json_build_array(created.event_id, created.tenant_id, created.aad_object_id)::text) AS told`;

// $1 is the id; the changeable columns follow from $2, `version` first; the last parameter is
// the channel of public views, told when the author of a published statement changes.
const UPDATE = `
  WITH updated AS (
    UPDATE registrations
    SET ${CHANGEABLE_COLUMNS.map((c, i) => `${c} = $${i + 2}`).join(', ')}
    WHERE id = $1 AND version = $${CHANGEABLE_COLUMNS.indexOf('version') + 2} - 1
    RETURNING ${ALL_COLUMNS})
  SELECT updated.*, ${notifyIfPublishedAuthor(`$${CHANGEABLE_COLUMNS.length + 2}`)} FROM updated`;

/**
 * Registrations in SQL: one typed column per field, the speaking group as jsonb. Who has a
 * row for an event is kept per instance (FollowedSets), so that opening the form, which asks
 * for everyone in a rush and finds most people without one, asks the database only for those
 * who may have one.
 */
export class RegistrationSqlStore implements RegistrationStore {
  private readonly registrants: FollowedSets;

  constructor(
    private readonly db: SqlClient,
    private readonly channel = registrantChannel(),
    private readonly publicChannel = publishedChannel(),
    registrants?: FollowedSets,
  ) {
    // One set per event, far more than an instance runs; past it the least recently asked goes.
    this.registrants =
      registrants ?? new FollowedSets(db, channel, { groups: 1_000, parse: parseRegistrant });
  }

  /** The same store on one transaction's connection, sharing what is known of registrants. */
  within(tx: SqlClient): RegistrationSqlStore {
    return new RegistrationSqlStore(tx, this.channel, this.publicChannel, this.registrants);
  }

  async create(registration: Registration): Promise<CreateResult> {
    const [created] = await this.db.query<RegistrationRow>(INSERT, [
      ...keyValues(registration),
      ...changeableValues(registration),
      this.channel,
    ]);
    const { eventId, tenantId, aadObjectId } = registration;
    if (created) {
      // Inside a transaction that then rolls back, the person is wrongly in the set: that
      // costs one read of their status later, never a wrong answer.
      this.registrants.added(eventId, personKey(tenantId, aadObjectId));
      return { created: true, registration: fromRow(created) };
    }
    // ON CONFLICT waited for the winner to commit, so the next statement's snapshot sees it.
    const existing = await this.findByUser(eventId, tenantId, aadObjectId);
    // Nothing inserted and no row of the person's: another registration holds the code.
    return existing ? { created: false, existing } : { created: false, referenceTaken: true };
  }

  async findByUser(
    eventId: string,
    tenantId: string,
    aadObjectId: string,
  ): Promise<Registration | undefined> {
    const [row] = await this.db.query<RegistrationRow>(
      `SELECT ${ALL_COLUMNS} FROM registrations
       WHERE event_id = $1 AND tenant_id = $2 AND aad_object_id = $3`,
      [eventId, tenantId, aadObjectId],
    );
    return row && fromRow(row);
  }

  async statusByUser(
    eventId: string,
    tenantId: string,
    aadObjectId: string,
  ): Promise<RegistrationStatus | undefined> {
    const person = personKey(tenantId, aadObjectId);
    const load = () => this.registrantsOf(eventId);
    if (!(await this.registrants.mayContain(eventId, person, load))) return undefined;
    const [row] = await this.db.query<{ status: RegistrationStatus }>(
      `SELECT status FROM registrations
       WHERE event_id = $1 AND tenant_id = $2 AND aad_object_id = $3`,
      [eventId, tenantId, aadObjectId],
    );
    return row?.status;
  }

  /** Everyone with a row for the event, as `personKey`s: one narrow read per event and instance. */
  private async registrantsOf(eventId: string): Promise<string[]> {
    const rows = await this.db.query<{ tenant_id: string; aad_object_id: string }>(
      'SELECT tenant_id, aad_object_id FROM registrations WHERE event_id = $1',
      [eventId],
    );
    return rows.map((r) => personKey(r.tenant_id, r.aad_object_id));
  }

  async listByUser(tenantId: string, aadObjectId: string): Promise<Registration[]> {
    const rows = await this.db.query<RegistrationRow>(
      `SELECT ${ALL_COLUMNS} FROM registrations
       WHERE tenant_id = $1 AND aad_object_id = $2 ORDER BY created_at, id`,
      [tenantId, aadObjectId],
    );
    return rows.map(fromRow);
  }

  async identityByEmail(email: string, excludeTenant: string) {
    const [row] = await this.db.query<{ tenant_id: string; aad_object_id: string }>(
      `SELECT tenant_id, aad_object_id FROM registrations
       WHERE email = $1 AND tenant_id <> $2 ORDER BY updated_at DESC, id LIMIT 1`,
      [email, excludeTenant],
    );
    return row && { tenantId: row.tenant_id, aadObjectId: row.aad_object_id };
  }

  async adoptByEmail(
    eventId: string,
    email: string,
    from: { tenantId: string; aadObjectId: string },
    to: { tenantId: string; aadObjectId: string },
    now: Date,
  ): Promise<Registration | undefined> {
    // Most people who open the form in Teams never registered on the web: asked of the set,
    // not of the database (an UPDATE on every form opened was the open path's costliest step).
    const load = () => this.registrantsOf(eventId);
    const web = personKey(from.tenantId, from.aadObjectId);
    if (!(await this.registrants.mayContain(eventId, web, load))) return undefined;
    const [row] = await this.db.query<RegistrationRow>(
      `WITH adopted AS (
         UPDATE registrations SET tenant_id = $4, aad_object_id = $5, version = version + 1,
           updated_at = $6
         WHERE id = (SELECT id FROM registrations WHERE event_id = $1 AND email = $2
                       AND tenant_id = $3 ORDER BY updated_at DESC LIMIT 1)
           AND NOT EXISTS (SELECT 1 FROM registrations WHERE event_id = $1
                             AND tenant_id = $4 AND aad_object_id = $5)
         RETURNING ${ALL_COLUMNS})
       SELECT adopted.* FROM adopted, LATERAL pg_notify($7,
         json_build_array(adopted.event_id, adopted.tenant_id, adopted.aad_object_id)::text) AS told`,
      [eventId, email, from.tenantId, to.tenantId, to.aadObjectId, now, this.channel],
    );
    if (!row) return undefined;
    this.registrants.added(eventId, personKey(to.tenantId, to.aadObjectId));
    return fromRow(row);
  }

  async listForEvent(eventId: string): Promise<Registration[]> {
    const rows = await this.db.query<RegistrationRow>(
      `SELECT ${ALL_COLUMNS} FROM registrations WHERE event_id = $1 ORDER BY created_at, id`,
      [eventId],
    );
    return rows.map(fromRow);
  }

  async update(next: Registration): Promise<Registration | 'conflict'> {
    const [row] = await this.db.query<RegistrationRow>(UPDATE, [
      next.id,
      ...changeableValues(next),
      this.publicChannel,
    ]);
    return row ? fromRow(row) : 'conflict';
  }
}

function personKey(tenantId: string, aadObjectId: string): string {
  return JSON.stringify([tenantId, aadObjectId]);
}

/** A notice's payload, `[eventId, tenantId, aadObjectId]`, as the event and the person's key. */
function parseRegistrant(payload: string): [string, string] | undefined {
  try {
    const parsed: unknown = JSON.parse(payload);
    if (!Array.isArray(parsed) || parsed.length !== 3) return undefined;
    const [eventId, tenantId, aadObjectId] = parsed as unknown[];
    if (typeof eventId !== 'string' || typeof tenantId !== 'string') return undefined;
    if (typeof aadObjectId !== 'string') return undefined;
    return [eventId, personKey(tenantId, aadObjectId)];
  } catch {
    return undefined;
  }
}
