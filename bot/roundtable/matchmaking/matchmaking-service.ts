import type {
  MatchmakingSlot,
  MatchmakingTable,
  ProgrammeSession,
} from '../../../core/event/event';
import type { MessageKey, MessageParams } from '../../../core/i18n/catalog';
import type { Registration } from '../../../core/registration/registration';
import { proposeMatches } from '../../../core/roundtable/match-proposals';
import { proposeMatch, respondToMatch } from '../../../core/roundtable/match-responses';
import {
  scheduleMatches,
  type MatchMeeting,
  type MatchSchedule,
} from '../../../core/roundtable/match-schedule';
import type { Match, MatchNeed, MatchOffer, MatchSide } from '../../../core/roundtable/matchmaking';
import type { Participation } from '../roundtable-store';
import type { Store } from '../../stores';
import type { Clock } from '../../platform/ports';
import { stateOf, type Participant, type RoundtableEvents } from '../roundtable-events';

/** A match as one of its sides sees it. */
export interface MatchForPerson {
  match: Match;
  side: MatchSide;
  providerName: string;
}

/** A meeting with the slot and table it was given. */
export interface ScheduledMeeting {
  meeting: MatchMeeting;
  slot?: MatchmakingSlot;
  table?: MatchmakingTable;
  providerName: string;
}

/**
 * Matchmaking between capacity-building providers (id: their registration's reference code)
 * and States (id: ISO code): propose from the declarations, record each side's answer,
 * schedule matched pairs into the session's slots and tables.
 */
export class MatchmakingService {
  constructor(
    private readonly store: Store,
    private readonly events: RoundtableEvents,
    private readonly clock: Clock,
  ) {}

  /** Runs the proposals and stores the new ones; answered ones keep their answers. */
  async propose(eventId: string): Promise<{ total: number; added: number }> {
    const { offers, needs } = await this.declarations(eventId);
    const now = this.clock.now();
    const matches = proposeMatches(offers, needs).map((p) => proposeMatch(p, now));
    const added = await this.store.roundtable.matches.addMissing(eventId, matches);
    return { total: matches.length, added };
  }

  /** The matches of which the person is a side. */
  async mine(participant: Participant): Promise<MatchForPerson[]> {
    const eventId = participant.at.event.id;
    const [matches, names] = await Promise.all([
      this.store.roundtable.matches.list(eventId),
      this.providerNames(eventId),
    ]);
    return matches.flatMap((match) => {
      const side = sideOf(participant, match);
      return side
        ? [{ match, side, providerName: names.get(match.providerId) ?? match.providerId }]
        : [];
    });
  }

  /** One side's answer to a proposal. */
  async respond(
    participant: Participant,
    matchId: string,
    reply: 'accept' | 'decline',
  ): Promise<{ ok: true; match: Match } | { ok: false; key: MessageKey; params?: MessageParams }> {
    const eventId = participant.at.event.id;
    const match = await this.store.roundtable.matches.get(eventId, matchId);
    const side = match && sideOf(participant, match);
    if (!match || !side) return { ok: false, key: 'rt.match.unknown', params: { id: matchId } };
    const result = respondToMatch(match, side, reply, this.clock.now());
    if (!result.ok) return result;
    const saved = await this.store.roundtable.matches.update(eventId, result.next, match.status);
    return saved === 'saved' ? { ok: true, match: result.next } : { ok: false, key: 'rt.stale' };
  }

  /** Schedules every matched pair anew and stores the meetings. */
  async schedule(eventId: string, session: ProgrammeSession | undefined): Promise<MatchSchedule> {
    const matches = await this.store.roundtable.matches.list(eventId);
    const schedule = scheduleMatches(matches, session?.slots ?? [], session?.tables ?? []);
    await this.store.roundtable.matches.replaceMeetings(eventId, schedule.meetings);
    return schedule;
  }

  /** The person's scheduled meetings, earliest slot first. */
  async scheduleOf(participant: Participant): Promise<ScheduledMeeting[]> {
    const { event } = participant.at;
    const session = matchmakingSession(event.programme);
    const [meetings, names] = await Promise.all([
      this.store.roundtable.matches.meetings(event.id),
      this.providerNames(event.id),
    ]);
    const ids = partyIds(participant);
    return meetings
      .filter((m) => ids.has(m.providerId) || ids.has(m.stateId))
      .map((meeting) => ({
        meeting,
        ...optional(
          'slot',
          session?.slots?.find((s) => s.id === meeting.slotId),
        ),
        ...optional(
          'table',
          session?.tables?.find((t) => t.id === meeting.tableId),
        ),
        providerName: names.get(meeting.providerId) ?? meeting.providerId,
      }))
      .sort((a, b) => (a.slot?.start ?? '').localeCompare(b.slot?.start ?? ''));
  }

  private async declarations(
    eventId: string,
  ): Promise<{ offers: MatchOffer[]; needs: MatchNeed[] }> {
    const [registrations, details] = await Promise.all([
      this.events.registrations(eventId),
      this.store.roundtable.participation.list(eventId),
    ]);
    const offers: MatchOffer[] = [];
    const needs: MatchNeed[] = [];
    for (const p of details) {
      const registration = registrations.get(p.registrationId);
      if (!registration || p.thematicAreaIds.length === 0) continue;
      const declared = { thematicAreaIds: p.thematicAreaIds, regionIds: p.regionIds };
      const stateId = stateOf(registration, p);
      if (p.matchSide === 'need' && stateId) needs.push({ stateId, ...declared });
      if (p.matchSide === 'offer')
        offers.push({ providerId: registration.referenceCode, ...declared });
    }
    return { offers, needs };
  }

  /** Provider names by reference code: "Name (Organization)". */
  private async providerNames(eventId: string): Promise<Map<string, string>> {
    const registrations = await this.events.registrations(eventId);
    return new Map([...registrations.values()].map((r) => [r.referenceCode, displayName(r)]));
  }
}

/** The matchmaking session of a programme (the first one). */
export function matchmakingSession(
  programme: readonly ProgrammeSession[],
): ProgrammeSession | undefined {
  return programme.find((s) => s.kind === 'matchmaking');
}

function displayName(r: Registration): string {
  return `${r.givenName} ${r.familyName} (${r.organization})`;
}

function partyIds(participant: Participant): Set<string> {
  const state = stateOf(participant.registration, participant.participation);
  return new Set([participant.registration.referenceCode, ...(state ? [state] : [])]);
}

/** Which side the person answers for: the provider themself, or any member of the State's delegation. */
function sideOf(participant: Participant, match: Match): MatchSide | undefined {
  if (participant.registration.referenceCode === match.providerId) return 'provider';
  const state = stateOf(
    participant.registration,
    participant.participation as Participation | undefined,
  );
  return state === match.stateId ? 'state' : undefined;
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}
