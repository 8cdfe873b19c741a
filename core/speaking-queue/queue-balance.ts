import type { UnRegionalGroup } from '../registration/un-regional-groups';
import type { QueueEntry, SpeakingQueue } from './queue-types';
import { elapsedMs } from './timer';

/** One group's share of the floor so far: turns taken (given or under way) and time spoken. */
export interface BalanceRow<K> {
  /** The name to show: the category id, the region, or the coalition as first named. */
  key: K;
  interventions: number;
  spokenMs: number;
  /** Turns of this group still waiting. */
  waiting: number;
}

/** A region key: a UN regional group, `none` (observers, territories) or null (not known). */
export type RegionKey = UnRegionalGroup | 'none' | null;

/**
 * The balance of the floor during a meeting, for the chair's team: by stakeholder category
 * (null: a speaker with no registration profile), by UN regional group and by coalition.
 */
export interface QueueBalance {
  byCategory: BalanceRow<string | null>[];
  byRegion: BalanceRow<RegionKey>[];
  byCoalition: BalanceRow<string>[];
  /** Waiting turns whose stakeholder category has not yet been heard in this list. */
  unheard: string[];
}

/**
 * Computes the balance of a list at `now` (epoch ms; the running turn counts to now). A turn
 * counts once it has been given the floor; withdrawn turns never count. Groups with only
 * waiting turns are listed with none, so the chair sees who is still to be heard.
 */
export function queueBalance(queue: SpeakingQueue, now: number): QueueBalance {
  const counted = queue.entries.filter((e) => e.status === 'done' || e.status === 'speaking');
  const waiting = queue.entries.filter((e) => e.status === 'waiting');
  const heard = new Set(counted.map(categoryOf));
  return {
    byCategory: tally(counted, waiting, now, (e) => ({ id: categoryOf(e), key: categoryOf(e) })),
    byRegion: tally(counted, waiting, now, (e) => ({ id: regionOf(e), key: regionOf(e) })),
    byCoalition: tally(counted, waiting, now, coalitionOf),
    unheard: waiting.filter((e) => e.profile && !heard.has(categoryOf(e))).map((e) => e.id),
  };
}

function categoryOf(entry: QueueEntry): string | null {
  return entry.profile?.category ?? null;
}

function regionOf(entry: QueueEntry): RegionKey {
  if (!entry.profile) return null;
  return entry.profile.region ?? 'none';
}

/** A coalition is one group whatever the spacing or case of its name. */
function coalitionOf(entry: QueueEntry): { id: string; key: string } | undefined {
  if (entry.onBehalfOf.kind !== 'group') return undefined;
  const name = entry.onBehalfOf.name;
  return { id: name.replace(/\s+/g, ' ').trim().toLocaleLowerCase(), key: name };
}

/** Rows by most time spoken, then most turns; groups only waiting come last, as first seen. */
function tally<K>(
  counted: readonly QueueEntry[],
  waiting: readonly QueueEntry[],
  now: number,
  group: (entry: QueueEntry) => { id: string | null; key: K } | undefined,
): BalanceRow<K>[] {
  const rows = new Map<string | null, BalanceRow<K>>();
  const rowOf = (entry: QueueEntry) => {
    const g = group(entry);
    if (!g) return undefined;
    const row = rows.get(g.id) ?? { key: g.key, interventions: 0, spokenMs: 0, waiting: 0 };
    rows.set(g.id, row);
    return row;
  };
  for (const entry of counted) {
    const row = rowOf(entry);
    if (!row) continue;
    row.interventions += 1;
    row.spokenMs += elapsedMs(entry.timer, now);
  }
  for (const entry of waiting) {
    const row = rowOf(entry);
    if (row) row.waiting += 1;
  }
  return [...rows.values()].sort(
    (a, b) =>
      Number(b.interventions > 0) - Number(a.interventions > 0) ||
      b.spokenMs - a.spokenMs ||
      b.interventions - a.interventions,
  );
}
