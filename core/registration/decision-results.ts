import type { RegistrationStatus } from './registration';
import type { StatusAction, StatusDecision, UnchangedReason } from './status-decision';

/**
 * How a decision ended for one registration: `changed`; `waitlistedFull` when a confirmation
 * found no room and waitlisted it; `conflict` when someone else changed it meanwhile; or why
 * it was left as it was.
 */
export type DecisionResultKind = 'changed' | 'waitlistedFull' | 'conflict' | UnchangedReason;

/** One registration's outcome of a chair's decision, as the organizer page lists it. */
export interface DecisionResult {
  registrationId: string;
  referenceCode: string;
  before: RegistrationStatus;
  after: RegistrationStatus;
  result: DecisionResultKind;
}

/**
 * The per-registration outcomes of a decision: the changes, then those left as they were,
 * each in registration order. `conflicted` holds the ids whose change was not saved; they
 * keep their status before.
 */
export function decisionResults(
  decision: StatusDecision,
  action: StatusAction,
  conflicted: ReadonlySet<string>,
): DecisionResult[] {
  const changed = decision.changes.map(({ before, next }): DecisionResult => {
    const base = {
      registrationId: next.id,
      referenceCode: next.referenceCode,
      before: before.status,
    };
    if (conflicted.has(next.id)) return { ...base, after: before.status, result: 'conflict' };
    const full = action === 'confirm' && next.status === 'waitlisted';
    return { ...base, after: next.status, result: full ? 'waitlistedFull' : 'changed' };
  });
  const unchanged = decision.unchanged.map(({ registration: r, reason }): DecisionResult => ({
    registrationId: r.id,
    referenceCode: r.referenceCode,
    before: r.status,
    after: r.status,
    result: reason,
  }));
  return [...changed, ...unchanged];
}
