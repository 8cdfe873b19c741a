import type { EventDefinition } from '../../core/event/event';
import type { MeetingAttendee } from '../../core/meeting/graph-event';

/** Where a meeting lives: a real Teams meeting through Graph, or a local offline record. */
export type MeetingProviderKind = 'graph' | 'offline';

/** What the app keeps about a created meeting; enough to update, move or cancel it later. */
export interface MeetingRecord {
  provider: MeetingProviderKind;
  /** Graph event id on the organizer's calendar, or the local meeting id offline. */
  eventId: string;
  joinUrl: string;
  organizer: string;
  attendees: MeetingAttendee[];
  /** Shown beside the join link when the meeting is not a real Teams meeting. */
  label?: string;
}

export interface CreateMeetingRequest {
  event: EventDefinition;
  attendees: MeetingAttendee[];
  /** Stable per creation attempt, so a retried POST does not create a second meeting. */
  transactionId: string;
}

/** The port the meeting use cases call; failures are MeetingProviderError. */
export interface MeetingProvider {
  readonly kind: MeetingProviderKind;
  createMeeting(request: CreateMeetingRequest): Promise<MeetingRecord>;
  /** Sends the full attendee list when it differs from the record's; returns the new record. */
  updateAttendees(meeting: MeetingRecord, attendees: MeetingAttendee[]): Promise<MeetingRecord>;
  reschedule(meeting: MeetingRecord, event: EventDefinition): Promise<MeetingRecord>;
  cancel(meeting: MeetingRecord, comment: string): Promise<void>;
}
