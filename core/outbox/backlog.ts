/**
 * Why the messages in the outbox are not delivered yet, counted: due and never refused (waiting
 * for the rate limit), held by a worker (claimed, in the limiter or on the wire), refused once
 * and retrying (429/503), scheduled for later (reminders), failed for good. Operators read it
 * from /metrics (`outbox_backlog{reason}`); the soak reads it there too, so that a backlog
 * waiting for the rate limit is told apart from one that is late.
 */
export interface OutboxBacklog {
  waitingForRateLimit: number;
  heldByWorker: number;
  retrying: number;
  later: number;
  failed: number;
}

export type BacklogReason = keyof OutboxBacklog;

export const BACKLOG_REASONS: readonly BacklogReason[] = [
  'waitingForRateLimit',
  'heldByWorker',
  'retrying',
  'later',
  'failed',
];

export function emptyBacklog(): OutboxBacklog {
  return { waitingForRateLimit: 0, heldByWorker: 0, retrying: 0, later: 0, failed: 0 };
}

/** What is still to deliver now: reminders for later and failures do not count. */
export function undelivered(backlog: OutboxBacklog): number {
  return backlog.waitingForRateLimit + backlog.heldByWorker + backlog.retrying;
}
