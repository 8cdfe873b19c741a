import { DELEGATION_LEVELS, type DelegationLevel } from './delegation-level';
import type { Invitation } from './invitation';

/** Counts for the chair's overview of who is coming and at what level. */
export interface InvitationSummary {
  total: number;
  noAnswer: number;
  accepted: number;
  declined: number;
  acceptedByLevel: Record<DelegationLevel, number>;
  openingRemarksRequested: number;
}

/** Summarises the invitations of one event. */
export function summarizeInvitations(invitations: readonly Invitation[]): InvitationSummary {
  const acceptedByLevel = Object.fromEntries(DELEGATION_LEVELS.map((l) => [l, 0])) as Record<
    DelegationLevel,
    number
  >;
  const summary = { total: 0, noAnswer: 0, accepted: 0, declined: 0, openingRemarksRequested: 0 };
  for (const { answer } of invitations) {
    summary.total += 1;
    summary[answer.status] += 1;
    if (answer.status !== 'accepted') continue;
    acceptedByLevel[answer.headOfDelegation.level] += 1;
    if (answer.openingRemarksRequestedAt) summary.openingRemarksRequested += 1;
  }
  return { ...summary, acceptedByLevel };
}
