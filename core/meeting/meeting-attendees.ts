import type { Registration } from '../registration/registration';
import type { MeetingAttendee } from './graph-event';

/**
 * The people to invite: confirmed registrations only, one per email (case-insensitive), in
 * the order they registered, so the list and every diff of it are stable.
 */
export function attendeesFromRegistrations(registrations: Registration[]): MeetingAttendee[] {
  const confirmed = registrations
    .filter((r) => r.status === 'confirmed')
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
  const seen = new Set<string>();
  const attendees: MeetingAttendee[] = [];
  for (const r of confirmed) {
    const email = r.email.trim().toLowerCase();
    if (seen.has(email)) continue;
    seen.add(email);
    attendees.push({ email, name: `${r.givenName} ${r.familyName}`.trim() });
  }
  return attendees;
}
