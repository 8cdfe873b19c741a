import type { EventDefinition, SessionKind } from '../event/event';
import type { Registration } from '../registration/registration';
import { queueSessions } from '../speaking-queue/queue-sessions';
import type { QueueEntry, SpeakingQueue } from '../speaking-queue/queue-types';
import { elapsedMs } from '../speaking-queue/timer';

/** What one list of speakers (a plenary, a panel, a breakout group) gave, or all of them. */
export interface SessionCounts {
  interventions: number;
  /** Distinct people who took the floor: a registrant once, a guest by name and organization. */
  speakers: number;
  seconds: number;
  /** Interventions per stakeholder category id, in the event's order; '' for guests. */
  byCategory: Record<string, number>;
}

export interface SessionRow extends SessionCounts {
  sessionId: string;
  title: string;
  /** For a breakout group, the title of its breakout session. */
  partOf?: string;
  kind: SessionKind;
}

export interface SessionTotals {
  sessions: SessionRow[];
  /** Across every session; a person heard in two sessions counts once among `speakers`. */
  total: SessionCounts;
}

/**
 * The summary across a roundtable's sessions: each list of speakers in programme order
 * (plenaries, panels, each breakout group), with totals across them. Pure: `now` only values
 * a turn still running.
 */
export function sessionTotals(
  event: EventDefinition,
  queues: readonly SpeakingQueue[],
  registrations: readonly Registration[],
  now: number,
): SessionTotals {
  const categoryOf = new Map(registrations.map((r) => [r.id, r.category]));
  const byId = new Map(queues.map((q) => [q.sessionId, q]));
  const known = queueSessions(event);
  const listed = new Set(known.map((s) => s.id));
  // A list kept under a session the programme no longer names still counts, after the others.
  const orphans = queues
    .filter((q) => !listed.has(q.sessionId))
    .map((q) => ({ id: q.sessionId, title: q.sessionId, kind: 'other' as const }));
  const all = [...known, ...orphans];
  const turnsOf = (sessionId: string) => (byId.get(sessionId)?.entries ?? []).filter(spoken);
  const sessions = all.map((s) => ({
    sessionId: s.id,
    title: s.title,
    ...('partOf' in s && s.partOf ? { partOf: s.partOf } : {}),
    kind: s.kind,
    ...counts(event, turnsOf(s.id), categoryOf, now),
  }));
  const total = counts(
    event,
    all.flatMap((s) => turnsOf(s.id)),
    categoryOf,
    now,
  );
  return { sessions, total };
}

function counts(
  event: EventDefinition,
  turns: readonly QueueEntry[],
  categoryOf: ReadonlyMap<string, string>,
  now: number,
): SessionCounts {
  const byCategory: Record<string, number> = Object.fromEntries(
    event.stakeholderCategories.map((c) => [c.id, 0]),
  );
  const people = new Set<string>();
  let seconds = 0;
  for (const turn of turns) {
    const id = turn.speaker.registrationId;
    people.add(
      id ? `r:${id}` : `g:${normal(turn.speaker.name)}|${normal(turn.speaker.organization)}`,
    );
    seconds += Math.round(elapsedMs(turn.timer, now) / 1000);
    const category = (id && categoryOf.get(id)) || '';
    byCategory[category] = (byCategory[category] ?? 0) + 1;
  }
  return { interventions: turns.length, speakers: people.size, seconds, byCategory };
}

function spoken(entry: QueueEntry): boolean {
  return entry.status === 'done' || entry.status === 'speaking';
}

function normal(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLocaleLowerCase();
}
