import type { OutboxMessage } from '../../core/outbox/outbox-message';
import type { InputReview, WrittenInput } from '../../core/registration/written-input';
import type { SqlClient } from '../platform/store/sql-client';
import type { WrittenInputStore } from './written-input-store';
import { OutboxSqlStore } from '../outbox';
import { fromInputRow, INPUT_COLUMNS, type InputRow } from './written-input-row';
import { FollowedCache } from '../platform/store/followed-cache';
import { publishedChannel } from '../registration';
import { readPublishedView, type PublishedView } from './published-view-sql';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Written input with file bytes in bytea; listings leave the bytes out. What the public sees
 * of an event is read once and kept until any instance changes it (FollowedCache on
 * publishedChannel): anonymous polling of the public page costs no read.
 */
export class WrittenInputSqlStore implements WrittenInputStore {
  private readonly views: FollowedCache<PublishedView>;

  constructor(
    private readonly db: SqlClient,
    private readonly channel = publishedChannel(),
  ) {
    this.views = new FollowedCache(db, channel, { limit: 1_000, keepMissing: false });
  }

  publishedView(eventId: string): Promise<PublishedView> {
    // Never undefined: an event without statements has an empty view.
    return this.views.get(eventId, () =>
      readPublishedView(this.db, eventId),
    ) as Promise<PublishedView>;
  }

  /** Forgets the kept view of `eventId` after this instance changed it (its notice comes later). */
  publishedChanged(eventId: string): void {
    this.views.changed(eventId);
  }

  async add(input: WrittenInput): Promise<void> {
    const { review } = input;
    await this.db.query(
      `INSERT INTO written_inputs (id, event_id, registration_id, tenant_id, aad_object_id, kind,
         text, file_name, content_type, content, size_bytes, received_at, review_status,
         review_reason, reviewed_by, reviewed_at, first_published_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)`,
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
        ...reviewParams(review),
      ],
    );
  }

  async listForEvent(eventId: string): Promise<WrittenInput[]> {
    const rows = await this.db.query<InputRow>(
      `SELECT ${INPUT_COLUMNS} FROM written_inputs WHERE event_id = $1
       ORDER BY received_at DESC, id`,
      [eventId],
    );
    return rows.map(fromInputRow);
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

  async get(id: string): Promise<WrittenInput | undefined> {
    if (!UUID.test(id)) return undefined;
    const [row] = await this.db.query<InputRow>(
      `SELECT ${INPUT_COLUMNS} FROM written_inputs WHERE id = $1`,
      [id],
    );
    return row ? fromInputRow(row) : undefined;
  }

  async listPublished(eventId: string): Promise<WrittenInput[]> {
    const rows = await this.db.query<InputRow>(
      `SELECT ${INPUT_COLUMNS} FROM written_inputs
       WHERE event_id = $1 AND review_status = 'published'
       ORDER BY first_published_at, id`,
      [eventId],
    );
    return rows.map(fromInputRow);
  }

  async publishedFile(eventId: string, id: string) {
    if (!UUID.test(id)) return undefined;
    const [row] = await this.db.query<InputRow & { content: Uint8Array | null }>(
      `SELECT ${INPUT_COLUMNS}, content FROM written_inputs
       WHERE id = $1 AND event_id = $2 AND review_status = 'published' AND kind = 'file'`,
      [id, eventId],
    );
    if (!row?.content) return undefined;
    return { input: fromInputRow(row), content: new Uint8Array(row.content) };
  }

  async review(
    id: string,
    basedOn: InputReview,
    next: InputReview,
    messages: readonly OutboxMessage[],
    now: Date,
  ): Promise<'saved' | 'stale'> {
    if (!UUID.test(id)) return Promise.resolve('stale');
    const saved = await this.db.transaction(async (tx) => {
      // Every instance forgets the event's public view when this commits.
      const [updated] = await tx.query<{ event_id: string }>(
        `WITH updated AS (
           UPDATE written_inputs SET review_status = $4, review_reason = $5, reviewed_by = $6,
             reviewed_at = $7, first_published_at = $8
           WHERE id = $1 AND review_status = $2
             AND reviewed_at IS NOT DISTINCT FROM $3::timestamptz
           RETURNING event_id)
         SELECT event_id, pg_notify($9, event_id) FROM updated`,
        [id, basedOn.status, basedOn.reviewedAt ?? null, ...reviewParams(next), this.channel],
      );
      if (!updated) return undefined;
      await new OutboxSqlStore(tx).enqueue(messages, now);
      return updated.event_id;
    });
    if (saved === undefined) return 'stale';
    this.publishedChanged(saved);
    return 'saved';
  }
}

function reviewParams(review: InputReview): unknown[] {
  return [
    review.status,
    review.reason ?? null,
    review.reviewedBy ?? null,
    review.reviewedAt ?? null,
    review.firstPublishedAt ?? null,
  ];
}
