import { Template } from 'adaptivecards-templating';
import { isRightToLeft, type Language, type Translate } from '../../../../core/i18n/catalog';
import { PSEUDO_LOCALE } from '../../../../core/i18n/pseudo';

// User and event text only in TextRuns: TextBlock/FactSet render markdown, Teams can't escape it.

/** An expanded Adaptive Card, for `CardFactory.adaptiveCard` or an invoke response's value. */
export type AdaptiveCardJson = Record<string, unknown>;

/** One instant formatted in the event's time zone and in the user's (as `TurnView.both` gives). */
export interface ZonedTime {
  event: string;
  user: string;
}

/** One labelled value on a card. Labels and lines are shown as TextRuns, never as markdown. */
export interface Fact {
  label: string;
  lines: string[];
}

/**
 * The reader's language as the card's root properties: `lang` (schema 1.0+, two or three
 * letters; the pseudo-locale has no such code and gets none) and, for a language written right
 * to left (Arabic), `rtl: true` (schema 1.5) so Teams mirrors the card. The format has `lang`
 * only on the card as a whole: a single TextBlock or TextRun in another language (an English
 * event title on an Arabic card) cannot be marked.
 */
export function cardLanguage(language: Language): { lang?: string; rtl?: true } {
  return {
    ...(language === PSEUDO_LOCALE ? {} : { lang: language }),
    ...(isRightToLeft(language) ? { rtl: true as const } : {}),
  };
}

/**
 * Prepares a JSON template once and returns its expander. The result is a deep copy, so a
 * caller may change the card without touching the view it came from. Every card carries the
 * reader's language (`cardLanguage`).
 */
export function cardTemplate<Data extends object>(
  json: object,
): (data: Data, t: Pick<Translate, 'language'>) => AdaptiveCardJson {
  const template = new Template(json);
  return (data, t) => {
    const card = JSON.parse(JSON.stringify(template.expand({ $root: data }))) as AdaptiveCardJson;
    return { ...card, ...cardLanguage(t.language) };
  };
}

/** A time as one line when both zones read the same, else the event's line and the user's. */
export function zonedLines(time: ZonedTime, t: Translate): string[] {
  if (time.event === time.user) return [time.event];
  return [time.event, t('cards.time.yourTime', { time: time.user })];
}
