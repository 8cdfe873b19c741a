import type { EventDefinition } from '../../core/event/event';

export interface EventStore {
  /** Inserts or replaces the definition with the same id. */
  upsert(event: EventDefinition): Promise<void>;
  get(id: string): Promise<EventDefinition | undefined>;
  list(): Promise<EventDefinition[]>;
}
