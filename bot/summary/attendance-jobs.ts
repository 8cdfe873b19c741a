import { eventInstants } from '../../core/event/event-times';
import { nextAttendanceTry } from '../../core/summary/attendance-backoff';
import { missedMeetingEnds } from '../../core/summary/missed-meeting-ends';
import type { MeetingProvider } from '../meeting';
import type { Logger } from '../platform/logger';
import type { Clock } from '../platform/ports';
import type { Store } from '../stores';
import type { AttendanceJob } from './summary-store';

/** How often the worker looks for due jobs; tests call `runDue` themselves. */
const POLL_MS = 60_000;
const BATCH = 20;

/**
 * Reads each event's attendance report from Graph once the meeting has ended, and stores it.
 * The job lives in the database (`summary_attendance`): a restart resumes it, and several
 * instances may run it (a try is idempotent). Until Teams publishes the report the job tries
 * again after the backoff of core/summary/attendance-backoff.ts; a 403 is stored with the
 * permission it names and tried again on the same schedule, in case consent is granted.
 */
export class AttendanceJobs {
  private timer: ReturnType<typeof setInterval> | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly store: Pick<Store, 'summary' | 'logistics' | 'events'>,
    private readonly meetings: MeetingProvider,
    private readonly clock: Clock,
    private readonly log: Logger,
  ) {}

  /** The Teams meeting linked to these events ended at `endedAt`: schedule their reports. */
  async meetingEnded(eventIds: readonly string[], endedAt: Date): Promise<void> {
    const now = this.clock.now();
    for (const eventId of eventIds) {
      const first = nextAttendanceTry(0, endedAt.getTime(), now.getTime());
      if (first === undefined) continue;
      await this.store.summary.schedule(eventId, endedAt, new Date(first), now);
      this.log.info({ eventId, at: new Date(first).toISOString() }, 'attendance report scheduled');
    }
  }

  start(): void {
    this.timer ??= setInterval(() => void this.runDue(), POLL_MS);
    this.timer.unref?.();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** Tries every due job once; one run at a time per instance. */
  runDue(): Promise<void> {
    this.running ??= this.runBatch().finally(() => (this.running = undefined));
    return this.running;
  }

  private async runBatch(): Promise<void> {
    try {
      await this.sweep();
    } catch (error) {
      this.log.error({ err: error }, 'attendance sweep failed');
    }
    const due = await this.store.summary.due(this.clock.now(), BATCH);
    for (const job of due) {
      try {
        await this.store.summary.save(await this.attempt(job), this.clock.now());
      } catch (error) {
        this.log.error({ err: error, eventId: job.eventId }, 'attendance job failed');
      }
    }
  }

  /**
   * Meetings that never sent meetingEnd: an event with a meeting whose scheduled end passed
   * some hours ago and no job gets one, as if the meeting had ended on time.
   */
  private async sweep(): Promise<void> {
    const now = this.clock.now();
    const events = await this.store.events.list();
    const candidates = events.map((e) => ({
      eventId: e.id,
      endsAt: eventInstants(e).end.getTime(),
    }));
    for (const missed of missedMeetingEnds(candidates, now.getTime())) {
      if (await this.store.summary.get(missed.eventId)) continue;
      const { meeting } = await this.store.logistics.get(missed.eventId);
      if (!meeting) continue;
      this.log.info({ eventId: missed.eventId }, 'meeting never sent its end: sweeping it up');
      await this.meetingEnded([missed.eventId], new Date(missed.endedAt));
    }
  }

  private async attempt(job: AttendanceJob): Promise<AttendanceJob> {
    const now = this.clock.now();
    const { meeting } = await this.store.logistics.get(job.eventId);
    if (!meeting) return { ...job, state: 'gaveUp', nextAt: null };
    const outcome = await this.meetings.readAttendance(meeting);
    switch (outcome.kind) {
      case 'records':
        this.log.info(
          { eventId: job.eventId, records: outcome.entries.length },
          'attendance report stored',
        );
        return {
          ...job,
          state: 'stored',
          attempts: job.attempts + 1,
          nextAt: null,
          entries: outcome.entries,
          permission: null,
          readAt: now,
        };
      case 'notApplicable':
        return { ...job, state: 'gaveUp', nextAt: null };
      case 'refused':
        return this.retry({ ...job, state: 'refused', permission: outcome.permission }, now);
      case 'noReport':
      case 'failed':
        return this.retry({ ...job, state: 'pending' }, now);
    }
  }

  private retry(job: AttendanceJob, now: Date): AttendanceJob {
    const attempts = job.attempts + 1;
    const next = nextAttendanceTry(attempts, job.endedAt.getTime(), now.getTime());
    if (next === undefined) {
      this.log.warn({ eventId: job.eventId }, 'attendance report not published: gave up');
      return {
        ...job,
        attempts,
        state: job.state === 'refused' ? 'refused' : 'gaveUp',
        nextAt: null,
      };
    }
    return { ...job, attempts, nextAt: new Date(next) };
  }
}
