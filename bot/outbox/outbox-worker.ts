import { stillWanted } from '../../core/outbox/outbox-message';
import { RateLimiter, type RateLimiterLimits } from '../../core/outbox/rate-limiter';
import { evenSpacingMs } from '../../core/outbox/rate-limits';
import { TEAMS_CONVERSATION_LIMITS, TEAMS_TENANT_LIMITS } from '../../core/outbox/rate-limits';
import {
  DEFAULT_RETRY_POLICY,
  decideRetry,
  type RetryPolicy,
  type SendResult,
} from '../../core/outbox/retry-policy';
import type { Logger } from '../platform/logger';
import type { Clock } from '../platform/ports';
import type { ClaimedRow, OutboxOutcome } from './outbox-store';
import type { Store } from '../stores';
import type { OutboxSender } from './outbox-sender';
import type { SentJournal } from './sent-journal-file';
import { isEmailPerson } from '../../core/email-identity/web-identity';
import {
  MAIL_BOOKING_HORIZON_MS as MAIL_HORIZON,
  MAIL_SPACING_MS,
  MAILBOX_DAILY_LIMIT,
  MAILBOX_SLOT,
} from './mailbox-pace';

export interface OutboxWorkerOptions {
  /** How long a claim holds a row; a worker that dies leaves its rows to others after it. */
  leaseMs: number;
  /** How often to look for due rows when nobody calls `wake()`. */
  pollMs: number;
  /** Rows held at once: enough to keep the tenant limit busy, few enough to send in a lease. */
  maxInFlight: number;
  retry: RetryPolicy;
  limits: RateLimiterLimits;
  /** Jitter source for retries, in [0, 1). */
  random: () => number;
}

export const DEFAULT_OUTBOX_OPTIONS: OutboxWorkerOptions = {
  leaseMs: 60_000,
  pollMs: 1_000,
  maxInFlight: 60,
  retry: DEFAULT_RETRY_POLICY,
  limits: {
    conversation: TEAMS_CONVERSATION_LIMITS,
    // Evenly paced (one per 35 ms, 28.6/s) rather than 30 at once: a burst lands in one window
    // on our clock but may straddle two on the connector's, and the spare 1.4/s absorbs the
    // connector client's own 429 retries, which do not pass through this limiter.
    tenant: [...TEAMS_TENANT_LIMITS, { count: 1, windowMs: 35 }],
    marginMs: 25,
  },
  random: Math.random,
};

/**
 * Delivers the outbox: claims due rows, waits for the rate limiter, sends, and records the
 * outcome right after the connector answers. A crash between the connector accepting and
 * the row being marked sent resends that row once after the lease (at-least-once), unless a
 * sent journal noted the acceptance first (the embedded database, decision 040): then the
 * next start saves the mark before claiming anything.
 */
export class OutboxWorker {
  private readonly limiter: RateLimiter;
  /** The gap between two sends of one tenant, across every instance. */
  private readonly tenantSpacingMs: number;
  private readonly inFlight = new Set<Promise<void>>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly chains = new Map<string, Promise<void>>();
  private running = false;
  private killed = false;
  private loop: Promise<void> | undefined;
  private nudge: (() => void) | undefined;

  constructor(
    private readonly store: Store,
    private readonly sender: OutboxSender,
    private readonly clock: Clock,
    private readonly log: Logger,
    private readonly options: OutboxWorkerOptions = DEFAULT_OUTBOX_OPTIONS,
    private readonly journal?: SentJournal,
  ) {
    this.limiter = new RateLimiter(options.limits);
    this.tenantSpacingMs = evenSpacingMs(options.limits.tenant);
  }

