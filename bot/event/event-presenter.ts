import { eventListCard } from './event-list-card';
import type { AdaptiveCardJson } from '../platform/teams/cards/card-json';
import type { EventAt } from './event-catalog';
import type { TurnView } from '../platform/teams/turn-view';
import { eventIn } from '../../core/event/event-language';

/** The events open for registration, each with its date and deadline in both zones. */
export function openEventsCard(events: EventAt[], view: TurnView): AdaptiveCardJson {
  return eventListCard(
    {
      events: events.map(({ event, instants }) => ({
        eventId: event.id,
        title: eventIn(event, view.t).title,
        kind: event.kind,
        when: view.both(instants.start, event.timeZone),
        deadline: view.both(instants.registrationDeadline, event.timeZone),
      })),
    },
    view.t,
  );
}
