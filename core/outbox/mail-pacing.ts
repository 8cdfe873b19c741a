import { nextSendAt, type RateWindow } from './rate-limits';

/**
 * Exchange Online's sending limits per mailbox: 30 messages a minute and 10,000 recipients a
 * day (every outbox mail has one recipient, so recipients are messages).
 */
export const EXCHANGE_MAILBOX_LIMITS: readonly RateWindow[] = [
  { count: 30, windowMs: 60_000 },
  { count: 10_000, windowMs: 86_400_000 },
];

/**
 * Paces one sending mailbox: hands out send times so no window is exceeded. Pure
 * bookkeeping, times passed in; the worker keeps one and records what was sent before it.
 */
export class MailPacer {
  private sends: number[] = [];

  constructor(private readonly limits: readonly RateWindow[] = EXCHANGE_MAILBOX_LIMITS) {}

  /** Reserves the earliest send time (ms) at or after `now` and records it as a send. */
  reserve(now: number): number {
    const horizon = Math.max(...this.limits.map((w) => w.windowMs));
    this.sends = this.sends.filter((s) => s > now - horizon);
    const at = nextSendAt(this.sends, now, this.limits);
    this.sends.push(at);
    return at;
  }

  /** Records a send made before this pacer existed (a previous worker's). */
  record(at: number): void {
    this.sends.push(at);
    this.sends.sort((a, b) => a - b);
  }
}
