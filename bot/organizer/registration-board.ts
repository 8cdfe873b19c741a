import type { EventDefinition } from '../../core/event/event';
import type { BoardRow } from '../../core/registration/board-row';
import type { Registration, RegistrationStatus } from '../../core/registration/registration';
import { summarizeRegistrations } from '../../core/registration/registration-summary';
import type { Store } from '../stores';

/** An event's registrations for the chair's team: the rows, the counts and the capacity. */
export interface RegistrationBoardView {
  event: EventDefinition;
  rows: BoardRow[];
  byStatus: Record<RegistrationStatus, number>;
  /** Active registrations (pending, confirmed, waitlisted) per category. */
  byCategory: Record<string, number>;
  capacity?: number;
}

/** Reads an event's registrations for the organizer page, in the order people registered. */
export class RegistrationBoard {
  constructor(private readonly store: Pick<Store, 'events' | 'registrations' | 'logistics'>) {}

  /** One registration of the event in full; 'noEvent' when there is no such event. */
  async registration(
    eventId: string,
    registrationId: string,
  ): Promise<Registration | 'noEvent' | undefined> {
    if (!(await this.store.events.get(eventId))) return 'noEvent';
    const registrations = await this.store.registrations.listForEvent(eventId);
    return registrations.find((r) => r.id === registrationId);
  }

  /** The event's board, or undefined when there is no such event. */
  async of(eventId: string): Promise<RegistrationBoardView | undefined> {
    const event = await this.store.events.get(eventId);
    if (!event) return undefined;
    const [registrations, logistics] = await Promise.all([
      this.store.registrations.listForEvent(eventId),
      this.store.logistics.get(eventId),
    ]);
    const summary = summarizeRegistrations(registrations);
    const shared = new Set(summary.sharedEmails);
    const rows = [...registrations]
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id))
      .map((r) => ({
        id: r.id,
        referenceCode: r.referenceCode,
        channel: r.channel,
        name: `${r.givenName} ${r.familyName}`,
        organization: r.organization,
        category: r.category,
        country: r.country,
        status: r.status,
        createdAt: r.createdAt,
        sharedEmail: shared.has(r.email.toLowerCase()),
        email: r.email,
        wishesToSpeak: r.wishesToSpeak,
        coalition: r.group?.name ?? null,
        accessibility: Boolean(r.accessibilityNeeds?.trim()),
      }));
    return {
      event,
      rows,
      byStatus: summary.byStatus,
      byCategory: summary.byCategory,
      ...(logistics.capacity !== undefined ? { capacity: logistics.capacity } : {}),
    };
  }
}
