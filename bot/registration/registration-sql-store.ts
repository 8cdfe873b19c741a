import type { Registration, RegistrationStatus } from '../../core/registration/registration';
import type { SqlClient } from '../store/sql-client';
import type { CreateResult, RegistrationStore } from '../store/store';
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

const INSERT = `
  INSERT INTO registrations (${KEY_COLUMNS.join(', ')}, ${CHANGEABLE_COLUMNS.join(', ')})
  VALUES (${placeholders(1, KEY_COLUMNS.length + CHANGEABLE_COLUMNS.length)})
  ON CONFLICT (event_id, tenant_id, aad_object_id) DO NOTHING
  RETURNING ${ALL_COLUMNS}`;

// $1 is the id; the changeable columns follow from $2, `version` first.
const UPDATE = `
  UPDATE registrations
  SET ${CHANGEABLE_COLUMNS.map((c, i) => `${c} = $${i + 2}`).join(', ')}
  WHERE id = $1 AND version = $${CHANGEABLE_COLUMNS.indexOf('version') + 2} - 1
  RETURNING ${ALL_COLUMNS}`;

/** Registrations in SQL: one typed column per field, the speaking group as jsonb. */
export class RegistrationSqlStore implements RegistrationStore {
  constructor(private readonly db: SqlClient) {}

  async create(registration: Registration): Promise<CreateResult> {
    let created: RegistrationRow | undefined;
    try {
      [created] = await this.db.query<RegistrationRow>(INSERT, [
        ...keyValues(registration),
        ...changeableValues(registration),
      ]);
    } catch (error) {
      if (isReferenceCodeClash(error)) return { created: false, referenceTaken: true };
      throw error;
    }
    if (created) return { created: true, registration: fromRow(created) };
    // ON CONFLICT waited for the winner to commit, so this statement's snapshot sees it.
    const { eventId, tenantId, aadObjectId } = registration;
    const existing = await this.findByUser(eventId, tenantId, aadObjectId);
    if (!existing) throw new Error(`Registration ${registration.id} conflicted but is not found`);
    return { created: false, existing };
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
    const [row] = await this.db.query<{ status: RegistrationStatus }>(
      `SELECT status FROM registrations
       WHERE event_id = $1 AND tenant_id = $2 AND aad_object_id = $3`,
      [eventId, tenantId, aadObjectId],
    );
    return row?.status;
  }

  async listByUser(tenantId: string, aadObjectId: string): Promise<Registration[]> {
    const rows = await this.db.query<RegistrationRow>(
      `SELECT ${ALL_COLUMNS} FROM registrations
       WHERE tenant_id = $1 AND aad_object_id = $2 ORDER BY created_at, id`,
      [tenantId, aadObjectId],
    );
    return rows.map(fromRow);
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
    ]);
    return row ? fromRow(row) : 'conflict';
  }
}

/** A unique violation (SQLSTATE 23505) on the reference code, as pg and PGlite both report it. */
function isReferenceCodeClash(error: unknown): boolean {
  const { code, constraint } = error as { code?: string; constraint?: string };
  return code === '23505' && (constraint ?? '').includes('reference_code');
}
