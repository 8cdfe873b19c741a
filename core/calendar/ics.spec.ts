import { buildIcs, escapeText, fold } from './ics';

const event = {
  uid: 'reg-1@oewg-informal-dialogue',
  title: 'Informal dialogue; ICT security, part 2',
  description: 'Guiding questions:\n1. What norms?\n2. Which «capacity» needs?',
  start: new Date('2024-02-28T15:00:00Z'),
  end: new Date('2024-02-28T18:00:00Z'),
  stamp: new Date('2024-02-20T10:15:30.123Z'),
  url: 'https://teams.microsoft.com/l/meetup-join/abc',
  organizer: { name: 'Chair "Office"', email: 'chair@un.org' },
};

describe('buildIcs', () => {
  const ics = buildIcs(event);

  it('ends every line in CRLF and has no bare LF', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('writes times in UTC', () => {
    expect(ics).toContain('DTSTART:20240228T150000Z\r\n');
    expect(ics).toContain('DTEND:20240228T180000Z\r\n');
    expect(ics).toContain('DTSTAMP:20240220T101530Z\r\n');
  });

  it('escapes text and keeps the event whole', () => {
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain('SUMMARY:Informal dialogue\\; ICT security\\, part 2\r\n');
    expect(unfolded).toContain('1. What norms?\\n2. Which «capacity» needs?');
    expect(unfolded).toContain('ORGANIZER;CN="Chair Office":mailto:chair@un.org');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
  });

  it('folds no line beyond 75 octets', () => {
    for (const line of ics.split('\r\n'))
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  });
});

describe('fold', () => {
  it('never splits a multi-byte character and unfolds to the original', () => {
    const line = `DESCRIPTION:${'Организация «Б» '.repeat(10)}`;
    const folded = fold(line);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    for (const part of folded.split('\r\n'))
      expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
  });
});

describe('escapeText', () => {
  it('escapes backslashes first', () => {
    expect(escapeText('a\\b;c')).toBe('a\\\\b\\;c');
  });
});
