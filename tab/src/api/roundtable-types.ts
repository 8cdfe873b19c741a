/** Response shapes of the roundtable's tab API (bot/roundtable/roundtable-routes.ts). */

import type { ZonedSpan } from '../../../core/roundtable/zoned-span';

/** A span as people in one zone read it: the service sends core's `ZonedSpan` as it is. */
export type { ZonedSpan };

export interface SessionPerson {
  name: string;
  title?: string;
  toBeConfirmed?: boolean;
}

export interface ProgrammeSession {
  id: string;
  title: string;
  kind: string;
  location: string | null;
  description: string | null;
  moderators: SessionPerson[];
  speakers: SessionPerson[];
  start: string;
  end: string;
  eventZone: ZonedSpan;
  viewerZone: ZonedSpan;
}

/** `GET /api/events/:eventId/programme?zone=`. */
export interface ProgrammeResponse {
  event: { id: string; title: string; kind: string; timeZone: string };
  viewerZone: string;
  serverNow: number;
  whatsNext: { kind: 'current' | 'next' | 'nothingLeft'; currentId?: string; nextId?: string };
  sessions: ProgrammeSession[];
}

export type MatchStatus =
  'proposed' | 'acceptedByProvider' | 'acceptedByState' | 'matched' | 'declined';

/** `GET /api/events/:eventId/my-roundtable?zone=`. */
export interface MyRoundtableResponse {
  registered: boolean;
  eventZone: string;
  viewerZone: string;
  meetings: Array<{
    matchId: string;
    slotId: string;
    table: string;
    counterpart: string;
    eventZone: ZonedSpan | null;
    viewerZone: ZonedSpan | null;
  }>;
  proposals: Array<{
    id: string;
    side: 'provider' | 'state';
    status: MatchStatus;
    counterpart: string;
    sharedAreas: string[];
    canAnswer: boolean;
  }>;
  breakoutGroup: { id: string; title: string; location: string | null } | null;
}

export type InvitationStatus = 'noAnswer' | 'accepted' | 'declined';
export type DelegationLevel = 'minister' | 'deputyMinister' | 'ambassador' | 'other';

export interface InvitationRow {
  stateCode: string;
  stateName: string;
  stateKind: string;
  status: InvitationStatus;
  headOfDelegation: { name: string; title: string; level: DelegationLevel } | null;
  openingRemarksRequestedAt: string | null;
  declineReason: string | null;
  answeredAt: string | null;
}

/** `GET /api/events/:eventId/invitations` (chair's team). */
export interface InvitationsResponse {
  summary: {
    total: number;
    noAnswer: number;
    accepted: number;
    declined: number;
    openingRemarksRequested: number;
  };
  invitations: InvitationRow[];
}

export interface BreakoutPerson {
  name: string;
  organization: string;
  referenceCode: string;
}

/** `GET /api/events/:eventId/breakouts` (chair's team). */
export interface BreakoutsResponse {
  assigned: boolean;
  groups: Array<{
    id: string;
    title: string;
    capacity: number;
    location: string | null;
    people: BreakoutPerson[];
  }>;
  overflow: BreakoutPerson[];
}

/** The lists the chair's team exports as CSV. */
export type RoundtableList = 'invitations' | 'breakouts';
