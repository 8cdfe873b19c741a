import { compareText } from './compare-text';
import { levelRank, type DelegationLevel } from './delegation-level';
import type { Invitation } from './invitation';

/** A head of delegation's request to make brief opening remarks at the opening plenary. */
export interface OpeningRemarksRequest {
  stateCode: string;
  speakerName: string;
  speakerTitle: string;
  level: DelegationLevel;
  requestedAt: Date;
}

/**
 * The order of opening remarks: level of representation (minister, deputy minister,
 * ambassador, other), then time of request, then State code so equal times never reorder
 * between runs. One turn per State: a repeated request keeps the State's earliest.
 */
export function orderOpeningRemarks(
  requests: readonly OpeningRemarksRequest[],
): OpeningRemarksRequest[] {
  const sorted = [...requests].sort(
    (a, b) =>
      levelRank(a.level) - levelRank(b.level) ||
      a.requestedAt.getTime() - b.requestedAt.getTime() ||
      compareText(a.stateCode, b.stateCode),
  );
  const earliest = new Map<string, OpeningRemarksRequest>();
  for (const r of [...requests].sort(byTime)) {
    if (!earliest.has(r.stateCode)) earliest.set(r.stateCode, r);
  }
  return sorted.filter((r) => earliest.get(r.stateCode) === r);
}

/** The requests recorded on accepted invitations. */
export function openingRemarksRequests(
  invitations: readonly Invitation[],
): OpeningRemarksRequest[] {
  return invitations.flatMap(({ stateCode, answer }) =>
    answer.status === 'accepted' && answer.openingRemarksRequestedAt
      ? [
          {
            stateCode,
            speakerName: answer.headOfDelegation.name,
            speakerTitle: answer.headOfDelegation.title,
            level: answer.headOfDelegation.level,
            requestedAt: answer.openingRemarksRequestedAt,
          },
        ]
      : [],
  );
}

function byTime(a: OpeningRemarksRequest, b: OpeningRemarksRequest): number {
  return a.requestedAt.getTime() - b.requestedAt.getTime() || compareText(a.stateCode, b.stateCode);
}
