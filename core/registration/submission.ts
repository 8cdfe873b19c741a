import type { Registration, RegistrationForm, SpeakingGroup } from './registration';
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
  | { kind: 'update'; next: Registration; backToReview?: true };

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
  // The chair's team decided on the person who registered; someone else must be decided anew.
  if (existing.status !== 'pending' && changesIdentity(existing, form))
    return {
      kind: 'update',
      next: revise(existing, form, 'pending', existing.formId, now),
      backToReview: true,
    };
  return { kind: 'update', next: revise(existing, form, existing.status, existing.formId, now) };
}

/**
 * Whether an edit changes who the registration is for: name, email, organization, category,
 * country, job title or the group spoken for. Wishing to speak, questions and accessibility
 * needs are not identity.
 */
export function changesIdentity(existing: RegistrationForm, form: RegistrationForm): boolean {
  const same = (a: string, b: string) => a.trim() === b.trim();
  return !(
    same(existing.givenName, form.givenName) &&
    same(existing.familyName, form.familyName) &&
    same(existing.email.toLowerCase(), form.email.toLowerCase()) &&
    same(existing.organization, form.organization) &&
    existing.category === form.category &&
    existing.country === form.country &&
    same(existing.jobTitle, form.jobTitle) &&
    sameGroup(existing.group, form.group)
  );
}

function sameGroup(a: SpeakingGroup | undefined, b: SpeakingGroup | undefined): boolean {
  if (!a || !b) return a === b;
  return a.name.trim() === b.name.trim() && a.members.join('\n') === b.members.join('\n');
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
