import type { CalendarLinkStore, EventLogisticsStore, OutboxStore } from './outbox/outbox-store';
import type { RoundtableStore } from './roundtable/roundtable-store';
import type { ConversationStore } from './platform/store/conversation-store';
import type { EventStore } from './event/event-store';
import type { RegistrationStore } from './registration/registration-store';
import type { WrittenInputStore } from './written-input/written-input-store';
import type { DownloadLinkStore } from './organizer/download-link-store';
import type { QueueStore } from './queue/queue-store';
import type { MeetingStore } from './meeting-presence/meeting-store';
import type { SummaryStore } from './summary/summary-store';
import type { EmailIdentityStore } from './email-identity/email-identity-store';

// Each feature's contract lives in its folder; this aggregate lists them for the composition.
export type * from './platform/store/conversation-store';
export type * from './event/event-store';
export type * from './registration/registration-store';
export type * from './written-input/written-input-store';
export type * from './organizer/download-link-store';
export type * from './queue/queue-store';
export type * from './meeting-presence/meeting-store';
export type * from './outbox/outbox-store';
export type * from './roundtable/roundtable-store';
export type * from './summary/summary-store';
export type * from './email-identity/email-identity-store';

/**
 * The storage contract the services depend on. Implemented once in SQL (`sql-stores.ts`)
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
  /** Attendance reports read after meetings, and summary share links. */
  summary: SummaryStore;
  /** Codes mailed to people outside Teams and the addresses they verified. */
  emailIdentity: EmailIdentityStore;
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
