import type { MatchmakingSlot, MatchmakingTable } from '../event/event';
import { compareText } from './compare-text';
import type { Match } from './matchmaking';
import { rankProposals } from './match-proposals';

/** One meeting of a matched pair: a table in a slot. */
export interface MatchMeeting {
  matchId: string;
  providerId: string;
  stateId: string;
  slotId: string;
  tableId: string;
}

/** Why a matched pair got no meeting; each has a catalog text. */
export type UnplacedReason = 'noSlots' | 'partiesBusy' | 'tablesFull';

export interface MatchSchedule {
  meetings: MatchMeeting[];
  unplaced: Array<{ matchId: string; reason: UnplacedReason }>;
}

/** Who and which tables are taken in one slot. */
interface SlotBookings {
  slot: MatchmakingSlot;
  people: Set<string>;
  tables: Set<string>;
}

/**
 * Seats matched pairs, best-ranked first, in the earliest slot where both sides are free and
 * a table is too, at the first such table. Nobody sits in two meetings of one slot and no
 * table holds two pairs; pairs that do not fit are reported. Other statuses are ignored.
 * The result depends only on the inputs' content, not their order.
 */
export function scheduleMatches(
  matches: readonly Match[],
  slots: readonly MatchmakingSlot[],
  tables: readonly MatchmakingTable[],
): MatchSchedule {
  const bookings: SlotBookings[] = [...slots]
    .sort((a, b) => compareText(a.start, b.start) || compareText(a.id, b.id))
    .map((slot) => ({ slot, people: new Set(), tables: new Set() }));
  const tableOrder = [...tables].sort((a, b) => compareText(a.id, b.id));
  const schedule: MatchSchedule = { meetings: [], unplaced: [] };
  const ranked = matches
    .filter((m) => m.status === 'matched')
    .sort((a, b) => rankProposals(a, b) || compareText(a.id, b.id))
    .filter((m, i, all) => all.findIndex((other) => other.id === m.id) === i);
  for (const match of ranked) {
    const placed = place(match, bookings, tableOrder);
    if ('reason' in placed) schedule.unplaced.push({ matchId: match.id, reason: placed.reason });
    else schedule.meetings.push(placed);
  }
  return schedule;
}

/** Books the first free table in the earliest slot both sides have free, or says why not. */
function place(
  match: Match,
  bookings: SlotBookings[],
  tables: readonly MatchmakingTable[],
): MatchMeeting | { reason: UnplacedReason } {
  if (bookings.length === 0 || tables.length === 0) return { reason: 'noSlots' };
  let bothFreeSomewhere = false;
  for (const { slot, people, tables: taken } of bookings) {
    if (people.has(match.providerId) || people.has(match.stateId)) continue;
    bothFreeSomewhere = true;
    const table = tables.find((t) => !taken.has(t.id));
    if (!table) continue;
    people.add(match.providerId).add(match.stateId);
    taken.add(table.id);
    const { id: matchId, providerId, stateId } = match;
    return { matchId, providerId, stateId, slotId: slot.id, tableId: table.id };
  }
  return { reason: bothFreeSomewhere ? 'tablesFull' : 'partiesBusy' };
}
