import type { EventDefinition } from '../../core/event/event';
import type { BreakoutPerson } from '../../core/roundtable/breakouts-csv';
import { compareText } from '../../core/roundtable/compare-text';
import type { Invitation } from '../../core/roundtable/invitation';
import type { InvitationSummary } from '../../core/roundtable/invitation-summary';
import { awaitsAnswerFrom } from '../../core/roundtable/match-responses';
import type { ProgrammeLine, WhatsNext } from '../../core/roundtable/programme';
import { unStateName } from '../../core/roundtable/un-state-names';
import { zonedSpan } from '../../core/roundtable/zoned-span';
import { toInstant } from '../../core/time/zoned-time';
import type { EventAt } from '../event';
import { eventIn } from '../../core/event/event-language';
import type { Translate } from '../../core/i18n/catalog';
import type { ScheduledMeeting } from './matchmaking/matchmaking-service';
import type { BreakoutList, MyRoundtable } from './roundtable-tab-service';
import type {
  BreakoutsResponse,
  InvitationsResponse,
  MyRoundtableResponse,
  ProgrammeResponse,
} from '../../core/api';

/**
 * `GET /api/events/:eventId/programme`: sessions in both zones and where the day stands; the
 * event and session titles in the reader's language (or the event's own, marked).
 */
export function programmeJson(
  r: { at: EventAt; zone: string; lines: ProgrammeLine[]; state: WhatsNext; now: Date },
  t: Translate,
): ProgrammeResponse {
  const event = eventIn(r.at.event, t);
  const titles = new Map(event.programme.map((s) => [s.id, s.title]));
  return {
    event: { id: event.id, title: event.title, kind: event.kind, timeZone: event.timeZone },
    viewerZone: r.zone,
    serverNow: r.now.getTime(),
    whatsNext: {
      kind: r.state.kind,
      ...(r.state.kind === 'current' ? { currentId: r.state.current.session.id } : {}),
      ...(r.state.kind !== 'nothingLeft' && r.state.next
        ? { nextId: r.state.next.session.id }
        : {}),
    },
    sessions: r.lines.map(({ session, start, end, inEventZone, inViewerZone }) => ({
      id: session.id,
      title: titles.get(session.id) ?? session.title,
      kind: session.kind,
      location: session.location ?? null,
      description: session.description ?? null,
      moderators: session.moderators ?? [],
      speakers: session.speakers ?? [],
      start: start.toISOString(),
      end: end.toISOString(),
      eventZone: inEventZone,
      viewerZone: inViewerZone,
    })),
  };
}

/** `GET /api/events/:eventId/my-roundtable`: the caller's meetings, proposals and group. */
export function myRoundtableJson(
  r: { at: EventAt; zone: string } & MyRoundtable,
  language: string,
): MyRoundtableResponse {
  const { event } = r.at;
  const me = r.participant?.registration.referenceCode;
  const areas = new Map((event.thematicAreas ?? []).map((a) => [a.id, a.label]));
  return {
    registered: r.participant !== undefined,
    eventZone: event.timeZone,
    viewerZone: r.zone,
    meetings: r.meetings.map((m) => meetingJson(event, r.zone, m, language, me)),
    proposals: r.proposals.map(({ match, side, providerName }) => ({
      id: match.id,
      side,
      status: match.status,
      counterpart: side === 'provider' ? unStateName(match.stateId, language) : providerName,
      sharedAreas: match.sharedThematicAreaIds.map((a) => areas.get(a) ?? a),
      canAnswer: awaitsAnswerFrom(match, side),
    })),
    breakoutGroup: r.group
      ? { id: r.group.id, title: r.group.title, location: r.group.location ?? null }
      : null,
  };
}

function meetingJson(
  event: EventDefinition,
  zone: string,
  m: ScheduledMeeting,
  language: string,
  me?: string,
) {
  const start = m.slot && toInstant(m.slot.start, event.timeZone);
  const end = m.slot && toInstant(m.slot.end, event.timeZone);
  const asProvider = m.meeting.providerId === me;
  return {
    matchId: m.meeting.matchId,
    slotId: m.meeting.slotId,
    table: m.table?.label ?? m.meeting.tableId,
    counterpart: asProvider ? unStateName(m.meeting.stateId, language) : m.providerName,
    eventZone: start && end ? zonedSpan(start, end, event.timeZone) : null,
    viewerZone: start && end ? zonedSpan(start, end, zone) : null,
  };
}

/** `GET /api/events/:eventId/invitations`: every State's invitation, named in the reader's language. */
export function invitationsJson(
  r: { invitations: Invitation[]; summary: InvitationSummary },
  language: string,
): InvitationsResponse {
  const rows = r.invitations.map((inv) => {
    const a = inv.answer;
    return {
      stateCode: inv.stateCode,
      stateName: unStateName(inv.stateCode, language),
      stateKind: inv.stateKind,
      status: a.status,
      headOfDelegation: a.status === 'accepted' ? a.headOfDelegation : null,
      openingRemarksRequestedAt:
        a.status === 'accepted' ? (a.openingRemarksRequestedAt?.toISOString() ?? null) : null,
      declineReason: a.status === 'declined' ? (a.reason ?? null) : null,
      answeredAt: inv.answeredAt?.toISOString() ?? null,
    };
  });
  rows.sort((a, b) => compareText(a.stateName, b.stateName));
  return { summary: r.summary, invitations: rows };
}

/** `GET /api/events/:eventId/breakouts`: each group's list, then those without a seat. */
export function breakoutsJson(r: {
  assigned: boolean;
  lists: BreakoutList[];
  overflow: BreakoutPerson[];
}): BreakoutsResponse {
  const person = ({ name, organization, referenceCode }: BreakoutPerson) => ({
    name,
    organization,
    referenceCode,
  });
  return {
    assigned: r.assigned,
    groups: r.lists.map(({ group, people }) => ({
      id: group.id,
      title: group.title,
      capacity: group.capacity,
      location: group.location ?? null,
      people: people.map(person),
    })),
    overflow: r.overflow.map(person),
  };
}
