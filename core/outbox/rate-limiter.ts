import { horizonMs, nextSendAt, type RateWindow } from './rate-limits';

/** The limits a limiter keeps: per conversation and per app per tenant. */
export interface RateLimiterLimits {
  conversation: readonly RateWindow[];
  tenant: readonly RateWindow[];
  /**
   * Spacing kept on top of the limits, so that network jitter between our clock and the
   * connector's does not make two sends look closer together than they were planned.
   */
  marginMs: number;
}

/**
 * A model of Teams' rate limits: hands out send times per conversation and tenant so no
 * window is exceeded. Pure bookkeeping (times are passed in); one per worker process.
 */
export class RateLimiter {
  private readonly conversations = new Map<string, number[]>();
  private readonly tenants = new Map<string, number[]>();
  private readonly pausedUntil = new Map<string, number>();

  constructor(private readonly limits: RateLimiterLimits) {}

  /** Reserves the earliest send time (ms) at or after `now` and records it as a send. */
  reserve(conversationKey: string, tenantKey: string, now: number): number {
    const conversation = this.log(
      this.conversations,
      conversationKey,
      now,
      this.limits.conversation,
    );
    const tenant = this.log(this.tenants, tenantKey, now, this.limits.tenant);
    let at = Math.max(now, this.pausedUntil.get(conversationKey) ?? now);
    // Each constraint only moves the time later, so two passes settle on a time both allow.
    for (let pass = 0; pass < 2; pass++) {
      at = nextSendAt(conversation, at, this.spaced(this.limits.conversation));
      at = nextSendAt(tenant, at, this.spaced(this.limits.tenant));
    }
    conversation.push(at);
    tenant.push(at);
    return at;
  }

  /** Records a send made elsewhere (a previous worker), so a restart does not burst. */
  record(conversationKey: string, tenantKey: string, at: number): void {
    for (const [logs, key] of [
      [this.conversations, conversationKey],
      [this.tenants, tenantKey],
    ] as const) {
      const sends = logs.get(key) ?? [];
      sends.push(at);
      sends.sort((a, b) => a - b);
      logs.set(key, sends);
    }
  }

  /** Holds a conversation back until `until`, e.g. for a 429's Retry-After. */
  pause(conversationKey: string, until: number): void {
    this.pausedUntil.set(
      conversationKey,
      Math.max(until, this.pausedUntil.get(conversationKey) ?? 0),
    );
  }

  private spaced(windows: readonly RateWindow[]): RateWindow[] {
    // A one-send window is a pacing interval, exact by construction: no margin on it.
    return windows.map((w) =>
      w.count === 1 ? w : { count: w.count, windowMs: w.windowMs + this.limits.marginMs },
    );
  }

  private log(
    logs: Map<string, number[]>,
    key: string,
    now: number,
    windows: readonly RateWindow[],
  ): number[] {
    const keepAfter = now - horizonMs(windows) - this.limits.marginMs;
    const sends = (logs.get(key) ?? []).filter((s) => s > keepAfter);
    logs.set(key, sends);
    return sends;
  }
}
