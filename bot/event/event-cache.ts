import type { EventDefinition } from '../../core/event/event';

/** Most events kept at once; past it the cache starts afresh (the cost is one read each). */
const LIMIT = 1_000;

/**
 * Event definitions read once and kept until they change: every registration turn reads its
 * event, which changes only on import or edit. Entries are frozen, as every caller shares
 * them; an unknown id is not kept, so random ids cannot fill the memory.
 */
export class EventCache {
  private readonly entries = new Map<string, Promise<EventDefinition | undefined>>();

  /** The kept definition of `id`, or what `load` reads (kept for the next caller). */
  get(
    id: string,
    load: () => Promise<EventDefinition | undefined>,
  ): Promise<EventDefinition | undefined> {
    const kept = this.entries.get(id);
    if (kept) return kept;
    const forget = () => {
      if (this.entries.get(id) === loading) this.entries.delete(id);
    };
    const loading = load().then(
      (event) => {
        if (!event) forget();
        return event && deepFreeze(event);
      },
      (error: unknown) => {
        forget();
        throw error;
      },
    );
    if (this.entries.size >= LIMIT) this.entries.clear();
    this.entries.set(id, loading);
    return loading;
  }

  /** Forgets `id` after it changed, or everything when changes may have been missed. */
  changed(id: string | undefined): void {
    if (id === undefined) this.entries.clear();
    else this.entries.delete(id);
  }
}

function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  for (const inner of Object.values(value)) deepFreeze(inner);
  return Object.freeze(value);
}
