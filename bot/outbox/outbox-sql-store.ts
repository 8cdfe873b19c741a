import type { OutboxMessage, OutboxStatus } from '../../core/outbox/outbox-message';
import type { Registration } from '../../core/registration/registration';
import type { SqlClient } from '../platform/store/sql-client';
import { EMAIL_TENANT } from '../../core/email-identity/web-identity';
import type {
  ClaimedRow,
  OutboxOutcome,
  OutboxRow,
  OutboxStore,
  OutboxTally,
} from './outbox-store';
import { fromOutboxRow, OUTBOX_COLUMNS, type OutboxSqlRow } from './outbox-row';
import { emptyBacklog, type BacklogReason, type OutboxBacklog } from '../../core/outbox/backlog';
import { RegistrationSqlStore } from '../registration';

/**
 * The backlog by reason, in one grouped pass over the undelivered rows (core/outbox/backlog.ts).
 * Refusals count attempts; a row put back to wait for its slot gives its attempt back, so it
 * counts as waiting, not retrying. Reminders not yet due are the ones scheduled later.
 */
const BACKLOG = `
  SELECT CASE
      WHEN status = 'failed' THEN 'failed'
      WHEN status = 'sending' THEN 'heldByWorker'
      WHEN attempts > 0 THEN 'retrying'
      WHEN kind = 'reminder' AND next_attempt_at > $1 THEN 'later'
      ELSE 'waitingForRateLimit'
    END AS reason, count(*)::integer AS n
  FROM outbox WHERE status IN ('pending', 'sending', 'failed')
    AND ($2::text IS NULL OR event_id = $2)
  GROUP BY 1`;

// One statement for both databases. SKIP LOCKED lets concurrent workers on PostgreSQL take
// disjoint rows without waiting; PGlite has a single session, where it changes nothing.
const CLAIM = `
  UPDATE outbox SET status = 'sending', claim_token = gen_random_uuid(),
    lease_until = $1::timestamptz + $2 * interval '1 millisecond', attempts = attempts + 1
  WHERE id IN (
    SELECT id FROM outbox
    WHERE (status = 'pending' AND next_attempt_at <= $1)
       OR (status = 'sending' AND lease_until <= $1)
    ORDER BY next_attempt_at, seq
    LIMIT $3
    FOR UPDATE SKIP LOCKED)
  RETURNING ${OUTBOX_COLUMNS}, seq, claim_token`;

const INSERT = `
  INSERT INTO outbox (dedupe_key, kind, event_id, registration_id, tenant_id, aad_object_id,
    next_attempt_at, payload, created_at)
  SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::uuid[], $5::text[], $6::text[],
    $7::timestamptz[], $8::jsonb[], $9::timestamptz[])
  ON CONFLICT (dedupe_key) DO NOTHING`;

// The slot is the later of the tenant's next free time and now + notBefore; the row then
// moves one spacing past it. The wait is measured on the database's clock.
const RESERVE_SLOT = `
  INSERT INTO outbox_send_slots AS s (tenant_id, next_at)
  VALUES ($1, clock_timestamp() + ($3::float8 + $2::float8) * interval '1 millisecond')
  ON CONFLICT (tenant_id) DO UPDATE SET next_at =
    GREATEST(s.next_at, clock_timestamp() + $3::float8 * interval '1 millisecond')
    + $2::float8 * interval '1 millisecond'
  RETURNING (EXTRACT(EPOCH FROM (s.next_at - clock_timestamp())) * 1000 - $2::float8)::float8
    AS wait_ms`;

// Web registrants are kept under the 'email' tenant (decision 028); every other is Teams.
const TALLY = `
  SELECT status, tenant_id = $3 AS email, count(*)::int AS n,
    count(*) FILTER (WHERE status = 'pending' AND kind = 'reminder' AND next_attempt_at > $2)::int
      AS scheduled
  FROM outbox WHERE event_id = $1 GROUP BY status, tenant_id = $3`;
// The same slot, taken only when it is near: otherwise nothing is written.
const RESERVE_SLOT_WITHIN = `
  INSERT INTO outbox_send_slots AS s (tenant_id, next_at)
  VALUES ($1, clock_timestamp() + $2::float8 * interval '1 millisecond')
  ON CONFLICT (tenant_id) DO UPDATE SET next_at =
    GREATEST(s.next_at, clock_timestamp()) + $2::float8 * interval '1 millisecond'
  WHERE s.next_at <= clock_timestamp() + $3::float8 * interval '1 millisecond'
  RETURNING (EXTRACT(EPOCH FROM (s.next_at - clock_timestamp())) * 1000 - $2::float8)::float8
    AS wait_ms`;

