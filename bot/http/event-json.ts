import type { EventAt } from '../services/event-catalog';

/** The public shape of an event in the tab API: ids, texts and instants as ISO strings. */
export function eventSummaryJson({ event, instants, phase }: EventAt) {
  return {
    id: event.id,
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
