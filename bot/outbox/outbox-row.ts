import type { OutboxKind, OutboxStatus } from '../../core/outbox/outbox-message';
import type { OutboxRow } from './outbox-store';

/** An outbox row as both databases return it. */
export interface OutboxSqlRow {
  id: string;
  dedupe_key: string;
  kind: OutboxKind;
  event_id: string;
  registration_id: string;
  tenant_id: string;
  aad_object_id: string;
  status: OutboxStatus;
  attempts: number;
  next_attempt_at: Date;
  last_error: string | null;
  sent_at: Date | null;
  payload: Record<string, unknown>;
  created_at: Date;
}

export const OUTBOX_COLUMNS = `id, dedupe_key, kind, event_id, registration_id, tenant_id,
  aad_object_id, status, attempts, next_attempt_at, last_error, sent_at, payload, created_at`;

export function fromOutboxRow(row: OutboxSqlRow): OutboxRow {
  return {
    id: row.id,
    dedupeKey: row.dedupe_key,
    kind: row.kind,
    eventId: row.event_id,
    registrationId: row.registration_id,
    recipient: { tenantId: row.tenant_id, aadObjectId: row.aad_object_id },
    notBefore: row.next_attempt_at,
    payload: row.payload,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    ...(row.last_error !== null ? { lastError: row.last_error } : {}),
    ...(row.sent_at !== null ? { sentAt: row.sent_at } : {}),
    createdAt: row.created_at,
  };
}
