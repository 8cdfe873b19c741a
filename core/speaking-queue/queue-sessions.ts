import type { EventDefinition, LocalDateTime, SessionKind } from '../event/event';
import { MAIN_SESSION_ID } from './empty-queue';

/** A part of the programme that keeps its own list of speakers. */
export interface QueueSession {
  /** The programme session's id; a breakout group's is `<session id>.<group id>`. */
  id: string;
  title: string;
  /** For a breakout group, the title of its breakout session. */
  partOf?: string;
  kind: SessionKind;
  start: LocalDateTime;
  end: LocalDateTime;
  speakingSeconds: number;
}

/** Kinds of session where people take the floor; a reception or matchmaking keeps no list. */
const WITH_LIST: ReadonlySet<SessionKind> = new Set([
  'plenary',
  'panel',
  'dialogue',
  'breakout',
  'other',
]);

/** Joins a breakout session and one of its groups; '.' is outside short ids, so never clashes. */
export const GROUP_SEPARATOR = '.';

/**
 * The lists of speakers of an event, in programme order (by start, ties in file order): each
 * plenary, panel and dialogue, and each breakout group of a breakout session. A virtual
 * dialogue keeps one list; an event with no such session, one list for the whole event.
 * The first is where lists kept before sessions existed went (migration 009 repeats it).
 */
export function queueSessions(event: EventDefinition): QueueSession[] {
  const ordered = event.programme
    .map((session, index) => ({ session, index }))
    .filter(({ session }) => WITH_LIST.has(session.kind))
    .sort((a, b) => compare(a.session.start, b.session.start) || a.index - b.index)
    .flatMap(({ session }) => {
      const own: QueueSession = {
        id: session.id,
        title: session.title,
        kind: session.kind,
        start: session.start,
        end: session.end,
        speakingSeconds: session.speakingTimeSeconds ?? event.defaultSpeakingTimeSeconds,
      };
      const groups = session.kind === 'breakout' ? (event.breakoutGroups ?? []) : [];
      if (groups.length === 0) return [own];
      return groups.map((group) => ({
        ...own,
        id: `${session.id}${GROUP_SEPARATOR}${group.id}`,
        title: group.title,
        partOf: session.title,
      }));
    });
  const sessions = ordered.length > 0 ? ordered : [wholeEvent(event)];
  return event.kind === 'virtualDialogue' ? sessions.slice(0, 1) : sessions;
}

/** The session a request names, the first one when it names none; undefined if unknown. */
export function findQueueSession(
  event: EventDefinition,
  sessionId: string | undefined,
): QueueSession | undefined {
  const sessions = queueSessions(event);
  return sessionId === undefined ? sessions[0] : sessions.find((s) => s.id === sessionId);
}

/** Where opening remarks go: the first plenary, or the first list if there is no plenary. */
export function openingPlenary(event: EventDefinition): QueueSession {
  const sessions = queueSessions(event);
  return (sessions.find((s) => s.kind === 'plenary') ?? sessions[0]) as QueueSession;
}

function wholeEvent(event: EventDefinition): QueueSession {
  return {
    id: MAIN_SESSION_ID,
    title: event.title,
    kind: 'dialogue',
    start: event.start,
    end: event.end,
    speakingSeconds: event.defaultSpeakingTimeSeconds,
  };
}

/** Local times of one zone, `YYYY-MM-DDTHH:mm`, order as text. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
