/**
 * When to ask Graph again for a meeting's attendance report. Teams publishes the report some
 * minutes after the meeting ends (longer for large meetings), so the first try waits, then
 * the wait doubles up to a ceiling, and the job gives up two days after the meeting ended.
 */
export const ATTENDANCE_BACKOFF = {
  firstDelayMs: 5 * 60_000,
  maxDelayMs: 6 * 60 * 60_000,
  giveUpAfterMs: 48 * 60 * 60_000,
} as const;

/**
 * The time of the next try after `attempts` unsuccessful ones (0 for the first try),
 * or undefined when the job should give up. Pure: `endedAt` and `now` are epoch ms.
 */
export function nextAttendanceTry(
  attempts: number,
  endedAt: number,
  now: number,
  rule: { firstDelayMs: number; maxDelayMs: number; giveUpAfterMs: number } = ATTENDANCE_BACKOFF,
): number | undefined {
  const delay = Math.min(rule.firstDelayMs * 2 ** Math.max(0, attempts), rule.maxDelayMs);
  // The first try waits for Teams after the end (at once if the end was long ago); later ones wait after now.
  const at = attempts === 0 ? Math.max(endedAt + delay, now) : now + delay;
  return at > endedAt + rule.giveUpAfterMs ? undefined : at;
}
