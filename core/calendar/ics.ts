/** What goes into one calendar entry: a single event with its join link. */
export interface IcsEvent {
  /** Globally unique and stable, so a second download updates the same entry. */
  uid: string;
  title: string;
  description: string;
  start: Date;
  end: Date;
  /** When the file was made. */
  stamp: Date;
  url?: string;
  location?: string;
  organizer?: { name: string; email: string };
}

const CRLF = '\r\n';
const UTF8 = new TextEncoder();

/**
 * An RFC 5545 calendar (text/calendar) with one VEVENT. Times are UTC (`...Z`), which every
 * client converts to its own zone and which needs no VTIMEZONE block; lines end in CRLF and
 * are folded at 75 octets without splitting a UTF-8 character.
 */
export function buildIcs(event: IcsEvent, productId = '-//UN Stakeholder Meetings//EN'): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${productId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${utc(event.stamp)}`,
    `DTSTART:${utc(event.start)}`,
    `DTEND:${utc(event.end)}`,
    `SUMMARY:${escapeText(event.title)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    ...(event.url ? [`URL:${event.url}`] : []),
    ...(event.organizer
      ? [`ORGANIZER;CN=${quoteParam(event.organizer.name)}:mailto:${event.organizer.email}`]
      : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(fold).join(CRLF) + CRLF;
}

/** `YYYYMMDDTHHMMSSZ`. */
function utc(instant: Date): string {
  return instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** TEXT escaping (RFC 5545 3.3.11): backslash, semicolon, comma, newline. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** A parameter value in double quotes; DQUOTE is not allowed inside, so it is dropped. */
function quoteParam(value: string): string {
  return `"${value.replace(/["\r\n]/g, '')}"`;
}

/** Folds a content line to at most 75 octets per line, continuation lines starting with a space. */
export function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = UTF8.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}
