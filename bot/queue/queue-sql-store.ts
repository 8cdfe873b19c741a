import type { AuditRecord, SpeakingQueue } from '../../core/speaking-queue';
import { changeChannel, type SqlClient } from '../platform/store/sql-client';
import type { QueueChange, QueueStore, SessionChoice } from './queue-store';
import { auditValues, fromAuditRow, INSERT_AUDIT, type AuditRow } from './queue-audit-row';

/**
 * The NOTIFY channel every instance listens on; the payload is `{"m": id, "s": session,
 * "v": version}` for a saved list and `{"c": event, "s": session, "t": epoch ms}` for the chair's choice.
 * Channels are database-wide, so a store in its own schema (tests) gets a channel of its own.
 */
export function queueChannel(schema?: string): string {
  return changeChannel('queue_changes', schema);
}

const INSERT_FIRST = `
  INSERT INTO speaking_queues (meeting_id, session_id, event_id, version, state)
  VALUES ($1, $2, $3, $4, $5)
  ON CONFLICT (meeting_id, session_id) DO NOTHING
  RETURNING meeting_id`;

const UPDATE = `
  UPDATE speaking_queues SET version = $4, state = $5, updated_at = now()
  WHERE meeting_id = $1 AND session_id = $2 AND event_id = $3 AND version = $6
  RETURNING meeting_id`;

const CHOOSE = `
  INSERT INTO queue_chosen_sessions (event_id, session_id, chosen_by, chosen_at)
  VALUES ($1, $2, $3, $4)
  ON CONFLICT (event_id) DO UPDATE
  SET session_id = EXCLUDED.session_id, chosen_by = EXCLUDED.chosen_by,
    chosen_at = EXCLUDED.chosen_at`;

/**
 * Speaking queues in SQL, one row per session's list. The NOTIFY is sent inside the saving
 * transaction, so listeners hear of a change only once it is committed, and every instance
 * hears of it the same way.
 */
export class QueueSqlStore implements QueueStore {
  constructor(
    private readonly db: SqlClient,
    private readonly channel = queueChannel(),
  ) {}

  async get(meetingId: string, sessionId: string): Promise<SpeakingQueue | undefined> {
    const [row] = await this.db.query<{ state: SpeakingQueue }>(
      'SELECT state FROM speaking_queues WHERE meeting_id = $1 AND session_id = $2',
      [meetingId, sessionId],
    );
    return row?.state;
  }

  save(
    eventId: string,
    next: SpeakingQueue,
    audit: AuditRecord,
    basedOn: number,
  ): Promise<'saved' | 'stale'> {
    const { meetingId, sessionId, version } = next;
    const key = [meetingId, sessionId, eventId, version, JSON.stringify(next)];
    return this.db.transaction(async (tx) => {
      const saved =
        basedOn === 0
          ? await tx.query(INSERT_FIRST, key)
          : await tx.query(UPDATE, [...key, basedOn]);
      if (saved.length === 0) return 'stale';
      await tx.query(INSERT_AUDIT, auditValues(audit));
      await tx.query('SELECT pg_notify($1, $2)', [
        this.channel,
        JSON.stringify({ m: meetingId, s: sessionId, v: version }),
      ]);
      return 'saved';
    });
  }

  async audit(meetingId: string, sessionId: string): Promise<AuditRecord[]> {
    const rows = await this.db.query<AuditRow>(
      'SELECT * FROM queue_audit WHERE meeting_id = $1 AND session_id = $2 ORDER BY version',
      [meetingId, sessionId],
    );
    return rows.map(fromAuditRow);
  }

  async ofEvent(eventId: string): Promise<SpeakingQueue[]> {
    const rows = await this.db.query<{ state: SpeakingQueue }>(
      'SELECT state FROM speaking_queues WHERE event_id = $1 ORDER BY session_id',
      [eventId],
    );
    return rows.map((r) => r.state);
  }

  choose(choice: SessionChoice): Promise<void> {
    const { eventId, sessionId, chosenBy, at } = choice;
    return this.db.transaction(async (tx) => {
      await tx.query(CHOOSE, [eventId, sessionId, chosenBy, at]);
      await tx.query('SELECT pg_notify($1, $2)', [
        this.channel,
        JSON.stringify({ c: eventId, s: sessionId, t: at.getTime() }),
      ]);
    });
  }

  async chosen(eventId: string): Promise<SessionChoice | undefined> {
    const [row] = await this.db.query<{ session_id: string; chosen_by: string; chosen_at: Date }>(
      'SELECT session_id, chosen_by, chosen_at FROM queue_chosen_sessions WHERE event_id = $1',
      [eventId],
    );
    return (
      row && {
        eventId,
        sessionId: row.session_id,
        chosenBy: row.chosen_by,
        at: new Date(row.chosen_at),
      }
    );
  }

  onChange(onChange: (change: QueueChange | undefined) => void): Promise<() => Promise<void>> {
    return this.db.listen(this.channel, (payload) => onChange(parseChange(payload)));
  }
}

/** A payload that does not parse is treated as "something changed": re-read everything. */
function parseChange(payload: string | undefined): QueueChange | undefined {
  if (payload === undefined) return undefined;
  try {
    const { m, s, v, c, t } = JSON.parse(payload) as Record<string, unknown>;
    if (typeof s !== 'string') return undefined;
    if (typeof c === 'string' && typeof t === 'number')
      return { kind: 'chosen', eventId: c, sessionId: s, at: new Date(t) };
    return typeof m === 'string' && typeof v === 'number'
      ? { kind: 'queue', meetingId: m, sessionId: s, version: v }
      : undefined;
  } catch {
    return undefined;
  }
}
