import type { Registration, RegistrationStatus } from './registration';

/** What the chair's team decides about a registration. */
export type StatusAction = 'confirm' | 'decline' | 'waitlist';

/** Why a registration was left as it was. */
export type UnchangedReason = 'alreadyThere' | 'withdrawn' | 'full';

export interface StatusChange {
  before: Registration;
  next: Registration;
}

export interface StatusDecision {
  changes: StatusChange[];
  unchanged: Array<{ registration: Registration; reason: UnchangedReason }>;
}

/**
 * Applies the chair's action to `targets` (in the order they registered), given every
 * registration of the event for the capacity count. Confirmations beyond `capacity`
 * confirmed people go to the waitlist; a withdrawn registration is never changed.
 */
export function decideStatusChanges(
  all: readonly Registration[],
  targets: readonly Registration[],
  action: StatusAction,
  capacity: number | undefined,
  now: Date,
): StatusDecision {
  let confirmed = all.filter((r) => r.status === 'confirmed').length;
  const decision: StatusDecision = { changes: [], unchanged: [] };
  const ordered = [...targets].sort(
    (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id),
  );
  for (const registration of ordered) {
    const wanted = targetStatus(action, capacity === undefined || confirmed < capacity);
    if (registration.status === 'withdrawn') {
      decision.unchanged.push({ registration, reason: 'withdrawn' });
      continue;
    }
    if (registration.status === wanted) {
      const full = action === 'confirm' && wanted === 'waitlisted';
      decision.unchanged.push({ registration, reason: full ? 'full' : 'alreadyThere' });
      continue;
    }
    if (registration.status === 'confirmed') confirmed -= 1;
    if (wanted === 'confirmed') confirmed += 1;
    decision.changes.push({
      before: registration,
      next: { ...registration, status: wanted, version: registration.version + 1, updatedAt: now },
    });
  }
  return decision;
}

function targetStatus(action: StatusAction, hasRoom: boolean): RegistrationStatus {
  switch (action) {
    case 'confirm':
      return hasRoom ? 'confirmed' : 'waitlisted';
    case 'decline':
      return 'declined';
    case 'waitlist':
      return 'waitlisted';
  }
}
