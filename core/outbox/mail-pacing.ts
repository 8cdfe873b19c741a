import type { RateWindow } from './rate-limits';

/**
 * Exchange Online's sending limits per mailbox: 30 messages a minute and 10,000 recipients a
 * day (every outbox mail has one recipient, so recipients are messages). Both are kept in
 * the database, shared by every instance (bot/outbox/mailbox-pace.ts).
 */
export const EXCHANGE_MAILBOX_LIMITS: readonly RateWindow[] = [
  { count: 30, windowMs: 60_000 },
  { count: 10_000, windowMs: 86_400_000 },
];
