import type { EventDefinition } from '../../core/event/event';
import type { AttendanceEntry } from '../../core/meeting/attendance';
import type { MeetingAttendee } from '../../core/meeting/graph-event';
import type { OnlineMeetingSettings } from '../../core/meeting/online-meeting-settings';
import type { MeetingFailure } from './meeting-provider-error';

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
  /** The Teams onlineMeeting behind the calendar event, once looked up. */
  onlineMeetingId?: string;
  /** Whether lobby and presenter settings were applied, refused (403) or failed. */
  options?: MeetingOptionsOutcome['kind'];
}

/** Lobby and presenters set on the meeting, or why not; the meeting works either way. */
export type MeetingOptionsOutcome =
  | { kind: 'applied'; onlineMeetingId: string }
  | { kind: 'refused'; organizer: string; permission: string }
  | { kind: 'notApplicable' }
  | { kind: 'failed'; failure: MeetingFailure };

/** The meeting's attendance as Graph's reports tell it, or why there is none to read. */
export type AttendanceOutcome =
  | { kind: 'records'; entries: AttendanceEntry[]; reports: number; onlineMeetingId: string }
  | { kind: 'noReport' }
  | { kind: 'notApplicable' }
  /** Graph answered 403: `permission` is the application permission the call needs. */
  | { kind: 'refused'; organizer: string; permission: string }
  | { kind: 'failed'; failure: MeetingFailure };

/** One transcript of the meeting: when transcription started, and its WebVTT text. */
export interface MeetingTranscript {
  id: string;
  createdAt: Date;
  vtt: string;
}

/** What Graph gave of the meeting's transcripts (none: the meeting was not transcribed). */
export type TranscriptOutcome =
  | { kind: 'transcripts'; transcripts: MeetingTranscript[] }
  | { kind: 'notApplicable' }
  | { kind: 'refused'; organizer: string; permission: string }
  | { kind: 'failed'; failure: MeetingFailure };

export interface CreateMeetingRequest {
  event: EventDefinition;
  attendees: MeetingAttendee[];
  /** Stable per creation attempt, so a retried POST does not create a second meeting. */
  transactionId: string;
}

/** The port the meeting use cases call; failures are MeetingProviderError. */
export interface MeetingProvider {
  readonly kind: MeetingProviderKind;
  /** Checks at start what the provider needs (the organizer's object id); logs, never throws. */
  start?(): Promise<void>;
  createMeeting(request: CreateMeetingRequest): Promise<MeetingRecord>;
  /** Sends the full attendee list when it differs from the record's; returns the new record. */
  updateAttendees(meeting: MeetingRecord, attendees: MeetingAttendee[]): Promise<MeetingRecord>;
  reschedule(meeting: MeetingRecord, event: EventDefinition): Promise<MeetingRecord>;
  cancel(meeting: MeetingRecord, comment: string): Promise<void>;
  /** Sets lobby bypass and presenters on the online meeting; never throws. */
  configureOptions(
    meeting: MeetingRecord,
    settings: OnlineMeetingSettings,
  ): Promise<MeetingOptionsOutcome>;
  /** Reads every attendance report of the meeting (all pages); never throws. */
  readAttendance(meeting: MeetingRecord): Promise<AttendanceOutcome>;
  /** The meeting's transcripts after it ended; absent where meetings are not in Teams. */
  readTranscripts?(meeting: MeetingRecord): Promise<TranscriptOutcome>;
}
