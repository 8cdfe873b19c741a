import { RateLimiter } from './rate-limiter';
import type { RateWindow } from './rate-limits';

/**
 * The least time (ms, first send at 0) that the limits allow for delivering `perConversation[i]`
 * messages to conversation i, all in one tenant: no scheduler can finish sooner.
 */
export function sendFloorMs(
  perConversation: readonly number[],
  limits: { conversation: readonly RateWindow[]; tenant: readonly RateWindow[] },
): number {
  const total = perConversation.reduce((sum, n) => sum + n, 0);
  const busiest = Math.max(0, ...perConversation);
  return Math.max(lastSendMs(total, limits.tenant), lastSendMs(busiest, limits.conversation));
}

/** When the n-th of n sends to one key can go at the earliest, the first going at 0. */
function lastSendMs(n: number, windows: readonly RateWindow[]): number {
  if (n === 0) return 0;
  const limiter = new RateLimiter({ conversation: windows, tenant: [], marginMs: 0 });
  let at = 0;
  for (let i = 0; i < n; i++) at = limiter.reserve('one', 'tenant', 0);
  return at;
}
