import type { AuditRecord, SpeakingQueue } from '../../core/speaking-queue';

/** A committed change, as every instance on the database hears of it. */
export type QueueChange =
  | { kind: 'queue'; meetingId: string; sessionId: string; version: number }
  /** The chair's team put another session's list on the screens. */
  | { kind: 'chosen'; eventId: string; sessionId: string; at: Date };

/** The session the chair's team chose for an event's screens, by whom and when. */
export interface SessionChoice {
  eventId: string;
  sessionId: string;
  chosenBy: string;
  at: Date;
}

/** Speaking queues: one versioned document per session, its audit log, and change notices. */
export interface QueueStore {
  get(meetingId: string, sessionId: string): Promise<SpeakingQueue | undefined>;
  /**
   * Saves `next` (keyed by its meeting and session) and its audit record in one transaction
   * if the stored queue is still at `basedOn` (0: none stored yet); otherwise writes nothing
   * and answers 'stale'.
   */
  save(
    eventId: string,
    next: SpeakingQueue,
    audit: AuditRecord,
    basedOn: number,
  ): Promise<'saved' | 'stale'>;
  /** The audit log of a session's list, oldest first. */
  audit(meetingId: string, sessionId: string): Promise<AuditRecord[]>;
  /** Every stored list of an event's sessions, e.g. for speaking time over the whole event. */
  ofEvent(eventId: string): Promise<SpeakingQueue[]>;
  /** Records the chair's choice and announces it (a `chosen` change) once committed. */
  choose(choice: SessionChoice): Promise<void>;
  chosen(eventId: string): Promise<SessionChoice | undefined>;
  /**
   * Calls `onChange` after any instance on this database commits a change; with `undefined`
   * when changes may have been missed, so the listener re-reads what it shows.
   */
  onChange(onChange: (change: QueueChange | undefined) => void): Promise<() => Promise<void>>;
}
