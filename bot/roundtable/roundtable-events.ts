import { isActive, type Registration } from '../../core/registration/registration';
import { isStateCategory } from '../../core/roundtable/participation';
import type { Participation } from './roundtable-store';
import type { Store } from '../stores';
import type { EventAt, EventCatalog } from '../event';
import type { Clock, Person } from '../platform/ports';

/** A person's active registration for a roundtable, with what they added for it. */
export interface Participant {
  at: EventAt;
  registration: Registration;
  participation?: Participation;
}

/**
 * Finds the roundtable a command is about: the in-person (or hybrid) event for the chair,
 * the one a person registered for otherwise. With several, the next one not yet over wins.
 */
export class RoundtableEvents {
  constructor(
    private readonly store: Store,
    private readonly catalog: EventCatalog,
    private readonly clock: Clock,
  ) {}

  /** The roundtable the chair's commands act on. */
  async forChair(): Promise<EventAt | undefined> {
    const now = this.clock.now();
    const events = (await this.catalog.all(now)).filter((a) => a.event.kind !== 'virtualDialogue');
    return events.find((a) => a.instants.end > now) ?? events[events.length - 1];
  }

  /** Events whose programme the person reads: theirs, else the only in-person one. */
  async forProgramme(person: Person): Promise<EventAt[]> {
    const now = this.clock.now();
    const mine = await this.store.registrations.listByUser(person.tenantId, person.aadObjectId);
    const ids = new Set(mine.filter((r) => isActive(r.status)).map((r) => r.eventId));
    const all = await this.catalog.all(now);
    const registered = all.filter((a) => ids.has(a.event.id));
    if (registered.length > 0) return registered;
    const inPerson = all.filter((a) => a.event.kind !== 'virtualDialogue');
    return inPerson.length === 1 ? inPerson : [];
  }

  /** The person's active registration for a roundtable, if any. */
  async participant(person: Person): Promise<Participant | undefined> {
    const now = this.clock.now();
    const mine = await this.store.registrations.listByUser(person.tenantId, person.aadObjectId);
    const found: Participant[] = [];
    for (const registration of mine.filter((r) => isActive(r.status))) {
      const at = await this.catalog.get(registration.eventId, now);
      if (!at || at.event.kind === 'virtualDialogue') continue;
      const participation = await this.store.roundtable.participation.get(registration.id);
      found.push({ at, registration, ...(participation ? { participation } : {}) });
    }
    found.sort((a, b) => a.at.instants.start.getTime() - b.at.instants.start.getTime());
    return found.find((p) => p.at.instants.end > now) ?? found[found.length - 1];
  }

  /** The person's active registration for this roundtable (by event id), if any. */
  async participantIn(person: Person, eventId: string): Promise<Participant | undefined> {
    const at = await this.catalog.get(eventId, this.clock.now());
    if (!at || at.event.kind === 'virtualDialogue') return undefined;
    const mine = await this.store.registrations.listByUser(person.tenantId, person.aadObjectId);
    const registration = mine.find((r) => r.eventId === eventId && isActive(r.status));
    if (!registration) return undefined;
    const participation = await this.store.roundtable.participation.get(registration.id);
    return { at, registration, ...(participation ? { participation } : {}) };
  }

  /** Active registrations of the event by id. */
  async registrations(eventId: string): Promise<Map<string, Registration>> {
    const all = await this.store.registrations.listForEvent(eventId);
    return new Map(all.filter((r) => isActive(r.status)).map((r) => [r.id, r]));
  }
}

/** The State a registrant acts for: their delegation, or their country for a State category. */
export function stateOf(
  registration: Registration,
  participation?: Participation,
): string | undefined {
  if (participation?.delegationOf) return participation.delegationOf;
  return isStateCategory(registration.category) ? registration.country : undefined;
}
