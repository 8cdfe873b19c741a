import type { SpeakingQueue } from '../../core/speaking-queue';
import type { Logger } from '../platform/logger';
import type { QueueChange, QueueStore, SessionChoice } from './queue-store';

/**
 * One open stream: told each newer state of its meeting, in version order. A subscriber that
 * also sends the state it read itself on connecting drops what it already has by version.
 */
export interface QueueSubscriber {
  deliver(queue: SpeakingQueue): void;
}

/** Told the session the chair's team chose for the event's screens, each time it is chosen. */
export type ChoiceFollower = (sessionId: string, at: Date) => void;

/** One feed key per session's list. */
function keyOf(meetingId: string, sessionId: string): string {
  return `${meetingId}\n${sessionId}`;
}

interface Meeting {
  subscribers: Set<QueueSubscriber>;
  /** Highest version delivered to this meeting's subscribers. */
  delivered: number;
  /** A read is under way; `again` asks for one more when it ends. */
  reading: boolean;
  again: boolean;
}

/**
 * Fans committed queue changes out to the open streams of this instance. Changes arrive from
 * the store's LISTEN/NOTIFY (any instance) and are read once per meeting, however many
 * streams watch it; notices that arrive during a read are folded into one more read, and a
 * state is never delivered twice or older than one already delivered.
 */
export class QueueFeed {
  private readonly meetings = new Map<string, Meeting>();
  private readonly choices = new Map<string, Set<ChoiceFollower>>();
  private stopListening: (() => Promise<void>) | undefined;

  constructor(
    private readonly queues: Pick<QueueStore, 'get' | 'onChange' | 'chosen'>,
    private readonly log: Logger,
  ) {}

  async start(): Promise<void> {
    this.stopListening ??= await this.queues.onChange((change) => this.changed(change));
  }

  async stop(): Promise<void> {
    await this.stopListening?.();
    this.stopListening = undefined;
  }

  /** Follows a session's list; subscribe before reading the state, so nothing falls between. */
  subscribe(meetingId: string, sessionId: string, subscriber: QueueSubscriber): () => void {
    const key = keyOf(meetingId, sessionId);
    let meeting = this.meetings.get(key);
    if (!meeting) {
      meeting = { subscribers: new Set(), delivered: 0, reading: false, again: false };
      this.meetings.set(key, meeting);
    }
    meeting.subscribers.add(subscriber);
    return () => {
      meeting.subscribers.delete(subscriber);
      if (meeting.subscribers.size === 0 && !meeting.reading) this.meetings.delete(key);
    };
  }

  /** Follows the chair's choice of session for an event's screens. */
  followChoice(eventId: string, follower: ChoiceFollower): () => void {
    const followers = this.choices.get(eventId) ?? new Set();
    this.choices.set(eventId, followers);
    followers.add(follower);
    return () => {
      followers.delete(follower);
      if (followers.size === 0) this.choices.delete(eventId);
    };
  }

  /** A choice this instance has just saved or heard of: told to its followers at once. */
  chose(eventId: string, sessionId: string, at: Date): void {
    for (const follower of this.choices.get(eventId) ?? []) follower(sessionId, at);
  }

  /** The choice in force, for a stream that (re)connects and may have missed a switch. */
  currentChoice(eventId: string): Promise<SessionChoice | undefined> {
    return this.queues.chosen(eventId);
  }

  /**
   * A state this instance has just saved: delivered at once, without waiting for its NOTIFY
   * to come back and re-reading it (the notice then finds it delivered and does nothing).
   */
  published(queue: SpeakingQueue): void {
    const meeting = this.meetings.get(keyOf(queue.meetingId, queue.sessionId));
    if (!meeting || queue.version <= meeting.delivered) return;
    meeting.delivered = queue.version;
    for (const subscriber of meeting.subscribers) subscriber.deliver(queue);
  }

  /** Open streams on this instance, for metrics. */
  get subscriberCount(): number {
    let count = 0;
    for (const meeting of this.meetings.values()) count += meeting.subscribers.size;
    return count;
  }

  private changed(change: QueueChange | undefined): void {
    if (change?.kind === 'chosen') return this.chose(change.eventId, change.sessionId, change.at);
    // Undefined: notices may have been lost (listening connection came back); re-read all.
    if (!change) for (const eventId of this.choices.keys()) void this.rereadChoice(eventId);
    const keys = change ? [keyOf(change.meetingId, change.sessionId)] : [...this.meetings.keys()];
    for (const key of keys) {
      const meeting = this.meetings.get(key);
      if (meeting && (!change || change.version > meeting.delivered)) void this.read(key, meeting);
    }
  }

  private async rereadChoice(eventId: string): Promise<void> {
    try {
      const choice = await this.queues.chosen(eventId);
      if (choice) this.chose(eventId, choice.sessionId, choice.at);
    } catch (error) {
      this.log.error({ err: error, eventId }, 'could not read the chosen session');
    }
  }

  private async read(key: string, meeting: Meeting): Promise<void> {
    if (meeting.reading) {
      meeting.again = true;
      return;
    }
    meeting.reading = true;
    try {
      do {
        meeting.again = false;
        const [meetingId = '', sessionId = ''] = key.split('\n');
        const queue = await this.queues.get(meetingId, sessionId);
        if (queue && queue.version > meeting.delivered) {
          meeting.delivered = queue.version;
          for (const subscriber of meeting.subscribers) subscriber.deliver(queue);
        }
      } while (meeting.again);
    } catch (error) {
      this.log.error({ err: error, key }, 'could not read a changed speaking queue');
    } finally {
      meeting.reading = false;
      if (meeting.subscribers.size === 0) this.meetings.delete(key);
    }
  }
}
