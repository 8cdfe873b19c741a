import type { RegistrationStatus } from '../registration/registration';

/** The kinds of message the outbox delivers to a registrant. */
export type OutboxKind =
  | 'status'
  | 'loginDetails'
  | 'reminder'
  | 'matchProposal'
  | 'matchSchedule'
  | 'inputPublished'
  | 'speakingPlace'
  /** "We received your registration": mailed at submit to people registered on the web. */
  | 'received';

/** Where an outbox message stands. `cancelled`: no longer wanted (the person was declined). */
export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'cancelled';

/** Who receives a message: the person as the platform identifies them. */
export interface OutboxRecipient {
  tenantId: string;
  aadObjectId: string;
}

/** A message to enqueue; `dedupeKey` makes enqueuing it twice a no-op. */
export interface OutboxMessage {
  dedupeKey: string;
  kind: OutboxKind;
  eventId: string;
  registrationId: string;
  recipient: OutboxRecipient;
  /** Not sent before this instant (reminders); now for everything else. */
  notBefore: Date;
  /** The activity to send, already rendered in the person's language and zone. */
  payload: Record<string, unknown>;
}

/**
 * Dedupe keys: one login card and one reminder per offset per person per event; one status
 * message per registration version, so confirm, decline, confirm again tells them each time.
 */
export const dedupeKeys = {
  /** One per registration: submitting the same card again mails nobody twice. */
  received: (registrationId: string) => `received:${registrationId}`,
  status: (registrationId: string, status: RegistrationStatus, version: number) =>
    `status:${registrationId}:${status}:v${version}`,
  loginDetails: (eventId: string, registrationId: string) => `login:${eventId}:${registrationId}`,
  reminder: (eventId: string, registrationId: string, minutesBefore: number) =>
    `reminder:${eventId}:${registrationId}:${minutesBefore}m`,
  /** One notice per proposal per person: proposing again tells nobody twice. */
  matchProposal: (eventId: string, matchId: string, registrationId: string) =>
    `match:${eventId}:${matchId}:${registrationId}`,
  /** One per distinct schedule per person: rescheduling that changes their meetings tells them. */
  matchSchedule: (eventId: string, registrationId: string, fingerprint: string) =>
    `schedule:${eventId}:${registrationId}:${fingerprint}`,
  /** One notice per statement: publishing it again after withholding tells nobody twice. */
  inputPublished: (inputId: string) => `input-published:${inputId}`,
  /** One notice per published version of a session's list per person (decision 029). */
  speakingPlace: (eventId: string, sessionId: string, registrationId: string, version: number) =>
    `place:${eventId}:${sessionId}:${registrationId}:v${version}`,
};

/** Reminders by default: a day and an hour before the start. */
export const DEFAULT_REMINDER_MINUTES: readonly number[] = [24 * 60, 60];

/**
 * The reminders still ahead at `now` for an event starting at `start`: offset and send time.
 * A reminder whose time has passed is dropped rather than sent late.
 */
export function remindersAhead(
  start: Date,
  now: Date,
  minutesBefore: readonly number[] = DEFAULT_REMINDER_MINUTES,
): Array<{ minutesBefore: number; at: Date }> {
  return minutesBefore
    .map((m) => ({ minutesBefore: m, at: new Date(start.getTime() - m * 60_000) }))
    .filter((r) => r.at.getTime() > now.getTime());
}

/** Whether a message still makes sense for a registration now in `status`. */
export function stillWanted(kind: OutboxKind, status: RegistrationStatus | undefined): boolean {
  switch (kind) {
    case 'status':
    case 'inputPublished':
      return true;
    case 'loginDetails':
    case 'reminder':
    case 'speakingPlace':
      return status === 'confirmed';
    case 'matchProposal':
    case 'matchSchedule':
    case 'received':
      return status !== undefined && status !== 'withdrawn' && status !== 'declined';
  }
}
