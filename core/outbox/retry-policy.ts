/** How one send attempt ended, as the worker saw it. */
export type SendResult =
  | { kind: 'sent' }
  | { kind: 'status'; status: number; retryAfterMs?: number; detail?: string }
  | { kind: 'network'; detail: string }
  /** Not refused, not yet possible (e.g. a chat Teams is still opening): retry with backoff. */
  | { kind: 'later'; detail: string };

/** What to do with a message after a failed attempt. */
export type RetryDecision =
  { kind: 'retry'; delayMs: number; reason: string } | { kind: 'fail'; reason: string };

export interface RetryPolicy {
  /** Attempts in all, the first included; after the last, the message fails. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

/** Six attempts over about a minute: 1, 2, 4, 8, 16 s (before jitter). */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 6,
  baseDelayMs: 1_000,
  maxDelayMs: 60_000,
};

/**
 * Statuses retried: the platform notes' throttled, precondition, bad gateway and timeout, and
 * 503, which HTTP defines as temporary (Graph's RetryHandler and the connector SDK's own
 * pipeline retry it too). The soak's 5% of 503s once failed a login-details message for good
 * when the SDK's three quick retries all met a refusal.
 */
const RETRYABLE = new Set([412, 429, 502, 503, 504]);

/**
 * Decides after failed attempt number `attempt` (1-based): retry 429, 412, 502, 503, 504,
 * network errors, and results that say "later", with exponential backoff and jitter (`random` in [0, 1)), never sooner than
 * Retry-After; fail at once on any other status; fail after `maxAttempts`.
 */
export function decideRetry(
  result: Exclude<SendResult, { kind: 'sent' }>,
  attempt: number,
  policy: RetryPolicy,
  random: () => number,
): RetryDecision {
  const reason = describe(result);
  if (result.kind === 'status' && !RETRYABLE.has(result.status)) return { kind: 'fail', reason };
  if (attempt >= policy.maxAttempts)
    return { kind: 'fail', reason: `${reason} (gave up after ${attempt} attempts)` };
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  // "Equal jitter": half fixed, half random, so retries spread without collapsing to zero.
  const backoff = Math.round(exponential / 2 + random() * (exponential / 2));
  const retryAfter = result.kind === 'status' ? (result.retryAfterMs ?? 0) : 0;
  return { kind: 'retry', delayMs: Math.max(backoff, retryAfter), reason };
}

/** A Retry-After header (seconds or an HTTP date) in ms from `now`; undefined if absent. */
export function parseRetryAfter(header: string | undefined, now: number): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

function describe(result: Exclude<SendResult, { kind: 'sent' }>): string {
  if (result.kind === 'network') return `network error: ${result.detail}`.slice(0, 500);
  if (result.kind === 'later') return result.detail.slice(0, 500);
  const detail = result.detail ? `: ${result.detail}` : '';
  return `HTTP ${result.status}${detail}`.slice(0, 500);
}
