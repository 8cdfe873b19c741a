import { dedupeKeys, remindersAhead, stillWanted } from './outbox-message';

describe('remindersAhead', () => {
  const start = new Date('2024-02-28T15:00:00Z');

  it('schedules a day and an hour before the start', () => {
    expect(remindersAhead(start, new Date('2024-02-20T00:00:00Z'))).toEqual([
      { minutesBefore: 1440, at: new Date('2024-02-27T15:00:00Z') },
      { minutesBefore: 60, at: new Date('2024-02-28T14:00:00Z') },
    ]);
  });

  it('drops reminders whose time has passed', () => {
    const late = remindersAhead(start, new Date('2024-02-28T10:00:00Z'));
    expect(late.map((r) => r.minutesBefore)).toEqual([60]);
    expect(remindersAhead(start, start)).toEqual([]);
  });

  it('takes other offsets', () => {
    expect(remindersAhead(start, new Date(0), [10]).map((r) => r.at)).toEqual([
      new Date('2024-02-28T14:50:00Z'),
    ]);
  });
});

describe('stillWanted', () => {
  it('sends status messages always, login details and reminders only to the confirmed', () => {
    expect(stillWanted('status', 'declined')).toBe(true);
    expect(stillWanted('loginDetails', 'confirmed')).toBe(true);
    expect(stillWanted('loginDetails', 'declined')).toBe(false);
    expect(stillWanted('reminder', 'withdrawn')).toBe(false);
    expect(stillWanted('reminder', undefined)).toBe(false);
  });

  it('sends matchmaking notices to anyone still registered, confirmed or not', () => {
    expect(stillWanted('matchProposal', 'pending')).toBe(true);
    expect(stillWanted('matchSchedule', 'confirmed')).toBe(true);
    expect(stillWanted('matchProposal', 'withdrawn')).toBe(false);
    expect(stillWanted('matchSchedule', 'declined')).toBe(false);
    expect(stillWanted('matchSchedule', undefined)).toBe(false);
  });
});

describe('dedupeKeys', () => {
  it('keys status messages by version and the rest by event', () => {
    expect(dedupeKeys.status('r1', 'confirmed', 2)).not.toBe(
      dedupeKeys.status('r1', 'confirmed', 4),
    );
    expect(dedupeKeys.loginDetails('e1', 'r1')).toBe('login:e1:r1');
    expect(dedupeKeys.reminder('e1', 'r1', 60)).toBe('reminder:e1:r1:60m');
  });
});
