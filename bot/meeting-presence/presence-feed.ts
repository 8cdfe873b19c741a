import type { RegistrantPresence } from '../../core/meeting-presence';
import type { Logger } from '../platform/logger';
import type { MeetingStore } from './meeting-store';

/** One open chair's stream: told the event's registrant presence each time it changes. */
export type PresenceSubscriber = (presence: RegistrantPresence) => void;

interface Watched {
  subscribers: Set<PresenceSubscriber>;
  /** A read is under way; `again` asks for one more when it ends. */
  reading: boolean;
  again: boolean;
}

/**
 * Fans presence changes (participant join and leave events, recorded by any instance and
 * announced by the store's NOTIFY) out to the open streams of this instance: read once per
 * event however many streams watch it, and notices arriving during a read folded into one
 * more read, so a room of fifty joining at once costs two reads, not fifty.
 */
export class PresenceFeed {
  private readonly events = new Map<string, Watched>();
  private stopListening: (() => Promise<void>) | undefined;

  constructor(
    private readonly meetings: Pick<MeetingStore, 'onPresenceChange'>,
    private readonly presenceOf: (eventId: string) => Promise<RegistrantPresence>,
    private readonly log: Logger,
  ) {}

  async start(): Promise<void> {
    this.stopListening ??= await this.meetings.onPresenceChange((eventId) => this.changed(eventId));
  }

  async stop(): Promise<void> {
    await this.stopListening?.();
    this.stopListening = undefined;
  }

  /** Follows an event's presence; the caller sends the state it reads itself on connecting. */
  subscribe(eventId: string, subscriber: PresenceSubscriber): () => void {
    let watched = this.events.get(eventId);
    if (!watched) {
      watched = { subscribers: new Set(), reading: false, again: false };
      this.events.set(eventId, watched);
    }
    watched.subscribers.add(subscriber);
    return () => {
      watched.subscribers.delete(subscriber);
      if (watched.subscribers.size === 0 && !watched.reading) this.events.delete(eventId);
    };
  }

  private changed(eventId: string | undefined): void {
    // Undefined: notices may have been lost (the listening connection came back); re-read all.
    for (const id of eventId ? [eventId] : [...this.events.keys()]) void this.read(id);
  }

  private async read(eventId: string): Promise<void> {
    const watched = this.events.get(eventId);
    if (!watched) return;
    if (watched.reading) {
      watched.again = true;
      return;
    }
    watched.reading = true;
    try {
      do {
        watched.again = false;
        const presence = await this.presenceOf(eventId);
        for (const subscriber of watched.subscribers) subscriber(presence);
      } while (watched.again);
    } catch (error) {
      this.log.warn({ err: error, eventId }, 'could not read meeting presence');
    } finally {
      watched.reading = false;
      if (watched.subscribers.size === 0) this.events.delete(eventId);
    }
  }
}
