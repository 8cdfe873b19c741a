import { eventIn } from '../../core/event/event-language';
import type { Translate } from '../../core/i18n/catalog';
import type { EventAt } from './event-catalog';
import type { EventSummary } from '../../core/api';

/**
 * The public shape of an event in the tab API: ids, texts and instants as ISO strings. Texts
 * are in the reader's language where the event file gives it (`language` says which one the
 * reader asked for), else in the event's own language marked as such.
 */
export function eventSummaryJson(
  { event: stored, instants, phase }: EventAt,
  t: Translate,
): EventSummary {
  const event = eventIn(stored, t);
  return {
    id: event.id,
    language: t.language,
    eventLanguage: event.language ?? 'en',
    title: event.title,
    kind: event.kind,
    timeZone: event.timeZone,
    start: instants.start.toISOString(),
    end: instants.end.toISOString(),
    registrationOpens: instants.registrationOpens.toISOString(),
    registrationDeadline: instants.registrationDeadline.toISOString(),
    registrationPhase: phase,
    topic: event.topic,
    guidingQuestions: event.guidingQuestions,
  };
}
