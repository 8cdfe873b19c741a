/** How many misses a key may make within a window, and how many keys are remembered. */
export interface MissLimits {
  maxMisses: number;
  windowMs: number;
  /** Oldest keys are forgotten beyond this, so a flood of addresses cannot grow memory. */
  maxKeys: number;
}

/** Export links: 10 wrong tokens a minute from one address; 32 random bytes do the rest. */
export const EXPORT_GUESS_LIMITS: MissLimits = { maxMisses: 10, windowMs: 60_000, maxKeys: 10_000 };

/**
 * Anonymous reads of published written input: 120 requests a minute from one address. A
 * reader browsing filters makes a few, a feed reader one per max-age; floods get 429.
 */
export const PUBLIC_READ_LIMITS: MissLimits = { maxMisses: 120, windowMs: 60_000, maxKeys: 10_000 };

/**
 * Counts failed attempts (wrong export tokens; or every request, for anonymous reads) per key
 * in a fixed window, so guessing or flooding is slowed to a trickle. Pure bookkeeping: times are passed in.
 */
export class MissLimiter {
  private readonly windows = new Map<string, { start: number; misses: number }>();

  constructor(private readonly limits: MissLimits) {}

  /** Whether `key` has used up its misses in the current window; then refuse without trying. */
  blocked(key: string, now: number): boolean {
    const window = this.windows.get(key);
    if (!window || now - window.start >= this.limits.windowMs) return false;
    return window.misses >= this.limits.maxMisses;
  }

  /** Records one miss; returns the milliseconds until the key may try again when now blocked. */
  miss(key: string, now: number): number {
    let window = this.windows.get(key);
    if (!window || now - window.start >= this.limits.windowMs) {
      window = { start: now, misses: 0 };
      this.windows.delete(key);
      this.windows.set(key, window);
    }
    window.misses += 1;
    while (this.windows.size > this.limits.maxKeys) {
      this.windows.delete(this.windows.keys().next().value as string);
    }
    return window.misses >= this.limits.maxMisses ? window.start + this.limits.windowMs - now : 0;
  }

  /** Milliseconds until `key` may try again (0 when it may now). */
  retryAfterMs(key: string, now: number): number {
    const window = this.windows.get(key);
    return window && this.blocked(key, now) ? window.start + this.limits.windowMs - now : 0;
  }
}
