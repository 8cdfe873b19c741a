import { Template } from 'adaptivecards-templating';
import { isRightToLeft, type Translate } from '../../../../core/i18n/catalog';

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
 * Prepares a JSON template once and returns its expander. The result is a deep copy, so a
 * caller may change the card without touching the view it came from. A card in a language
 * written right to left (Arabic) carries `rtl: true` (schema 1.5), so Teams mirrors it.
 */
export function cardTemplate<Data extends object>(
  json: object,
): (data: Data, t: Pick<Translate, 'language'>) => AdaptiveCardJson {
  const template = new Template(json);
  return (data, t) => {
    const card = JSON.parse(JSON.stringify(template.expand({ $root: data }))) as AdaptiveCardJson;
    return isRightToLeft(t.language) ? { ...card, rtl: true } : card;
  };
}

/** A time as one line when both zones read the same, else the event's line and the user's. */
export function zonedLines(time: ZonedTime, t: Translate): string[] {
  if (time.event === time.user) return [time.event];
  return [time.event, t('cards.time.yourTime', { time: time.user })];
}
