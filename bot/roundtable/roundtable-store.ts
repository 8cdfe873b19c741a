import type { BreakoutPlan } from '../../core/roundtable/breakout';
import type { Invitation } from '../../core/roundtable/invitation';
import type { MatchMeeting } from '../../core/roundtable/match-schedule';
import type { Match } from '../../core/roundtable/matchmaking';

/** The chair's invitations to States; one versioned document per State and event. */
export interface InvitationStore {
  /** Inserts the invitations not stored yet (by event and State); returns how many were new. */
  addMissing(invitations: readonly Invitation[]): Promise<number>;
  get(eventId: string, stateCode: string): Promise<Invitation | undefined>;
  /** Every invitation of the event, by State code. */
  list(eventId: string): Promise<Invitation[]>;
  /** Saves `next` only if the stored version is still `next.version - 1`. */
  update(next: Invitation): Promise<Invitation | 'conflict'>;
}

/** What a registrant adds for a roundtable: delegation, offer or need, breakout choices. */
export interface Participation {
  registrationId: string;
  eventId: string;
  /** ISO code of the State whose delegation the person belongs to. */
  delegationOf?: string;
  matchSide?: 'offer' | 'need';
  thematicAreaIds: string[];
  regionIds: string[];
  /** Breakout group ids, first choice first. */
  breakoutChoices: string[];
  updatedAt: Date;
}

export interface ParticipationStore {
  /** Inserts or replaces the registrant's details. */
  save(participation: Participation): Promise<void>;
  get(registrationId: string): Promise<Participation | undefined>;
  list(eventId: string): Promise<Participation[]>;
}

/** Matchmaking proposals with both sides' answers, and the scheduled meetings. */
export interface MatchStore {
  /** Inserts proposals not stored yet; a stored match keeps its answers. Returns the new count. */
  addMissing(eventId: string, matches: readonly Match[]): Promise<number>;
  get(eventId: string, matchId: string): Promise<Match | undefined>;
  /** Best first (score, then id). */
  list(eventId: string): Promise<Match[]>;
  /** Saves `next` only if the stored status is still `expected`; 'conflict' otherwise. */
  update(eventId: string, next: Match, expected: Match['status']): Promise<'saved' | 'conflict'>;
  /** Replaces the event's schedule with `meetings`, in one transaction. */
  replaceMeetings(eventId: string, meetings: readonly MatchMeeting[]): Promise<void>;
  meetings(eventId: string): Promise<MatchMeeting[]>;
}

/** A breakout plan with its optimistic-concurrency version. */
export interface StoredBreakoutPlan {
  plan: BreakoutPlan;
  version: number;
}

export interface BreakoutStore {
  get(eventId: string): Promise<StoredBreakoutPlan | undefined>;
  /** Saves if the stored version is still `basedOn` (0: none stored yet); else 'stale'. */
  save(eventId: string, plan: BreakoutPlan, basedOn: number, now: Date): Promise<'saved' | 'stale'>;
}

/** Storage of the in-person roundtable (migration 005). */
export interface RoundtableStore {
  invitations: InvitationStore;
  participation: ParticipationStore;
  matches: MatchStore;
  breakouts: BreakoutStore;
}
