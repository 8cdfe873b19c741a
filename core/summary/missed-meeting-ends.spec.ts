import { MISSED_END_AFTER_MS, missedMeetingEnds } from './missed-meeting-ends';

const END = Date.parse('2024-02-28T17:00:00Z');
const HOUR = 60 * 60_000;

describe('missedMeetingEnds', () => {
  const candidate = { eventId: 'dialogue', endsAt: END };

  it('when the scheduled end passed some hours ago without meetingEnd, then the read is scheduled from that end', () => {
    expect(missedMeetingEnds([candidate], END + MISSED_END_AFTER_MS)).toEqual([
      { eventId: 'dialogue', endedAt: END },
    ]);
  });

  it('when the end is more recent than that, then it waits for meetingEnd', () => {
    expect(missedMeetingEnds([candidate], END + MISSED_END_AFTER_MS - 1)).toEqual([]);
  });

  it('when the end is older than the job would keep trying, then it is not scheduled', () => {
    expect(missedMeetingEnds([candidate], END + 48 * HOUR)).toEqual([]);
  });
});
