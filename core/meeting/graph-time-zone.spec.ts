import { toGraphDateTime } from './graph-time-zone';

describe('toGraphDateTime', () => {
  it('keeps an IANA zone that Graph accepts, with seconds added', () => {
    expect(toGraphDateTime('2024-02-28T09:00', 'America/New_York')).toEqual({
      dateTime: '2024-02-28T09:00:00',
      timeZone: 'America/New_York',
    });
  });

  it('sends UTC for an IANA zone missing from Graph’s list (Geneva), across daylight saving', () => {
    expect(toGraphDateTime('2024-01-15T10:00', 'Europe/Zurich')).toEqual({
      dateTime: '2024-01-15T09:00:00',
      timeZone: 'UTC',
    });
    expect(toGraphDateTime('2024-07-15T10:00', 'Europe/Zurich')).toEqual({
      dateTime: '2024-07-15T08:00:00',
      timeZone: 'UTC',
    });
  });

  it('refuses a local time that does not exist in the zone', () => {
    expect(() => toGraphDateTime('2024-03-10T02:30', 'America/New_York')).toThrow(/not a valid/);
  });
});
