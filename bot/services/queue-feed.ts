import type { SpeakingQueue } from '../../core/speaking-queue';
import type { Logger } from '../logger';
import type { QueueChange, QueueStore } from '../store/store';

/**
 * One open stream: told each newer state of its meeting, in version order. A subscriber that
 * also sends the state it read itself on connecting drops what it already has by version.
 */
export interface QueueSubscriber {
  deliver(queue: SpeakingQueue): void;
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
  private stopListening: (() => Promise<void>) | undefined;

  constructor(
    private readonly queues: Pick<QueueStore, 'get' | 'onChange'>,
    private readonly log: Logger,
  ) {}

  async start(): Promise<void> {
    this.stopListening ??= await this.queues.onChange((change) => this.changed(change));
  }

  async stop(): Promise<void> {
    await this.stopListening?.();
    this.stopListening = undefined;
  }

  /** Follows a meeting; subscribe before reading the current state, so nothing falls between. */
  subscribe(meetingId: string, subscriber: QueueSubscriber): () => void {
    let meeting = this.meetings.get(meetingId);
    if (!meeting) {
      meeting = { subscribers: new Set(), delivered: 0, reading: false, again: false };
      this.meetings.set(meetingId, meeting);
    }
    meeting.subscribers.add(subscriber);
    return () => {
      meeting.subscribers.delete(subscriber);
      if (meeting.subscribers.size === 0 && !meeting.reading) this.meetings.delete(meetingId);
    };
  }

  /**
   * A state this instance has just saved: delivered at once, without waiting for its NOTIFY
   * to come back and re-reading it (the notice then finds it delivered and does nothing).
   */
  published(queue: SpeakingQueue): void {
    const meeting = this.meetings.get(queue.meetingId);
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
    // Undefined: notices may have been lost (listening connection came back); re-read all.
    const ids = change ? [change.meetingId] : [...this.meetings.keys()];
    for (const id of ids) {
      const meeting = this.meetings.get(id);
      if (meeting && (!change || change.version > meeting.delivered)) void this.read(id, meeting);
    }
  }

  private async read(meetingId: string, meeting: Meeting): Promise<void> {
    if (meeting.reading) {
      meeting.again = true;
      return;
    }
    meeting.reading = true;
    try {
      do {
        meeting.again = false;
        const queue = await this.queues.get(meetingId);
        if (queue && queue.version > meeting.delivered) {
          meeting.delivered = queue.version;
          for (const subscriber of meeting.subscribers) subscriber.deliver(queue);
        }
      } while (meeting.again);
    } catch (error) {
      this.log.error({ err: error, meetingId }, 'could not read a changed speaking queue');
    } finally {
      meeting.reading = false;
      if (meeting.subscribers.size === 0) this.meetings.delete(meetingId);
    }
  }
}
