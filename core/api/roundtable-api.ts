import { z } from 'zod';
import type { DelegationLevel } from '../roundtable/delegation-level';
import type { ZonedSpan } from '../roundtable/zoned-span';
import { isoInstant, shaped, word } from './shaped';

const zoned = shaped<ZonedSpan>('a zoned span');

/** A moderator or speaker of a programme session. */
export const SessionPerson = z.object({
  name: z.string(),
  title: z.string().optional(),
  toBeConfirmed: z.boolean().optional(),
});
export type SessionPerson = z.infer<typeof SessionPerson>;

export const ProgrammeSession = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.string(),
  location: z.string().nullable(),
  description: z.string().nullable(),
  moderators: z.array(SessionPerson),
  speakers: z.array(SessionPerson),
  start: isoInstant,
  end: isoInstant,
  eventZone: zoned,
  viewerZone: zoned,
});
export type ProgrammeSession = z.infer<typeof ProgrammeSession>;

/** `GET /api/events/:eventId/programme?zone=`. */
export const ProgrammeResponse = z.object({
  event: z.object({ id: z.string(), title: z.string(), kind: z.string(), timeZone: z.string() }),
  viewerZone: z.string(),
  serverNow: z.number(),
  whatsNext: z.object({
    kind: z.enum(['current', 'next', 'nothingLeft']),
    currentId: z.string().optional(),
    nextId: z.string().optional(),
  }),
  sessions: z.array(ProgrammeSession),
});
export type ProgrammeResponse = z.infer<typeof ProgrammeResponse>;

export const MatchStatus = z.enum([
  'proposed',
  'acceptedByProvider',
  'acceptedByState',
  'matched',
  'declined',
]);
export type MatchStatus = z.infer<typeof MatchStatus>;

/** `GET /api/events/:eventId/my-roundtable?zone=`. */
export const MyRoundtableResponse = z.object({
  registered: z.boolean(),
  eventZone: z.string(),
  viewerZone: z.string(),
  meetings: z.array(
    z.object({
      matchId: z.string(),
      slotId: z.string(),
      table: z.string(),
      counterpart: z.string(),
      eventZone: zoned.nullable(),
      viewerZone: zoned.nullable(),
    }),
  ),
  proposals: z.array(
    z.object({
      id: z.string(),
      side: z.enum(['provider', 'state']),
      status: MatchStatus,
      counterpart: z.string(),
      sharedAreas: z.array(z.string()),
      canAnswer: z.boolean(),
    }),
  ),
  breakoutGroup: z
    .object({ id: z.string(), title: z.string(), location: z.string().nullable() })
    .nullable(),
});
export type MyRoundtableResponse = z.infer<typeof MyRoundtableResponse>;

/** `POST /api/events/:eventId/matches/:matchId/answer`. */
export const MatchAnswerResponse = z.object({ id: z.string(), status: MatchStatus });
export type MatchAnswerResponse = z.infer<typeof MatchAnswerResponse>;

export const InvitationStatus = z.enum(['noAnswer', 'accepted', 'declined']);
export type InvitationStatus = z.infer<typeof InvitationStatus>;

export const InvitationRow = z.object({
  stateCode: z.string(),
  stateName: z.string(),
  stateKind: z.string(),
  status: InvitationStatus,
  headOfDelegation: z
    .object({ name: z.string(), title: z.string(), level: word<DelegationLevel>('a level') })
    .nullable(),
  openingRemarksRequestedAt: isoInstant.nullable(),
  declineReason: z.string().nullable(),
  answeredAt: isoInstant.nullable(),
});
export type InvitationRow = z.infer<typeof InvitationRow>;

/** `GET /api/events/:eventId/invitations` (chair's team). */
export const InvitationsResponse = z.object({
  summary: z.object({
    total: z.number(),
    noAnswer: z.number(),
    accepted: z.number(),
    declined: z.number(),
    openingRemarksRequested: z.number(),
  }),
  invitations: z.array(InvitationRow),
});
export type InvitationsResponse = z.infer<typeof InvitationsResponse>;

export const BreakoutPerson = z.object({
  name: z.string(),
  organization: z.string(),
  referenceCode: z.string(),
});
export type BreakoutPerson = z.infer<typeof BreakoutPerson>;

/** `GET /api/events/:eventId/breakouts` (chair's team). */
export const BreakoutsResponse = z.object({
  assigned: z.boolean(),
  groups: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      capacity: z.number(),
      location: z.string().nullable(),
      people: z.array(BreakoutPerson),
    }),
  ),
  overflow: z.array(BreakoutPerson),
});
export type BreakoutsResponse = z.infer<typeof BreakoutsResponse>;

/** The lists the chair's team exports as CSV. */
export type RoundtableList = 'invitations' | 'breakouts';