  /** Starts delivering; counts what was sent in the last hour against the rate limits. */
  async start(): Promise<void> {
    if (this.running) return;
    // Messages a killed process sent but could not mark: marked now, before any claim.
    const marked = await this.journal?.replay((entry) =>
      this.store.outbox.finish(entry, { status: 'sent', at: entry.at }),
    );
    if (marked) this.log.info({ marked }, 'outbox marks saved from the sent journal');
    const since = new Date(this.clock.now().getTime() - 3_600_000);
    // An hour of Teams sends; mail is counted in the database (mailbox_send_counts).
    for (const send of await this.store.outbox.recentSends(since))
      if (!isEmailPerson(send)) this.limiter.record(keyOf(send), send.tenantId, send.at.getTime());
    this.running = true;
    this.loop = this.run();
  }

  /** Looks for due rows now (after an enqueue) instead of at the next poll. */
  wake(): void {
    this.nudge?.();
  }

  /** Stops claiming and lets the rows it holds finish sending. */
  async stop(): Promise<void> {
    this.running = false;
    this.wake();
    await this.loop;
    await Promise.all([...this.inFlight]);
  }

  /**
   * Stops as a crash would: nothing more is sent or recorded, and rows it holds stay
   * claimed until their lease runs out. For tests and the benchmark.
   */
  kill(): void {
    this.killed = true;
    this.running = false;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.wake();
  }

  private async run(): Promise<void> {
    while (this.running) {
      const room = this.options.maxInFlight - this.inFlight.size;
      let claimed: ClaimedRow[] = [];
      try {
        claimed = await this.store.outbox.claim(room, this.clock.now(), this.options.leaseMs);
      } catch (error) {
        this.log.error({ err: error }, 'outbox claim failed');
      }
      if (this.killed) return;
      for (const row of claimed) this.track(this.inTurn(row));
      if (claimed.length === 0 || claimed.length === room) await this.idle();
    }
  }

  private track(work: Promise<void>): void {
    this.inFlight.add(work);
    void work.finally(() => {
      this.inFlight.delete(work);
      this.wake();
    });
  }

