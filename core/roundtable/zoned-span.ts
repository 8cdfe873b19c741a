import { DateTime } from 'luxon';
import { formatClockInZone, formatInZone } from '../time/zoned-time';

/**
 * A session's start and end as people in one zone read them. The date is kept because a
 * New York evening is already the next morning in Tokyo.
 */
export interface ZonedSpan {
  zone: string;
  startDate: string;
  startClock: string;
  endDate: string;
  endClock: string;
  /** Offset from UTC at the start, in minutes (New York in May: -240). */
  utcOffsetMinutes: number;
  /** Full start, e.g. "Friday, 10 May 2024, 22:00 GMT+9", for a line a person reads. */
  startLabel: string;
}

/** Reads an instant span in `zone`. */
export function zonedSpan(start: Date, end: Date, zone: string): ZonedSpan {
  const from = DateTime.fromJSDate(start, { zone });
  return {
    zone,
    startDate: from.toISODate() ?? '',
    startClock: formatClockInZone(start, zone),
    endDate: DateTime.fromJSDate(end, { zone }).toISODate() ?? '',
    endClock: formatClockInZone(end, zone),
    utcOffsetMinutes: from.offset,
    startLabel: formatInZone(start, zone),
  };
}
