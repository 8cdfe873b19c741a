import type { EventDefinition } from '../../core/event/event';
import { FollowedCache } from '../platform/store/followed-cache';
import { changeChannel, type SqlClient } from '../platform/store/sql-client';
import type { EventStore } from './event-store';

/** The NOTIFY channel of event changes; the payload is the event id. */
export function eventChannel(schema?: string): string {
  return changeChannel('event_changes', schema);
}

// One statement writes the definition and tells every instance, when it commits.
const UPSERT = `
  WITH saved AS (
    INSERT INTO events (id, definition) VALUES ($1, $2)
    ON CONFLICT (id) DO UPDATE SET definition = EXCLUDED.definition, updated_at = now()
    RETURNING id)
  SELECT pg_notify($3, id) FROM saved`;

/**
 * Event definitions as whole JSON documents keyed by id; they are only ever read whole.
 * Every registration turn reads its event, which changes only on import or edit, so reads
 * are kept until any instance changes the event (FollowedCache). Kept definitions are
 * frozen, as every caller shares them.
 */
export class EventSqlStore implements EventStore {
  private readonly cache: FollowedCache<EventDefinition>;

  constructor(
    private readonly db: SqlClient,
    private readonly channel = eventChannel(),
  ) {
    this.cache = new FollowedCache(db, channel, {
      // Far more events than an instance runs at once; past it the least recently asked go.
      limit: 1_000,
      keepMissing: false,
      prepare: deepFreeze,
    });
  }

  async upsert(event: EventDefinition): Promise<void> {
    await this.db.query(UPSERT, [event.id, JSON.stringify(event), this.channel]);
    // Our own notice arrives later; a read right after the write must already see it.
    this.cache.changed(event.id);
  }

  get(id: string): Promise<EventDefinition | undefined> {
    return this.cache.get(id, () => this.read(id));
  }

  async list(): Promise<EventDefinition[]> {
    const rows = await this.db.query<{ definition: EventDefinition }>(
      'SELECT definition FROM events ORDER BY id',
    );
    return rows.map((r) => r.definition);
  }

  private async read(id: string): Promise<EventDefinition | undefined> {
    const [row] = await this.db.query<{ definition: EventDefinition }>(
      'SELECT definition FROM events WHERE id = $1',
      [id],
    );
    return row?.definition;
  }
}

function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  for (const inner of Object.values(value)) deepFreeze(inner);
  return Object.freeze(value);
}
