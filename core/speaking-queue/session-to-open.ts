import type { EventDefinition } from '../event/event';
import { toInstant } from '../time/zoned-time';
import type { QueueSession } from './queue-sessions';

/** The session the chair's team last put on the screens, and when. */
export interface ChosenSession {
  sessionId: string;
  at: Date;
}

/**
 * The list a screen opens on at `now`: the chair's choice if made since the latest session
 * began (a choice from an earlier session gives way to the programme), else the session
 * running now in the event's zone (the latest to start; at 10:00 the 10:00 panel, not the
 * plenary ending then), else the next to start, else the last one.
 */
export function sessionToOpen(
  event: EventDefinition,
  sessions: readonly QueueSession[],
  now: Date,
  chosen?: ChosenSession,
): QueueSession {
  const timed = sessions.map((session) => ({
    session,
    start: instant(event, session.start),
    end: instant(event, session.end),
  }));
  const t = now.getTime();
  const started = timed.filter((s) => s.start <= t);
  const latestStart = Math.max(...started.map((s) => s.start));
  const choice = chosen && sessions.find((s) => s.id === chosen.sessionId);
  if (choice && (started.length === 0 || chosen.at.getTime() >= latestStart)) return choice;
  const running = started.filter((s) => t < s.end);
  const current = running.find((s) => s.start === Math.max(...running.map((r) => r.start)));
  const next = timed.filter((s) => s.start > t).sort((a, b) => a.start - b.start)[0];
  return (current ?? next ?? timed.at(-1))?.session ?? (sessions[0] as QueueSession);
}

function instant(event: EventDefinition, local: string): number {
  return toInstant(local, event.timeZone)?.getTime() ?? Number.NaN;
}
