import type { TurnContext } from 'botbuilder';
import { translatorFor, type Translate } from '../../core/i18n/catalog';
import { formatInZone } from '../../core/time/zoned-time';
import type { StoredConversation } from '../store/store';
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
  return viewOf(context.activity.locale ?? 'en', userTimeZoneOf(context.activity) ?? 'UTC');
}

/**
 * How someone written to outside a turn (a proactive message) sees things: the language of
 * their chat's last activity and the zone Teams last reported; the event's zone if none.
 */
export function storedView(
  conversation: StoredConversation | undefined,
  eventZone: string,
): TurnView {
  const locale = (conversation?.reference as { locale?: string } | undefined)?.locale ?? 'en';
  return viewOf(locale, conversation?.localTimezone ?? eventZone);
}

function viewOf(locale: string, userZone: string): TurnView {
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
