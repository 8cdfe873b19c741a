import type { ProgrammeSession } from './event';
import type { FieldError } from './field-error';

/** The parts of a shape-valid event that the roundtable checks read. */
interface CheckedEvent {
  programme: ProgrammeSession[];
  thematicAreas?: Array<{ id: string }>;
  breakoutGroups?: Array<{ thematicAreaId: string }>;
}

/** Instant of a local time in the event zone, or undefined after recording the error. */
export type InstantReader = (field: string, local: string) => Date | undefined;

/** Every breakout group must name one of the event's thematic areas. */
export function checkBreakoutAreas(event: CheckedEvent): FieldError[] {
  const areas = new Set((event.thematicAreas ?? []).map((a) => a.id));
  return (event.breakoutGroups ?? []).flatMap((group, i) =>
    areas.has(group.thematicAreaId)
      ? []
      : [
          {
            field: `breakoutGroups.${i}.thematicAreaId`,
            key: 'roundtable.field.unknownThematicArea' as const,
            params: { id: group.thematicAreaId },
          },
        ],
  );
}

/**
 * Slots and tables belong to a matchmaking session; slots lie inside it and do not overlap,
 * so that "one pair per table per slot" means one meeting at a time.
 */
export function checkMatchmakingSlots(
  session: ProgrammeSession,
  index: number,
  span: { start?: Date; end?: Date },
  at: InstantReader,
): FieldError[] {
  const base = `programme.${index}`;
  if (session.kind !== 'matchmaking') {
    return (['slots', 'tables'] as const)
      .filter((name) => session[name] !== undefined)
      .map((name) => ({ field: `${base}.${name}`, key: 'roundtable.field.matchmakingOnly' }));
  }
  const { start: sessionStart, end: sessionEnd } = span;
  const errors: FieldError[] = [];
  const spans: Array<{ id: string; start: Date; end: Date }> = [];
  (session.slots ?? []).forEach((slot, j) => {
    const field = `${base}.slots.${j}`;
    const start = at(`${field}.start`, slot.start);
    const end = at(`${field}.end`, slot.end);
    if (!start || !end) return;
    if (end <= start) {
      errors.push({
        field: `${field}.end`,
        key: 'event.field.endBeforeStart',
        params: { start: slot.start },
      });
      return;
    }
    if (sessionStart && sessionEnd && (start < sessionStart || end > sessionEnd)) {
      const params = { start: session.start, end: session.end };
      errors.push({ field, key: 'roundtable.field.slotOutsideSession', params });
    }
    const clash = spans.find((other) => start < other.end && other.start < end);
    if (clash) {
      errors.push({ field, key: 'roundtable.field.slotsOverlap', params: { id: clash.id } });
    }
    spans.push({ id: slot.id, start, end });
  });
  return errors;
}
