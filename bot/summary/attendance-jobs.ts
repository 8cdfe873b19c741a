import { eventInstants } from '../../core/event/event-times';
import { nextAttendanceTry } from '../../core/summary/attendance-backoff';
import { missedMeetingEnds } from '../../core/summary/missed-meeting-ends';
import type { MeetingProvider, MeetingRecord } from '../meeting';
import type { Logger } from '../platform/logger';
import type { Clock } from '../platform/ports';
import type { Store } from '../stores';
import type { AttendanceJob } from './summary-store';
import { readTranscript } from './transcript-reader';

/** How often the worker looks for due jobs; tests call `runDue` themselves. */
const POLL_MS = 60_000;
const BATCH = 20;

/**
 * Reads each event's attendance report from Graph once the meeting has ended, and stores it.
 * The job lives in the database (`summary_attendance`): a restart resumes it, and several
 * instances may run it (a try is idempotent). Until Teams publishes the report the job tries
 * again after the backoff of core/summary/attendance-backoff.ts; a 403 is stored with the
 * permission it names and tried again on the same schedule, in case consent is granted.
 * Teams may publish the transcript after the report: once the report is stored the job keeps
 * its next try for the transcript alone (the report is not read again), on the same backoff,
 * until a transcript is stored or the give-up time passes (decision 039).
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
    const transcriptRead = await this.transcript(job.eventId, meeting, now);
    // The report is kept once stored: this try was for the transcript alone.
    if (job.state === 'stored') return this.afterReport(job, transcriptRead, now);
    const outcome = await this.meetings.readAttendance(meeting);
    switch (outcome.kind) {
      case 'records':
        this.log.info(
          { eventId: job.eventId, records: outcome.entries.length },
          'attendance report stored',
        );
        return this.afterReport(
          {
            ...job,
            state: 'stored',
            entries: outcome.entries,
            permission: null,
            readAt: now,
          },
          transcriptRead,
          now,
        );
      case 'notApplicable':
        return { ...job, state: 'gaveUp', nextAt: null };
      case 'refused':
        return this.retry({ ...job, state: 'refused', permission: outcome.permission }, now);
      case 'noReport':
      case 'failed':
        return this.retry({ ...job, state: 'pending' }, now);
    }
  }

  /** With the report stored, the job ends when the transcript is read, else tries again. */
  private afterReport(job: AttendanceJob, transcriptRead: boolean, now: Date): AttendanceJob {
    if (transcriptRead) return { ...job, attempts: job.attempts + 1, nextAt: null };
    return this.retry(job, now);
  }

  /**
   * Reads the transcript beside the report, until one is stored; failures only log.
   * True when nothing more is awaited: a transcript is stored, or this provider has none.
   */
  private async transcript(eventId: string, meeting: MeetingRecord, now: Date): Promise<boolean> {
    if (!this.meetings.readTranscripts) return true;
    try {
      if ((await this.store.summary.transcript(eventId))?.kind === 'stored') return true;
      const state = await readTranscript(this.meetings, meeting, this.log);
      if (state) await this.store.summary.saveTranscript(eventId, state, now);
      return state?.kind === 'stored';
    } catch (error) {
      this.log.error({ err: error, eventId }, 'meeting transcript not read');
      return false;
    }
  }

  private retry(job: AttendanceJob, now: Date): AttendanceJob {
    const attempts = job.attempts + 1;
    const next = nextAttendanceTry(attempts, job.endedAt.getTime(), now.getTime());
    if (next === undefined) {
      this.log.warn(
        { eventId: job.eventId },
        job.state === 'stored'
          ? 'meeting transcript not published: gave up'
          : 'attendance report not published: gave up',
      );
      // A stored report and a refusal are kept as they are; a report never published is given up.
      return {
        ...job,
        attempts,
        state: job.state === 'pending' ? 'gaveUp' : job.state,
        nextAt: null,
      };
    }
    return { ...job, attempts, nextAt: new Date(next) };
  }
}
