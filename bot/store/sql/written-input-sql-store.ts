import type { WrittenInput } from '../../../core/registration/written-input';
import type { SqlClient } from '../sql-client';
import type { WrittenInputStore } from '../store';

interface InputRow {
  id: string;
  event_id: string;
  registration_id: string;
  tenant_id: string;
  aad_object_id: string;
  kind: WrittenInput['kind'];
  text: string;
  file_name: string | null;
  content_type: string | null;
  size_bytes: number;
  received_at: Date;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Written input with file bytes in bytea; listings leave the bytes out. */
export class WrittenInputSqlStore implements WrittenInputStore {
  constructor(private readonly db: SqlClient) {}

  async add(input: WrittenInput): Promise<void> {
    await this.db.query(
      `INSERT INTO written_inputs (id, event_id, registration_id, tenant_id, aad_object_id, kind,
         text, file_name, content_type, content, size_bytes, received_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [
        input.id,
        input.eventId,
        input.registrationId,
        input.tenantId,
        input.aadObjectId,
        input.kind,
        input.text,
        input.fileName ?? null,
        input.contentType ?? null,
        input.content === undefined ? null : Buffer.from(input.content),
        input.sizeBytes,
        input.receivedAt,
      ],
    );
  }

  async listForEvent(eventId: string): Promise<WrittenInput[]> {
    const rows = await this.db.query<InputRow>(
      `SELECT id, event_id, registration_id, tenant_id, aad_object_id, kind, text, file_name,
         content_type, size_bytes, received_at
       FROM written_inputs WHERE event_id = $1 ORDER BY received_at DESC, id`,
      [eventId],
    );
    return rows.map(fromRow);
  }

  async content(id: string): Promise<Uint8Array | undefined> {
    // Ids come from download requests; anything but a uuid would make the query itself fail.
    if (!UUID.test(id)) return undefined;
    const [row] = await this.db.query<{ content: Uint8Array | null }>(
      'SELECT content FROM written_inputs WHERE id = $1',
      [id],
    );
    // pg hands back a Buffer; callers get a plain Uint8Array from either driver.
    return row?.content ? new Uint8Array(row.content) : undefined;
  }
}

function fromRow(row: InputRow): WrittenInput {
  return {
    id: row.id,
    eventId: row.event_id,
    registrationId: row.registration_id,
    tenantId: row.tenant_id,
    aadObjectId: row.aad_object_id,
    kind: row.kind,
    text: row.text,
    ...(row.file_name === null ? {} : { fileName: row.file_name }),
    ...(row.content_type === null ? {} : { contentType: row.content_type }),
    sizeBytes: row.size_bytes,
    receivedAt: row.received_at,
  };
}
