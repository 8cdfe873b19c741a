import type { EventKind } from '../../core/event/event';
import type { MessageKey, Translate } from '../../core/i18n/catalog';
import {
  cardTemplate,
  zonedLines,
  type AdaptiveCardJson,
  type Fact,
  type ZonedTime,
} from '../platform/teams/cards/card-json';
import template from './templates/event-list.json';

/** One event open for registration, with its times already formatted. */
export interface EventListItem {
  eventId: string;
  title: string;
  kind: EventKind;
  /** When the event takes place, e.g. its start (or "start – end") in each zone. */
  when: ZonedTime;
  deadline: ZonedTime;
}

export interface EventListView {
  events: EventListItem[];
}

/** Data of the "Register" button (verb `registration.open`). */
export interface RegistrationOpenData {
  eventId: string;
}

const KIND_LABELS: Record<EventKind, MessageKey> = {
  virtualDialogue: 'event.kind.virtualDialogue',
  inPerson: 'event.kind.inPerson',
  hybrid: 'event.kind.hybrid',
};

const expand = cardTemplate(template);

/** The events a person can register for, each with a "Register" button; or why there are none. */
export function eventListCard(view: EventListView, t: Translate): AdaptiveCardJson {
  return expand(
    {
      labels: {
        heading: t('cards.eventList.heading'),
        intro: t('cards.eventList.intro'),
        empty: t('cards.eventList.empty'),
        register: t('cards.eventList.register'),
      },
      hasEvents: view.events.length > 0,
      isEmpty: view.events.length === 0,
      events: view.events.map((event) => {
        const facts: Fact[] = [
          { label: t('cards.eventList.when'), lines: zonedLines(event.when, t) },
          { label: t('cards.eventList.deadline'), lines: zonedLines(event.deadline, t) },
        ];
        const action: RegistrationOpenData = { eventId: event.eventId };
        return { title: event.title, kindLabel: t(KIND_LABELS[event.kind]), facts, action };
      }),
    },
    t,
  );
}
