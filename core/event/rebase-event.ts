import { DateTime } from 'luxon';
import type { EventDefinition, LocalDateTime } from './event';
import { eventInstants } from './event-times';

const WEEK_MS = 7 * 24 * 3600 * 1000;
const LOCAL = "yyyy-MM-dd'T'HH:mm";

/**
 * Moves a demo event forward by whole weeks (so weekdays and local times stay as written)
 * until its registration deadline is at least `leadDays` ahead of `now`. An event already
 * far enough ahead is returned unchanged.
 */
export function rebaseDemoEvent(event: EventDefinition, now: Date, leadDays = 14): EventDefinition {
  const { registrationDeadline } = eventInstants(event);
  const shortfall = now.getTime() + leadDays * 24 * 3600 * 1000 - registrationDeadline.getTime();
  if (shortfall <= 0) return event;
  const weeks = Math.ceil(shortfall / WEEK_MS);
  const shift = (local: LocalDateTime): LocalDateTime =>
    DateTime.fromFormat(local, LOCAL, { zone: event.timeZone }).plus({ weeks }).toFormat(LOCAL);
  const opensShifted = shift(event.registration.opens);
  const opens =
    DateTime.fromFormat(opensShifted, LOCAL, { zone: event.timeZone }).toJSDate() > now
      ? DateTime.fromJSDate(now, { zone: event.timeZone })
          .minus({ days: 1 })
          .startOf('hour')
          .toFormat(LOCAL)
      : opensShifted;
  return {
    ...event,
    start: shift(event.start),
    end: shift(event.end),
    registration: { opens, deadline: shift(event.registration.deadline) },
    programme: event.programme.map((s) => ({
      ...s,
      start: shift(s.start),
      end: shift(s.end),
      ...(s.slots
        ? { slots: s.slots.map((t) => ({ ...t, start: shift(t.start), end: shift(t.end) })) }
        : {}),
    })),
  };
}
