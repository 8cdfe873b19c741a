import pino from 'pino';
import type { TranscriptState } from '../../core/summary/transcript-excerpts';
import type { MeetingProvider, MeetingRecord } from '../../bot/meeting';
import { AttendanceJobs } from '../../bot/summary/attendance-jobs';
import type { AttendanceJob, SummaryStore } from '../../bot/summary/summary-store';
import type { Store } from '../../bot/stores';
import { TestClock } from '../support/bot-harness';

const ENDED = new Date('2024-02-28T17:00:00Z');

/** The job's rows in memory: only what the job itself calls. */
function memoryStore() {
  const state: { job?: AttendanceJob; transcript?: TranscriptState } = {};
  const summary: Partial<SummaryStore> = {
    due: async (now) => (state.job?.nextAt && state.job.nextAt <= now ? [state.job] : []),
    save: async (job) => void (state.job = job),
    transcript: async () => state.transcript,
    saveTranscript: async (_eventId, transcript) => void (state.transcript = transcript),
  };
  const logistics = { get: async () => ({ meeting: { joinUrl: 'x' } as MeetingRecord }) };
  return {
    state,
    store: { summary, logistics, events: { list: async () => [] } } as unknown as Pick<
      Store,
      'summary' | 'logistics' | 'events'
    >,
  };
}

describe('The transcript awaited after the attendance report (issue 24)', () => {
  it('when Graph lists no transcript until two days after the meeting, then the job ends, keeping the report and saying there is none', async () => {
    const { state, store } = memoryStore();
    let reportReads = 0;
    const meetings = {
      readAttendance: async () => {
        reportReads += 1;
        return { kind: 'records', entries: [] };
      },
      readTranscripts: async () => ({ kind: 'transcripts', transcripts: [] }),
    } as unknown as MeetingProvider;
    const clock = new TestClock(new Date('2024-02-28T17:05:00Z'));
    const jobs = new AttendanceJobs(store, meetings, clock, pino({ level: 'silent' }));
    state.job = {
      eventId: 'e',
      state: 'pending',
      endedAt: ENDED,
      attempts: 0,
      nextAt: clock.now(),
      entries: null,
      permission: null,
      readAt: null,
    };
    let runs = 0;
    while (state.job.nextAt && runs < 50) {
      clock.set(state.job.nextAt.toISOString());
      await jobs.runDue();
      runs += 1;
    }
    expect(state.job).toMatchObject({ state: 'stored', nextAt: null, entries: [] });
    expect(state.transcript).toEqual({ kind: 'none' });
    expect(reportReads).toBe(1);
    // The last try was within the two days, and every try after the first looked for the transcript.
    expect(clock.now().getTime() - ENDED.getTime()).toBeLessThanOrEqual(48 * 3600_000);
    expect(runs).toBeGreaterThan(5);
  });
});
