import type { AuditRecord } from '../../core/speaking-queue';

/** A `queue_audit` row as the database returns it. */
export interface AuditRow {
  meeting_id: string;
  session_id: string;
  version: number;
  at: Date;
  actor_role: AuditRecord['actor']['role'];
  actor_user_id: string;
  actor_name: string;
  action: string;
  entry_id: string | null;
  detail: AuditRecord['detail'];
}

export const INSERT_AUDIT = `
  INSERT INTO queue_audit (meeting_id, session_id, version, at, actor_role, actor_user_id,
    actor_name, action, entry_id, detail)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`;

/** The values of `INSERT_AUDIT` for a record. */
export function auditValues(a: AuditRecord): unknown[] {
  return [
    a.meetingId,
    a.sessionId,
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

/** The record a row holds. */
export function fromAuditRow(row: AuditRow): AuditRecord {
  return {
    meetingId: row.meeting_id,
    sessionId: row.session_id,
    version: row.version,
    at: new Date(row.at).toISOString(),
    actor: { role: row.actor_role, userId: row.actor_user_id, name: row.actor_name },
    action: row.action,
    ...(row.entry_id === null ? {} : { entryId: row.entry_id }),
    detail: row.detail,
  };
}