  /** Waits for a poll interval, a wake-up, or a free slot, whichever comes first. */
  private idle(): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.nudge = undefined;
        resolve();
      };
      const timer = setTimeout(done, this.options.pollMs);
      this.nudge = done;
    });
  }

  /** One person's messages go one after another, in the order they were enqueued. */
  private inTurn(row: ClaimedRow): Promise<void> {
    const key = keyOf(row.recipient);
    const work = (this.chains.get(key) ?? Promise.resolve()).then(() => this.deliver(row));
    this.chains.set(key, work);
    void work.finally(() => {
      if (this.chains.get(key) === work) this.chains.delete(key);
    });
    return work;
  }

  private async deliver(row: ClaimedRow): Promise<void> {
    try {
      const outcome = await this.attempt(row);
      if (this.killed) return;
      // Noted before the mark, which may wait behind other queries (PGlite has one session).
      if (outcome.status === 'sent')
        this.journal?.accepted({ id: row.id, claimToken: row.claimToken, at: outcome.at });
      const saved = await this.store.outbox.finish(row, outcome);
      this.journal?.settled(row.id);
      if (!saved)
        this.log.warn({ id: row.id }, 'outbox row was reclaimed before its outcome was saved');
    } catch (error) {
      // The row keeps its claim and is retried after the lease; nothing is lost.
      this.log.error({ err: error, id: row.id }, 'outbox delivery failed');
    }
  }

  private async attempt(row: ClaimedRow): Promise<OutboxOutcome> {
    if (row.kind !== 'status') {
      const { eventId, recipient } = row;
      const current = await this.store.registrations.findByUser(
        eventId,
        recipient.tenantId,
        recipient.aadObjectId,
      );
      if (!stillWanted(row.kind, current?.status))
        return { status: 'cancelled', error: `registration is ${current?.status ?? 'gone'}` };
    }
    const conversation = await this.store.conversations.get(
      row.recipient.tenantId,
      row.recipient.aadObjectId,
    );
    if (isEmailPerson(row.recipient)) return this.mail(row, conversation);
    // Opening a chat is a request of its own under the same limits.
    const requests = conversation ? 1 : 2;
    let at = 0;
    for (let i = 0; i < requests; i++)
      at = this.limiter.reserve(
        keyOf(row.recipient),
        row.recipient.tenantId,
        this.clock.now().getTime(),
      );
    let waitMs = at - this.clock.now().getTime();
    // This process's limiter sees only its own sends; the tenant's pace is shared through the
    // database, so several instances together keep the per-app-per-tenant limit too.
    for (let i = 0; i < requests; i++) {
      const shared = await this.store.outbox.reserveSendSlot(
        row.recipient.tenantId,
        this.tenantSpacingMs,
        waitMs,
      );
      waitMs = Math.max(waitMs, shared);
    }
    await this.sleep(waitMs);
    if (this.killed) return { status: 'pending', nextAttemptAt: this.clock.now(), error: 'killed' };
    const result = await this.sender.send(row, conversation);
    return this.outcomeOf(row, result);
  }

  /**
   * A row for someone registered on the web goes by mail, paced by the mailbox's limits, both
   * shared by every instance through the database: one slot per 2 s, booked at most one slot
   * ahead (otherwise the row waits its turn unbooked, so a code mail always finds the next
   * slot), and 10,000 a day.
   */
  private async mail(
    row: ClaimedRow,
    conversation: Parameters<OutboxSender['send']>[1],
  ): Promise<OutboxOutcome> {
    const { outbox } = this.store;
    // Waits for its turn while the claim is young; past half the lease the row goes back.
    const giveUpAt = performance.now() + this.options.leaseMs / 2;
    let slot = await outbox.reserveSendSlotWithin(MAILBOX_SLOT, MAIL_SPACING_MS, MAIL_HORIZON);
    while (!slot.booked) {
      if (performance.now() + slot.busyMs > giveUpAt)
        return this.later(slot.busyMs, 'waiting for the mailbox');
      await this.sleep(Math.max(slot.busyMs - MAIL_HORIZON, 50));
      if (this.killed)
        return { status: 'pending', nextAttemptAt: this.clock.now(), error: 'killed' };
      slot = await outbox.reserveSendSlotWithin(MAILBOX_SLOT, MAIL_SPACING_MS, MAIL_HORIZON);
    }
    const dayFull = await outbox.countMailboxSend(this.clock.now(), MAILBOX_DAILY_LIMIT);
    if (dayFull) return this.later(dayFull.getTime() - this.clock.now().getTime(), 'daily limit');
    await this.sleep(slot.waitMs);
    if (this.killed) return { status: 'pending', nextAttemptAt: this.clock.now(), error: 'killed' };
    return this.outcomeOf(row, await this.sender.send(row, conversation));
  }

  /** Puts a row back unsent, due in `ms`, without counting an attempt. */
  private later(ms: number, error: string): OutboxOutcome {
    const nextAttemptAt = new Date(this.clock.now().getTime() + Math.max(ms, 1));
    return { status: 'pending', nextAttemptAt, error, deferred: true };
  }

  private outcomeOf(row: ClaimedRow, result: SendResult): OutboxOutcome {
    const now = this.clock.now();
    if (result.kind === 'sent') return { status: 'sent', at: now };
    const decision = decideRetry(result, row.attempts, this.options.retry, this.options.random);
    this.log.warn({ id: row.id, attempt: row.attempts, decision }, 'outbox send failed');
    if (decision.kind === 'fail') return { status: 'failed', error: decision.reason };
    const nextAttemptAt = new Date(now.getTime() + decision.delayMs);
    if (result.kind === 'status' && result.status === 429)
      this.limiter.pause(keyOf(row.recipient), nextAttemptAt.getTime());
    return { status: 'pending', nextAttemptAt, error: decision.reason };
  }

  private sleep(ms: number): Promise<void> {
    if (ms <= 0) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        resolve();
      }, ms);
      this.timers.add(timer);
    });
  }
}

function keyOf(person: { tenantId: string; aadObjectId: string }): string {
  return `${person.tenantId}/${person.aadObjectId}`;
}
