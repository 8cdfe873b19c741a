import type { TurnContext } from 'botbuilder';
import { translatorFor, type Translate } from '../../core/i18n/catalog';
import { formatInZone } from '../../core/time/zoned-time';
import { userTimeZoneOf } from './turn-identity';

/** How one person sees things in this turn: their language and their time zone. */
export interface TurnView {
  t: Translate;
  locale: string;
  /** The user's IANA zone, or UTC when Teams did not send one. */
  userZone: string;
  /** An instant in the event's zone and in the user's, e.g. for deadlines. */
  both(instant: Date, eventZone: string): { event: string; user: string };
}

export function turnView(context: TurnContext): TurnView {
  const locale = context.activity.locale ?? 'en';
  const userZone = userTimeZoneOf(context.activity) ?? 'UTC';
  return {
    t: translatorFor(locale),
    locale,
    userZone,
    both: (instant, eventZone) => ({
      event: formatInZone(instant, eventZone, locale),
      user: formatInZone(instant, userZone, locale),
    }),
  };
}