// Hours are counted whole (the oldest one in full), so the count never falls short of the
// mails sent in the last 24 hours.
const DAY_OF_SENDS = `
  SELECT hour, sent FROM mailbox_send_counts
  WHERE hour > date_trunc('hour', $1::timestamptz) - interval '24 hours' ORDER BY hour`;

/** The outbox in SQL: claims are leases fenced by a per-claim token. */
export class OutboxSqlStore implements OutboxStore {
  constructor(private readonly db: SqlClient) {}

  async enqueue(messages: readonly OutboxMessage[], now: Date): Promise<number> {
    if (messages.length === 0) return 0;
    const column = <T>(pick: (m: OutboxMessage) => T) => messages.map(pick);
    const rows = await this.db.query<{ id: string }>(`${INSERT} RETURNING id`, [
      column((m) => m.dedupeKey),
      column((m) => m.kind),
      column((m) => m.eventId),
      column((m) => m.registrationId),
      column((m) => m.recipient.tenantId),
      column((m) => m.recipient.aadObjectId),
      column((m) => m.notBefore),
      column((m) => JSON.stringify(m.payload)),
      column(() => now),
    ]);
    return rows.length;
  }

  enqueueWithUpdate(
    next: Registration,
    messages: readonly OutboxMessage[],
    now: Date,
  ): Promise<Registration | 'conflict'> {
    return this.db.transaction(async (tx) => {
      const saved = await new RegistrationSqlStore(tx).update(next);
      if (saved !== 'conflict') await new OutboxSqlStore(tx).enqueue(messages, now);
      return saved;
    });
  }

  async claim(limit: number, now: Date, leaseMs: number): Promise<ClaimedRow[]> {
    if (limit <= 0) return [];
    const rows = await this.db.query<OutboxSqlRow & { seq: string; claim_token: string }>(CLAIM, [
      now,
      leaseMs,
      limit,
    ]);
    return rows
      .sort(
        (a, b) =>
          a.next_attempt_at.getTime() - b.next_attempt_at.getTime() ||
          Number(a.seq) - Number(b.seq),
      )
      .map((row) => ({ ...fromOutboxRow(row), claimToken: row.claim_token }));
  }

  async finish(
    row: Pick<ClaimedRow, 'id' | 'claimToken'>,
    outcome: OutboxOutcome,
  ): Promise<boolean> {
    const [sentAt, nextAttemptAt, error] =
      outcome.status === 'sent'
        ? [outcome.at, null, null]
        : [null, outcome.status === 'pending' ? outcome.nextAttemptAt : null, outcome.error];
    // A row put back to wait its turn gives its claim's attempt back.
    const giveBack = outcome.status === 'pending' && outcome.deferred ? 1 : 0;
    // On a pool, on connections of their own: a mark that waits is a message a kill resends.
    const updated = await (this.db.priority ?? this.db).query(
      `UPDATE outbox SET status = $3, sent_at = $4,
         next_attempt_at = COALESCE($5, next_attempt_at), last_error = $6,
         claim_token = NULL, lease_until = NULL, attempts = attempts - $7::integer
       WHERE id = $1 AND claim_token = $2 AND status = 'sending'
       RETURNING id`,
      [
        row.id,
        row.claimToken,
        outcome.status,
        sentAt,
        nextAttemptAt,
        error?.slice(0, 1000),
        giveBack,
      ],
    );
    return updated.length === 1;
  }

  async list(filter: { eventId?: string; status?: OutboxRow['status'] }): Promise<OutboxRow[]> {
    const rows = await this.db.query<OutboxSqlRow>(
      `SELECT ${OUTBOX_COLUMNS} FROM outbox
       WHERE ($1::text IS NULL OR event_id = $1) AND ($2::text IS NULL OR status = $2)
       ORDER BY seq`,
      [filter.eventId ?? null, filter.status ?? null],
    );
    return rows.map(fromOutboxRow);
  }

  async tally(eventId: string, now: Date): Promise<OutboxTally> {
    const zero = (): Record<OutboxStatus, number> => ({
      pending: 0,
      sending: 0,
      sent: 0,
      failed: 0,
      cancelled: 0,
    });
    const tally: OutboxTally = {
      byChannel: { teams: zero(), email: zero() },
      scheduled: 0,
      failed: [],
    };
    const groups = await this.db.query<{
      status: OutboxStatus;
      email: boolean;
      n: number;
      scheduled: number;
    }>(TALLY, [eventId, now, EMAIL_TENANT]);
    for (const group of groups) {
      tally.byChannel[group.email ? 'email' : 'teams'][group.status] += group.n;
      tally.scheduled += group.scheduled;
    }
    if (groups.some((g) => g.status === 'failed'))
      tally.failed = await this.list({ eventId, status: 'failed' });
    return tally;
  }

