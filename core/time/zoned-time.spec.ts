import { formatInZone, isKnownTimeZone, toInstant } from './zoned-time';

describe('zoned time', () => {
  it('reads a wall-clock time in its zone, across standard and daylight time', () => {
    expect(toInstant('2024-02-26T12:00', 'America/New_York')?.toISOString()).toBe(
      '2024-02-26T17:00:00.000Z',
    );
    expect(toInstant('2024-05-10T09:00', 'America/New_York')?.toISOString()).toBe(
      '2024-05-10T13:00:00.000Z',
    );
  });

  it('refuses malformed text and times that do not exist in the zone', () => {
    expect(toInstant('26/02/2024 12:00', 'America/New_York')).toBeUndefined();
    expect(toInstant('2024-03-10T02:30', 'America/New_York')).toBeUndefined();
  });

  it('formats one instant for New York and for Geneva', () => {
    const deadline = new Date('2024-02-26T17:00:00Z');
    expect(formatInZone(deadline, 'America/New_York')).toBe('Monday, 26 February 2024, 12:00 EST');
    expect(formatInZone(deadline, 'Europe/Zurich')).toMatch(/^Monday, 26 February 2024, 18:00 /);
  });

  it('knows IANA zones and rejects made-up ones', () => {
    expect(isKnownTimeZone('Asia/Singapore')).toBe(true);
    expect(isKnownTimeZone('Nowhere/Else')).toBe(false);
  });
});
