import type { Registration, RegistrationChannel, RegistrationStatus } from './registration';
import { isActive } from './registration';

/** Counts the chair's team reads first: by status, and active registrations by category. */
export interface RegistrationSummary {
  total: number;
  byStatus: Record<RegistrationStatus, number>;
  byCategory: Record<string, number>;
  /** Active registrations by the channel they were made in (Teams, or the public page). */
  byChannel: Record<RegistrationChannel, number>;
  wishingToSpeak: number;
  /** Emails used by more than one person for the same event, lower-cased. */
  sharedEmails: string[];
}

export function summarizeRegistrations(registrations: Registration[]): RegistrationSummary {
  const byStatus: Record<RegistrationStatus, number> = {
    pending: 0,
    confirmed: 0,
    waitlisted: 0,
    declined: 0,
    withdrawn: 0,
  };
  const byCategory: Record<string, number> = {};
  const byChannel: Record<RegistrationChannel, number> = { teams: 0, web: 0 };
  let wishingToSpeak = 0;
  for (const registration of registrations) {
    byStatus[registration.status] += 1;
    if (!isActive(registration.status)) continue;
    byCategory[registration.category] = (byCategory[registration.category] ?? 0) + 1;
    byChannel[registration.channel] += 1;
    if (registration.wishesToSpeak) wishingToSpeak += 1;
  }
  return {
    total: registrations.length,
    byStatus,
    byCategory,
    byChannel,
    wishingToSpeak,
    sharedEmails: sharedEmails(registrations),
  };
}

/**
 * Emails that two different people registered with. Registrations are keyed by Entra
 * identity, so this is not a duplicate to merge but something for organizers to look at.
 */
export function sharedEmails(registrations: Registration[]): string[] {
  const people = new Map<string, Set<string>>();
  for (const r of registrations) {
    if (!isActive(r.status)) continue;
    const key = r.email.toLowerCase();
    const set = people.get(key) ?? new Set<string>();
    set.add(`${r.tenantId}/${r.aadObjectId}`);
    people.set(key, set);
  }
  return [...people.entries()]
    .filter(([, who]) => who.size > 1)
    .map(([email]) => email)
    .sort();
}
