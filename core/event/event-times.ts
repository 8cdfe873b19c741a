import { toInstant } from '../time/zoned-time';
import type { EventDefinition } from './event';

/** The instants of an event's key moments, resolved once from its wall-clock times. */
export interface EventInstants {
  start: Date;
  end: Date;
  registrationOpens: Date;
  registrationDeadline: Date;
}

/**
 * Resolves a validated event's times. Throws only on an event that skipped validation,
 * which is a programming error, not user input.
 */
export function eventInstants(event: EventDefinition): EventInstants {
  const at = (local: string): Date => {
    const instant = toInstant(local, event.timeZone);
    if (!instant) throw new Error(`Event ${event.id} has an invalid time ${local}`);
    return instant;
  };
  return {
    start: at(event.start),
    end: at(event.end),
    registrationOpens: at(event.registration.opens),
    registrationDeadline: at(event.registration.deadline),
  };
}
