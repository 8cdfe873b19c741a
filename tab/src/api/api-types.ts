import type { RegistrantPresence } from '../../../core/meeting-presence';
import type { QueueSession, SpeakingQueue } from '../../../core/speaking-queue';
import type { OutboxKind, OutboxStatus } from '../../../core/outbox/outbox-message';
import type { BoardRow } from '../../../core/registration/board-row';
import type { DecisionResult } from '../../../core/registration/decision-results';
import type { RegistrationStatus } from '../../../core/registration/registration';

/** Response shapes of the tab API (bot/http), as the tab reads them. */
export interface GuidingQuestion {
  id: string;
  text: string;
}

export interface EventSummary {
  id: string;
  title: string;
  timeZone: string;
  start: string;
  end: string;
  guidingQuestions: GuidingQuestion[];
}

export interface Me {
  dev: boolean;
  oid: string;
  tid: string;
  name: string;
  email?: string | null;
  meetingRole?: string;
}

/** `GET /api/events/:eventId/queue`. */
export interface QueueResponse {
  queue: SpeakingQueue;
  serverNow: number;
  role: 'chair' | 'attendee';
  /** For the chair's team: who of the registrants is in the Teams meeting (join/leave events). */
  registrantPresence?: RegistrantPresence;
  me: { registrationId?: string; name: string };
  event: Pick<EventSummary, 'id' | 'title' | 'timeZone' | 'guidingQuestions'>;
  /** The session of this list, and every session of the event that keeps one. */
  session: QueueSession;
  sessions: QueueSession[];
}

/** `GET /api/events/:eventId/queue/sessions`. */
export interface SessionsResponse {
  sessions: QueueSession[];
  /** The session to open now: the chair's recent choice, else the programme's. */
  open: string;
  chosen: { sessionId: string; at: string } | null;
}

/** A queue state with the server's clock at the moment it was sent. */
export interface QueueUpdate {
  queue: SpeakingQueue;
  serverNow: number;
}

/** One row of `GET /api/events/:eventId/registrations`: the board's row, its date as ISO text. */
export type RegistrationRow = Omit<BoardRow, 'createdAt'> & { createdAt: string };

/** `GET /api/events/:eventId/registrations` (the chair's team only). */
export interface RegistrationsResponse {
  event: { id: string; title: string };
  categories: Array<{ id: string; label: string }>;
  capacity: number | null;
  counts: { byStatus: Record<RegistrationStatus, number>; byCategory: Record<string, number> };
  registrations: RegistrationRow[];
}

/** `POST /api/events/:eventId/registrations/decisions`. */
export interface DecisionResponse {
  counts: { confirmed: number; waitlisted: number; declined: number; unchanged: number };
  conflicts: number;
  capacity: number | null;
  confirmedNow: number;
  results: DecisionResult[];
}

/** `GET /api/events/:eventId/delivery`; the retry answers the same with `retried`. */
export interface DeliveryResponse {
  counts: Record<OutboxStatus, number>;
  /** Of the pending ones, reminders whose time has not come yet. */
  scheduled: number;
  failed: Array<{
    id: string;
    referenceCode: string;
    recipientName: string;
    kind: OutboxKind;
    reason: string;
    attempts: number;
  }>;
  retried?: number;
}
