import type { EventDefinition } from '../../core/event/event';
import type { OutboxKind, OutboxStatus } from '../../core/outbox/outbox-message';
import type { Store } from '../stores';
import { hashToken } from '../platform/link-token';
import { meetingOptionsStatus } from '../meeting';
import type { Clock } from '../platform/ports';
import { registrantCalendar } from './registrant-calendar';
import type { OutboxRow } from './outbox-store';
import { capacityEffect, type CapacityEffect } from '../../core/registration/capacity-rule';

/** Delivery of one event as the chair's team sees it. */
export interface DeliveryReport {
  event: EventDefinition;
  counts: Record<OutboxStatus, number>;
  /** The same counts per channel: Teams chats, and mail to people registered on the web. */
  byChannel: Record<DeliveryChannel, Record<OutboxStatus, number>>;
  /** Of the pending ones, reminders whose time has not come yet. */
  scheduled: number;
  failed: FailedDelivery[];
  /** Lobby and presenter settings of the event's meeting, once one was created. */
  meetingOptions?: ReturnType<typeof meetingOptionsStatus>;
}

/** How a message reaches its person. */
export type DeliveryChannel = 'teams' | 'email';

/** A message that could not be delivered, with whom it was for and why. */
export interface FailedDelivery {
  id: string;
  referenceCode: string;
  recipientName: string;
  kind: OutboxKind;
  reason: string;
  attempts: number;
}

/** The chair's view of delivery, the event capacity, and the calendar file downloads. */
export class DeliveryService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    /** Told after failed messages were put back, so the worker sends them now. */
    private readonly onRequeued: () => void = () => undefined,
  ) {}

  /** Sets the event's capacity (no registration changes); what it means for those waiting. */
  async setCapacity(event: EventDefinition, capacity: number | undefined): Promise<CapacityEffect> {
    await this.store.logistics.setCapacity(event.id, capacity, this.clock.now());
    return this.capacityEffect(event, capacity);
  }

  /** What setting `capacity` would mean, without setting it: the chair is asked first. */
  async capacityEffect(
    event: EventDefinition,
    capacity: number | undefined,
  ): Promise<CapacityEffect> {
    const all = await this.store.registrations.listForEvent(event.id);
    return capacityEffect(all, capacity, this.clock.now());
  }

  /** The event's delivery, counted by the store; only failed rows are read one by one. */
  async report(event: EventDefinition): Promise<DeliveryReport> {
    const [tally, logistics] = await Promise.all([
      this.store.outbox.tally(event.id, this.clock.now()),
      this.store.logistics.get(event.id),
    ]);
    const meetingOptions = meetingOptionsStatus(logistics.meeting);
    const { teams, email } = tally.byChannel;
    const counts = { ...teams };
    for (const status of Object.keys(counts) as OutboxStatus[]) counts[status] += email[status];
    const registrations =
      tally.failed.length > 0 ? await this.store.registrations.listForEvent(event.id) : [];
    const people = new Map(registrations.map((r) => [r.id, r]));
    const failed = tally.failed.map((row) => {
      const person = people.get(row.registrationId);
      return {
        id: row.id,
        referenceCode: person?.referenceCode ?? row.registrationId,
        recipientName: person ? `${person.givenName} ${person.familyName}` : '',
        kind: row.kind,
        reason: row.lastError ?? '',
        attempts: row.attempts,
      };
    });
    return {
      event,
      counts,
      byChannel: tally.byChannel,
      scheduled: tally.scheduled,
      failed,
      ...(meetingOptions ? { meetingOptions } : {}),
    };
  }

  /** Puts the event's failed messages (those of `ids`, or all) back in line; how many. */
  async retryFailed(event: EventDefinition, ids: readonly string[] | undefined): Promise<number> {
    const requeued = await this.store.outbox.retryFailed(event.id, ids, this.clock.now());
    if (requeued.length > 0) this.onRequeued();
    return requeued.length;
  }

  /** Stops a mass sending: the event's messages not yet on their way are cancelled; how many. */
  async stopSending(event: EventDefinition): Promise<number> {
    return this.store.outbox.cancelDue(event.id, this.clock.now());
  }

  /** One registrant's messages of the event, in the order they were written. */
  async messagesOf(eventId: string, registrationId: string): Promise<OutboxRow[]> {
    const rows = await this.store.outbox.list({ eventId });
    return rows.filter((row) => row.registrationId === registrationId);
  }

  /** The calendar file behind a link; undefined for an unknown or expired token. */
  async calendarFile(token: string): Promise<{ fileName: string; ics: string } | undefined> {
    const bare = token.replace(/\.ics$/, '');
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(bare)) return undefined;
    const now = this.clock.now();
    const link = await this.store.calendarLinks.find(hashToken(bare), now);
    if (!link) return undefined;
    return registrantCalendar(this.store, link.eventId, link.registrationId, now);
  }
}
