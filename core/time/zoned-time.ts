import { DateTime, type DateTimeFormatOptions } from 'luxon';
import { formatLocaleOf, languageOf } from '../i18n/languages';
import { intlLocaleOf } from '../i18n/intl-locale';
import { memoize } from './memo';

/**
 * Time-zone arithmetic for wall-clock times. Pure: the caller passes every instant in,
 * so rules that depend on "now" stay testable.
 */

const LOCAL_FORMAT = "yyyy-MM-dd'T'HH:mm";

/** True when `zone` is an IANA zone name the runtime knows (asked on every turn: memoized). */
export const isKnownTimeZone = memoize(
  (zone: string): boolean => DateTime.local().setZone(zone).isValid,
  (zone) => zone,
  1000,
);

/**
 * The instant a wall-clock time in `zone` denotes, or undefined when the text is malformed
 * or names a time that does not exist there (a daylight-saving gap).
 */
export function toInstant(local: string, zone: string): Date | undefined {
  const ms = instantMs(local, zone);
  return ms === undefined ? undefined : new Date(ms);
}

const instantMs = memoize(
  (local: string, zone: string): number | undefined => {
    const parsed = DateTime.fromFormat(local, LOCAL_FORMAT, { zone });
    if (!parsed.isValid) return undefined;
    // Luxon silently shifts times in a DST gap; reject them rather than move the deadline.
    if (parsed.toFormat(LOCAL_FORMAT) !== local) return undefined;
    return parsed.toMillis();
  },
  (local, zone) => `${zone}|${local}`,
);

/**
 * Formats an instant for people in `zone` in the language of `locale`, e.g. "Monday,
 * 26 February 2024, 12:00 EST" or "lundi 26 février 2024 à 12:00 UTC−5". English keeps its
 * fixed pattern; other languages take their own order and grammar from ICU.
 */
export function formatInZone(instant: Date, zone: string, locale = 'en'): string {
  return formatMs(instant.getTime(), zone, formatLocaleOf(languageOf(locale)));
}

const DATE_TIME: DateTimeFormatOptions = {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'short',
};

const formatMs = memoize(
  (ms: number, zone: string, language: string) => {
    const time = DateTime.fromMillis(ms, { zone }).setLocale(intlLocaleOf(language));
    return language === 'en'
      ? time.toFormat('cccc, d LLLL yyyy, HH:mm ZZZZ')
      : time.toLocaleString(DATE_TIME);
  },
  (ms, zone, language) => `${ms}|${zone}|${language}`,
);

/** Formats only the clock time, e.g. "09:00", for programme lines. */
export function formatClockInZone(instant: Date, zone: string, locale = 'en'): string {
  return DateTime.fromJSDate(instant, { zone })
    .setLocale(intlLocaleOf(locale))
    .toLocaleString({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
}
