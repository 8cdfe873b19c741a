import { DateTime } from 'luxon';
import type { EventDefinition } from '../event/event';
import type { AttendanceEntry } from '../meeting/attendance';
import type { Registration } from '../registration/registration';
import { isActive } from '../registration/registration';
import type { QueueEntry, SpeakingQueue } from '../speaking-queue/queue-types';
import { elapsedMs } from '../speaking-queue/timer';
import { toInstant } from '../time/zoned-time';
import { regionalGroupOf, REGIONAL_GROUPS, type RegionalGroup } from './un-regional-groups';

/** What is known of the meeting's attendance when the summary is made. */
export type AttendanceState =
  | { kind: 'stored'; entries: AttendanceEntry[]; readAt: number }
  /** The meeting has not ended, or the report is not published yet (next try at `nextAt`). */
  | { kind: 'pending'; nextAt: number | null }
  /** Graph answered 403: the application permission missing. */
  | { kind: 'refused'; permission: string }
  /** No Teams meeting (offline), or the job gave up. */
  | { kind: 'unavailable' };

/** Counts of one stakeholder category, regional group, coalition or organization. */
export interface SummaryRow {
  key: string;
  /** The event's label for a category, the name of a coalition or organization; '' for regions. */
  label: string;
  registered: number;
  confirmed: number;
  /** Null while attendance is not known. */
  attended: number | null;
  spoke: number;
  interventions: number;
  speakingSeconds: number;
}

/** One intervention, in the order the floor was given. */
export interface SpeakerLine {
  sessionId: string;
  /** The turn's id in its session's list (with `sessionId`, the key of its excerpt). */
  entryId: string;
  order: number;
  name: string;
  organization: string;
  coalition: { name: string; members: string[] } | null;
  questionId: string | null;
  seconds: number;
  registered: boolean;
}

export interface QuestionRow {
  questionId: string | null;
  interventions: number;
  seconds: number;
}

export interface EventSummary {
  eventId: string;
  /** Cumulative registrations per day (event's time zone) from the first one to the deadline. */
  registrationsOverTime: { day: string; total: number }[];
  totals: { registered: number; confirmed: number; attended: number | null; spoke: number };
  byCategory: SummaryRow[];
  byRegion: SummaryRow[];
  byCoalition: SummaryRow[];
  byOrganization: SummaryRow[];
  speakers: SpeakerLine[];
  byQuestion: QuestionRow[];
  /** People in the meeting no registration matches (listed apart). */
  unregisteredAttendees: { name: string; email: string | null; seconds: number }[];
  attendance: AttendanceState;
  /** What cannot be told yet: 'attendance' before the report, 'speakers' before anyone spoke. */
  notYetKnown: ('attendance' | 'speakers')[];
}

export interface SummaryInput {
  event: EventDefinition;
  registrations: readonly Registration[];
  /** Every session's list of speakers, in programme order. */
  queues: readonly SpeakingQueue[];
  attendance: AttendanceState;
  now: number;
}

/**
 * The chair's summary of one event, computed from its registrations, its lists of speakers
 * and the stored attendance report. Pure: `now` only values a turn still running.
 */
export function eventSummary(input: SummaryInput): EventSummary {
  const { event, now } = input;
  const active = input.registrations.filter((r) => isActive(r.status));
  const byId = new Map(input.registrations.map((r) => [r.id, r]));
  const turns = input.queues.flatMap((q) =>
    q.entries.filter(spoken).map((entry) => ({ sessionId: q.sessionId, entry })),
  );
  const speakers = turns.map(({ sessionId, entry }, i) =>
    speakerLine(sessionId, entry, i + 1, now),
  );
  const attended = attendedIds(input.attendance, input.registrations);
  const spokeIds = new Set(
    turns.flatMap(({ entry }) =>
      entry.speaker.registrationId ? [entry.speaker.registrationId] : [],
    ),
  );
  const row = (
    key: string,
    label: string,
    members: readonly Registration[],
    lines: SpeakerLine[],
  ): SummaryRow => ({
    key,
    label,
    registered: members.length,
    confirmed: members.filter((r) => r.status === 'confirmed').length,
    attended: attended ? members.filter((r) => attended.matched.has(r.id)).length : null,
    spoke: members.filter((r) => spokeIds.has(r.id)).length,
    interventions: lines.length,
    speakingSeconds: lines.reduce((sum, l) => sum + l.seconds, 0),
  });
  const linesOf = (pick: (r: Registration | undefined, line: SpeakerLine) => boolean) =>
    speakers.filter((line, i) => pick(registrationOf(turns[i]?.entry, byId), line));
  const byCategory = event.stakeholderCategories.map((c) =>
    row(
      c.id,
      c.label,
      active.filter((r) => r.category === c.id),
      linesOf((r) => r?.category === c.id),
    ),
  );
  const byRegion = REGIONAL_GROUPS.map((g) =>
    row(
      g,
      '',
      active.filter((r) => regionalGroupOf(r.country) === g),
      linesOf((r) => r !== undefined && regionalGroupOf(r.country) === g),
    ),
  ).filter((r) => r.registered > 0 || r.interventions > 0 || !isOther(r.key));
  const coalitions = distinct([
    ...active.flatMap((r) => (r.group ? [r.group.name] : [])),
    ...speakers.flatMap((s) => (s.coalition ? [s.coalition.name] : [])),
  ]);
  const byCoalition = coalitions.map((name) =>
    row(
      name,
      name,
      active.filter((r) => r.group && sameName(r.group.name, name)),
      linesOf((_r, line) => line.coalition !== null && sameName(line.coalition.name, name)),
    ),
  );
  const organizations = distinct([
    ...active.map((r) => r.organization),
    ...speakers.map((s) => s.organization),
  ]);
  const byOrganization = organizations.map((name) =>
    row(
      name,
      name,
      active.filter((r) => sameName(r.organization, name)),
      linesOf((_r, line) => sameName(line.organization, name)),
    ),
  );
  const questionIds = [...event.guidingQuestions.map((q) => q.id), null];
  const byQuestion = questionIds
    .map((questionId) => {
      const lines = speakers.filter((s) => s.questionId === questionId);
      return {
        questionId,
        interventions: lines.length,
        seconds: lines.reduce((sum, l) => sum + l.seconds, 0),
      };
    })
    .filter((q) => q.questionId !== null || q.interventions > 0);
  const notYetKnown: EventSummary['notYetKnown'] = [];
  if (!attended) notYetKnown.push('attendance');
  if (speakers.length === 0) notYetKnown.push('speakers');
  return {
    eventId: event.id,
    registrationsOverTime: registrationsOverTime(event, input.registrations),
    totals: {
      registered: active.length,
      confirmed: active.filter((r) => r.status === 'confirmed').length,
      attended: attended ? active.filter((r) => attended.matched.has(r.id)).length : null,
      spoke: active.filter((r) => spokeIds.has(r.id)).length,
    },
    byCategory,
    byRegion,
    byCoalition,
    byOrganization,
    speakers,
    byQuestion,
    unregisteredAttendees: attended?.unmatched ?? [],
    attendance: input.attendance,
    notYetKnown,
  };
}

