import type { EventDefinition, ProgrammeSession } from '../event/event';
import type { MessageKey, MessageParams } from '../i18n/catalog';
import { isKnownTimeZone, toInstant } from '../time/zoned-time';
import { zonedSpan, type ZonedSpan } from './zoned-span';

/** One session of the programme with its instants and how both audiences read them. */
export interface ProgrammeLine {
  session: ProgrammeSession;
  start: Date;
  end: Date;
  inEventZone: ZonedSpan;
  inViewerZone: ZonedSpan;
}

/**
 * The programme in time order (ties keep the file's order), in the event's zone and the
 * viewer's. A zone the runtime does not know (from an odd client) falls back to the event's.
 * Throws only for an event that skipped validation.
 */
export function programmeInZones(event: EventDefinition, viewerZone: string): ProgrammeLine[] {
  const viewer = isKnownTimeZone(viewerZone) ? viewerZone : event.timeZone;
  const at = (local: string): Date => {
    const instant = toInstant(local, event.timeZone);
    if (!instant) throw new Error(`Event ${event.id} has an invalid time ${local}`);
    return instant;
  };
  return event.programme
    .map((session, index) => ({ session, index, start: at(session.start), end: at(session.end) }))
    .sort((a, b) => a.start.getTime() - b.start.getTime() || a.index - b.index)
    .map(({ session, start, end }) => ({
      session,
      start,
      end,
      inEventZone: zonedSpan(start, end, event.timeZone),
      inViewerZone: zonedSpan(start, end, viewer),
    }));
}

/** Where the programme stands at an instant. */
export type WhatsNext =
  | { kind: 'current'; current: ProgrammeLine; next?: ProgrammeLine }
  | { kind: 'next'; next: ProgrammeLine }
  | { kind: 'nothingLeft' };

/**
 * The session under way at `now` (start inclusive, end exclusive, so at 10:00 the 10:00
 * panel is current, not the plenary that ends then) and the next one to start. Where
 * sessions overlap, the one that started last is current: it is the more specific one.
 */
export function whatsNext(programme: readonly ProgrammeLine[], now: Date): WhatsNext {
  const t = now.getTime();
  const running = programme.filter((l) => l.start.getTime() <= t && t < l.end.getTime());
  const current = running.reduce<ProgrammeLine | undefined>(
    (best, line) => (!best || line.start > best.start ? line : best),
    undefined,
  );
  const next = programme
    .filter((l) => l.start.getTime() > t)
    .reduce<ProgrammeLine | undefined>(
      (best, l) => (!best || l.start < best.start ? l : best),
      undefined,
    );
  if (current) return next ? { kind: 'current', current, next } : { kind: 'current', current };
  return next ? { kind: 'next', next } : { kind: 'nothingLeft' };
}

/** The line a viewer reads about `state`, with times in the viewer's zone. */
export function whatsNextMessage(state: WhatsNext): { key: MessageKey; params?: MessageParams } {
  switch (state.kind) {
    case 'current':
      return {
        key: 'roundtable.programme.current',
        params: { title: state.current.session.title, end: state.current.inViewerZone.endClock },
      };
    case 'next':
      return {
        key: 'roundtable.programme.next',
        params: { title: state.next.session.title, start: state.next.inViewerZone.startLabel },
      };
    case 'nothingLeft':
      return { key: 'roundtable.programme.nothingLeft' };
  }
}
