import type { Client } from '@microsoft/microsoft-graph-client';
import type { EventDefinition } from '../../core/event/event';
import type { Translate } from '../../core/i18n/catalog';
import { MAX_EVENT_ATTENDEES } from '../../core/meeting/attendee-batching';
import { diffAttendees, isEmptyDiff } from '../../core/meeting/attendee-diff';
import {
  buildCalendarEvent,
  buildCancel,
  buildReschedule,
} from '../../core/meeting/calendar-event';
import type { MeetingAttendee } from '../../core/meeting/graph-event';
import type { OnlineMeetingSettings } from '../../core/meeting/online-meeting-settings';
import type { Logger } from '../platform/logger';
import { toMeetingError, type GraphOperation } from './graph-error-mapping';
import { GraphOnlineMeetings } from './graph-online-meetings';
import { OrganizerId } from '../platform/graph/organizer-id';
import type { CreateMeetingRequest, MeetingProvider, MeetingRecord } from './meeting-provider';
import { MeetingProviderError } from './meeting-provider-error';

interface CreatedEvent {
  id?: string;
  onlineMeeting?: { joinUrl?: string | null } | null;
}

/**
 * Teams meetings as calendar events on the organizer's calendar (`Calendars.ReadWrite`,
 * application): Graph sends the invitations and returns the join link.
 */
export class GraphMeetingProvider implements MeetingProvider {
  readonly kind = 'graph' as const;
  private readonly onlineMeetings: GraphOnlineMeetings;
  /** The organizer's object id, which the onlineMeetings API needs (resolved once). */
  readonly organizerId: OrganizerId;

  constructor(
    private readonly client: Client,
    private readonly organizer: string,
    private readonly t: Translate,
    private readonly logger: Logger,
  ) {
    this.organizerId = new OrganizerId(client, organizer, logger);
    this.onlineMeetings = new GraphOnlineMeetings(client, this.organizerId, logger);
  }

  async start(): Promise<void> {
    await this.organizerId.resolve();
  }

  async createMeeting(request: CreateMeetingRequest): Promise<MeetingRecord> {
    this.checkCapacity(request.attendees);
    const body = buildCalendarEvent(
      request.event,
      request.attendees,
      request.transactionId,
      this.t,
    );
    const created = await this.call<CreatedEvent>('create', () =>
      // graph: POST /users/{user-id}/events
      this.client.api(`${this.calendar()}/events`).post(body),
    );
    const joinUrl = created.onlineMeeting?.joinUrl;
    if (!created.id || !joinUrl) {
      throw new MeetingProviderError('unexpected', { status: 201 }, { status: 201 });
    }
    this.logger.info({ eventId: created.id, event: request.event.id }, 'Teams meeting created');
    return {
      provider: 'graph',
      eventId: created.id,
      joinUrl,
      organizer: this.organizer,
      attendees: request.attendees,
    };
  }

  async updateAttendees(meeting: MeetingRecord, attendees: MeetingAttendee[]) {
    this.checkCapacity(attendees);
    const diff = diffAttendees(meeting.attendees, attendees);
    if (isEmptyDiff(diff)) return meeting;
    await this.call('update', () =>
      // graph: PATCH /users/{user-id}/events/{event-id}
      this.client.api(this.eventPath(meeting)).patch(diff.patch),
    );
    const byEmail = new Map(attendees.map((a) => [a.email.toLowerCase(), a]));
    const invited = diff.patch.attendees.map(
      (a) => byEmail.get(a.emailAddress.address.toLowerCase()) ?? toAttendee(a.emailAddress),
    );
    return { ...meeting, attendees: invited };
  }

  async reschedule(meeting: MeetingRecord, event: EventDefinition) {
    await this.call('update', () =>
      // graph: PATCH /users/{user-id}/events/{event-id}
      this.client.api(this.eventPath(meeting)).patch(buildReschedule(event)),
    );
    return meeting;
  }

  async cancel(meeting: MeetingRecord, comment: string) {
    await this.call('update', () =>
      // graph: POST /users/{user-id}/events/{event-id}/cancel
      this.client.api(`${this.eventPath(meeting)}/cancel`).post(buildCancel(comment)),
    );
  }

  configureOptions(meeting: MeetingRecord, settings: OnlineMeetingSettings) {
    return this.onlineMeetings.configure(meeting, settings);
  }

  readAttendance(meeting: MeetingRecord) {
    return this.onlineMeetings.attendance(meeting);
  }

  readTranscripts(meeting: MeetingRecord) {
    return this.onlineMeetings.transcripts(meeting);
  }

  private calendar(): string {
    return `/users/${encodeURIComponent(this.organizer)}`;
  }

  private eventPath(meeting: MeetingRecord): string {
    return `${this.calendar()}/events/${encodeURIComponent(meeting.eventId)}`;
  }

  private checkCapacity(attendees: MeetingAttendee[]): void {
    if (attendees.length > MAX_EVENT_ATTENDEES) {
      throw new MeetingProviderError('tooManyAttendees', { max: MAX_EVENT_ATTENDEES });
    }
  }

  private async call<T>(operation: GraphOperation, send: () => Promise<T>): Promise<T> {
    try {
      return await send();
    } catch (error) {
      const mapped = toMeetingError(error, operation, this.organizer);
      this.logger.warn({ failure: mapped.failure, ...mapped.detail }, 'Graph meeting call failed');
      throw mapped;
    }
  }
}

function toAttendee(address: { address: string; name: string }): MeetingAttendee {
  return { email: address.address, name: address.name };
}
