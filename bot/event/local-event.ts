import { eventIn } from '../../core/event/event-language';
import type { Translate } from '../../core/i18n/catalog';
import type { EventAt } from './event-catalog';

/** The outcome with its event's texts in the reader's language (or marked as the event's own). */
export function inReaderLanguage<O extends object>(outcome: O, t: Translate): O {
  if (!('at' in outcome)) return outcome;
  const at = outcome.at as EventAt;
  return { ...outcome, at: { ...at, event: eventIn(at.event, t) } };
}
