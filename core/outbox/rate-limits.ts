/** One sliding-window limit: at most `count` sends in any `windowMs`. */
export interface RateWindow {
  count: number;
  windowMs: number;
}

/**
 * Teams' limits per bot per conversation (sends and create-conversation), from Microsoft's
 * bot rate-limit page: 7 per 1 s, 8 per 2 s, 60 per 30 s, 1800 per hour.
 */
export const TEAMS_CONVERSATION_LIMITS: readonly RateWindow[] = [
  { count: 7, windowMs: 1_000 },
  { count: 8, windowMs: 2_000 },
  { count: 60, windowMs: 30_000 },
  { count: 1800, windowMs: 3_600_000 },
];

/**
 * Per app per tenant Microsoft states "about 30-50 requests/s"; we take the low end, 30 per
 * second, so a tenant never throttles us for the sum of all conversations.
 */
export const TEAMS_TENANT_LIMITS: readonly RateWindow[] = [{ count: 30, windowMs: 1_000 }];

/**
 * The earliest instant (ms) at or after `now` at which one more send keeps every window,
 * given the past sends (ms, ascending, none after the returned instant). A send at `s`
 * counts in the window ending at `t` when `t - windowMs < s <= t`.
 */
export function nextSendAt(
  sends: readonly number[],
  now: number,
  windows: readonly RateWindow[],
): number {
  let at = Math.max(now, sends.at(-1) ?? now);
  for (const { count, windowMs } of windows) {
    const blocking = sends[sends.length - count];
    if (blocking !== undefined) at = Math.max(at, blocking + windowMs);
  }
  return at;
}

/** The longest window of a set: older sends no longer matter. */
export function horizonMs(windows: readonly RateWindow[]): number {
  return Math.max(0, ...windows.map((w) => w.windowMs));
}

/**
 * The gap that keeps every window when sends are evenly spaced: the largest window length
 * per send allowed (30 per second and one per 35 ms: 35 ms).
 */
export function evenSpacingMs(windows: readonly RateWindow[]): number {
  return Math.max(0, ...windows.map((w) => w.windowMs / w.count));
}
