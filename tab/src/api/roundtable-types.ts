/** Response shapes of the roundtable's tab API: the one definition in core/api. */
export type { ZonedSpan } from '../../../core/roundtable/zoned-span';
export type { DelegationLevel } from '../../../core/roundtable/delegation-level';
export type {
  BreakoutPerson,
  BreakoutsResponse,
  InvitationRow,
  InvitationStatus,
  InvitationsResponse,
  MatchStatus,
  MyRoundtableResponse,
  ProgrammeResponse,
  ProgrammeSession,
  RoundtableList,
  SessionPerson,
} from '../../../core/api';
