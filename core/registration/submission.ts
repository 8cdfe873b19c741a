import type { Registration, RegistrationForm } from './registration';
import { isActive } from './registration';
import type { RegistrationPhase } from './registration-window';

/** Where a submitted registration card came from, as carried in its Action.Execute data. */
export interface SubmissionOrigin {
  mode: 'create' | 'edit';
  formId: string;
  /** For edits: the version the card was rendered from. */
  baseVersion?: number;
}

/**
 * What to do with a valid submitted form, decided from what is stored. A replayed card
 * (double click, client retry) is recognised by its form id and changes nothing.
 */
export type SubmissionDecision =
  | { kind: 'refuse'; reason: 'notOpen' | 'closed' }
  | { kind: 'create' }
  | { kind: 'replay'; registration: Registration }
  | { kind: 'alreadyRegistered'; registration: Registration }
  | { kind: 'stale'; registration: Registration }
  | { kind: 'notFound' }
  | { kind: 'update'; next: Registration };

export function decideSubmission(
  phase: RegistrationPhase,
  existing: Registration | undefined,
  form: RegistrationForm,
  origin: SubmissionOrigin,
  now: Date,
): SubmissionDecision {
  if (existing && existing.formId === origin.formId && origin.mode === 'create') {
    return { kind: 'replay', registration: existing };
  }
  if (phase !== 'open') return { kind: 'refuse', reason: phase };
  if (!existing) return origin.mode === 'create' ? { kind: 'create' } : { kind: 'notFound' };
  if (origin.mode === 'create') {
    if (isActive(existing.status)) return { kind: 'alreadyRegistered', registration: existing };
    // Someone who withdrew may register again before the deadline; keep their reference code.
    return { kind: 'update', next: revise(existing, form, 'pending', origin.formId, now) };
  }
  if (origin.baseVersion !== existing.version) return { kind: 'stale', registration: existing };
  if (!isActive(existing.status)) return { kind: 'stale', registration: existing };
  return { kind: 'update', next: revise(existing, form, existing.status, existing.formId, now) };
}

/** Whether a registration may still be withdrawn now. */
export function decideWithdrawal(
  phase: RegistrationPhase,
  existing: Registration,
  baseVersion: number,
  now: Date,
):
  | { kind: 'refuse'; reason: 'notOpen' | 'closed' }
  | { kind: 'alreadyWithdrawn' | 'stale'; registration: Registration }
  | { kind: 'withdraw'; next: Registration } {
  if (existing.status === 'withdrawn') return { kind: 'alreadyWithdrawn', registration: existing };
  if (phase !== 'open') return { kind: 'refuse', reason: phase };
  if (baseVersion !== existing.version) return { kind: 'stale', registration: existing };
  return {
    kind: 'withdraw',
    next: { ...existing, status: 'withdrawn', version: existing.version + 1, updatedAt: now },
  };
}

function revise(
  existing: Registration,
  form: RegistrationForm,
  status: Registration['status'],
  formId: string,
  now: Date,
): Registration {
  const { group: _group, accessibilityNeeds: _needs, ...kept } = existing;
  return { ...kept, ...form, status, formId, version: existing.version + 1, updatedAt: now };
}
