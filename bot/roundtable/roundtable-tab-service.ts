import type { BreakoutGroup } from '../../core/event/event';
import type { MessageKey, MessageParams } from '../../core/i18n/catalog';
import type { BreakoutPerson } from '../../core/roundtable/breakouts-csv';
import type { Invitation } from '../../core/roundtable/invitation';
import {
  summarizeInvitations,
  type InvitationSummary,
} from '../../core/roundtable/invitation-summary';
import {
  programmeInZones,
  whatsNext,
  type ProgrammeLine,
  type WhatsNext,
} from '../../core/roundtable/programme';
import type { Match } from '../../core/roundtable/matchmaking';
import { isKnownTimeZone } from '../../core/time/zoned-time';
import type { EventAt, EventCatalog } from '../event';
import type { Clock, Person } from '../platform/ports';
import type { MatchForPerson, ScheduledMeeting } from './matchmaking/matchmaking-service';
import type { Participant } from './roundtable-events';
import { breakoutPeople } from './roundtable-exports';
import type { RoundtableServices } from './roundtable-services';

/** Why the tab's request was refused, with the catalog text to show. */
export type TabRefusal = {
  ok: false;
  status: 'unknownEvent' | 'invalid' | 'stale';
  key: MessageKey;
  params?: MessageParams;
};
export type TabOutcome<T> = ({ ok: true } & T) | TabRefusal;

/** What a registrant sees of their own roundtable: meetings, proposals, breakout group. */
export interface MyRoundtable {
  participant?: Participant;
  meetings: ScheduledMeeting[];
  proposals: MatchForPerson[];
  group?: BreakoutGroup;
}

/** One breakout group with the people seated in it, in the order they were placed. */
export interface BreakoutList {
  group: BreakoutGroup;
  people: BreakoutPerson[];
}

/**
 * The roundtable as the tab reads it: the programme in two zones, a person's own schedule,
 * and the chair's lists. Composes the services the chat uses; it decides nothing of its own.
 */
export class RoundtableTabService {
  constructor(
    private readonly roundtable: RoundtableServices,
    private readonly catalog: EventCatalog,
    private readonly clock: Clock,
  ) {}

  /** The programme in the event's zone and `zone` (the event's when absent), and where it stands. */
  async programme(
    eventId: string,
    zone: string | undefined,
  ): Promise<
    TabOutcome<{ at: EventAt; zone: string; lines: ProgrammeLine[]; state: WhatsNext; now: Date }>
  > {
    const now = this.clock.now();
    const at = await this.catalog.get(eventId, now);
    if (!at) return unknownEvent();
    const viewer = viewerZone(at, zone);
    if (!viewer.ok) return viewer;
    const lines = programmeInZones(at.event, viewer.zone);
    return { ok: true, at, zone: viewer.zone, lines, state: whatsNext(lines, now), now };
  }

  /** The person's meetings, open proposals and breakout group; empty when not registered. */
  async mine(
    person: Person,
    eventId: string,
    zone: string | undefined,
  ): Promise<TabOutcome<{ at: EventAt; zone: string } & MyRoundtable>> {
    const at = await this.inPerson(eventId);
    if (!at.ok) return at;
    const viewer = viewerZone(at.at, zone);
    if (!viewer.ok) return viewer;
    const found = { at: at.at, zone: viewer.zone };
    const participant = await this.roundtable.events.participantIn(person, eventId);
    if (!participant) return { ok: true, ...found, meetings: [], proposals: [] };
    const { matchmaking, breakouts } = this.roundtable;
    const [meetings, matches, group] = await Promise.all([
      matchmaking.scheduleOf(participant),
      matchmaking.mine(participant),
      breakouts.groupOf(participant),
    ]);
    const proposals = matches.filter((m) => isOpen(m.match));
    return { ok: true, ...found, participant, meetings, proposals, ...(group ? { group } : {}) };
  }

  /** One side's answer to a proposal, through the matchmaking service. */
  async answer(
    person: Person,
    eventId: string,
    matchId: string,
    reply: unknown,
  ): Promise<TabOutcome<{ match: Match }>> {
    if (reply !== 'accept' && reply !== 'decline')
      return { ok: false, status: 'invalid', key: 'roundtable.api.badAnswer' };
    const at = await this.inPerson(eventId);
    if (!at.ok) return at;
    const participant = await this.roundtable.events.participantIn(person, eventId);
    if (!participant)
      return { ok: false, status: 'unknownEvent', key: 'roundtable.api.notRegistered' };
    const result = await this.roundtable.matchmaking.respond(participant, matchId, reply);
    if (result.ok) return result;
    const status = result.key === 'rt.match.unknown' ? 'unknownEvent' : 'stale';
    return {
      ok: false,
      status,
      key: result.key,
      ...(result.params ? { params: result.params } : {}),
    };
  }

  /** Every invitation by State code, with the counts. The caller has checked the chair role. */
  async invitations(
    eventId: string,
  ): Promise<TabOutcome<{ invitations: Invitation[]; summary: InvitationSummary }>> {
    const at = await this.inPerson(eventId);
    if (!at.ok) return at;
    const invitations = await this.roundtable.invitations.list(eventId);
    return { ok: true, invitations, summary: summarizeInvitations(invitations) };
  }

  /** Each group's list in the event's order, then those without a seat. Chair only. */
  async breakouts(
    eventId: string,
  ): Promise<TabOutcome<{ assigned: boolean; lists: BreakoutList[]; overflow: BreakoutPerson[] }>> {
    const at = await this.inPerson(eventId);
    if (!at.ok) return at;
    const [plan, registrations] = await Promise.all([
      this.roundtable.breakouts.plan(eventId),
      this.roundtable.events.registrations(eventId),
    ]);
    const people = breakoutPeople([...registrations.values()]);
    const person = (id: string): BreakoutPerson =>
      people.get(id) ?? { participantId: id, name: id, organization: '', referenceCode: '' };
    const lists = (at.at.event.breakoutGroups ?? []).map((group) => ({
      group,
      people: (plan?.placements ?? [])
        .filter((p) => p.groupId === group.id)
        .map((p) => person(p.participantId)),
    }));
    return { ok: true, assigned: !!plan, lists, overflow: (plan?.overflow ?? []).map(person) };
  }

  /** The event, if it exists and is in person (or hybrid). */
  async inPerson(eventId: string): Promise<TabOutcome<{ at: EventAt }>> {
    const at = await this.catalog.get(eventId, this.clock.now());
    if (!at) return unknownEvent();
    if (at.event.kind === 'virtualDialogue')
      return { ok: false, status: 'invalid', key: 'roundtable.api.notRoundtable' };
    return { ok: true, at };
  }
}

/** Proposals still in play: neither matched nor declined. */
function isOpen(match: Match): boolean {
  return match.status !== 'matched' && match.status !== 'declined';
}

/** The zone the viewer asked for (the event's when none), if the runtime knows it. */
function viewerZone(
  at: EventAt,
  zone: string | undefined,
): { ok: true; zone: string } | TabRefusal {
  const asked = zone?.trim() || at.event.timeZone;
  if (isKnownTimeZone(asked)) return { ok: true, zone: asked };
  return {
    ok: false,
    status: 'invalid',
    key: 'roundtable.programme.badZone',
    params: { zone: asked.slice(0, 64) },
  };
}

function unknownEvent(): TabRefusal {
  return { ok: false, status: 'unknownEvent', key: 'roundtable.api.unknownEvent' };
}
