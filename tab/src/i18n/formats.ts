import { intlLocaleOf } from '../../../core/i18n/intl-locale';
import { countryName } from '../../../core/registration/countries';
import type { ZonedSpan } from '../api/roundtable-types';

/**
 * A span as people in its zone read it, written the way `language` writes dates and times
 * ("Friday, May 10, 2024, 9:00 – 10:00 AM", "2024年5月10日星期五 09:00–10:00"); a span past midnight shows
 * both dates. The service sends the zone's wall clock, so it is formatted as such (in UTC).
 */
export function spanText(span: ZonedSpan, language: string): string {
  const format = new Intl.DateTimeFormat(intlLocaleOf(language), {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: 'UTC',
  });
  return format.formatRange(
    wallClock(span.startDate, span.startClock),
    wallClock(span.endDate, span.endClock),
  );
}

/** A date and time of the viewer's zone, as `language` writes them. */
export function dateTimeText(iso: string, language: string): string {
  return new Intl.DateTimeFormat(intlLocaleOf(language), {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(iso));
}

/**
 * A country code ("SN") as `language` names it ("Sénégal", "السنغال"), with the UN's short names
 * in English as the bot gives them; else the code.
 */
export function regionName(code: string, language: string): string {
  return countryName(code, language);
}

/** The wall clock of a span as an instant read in UTC: formatting it in UTC shows that clock. */
function wallClock(date: string, clock: string): Date {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const [hour = 0, minute = 0] = clock.split(':').map(Number);
  return new Date(Date.UTC(year, month - 1, day, hour, minute));
}
