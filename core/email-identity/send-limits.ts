import { nextSendAt, type RateWindow } from '../outbox/rate-limits';

/**
 * How often a code may be mailed: to one address, once a minute and 5 an hour (so a stranger
 * cannot flood someone's mailbox); from one conversation (one Direct Line token, one
 * browser), 10 an hour (so one client cannot spray codes to many addresses).
 */
export const CODE_SEND_LIMITS: { address: readonly RateWindow[]; client: readonly RateWindow[] } = {
  address: [
    { count: 1, windowMs: 60_000 },
    { count: 5, windowMs: 3_600_000 },
  ],
  client: [{ count: 10, windowMs: 3_600_000 }],
};

/** The longest window: sends older than this no longer count. */
export const CODE_SEND_HORIZON_MS = 3_600_000;

/**
 * When a code may next be sent, given the past sends to the address and from the client
 * (any order): `now` when it may go now, a later instant otherwise.
 */
export function nextCodeSendAt(
  addressSends: readonly Date[],
  clientSends: readonly Date[],
  now: Date,
): Date {
  const sorted = (sends: readonly Date[]) => sends.map((s) => s.getTime()).sort((a, b) => a - b);
  const t = now.getTime();
  const address = nextSendAt(sorted(addressSends), t, CODE_SEND_LIMITS.address);
  const client = nextSendAt(sorted(clientSends), t, CODE_SEND_LIMITS.client);
  return new Date(Math.max(t, address, client));
}
