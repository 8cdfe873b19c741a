import { formatClockInZone, formatInZone, isKnownTimeZone, toInstant } from './zoned-time';

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

describe('formatInZone in each language', () => {
  const start = new Date('2024-02-28T14:00:00Z');
  it.each([
    ['en', 'Wednesday, 28 February 2024, 09:00 EST'],
    ['fr', 'mercredi 28 février 2024'],
    ['es', 'miércoles, 28 de febrero de 2024'],
    ['ru', 'среда, 28 февраля 2024'],
    ['zh', '2024年2月28日星期三'],
    ['ar', 'الأربعاء، 28 فبراير 2024'],
  ])('names days and months in %s', (language, expected) => {
    expect(formatInZone(start, 'America/New_York', language)).toContain(expected);
    expect(formatInZone(start, 'America/New_York', language)).toMatch(/09:00/);
  });

  it('formats a malformed locale or the pseudo-locale as English', () => {
    const english = formatInZone(start, 'Europe/Zurich', 'en');
    expect(formatInZone(start, 'Europe/Zurich', 'ar-')).toBe(english);
    expect(formatInZone(start, 'Europe/Zurich', 'qps-ploc')).toBe(english);
    expect(formatClockInZone(start, 'Asia/Tokyo', 'zh')).toBe('23:00');
  });
});
