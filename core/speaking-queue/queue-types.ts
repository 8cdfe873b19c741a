import type { UnRegionalGroup } from '../registration/un-regional-groups';

/**
 * The speaking queue of one meeting, as plain JSON-serializable data: it is stored as JSONB
 * and streamed to every screen, so it holds numbers and strings only, never `Date`s.
 */
export type TurnKind = 'statement' | 'rightOfReply';

/** Where a turn stands; finished turns stay in the list as the record of the meeting. */
export type TurnStatus = 'waiting' | 'speaking' | 'done' | 'withdrawn';

/** The person at the microphone: a registrant, or someone the chair adds by name. */
export interface Speaker {
  /** Absent for people the chair adds who did not register. */
  registrationId?: string;
  name: string;
  organization: string;
}

/** On whose behalf the speaker takes the floor. */
export type OnBehalfOf =
  { kind: 'ownOrganization' } | { kind: 'group'; name: string; members: string[] };

/** Phase of a turn's timer; `stopped` once the turn is over. */
export type TimerPhase = 'ready' | 'running' | 'paused' | 'stopped';

/**
 * Server-authoritative timer of one turn: time banked from earlier runs plus the start of the
 * current run, so any screen can compute the same countdown from the state and a clock.
 */
export interface TurnTimer {
  phase: TimerPhase;
  /** Epoch ms at which the current run started; null unless running. */
  startedAt: number | null;
  /** Time spoken before the current run; the time used once the turn is stopped. */
  elapsedBeforeMs: number;
}

/**
 * What the chair sees of a registrant placed from the registrations (provisional list,
 * decision 029): their stakeholder category, country and UN regional group (null: none).
 */
export interface EntryProfile {
  category: string;
  country: string;
  region: UnRegionalGroup | null;
}
/** How a turn was asked for: the tab's side panel, the card in the meeting chat, or by the chair. */
export type EntryVia = 'sidePanel' | 'chatCard' | 'chair';

/** One request for the floor in the list. */
export interface QueueEntry {
  id: string;
  speaker: Speaker;
  onBehalfOf: OnBehalfOf;
  /** The guiding question addressed, if any. */
  questionId: string | null;
  kind: TurnKind;
  status: TurnStatus;
  allottedSeconds: number;
  timer: TurnTimer;
  addedBy: 'self' | 'chair';
  /** How it was asked for; absent on entries saved before this was kept (see `viaOf`). */
  via?: EntryVia;
  /** Epoch ms at which the entry was created. */
  requestedAt: number;
  /** Queue version that last changed this entry; undo uses it to detect later changes. */
  revision: number;
  /** Present on entries placed from the registrations. */
  profile?: EntryProfile;
}

/**
 * What undoing one chair action needs: the entries as they were before it, the ids it
 * created, the list-wide settings before it, and the order only when the action reordered.
 */
export interface UndoRecord {
  /** The queue version the chair action produced. */
  version: number;
  action: string;
  at: string;
  actorName: string;
  isOpen: boolean;
  currentQuestionId: string | null;
  changed: QueueEntry[];
  added: string[];
  orderBefore?: string[];
}

/** The whole state of a meeting's speaking queue. */
export interface SpeakingQueue {
  meetingId: string;
  /** The programme session this list belongs to (`queueSessions`); one list per session. */
  sessionId: string;
  /** Optimistic-concurrency version: incremented once by every accepted command. */
  version: number;
  /** Whether attendees may still ask for the floor. */
  isOpen: boolean;
  currentQuestionId: string | null;
  /** Guiding question ids of the event, so commands can be checked without the event. */
  questionIds: string[];
  defaultSpeakingSeconds: number;
  /** Every turn in list order; the waiting ones, in this order, are the queue. */
  entries: QueueEntry[];
  /** Source of entry ids; never goes back, even on undo, so an id is never reused. */
  nextEntryNumber: number;
  /** Most recent last; bounded by `QUEUE_LIMITS.undoDepth`. */
  undo: UndoRecord[];
  /** When the chair last published the list to the speakers placed on it (decision 029). */
  published?: { version: number; at: string };
}

/** Who sends a command, as established by the shell from the Teams identity. */
export interface Actor {
  role: 'chair' | 'attendee';
  /** The platform identity (`aadObjectId`). */
  userId: string;
  name: string;
  /** Present when the actor is registered for the event. */
  registrationId?: string;
  organization?: string;
  /** The group or coalition the actor registered to speak for, if any. */
  group?: { name: string; members: string[] };
  /** The actor's registration profile, kept on their own request so the chair sees the balance. */
  profile?: EntryProfile;
  /** Where the actor's own request comes from; the side panel unless the service says otherwise. */
  via?: Exclude<EntryVia, 'chair'>;
}

/** Values an audit record keeps about an action. */
export type AuditDetail = Record<string, string | number | boolean | null>;

/** Who did what and when, for every accepted command. */
export interface AuditRecord {
  meetingId: string;
  sessionId: string;
  /** The version the action produced. */
  version: number;
  at: string;
  actor: { role: Actor['role']; userId: string; name: string };
  action: string;
  entryId?: string;
  detail: AuditDetail;
}

/** Things the shell may tell people about, such as "you have the floor". */
export type QueueEvent =
  | { type: 'nowSpeaking'; entryId: string }
  | { type: 'upNext'; entryId: string }
  | { type: 'removedByChair'; entryId: string }
  /** The chair published the list: every waiting registrant is told their place. */
  | { type: 'listPublished' };
