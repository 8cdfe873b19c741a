import type { AttendanceEntry } from '../../core/meeting/attendance';
import type { Language } from '../../core/i18n/catalog';
import type { TranscriptState } from '../../core/summary/transcript-excerpts';

/** Where the reading of an event's attendance report stands. */
export type AttendanceJobState = 'pending' | 'stored' | 'refused' | 'gaveUp';

export interface AttendanceJob {
  eventId: string;
  state: AttendanceJobState;
  endedAt: Date;
  attempts: number;
  /** The next try; null once the report and the transcript are read, or given up. */
  nextAt: Date | null;
  entries: AttendanceEntry[] | null;
  /** For `refused`: the application permission Graph wants. */
  permission: string | null;
  readAt: Date | null;
}

/** A single-use link to an event's summary page; only the token's hash is stored. */
export interface SummaryLink {
  tokenHash: string;
  eventId: string;
  createdBy: string;
  language: Language;
  expiresAt: Date;
}

export interface SummaryStore {
  /**
   * Schedules reading the report of a meeting that ended at `endedAt` (first try `nextAt`);
   * a job already stored is kept, a pending one takes the later end and the earlier try.
   */
  schedule(eventId: string, endedAt: Date, nextAt: Date, now: Date): Promise<void>;
  /**
   * Jobs whose next try is due at `now`, oldest first: pending or refused ones, and stored ones
   * still waiting for the transcript (a job that is done has no next try).
   */
  due(now: Date, limit: number): Promise<AttendanceJob[]>;
  /** Saves a try's outcome. */
  save(job: AttendanceJob, now: Date): Promise<void>;
  get(eventId: string): Promise<AttendanceJob | undefined>;
  /** The events linked to a Teams meeting (`teams_meeting_links`). */
  eventsOfMeeting(meetingId: string): Promise<string[]>;
  /** Keeps what was read of the meeting's transcript, replacing an earlier reading. */
  saveTranscript(eventId: string, transcript: TranscriptState, readAt: Date): Promise<void>;
  /** The transcript as last read; undefined before any reading. */
  transcript(eventId: string): Promise<TranscriptState | undefined>;
  /** The chair hides (or shows again) the excerpt of one intervention. */
  setExcerptHidden(
    eventId: string,
    turn: { sessionId: string; entryId: string },
    hidden: boolean,
    by: string,
    at: Date,
  ): Promise<void>;
  /** The hidden excerpts of an event, as `turnKey(sessionId, entryId)`. */
  hiddenExcerpts(eventId: string): Promise<Set<string>>;
  createLink(link: SummaryLink): Promise<void>;
  /** Marks the link used and returns it; undefined if unknown, used or expired at `now`. */
  consumeLink(tokenHash: string, now: Date): Promise<SummaryLink | undefined>;
}
