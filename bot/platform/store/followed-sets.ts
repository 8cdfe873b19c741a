import { LRUCache } from 'lru-cache';
import { ChannelFollower } from './channel-follower';
import type { SqlClient } from './sql-client';

export interface FollowedSetsOptions {
  /**
   * Most groups kept at once; past it the least recently asked group's set goes whole (read
   * afresh when next asked). A group is evicted, never trimmed: a set missing some members
   * would answer "not there" wrongly, and only a whole set read from the database is complete.
   */
  groups: number;
  /** A notice's payload as [group, member]; undefined for one this instance cannot read. */
  parse: (payload: string) => [string, string] | undefined;
}

/**
 * Sets that only grow, one per group, read whole once per instance and grown by every
 * instance: a NOTIFY on `channel` whose payload names a group and a member adds the member to
 * that group's set; a listener that may have missed notices drops every set. So a set never
 * lacks a member for longer than that member's notice takes to arrive (a few milliseconds
 * after another instance's commit); what it holds may since have gone from the database.
 * Until this instance listens (or while it cannot) it answers "may contain" for everyone.
 */
export class FollowedSets {
  private readonly sets: LRUCache<string, Promise<Set<string>>>;
  /** Members noticed while their group was being read, added once the read is in. */
  private readonly early = new Map<string, string[]>();
  private readonly follower: ChannelFollower;

  constructor(
    db: SqlClient,
    channel: string,
    private readonly options: FollowedSetsOptions,
  ) {
    this.sets = new LRUCache({
      max: options.groups,
      // An evicted group's pending notices go with it: its next read starts from the database.
      dispose: (_set, group, reason) => {
        if (reason === 'evict') this.early.delete(group);
      },
    });
    this.follower = new ChannelFollower(db, channel, (payload) => this.noticed(payload));
  }

  /**
   * Whether `member` may be in `group`: false only when the group's set, read by `load` the
   * first time and followed since, does not hold it.
   */
  async mayContain(
    group: string,
    member: string,
    load: () => Promise<Iterable<string>>,
  ): Promise<boolean> {
    if (!(await this.follower.ready())) return true;
    const set = await (this.sets.get(group) ?? this.read(group, load));
    return set.has(member);
  }

  /** Adds a member this instance itself added (its own notice comes later). */
  added(group: string, member: string): void {
    const early = this.early.get(group);
    if (early) early.push(member);
    else void this.sets.peek(group)?.then((set) => set.add(member));
  }

  private read(group: string, load: () => Promise<Iterable<string>>): Promise<Set<string>> {
    // Kept only while it is this group's current read: a reset meanwhile drops it.
    const current = () => this.sets.peek(group) === reading;
    const reading = load().then(
      (members) => {
        const set = new Set(members);
        if (current()) {
          for (const member of this.early.get(group) ?? []) set.add(member);
          this.early.delete(group);
        }
        return set;
      },
      (error: unknown) => {
        if (current()) {
          this.sets.delete(group);
          this.early.delete(group);
        }
        throw error;
      },
    );
    this.early.set(group, []);
    this.sets.set(group, reading);
    return reading;
  }

  private noticed(payload: string | undefined): void {
    const parsed = payload === undefined ? undefined : this.options.parse(payload);
    if (!parsed) return this.reset();
    const [group, member] = parsed;
    this.added(group, member);
  }

  private reset(): void {
    this.sets.clear();
    this.early.clear();
  }
}