  async knownKeys(keys: readonly string[]): Promise<Set<string>> {
    if (keys.length === 0) return new Set();
    const rows = await this.db.query<{ dedupe_key: string }>(
      'SELECT dedupe_key FROM outbox WHERE dedupe_key = ANY($1::text[])',
      [keys],
    );
    return new Set(rows.map((row) => row.dedupe_key));
  }

  async cancelDue(eventId: string, now: Date): Promise<number> {
    const rows = await this.db.query<{ id: string }>(
      `UPDATE outbox SET status = 'cancelled', last_error = 'stopped by the chair'
       WHERE event_id = $1 AND status = 'pending'
         AND (kind <> 'reminder' OR next_attempt_at <= $2)
       RETURNING id`,
      [eventId, now],
    );
    return rows.length;
  }

  async retryFailed(
    eventId: string,
    ids: readonly string[] | undefined,
    now: Date,
  ): Promise<OutboxRow[]> {
    // Compared as text, so an id that is not a uuid matches nothing instead of failing.
    const rows = await this.db.query<OutboxSqlRow>(
      `UPDATE outbox SET status = 'pending', attempts = 0, next_attempt_at = $3
       WHERE event_id = $1 AND status = 'failed'
         AND ($2::text[] IS NULL OR id::text = ANY($2::text[]))
       RETURNING ${OUTBOX_COLUMNS}`,
      [eventId, ids ? [...ids] : null, now],
    );
    return rows.map(fromOutboxRow);
  }

  async depth(): Promise<number> {
    const [row] = await this.db.query<{ depth: number }>(
      `SELECT count(*)::integer AS depth FROM outbox WHERE status IN ('pending', 'sending')`,
    );
    return row?.depth ?? 0;
  }

  async backlog(now: Date, eventId?: string): Promise<OutboxBacklog> {
    const rows = await this.db.query<{ reason: BacklogReason; n: number }>(BACKLOG, [
      now,
      eventId ?? null,
    ]);
    const backlog = emptyBacklog();
    for (const row of rows) backlog[row.reason] = row.n;
    return backlog;
  }

  async reserveSendSlot(tenantId: string, spacingMs: number, notBeforeMs: number) {
    const [row] = await this.db.query<{ wait_ms: number }>(RESERVE_SLOT, [
      tenantId,
      spacingMs,
      Math.max(0, notBeforeMs),
    ]);
    return Math.max(0, Math.ceil(row?.wait_ms ?? 0));
  }

  async reserveSendSlotWithin(slot: string, spacingMs: number, horizonMs: number) {
    const [row] = await this.db.query<{ wait_ms: number }>(RESERVE_SLOT_WITHIN, [
      slot,
      spacingMs,
      Math.max(0, horizonMs),
    ]);
    if (row) return { booked: true as const, waitMs: Math.max(0, Math.ceil(row.wait_ms)) };
    const [busy] = await this.db.query<{ busy_ms: number }>(
      `SELECT (EXTRACT(EPOCH FROM (next_at - clock_timestamp())) * 1000)::float8 AS busy_ms
       FROM outbox_send_slots WHERE tenant_id = $1`,
      [slot],
    );
    return { booked: false as const, busyMs: Math.max(0, Math.ceil(busy?.busy_ms ?? 0)) };
  }

  countMailboxSend(now: Date, dailyLimit: number): Promise<Date | undefined> {
    return this.db.transaction(async (tx) => {
      // One instance at a time reads and adds, so together they never pass the limit.
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('mailbox_send_counts'))`);
      const hours = await tx.query<{ hour: Date; sent: number }>(DAY_OF_SENDS, [now]);
      const used = hours.reduce((sum, h) => sum + h.sent, 0);
      if (used >= dailyLimit) {
        // Each hour counts until a day after it began; the oldest frees room first.
        let freed = 0;
        const over = used - dailyLimit + 1;
        for (const h of hours) {
          freed += h.sent;
          if (freed >= over) return new Date(h.hour.getTime() + 86_400_000);
        }
      }
      await tx.query(
        `INSERT INTO mailbox_send_counts (hour, sent) VALUES (date_trunc('hour', $1::timestamptz), 1)
         ON CONFLICT (hour) DO UPDATE SET sent = mailbox_send_counts.sent + 1`,
        [now],
      );
      return undefined;
    });
  }

  async recentSends(since: Date) {
    const rows = await this.db.query<{ tenant_id: string; aad_object_id: string; sent_at: Date }>(
      `SELECT tenant_id, aad_object_id, sent_at FROM outbox
       WHERE status = 'sent' AND sent_at > $1 ORDER BY sent_at`,
      [since],
    );
    return rows.map((r) => ({
      tenantId: r.tenant_id,
      aadObjectId: r.aad_object_id,
      at: r.sent_at,
    }));
  }
}
