import type { AuditRecord, SpeakingQueue } from '../../core/speaking-queue';
import type { EventDefinition } from '../../core/event/event';
import type { Registration, RegistrationStatus } from '../../core/registration/registration';
import type { InputReview, WrittenInput } from '../../core/registration/written-input';
import type { OutboxMessage } from '../../core/outbox/outbox-message';
import type { CalendarLinkStore, EventLogisticsStore, OutboxStore } from '../outbox/outbox-store';
import type { PresenceRecord } from '../../core/meeting-presence';
import type { RoundtableStore } from '../roundtable/roundtable-store';
import type { Language, UnLanguage } from '../../core/i18n/catalog';
import type { PublishedView } from '../written-input/published-view-sql';

export type * from '../outbox/outbox-store';
export type * from '../roundtable/roundtable-store';

/**
 * The storage contract the services depend on. Implemented once in SQL (`sql-store.ts`)
 * over either PGlite or PostgreSQL; the contract suite in tests/store runs against both.
 */
export interface Store {
  events: EventStore;
  registrations: RegistrationStore;
  writtenInputs: WrittenInputStore;
  conversations: ConversationStore;
  downloadLinks: DownloadLinkStore;
  queues: QueueStore;
  outbox: OutboxStore;
  logistics: EventLogisticsStore;
  calendarLinks: CalendarLinkStore;
  meetings: MeetingStore;
  /** Invitations, matchmaking and breakouts of in-person roundtables. */
  roundtable: RoundtableStore;
  /**
   * Runs `work` in one database transaction: what it writes through `tx` is kept together,
   * or none of it when `work` throws (the error is thrown on).
   */
  transaction<T>(work: (tx: StoreTransaction) => Promise<T>): Promise<T>;
  /** Throws when the database cannot answer; used by readiness checks. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** The stores a transaction writes through; each call runs inside that one transaction. */
export interface StoreTransaction {
  registrations: RegistrationStore;
  roundtable: RoundtableStore;
}

export interface EventStore {
  /** Inserts or replaces the definition with the same id. */
  upsert(event: EventDefinition): Promise<void>;
  get(id: string): Promise<EventDefinition | undefined>;
  list(): Promise<EventDefinition[]>;
}

export type CreateResult =
  | { created: true; registration: Registration }
  | { created: false; existing: Registration }
  /** Another registration already holds this reference code: draw a new one and retry. */
  | { created: false; referenceTaken: true };

export interface RegistrationStore {
  /**
   * Creates the registration unless this person already has one for the event; atomic, so
   * concurrent double submits create exactly one row and the loser gets the winner back.
   */
  create(registration: Registration): Promise<CreateResult>;
  findByUser(
    eventId: string,
    tenantId: string,
    aadObjectId: string,
  ): Promise<Registration | undefined>;
  /**
   * Only the status of the person's registration: what opening the form needs to know. In a
   * rush most people have none yet, so who has one is kept per instance and only they cost a
   * read. A registration made on another instance in the last milliseconds (its notice still
   * on the way) may not show yet: the form opens, and its submit finds the registration.
   */
  statusByUser(
    eventId: string,
    tenantId: string,
    aadObjectId: string,
  ): Promise<RegistrationStatus | undefined>;
  listByUser(tenantId: string, aadObjectId: string): Promise<Registration[]>;
  listForEvent(eventId: string): Promise<Registration[]>;
  /**
   * Saves `next` only if the stored version is still `next.version - 1`; returns the saved
   * row, or 'conflict' when someone else changed it first (a stale write is rejected).
   */
  update(next: Registration): Promise<Registration | 'conflict'>;
}

export interface WrittenInputStore {
  add(input: WrittenInput): Promise<void>;
  /** Newest first, without file bytes. */
  listForEvent(eventId: string): Promise<WrittenInput[]>;
  /** The stored file bytes of one input, for the chair's team to download. */
  content(id: string): Promise<Uint8Array | undefined>;
  /** One input without its bytes; undefined for an unknown id or one that is not a uuid. */
  get(id: string): Promise<WrittenInput | undefined>;
  /** The event's published inputs only, without bytes: what the public may see. */
  listPublished(eventId: string): Promise<WrittenInput[]>;
  /**
   * The published inputs with their authors' registrations, kept per instance until any
   * instance reviews one of the event's inputs or edits one of their authors.
   */
  publishedView(eventId: string): Promise<PublishedView>;
  /** Forgets the kept view after a change this instance made outside this store. */
  publishedChanged(eventId: string): void;
  /** A published file of the event with its bytes; undefined when unknown, unpublished or text. */
  publishedFile(
    eventId: string,
    id: string,
  ): Promise<{ input: WrittenInput; content: Uint8Array } | undefined>;
  /**
   * Saves a review if the stored one is still `basedOn` (status and time), and enqueues
   * `messages` in the same transaction: both happen or neither. 'stale' writes nothing.
   */
  review(
    id: string,
    basedOn: InputReview,
    next: InputReview,
    messages: readonly OutboxMessage[],
    now: Date,
  ): Promise<'saved' | 'stale'>;
}

/** A Bot Framework conversation reference kept per person so the bot can write later. */
export interface StoredConversation {
  tenantId: string;
  aadObjectId: string;
  conversationId: string;
  serviceUrl: string;
  /** The full `ConversationReference` as JSON. */
  reference: unknown;
  /** The IANA zone Teams last reported for the person, if any. */
  localTimezone?: string;
  updatedAt: Date;
  /** The language the person chose in chat, if they did (read only: see `setLanguage`). */
  language?: UnLanguage;
}

export interface ConversationStore {
  /** Saves the reference and zone; the person's language choice is kept as it is. */
  save(conversation: StoredConversation): Promise<void>;
  /** The person's conversation, with the language they chose (if any). */
  get(tenantId: string, aadObjectId: string): Promise<StoredConversation | undefined>;
  /** Records the language a person chose; it holds even before they have a conversation. */
  setLanguage(tenantId: string, aadObjectId: string, language: UnLanguage, at: Date): Promise<void>;
  /** The language the person chose, or undefined when they never chose one. */
  language(tenantId: string, aadObjectId: string): Promise<UnLanguage | undefined>;
}

/** A short-lived, single-use link to a CSV export; only the token's hash is stored. */
export interface DownloadLink {
  tokenHash: string;
  eventId: string;
  kind: 'registrationsCsv' | 'invitationsCsv' | 'breakoutsCsv' | 'attendanceCsv';
  createdBy: string;
  expiresAt: Date;
  /** The language of the person who asked, for the file's column headings (English if none). */
  language?: Language;
}

export interface DownloadLinkStore {
  create(link: DownloadLink): Promise<void>;
  /** Marks the link used and returns it, or undefined if unknown, used or expired at `now`. */
  consume(tokenHash: string, now: Date): Promise<DownloadLink | undefined>;
}

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

/** The chat of a Teams meeting the bot is in, so it can send in-meeting notifications. */
export interface MeetingChat {
  /** Teams' meeting id (`channelData.meeting.id`). */
  meetingId: string;
  tenantId: string;
  conversationId: string;
  serviceUrl: string;
  /** The full `ConversationReference` of the meeting chat as JSON. */
  reference: unknown;
  updatedAt: Date;
}

/** A Teams meeting as recorded: its chat and the times of its last start and end, if seen. */
export interface TeamsMeeting extends MeetingChat {
  startedAt?: Date;
  endedAt?: Date;
}

/** Which Teams meeting holds an event's speaking queue, and which chair said so. */
export interface MeetingLink {
  eventId: string;
  meetingId: string;
  /** Entra object id of the chair who linked it. */
  linkedBy: string;
  linkedAt: Date;
}

/** Teams meetings: their chats, start and end times, links to events, and presence. */
export interface MeetingStore {
  /** Inserts or replaces the meeting's chat reference; recorded times are kept. */
  saveChat(chat: MeetingChat): Promise<void>;
  /**
   * Records a start or end time of a known meeting, keeping the latest of each (events may
   * repeat or arrive late); false when the meeting is unknown.
   */
  recordTime(meetingId: string, kind: 'start' | 'end', at: Date): Promise<boolean>;
  get(meetingId: string): Promise<TeamsMeeting | undefined>;
  /** Links the event to the meeting, replacing the event's and the meeting's former links. */
  link(link: MeetingLink): Promise<void>;
  linkOf(eventId: string): Promise<MeetingLink | undefined>;
  /**
   * Records a join or leave event; one older than the event already stored for that
   * person is ignored ('older'), so late deliveries do not undo newer ones.
   */
  recordPresence(meetingId: string, record: PresenceRecord): Promise<'recorded' | 'older'>;
  /** The last event seen for every participant of whom one was seen. */
  presence(meetingId: string): Promise<PresenceRecord[]>;
  /**
   * Calls `onChange(eventId)` after any instance records presence in the Teams meeting linked
   * to that event; with `undefined` when notices may have been missed (re-read everything).
   */
  onPresenceChange(onChange: (eventId: string | undefined) => void): Promise<() => Promise<void>>;
}
