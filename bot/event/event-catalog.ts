import type { EventDefinition } from '../../core/event/event';
import { eventInstants, type EventInstants } from '../../core/event/event-times';
import {
  registrationPhase,
  type RegistrationPhase,
} from '../../core/registration/registration-window';
import type { EventStore } from './event-store';

/** An event with its resolved instants and where `now` falls in its registration window. */
export interface EventAt {
  event: EventDefinition;
  instants: EventInstants;
  phase: RegistrationPhase;
}

/** Reads events from the store and places them against the clock. */
export class EventCatalog {
  constructor(private readonly events: EventStore) {}

  async get(eventId: string, now: Date): Promise<EventAt | undefined> {
    const event = await this.events.get(eventId);
    return event ? at(event, now) : undefined;
  }

  /** Events whose registration is open now, soonest first. */
  async openForRegistration(now: Date): Promise<EventAt[]> {
    return (await this.all(now)).filter((e) => e.phase === 'open');
  }

  /** Every event, soonest first. */
  async all(now: Date): Promise<EventAt[]> {
    const events = (await this.events.list()).map((event) => at(event, now));
    return events.sort((a, b) => a.instants.start.getTime() - b.instants.start.getTime());
  }
}

// The store keeps one definition object per event until it changes; so may its instants.
const instantsOf = new WeakMap<EventDefinition, EventInstants>();

function at(event: EventDefinition, now: Date): EventAt {
  let instants = instantsOf.get(event);
  if (!instants) {
    instants = eventInstants(event);
    instantsOf.set(event, instants);
  }
  return { event, instants, phase: registrationPhase(instants, now) };
}
