import { EXCHANGE_MAILBOX_LIMITS } from '../../core/outbox/mail-pacing';
import type { Mail, Mailer } from '../platform/mail/mail';
import type { OutboxStore } from './outbox-store';

/** The sending mailbox's slot in `outbox_send_slots` (Entra tenant ids are GUIDs). */
export const MAILBOX_SLOT = 'mailbox';
/** Mails evenly spaced by the per-minute limit (30 a minute: one per 2 s), across instances. */
export const MAIL_SPACING_MS = 60_000 / (EXCHANGE_MAILBOX_LIMITS[0]?.count ?? 30);
/** Recipients a day per mailbox (every mail has one recipient). */
export const MAILBOX_DAILY_LIMIT = EXCHANGE_MAILBOX_LIMITS[1]?.count ?? 10_000;
/**
 * How far ahead an outbox mail may book the mailbox: one slot. A backlog thus never holds
 * the slots of the next minutes, and a code mail, which books unconditionally, goes next.
 */
export const MAIL_BOOKING_HORIZON_MS = MAIL_SPACING_MS;

/** Thrown when the mailbox has used its day's mails; the code cannot go before `until`. */
export class MailboxDailyLimitError extends Error {
  constructor(readonly until: Date) {
    super(`the mailbox's daily limit is reached until ${until.toISOString()}`);
  }
}

/**
 * A mail that cannot wait (the six-digit code, valid 10 minutes): it counts against the
 * mailbox's limits like every outbox mail, but takes the mailbox's next slot, ahead of any
 * backlog. It is not stored in the outbox: the code must never be kept in clear.
 */
export function urgentMailer(
  mailer: Mailer,
  outbox: Pick<OutboxStore, 'reserveSendSlot' | 'countMailboxSend'>,
  now: () => Date,
): Mailer {
  return {
    destination: mailer.destination,
    async send(mail: Mail) {
      const full = await outbox.countMailboxSend(now(), MAILBOX_DAILY_LIMIT);
      if (full) throw new MailboxDailyLimitError(full);
      const waitMs = await outbox.reserveSendSlot(MAILBOX_SLOT, MAIL_SPACING_MS, 0);
      if (waitMs > 0) await new Promise((resolve) => setTimeout(resolve, waitMs));
      await mailer.send(mail);
    },
  };
}
