import type { AuditRecord, SpeakingQueue } from '../../../core/speaking-queue';
import type { SqlClient } from '../sql-client';
import type { QueueChange, QueueStore } from '../store';

/**
 * The NOTIFY channel every instance listens on; the payload is `{"m": id, "v": version}`.
 * Channels are database-wide, so a store in its own schema (tests) gets a channel of its own.
 */
export function queueChannel(schema?: string): string {
  return schema ? `queue_changes_${schema}` : 'queue_changes';
}

const INSERT_FIRST = `
  INSERT INTO speaking_queues (meeting_id, event_id, version, state) VALUES ($1, $2, $3, $4)
  ON CONFLICT (meeting_id) DO NOTHING
  RETURNING meeting_id`;

const UPDATE = `
  UPDATE speaking_queues SET version = $3, state = $4, updated_at = now()
  WHERE meeting_id = $1 AND event_id = $2 AND version = $5
  RETURNING meeting_id`;

const INSERT_AUDIT = `
  INSERT INTO queue_audit
    (meeting_id, version, at, actor_role, actor_user_id, actor_name, action, entry_id, detail)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`;

interface AuditRow {
  meeting_id: string;
  version: number;
  at: Date;
  actor_role: AuditRecord['actor']['role'];
  actor_user_id: string;
  actor_name: string;
  action: string;
  entry_id: string | null;
  detail: AuditRecord['detail'];
}

/**
 * Speaking queues in SQL. The NOTIFY is sent inside the saving transaction, so listeners
 * hear of a change only once it is committed, and every instance hears of it the same way.
 */
export class QueueSqlStore implements QueueStore {
  constructor(
    private readonly db: SqlClient,
    private readonly channel = queueChannel(),
  ) {}

  async get(meetingId: string): Promise<SpeakingQueue | undefined> {
    const [row] = await this.db.query<{ state: SpeakingQueue }>(
      'SELECT state FROM speaking_queues WHERE meeting_id = $1',
      [meetingId],
    );
    return row?.state;
  }

  save(
    eventId: string,
    next: SpeakingQueue,
    audit: AuditRecord,
    basedOn: number,
  ): Promise<'saved' | 'stale'> {
    const { meetingId, version } = next;
    const state = JSON.stringify(next);
    return this.db.transaction(async (tx) => {
      const saved =
        basedOn === 0
          ? await tx.query(INSERT_FIRST, [meetingId, eventId, version, state])
          : await tx.query(UPDATE, [meetingId, eventId, version, state, basedOn]);
      if (saved.length === 0) return 'stale';
      await tx.query(INSERT_AUDIT, auditValues(audit));
      await tx.query('SELECT pg_notify($1, $2)', [
        this.channel,
        JSON.stringify({ m: meetingId, v: version }),
      ]);
      return 'saved';
    });
  }

  async audit(meetingId: string): Promise<AuditRecord[]> {
    const rows = await this.db.query<AuditRow>(
      'SELECT * FROM queue_audit WHERE meeting_id = $1 ORDER BY version',
      [meetingId],
    );
    return rows.map(fromAuditRow);
  }

  onChange(onChange: (change: QueueChange | undefined) => void): Promise<() => Promise<void>> {
    return this.db.listen(this.channel, (payload) => onChange(parseChange(payload)));
  }
}

function auditValues(a: AuditRecord): unknown[] {
  return [
    a.meetingId,
    a.version,
    new Date(a.at),
    a.actor.role,
    a.actor.userId,
    a.actor.name,
    a.action,
    a.entryId ?? null,
    JSON.stringify(a.detail),
  ];
}

function fromAuditRow(row: AuditRow): AuditRecord {
  return {
    meetingId: row.meeting_id,
    version: row.version,
    at: new Date(row.at).toISOString(),
    actor: { role: row.actor_role, userId: row.actor_user_id, name: row.actor_name },
    action: row.action,
    ...(row.entry_id === null ? {} : { entryId: row.entry_id }),
    detail: row.detail,
  };
}

/** A payload that does not parse is treated as "something changed": re-read everything. */
function parseChange(payload: string | undefined): QueueChange | undefined {
  if (payload === undefined) return undefined;
  try {
    const { m, v } = JSON.parse(payload) as { m?: unknown; v?: unknown };
    return typeof m === 'string' && typeof v === 'number'
      ? { meetingId: m, version: v }
      : undefined;
  } catch {
    return undefined;
  }
}
