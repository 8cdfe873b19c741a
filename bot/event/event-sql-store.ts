import type { EventDefinition } from '../../core/event/event';
import { EventCache } from './event-cache';
import type { SqlClient } from '../store/sql-client';
import type { EventStore } from '../store/store';

/**
 * The NOTIFY channel of event changes; the payload is the event id. Channels are
 * database-wide, so a store in its own schema (tests, benchmarks) gets a channel of its own.
 */
export function eventChannel(schema?: string): string {
  return schema ? `event_changes_${schema}` : 'event_changes';
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
 * Reads are cached once this store follows the change notices of every instance on the
 * database; until then (or if it cannot listen) each read goes to the database.
 */
export class EventSqlStore implements EventStore {
  private readonly cache = new EventCache();
  private following: Promise<boolean> | undefined;

  constructor(
    private readonly db: SqlClient,
    private readonly channel = eventChannel(),
  ) {}

  async upsert(event: EventDefinition): Promise<void> {
    await this.db.query(UPSERT, [event.id, JSON.stringify(event), this.channel]);
    // Our own notice arrives later; a read right after the write must already see it.
    this.cache.changed(event.id);
  }

  async get(id: string): Promise<EventDefinition | undefined> {
    if (!(await this.follow())) return this.read(id);
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

  /** Starts following change notices once; false (and retried next read) if it cannot. */
  private follow(): Promise<boolean> {
    this.following ??= this.db
      .listen(this.channel, (payload) => this.cache.changed(payload || undefined))
      .then(
        () => true,
        () => {
          this.following = undefined;
          return false;
        },
      );
    return this.following;
  }
}
