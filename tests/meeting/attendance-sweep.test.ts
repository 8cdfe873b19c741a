import pino from 'pino';
import type { AttendanceOutcome, MeetingProvider, MeetingRecord } from '../../bot/meeting';
import { AttendanceJobs } from '../../bot/summary';
import { startBot, type BotHarness } from '../support/bot-harness';

const EVENT = 'oewg-informal-dialogue-2024-02-28';
/** The seed dialogue ends at 12:00 in New York, 17:00 UTC. */
const SCHEDULED_END = new Date('2024-02-28T17:00:00Z');

const MEETING: MeetingRecord = {
  provider: 'graph',
  eventId: 'calendar-event-1',
  joinUrl: 'https://teams.microsoft.com/l/meetup-join/1',
  organizer: 'organizer-oid',
  attendees: [],
};

/**
 * The attendance sweep: a meeting that never sent meetingEnd still gets its attendance read,
 * on the same stored job as meetingEnd, scheduled from the event's scheduled end.
 */
describe('Attendance sweep for meetings without meetingEnd', () => {
  let bot: BotHarness;
  let reads: MeetingRecord[];
  let jobs: AttendanceJobs;

  beforeEach(async () => {
    bot = await startBot({ now: '2024-02-28T18:00:00Z' });
    reads = [];
    // Only the meeting port is replaced here: the Graph calls behind it have their own tests.
    const meetings = {
      readAttendance: async (meeting: MeetingRecord): Promise<AttendanceOutcome> => {
        reads.push(meeting);
        return { kind: 'noReport' };
      },
    } as unknown as MeetingProvider;
    jobs = new AttendanceJobs(bot.store, meetings, bot.clock, pino({ level: 'silent' }));
  });
  afterEach(() => bot.close());

  it('when the scheduled end passed hours ago with no meetingEnd, then the read is scheduled and tried', async () => {
    await bot.store.logistics.saveMeeting(EVENT, MEETING, bot.clock.now(), true);
    await jobs.runDue();
    expect(await bot.store.summary.get(EVENT)).toBeUndefined();
    expect(reads).toEqual([]);

    bot.clock.set('2024-02-28T20:00:00Z');
    await jobs.runDue();
    expect(await bot.store.summary.get(EVENT)).toMatchObject({
      state: 'pending',
      endedAt: SCHEDULED_END,
      attempts: 1,
      nextAt: new Date('2024-02-28T20:10:00Z'),
    });
    expect(reads).toEqual([MEETING]);
  });

  it('when meetingEnd already scheduled the read, then the sweep leaves that job alone', async () => {
    await bot.store.logistics.saveMeeting(EVENT, MEETING, bot.clock.now(), true);
    const endedAt = new Date('2024-02-28T17:40:00Z');
    await jobs.meetingEnded([EVENT], endedAt);
    bot.clock.set('2024-02-28T20:00:00Z');
    await jobs.runDue();
    expect(await bot.store.summary.get(EVENT)).toMatchObject({ endedAt, attempts: 1 });
  });

  it('when the event has no meeting, then nothing is scheduled', async () => {
    bot.clock.set('2024-02-28T20:00:00Z');
    await jobs.runDue();
    expect(await bot.store.summary.get(EVENT)).toBeUndefined();
  });
});