function spoken(entry: QueueEntry): boolean {
  return entry.status === 'done' || entry.status === 'speaking';
}

function speakerLine(
  sessionId: string,
  entry: QueueEntry,
  order: number,
  now: number,
): SpeakerLine {
  return {
    sessionId,
    entryId: entry.id,
    order,
    name: entry.speaker.name,
    organization: entry.speaker.organization,
    coalition:
      entry.onBehalfOf.kind === 'group'
        ? { name: entry.onBehalfOf.name, members: [...entry.onBehalfOf.members] }
        : null,
    questionId: entry.questionId,
    seconds: Math.round(elapsedMs(entry.timer, now) / 1000),
    registered: entry.speaker.registrationId !== undefined,
  };
}

function registrationOf(entry: QueueEntry | undefined, byId: Map<string, Registration>) {
  const id = entry?.speaker.registrationId;
  return id ? byId.get(id) : undefined;
}

/** Registrations the attendance records match (email first, then Entra object id). */
function attendedIds(state: AttendanceState, registrations: readonly Registration[]) {
  if (state.kind !== 'stored') return undefined;
  const byEmail = new Map(registrations.map((r) => [r.email.toLowerCase(), r.id]));
  const byOid = new Map(registrations.map((r) => [r.aadObjectId.toLowerCase(), r.id]));
  const matched = new Set<string>();
  const unmatched = new Map<string, { name: string; email: string | null; seconds: number }>();
  for (const entry of state.entries) {
    const id =
      (entry.email ? byEmail.get(entry.email.toLowerCase()) : undefined) ??
      (entry.entraId ? byOid.get(entry.entraId.toLowerCase()) : undefined);
    if (id) {
      matched.add(id);
      continue;
    }
    const key = (entry.email ?? entry.entraId ?? entry.name).toLowerCase();
    const seen = unmatched.get(key);
    if (seen) seen.seconds += entry.seconds;
    else unmatched.set(key, { name: entry.name, email: entry.email, seconds: entry.seconds });
  }
  return { matched, unmatched: [...unmatched.values()] };
}

function registrationsOverTime(event: EventDefinition, registrations: readonly Registration[]) {
  const deadline = toInstant(event.registration.deadline, event.timeZone)?.getTime() ?? Infinity;
  const day = (ms: number) => DateTime.fromMillis(ms, { zone: event.timeZone }).toISODate() ?? '';
  const counts = new Map<string, number>();
  for (const r of registrations) {
    const at = r.createdAt.getTime();
    if (at > deadline) continue;
    counts.set(day(at), (counts.get(day(at)) ?? 0) + 1);
  }
  const days = [...counts.keys()].sort();
  const first = days[0];
  if (!first) return [];
  const last = Number.isFinite(deadline) ? day(deadline) : (days[days.length - 1] ?? first);
  const out: { day: string; total: number }[] = [];
  let total = 0;
  for (
    let d = DateTime.fromISO(first, { zone: event.timeZone });
    (d.toISODate() ?? '') <= last && out.length < 400;
    d = d.plus({ days: 1 })
  ) {
    const key = d.toISODate() ?? '';
    total += counts.get(key) ?? 0;
    out.push({ day: key, total });
  }
  return out;
}

function distinct(names: string[]): string[] {
  const seen = new Map<string, string>();
  for (const name of names) {
    const key = normal(name);
    if (key && !seen.has(key)) seen.set(key, name.trim());
  }
  return [...seen.values()].sort((a, b) => a.localeCompare(b));
}

function sameName(a: string, b: string): boolean {
  return normal(a) === normal(b);
}

function normal(name: string): string {
  return name.replace(/\s+/g, ' ').trim().toLocaleLowerCase();
}

function isOther(key: string): key is Extract<RegionalGroup, 'other'> {
  return key === 'other';
}
