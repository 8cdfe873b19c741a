import type { Registration } from '../registration/registration';
import { elapsedMs } from '../speaking-queue/timer';
import type { QueueEntry } from '../speaking-queue/queue-types';

/** One person's attendance as Graph's attendance records give it, summed over every report. */
export interface AttendanceEntry {
  email: string | null;
  entraId: string | null;
  name: string;
  seconds: number;
}

/** A registrant who attended, with how they were recognised. */
export interface AttendedLine {
  registrationId: string;
  name: string;
  organization: string;
  category: string;
  group: string | null;
  seconds: number;
  matchedBy: 'email' | 'entraId';
}

/** Attendance and speaking time of one stakeholder category, organization or group. */
export interface AttendanceTotal {
  name: string;
  attendees: number;
  attendedSeconds: number;
  speakingSeconds: number;
}

/** What the chair's team reads after the meeting. */
export interface AttendanceReport {
  attended: AttendedLine[];
  /** People in the meeting no registration matches (the chair's team, guests). */
  unmatched: AttendanceEntry[];
  /** Confirmed registrants with no attendance record. */
  absent: { registrationId: string; name: string; organization: string }[];
  byCategory: AttendanceTotal[];
  byOrganization: AttendanceTotal[];
  byGroup: AttendanceTotal[];
}

/**
 * Matches attendance records to registrations (email first, then Entra object id) and totals
 * attendance beside the speaking time each organization and group used in the queue by `now`.
 */
export function attendanceReport(
  entries: readonly AttendanceEntry[],
  registrations: readonly Registration[],
  turns: readonly QueueEntry[],
  now: number,
): AttendanceReport {
  const byEmail = new Map(registrations.map((r) => [r.email.toLowerCase(), r]));
  const byOid = new Map(registrations.map((r) => [r.aadObjectId.toLowerCase(), r]));
  const seen = new Map<string, AttendedLine>();
  const unmatched: AttendanceEntry[] = [];
  for (const entry of entries) {
    const viaEmail = entry.email ? byEmail.get(entry.email.toLowerCase()) : undefined;
    const viaOid = entry.entraId ? byOid.get(entry.entraId.toLowerCase()) : undefined;
    const registration = viaEmail ?? viaOid;
    if (!registration) {
      unmatched.push(entry);
      continue;
    }
    const line =
      seen.get(registration.id) ?? attendedLine(registration, viaEmail ? 'email' : 'entraId');
    line.seconds += entry.seconds;
    seen.set(registration.id, line);
  }
  const attended = [...seen.values()];
  const absent = registrations
    .filter((r) => r.status === 'confirmed' && !seen.has(r.id))
    .map((r) => ({ registrationId: r.id, name: fullName(r), organization: r.organization }));
  const spoken = speakingTurns(turns, now);
  return {
    attended,
    unmatched,
    absent,
    byCategory: totals(attended, (a) => a.category, []),
    byOrganization: totals(
      attended,
      (a) => a.organization,
      spoken.map((s) => [s.organization, s.seconds]),
    ),
    byGroup: totals(
      attended.filter((a) => a.group !== null),
      (a) => a.group ?? '',
      spoken.flatMap((s) => (s.group === null ? [] : [[s.group, s.seconds] as [string, number]])),
    ),
  };
}

/** Finished and running turns: who spoke, for whom, and for how many whole seconds. */
export function speakingTurns(turns: readonly QueueEntry[], now: number) {
  return turns
    .filter((t) => t.status === 'done' || t.status === 'speaking')
    .map((t) => ({
      organization: t.speaker.organization,
      group: t.onBehalfOf.kind === 'group' ? t.onBehalfOf.name : null,
      seconds: Math.round(elapsedMs(t.timer, now) / 1000),
    }));
}

function attendedLine(r: Registration, matchedBy: AttendedLine['matchedBy']): AttendedLine {
  return {
    registrationId: r.id,
    name: fullName(r),
    organization: r.organization,
    category: r.category,
    group: r.group?.name ?? null,
    seconds: 0,
    matchedBy,
  };
}

function totals(
  attended: readonly AttendedLine[],
  keyOf: (a: AttendedLine) => string,
  speaking: readonly (readonly [string, number])[],
): AttendanceTotal[] {
  const map = new Map<string, AttendanceTotal>();
  const get = (name: string) => {
    const total = map.get(name) ?? { name, attendees: 0, attendedSeconds: 0, speakingSeconds: 0 };
    map.set(name, total);
    return total;
  };
  for (const a of attended) {
    const total = get(keyOf(a));
    total.attendees += 1;
    total.attendedSeconds += a.seconds;
  }
  for (const [name, seconds] of speaking) get(name).speakingSeconds += seconds;
  return [...map.values()].sort((a, b) => a.name.localeCompare(b.name));
}

function fullName(r: Registration): string {
  return `${r.givenName} ${r.familyName}`;
}
