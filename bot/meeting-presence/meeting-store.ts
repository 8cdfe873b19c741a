import type { PresenceRecord } from '../../core/meeting-presence';

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
