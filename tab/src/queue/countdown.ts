/** A countdown as shown: whole seconds (negative once overrun) and its `m:ss` text. */
export interface Countdown {
  seconds: number;
  overrun: boolean;
  text: string;
}

/**
 * Rounds so that a fresh turn shows its full time (3:00, not 2:59) and the first moment over
 * time already shows −0:01: every screen applies the same rule to the same server instants.
 */
export function countdownOf(remainingMs: number): Countdown {
  const overrun = remainingMs < 0;
  const seconds = overrun ? Math.floor(remainingMs / 1000) : Math.ceil(remainingMs / 1000);
  const clock = clockText(Math.abs(seconds));
  return { seconds, overrun, text: overrun ? `\u2212${clock}` : clock };
}

/** A time used, such as 2:47, in whole seconds elapsed. */
export function durationText(ms: number): string {
  return clockText(Math.floor(Math.max(0, ms) / 1000));
}

function clockText(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
