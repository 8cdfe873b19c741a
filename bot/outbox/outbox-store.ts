import type { OutboxMessage, OutboxStatus } from '../../core/outbox/outbox-message';
import type { Registration } from '../../core/registration/registration';
import type { OutboxBacklog } from '../../core/outbox/backlog';
import type { MeetingRecord } from '../meeting';

/** An enqueued message as stored, with its delivery state. */
export interface OutboxRow extends OutboxMessage {
  id: string;
  status: OutboxStatus;
  /** Claims made so far: each is one attempt, even if the worker died before it ended. */
  attempts: number;
  nextAttemptAt: Date;
  lastError?: string;
  sentAt?: Date;
  createdAt: Date;
}

/** Counts by status, for Teams chats and for mail to people registered on the web. */
export interface OutboxTally {
  byChannel: Record<'teams' | 'email', Record<OutboxStatus, number>>;
  /** Pending reminders whose time has not come yet. */
  scheduled: number;
  failed: OutboxRow[];
}

/** A row a worker holds: `claimToken` fences its writes against a later claim of the row. */
export interface ClaimedRow extends OutboxRow {
  claimToken: string;
}

/** How a claimed row's attempt ended. */
export type OutboxOutcome =
  | { status: 'sent'; at: Date }
  | {
      status: 'pending';
      nextAttemptAt: Date;
      error: string;
      /** Put back unsent to wait its turn (the mailbox was busy): not counted as an attempt. */
      deferred?: boolean;
    }
  | { status: 'failed'; error: string }
  | { status: 'cancelled'; error: string };

/**
 * The persistent outbox. Claiming leases rows (`FOR UPDATE SKIP LOCKED`, so concurrent
 * workers never take the same row); a row whose lease ran out is claimable again, and a row
 * marked sent is never claimed again.
 */
export interface OutboxStore {
  /** Adds the messages whose dedupe key is new; returns how many were added. */
  enqueue(messages: readonly OutboxMessage[], now: Date): Promise<number>;
  /**
   * Saves a registration's new status (optimistically, as `registrations.update`) and
   * enqueues its messages in one transaction: both happen or neither.
   */
  enqueueWithUpdate(
    next: Registration,
    messages: readonly OutboxMessage[],
    now: Date,
  ): Promise<Registration | 'conflict'>;
  /** Leases up to `limit` due rows (pending and due, or sending with an expired lease). */
  claim(limit: number, now: Date, leaseMs: number): Promise<ClaimedRow[]>;
  /** Records how an attempt ended; false when the claim was lost (the lease expired). */
  finish(row: Pick<ClaimedRow, 'id' | 'claimToken'>, outcome: OutboxOutcome): Promise<boolean>;
  list(filter: { eventId?: string; status?: OutboxStatus }): Promise<OutboxRow[]>;
  /**
   * An event's delivery counted in the database (one grouped query, not every row): counts
   * by status and channel, reminders not yet due at `now`, and the failed rows themselves.
   */
  tally(eventId: string, now: Date): Promise<OutboxTally>;
  /** Which of these dedupe keys are already in the outbox (so enqueueing them adds nothing). */
  knownKeys(keys: readonly string[]): Promise<Set<string>>;
  /**
   * Puts an event's failed rows (those of `ids`, or all when absent) back to pending, due at
   * `now`, with a fresh count of attempts; the last error stays until the next outcome.
   * Returns the rows it reset.
   */
  retryFailed(eventId: string, ids: readonly string[] | undefined, now: Date): Promise<OutboxRow[]>;
  /**
   * Cancels an event's messages waiting to go out (pending, not yet claimed; a reminder only
   * when due at `now`): the chair stopped a mass sending. Later reminders and rows a worker
   * holds stay.
   * Returns how many were cancelled.
   */
  cancelDue(eventId: string, now: Date): Promise<number>;
  /** Rows still to deliver (pending, or being sent): the outbox depth operators watch. */
  depth(): Promise<number>;
  /** Rows not delivered (of one event, or all), counted by why (core/outbox/backlog.ts). */
  backlog(now: Date, eventId?: string): Promise<OutboxBacklog>;
  /** Sends since `since`, for a new worker to know what the rate limits have already used. */
  recentSends(since: Date): Promise<Array<{ tenantId: string; aadObjectId: string; at: Date }>>;
  /**
   * Takes the tenant's next send slot, shared by every instance on this database: not sooner
   * than `notBeforeMs` from now, and `spacingMs` after the slot taken before it. Returns how
   * many ms to wait (by the database's clock, so instances need not agree on theirs).
   */
  reserveSendSlot(tenantId: string, spacingMs: number, notBeforeMs: number): Promise<number>;
  /**
   * Takes the slot's next send only when it is at most `horizonMs` away (so a mail that must
   * not wait, a code, always finds one near); otherwise books nothing and says how far it is.
   */
  reserveSendSlotWithin(
    slot: string,
    spacingMs: number,
    horizonMs: number,
  ): Promise<{ booked: true; waitMs: number } | { booked: false; busyMs: number }>;
  /**
   * Counts one mail from the sending mailbox against `dailyLimit`, shared by every instance;
   * when the day's mails are used up, counts nothing and returns when one more may go.
   */
  countMailboxSend(now: Date, dailyLimit: number): Promise<Date | undefined>;
}

/** What the chair's team set up for delivering an event: capacity and the meeting. */
export interface EventLogistics {
  eventId: string;
  capacity?: number;
  meeting?: MeetingRecord;
}

export interface EventLogisticsStore {
  get(eventId: string): Promise<EventLogistics>;
  setCapacity(eventId: string, capacity: number | undefined, now: Date): Promise<void>;
  /**
   * Stores the meeting record. With `ifAbsent`, keeps one already stored and returns it,
   * so two racing first confirmations agree on one meeting.
   */
  saveMeeting(
    eventId: string,
    meeting: MeetingRecord,
    now: Date,
    ifAbsent?: boolean,
  ): Promise<MeetingRecord>;
}

/** A link to a registrant's calendar file; only the token's hash is stored. */
export interface CalendarLink {
  tokenHash: string;
  registrationId: string;
  eventId: string;
  expiresAt: Date;
}

export interface CalendarLinkStore {
  create(link: CalendarLink): Promise<void>;
  /** The link, or undefined when unknown or expired at `now`. Reusable until it expires. */
  find(tokenHash: string, now: Date): Promise<CalendarLink | undefined>;
}
