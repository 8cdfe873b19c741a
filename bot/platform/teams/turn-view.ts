import type { TurnContext } from 'botbuilder';
import { translatorFor, type Translate, type UnLanguage } from '../../../core/i18n/catalog';
import { formatInZone } from '../../../core/time/zoned-time';
import { conversationLocale, type StoredConversation } from '../store/conversation-store';
import { userTimeZoneOf } from './turn-identity';

export { conversationLocale };

/** How one person sees things in this turn: their language and their time zone. */
export interface TurnView {
  t: Translate;
  /** The language code (`t.language`), for country names and dates. */
  locale: string;
  /** The user's IANA zone, or UTC when Teams did not send one. */
  userZone: string;
  /** An instant in the event's zone and in the user's, e.g. for deadlines. */
  both(instant: Date, eventZone: string): { event: string; user: string };
}

const CHOSEN_LANGUAGE = Symbol('chosenLanguage');

/** Records, for the rest of the turn, the language the person chose (it beats Teams' locale). */
export function useChosenLanguage(context: TurnContext, language: UnLanguage | undefined): void {
  if (language) context.turnState.set(CHOSEN_LANGUAGE, language);
}

/** The person's language in this turn: the one they chose, else their Teams client's locale. */
export function turnView(context: TurnContext): TurnView {
  const chosen = context.turnState.get(CHOSEN_LANGUAGE) as UnLanguage | undefined;
  return viewOf(chosen ?? context.activity.locale, userTimeZoneOf(context.activity) ?? 'UTC');
}

/**
 * How someone written to outside a turn (a proactive message) sees things: the language they
 * chose or that of their chat's last activity, and the zone Teams last reported (else the
 * event's zone).
 */
export function storedView(
  conversation: StoredConversation | undefined,
  eventZone: string,
): TurnView {
  return viewOf(conversationLocale(conversation), conversation?.localTimezone ?? eventZone);
}

function viewOf(locale: string | undefined, userZone: string): TurnView {
  const t = translatorFor(locale);
  return {
    t,
    locale: t.language,
    userZone,
    both: (instant, eventZone) => ({
      event: formatInZone(instant, eventZone, t.language),
      user: formatInZone(instant, userZone, t.language),
    }),
  };
}
