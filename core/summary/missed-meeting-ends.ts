import { ATTENDANCE_BACKOFF } from './attendance-backoff';

/**
 * How long after an event's scheduled end a meeting that never sent meetingEnd (the bot was
 * not in the meeting, Teams dropped the event, the service was down) is taken as ended: long
 * enough for a meeting that overran to send its own end first.
 */
export const MISSED_END_AFTER_MS = 3 * 60 * 60_000;

/** An event as the sweep reads it: its id and its scheduled end (epoch ms). */
export interface SweepCandidate {
  eventId: string;
  endsAt: number;
}

/**
 * The events the sweep should look at `now` (epoch ms): the scheduled end at least
 * `MISSED_END_AFTER_MS` ago, and not so long ago that the job would give up at once. The
 * shell then skips those with a job already (meetingEnd came, or an earlier sweep).
 */
export function missedMeetingEnds(
  candidates: readonly SweepCandidate[],
  now: number,
): { eventId: string; endedAt: number }[] {
  return candidates
    .filter(
      (c) =>
        now >= c.endsAt + MISSED_END_AFTER_MS && now < c.endsAt + ATTENDANCE_BACKOFF.giveUpAfterMs,
    )
    .map((c) => ({ eventId: c.eventId, endedAt: c.endsAt }));
}
