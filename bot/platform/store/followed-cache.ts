import { LRUCache } from 'lru-cache';
import { ChannelFollower } from './channel-follower';
import type { SqlClient } from './sql-client';

export interface FollowedCacheOptions<V> {
  /** Most entries kept at once; past it the least recently used go (one read each when next asked). */
  limit: number;
  /**
   * Whether "nothing there" is kept too. Yes for a person's language (most never choose one,
   * and every turn asks); no for an event id, so random ids cannot fill the memory.
   */
  keepMissing: boolean;
  /** Applied once to each value read, e.g. to freeze what every caller shares. */
  prepare?: (value: V) => V;
}

/**
 * Values read once and kept until some instance on the database says they changed: a NOTIFY
 * on `channel` whose payload is a key drops that key, and a listener that may have missed
 * notices drops everything. Until this instance listens (or while it cannot) every read goes
 * to the database, so a kept value is never older than the last notice. No time to live: the
 * notices are what keeps a value fresh; the bound (`limit`, set by each user) keeps memory in check.
 */
export class FollowedCache<V> {
  private readonly entries: LRUCache<string, Promise<V | undefined>>;
  private readonly follower: ChannelFollower;
  /** Counts changes, so a value read on the side is not kept if one came in meanwhile. */
  private changes = 0;

  constructor(
    db: SqlClient,
    channel: string,
    private readonly options: FollowedCacheOptions<V>,
  ) {
    this.entries = new LRUCache({ max: options.limit });
    this.follower = new ChannelFollower(db, channel, (payload) =>
      this.changed(payload || undefined),
    );
  }

  /** The kept value of `key`, or what `load` reads (kept for the next caller). */
  async get(key: string, load: () => Promise<V | undefined>): Promise<V | undefined> {
    if (!(await this.follower.ready())) return load();
    const kept = this.entries.get(key);
    if (kept) return kept;
    const forget = () => {
      if (this.entries.peek(key) === loading) this.entries.delete(key);
    };
    const { keepMissing, prepare } = this.options;
    const loading = load().then(
      (value) => {
        if (value === undefined) {
          if (!keepMissing) forget();
          return undefined;
        }
        return prepare ? prepare(value) : value;
      },
      (error: unknown) => {
        forget();
        throw error;
      },
    );
    this.put(key, loading);
    return loading;
  }

  /** Marks the start of a read made on the side (see `keep`). */
  reading(): number {
    return this.changes;
  }

  /**
   * Keeps `value` of `key` read on the side, by a statement that does something else too,
   * unless a change came in since `reading()` (it might be older than that change).
   */
  keep(key: string, value: V | undefined, since: number): void {
    if (!this.follower.listening || since !== this.changes) return;
    if (value === undefined && !this.options.keepMissing) return;
    const { prepare } = this.options;
    this.put(key, Promise.resolve(value !== undefined && prepare ? prepare(value) : value));
  }

  /** Forgets `key` after it changed (this instance's own write), or everything. */
  changed(key: string | undefined): void {
    this.changes += 1;
    if (key === undefined) this.entries.clear();
    else this.entries.delete(key);
  }

  private put(key: string, value: Promise<V | undefined>): void {
    this.entries.set(key, value);
  }
}
