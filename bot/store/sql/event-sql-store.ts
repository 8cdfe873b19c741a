import type { EventDefinition } from '../../../core/event/event';
import type { SqlClient } from '../sql-client';
import type { EventStore } from '../store';

/** Event definitions as whole JSON documents keyed by id; they are only ever read whole. */
export class EventSqlStore implements EventStore {
  constructor(private readonly db: SqlClient) {}

  async upsert(event: EventDefinition): Promise<void> {
    await this.db.query(
      `INSERT INTO events (id, definition) VALUES ($1, $2)
       ON CONFLICT (id) DO UPDATE SET definition = EXCLUDED.definition, updated_at = now()`,
      [event.id, JSON.stringify(event)],
    );
  }

  async get(id: string): Promise<EventDefinition | undefined> {
    const [row] = await this.db.query<{ definition: EventDefinition }>(
      'SELECT definition FROM events WHERE id = $1',
      [id],
    );
    return row?.definition;
  }

  async list(): Promise<EventDefinition[]> {
    const rows = await this.db.query<{ definition: EventDefinition }>(
      'SELECT definition FROM events ORDER BY id',
    );
    return rows.map((r) => r.definition);
  }
}
